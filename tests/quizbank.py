"""A small hand-written bank with every question type, for quiz tests (no generation needed)."""

from __future__ import annotations

import json
from pathlib import Path

BRIDGE = "Engineers from Calder Works designed the steel arch, which spans 240 metres."
COST = "The bridge cost $48 million and carries more than 12,000 vehicles a day."
OPENED = "The Riverside Council opened the Westgate Bridge on March 3, 2021, after four years of construction."


def _q(qid, qtype, prompt, answer, fact, sentence, **extra):
    return {"id": qid, "type": qtype, "prompt": prompt, "answer": answer, "accept": [], **extra,
            "fact": fact, "source": {"document": "bridge", "sentence": sentence}, "score": 0.5}


QUESTIONS = [
    _q("q-choice", "choice", "Who designed the steel arch?", "Calder Works", "organisation", BRIDGE,
       choices=["Riverside Council", "Calder Works", "Portfield Rail", "Westgate Ltd"]),
    _q("q-true", "truefalse", "The bridge cost $48 million.", "True", "figure", COST),
    _q("q-short", "short", "When did the Riverside Council open the Westgate Bridge?", "March 3, 2021",
       "date", OPENED),
    _q("q-cloze", "cloze", "The bridge carries _____ a day.", "more than 12,000 vehicles", "figure", COST),
    _q("q-false", "truefalse", "Mayor Helen Ortiz designed the steel arch.", "False", "person", BRIDGE,
       explanation="Engineers from Calder Works designed the steel arch."),
]


def write_bank(path: Path, questions: list[dict] | None = None) -> Path:
    bank = {"format": "studykit.bank", "version": 1,
            "documents": [{"id": "bridge", "title": "Harbour town opens new bridge", "path": "bridge.txt",
                           "sha256": "0" * 64}],
            "questions": questions if questions is not None else QUESTIONS}
    path.write_text(json.dumps(bank, indent=2), encoding="utf-8")
    return path


def right_answer(question: dict) -> str:
    """What a student who knows the answer types (a letter for multiple choice)."""
    if question["type"] == "choice":
        return "ABCD"[question["choices"].index(question["answer"])]
    return question["answer"]


def wrong_answer(question: dict) -> str:
    if question["type"] == "choice":
        return "ABCD"[(question["choices"].index(question["answer"]) + 1) % 4]
    if question["type"] == "truefalse":
        return "False" if question["answer"] == "True" else "True"
    return "nothing like it"
