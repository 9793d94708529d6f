"""Dates and figures as written: parse them for checking, perturb them for distractors.

A distractor must look like the answer ("May 14th, 2021" -> "June 2nd, 2021"; "more than
1,200 days" -> "more than 900 days"), so we edit the numbers inside the original string and keep
everything else as the author wrote it.
"""

from __future__ import annotations

import calendar
import math
import random
import re
from dataclasses import dataclass
from typing import Iterable

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTH_ABBR = {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTH_ABBR["sept"] = 9
_MONTH_RE = "|".join(sorted(list(MONTHS) + list(MONTH_ABBR), key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th)"
_DAY = rf"(?P<day>[0-3]?\d)(?P<suffix>{_ORD})?"
_YEAR = r"(?P<year>(?:1[5-9]|20)\d\d)"
_DATE_PATTERNS = [
    re.compile(rf"^(?:on\s+)?(?P<month>{_MONTH_RE})\.?\s+{_DAY}(?:,?\s+{_YEAR})?$", re.I),
    re.compile(rf"^(?:on\s+)?(?:the\s+)?{_DAY}(?:\s+of)?\s+(?P<month>{_MONTH_RE})\.?(?:,?\s+{_YEAR})?$", re.I),
    re.compile(rf"^(?:in\s+)?(?P<month>{_MONTH_RE})\.?,?\s+{_YEAR}$", re.I),
    re.compile(rf"^(?:in\s+)?(?:the\s+year\s+)?{_YEAR}$", re.I),
    re.compile(r"^(?P<iso>(?P<year>\d{4})-(?P<mnum>\d\d)-(?P<day>\d\d))$"),
]
_DAY_ONLY = re.compile(rf"^(?:the\s+)?(?P<day>[0-3]?\d){_ORD}$", re.I)
_DURATION = re.compile(
    r"\b(?:second|minute|hour|day|night|week|fortnight|month|year|decade|century|centuries)s?\b", re.I)
_WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12,
}
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
_NUMBER = re.compile(r"(?<![\w.])(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?")
# A count written in words ("two families", "an eight-year ban", "Nine embassies"): one word only.
_WORDS_FOR = {v: k for k, v in _WORD_NUMBERS.items() if 0 < v < 100 and k != "dozen"}
_WORD_NUMBER = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(_WORDS_FOR.values(), key=len, reverse=True))
                          + r")(?![\w])", re.I)


def _first_number(text: str) -> "tuple[int, float] | None":
    """Where the first number of a figure starts, and its value, in digits or in words."""
    m = _NUMBER.search(text)
    if m:
        return m.start(), float(m.group(0).replace(",", ""))
    w = _WORD_NUMBER.search(text)
    return (w.start(), float(_WORD_NUMBERS[w.group(0).lower()])) if w else None


# --- numbers ----------------------------------------------------------------------------------

def parse_number(text: str) -> float | None:
    """The first number in *text*, scaled by a following unit word ("$1.13bn" -> 1.13e9)."""
    m = _NUMBER.search(text)
    if m:
        value = float(m.group("num").replace(",", "") + (m.group("dec") or ""))
        rest = text[m.end():].lstrip().lower()
        scale = re.match(r"(thousand|million|billion|trillion|bn|mn|tn|k|m|b)\b", rest)
        return value * _SCALE[scale.group(1)] if scale else value
    words = re.findall(r"[a-z]+", text.lower())
    total = None
    for w in words:
        if w in _WORD_NUMBERS:
            v = _WORD_NUMBERS[w]
            total = (total or 0) * v if v == 100 and total else (total or 0) + v
        elif w in _SCALE and total is not None and len(w) > 2:
            total *= _SCALE[w]
    return float(total) if total is not None else None


def clearly_apart(answer: str, other: str, share: float = 0.15) -> bool:
    """A figure put for *answer* in a false statement must be plainly wrong: 9.6% for 9.1% or
    $1.59 for $1.64 is a hair-splitting change readers call "not clearly false" (15% apart at least),
    and "about 4%" for "about 5%" is no change at all (35% for a figure given roughly)."""
    x, y = parse_number(answer), parse_number(other)
    if x is None or y is None or x == 0:
        return True
    if _ROUGHLY.match(answer):
        share = max(share, 0.35)
    return abs(x - y) / abs(x) >= share


_ROUGHLY = re.compile(r"(?:about|around|roughly|approximately|nearly|almost|some|an estimated|close to|"
                      r"just over|just under)\s", re.I)


