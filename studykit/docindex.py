"""Per-document lookups computed once: spaCy recomputes Token.sent and Doc.text on every access."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

_SENTS = "studykit.sentences"
_TEXT = "studykit.text"


def sentence_of(tok: "Token") -> "Span":
    doc = tok.doc
    index = doc.user_data.get(_SENTS)
    if index is None:
        sents = list(doc.sents)
        index = doc.user_data[_SENTS] = ([s.start for s in sents], sents)
    starts, sents = index
    return sents[bisect_right(starts, tok.i) - 1]


def doc_text(doc: "Doc") -> str:
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text
