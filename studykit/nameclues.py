"""Second opinions on names, from the article's own words: gender, and labels the model doubts.

The model's entity labels are the main source of bad distractors (a person's surname offered
among organisations; men offered for "best actress"). The article usually says
more: titles, gendered nouns next to a name, "he" and "she" pointing back at it, and the same
name labelled otherwise elsewhere. A name the article contradicts is kept out of choices.
Where the article says nothing, a first name says something: gender-guesser's dictionary of
about 40,000 first names by country, used only where it is sure (not "mostly", not "andy").
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING

from . import references
from .docindex import entities

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

FEMALE = frozenset("mrs ms miss dame lady madam she her hers herself actress spokeswoman chairwoman "
                   "businesswoman sportswoman congresswoman policewoman woman girl mother daughter wife "
                   "sister queen princess duchess countess grandmother aunt niece widow bride heroine "
                   "waitress hostess".split())
MALE = frozenset("mr sir lord he him his himself actor spokesman chairman businessman sportsman "
                 "congressman policeman man boy father son husband brother king prince duke count "
                 "grandfather uncle nephew widower groom hero waiter host".split())
PERSON_LABELS = ("PERSON",)
NAME_LABELS = ("ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP")  # names other than people's
NAME_PARTICLES = references.NAME_PARTICLES
# Titles before a name: they say it is a person's ("Ms Lopez"), and options match on them.
TITLES = frozenset("mr mrs ms miss dr sir dame lord lady prof professor".split())


def gender_of_word(word: str) -> str | None:
    """"f" for "she", "Mrs", "actress"; "m" for "he", "Sir", "actor"; None for any other word."""
    low = word.lower().rstrip(".")
    if low in FEMALE:
        return "f"
    if low in MALE:
        return "m"
    return None


def _near_words(ent: "Span") -> list["Token"]:
    """Words that describe a name in place: a title or noun before it ("actress Jane Doe",
    "Mrs Doe"), an appositive ("Doe, a spokeswoman"), the noun it describes ("spokeswoman Doe")."""
    doc = ent.doc
    words = []
    if ent.start > 0:
        words.append(doc[ent.start - 1])
    head = ent.root
    words.extend(c for c in head.children if c.dep_ in ("compound", "appos", "amod") and not ent.start <= c.i < ent.end)
    if head.dep_ in ("appos", "compound") and not ent.start <= head.head.i < ent.end:
        words.append(head.head)
    return words


def person_genders(doc: "Doc") -> dict[str, str]:
    """Name (full and surname) -> "f" or "m", where the article is clear about it."""
    votes: dict[str, set[str]] = defaultdict(set)

    def vote(ent: "Span", g: str) -> None:
        votes[ent.text].add(g)
        votes[ent[-1].text].add(g)

    for ent in entities(doc):
        if ent.label_ not in PERSON_LABELS:
            continue
        for w in _near_words(ent):
            g = gender_of_word(w.text)
            if g:
                vote(ent, g)
    for tok in doc:
        g = gender_of_word(tok.text) if tok.lower_ in references.PERSON_PRONOUNS else None
        if g is None:
            continue
        ent = references.antecedent(tok, "person")
        if ent is not None:
            vote(ent, g)
    return {name: next(iter(gs)) for name, gs in votes.items() if len(gs) == 1}


def context_gender(span: "Span") -> str | None:
    """The gender the sentence gives the answer's slot: "_____ was best actress", "spokeswoman _____"."""
    head = span.root
    words = list(_near_words(span))
    verb = head.head
    if head.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("AUX", "VERB"):
        words.extend(c for c in verb.children if c.dep_ in ("attr", "oprd"))
    found = {gender_of_word(w.text) for w in words} - {None}
    return found.pop() if len(found) == 1 else None