def longer_span_also_true(before: str, answer: str) -> bool:
    """"rejected it twice in two months": what happened so often in two months happened so
    often in three as well, so only a shorter span makes a false statement."""
    return bool(_COUNT_IN.search(before)) and is_duration(answer)


_COUNT_IN = re.compile(r"\b(?:once|twice|thrice|times)\s+(?:in|within|inside)\s+(?:the\s+)?$", re.I)

_MONTH_PATTERN = re.compile(rf"\b(?:{_MONTH_RE})\b", re.I)


def is_duration(text: str) -> bool:
    """"more than 1,200 days" counts time; "May 16" names a day."""
    return bool(_DURATION.search(text)) and not _MONTH_PATTERN.search(text)


def _round_like(value: float, original: float) -> float:
    """Round to as many significant figures as the original shows (1,200 -> 2)."""
    digits = str(int(original)).rstrip("0") if original >= 1 and original == int(original) else None
    sig = max(1, len(digits)) if digits else 3
    if value == 0:
        return 0
    from math import floor, log10

    return round(value, -int(floor(log10(abs(value)))) + (sig - 1))


_NEAR_FACTORS = (0.8, 0.85, 0.9, 0.95, 1.05, 1.1, 1.15, 1.2)
# Hundredths mark a precise measurement (9.87 seconds, $44.45 a barrel): 10% off is absurd at sight.
_FINE_FACTORS = (0.96, 0.97, 0.98, 0.99, 1.01, 1.02, 1.03, 1.04)
# Reviewers rejected x3 ("57%" for 19%, 140 years for 48) and x0.4 as absurd at sight.
_WIDE_FACTORS = (0.5, 0.6, 0.7, 0.75, 1.25, 1.4, 1.5, 2.0)


# "just over 5%" is near 5%, which "just over 7%" is not: a near figure, not a bound
_LOWER_BOUND = re.compile(r"(?:more than|(?<!just )over|at least|above|in excess of|upwards of|as many as|as much as|exceeding|surpassing|topping)\s*[$£€¥]?\s*$", re.I)
_UPPER_BOUND = re.compile(r"(?:less than|fewer than|(?<!just )under|below|up to|at most|no more than|as few as)\s*[$£€¥]?\s*$", re.I)
_FROM_TO = re.compile(r"\bfrom\s+\D{0,3}(?P<start>\d[\d,]*(?:\.\d+)?)[^\d]{0,25}?\bto\s+(?:just\s+|only\s+)?$", re.I)


_FROM_BEFORE = re.compile(r"\bfrom\s+\D{0,3}$", re.I)
_TO_AFTER = re.compile(r"^\D{0,12}?\bto\s+(?:just\s+|only\s+|about\s+|around\s+)?\D{0,3}(?P<end>\d[\d,]*(?:\.\d+)?)", re.I)
_AGE = re.compile(r"\b(?:aged|age of|(?:died|dies|dead)\b[^.;]{0,40}\bat)\s*$", re.I)


def is_age(before: str) -> bool:
    """"died in Germany at 50", "aged 77": a life span, which doubles into the absurd (100)."""
    return bool(_AGE.search(before))


def bound_of(before: str, answer: str) -> int:
    """+1 for "more than 10%" (any larger figure is true too), -1 for "under 10%", 0 for an exact figure.

    *before*: the sentence up to the answer, which may hold the bound ("rose by more than").
    """
    first = _first_number(answer)
    if first is None:
        return 0
    lead = before + " " + answer[:first[0]]
    return 1 if _LOWER_BOUND.search(lead) else -1 if _UPPER_BOUND.search(lead) else 0


def value_test(before: str, answer: str, after: str = ""):
    """Which wrong figures stay wrong in the sentence: None, or a test on the changed number.

    "more than 10%" -> only larger ("more than 6%" would be true as well); "fell from 36 to 21
    days" -> only below 36, or the option contradicts the verb, and not within 15% of the other
    end, or the change all but vanishes.
    """
    first = _first_number(answer)
    if first is None:
        return None
    start_at, value = first
    tests = []
    bound = bound_of(before, answer)
    if bound:
        tests.append(lambda v: (v - value) * bound > 0)
    ft = _FROM_TO.search(before + " " + answer[:start_at])
    if ft:
        start = float(ft.group("start").replace(",", ""))
        if start != value:
            side = 1 if value > start else -1
            tests.append(lambda v: (v - start) * side > 0 and abs(v - start) >= 0.15 * abs(start))
    to = _TO_AFTER.match(after)
    if to and _FROM_BEFORE.search(before + " " + answer[:start_at]):
        end = float(to.group("end").replace(",", ""))
        if end != value:  # "fell from 36 to just 21": a wrong start stays on its side of 21, and
            side = 1 if value > end else -1  # well off it ("from 22 to just 21" is no change to speak of)
            tests.append(lambda v: (v - end) * side > 0 and abs(v - end) >= 0.15 * abs(end))
    if not tests:
        return None
    return lambda v: all(t(v) for t in tests)


