"""Is a sentence or question understandable on its own? Pronouns and vague noun phrases.

A question with "he", "it" or "the company" is only fair if the reader can tell who is meant,
so we replace such words with their antecedent when a simple rule finds one, or give up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

PERSON_PRONOUNS = frozenset("he him his she her hers himself herself".split())
THING_PRONOUNS = frozenset("it its itself".split())
GROUP_PRONOUNS = frozenset("they them their theirs themselves".split())
THIRD_PERSON = PERSON_PRONOUNS | THING_PRONOUNS | GROUP_PRONOUNS
FIRST_SECOND = frozenset("i me my mine myself we us our ours ourselves you your yours yourself yourselves".split())
DEMONSTRATIVES = frozenset("this that these those".split())
# Nouns that news writing uses in place of a name mentioned before ("the company", "the star").
CLASS_NOUNS = frozenset(
    "company firm group organisation organization team club country nation city state man woman "
    "official minister star singer actor actress player side party band agency business giant "
    "retailer manufacturer maker airline network broadcaster studio label newspaper magazine "
    "website site spokesman spokeswoman chain carrier bank insurer operator brand".split()
)
_KINDS_FOR = {
    "person": ("PERSON",),
    "thing": ("ORG", "PRODUCT", "GPE", "FAC", "WORK_OF_ART", "EVENT", "LAW", "LOC"),
    "group": ("ORG", "NORP", "GPE"),
}


def pronoun_class(tok: "Token") -> str | None:
    low = tok.lower_
    if low in PERSON_PRONOUNS:
        return "person"
    if low in THING_PRONOUNS:
        return "thing"
    if low in GROUP_PRONOUNS:
        return "group"
    return None


def is_referring_that(tok: "Token") -> bool:
    """"this", "that" as a pronoun or determiner; not the complementiser or relative "that"."""
    return tok.lower_ in DEMONSTRATIVES and tok.tag_ == "DT" and tok.dep_ not in ("mark",)


def antecedent(tok: "Token", kind: str) -> "Span | None":
    """The most recent entity of a fitting type in this or the previous two sentences."""
    doc = tok.doc
    sent = tok.sent
    window_start = sent.start
    prev = sent
    for _ in range(2):
        if prev.start == 0:
            break
        prev = doc[prev.start - 1].sent
        window_start = prev.start
    labels = _KINDS_FOR[kind]
    best = None
    for ent in doc.ents:
        if ent.end > tok.i or ent.start < window_start:
            continue
        if ent.label_ in labels and any(c.isupper() for c in ent.text):
            best = ent
    return best


def replacement_for(tok: "Token", display: str) -> str | None:
    """Text to put in place of a third-person pronoun or class noun phrase, or None if unknown."""
    kind = pronoun_class(tok)
    if kind is None:
        return None
    ent = antecedent(tok, kind)
    if ent is None:
        return None
    name = display[ent.start_char:ent.end_char]
    if ent[0].lower_ == "the" and ent.label_ != "ORG":
        name = display[ent[1].idx:ent.end_char]
    if tok.tag_ == "PRP$" or tok.lower_ in ("its", "their", "his", "hers", "theirs") or \
            (tok.lower_ == "her" and tok.dep_ == "poss"):
        mark = "\u2019" if display.count("\u2019s") > display.count("'s") else "'"
        return name + (mark if name.endswith("s") else mark + "s")
    return name


def class_noun_antecedent(head: "Token") -> "Span | None":
    """"the company" -> the organisation named just before, when there is one."""
    kind = "person" if head.lemma_ in ("man", "woman", "official", "minister", "star", "singer", "actor",
                                      "actress", "player", "spokesman", "spokeswoman") else "thing"
    return antecedent(head, kind)
