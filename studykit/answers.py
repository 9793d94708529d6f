"""Checking a typed answer the way a fair teacher would.

Case, punctuation, articles and spacing never matter; small typos are forgiven (but never in a
number); dates may be written in any common form; numbers as digits or words; a qualified figure
("more than 1,200 days") accepts the bare number. A near miss is reported as such, so the student
learns what was missing instead of just seeing a cross.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .bank import BLANK, Question

ARTICLES = frozenset({"a", "an", "the"})
LEADING_FILLER = frozenset({"in", "on", "at", "by", "of", "from", "to", "for", "about", "around"})
# Quantities: the unit or qualifier may be left out, and the date parser is tried first.
QUANTITY_FACTS = frozenset({"figure", "date"})
TRUE_WORDS = frozenset({"t", "true", "y", "yes", "correct", "right"})
FALSE_WORDS = frozenset({"f", "false", "n", "no", "incorrect", "wrong"})

_SYMBOLS = {"%": " percent ", "$": " dollar ", "£": " pound ", "€": " euro ", "&": " and "}
_UNIT_ALIASES = {
    "per cent": "percent", "pct": "percent", "usd": "dollar", "us": "", "gbp": "pound", "eur": "euro",
    "km": "kilometre", "kilometer": "kilometre", "m": "metre", "meter": "metre", "kg": "kilogram",
    "yr": "year", "yrs": "year", "hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute",
}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "bn": 10**9, "trillion": 10**12}
# A qualifier word and the direction it bends the figure: up, down or approximately.
_QUALIFIERS = {
    "more": "up", "over": "up", "above": "up", "exceeding": "up", "least": "up", "plus": "up",
    "less": "down", "fewer": "down", "under": "down", "below": "down", "most": "down", "nearly": "down",
    "almost": "down", "up": "down",
    "about": "approx", "around": "approx", "approximately": "approx", "roughly": "approx",
    "some": "approx", "circa": "approx", "ca": "approx", "estimated": "approx", "just": "approx",
}
_QUALIFIER_GLUE = frozenset({"than", "at", "to", "just"})
_NUMBER = re.compile(r"^(\d+(?:\.\d+)?)(?:st|nd|rd|th)?$")
_SCALED = re.compile(r"\b(\d+(?:\.\d+)?)\s*(" + "|".join(_SCALES) + r")\b")


@dataclass(frozen=True)
class Verdict:
    """Whether an answer counts, and a short remark for the student (spelling, what was missing)."""

    correct: bool
    near: bool = False
    note: str = ""


WRONG = Verdict(False)


class InvalidAnswer(ValueError):
    """The input is not an answer to this kind of question (say, "E" with four choices)."""


# --- normalising ---------------------------------------------------------------------------------

def _fold(text: str) -> str:
    """Casefold and drop accents, so "Café" and "cafe" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _format_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _spell_out_numbers(text: str) -> str:
    """'fifteen hundred' and '1.5 million' become digits; separators in '1,200' go."""
    from text_to_num import alpha2digit

    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)
    text = _SCALED.sub(lambda m: _format_number(float(m.group(1)) * _SCALES[m.group(2)]), text)
    text = alpha2digit(text, "en", threshold=0)
    return _SCALED.sub(lambda m: _format_number(float(m.group(1)) * _SCALES[m.group(2)]), text)


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Lower-case words without punctuation, articles or extra spaces; numbers as digits."""
    text = _fold(text).replace("’", "'").replace("‘", "'")
    text = re.sub(r"'s\b", "", text).replace("'", "")
    for symbol, word in _SYMBOLS.items():
        text = text.replace(symbol, word)
    text = _spell_out_numbers(text)
    text = re.sub(r"\b((?:[a-z]\.){2,})", lambda m: m.group(1).replace(".", ""), text)  # U.S. -> us
    text = re.sub(r"[^\w\s.]|_", " ", text)
    text = re.sub(r"(?<!\d)\.|\.(?!\d)", " ", text)
    text = re.sub(r"\bper cent\b", "percent", text)
    return " ".join(t for t in text.split() if t not in ARTICLES)


def _number(token: str) -> float | None:
    match = _NUMBER.match(token)
    return float(match.group(1)) if match else None


# --- free text -----------------------------------------------------------------------------------

def _typo_allowance(word: str) -> int:
    """Edits forgiven in one word: none in short words or numbers, more in long ones."""
    if any(c.isdigit() for c in word) or len(word) < 5:  # Iran is not Iraq
        return 0
    return 1 if len(word) < 8 else 2


def _close(expected: str, given: str) -> bool:
    from rapidfuzz.distance import OSA

    return OSA.distance(expected, given) <= _typo_allowance(expected)


def _words_match(expected: list[str], given: list[str]) -> bool:
    return len(expected) == len(given) and all(_close(e, g) for e, g in zip(expected, given))


def _match_text(expected: str, given: str, fact: str) -> Verdict:
    e_words, g_words = expected.split(), given.split()
    while len(g_words) > 1 and g_words[0] in LEADING_FILLER:
        g_words = g_words[1:]
    if e_words == g_words or "".join(e_words) == "".join(g_words):
        return Verdict(True)
    if _words_match(e_words, g_words) or _close("".join(e_words), "".join(g_words)):
        return Verdict(True, note="mind the spelling")
    if fact == "person" and len(e_words) > 1 and len(g_words) == 1 and _close(e_words[-1], g_words[0]):
        return Verdict(True, note="the full name")
    return _near_miss(e_words, g_words)


def _near_miss(e_words: list[str], g_words: list[str]) -> Verdict:
    from rapidfuzz import fuzz

    e_set, g_set = set(e_words), set(g_words)
    if g_set and g_set < e_set:
        return Verdict(False, near=True, note="only part of the answer")
    if e_set and e_set < g_set:
        return Verdict(False, near=True, note="that adds more than was asked")
    if fuzz.ratio(" ".join(e_words), " ".join(g_words)) >= 75:
        return Verdict(False, near=True, note="close, but not quite")
    return WRONG


# --- numbers -------------------------------------------------------------------------------------

def _split_numbers(text: str) -> tuple[list[float], list[str]]:
    numbers, words = [], []
    for token in text.split():
        value = _number(token)
        if value is None:
            words.append(token)
        else:
            numbers.append(value)
    return numbers, words


def _qualifiers(words: list[str]) -> tuple[set[str], list[str]]:
    """Directions named by qualifiers ("more than" -> up), and the words left over."""
    directions = {_QUALIFIERS[w] for w in words if w in _QUALIFIERS}
    rest = [w for w in words if w not in _QUALIFIERS and w not in _QUALIFIER_GLUE]
    return directions, rest


def _unit(word: str) -> str:
    word = _UNIT_ALIASES.get(word, word)
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _match_numbers(expected: str, given: str, fact: str) -> Verdict:
    e_numbers, e_words = _split_numbers(expected)
    g_numbers, g_words = _split_numbers(given)
    if sorted(e_numbers) != sorted(g_numbers):
        return WRONG
    e_dirs, e_rest = _qualifiers(e_words)
    g_dirs, g_rest = _qualifiers(g_words)
    if (g_dirs - {"approx"}) and (g_dirs - {"approx"}) != (e_dirs - {"approx"}):
        return Verdict(False, near=True, note="right number, wrong qualifier")
    if fact not in QUANTITY_FACTS:
        return _match_text(" ".join(e_rest), " ".join(g_rest), fact) if e_rest or g_rest else Verdict(True)
    units = {_unit(w) for w in e_rest}
    strays = [w for w in g_rest if w not in LEADING_FILLER and _unit(w)
              and not any(_close(u, _unit(w)) for u in units)]
    if strays:
        return Verdict(False, near=True, note="right number, wrong unit")
    return Verdict(True)


# --- dates ---------------------------------------------------------------------------------------

_MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?!\w)", re.I)
_NUMERIC_DATE = re.compile(r"\b(\d{1,4})[-/.](\d{1,2})(?:[-/.](\d{1,4}))?\b")
_YEAR = re.compile(r"\b(1\d{3}|20\d{2})\b")
_ORDINAL_DAY = re.compile(r"\b([12]?\d|3[01])(st|nd|rd|th)\b", re.I)
_BARE_YEAR = re.compile(r"^\s*(?:in\s+)?(1\d{3}|20\d{2})\s*$", re.I)


@dataclass(frozen=True)
class DateParts:
    """The parts of a calendar date that a text actually states (None: not stated)."""

    year: int | None
    month: int | None
    day: int | None

    def given(self) -> dict[str, int]:
        return {k: v for k, v in (("year", self.year), ("month", self.month), ("day", self.day))
                if v is not None}


def looks_like_date(text: str) -> bool:
    """A calendar date, not a duration: "four years" and "1,200 days" are numbers."""
    return bool(_MONTH.search(text) or _NUMERIC_DATE.search(text) or _ORDINAL_DAY.search(text)
                or _BARE_YEAR.match(text))


@lru_cache(maxsize=2)
def _date_parser(order: str):
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"DATE_ORDER": order, "PREFER_DAY_OF_MONTH": "first",
                                                      "RETURN_TIME_AS_PERIOD": True})


@lru_cache(maxsize=1024)
def date_readings(text: str) -> tuple[DateParts, ...]:
    """Every reading of a date ("03/08/2021" has two); empty when the text is not a date."""
    if not looks_like_date(text):
        return ()
    numeric = _NUMERIC_DATE.search(text)
    has_year = bool(_YEAR.search(text) or (numeric and numeric.group(3)))
    has_month = bool(_MONTH.search(text) or numeric)
    readings = []
    for order in ("DMY", "MDY"):
        data = _date_parser(order).get_date_data(text)
        if data.date_obj is None:
            continue
        d = data.date_obj
        has_day = data.period == "day" and not (numeric and not numeric.group(3) and len(numeric.group(1)) == 4)
        parts = DateParts(d.year if has_year else None, d.month if has_month else None,
                          d.day if has_day else None)
        if parts.given() and parts not in readings:
            readings.append(parts)
    return tuple(readings)


def _year_in_prompt(year: int | None, prompt: str) -> bool:
    return year is not None and str(year) in prompt.replace(BLANK, " ")


def _compare_dates(expected: DateParts, given: DateParts, prompt: str) -> Verdict:
    e, g = expected.given(), given.given()
    wrong = [k for k in g if k in e and g[k] != e[k]]
    if wrong == ["year"] and _year_in_prompt(e.get("year"), prompt):
        wrong = []
    if wrong:
        near = len(wrong) == 1 and len(g) > 1  # one slip among parts otherwise right
        return Verdict(False, near=near, note=f"check the {wrong[0]}" if near else "")
    missing = [k for k in e if k not in g and not (k == "year" and _year_in_prompt(e[k], prompt))]
    if missing:
        return Verdict(False, near=True, note=f"give the {' and '.join(missing)} too")
    return Verdict(True)


def _match_date(expected: str, given: str, prompt: str) -> Verdict | None:
    """None when either side is not a date, so the number and text checks take over."""
    e_readings, g_readings = date_readings(expected), date_readings(given)
    if not e_readings or not g_readings:
        return None
    verdicts = [_compare_dates(e, g, prompt) for e in e_readings for g in g_readings]
    return max(verdicts, key=lambda v: (v.correct, v.near))


# --- whole answers -------------------------------------------------------------------------------

def _best(verdicts: list[Verdict]) -> Verdict:
    return max(verdicts, key=lambda v: (v.correct, not v.note, v.near), default=WRONG)


def match_answer(expected: str, given: str, *, fact: str = "", prompt: str = "") -> Verdict:
    """Compare a typed answer with one expected answer."""
    e, g = normalise(expected), normalise(given)
    if not g:
        return WRONG
    if e == g:
        return Verdict(True)
    if fact == "date" or looks_like_date(expected):
        verdict = _match_date(expected, given, prompt)
        if verdict is not None:
            return verdict
    if any(_number(t) is not None for t in (e + " " + g).split()):
        return _match_numbers(e, g, fact)
    return _match_text(e, g, fact)


def _match_any(question: Question, given: str) -> Verdict:
    return _best([match_answer(a, given, fact=question.fact, prompt=question.prompt)
                  for a in [question.answer, *question.accept]])


def choice_index(choices: list[str], given: str) -> int | None:
    """The choice picked by letter ("b", "(B)"), number ("2") or text; None when none fits."""
    text = given.strip()
    label = re.fullmatch(r"\(?([A-Za-z]|\d+)[.)]?", text)
    if label:
        key = label.group(1)
        index = int(key) - 1 if key.isdigit() else ord(key.lower()) - ord("a")
        if 0 <= index < len(choices):
            return index
    scored = [(i, match_answer(c, text)) for i, c in enumerate(choices)]
    hits = [(i, v) for i, v in scored if v.correct]
    if not hits:
        return None
    exact = [i for i, v in hits if not v.note]
    return exact[0] if exact else _closest(choices, text, [i for i, _ in hits])


def _closest(choices: list[str], text: str, candidates: list[int]) -> int:
    from rapidfuzz import fuzz

    return max(candidates, key=lambda i: fuzz.ratio(normalise(choices[i]), normalise(text)))


def truth_value(given: str) -> bool | None:
    """True/False from t, f, yes, no, true, false, and typos of the long words ("fasle")."""
    from rapidfuzz.distance import OSA

    word = normalise(given)
    for value, words in ((True, TRUE_WORDS), (False, FALSE_WORDS)):
        if word in words or any(len(w) > 3 and OSA.distance(w, word) <= 1 for w in words):
            return value
    return None


def check_answer(question: Question, given: str) -> Verdict:
    """Judge one answer; raises InvalidAnswer when the input does not fit the question type."""
    if not given.strip():
        return WRONG
    if question.type == "choice":
        choices = question.choices or []
        index = choice_index(choices, given)
        if index is None:
            last = chr(ord("A") + len(choices) - 1)
            raise InvalidAnswer(f"Not one of the choices: type A-{last}, 1-{len(choices)} or the choice's text.")
        return Verdict(question.choices[index] == question.answer)
    if question.type == "truefalse":
        value = truth_value(given)
        if value is None:
            raise InvalidAnswer("Answer true or false (t/f, yes/no).")
        return Verdict(value == (question.answer == "True"))
    return _match_any(question, given)