def significant_digits(text: str) -> int:
    """2 for "about 6,100", 3 for "$1.64", 7 for "3,792,621": how exact the first number is written."""
    m = _NUMBER.search(text)
    if not m:
        return 0
    digits = (m.group("num") + (m.group("dec") or "")).replace(",", "").replace(".", "")
    return len(digits.strip("0")) if m.group("dec") is None else len(digits.lstrip("0"))


def measured_to_hundredths(text: str) -> bool:
    """"9.87 seconds", "$1.64", "0.22 litres": a measurement whose fair rivals lie a hair's breadth
    away, too close to tell apart as options; not "14.27 million tonnes" (a rounded count) or a share."""
    m = _NUMBER.search(text)
    if not m or len(m.group("dec") or "") < 3:
        return False
    rest = text[m.end():]
    percent = "%" in rest[:2] or re.match(r"\s*per\s?cent\b", rest, re.I) is not None
    return not percent and not re.match(r"\s*(?:million|billion|trillion|bn|m|k)\b", rest, re.I)


def perturb_number_text(text: str, rng: random.Random, count: int = 3, keep=None, span_of_time: bool = False) -> list[str]:
    """Variants of a written figure with the number changed and its format kept.

    *keep*: a test on the new number (see value_test) that every variant must pass.
    *span_of_time*: "taught for 48 years": a span of a life or a career (up to 120 of its unit),
    which doubles or halves into the absurd ("96 years"), so it moves by a quarter at most.
    """
    m = _NUMBER.search(text)
    if not m:
        return _perturb_number_word(text, rng, count, keep, span_of_time)
    if len(_NUMBER.findall(text)) > 1:
        return _perturb_range(text, rng, count, keep)  # "2% to 3%": both ends move together
    raw = m.group(0)
    has_commas = "," in raw
    decimals = len(m.group("dec") or "") - 1 if m.group("dec") else 0
    value = float(raw.replace(",", ""))
    percent = "%" in text[m.end():m.end() + 2] or re.match(r"\s*per\s?cent\b", text[m.end():], re.I) is not None
    if value == int(value) and value < 10 and decimals == 0:
        candidates = [value + d for d in (-3, -2, -1, 1, 2, 3, 4) if value + d > 0]
    elif value == int(value) and 1800 <= value <= 2100 and not has_commas and not percent:
        candidates = [value + d for d in (-6, -4, -3, -2, -1, 1, 2, 3)]  # "the 2004 model year": a year
    elif span_of_time and value == int(value) and decimals == 0 and value <= 120:
        candidates = [value + round(value * f) for f in (-0.25, -0.15, -0.1, 0.1, 0.15, 0.25)]
    else:
        # measured values (4.89 metres, 9.87 seconds) stay near the answer, or they are absurd
        factors = _FINE_FACTORS if measured_to_hundredths(text) else _NEAR_FACTORS if decimals else _WIDE_FACTORS
        candidates = [_round_like(value * f, value) if decimals == 0 else round(value * f, decimals)
                      for f in factors]
        if decimals and len(set(candidates) - {value}) < 3:
            unit = 10 ** -decimals  # "0.02 seconds": steps of the last written digit
            candidates += [round(value + k * unit, decimals) for k in (-3, -2, -1, 1, 2, 3, 4)
                           if value + k * unit > 0]
    ordinal = decimals == 0 and re.match(r"(?:st|nd|rd|th)\b", text[m.end():]) is not None
    if ordinal and re.match(r"(?:st|nd|rd|th)\s+century\b", text[m.end():], re.I):
        candidates = [value + d for d in (-3, -2, -1, 1, 2) if 0 < value + d <= 21]  # no "28th century"
    if percent:
        candidates = [c for c in candidates if 0 < c < 100 or (value >= 100 and c > 0)]  # "about 100%" of a population
    if keep is not None:
        candidates = [c for c in candidates if keep(c)]
        if percent and decimals == 0 and len(set(candidates) - {value}) < 3:
            # "more than 95%": wide steps upward pass 100%, so whole-point steps stand in
            candidates += [value + d for d in (-8, -6, -5, -4, -2, 2, 4, 5, 6, 8)
                           if 0 < value + d < 100 and keep(value + d) and value + d not in candidates]
    seen, out = {value}, []
    rng.shuffle(candidates)
    for c in candidates:
        if c in seen:
            continue
        seen.add(c)
        if decimals:
            s = f"{c:,.{decimals}f}" if has_commas else f"{c:.{decimals}f}"
        else:
            s = f"{int(c):,}" if has_commas or (c >= 10000 and "," in raw) else str(int(c))
        rest = text[m.end():]
        if ordinal:  # "3rd" -> "4th", not "4rd"
            rest = _ordinal(int(c)) + rest[2:]
        out.append(text[:m.start()] + s + rest)
        if len(out) == count:
            break
    return out


