"""Answer-aware questions: turn a highlighted span of a sentence into a question about it.

The rules of the generator are tried first; when they cannot move the answer (it sits in a
relative clause, say), simpler forms follow, down to the answer replaced in place by a
wh-word, so a question always comes back for a span the sentence contains.
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING

from .bank import Question, Source
from .errors import StudykitError
from .facts import ENTITY_KINDS
from .quantities import is_duration
from .sources import plain
from .transform import (Display, attachment, clause_subject, make_wh_question, render, span_root)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span

PERSON_WORDS = frozenset("people person man woman men women president king queen leader player "
                         "author writer founder scientist engineer officials official minister".split())


def locate(sentence: str, answer: str) -> tuple[int, int]:
    """Character span of *answer* in *sentence* (case, quote style and spacing forgiven)."""
    a = " ".join(plain(answer).split()).strip(" .,;:")
    s = plain(sentence)
    idx = s.find(a)
    if idx < 0:
        idx = s.lower().find(a.lower())
    if idx < 0 and a:
        pattern = r"\s+".join(re.escape(w) for w in a.split())
        m = re.search(pattern, s, re.I)
        if m:
            return m.start(), m.end()
    if idx < 0 or not a:
        raise StudykitError(f"answer {answer!r} is not in the sentence")
    return idx, idx + len(a)


def answer_kind(span: "Span") -> tuple[str, str]:
    best, overlap = None, 0
    for ent in span.doc.ents:
        n = min(ent.end, span.end) - max(ent.start, span.start)
        if n > overlap:
            best, overlap = ent, n
    if best is not None:
        kind = ENTITY_KINDS.get(best.label_, "thing")
        if kind == "date" and is_duration(best.text):
            kind = "figure"
        return kind, best.label_
    root = span_root(span)
    if any(t.like_num for t in span):
        return "figure", "CARDINAL"
    if root.lemma_.lower() in PERSON_WORDS or (root.pos_ == "PRON" and root.lower_ in ("he", "she", "him", "her")):
        return "person", ""
    return "thing", ""


def generic_wh(span: "Span", kind: str) -> str | None:
    """A plain wh-phrase that fits wherever the answer is attached."""
    found = attachment(span, kind, strict=False)
    if found is None:
        return None
    role, verb, (anchor, counted) = found
    who = "Who" if kind == "person" else "What"
    if role in ("subject", "object", "stranded"):
        return who
    if role == "pp" and anchor.dep_ == "pobj":
        prep = anchor.head.lower_
        if kind == "date" and prep in ("in", "on", "at", "during"):
            return "When"
        return f"{prep.capitalize()} {'whom' if kind == 'person' else 'what'}"
    if role == "adverbial":
        return "When" if kind == "date" else None
    return None


def in_situ(span: "Span", kind: str, display: Display) -> str:
    """The smallest clause around the answer, with the answer replaced by a wh-word."""
    doc = span.doc
    wh = {"person": "who", "date": "when", "place": "where"}.get(kind, "what")
    root0 = span_root(span)
    if wh == "where" and not (root0.dep_ == "pobj" and root0.head.lower_ in ("in", "at", "on", "near")):
        wh = "what"
    if kind == "figure":
        wh = "how many" if any(t.dep_ == "nummod" for t in span) or span_root(span).dep_ == "nummod" else "what"
    if wh in ("when", "where"):
        root = span_root(span)
        if root.dep_ == "pobj":
            span = doc[min(root.head.i, span.start):span.end]
    verb = span_root(span)
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    region = doc[verb.left_edge.i:verb.right_edge.i + 1] if verb.pos_ in ("VERB", "AUX") else span.sent
    if clause_subject(verb) is None:
        region = span.sent
    start = region.start
    # drop leading adverbial material before the clause subject
    subject = clause_subject(verb)
    if subject is not None and subject.left_edge.i > start and subject.left_edge.i <= span.start:
        start = subject.left_edge.i
    parts = []
    for t in doc[start:region.end]:
        if span.start <= t.i < span.end:
            if t.i == span.start:
                parts.append((wh, True, t.i))
            continue
        parts.append((display.tok(t), bool(t.whitespace_), t.i))
    text = render(parts)
    text = re.sub(r"^((?:who|when|where|what|how many)),\s*", r"\1 ", text, flags=re.I)
    text = re.sub(r"[\s,;:.!\-\u2013\u2014]+$", "", text)
    return (text[:1].upper() + text[1:]) + "?"


def question_for(sentence: str, answer: str) -> Question:
    """One question whose answer is *answer*, a span of *sentence*."""
    from .nlp import load_pipeline

    sentence = " ".join(sentence.split())
    if not sentence:
        raise StudykitError("the sentence is empty")
    start, end = locate(sentence, answer)
    nlp = load_pipeline()
    doc = nlp(plain(sentence))
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        raise StudykitError(f"answer {answer!r} does not line up with the words of the sentence")
    display = Display(sentence)
    answer_text = sentence[start:end]
    kind, label = answer_kind(span)
    prompt = None
    wq = make_wh_question(span, kind, label, display, strict=False) if kind != "thing" else None
    if wq is None:
        wh = generic_wh(span, kind)
        if wh is not None:
            wq = make_wh_question(span, kind, label, display, wh_override=wh, strict=False)
    if wq is not None:
        prompt = wq.prompt
    if prompt is None:
        prompt = in_situ(span, kind, display)
    digest = hashlib.sha256(f"{sentence}\0{answer_text}".encode("utf-8")).hexdigest()[:10]
    return Question(id=f"ask-short-{digest}", type="short", prompt=prompt, answer=answer_text,
                    fact=kind if kind != "thing" else "description", source=Source("ask", sentence),
                    score=1.0)
