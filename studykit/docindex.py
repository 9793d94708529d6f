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


_ENTS = "studykit.ents"


def entities(doc: "Doc") -> tuple:
    """doc.ents, built once: spaCy makes new Span objects on every access."""
    ents = doc.user_data.get(_ENTS)
    if ents is None:
        ents = doc.user_data[_ENTS] = tuple(doc.ents)
    return ents


_ENT_STARTS = "studykit.ent_starts"


def entity_at(tok: "Token") -> "Span | None":
    """The entity a token is part of: spaCy's entities never overlap, so a search by start."""
    ents = entities(tok.doc)
    starts = tok.doc.user_data.get(_ENT_STARTS)
    if starts is None:
        starts = tok.doc.user_data[_ENT_STARTS] = [e.start for e in ents]
    i = bisect_right(starts, tok.i) - 1
    return ents[i] if i >= 0 and tok.i < ents[i].end else None


def entities_in(span: "Span") -> list["Span"]:
    """span.ents without spaCy rebuilding every entity of the document on each call."""
    return [e for e in entities(span.doc) if span.start <= e.start and e.end <= span.end]