_RANGE = re.compile(r"^\D{0,12}\d[\d,.]*\D{0,6}?\s*(?:to|-|\u2013|and)\s*\D{0,3}\d[\d,.]*\D{0,30}$")
_RANGE_FACTORS = (0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 1.25, 1.4, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0)


def _perturb_range(text: str, rng: random.Random, count: int, keep) -> list[str]:
    """"2% to 3%" -> "5% to 6%", "between 150,000 and 300,000" -> "between 450,000 and 900,000":
    a range moves as a whole (by a few points when small, by a factor otherwise) to one that does
    not overlap it; changing one end would make a range that may overlap the answer."""
    numbers = list(_NUMBER.finditer(text))
    if len(numbers) != 2 or not _RANGE.match(text) or any(m.group("dec") for m in numbers):
        return []
    low, high = (float(m.group(0).replace(",", "")) for m in numbers)
    if low == high or any(1800 <= v <= 2100 and "," not in m.group(0) for v, m in zip((low, high), numbers)):
        return []  # "between 1998 and 2003" are years, which perturb_date_text moves
    ordinal = all(re.match(r"(?:st|nd|rd|th)\b", text[m.end():]) for m in numbers)
    small = max(low, high) < 10 or ordinal  # "the 19th and 20th centuries" moves by a few, never by a factor
    options = [(low + d, high + d) for d in range(-4, 6) if d] if small else \
        [(_round_like(low * f, low), _round_like(high * f, high)) for f in _RANGE_FACTORS]
    if ordinal and re.search(r"\bcentur", text, re.I):
        options = [(a, b) for a, b in options if max(a, b) <= 21]  # no "27th and 30th centuries"
    options = [(a, b) for a, b in options if a > 0 and b > 0 and (a, b) != (low, high) and a != b
               and (a < b) == (low < high) and (keep is None or keep(a))
               and (max(a, b) < min(low, high) or min(a, b) > max(low, high))]  # no overlap: clearly another range
    if "%" in text:
        options = [(a, b) for a, b in options if a < 100 and b < 100]
    taken: list[tuple[float, float]] = []
    for a, b in sorted(dict.fromkeys(options), key=lambda o: abs(math.log(o[0] / low))):  # the nearest clear ones
        if len(taken) < 6 and not any(max(min(a, b), min(c, d)) < min(max(a, b), max(c, d)) for c, d in taken):
            taken.append((a, b))  # "9-20%" beside "10-20%": options that overlap each other give the answer away
    options = taken
    rng.shuffle(options)
    out = []
    for a, b in options:
        parts, pos = [], 0
        for m, v in zip(numbers, (a, b)):
            raw = m.group(0)
            s = f"{int(v):,}" if "," in raw else str(int(v))
            parts.append(text[pos:m.start()] + s)
            pos = m.end()
            if ordinal:  # "20th" -> "21st", never "21th"
                parts.append(_ordinal(int(v)))
                pos += 2
        out.append("".join(parts) + text[pos:])
        if len(out) == count:
            break
    return out


