"""Plausible wrong answers of the same kind as the right one.

Dates and figures are perturbed in their written format; names come from the same document
first, then from the other documents of the run. A distractor must never be the answer in
disguise (equal, contained, containing, or a near spelling), nor repeat another distractor.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from typing import Iterable

from . import quantities
from .gates import normalize
from .nameclues import (HOME_NATIONS, TITLES, another_name_of, continent, country_code, first_name_gender,
                        is_home_nation, known_first_name, same_country, takes_the)

NAME_KINDS = ("person", "organisation", "place", "product", "event", "work")
HEADED_KINDS = ("organisation", "product", "event", "work")  # named for what they are: "the X Court"


def is_variant(a: str, b: str, kind_word: str | None = None) -> bool:
    """Too close to be a wrong option: the same name written otherwise, or sharing a name word.
    *kind_word*, a common noun both names have ("court"), says what they are, not who."""
    from rapidfuzz import fuzz

    x, y = normalize(a), normalize(b)
    if not x or not y or x == y or x in y or y in x:
        return True
    if re.sub(r"\W", "", x) == re.sub(r"\W", "", y):  # "U.S." and "US"
        return True
    if _initials(x) == re.sub(r"\W", "", y) or _initials(y) == re.sub(r"\W", "", x):
        return True  # "United States" and "U.S."
    xs, ys = set(x.split()), set(y.split())
    # "Helen Ortiz" vs "Ortiz", "BBC Sport" vs "BBC Broadcast": a shared name word is too close
    if {w for w in xs & ys if len(w) > 2 and w not in ("the", "and", "for", kind_word)}:
        return True
    return fuzz.ratio(x, y) >= 85


def _same_shape(a: str, b: str, article: bool = False) -> bool:
    """A distractor looks like the answer: digits or none, a title or none, about as many words."""
    if any(c.isdigit() for c in a) != any(c.isdigit() for c in b):
        return False
    if (a.split()[0].lower().rstrip(".") in TITLES) != (b.split()[0].lower().rstrip(".") in TITLES):
        return False
    if article and (a.split()[0].lower() == "the") != (b.split()[0].lower() == "the"):
        return False  # "the National Indoor Arena" among people's names stands out
    def size(text: str) -> int:
        return len([w for w in text.split() if w.lower() != "the"])
    return abs(size(a) - size(b)) <= 1


def _initials(text: str) -> str:
    parts = [w for w in text.split() if w not in ("of", "the", "and", "for")]
    return "".join(w[0] for w in parts) if len(parts) > 1 else ""


_NAME_SHAPE = re.compile(r"^(?:the |The )?[A-Z][\w.&'\u2019]*(?: (?:of|and|de|van|von|for|the|[A-Z0-9][\w.&'\u2019-]*))*$")


class DistractorPool:
    """Candidate answers by kind, by document: an article's own people, firms and countries are
    the ones its readers weigh against each other (its athletes for an athlete, the countries of
    its story for a country). Only things shaped like names are kept, so a mislabelled common
    word ("Earth", "Shadow") never is.
    """

    def __init__(self) -> None:
        self.by_doc: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.common_words: set[str] = set()
        self.doubtful: dict[str, set[str]] = defaultdict(set)   # doc id -> names the article contradicts
        self.gender: dict[str, dict[str, str]] = {}              # doc id -> name -> "f" / "m"

    def add_clues(self, doc_id: str, doubtful: set[str], gender: dict[str, str]) -> None:
        """What the article says about its names beyond the model's labels (see nameclues)."""
        self.doubtful[doc_id] |= doubtful
        self.gender[doc_id] = gender

    def is_doubtful(self, doc_id: str, text: str) -> bool:
        return text in self.doubtful.get(doc_id, ()) or \
            (text.startswith(("the ", "The ")) and text[4:] in self.doubtful.get(doc_id, ()))

    def is_person(self, doc_id: str, name: str) -> bool:
        """A person's name by a second signal: the article gives it a gender, or it starts with a
        known first name."""
        known = self.gender.get(doc_id, {})
        return name in known or known_first_name(name)

    def looks_like_person(self, doc_id: str, name: str) -> bool:
        """Shaped like a person's name whatever its label: the article gives it a gender, or it is a
        clear first name and a surname that is no common word ("Jane Doe", not "Royal Mail")."""
        words = [w for w in name.split() if w.lower() != "the"]
        if name in self.gender.get(doc_id, {}):
            return True
        if any(c.isdigit() for c in name):
            return False  # a model number ("Nova 7 Pro"), whatever its first word
        return 2 <= len(words) <= 3 and first_name_gender(name) is not None \
            and words[-1].lower() not in self.common_words and words[-1][:1].isupper()

    def gender_of(self, doc_id: str, name: str) -> str | None:
        """What the article says (titles, "she"), else what the first name says."""
        if not name.split():
            return None
        known = self.gender.get(doc_id, {})
        return known.get(name) or known.get(name.split()[-1]) or first_name_gender(name)

    def add_vocabulary(self, words: Iterable[str]) -> None:
        """Words the texts write in lower case: a candidate made of one of them is no name."""
        self.common_words.update(words)

    def add(self, doc_id: str, kind: str, label: str, text: str) -> None:
        key = f"{kind}:{label}" if kind in NAME_KINDS else kind
        if kind in NAME_KINDS and (not self.name_like(text) or self.is_doubtful(doc_id, text)):
            return
        if text not in self.by_doc[(doc_id, key)]:
            self.by_doc[(doc_id, key)].append(text)

    def name_like(self, text: str) -> bool:
        if not _NAME_SHAPE.match(text) or len(text) < 2:
            return False
        words = [w for w in text.split() if w.lower() != "the"]
        return not all(w.lower() in self.common_words for w in words)  # "Smart Tags" is no name

    def head_noun(self, name: str) -> str | None:
        """The common noun that says what a name names ("court" of "the Court of Appeal", "police"
        of "Northumbria Police"), or None for a bare name ("Lucent"): firms and bodies go with
        names of the same kind only."""
        words = re.split(r" (?:of|for|on|and)\b", name, maxsplit=1)[0].split()
        last = words[-1].lower() if words else ""
        return last if last in self.common_words else None

    def candidates(self, doc_id: str, kind: str, label: str) -> list[str]:
        """Names come from the same document only: the model's labels are least wrong, and the
        roles most alike, within one article. Countries from other articles were measured:
        Cambodia and Georgia beside Iran, Ireland and Poland for a G8 chair (9 of 21 passed)."""
        return self.by_doc.get((doc_id, f"{kind}:{label}" if kind in NAME_KINDS else kind), [])