def doubtful_names(doc: "Doc") -> set[str]:
    """Names the article itself contradicts: labelled two ways, or a word of a person's name used
    as something else ("Rivers" as an organisation when the article names Tom Rivers)."""
    labels: dict[str, set[str]] = defaultdict(set)
    for ent in entities(doc):
        labels[ent.text].add(ent.label_)
    person_words = {t.text for e in entities(doc) if e.label_ in PERSON_LABELS for t in e if t.text[:1].isupper()}
    doubtful = {text for text, ls in labels.items() if len(ls) > 1}
    label_at = {t.i: e.label_ for e in entities(doc) for t in e}
    for ent in entities(doc):
        # a list's other members say what it lists: "Anna, Beth and Sam" are people
        partners = [t for t in ent.root.conjuncts if t.i in label_at and not ent.start <= t.i < ent.end]
        others = {label_at[t.i] for t in partners}
        if len(partners) >= 2 and len(others) == 1 and ent.label_ not in others:
            doubtful.add(ent.text)
        if ent.label_ in PERSON_LABELS and all(t.is_upper for t in ent if t.is_alpha):
            doubtful.add(ent.text)  # "GB", "BBC": people's names are not written in capitals
        if ent.start > 0 and doc[ent.start - 1].like_num and ent.label_ in ("ORG", "PERSON", "GPE"):
            doubtful.add(ent.text)  # "2100 GMT", "5 GHz": a unit after a number, not a name
        if ent.label_ in NAME_LABELS and any(t.text in person_words for t in ent if len(t.text) > 2):
            doubtful.add(ent.text)  # "Rivers" as a firm where the article names Tom Rivers
        if ent.label_ in PERSON_LABELS and (_example_of_a_thing(ent) or _by_someone(ent)):
            doubtful.add(ent.text)
    return doubtful


# "choreographers", "historians", "consultants": nouns for people by what they do
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")


def _example_of_a_thing(ent: "Span") -> bool:
    """"many histories, including Tudor England": a name given as an example of things is one."""
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or not (prep.lower_ in ("including", "like")
                                       or (prep.lower_ == "as" and prep.i > 0 and prep.nbor(-1).lower_ == "such")):
        return False
    holder = prep.head
    lemma = references.hyphenated_lemma(holder)
    return holder.pos_ == "NOUN" and holder.tag_ == "NNS" and not holder.ent_type_ \
        and lemma not in references.PERSON_CLASS_NOUNS and lemma not in ("people", "person", "name", "figure") \
        and not lemma.endswith(_AGENT_ENDINGS)


def _by_someone(ent: "Span") -> bool:
    """"beating Tom Rivers and Mr Doe by Jane Roe": a title and its author, not two people; only
    names, "and" and commas may stand between the name and "by"."""
    doc = ent.doc
    i = ent.end
    while i < len(doc) and i < ent.end + 6 and (doc[i].pos_ == "PROPN" or doc[i].lower_ in ("and", "&", ",")):
        i += 1
    return i + 1 < len(doc) and doc[i].lower_ == "by" and doc[i + 1].ent_type_ == "PERSON" \
        and not doc[i].is_sent_start


@lru_cache(maxsize=1)
def _detector():
    import gender_guesser.detector as gender_guesser

    return gender_guesser.Detector(case_sensitive=False)


def first_name_gender(name: str) -> str | None:
    """"f" for "Victoria Hamilton", None for "Hamilton" (a lone surname) or "Kim Lee" (not sure)."""
    words = [w for w in name.split() if w[:1].isupper()]
    if len(words) < 2 or words[0].lower().rstrip(".") in FEMALE | MALE | NAME_PARTICLES:
        return None
    return {"female": "f", "male": "m"}.get(_detector().get_gender(words[0]))