def _perturb_number_word(text: str, rng: random.Random, count: int, keep, span_of_time: bool) -> list[str]:
    """"two families" -> "three families", "eight-year" -> "six-year": near counts, written in
    words as the answer is. Never "one" for a plural, never a range's end."""
    found = list(_WORD_NUMBER.finditer(text))
    if len(found) != 1:
        return []
    m = found[0]
    value = _WORD_NUMBERS[m.group(0).lower()]
    if value == 1:
        return []  # "only one part", "one laptop per child": a singular, and seldom a count
    if value >= 20:
        steps = (-20, -10, 10, 20)
    elif span_of_time:
        steps = tuple(sorted({round(value * f) or (1 if f > 0 else -1) for f in (-0.25, -0.15, 0.15, 0.25)}))
    else:
        steps = (-3, -2, -1, 1, 2, 3, 4)
    candidates = [value + d for d in steps if value + d > 1 and value + d in _WORDS_FOR]
    if keep is not None:
        candidates = [c for c in candidates if keep(c)]
    rng.shuffle(candidates)
    out = []
    for c in dict.fromkeys(candidates):
        word = _WORDS_FOR[c]
        if m.group(0)[:1].isupper():
            word = word.capitalize()
        out.append(text[:m.start()] + word + text[m.end():])
        if len(out) == count:
            break
    return out


# --- dates ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DateValue:
    """A calendar date as the text gives it: any part may be missing, and no year is ever invented."""
    year: int | None = None
    month: int | None = None
    day: int | None = None
    text: str = ""                 # as written; empty for a resolved date

    def with_day(self, day: int) -> "DateValue":
        return DateValue(self.year, self.month, day, "")

    def render(self) -> str:
        if self.text:
            return self.text
        parts = []
        if self.month:
            parts.append(calendar.month_name[self.month])
        if self.day:
            parts.append(str(self.day))
        out = " ".join(parts)
        if self.year:
            out = f"{out}, {self.year}" if self.day else f"{out} {self.year}".strip()
        return out


def parse_date(text: str) -> DateValue | None:
    text = " ".join(text.split())
    for pattern in _DATE_PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        g = m.groupdict()
        month = None
        if g.get("month"):
            key = g["month"].lower().rstrip(".")
            month = MONTHS.get(key) or MONTH_ABBR.get(key)
        elif g.get("mnum"):
            month = int(g["mnum"])
        day = int(g["day"]) if g.get("day") else None
        year = int(g["year"]) if g.get("year") else None
        if day is not None and not 1 <= day <= 31 or month is not None and not 1 <= month <= 12:
            return None
        return DateValue(year, month, day, text)
    return None


def parse_day_only(text: str) -> int | None:
    m = _DAY_ONLY.match(" ".join(text.split()))
    if m and 1 <= int(m.group("day")) <= 31:
        return int(m.group("day"))
    return None


def month_context(date_texts: Iterable[str]) -> DateValue | None:
    """The one month (and year, if given) a document's explicit dates share, else None."""
    found = set()
    for text in date_texts:
        d = parse_date(text.strip())
        if d and d.month:
            found.add((d.year, d.month))
    months = {m for _, m in found}
    if len(months) != 1:
        return None
    years = {y for y, _ in found if y}
    month = months.pop()
    return DateValue(years.pop() if len(years) == 1 else None, month, None, "")


def _month_like(original: str, month: int) -> str:
    key = original.lower().rstrip(".")
    if key in MONTH_ABBR and key not in MONTHS:
        name = calendar.month_abbr[month]
    else:
        name = calendar.month_name[month]
    if original.isupper():
        return name.upper()
    if original.islower():
        return name.lower()
    return name


def _ordinal(day: int) -> str:
    if 10 <= day % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


# Events held every four years: a year beside one is told from its neighbours by that rhythm
# ("the Olympics helped profits in 2004" against 2001, 2006), so wrong years keep it.
QUADRENNIAL = re.compile(r"\b(?:Olympics?|Olympiad|Paralympics?|World Cup|Commonwealth Games|Asian Games"
                         r"|Pan American Games)\b")
# A census is taken every ten years: "reported in 1942" for a census of 1940 is no rival.
DECENNIAL = re.compile(r"\b[Cc]ensus\b")


