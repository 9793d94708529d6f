"""Question generation over parsed documents (first cut: cloze over named entities)."""

from __future__ import annotations

import hashlib
from typing import Sequence

from .bank import BLANK, Question, Source

_KINDS = {"DATE": "date", "PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place",
          "PRODUCT": "product", "PERCENT": "figure", "MONEY": "figure", "QUANTITY": "figure"}


def question_id(doc_id: str, qtype: str, answer: str, n: int) -> str:
    digest = hashlib.sha256(f"{doc_id}\0{qtype}\0{answer.lower()}\0{n}".encode()).hexdigest()[:12]
    return f"{doc_id}-{qtype}-{digest}"


def generate_questions(documents, parsed, *, seed: int = 0, types: Sequence[str] | None = None) -> list[Question]:
    out: list[Question] = []
    for document, doc in zip(documents, parsed):
        seen: dict[tuple, int] = {}
        for ent in doc.ents:
            kind = _KINDS.get(ent.label_)
            if not kind:
                continue
            sent = ent.sent
            start, end = sent.start_char, sent.end_char
            sentence = document.text[start:end]
            answer = document.text[ent.start_char:ent.end_char]
            prompt = document.text[start:ent.start_char] + BLANK + document.text[ent.end_char:end]
            key = ("cloze", answer.lower())
            seen[key] = seen.get(key, 0) + 1
            out.append(Question(id=question_id(document.id, "cloze", answer, seen[key]), type="cloze",
                                prompt=prompt, answer=answer, fact=kind,
                                source=Source(document.id, sentence), score=0.5))
    return out
