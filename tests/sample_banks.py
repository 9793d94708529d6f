"""Hand-written banks for exporter tests and benchmarks: every question type, awkward text."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from studykit.bank import Bank, load_bank

WORKSHEET_BANK = Path(__file__).resolve().parent / "data" / "worksheet_bank.json"


def tricky_bank() -> Bank:
    """All four types; markup, ampersands, quotes, accents, long prompts and long options."""
    return load_bank(WORKSHEET_BANK)


def grown_bank(size: int) -> Bank:
    """The tricky bank repeated to *size* questions, each copy with its own id and prompt text."""
    base = tricky_bank()
    questions = []
    for n in range(size):
        q = base.questions[n % len(base.questions)]
        copy = n // len(base.questions)
        if copy:
            q = dataclasses.replace(q, id=f"{q.id}-{copy}", prompt=f"(variant {copy}) {q.prompt}")
        questions.append(q)
    return Bank(documents=base.documents, questions=questions)