def perturb_date_text(text: str, rng: random.Random, count: int = 3, latest_year: int | None = None,
                      later: bool = False, every: int = 1) -> list[str]:
    """Variants of a written date in the same format ("May 14th, 2021" -> "June 2nd, 2021").

    *latest_year*: the latest year the article mentions, roughly when it was written; a later
    year would be a give-away ("harvested in 2009" in an article from 2005).
    *later*: the year is still to come ("is due to open in 2006"): years long past would be no
    fair options, so only the year before and the next three are. Days and months keep both
    sides, as the article's own date is unknown.
    *every*: a bare year moves in steps of this many years (4 beside an Olympics).
    """
    text = " ".join(text.split())
    for pattern in _DATE_PATTERNS:
        m = pattern.match(text)
        if m:
            break
    else:
        day = parse_day_only(text)
        if day is None:
            return []
        days = [d for d in range(1, 29) if d != day]
        rng.shuffle(days)
        return [re.sub(r"\d+(?:st|nd|rd|th)", f"{d}{_ordinal(d)}", text, count=1) for d in days[:count]]
    g = m.groupdict()
    import datetime as dt

    out: list[str] = []
    seen = {text.lower()}
    attempts = 0
    while len(out) < count and attempts < 60:
        attempts += 1
        year = int(g["year"]) if g.get("year") else None
        month = None
        if g.get("month"):
            month = MONTHS.get(g["month"].lower().rstrip(".")) or MONTH_ABBR.get(g["month"].lower().rstrip("."))
        elif g.get("mnum"):
            month = int(g["mnum"])
        day = int(g["day"]) if g.get("day") else None
        if day and month:
            base = dt.date(year or 2001, month, min(day, 28))
            shifted = base + dt.timedelta(days=rng.choice([-1, 1]) * rng.randint(3, 75))
            new_year = shifted.year if year else None
            new = {"day": shifted.day, "month": shifted.month, "year": new_year}
        elif month and year:
            delta = rng.choice([-1, 1]) * rng.randint(1, 14)
            total = year * 12 + (month - 1) + delta
            new = {"month": total % 12 + 1, "year": total // 12}
        elif year:
            # a year still to come: the year before is about now, and later ones stay near
            if every > 1:
                step = rng.choice([-1, 1, 2] if later else [-3, -2, -1, 1, 2, 3])
            else:
                step = rng.choice([-1, 1, 2, 3]) if later else rng.choice([-1, 1]) * rng.randint(1, 6)
            new = {"year": year + every * step}
        else:
            return []
        if latest_year is not None and not (later and "month" not in new) and new.get("year") \
                and new["year"] > max(latest_year, year or 0):
            continue
        variant = _render_like(text, m, new)
        if variant.lower() not in seen:
            seen.add(variant.lower())
            out.append(variant)
    return out


def _render_like(text: str, m: re.Match, new: dict) -> str:
    pieces = []
    last = 0
    spans = []
    for name in ("month", "day", "year", "mnum"):
        if m.groupdict().get(name) is not None and m.start(name) >= 0:
            spans.append((m.start(name), m.end(name), name))
    if m.groupdict().get("suffix"):
        spans.append((m.start("suffix"), m.end("suffix"), "suffix"))
    for start, end, name in sorted(spans):
        pieces.append(text[last:start])
        if name == "month":
            pieces.append(_month_like(m.group("month"), new.get("month") or 1))
        elif name == "mnum":
            pieces.append(f"{new.get('month') or 1:02d}")
        elif name == "day":
            day = new.get("day") or int(m.group("day"))
            pieces.append(f"{day:02d}" if len(m.group("day")) == 2 and m.group("day").startswith("0") else str(day))
        elif name == "suffix":
            pieces.append(_ordinal(new.get("day") or int(m.group("day"))))
        elif name == "year":
            pieces.append(str(new.get("year") or m.group("year")))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def years_apart(date: str, other: str) -> float:
    """How many years a changed date moved, where only its year moved ("1538" -> "1533": 5);
    infinite where its day or month moved instead (or it has no year)."""
    a, b = re.findall(r"\b\d{4}\b", date), re.findall(r"\b\d{4}\b", other)
    if len(a) != 1 or len(b) != 1 or re.sub(r"\b\d{4}\b", "", date) != re.sub(r"\b\d{4}\b", "", other):
        return math.inf
    return abs(int(a[0]) - int(b[0]))


_YEAR_WORD = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")


def years_in(text: str) -> list[int]:
    """The four-digit years written in *text* ("May 2004" -> [2004])."""
    return [int(y) for y in _YEAR_WORD.findall(text)]


def day_without_year(text: str) -> bool:
    """"October 25", "on 9 April": a day of a month, with no year to say which."""
    return bool(_MONTH_PATTERN.search(text)) and bool(re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", text)) \
        and not years_in(text)


def latest_year(date_texts: Iterable[str]) -> int | None:
    """The latest four-digit year among an article's dates: about when it was written."""
    return max((y for t in date_texts for y in years_in(t)), default=None)
