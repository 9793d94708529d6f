"""Ranking and de-duplication: the bank keeps its best questions first when --max cuts it.

Scores come from features H&S found predictive (question and answer length, answer type,
vagueness, how often the answer recurs) plus position: news puts the key facts first.
"""

from __future__ import annotations

from dataclasses import dataclass

from .bank import Question
from .gates import normalize

TYPE_BASE = {"short": 0.60, "choice": 0.56, "cloze": 0.50, "truefalse": 0.46}
KIND_WEIGHT = {"date": 0.15, "figure": 0.15, "person": 0.12, "quotation": 0.10, "product": 0.10,
               "organisation": 0.08, "place": 0.08, "description": 0.08, "event": 0.08, "work": 0.06}


@dataclass
class Features:
    sentence_index: int
    sentence_count: int
    substitutions: int = 0
    answer_frequency: int = 1


def score(q: Question, f: Features) -> float:
    s = TYPE_BASE[q.type] + KIND_WEIGHT.get(q.fact, 0.05)
    s += 0.12 * (1 - f.sentence_index / max(1, f.sentence_count))
    words = len(q.prompt.split())
    limit = 20 if q.type in ("short", "choice") else 32
    s -= 0.01 * max(0, words - limit)
    s -= 0.03 * f.substitutions
    if f.answer_frequency >= 5:
        s -= 0.10
    return round(max(0.01, min(0.99, s)), 4)


def deduplicate(questions: list[Question]) -> list[Question]:
    """Drop repeats: the same answer from the same sentence twice, or near-identical prompts."""
    from rapidfuzz import fuzz

    kept: list[Question] = []
    seen_keys: set[tuple] = set()
    by_type: dict[str, list[str]] = {}
    for q in sorted(questions, key=lambda x: -x.score):
        key = (q.type, normalize(q.answer), normalize(q.source.sentence), normalize(q.prompt))
        if key in seen_keys:
            continue
        prompt = normalize(q.prompt)
        if any(fuzz.ratio(prompt, p) >= 92 for p in by_type.get(q.type, [])):
            continue
        seen_keys.add(key)
        by_type.setdefault(q.type, []).append(prompt)
        kept.append(q)
    order = {id(q): i for i, q in enumerate(questions)}
    return sorted(kept, key=lambda q: order[id(q)])
