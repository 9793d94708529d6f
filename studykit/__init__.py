"""studykit: turn English articles into questions, Anki decks, worksheets and a terminal quiz.

The command line is a thin layer over these functions; heavy modules load on first use.
"""

from __future__ import annotations

from .bank import Bank, DocumentRecord, Question, Source, load_bank
from .errors import StudykitError

__version__ = "0.1.0"
__all__ = [
    "Bank", "DocumentRecord", "Question", "Source", "StudykitError",
    "build_bank", "bank_from_inputs", "load_bank", "question_for",
]


def build_bank(*args, **kwargs) -> Bank:
    from .pipeline import build_bank as _build

    return _build(*args, **kwargs)


def bank_from_inputs(*args, **kwargs) -> Bank:
    from .pipeline import bank_from_inputs as _from

    return _from(*args, **kwargs)


def question_for(sentence: str, answer: str, context: str | None = None):
    """One question whose answer is *answer*, about *sentence*; *context* is the text before the
    sentence, which names what its pronouns stand for (see studykit.ask)."""
    from .ask import question_for as _question_for

    return _question_for(sentence, answer, context)