def pick(answer: str, tiers: Iterable[Iterable[str]], rng: random.Random, k: int = 3,
         avoid: Iterable[str] = (), article: bool = False, fits=lambda c: True,
         alike=lambda a, b: False, kind_word: str | None = None) -> list[str]:
    """Up to k distinct candidates that are not variants of the answer (or of *avoid*).

    Nearer tiers are used up first; within a tier, names of similar length come first (a seeded
    shuffle decides among equals), since the odd one out by length is a known give-away.
    """
    chosen: list[str] = []
    banned = [answer, *avoid]
    seen: set[str] = set()
    for tier in tiers:
        pool = [c for c in dict.fromkeys(tier) if c not in seen]
        seen.update(pool)
        rng.shuffle(pool)
        pool.sort(key=lambda c: abs(len(c.split()) - len(answer.split())))
        for cand in pool:
            if not _same_shape(cand, answer, article) or not fits(cand) \
                    or any(is_variant(cand, b, kind_word) or alike(cand, b) for b in banned + chosen):  # cheap tests first
                continue
            chosen.append(cand)
            if len(chosen) == k:
                return chosen
    return chosen


def distractors_for(answer: str, kind: str, label: str, doc_id: str, pool: DistractorPool,
                    rng: random.Random, k: int = 3, avoid: Iterable[str] = (),
                    gender: str | None = None, latest_year: int | None = None, before: str = "",
                    later: bool = False, prefer: Iterable[str] = (), every: int = 1, after: str = "") -> list[str]:
    """*gender*: what the sentence says of the answer ("best actress"); people the article
    gives the other gender are no fair distractors. *before*, *after*: the sentence up to a figure
    and on from it, which may say which way a wrong figure must lie ("more than", "fell from 36 to",
    "from _____ to 21"). *later*: a year
    still to come takes only near years, none long past, as wrong options. *every*: the step
    between wrong years (see quantities.perturb_date_text). *prefer*: names to offer first, if the
    article's stock has them ("who said" items take the article's other speakers)."""
    if kind == "date":
        cands = quantities.perturb_date_text(answer, rng, count=k + 3, latest_year=latest_year,
                                             later=later, every=every)
    elif kind == "figure":
        cands = quantities.perturb_number_text(answer, rng, count=k + 3,
                                               keep=quantities.value_test(before, answer, after),
                                               span_of_time=label == "DURATION" or quantities.is_age(before))
    else:
        # venues and works go with "the" or not alike; firms do not ("Nokia", "the BBC")
        article = kind in ("place", "event", "work")
        if pool.is_doubtful(doc_id, answer):
            return []  # the article calls the answer something else too: options would mix kinds
        want = (gender or pool.gender_of(doc_id, answer)) if kind == "person" else None
        if kind == "person" and not pool.is_person(doc_id, answer):
            return []  # an opera labelled a person: options would be people for a title
        if kind == "place" and (country_code(answer) is None or any(another_name_of(answer, a) for a in avoid)):
            return []  # towns, halls and mislabelled firms have no fair stock of rivals; and
            # "returned to _____ and became Britain's first ballerina" gives England away

        person_shaped = kind != "person" and pool.looks_like_person(doc_id, answer)
        head = pool.head_noun(answer) if kind in HEADED_KINDS else None

        def fits(cand: str) -> bool:
            if kind == "person" and not pool.is_person(doc_id, cand):
                return False  # a gallery labelled a person is no sculptor
            if kind == "place" and (country_code(cand) is None or takes_the(cand) != takes_the(answer)
                                    or continent(cand) != continent(answer)
                                    or is_home_nation(cand) != is_home_nation(answer)):
                return False  # "Madrid" among countries stands out, "in the Japan" reads wrong, and
                # England is no EU member state, nor France a rival for a policy "in England"
            if kind != "person" and not person_shaped and pool.looks_like_person(doc_id, cand):
                return False  # an actress labelled a firm is no option for a cinema
            if kind in HEADED_KINDS and pool.head_noun(cand) != head:
                return False  # "Northumbria Police" is no court, "the Academy Award" no film
            return want is None or pool.gender_of(doc_id, cand) in (None, want)
        tiers = [pool.candidates(doc_id, kind, label)]
        if kind == "place" and is_home_nation(answer):
            tiers.append(list(HOME_NATIONS))  # the others of the four, whether the article names them or not
        stock = {c for tier in tiers for c in tier}
        first = [p for p in dict.fromkeys(prefer) if p in stock]
        # "Britain" is true where England is, and beside "the UK delegation"
        return pick(answer, [first, *tiers], rng, k=k, avoid=avoid, article=article, fits=fits,
                    alike=same_country if kind == "place" else lambda a, b: False, kind_word=head)
    if kind in ("date", "figure"):
        out = []
        for c in cands:
            if normalize(c) != normalize(answer) and normalize(c) not in (normalize(o) for o in out) \
                    and normalize(c) not in (normalize(a) for a in avoid):
                out.append(c)
        return out[:k]
    return []