def known_first_name(name: str) -> bool:
    """Whether *name* starts with a first name people have ("Helen Ward", not "La Traviata")."""
    words = [w for w in name.split() if w[:1].isupper()]
    if len(words) >= 2 and words[0].lower().rstrip(".") in TITLES:
        return True  # "Ms Lopez", "Mrs Jane Doe"
    if words and words[0].lower() in NAME_PARTICLES:
        return False  # "De Vries", "Van Dijk": a surname's particle, not a first name
    return len(words) >= 2 and _detector().get_gender(words[0].split("-")[0]) != "unknown"  # "Jean-Michel"


# Everyday names of countries that ISO 3166 writes otherwise ("Russian Federation", "Türkiye")
# or not as countries at all (the nations of the UK, coded as its parts).
COUNTRY_ALIASES = {
    "uk": "GB", "britain": "GB", "great britain": "GB", "england": "GB-ENG", "scotland": "GB-SCT",
    "wales": "GB-WLS", "northern ireland": "GB-NIR", "us": "US", "u.s.": "US", "usa": "US", "u.s.a.": "US",
    "america": "US", "russia": "RU", "turkey": "TR", "holland": "NL", "burma": "MM", "ivory coast": "CI",
    "macedonia": "MK", "north korea": "KP", "south korea": "KR", "kosovo": "XK", "palestine": "PS",
    "uae": "AE",
}


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    import pycountry  # ISO 3166 names: a few hundred, loaded once and only for choices about places

    codes: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                codes[value.lower()] = country.alpha_2
                codes.setdefault(value.split(",")[0].lower(), country.alpha_2)  # "Korea, Republic of"
    codes.update(COUNTRY_ALIASES)
    return codes


def _country_key(name: str) -> str:
    low = " ".join(name.lower().replace("\u2019", "'").split())
    if low.startswith("the "):
        low = low[4:]
    return low[:-2] if low.endswith("'s") else low  # "Britain's first ballerina"


def country_code(name: str) -> str | None:
    """ISO code of the country a name is ("Germany" DE, "the Netherlands" NL, "England" GB-ENG),
    or None: a town, a hall or a firm the model took for a place has no fair stock of rivals."""
    return _country_codes().get(_country_key(name))


def another_name_of(country: str, name: str) -> bool:
    """"Britain's" beside "England", "America" beside "the United States": the same country (or
    one holding the other) under another name, which gives it away."""
    return _country_key(country) != _country_key(name) and same_country(country, name)


def continent(name: str) -> str | None:
    """"EU" for "France", "AF" for "Kenya": rivals from the same part of the world, so that
    Kenya is never offered as the host of a European Cup."""
    code = country_code(name)
    if code is None:
        return None
    import pycountry_convert  # continents of ISO codes

    try:
        return pycountry_convert.country_alpha2_to_continent_code(code[:2])
    except KeyError:
        return None


def same_country(a: str, b: str) -> bool:
    """"UK" and "England", "America" and "the United States": one is true where the other is."""
    x, y = country_code(a), country_code(b)
    # "Scotland" is not true where "England" is, though both are in the UK
    return x is not None and y is not None and x[:2] == y[:2] and (x == y or "-" not in x or "-" not in y)


# The nations of the UK, coded as its parts: they go as options only with each other.
HOME_NATIONS = tuple(name.title() for name, code in COUNTRY_ALIASES.items() if "-" in code)


def is_home_nation(name: str) -> bool:
    """England, Scotland, Wales, Northern Ireland: nations that are no member states of anything."""
    code = country_code(name)
    return code is not None and "-" in code


# Country names English writes with "the": "in the UK", "the Netherlands", "the Czech Republic".
_WITH_THE = re.compile(r"^(?:uk|us|u\.s\.|usa|u\.s\.a\.|uae|netherlands|philippines|bahamas|maldives|gambia|vatican"
                       r"|.*\b(?:states|kingdom|republic|islands|emirates|federation))$")


def takes_the(country: str) -> bool:
    """"in the UK" but "in Japan": a wrong option must read right where the answer stood."""
    low = " ".join(country.lower().split())
    return low.startswith("the ") or bool(_WITH_THE.match(low))
