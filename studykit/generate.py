"""Questions from facts: short answer, cloze, multiple choice and true/false, gated and ranked.

Each document's facts become candidate questions of every requested type; a candidate that
fails a quality gate is dropped, and the rest are scored, capped per sentence and de-duplicated.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Iterable, Sequence

from . import comments, nameclues, quantities, references
from .docindex import entities, entities_in, entity_at
from .bank import BLANK, TYPES, Question, Source
from .distractors import NAME_KINDS, DistractorPool, distractors_for
from .facts import (SPEECH_VERBS, Fact, extract_facts, fuller_name, in_quote, name_entities, quote_regions,
                    sentence_tokens, time_zone_after)
from .gates import gate_failure, normalize
from .ranking import Features, deduplicate, score
from .transform import (PLACINGS, Display, appositive_wh, dates_a_figure, lower_first, make_wh_question,
                        name_descriptor, stray_subject_comma)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from .sources import Document

# Kinds whose wrong answers stay the same kind of thing: a date for a date, a person for a person.
# Of places, only countries get options (see distractors_for): the model's place labels take in
# towns, halls and mislabelled firms.
# Not organisations: an article's firms, unions and brands are rarely rivals of each other (LVMH and
# Malibu for Seagram, the NUJ for Pearson): 0 of 4 such choices passed readings (nor are they swapped:
# see SWAP_KINDS).
CHOICE_KINDS = frozenset({"date", "figure", "person", "place", "product", "quotation"})
# Not people either: a name from the same article made an absurd ("Henry IV's electric light
# bulbs") or arguable false statement in 25 of 57 readings.
SWAP_KINDS = frozenset({"date", "figure"})
# A place is never swapped, so its sentence is only ever stated as true, and a sentence whose best
# fact is a place is mostly setting or opinion ("Drug chiefs in the US have vowed to crack down"):
# 40 of 58 such statements passed news readings and 33 of 50 encyclopedia ones, against 87% and
# 73% for all items. Quotations are someone's words: '"...," said X.' is always true.
UNSTATED_KINDS = frozenset({"quotation", "place"})
# A continent is one of a handful and the sentence all but names it ("Kenya is a country in _____",
# "the Mongol empire across _____", "US crude supplies ... a cold spell in _____"): 14 of 28 such
# blanks passed readings. Asked with "Where ...?" it stays.
_CONTINENT = re.compile(r"(?:the\s+)?(?:(?:North|South|Central|Latin|East|West|Western|Eastern|Southern|Northern|"
                        r"Southeast|South-East|sub-Saharan)\s+)?(?:Africa|America|Americas|Asia|Europe|Antarctica|"
                        r"Oceania)|(?:the\s+)?Middle East", re.I)
# A false statement moves a year by three at least: a year off passed 31 of 46 readings, two off 23
# of 31, three or more 72 of 85 (a day or month moved: 49 of 55).
MIN_YEARS_OFF = 3
LEAD_SENTENCES = 4  # a news article tells its story in its first sentences (indices 0 to 4)
PER_SENTENCE = {"short": 2, "cloze": 1, "choice": 1, "truefalse": 1}
LONG_SENTENCE = 16
MAX_SENTENCE_WORDS = 60
MAX_CLOZE_WORDS = 50
# Written words longer than this cannot be recalled word for word: blanking them tests nothing.
MAX_QUOTE_BLANK_WORDS = 12
REPORTING_VERBS = frozenset("tell inform brief".split())
# Whose job is to comment: never the story's actors, however often an article quotes them.
PURE_COMMENTATORS = frozenset("analyst economist strategist spokesman spokeswoman spokesperson commentator".split())
# People quoted for their view, not for their part in the story: "said Jo Bloggs, an analyst at Acme".
COMMENTATOR_NOUNS = PURE_COMMENTATORS | frozenset(
    "consultant researcher correspondent lawyer manager director editor expert head".split())
# The taking of a count: the year it was taken is no fact of its own ("a population of 45 million in 2014").
COUNT_TAKING = frozenset("estimate population census survey poll".split())
# Verbs that report a race result: "finished fifth", "won in 7:39.89".
RESULT_VERBS = frozenset("finish win come place clock run".split())
# Feelings a speaker reports: "said he was delighted".
REACTIONS = frozenset("delighted pleased happy thrilled disappointed saddened shocked surprised excited proud "
                      "sorry honoured honored devastated upset angry".split())
# What a commentator does besides speaking: "described the results as 'pretty modest'".
VIEW_VERBS = SPEECH_VERBS | frozenset("describe call dub brand label".split())
# Public offices: "Home Office Minister X" works for no firm.
OFFICE_NOUNS = frozenset("minister secretary chancellor leader mayor governor mp ambassador".split())
# Comparatives that need no second term: "later", "more" (as in "no more"), "rather".
UNCOMPARED_COMPARATIVES = frozenset("later earlier more less further longer sooner rather better worse".split())
# "statistics gathered by X", "a survey conducted by X": who counted is the source, not the story.
SOURCE_VERBS = frozenset("gather compile collect conduct commission publish carry".split())
OUTLET_NOUNS = frozenset("correspondent reporter editor presenter website programme interviewer".split())


_LEAD_IN = re.compile(r"^(?:[-*\u2022\u2013\u2014]\s+|(?:but|and)\s+|(?:however|meanwhile|moreover|furthermore|"
                      r"nevertheless|nonetheless|separately|instead|indeed|in addition|for instance|for example|"
                      r"in fact|of course|as a result|in turn|likewise|in particular|still|also),\s+|"
                      r"(?:meanwhile|moreover|furthermore|nevertheless|nonetheless)\s+|"
                      r"in particular\s+(?=(?-i:[A-Z\d]|the\b|a\b)))",  # not "In particular cases, ..."
                      re.I)


_ASIDE_CONNECTIVE = re.compile(r",\s+(?:for example|for instance|in particular|in fact|of course|in turn|in contrast|by contrast|however|"
                               r"meanwhile|though|too|also|as a result|in addition|moreover|furthermore),(?=\s)",
                               re.I)


_MEDIAL_HOWEVER = re.compile(r"\b(is|was|were|are|has|have|had|will|would|can|could|did|does|do|may|might|must|should)"
                             r"\s+however\s+(?!,)", re.I)


def _without_lead_in(text: str) -> str:
    """A statement on its own needs no "However," or list bullet from the flow of the article."""
    stripped = _LEAD_IN.sub("", text, count=1)
    # "The show, for example, displayed ...": an example of what? Quoted words stay as spoken.
    # "was however the first": the contrast is with a sentence the student does not see
    stripped = "".join(part if i % 2 else _MEDIAL_HOWEVER.sub(r"\1 ", _ASIDE_CONNECTIVE.sub("", part))
                       for i, part in enumerate(comments.QUOTED.split(stripped)))
    if stripped != text and stripped[:1].islower() and not stripped.startswith(BLANK):
        stripped = stripped[:1].upper() + stripped[1:]
    return stripped


PERSON_HEADS = frozenset("spokesman spokeswoman minister secretary director chairman chief executive "
                         "president official economist analyst manager coach".split())


def first_is_determiner(span: "Span") -> bool:
    return span[0].lower_ in ("the", "a", "an")


def _blank_identifies_its_phrase(blank: "Span") -> bool:
    """"The new _____ award", "the awards, which were hosted by _____": once the blank is out,
    the phrase around it names nothing."""
    identifying = ("compound", "prep", "relcl", "acl", "nummod", "poss", "appos", "nmod")
    inside = set(range(blank.start, blank.end))
    noun = blank.root.head
    for _ in range(4):
        if noun.pos_ == "NOUN" and noun.i not in inside:
            kids = list(noun.children)
            if any(k.dep_ == "det" and k.lower_ == "the" for k in kids):
                named_by = [k for k in kids if k.dep_ in identifying and not ({t.i for t in k.subtree} & inside)]
                return not named_by
        if noun.head.i == noun.i:
            break
        noun = noun.head
    return False


def _described(span: "Span") -> bool:
    """"Chinese actress Ziyi Zhang": the words before the name would give a swapped name away."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and span[0].ent_iob_ == "I" and before.ent_type_ == span[0].ent_type_ \
            and before.pos_ in ("NOUN", "PROPN"):
        return True  # "Bookmaker William Hill": a job word the model took into the name, cut off by facts
    root = span.root
    if (root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN") and root.head.i < span.start) \
            or any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in root.children):
        return True  # "Spain's director general for Europe, Jose Pons", "Jane Doe, the bookmaker,"
    return before is not None and (before.pos_ == "NOUN" or before.ent_type_ == "NORP") and before.head.i in range(span.start, span.end)


def negated(span: "Span") -> bool:
    """The clause that states the fact is negated ("will not be recalled as", "did not report
    figures for"): another value there is not clearly wrong, so it makes no option or false item."""
    tok = span.root
    while True:
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in tok.children):
            return True
        if (tok.dep_ in ("ROOT", "ccomp", "advcl", "relcl", "conj") and tok.pos_ in ("VERB", "AUX")) or tok.head.i == tok.i:
            return False
        tok = tok.head


def year_of_a_name(span: "Span") -> bool:
    """"the 2000 Westfield Games": a year that is part of a named event's name. Events on a fixed
    calendar make another year a give-away as an option (no Games were held that year)."""
    root = span.root
    return root.dep_ in ("compound", "nummod", "amod", "nmod") and root.head.pos_ == "PROPN" \
        and not (span.start <= root.head.i < span.end)


def did_also(span: "Span") -> bool:
    """"X has also said ...": someone else said it too, so another name in X's place may be true."""
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "also" for c in root.head.children)


def name_after_its_year(span: "Span") -> bool:
    """"won gold at the 2000 _____": a name whose year stays in sight (the 2000 Sydney Olympics, the
    2005 Baftas) is given away by the year and the sentence; the year itself is the better blank."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and re.fullmatch(r"(?:1[89]|20)\d\d", before.text) is not None \
        and span.start <= before.head.i < span.end


def noun_slot_blank(span: "Span") -> bool:
    """"growth at a breakneck _____": after an article and an adjective, a blank reads as a noun
    ("pace"), so a cloze has a second natural answer."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return span.start >= 2 and doc[span.start - 1].tag_ in ("JJ", "NN") and doc[span.start - 1].is_lower \
        and doc[span.start - 2].lower_ in ("a", "an", "the") \
        and (after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ"))  # "a record _____ rise" is no slot


def name_used_as_a_word(span: "Span") -> bool:
    """"nominated for a(n) _____" (one Golden Globe of many), "Hitler's _____" (an era, not a
    country): a name with "a" or a person's "'s" before it is used as a word, and its blank
    reads oddly or answers itself."""
    doc = span.doc
    kids = [k for k in span.root.children if k.i < span.start]
    if any(k.dep_ == "det" and k.lower_ in ("a", "an") for k in kids):
        return True
    return any(k.dep_ == "poss" and k.ent_type_ == "PERSON" for k in kids) and span.root.ent_type_ in ("GPE", "LOC") \
        and doc[span.start - 1].tag_ == "POS"


def modifier_slot_blank(span: "Span") -> bool:
    """"The _____ winner", "Disney's _____ film": a year between a determiner and its noun leaves
    a slot any adjective fills ("first", "classic"), so a cloze has other natural answers."""
    doc = span.doc
    if len(span) != 1 or not span[0].like_num or span.start == 0 or span.end >= len(doc):
        return False
    before, after = doc[span.start - 1], doc[span.end]
    if span[0].dep_ in ("compound", "nummod", "amod", "npadvmod") and span[0].head.i > span.start \
            and span[0].head.pos_ == "NOUN" and before.pos_ == "ADP":
        return True  # "its estimate of _____ oil demand growth": "world" or "future" fill it as well
    return (before.dep_ in ("det", "poss") or before.tag_ == "POS" or before.lower_ in ("the", "its", "their")) \
        and after.pos_ in ("NOUN", "PROPN", "ADJ") and after.head.i != span.start


# Verbs that, in the present tense before "to", put what follows in the future: "is due to open".
_FUTURE_FRAMES = frozenset("due set schedule go be likely".split())
# Verbs whose object is a forecast: "is projecting growth for 2005", "has forecast growth until 2007",
# "is expected to open in 2006".
FORECAST_VERBS = frozenset("forecast project predict expect anticipate plan target budget".split())


def time_of_a_placing(span: "Span") -> bool:
    """"finished third in _____ secs", "battled to second in _____": the time of one who did not
    win is a result table's detail; the winner's time is the news."""
    prep = span.root
    while prep.dep_ != "prep" and prep.head.i != prep.i and prep.pos_ not in ("VERB", "AUX"):
        prep = prep.head
    if prep.dep_ != "prep" or prep.lower_ != "in" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = prep.head
    placed = [t for c in verb.children for t in (c, *c.children) if c.i != prep.i]
    return any(t.lower_ in NON_WINNING_PLACES for t in placed)


def span_given_by_its_ends(span: "Span") -> bool:
    """"shut in the three months from October to December": a span of time whose ends follow it is
    counted off them, not read."""
    if not quantities.is_duration(span.text):
        return False
    after = span.doc[span.end:span.sent.end]
    return len(after) >= 4 and after[0].lower_ == "from" and after[1].ent_type_ == "DATE" \
        and any(t.lower_ in ("to", "until", "till") and t.i + 1 < span.sent.end
                and span.doc[t.i + 1].ent_type_ == "DATE" for t in after[2:5])


NON_WINNING_PLACES = frozenset("second third fourth fifth sixth seventh eighth ninth tenth last runner-up".split())


def counted_by_its_list(span: "Span") -> bool:
    """"Two task forces ... to examine doping and nutrition", "the three winners, X, Y and Z": a
    small count whose sentence lists as many things gives itself away."""
    value = quantities.parse_number(span.text)
    if value is None or value != int(value) or not 2 <= value <= 6 or quantities.is_duration(span.text) \
            or quantities.is_duration(span.root.head.text):
        return False  # "postponed by two weeks the case against X and Y": a span of time counts no list
    for tok in span.sent:
        if tok.dep_ == "conj" or span.start <= tok.i < span.end or not any(c.dep_ == "conj" for c in tok.children):
            continue
        group, head = 1, tok
        while (nxt := next((c for c in head.children if c.dep_ == "conj"), None)) is not None:
            group, head = group + 1, nxt
        if group == value:
            return True
    return False


_SUMMED_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _unit(text: str) -> str:
    low = text.lower()
    if "%" in low or "per cent" in low or "percent" in low:
        return "%"
    return next((c for c in text if c in "$£€¥"), "")


def sum_of_two_others(span: "Span") -> bool:
    """"7.2 million in Europe and 4.4 million elsewhere, about 12 million in all": a figure that
    two others of its sentence add up to (or differ by) is sums, not recall; and a false
    statement that changes it contradicts its own sentence."""
    value = quantities.parse_number(span.text)
    if not value:
        return False
    unit = _unit(span.text)
    others = [n for e in entities_in(span.sent) if e.label_ in _SUMMED_LABELS and (e.end <= span.start or e.start >= span.end)
              and _unit(e.text) == unit and (n := quantities.parse_number(e.text))]
    share = 0.05 if quantities.bound_of(span.doc[span.sent.start:span.start].text, span.text) or \
        re.match(r"(?:about|around|some|roughly|nearly|almost|approximately|over|more than)\b", span.text, re.I) else 0.005
    return any(abs(a + b - value) <= share * value or abs(abs(a - b) - value) <= share * value
               for i, a in enumerate(others) for b in others[i + 1:])


def completes_a_whole(span: "Span") -> bool:
    """"_____ white, 3.3% black and 2.7% Asian": shares of one whole that add up to 100% give each
    other away, and a false statement that changes one of them no longer adds up."""
    if _unit(span.text) != "%" or (value := quantities.parse_number(span.text)) is None:
        return False
    others = [n for e in entities_in(span.sent) if e.label_ == "PERCENT" and (e.end <= span.start or e.start >= span.end)
              and (n := quantities.parse_number(e.text)) is not None]
    return bool(others) and abs(value + sum(others) - 100) <= 0.5 + 0.1 * len(others)


def change_with_both_ends(span: "Span") -> bool:
    """"sales rose 2% to $11.1bn from $10.9bn": of a change and both its ends, any one is sums
    on the other two, not reading (and "1%" for 2% makes no clearly false statement)."""
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    ends = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("from", "to")
            and any(t.like_num or t.text[:1].isdigit() for t in c.subtree)]
    if {c.lower_ for c in ends} != {"from", "to"}:
        return False
    inside = {t.i for c in ends for t in c.subtree}
    sent = verb.sent
    return any(t.text == "%" or t.lower_ == "cent" for t in verb.subtree
               if t.i not in inside and t.head.i != t.i and sent.start <= t.i < sent.end)


def still_to_come(span: "Span") -> bool:
    """The clause puts the date ahead: "will reopen in 2007", "is due to appear in 2006"."""
    verb = references.clause_verb(span.root)
    ancestor = verb
    for _ in range(4):
        if ancestor.lemma_.lower() in FORECAST_VERBS and ancestor.tag_ != "VBD":
            return True  # "is projecting ... for 2005", "has forecast ... until 2007"
        if ancestor.head.i == ancestor.i:
            break
        ancestor = ancestor.head
    present = [c for c in verb.children if c.tag_ in ("VBZ", "VBP")] + ([verb] if verb.tag_ in ("VBZ", "VBP") else [])
    if (verb.lemma_.lower() in ("set", "schedule") and any(c.dep_ == "auxpass" for c in present)) \
            or (verb.lemma_.lower() == "be" and present and any(c.dep_ == "acomp" and c.lower_ == "due"
                                                                  for c in verb.children)):
        return True  # "The economy is set for strong growth in 2005", "The report is due in 2006"
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children):
            return True
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in references.REPORTING_LEMMAS \
                and any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children):
            return True  # "GM said costs would hurt its performance in 2005": "will", reported
        if verb.dep_ != "xcomp":
            return False
        frame = verb.head
        tensed = [frame] + [c for c in frame.children if c.dep_ in ("aux", "auxpass")]
        if frame.dep_ == "acomp":
            tensed.append(frame.head)
        if frame.lemma_.lower() in _FUTURE_FRAMES and any(t.tag_ in ("VBZ", "VBP") for t in tensed):
            return True
        verb = frame.head if frame.dep_ == "acomp" else frame
    return False


def snapshot_date(span: "Span") -> bool:
    """"As of 2014, membership was about 12 million": the day a figure was taken says nothing of its
    own, and a day or year off ("as of 20 March" for "31 March") is no plainly false statement.
    Nor does the day a source said it: "According to the New York Times on June 2, 2014, ..."."""
    prep = span.root.head if span.root.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in ("on", "in") and prep.head.lower_ == "according":
        return True
    if prep is not None and prep.lower_ in ("in", "on") and prep.dep_ == "prep":
        head = prep.head  # "In 2015, Pew estimated that ...", "a population of 853,382 in 2010"
        if head.lemma_.lower() in COUNT_TAKING or any(
                c.dep_ in ("nsubj", "dobj", "attr") and c.lemma_.lower() in COUNT_TAKING
                for c in head.children if head.pos_ in ("VERB", "AUX")):
            return True  # the year a count or an estimate was taken: readers found it not worth knowing
    return prep is not None and prep.lower_ == "of" and dates_a_figure(prep.head)


def result_without_contest(sent: "Span") -> bool:
    """"Britain's Jo Bloggs finished fifth in 7.35", "Acme's Tom Rivers won in 7:39.89": a race result
    with no word for the race, which an earlier sentence named; stated as true it tells nothing
    (1 of 14 such statements passed readings)."""
    root = sent.root
    if root.lemma_.lower() not in RESULT_VERBS or any(c.dep_ in ("dobj", "attr") for c in root.children):
        return False  # "won the title", "won gold"
    timed = any(re.fullmatch(r"\d+(?:[:.]\d+)+", t.text) for t in sent)
    if not timed and not any(t.lower_ in PLACINGS for t in root.children):
        return False
    return not any((t.pos_ == "NOUN" and not t.text[:1].isdigit() and t.ent_type_ not in ("DATE", "TIME"))
                   or t.ent_type_ in ("EVENT", "FAC") for t in sent)


def bare_reaction(sent: "Span") -> bool:
    """"The gallery's director said he was 'delighted'": a feeling with nothing it is about is no
    fact to judge (0 of 9 such statements passed readings); "said he was delighted with the sale"
    says what pleased him."""
    for verb in (t for t in sent if t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB"):
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in ("be", "feel")):
            feeling = [c for c in clause.children if c.dep_ == "acomp" and c.lemma_.lower() in REACTIONS]
            if feeling and not any(k.dep_ in ("prep", "xcomp", "ccomp", "advcl") for f in feeling for k in f.children) \
                    and not any(k.dep_ in ("prep", "xcomp", "ccomp", "advcl") for k in clause.children):
                return True
    return False


def unattributed_guess(sent: "Span") -> bool:
    """"A commercial system could be as far away as 2012", "India is unlikely to be cowed": a guess
    the article makes in its own voice is no fact to judge true (0 of 5 such statements passed
    readings), nor false; one it reports ("Sony has said the chip could ...") is (23 of 28 passed)."""
    root = sent.root
    guess = any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may") for c in root.children) \
        or (root.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in ("likely", "unlikely") for c in root.children))
    if not guess:
        return False
    return not any(t.lemma_.lower() in VIEW_VERBS or t.lower_ == "according" for t in sent)


def comparison_base(span: "Span", latest_year: int | None) -> bool:
    """"a change from the loss of 364m euros in 2003", "from just over 8% in 2003 to 13% last year",
    "increases compared with 2003": a change measured from a year or two before the story's is
    measured from last year, which readers found trivial or not worth knowing (4 of 8 such blanks
    failed). A base further back ("compared to 16 of 21 in 1985": 10 of 10 passed) is a fact of its own, and
    a span "from 1990 to 1998" dates the thing itself."""
    year = re.fullmatch(r"(?:in\s+)?(1[5-9]\d\d|20\d\d)", span.text)
    if year is None or latest_year is None or not latest_year - 2 <= int(year.group(1)) < latest_year:
        return False  # (the latest year an article names is about when it was written)
    root = span.root
    for tok in root.ancestors:
        if tok.pos_ in ("VERB", "AUX"):
            break
        if tok.dep_ == "prep" and tok.lower_ in ("with", "to") and tok.head.lower_ in ("compared", "comparison"):
            return True
    if root.head.i == span.start - 1 and root.head.lower_ == "in":  # "from the loss of 364m euros in 2003",
        before = span.doc[max(span.sent.start, span.start - 10):span.start - 1]  # however the "in" is hung
        start = next((t.i for t in reversed(before) if t.lower_ == "from"), None)
        between = span.doc[start + 1:span.start - 1] if start is not None else []
        if any(t.like_num for t in between) and not any(t.pos_ in ("VERB", "AUX") or t.lower_ == "to" for t in between):
            return True  # a value it changed from ("moved from Westfield in 1990" dates the move)
    return False


def open_ended(span: "Span") -> bool:
    """"will continue into 2005", "until 2007": a later year is true as well, or nearly so; no
    wrong year is clearly wrong. "By 1931 the firm ran 47 streetcars" is no less true by 1935, nor
    plainly false by 1926 (3 of 14 such options and swaps passed readings); a target still to come
    ("will reach 90 million users by 2007") is a date to pick among the next few years."""
    first = span[0]
    prep = first.head if first.dep_ == "pobj" else (span.root.head if span.root.dep_ == "pobj" else None)
    if prep is not None and prep.lower_ == "by":
        return not still_to_come(span)
    return prep is not None and prep.lower_ in ("into", "until", "till", "through", "beyond", "throughout")


def _count_whole(text: str, word: str, joined_before: str = "") -> int:
    """Occurrences of *word* in *text* with no letter or digit either side (both lower-cased);
    *joined_before*: other characters that join a word to the one before ("-" of "twenty-two")."""
    count, at = 0, text.find(word)
    while at != -1 and word:
        end = at + len(word)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_" + joined_before)) \
                and (end == len(text) or not (text[end].isalnum() or text[end] == "_")):
            count += 1
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)
    return count


def article_before(span: "Span") -> "Token | None":
    """"a" or "an" right before a span of its sentence: what fills its blank must take the same one."""
    if span.start > span.sent.start and span.doc[span.start - 1].lower_ in ("a", "an"):
        return span.doc[span.start - 1]
    return None


def _article_for(word: str) -> str:
    """"a" or "an" before *word*, by its first sound as far as spelling tells."""
    w = word.lower().lstrip("\"'\u201c(")
    if re.match(r"(8|11|18)(?!\d)|8\d|[aeio]|u(?!ni|s[eu])|h(?:our|onest|eir)", w):
        return "an"
    return "a"


# Phone numbers ("0800 028 9276", "+44 20 7946 0000"), web and e-mail addresses.
CONTACT_DETAILS = re.compile(r"(?<![\w.,])(?:\+\d{1,3}[ -]?\(?\d{1,5}\)?|\(?0\d{1,4}\)?)[ -]\d{3,4}[ -]?\d{3,4}(?![\w,]*\d)"
                             r"|\b\d{3}-\d{3}-\d{4}\b|\bwww\.|https?://|\b[\w.+-]+@[\w-]+\.\w")

# "X was unavailable for comment", "declined to comment": the reporting, not the story.
NO_COMMENT = re.compile(r"\b(?:(?:unavailable|available|reached|approached|contacted|asked|requests?|calls?) for|"
                        r"(?:declined|refused|not respond|not wish|unwilling) to) (?:immediate )?comment\b", re.I)
NAME_ENTITY_LABELS = ("PERSON", *nameclues.NAME_LABELS)
# "Shares in Acme were up 1.76% at 115.5 pence in morning trade", "closed up 23 points": one day's move.
DAY_OF_TRADING = re.compile(r"\b(?:shares?|stocks?|index)\b[^.]*\b(?:in (?:early|morning|late|afternoon|midday|"
                            r"lunchtime) trad(?:e|ing)|closed (?:up|down|higher|lower)\b|(?:up|down) [^ ]+ at [\d.]+ ?"
                            r"(?:pence|p|cents)\b)", re.I)

# "will be broadcast on Channel 9 at 2100 GMT": a listing for viewers, not a fact to learn.
BROADCAST_VERBS = frozenset("broadcast screen show air televise transmit stream".split())
CLOCK_TIME = re.compile(r"\b(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)", re.I)


def after_modifier(span: "Span") -> bool:
    """"Venice's famous _____": a blank after a possessive, a determiner or an adjective, where
    an option's own "the" ("the Turin Opera") would read twice."""
    if span.start == 0 or span[0].lower_ == "the":
        return False
    before = span.doc[span.start - 1]
    return before.tag_ in ("POS", "PRP$", "DT", "JJ", "JJS", "JJR") and before.lower_ not in ("that", "this")


def broadcast_listing(sent: "Span") -> bool:
    timed = any(time_zone_after(t) for t in sent) or CLOCK_TIME.search(sent.text) is not None
    return timed and any(t.lemma_.lower() in BROADCAST_VERBS and t.pos_ == "VERB" for t in sent)


def opening_quote(display: Display, fact: Fact) -> str:
    """The quotation in the marks the article uses."""
    before = display.text[fact.span.start_char - 1:fact.span.start_char]
    opening, closing = ('"', '"') if before == '"' else ("\u201c", "\u201d")
    return f"{opening}{display.span(fact.span)}{closing}"


def possessive_slip(pos: "Token") -> bool:
    """An editing slip around a possessive of a name, which a question would copy: "a Westfield
    Trust's campaign" (a full name takes no "a") or "awarded to Tom Rivers's for ..." (no noun
    follows)."""
    doc = pos.doc
    owner = pos.head
    name = [t for t in owner.subtree if t.pos_ == "PROPN"]
    after = doc[pos.i + 1] if pos.i + 1 < len(doc) else None
    if after is not None and after.pos_ == "ADP" and after.lower_ != "of" and len(name) >= 2 \
            and nameclues.known_first_name(" ".join(t.text for t in name)):
        return True
    owned = owner.head
    place = entity_at(owner)
    if place is not None and place.label_ == "GPE" and place.start > 0 and doc[place.start - 1].lower_ == "the" \
            and doc[place.start - 1].dep_ == "det" and place[0].lower_ != "the" and not nameclues.takes_the(place.text) \
            and (len(place) > 1 or any(e.text == place.text and e.start > 0 and doc[e.start - 1].lower_ != "the"
                                       for e in entities(doc))):
        return True  # "the New York's Metropolitan Opera"; "the UK's" is right, and so is "the Hague's" unless the
        # article writes the name without "the" elsewhere
    return owner.dep_ == "poss" and len(name) >= 2 and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") and c.i <= owner.left_edge.i
        for c in list(owned.children) + list(owner.children))


# Participles that, after "critically", "highly" and the like, describe a work rather than report an act.
PRAISE_PARTICIPLES = frozenset("acclaim praise rate regard anticipate publicise publicize".split())


def dropped_possessive(verb: "Token") -> bool:
    """"Tom Rivers critically acclaimed Harbour": a name, a degree adverb and a participle of praise
    are "Tom Rivers' critically acclaimed Harbour" with the "'s" lost. Read as written, the
    sentence says the person did the praising."""
    doc = verb.doc
    return verb.tag_ == "VBD" and verb.lemma_.lower() in PRAISE_PARTICIPLES and verb.i >= 2 \
        and doc[verb.i - 1].lower_ in ("critically", "highly", "widely", "much", "well", "eagerly") \
        and doc[verb.i - 2].pos_ == "PROPN"


def quote_points_outside(quote: "Span") -> bool:
    """Quoted words that open with "It", "She", "They" or "This" as their subject: the speaker
    was answering something only the article says ("It suggests that ...", "This is a big messy
    argument")."""
    words = [t for t in quote if not t.is_punct]
    if not words:
        return False
    first = words[0]
    return first.lower_ in references.THIRD_PERSON | references.DEMONSTRATIVES \
        and first.dep_ in ("nsubj", "nsubjpass") and not first.is_upper and not references.is_dummy_it(first)


def _enough_context(cloze: str) -> bool:
    """"_____ was unavailable for comment." tests nothing: a blank needs words around it."""
    words = [w for w in re.findall(r"[A-Za-z0-9][\w'-]*", cloze.replace(BLANK, " "))]
    return len(words) >= 8


def question_id(doc_id: str, qtype: str, fact: str, answer: str, n: int) -> str:
    """Stable across runs and across edits elsewhere in the document: it names the fact, not the text."""
    key = f"{doc_id}\0{qtype}\0{fact}\0{normalize(answer)}\0{n}"
    return f"{doc_id}-{qtype}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:10]}"


def rng_for(seed: int, *parts: str) -> random.Random:
    digest = hashlib.sha256("\0".join([str(seed), *parts]).encode("utf-8")).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


class Candidate:
    __slots__ = ("question", "sentence_index", "substitutions", "key")

    def __init__(self, question: Question, sentence_index: int, substitutions: int = 0, key: str = ""):
        self.question = question
        self.sentence_index = sentence_index
        self.substitutions = substitutions
        self.key = key  # what the question is about, for its id (a true/false answer says nothing)


class DocumentQuestions:
    """All candidate questions of one parsed document."""

    def __init__(self, document: "Document", doc: "Doc", facts: list[Fact], pool: DistractorPool,
                 seed: int, types: Sequence[str]):
        self.document = document
        self.doc = doc
        self.facts = facts
        self.pool = pool
        self.seed = seed
        self.types = types
        self.display = Display(document.text)
        self.sentences = [sentence_tokens(s) for s in doc.sents]
        self.sentence_index = {s.start: i for i, s in enumerate(self.sentences)}
        self.counts = Counter(normalize(document.text).split())
        # the years the article writes, where: its latest is about when it was written
        self.years_at = [(e.start, y) for e in entities(doc) if e.label_ == "DATE" for y in quantities.years_in(e.text)]
        self.latest_year = max((y for _, y in self.years_at), default=None)
        self.comments_from = comments.comments_start(document.text)
        self._mentions: dict[str, int] = {}  # is_topic, by name
        self._text_lower = document.text.lower()
        self._numbers: set[str] | None = None  # given_elsewhere
        self._sentence_words: list[frozenset[str]] | None = None  # sentences_naming
        self._story_years: frozenset[str] | None = None  # year_of_the_story
        self._token_checks: dict[int, tuple] = {}  # token_checks
        self._expansions: dict[str, str | None] = {}  # spelled_out_before, by abbreviation
        self.speakers = [self.speaker_name(f.speaker) or self.display.span(f.speaker)
                         for f in facts if f.kind == "quotation" and f.speaker is not None]

    @staticmethod
    def compared_with_nothing(tok: "Token", sent: "Span") -> bool:
        """"Only Tom Rivers has run quicker": quicker than whom, only the article said. A measured
        gap ("2% higher") or a "than" in the sentence says enough."""
        if tok.tag_ not in ("JJR", "RBR") or tok.dep_ not in ("acomp", "advmod", "oprd") \
                or tok.head.pos_ not in ("VERB", "AUX") or tok.lower_ in UNCOMPARED_COMPARATIVES:
            return False
        if any(k.dep_ in ("npadvmod", "nummod", "prep") for k in tok.children):
            return False
        return not any(t.lower_ in ("than", "as") for t in sent)

    def speaker_name(self, speaker: "Span") -> str | None:
        """The name a "Who said" item answers with, when it is not the phrase as written: the
        person an office names ("Acme chief executive Tom Rivers" -> "Tom Rivers"), in full
        ("Mr Rivers" -> "Tom Rivers")."""
        person = entity_at(speaker.root)
        if person is not None and person.label_ == "PERSON" and len(person) >= 2 \
                and speaker.start <= person.start and person.end <= speaker.end and len(person) < len(speaker):
            return fuller_name(person) or self.display.span(person)
        return fuller_name(speaker)

    # --- sentences -----------------------------------------------------------------------

    def usable(self, sent: "Span") -> bool:
        if self.comments_from is not None and sent.start_char >= self.comments_from:
            return False  # readers' opinions, not the article's facts
        text = sent.text.strip()
        n = sum(1 for t in sent if not t.is_punct)
        if n < 5 or n > MAX_SENTENCE_WORDS or text.endswith(("?", "...", "\u2026")):
            return False
        if not re.search(r"[.!]['\"\u2019\u201d)\]]*$", text):
            return False  # cut off by the segmenter ("... for the RSC's All's")
        before = self.display.text[:sent.start_char].rstrip(" \t")
        if before and before[-1] not in ".!?:;\n\"'\u2019\u201d)]":
            return False  # its start was cut off: "Well and Other Stories ..." after "All's"
        if sent[0].is_lower and sent[0].pos_ in ("ADP", "CCONJ", "SCONJ", "DET", "PART", "AUX"):
            return False  # "by Edward Albee, ...": the segmenter cut after a title's "?"
        if any(t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in sent):
            return False  # a condition is not a fact
        if sent[0].lower_ in ("also", "later", "afterwards", "then") and sent[0].dep_ == "advmod":
            return False  # "Also on Friday, ...", "Later at a dinner, ...": told against what came before
        if sent[0].dep_ == "mark" and sent[0].head.dep_ == "ROOT":
            return False  # "While X will race in the 60m.": a subordinate clause on its own
        if re.search(r"\b[a-z0-9]{2,}\. [A-Z]", text):
            return False  # two sentences the segmenter ran together
        regions = quote_regions(sent)
        if sum(1 for t in sent if t.lower_ in ("said", "says") and not in_quote(t.i, regions)) >= 2:
            return False  # '"...," said X, ..., said last year': an editing slip in the source
        if sent[0].tag_ == "VBD" and sent[0].lemma_.lower() in ("say", "add", "tell"):
            return False  # "Said Tom Rivers, adding ...": the end of a quotation cut off its start
        if regions and all(in_quote(t.i, regions) or t.is_punct for t in sent):
            return False  # someone's words with no one to say them: an opinion, not a fact
        if any(quote_points_outside(sent.doc[a:b]) for a, b in regions):
            return False  # '"It suggests ...," said X': what "it" is, the article said before
        if CONTACT_DETAILS.search(text) or broadcast_listing(sent):
            return False  # a helpline, a web address or a broadcast time is a service note
        if NO_COMMENT.search(text) or DAY_OF_TRADING.search(text):
            return False  # "X was unavailable for comment"; "shares closed up 4 pence": a day's noise
        if any(possessive_slip(t) for t in sent if t.tag_ == "POS") or any(dropped_possessive(t) for t in sent):
            return False
        root = sent.root
        if root.tag_ in ("VBZ", "VBP", "VBD") and (root.lemma_ == "be" or root.tag_ == "VBD") and any(
                t.dep_ == "prep" and t.lower_ == "since" and (t.head.i == root.i or t.head.head.i == root.i)
                and any(k.ent_type_ == "DATE" for k in t.subtree) for t in sent) \
                and not any(t.tag_ in ("JJS", "RBS") or t.ent_type_ == "ORDINAL" for t in sent):
            return False  # "X is the chair since 2015", "brought 6,000 jobs since 1997" (not "the highest
            # since 2015"): the writer's slip for "has been", "have brought", copied into every item
        if sent[0].i == root.i and root.tag_ in ("VBD", "VBZ", "VBP") and not any(
                c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in root.children):
            return False  # "Clocked a new record ...": the subject is missing from the text itself
        return any(t.pos_ in ("VERB", "AUX") for t in sent)

    def opens_with_name(self, sentence_index: int, prompt: str) -> bool:
        """"TimeWarner said sales rose ..." is anchored by its first word, which the gate cannot
        tell from any capital that opens a sentence: a name the article never writes in lower case."""
        first = self.sentences[sentence_index][0]
        rest = prompt[len(first.text):len(first.text) + 1]
        return first.ent_iob_ == "B" and first.ent_type_ in NAME_ENTITY_LABELS \
            and first.lower_ not in self.pool.common_words and prompt.startswith(first.text) \
            and not (rest.isalnum() or rest == "_")  # the whole word, not "Norvik" of "Norviks"

    def is_topic(self, fact: Fact) -> bool:
        """The article's subject (in its headline, or named again and again) is no test of reading."""
        if self.in_headline(fact):
            return True  # the headline is printed above every question: "Blair rejects ..." gives "Tony Blair"
        if fact.kind not in NAME_KINDS:
            return False
        name = self.answer_text(fact)
        if name not in self._mentions:
            self._mentions[name] = _count_whole(self._text_lower, name.lower())
        return self._mentions[name] >= max(4, self.document.word_count / 100)

    def in_headline(self, fact: Fact) -> bool:
        """A word of the answer that names or counts (a surname, "Telegraph", "40") is in the headline,
        or its letters are ("EU" under "European Union law")."""
        if fact.kind in ("quotation", "description"):
            return False  # the words are asked, not a name (but see quotation_question)
        return any(references.in_headline(t) or references.headline_nation(t)
                   for t in fact.span if t.pos_ == "PROPN" and len(t) > 2) \
            or any(references.headline_initials(t) for t in fact.span) \
            or any(references.headline_number(t) for t in fact.span if t.like_num or t.pos_ == "NUM")

    def token_checks(self, tok: "Token") -> tuple:
        """(dummy "it", unclear name, whole name, context-bound) of a word: the same whatever is
        blanked, so worked out once for the several items of a sentence."""
        checks = self._token_checks.get(tok.i)
        if checks is None:
            checks = self._token_checks[tok.i] = (references.is_dummy_it(tok), references.is_unclear_name(tok),
                                                  references.whole_name(tok), references.is_context_bound(tok))
        return checks

    def spelled_out_before(self, tok: "Token", sent: "Span") -> str | None:
        """The words an abbreviation of two or three letters stands for, where the article spelled
        them out before this sentence and the headline does not: a card printing "AK" alone leaves
        students guessing. (Longer ones, "NASA", are mostly known by their letters.)"""
        if not (tok.ent_type_ == "ORG" and re.fullmatch(r"[A-Z]{2,3}", tok.text)) \
                or references.in_headline(tok) or references.headline_initials(tok) \
                or (tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].text == "(") \
                or (tok.dep_ == "compound" and tok.head.pos_ == "PROPN"):
            return None  # "NBC Blue", "IPCC Bureau": the letters are part of another name
        if tok.text not in self._expansions:
            self._expansions[tok.text] = references.spelled_out(tok.text, self.display.text)
        words = self._expansions[tok.text]
        if words is None or words in self.display.text[sent.start_char:sent.end_char]:
            return None
        first = self.display.text.find(words)
        if not 0 <= first < sent.start_char:
            return None
        before = self.doc[tok.i - 1] if tok.i > sent.start else None
        headed = words.split()[-1].lower() in references.INSTITUTION_NOUNS | {
            "company", "corporation", "academy", "organisation", "organization", "system", "service", "network"}
        if (headed or " of " in words) and not (before is not None and before.dep_ in ("det", "poss")
                                                or (before is not None and before.tag_ == "POS")):
            words = ("The " if tok.i == sent.start else "the ") + words  # "the Federal Communications Commission"
        return words

    def rendered_sentence(self, sent: "Span", blank: "Span | None" = None,
                          replace_with: str | None = None, fills: Sequence[str] = ()) -> tuple[str, int] | None:
        """The sentence as written, pronouns replaced by antecedents; None if not self-contained.
        *fills*: what the blank may hold (the answer, the options); an "a" or "an" before it is
        written as all of them take it, "a(n)" only where they differ."""
        regions = quote_regions(sent)
        edits: dict[int, tuple[int, str]] = {}
        named: set[str] = set()  # antecedents written in for a pronoun
        replaced: set[int] = set()  # the pronouns they were written in for
        for tok in sent:
            if in_quote(tok.i, regions) or (blank is not None and blank.start <= tok.i < blank.end):
                continue
            low = tok.lower_
            dummy, unclear, named_as, bound = self.token_checks(tok)
            if dummy:
                continue
            if unclear:
                return None
            expansion = self.spelled_out_before(tok, sent)
            if expansion is not None:  # "AK dropped ..." -> "Athletics Kenya dropped ..."
                edits[tok.idx] = (tok.idx + len(tok.text), expansion)
                continue
            # named_as: "Holmes ran" -> "Kelly Holmes ran"
            if named_as is not None and named_as[0].i >= sent.start:
                first, name = named_as
                titled = first.lower_ in references.SURNAME_TITLES
                if name is None:
                    return None  # "Mr Straw" that the sentence alone does not introduce
                if titled or not any(t.text == tok.text for t in self.doc[sent.start:tok.i]):
                    if not (blank is not None and blank.start <= first.i < blank.end):
                        edits[first.idx] = (tok.idx + len(tok.text), name)
                    continue
            subject = references.subject_of_its_clause(tok) if low == "its" and tok.dep_ == "poss" else None
            if subject is not None and subject.i in replaced:
                continue  # "It will close its plant" -> "Acme will close its plant"
            if references.is_first_or_second(tok.text) or references.is_referring_that(tok) \
                    or (bound and not references.named_in_its_sentence(tok)) \
                    or self.compared_with_nothing(tok, sent):
                return None
            if low in references.THIRD_PERSON:
                ent = references.antecedent(tok, references.pronoun_class(tok) or "thing")
                if ent is not None and ent.start >= sent.start and ent.end <= tok.i:
                    continue  # "Rank aims to grow its business": the name is right there
                if references.sentence_antecedent(tok) is not None:
                    continue  # "Acme said it would ...", "Rivers won when he ...": the sentence says who
                if ent is not None and (ent.text in named
                                        or any(t.text == ent[-1].text for t in self.doc[sent.start:tok.i])):
                    continue  # "Rivers has stepped up his training": not "Tom Rivers' training"
                rep = references.replacement_for(tok, self.display.text)
                if rep is None:
                    return None
                named.add(ent.text)
                replaced.add(tok.i)
                if tok.i == sent.start:
                    rep = rep[:1].upper() + rep[1:]
                edits[tok.idx] = (tok.idx + len(tok.text), rep)
        if blank is not None and replace_with is None and _blank_identifies_its_phrase(blank):
            return None
        comma = stray_subject_comma(sent)
        if comma is not None:
            edits[comma.idx] = (comma.idx + 1, "")
        dropped = 0
        for tok in sent:  # "Tom Rivers has also said ...": also as well as what, the article said before
            if tok.lower_ == "also" and tok.dep_ == "advmod" and tok.whitespace_ and tok.i > sent.start \
                    and self.doc[tok.i - 1].lower_ != "but" and not in_quote(tok.i, regions) \
                    and not (blank is not None and blank.start <= tok.i < blank.end):
                edits[tok.idx] = (tok.idx + len(tok.text_with_ws), "")
                dropped += 1
        if blank is not None:
            rep = BLANK if replace_with is None else replace_with
            if blank.start == sent.start:
                rep = rep[:1].upper() + rep[1:]
            edits[blank.start_char] = (blank.end_char, rep)
            before = article_before(blank)
            possessor = blank.end < len(self.doc) and self.doc[blank.end].tag_ == "POS"
            if before is not None and before.idx not in edits and not possessor:
                # "an _____ ban" would point at a vowel; a swapped-in word takes its own article
                articles = {_article_for(w) for w in ([replace_with] if replace_with is not None else fills)}
                article = articles.pop() if len(articles) == 1 else "a(n)"
                if before.text[:1].isupper():
                    article = article[:1].upper() + article[1:]
                edits[before.idx] = (before.idx + len(before.text), article)
        text, pos = [], sent.start_char
        for start in sorted(edits):
            end, rep = edits[start]
            text.append(self.display.text[pos:start])
            text.append(rep)
            pos = end
        text.append(self.display.text[pos:sent.end_char])
        subs = len(edits) - dropped - (1 if blank is not None else 0)
        return _without_lead_in("".join(text).strip()), subs

    # --- one fact ------------------------------------------------------------------------

    def answer_text(self, fact: Fact) -> str:
        return self.display.span(fact.span)

    def short_question(self, fact: Fact) -> tuple[str, str, list[str]] | None:
        """(prompt, answer, accept) for a wh-question about the fact, or None."""
        answer = self.answer_text(fact)
        if fact.kind == "quotation":
            return self.quotation_question(fact, answer)
        if fact.kind == "description":
            return self.description_question(fact, answer)
        wh_override = None
        appos = appositive_wh(fact.span) if fact.kind in NAME_KINDS else None
        if appos is not None:
            phrase = self.display.span(self.doc[appos.left_edge.i:appos.right_edge.i + 1])
            indefinite = re.match(r"^(?:a|an)\s+", phrase, flags=re.I)
            phrase = re.sub(r"^(?:a|an|the)\s+", "", phrase, flags=re.I)
            if indefinite and 1 <= len(phrase.split()) <= 6:  # "Nokia, a Finnish phone maker"
                wh_override = f"Which {phrase}"
        wq = make_wh_question(fact.span, fact.kind, fact.label, self.display, wh_override=wh_override)
        if wq is None and wh_override is not None:
            wq = make_wh_question(fact.span, fact.kind, fact.label, self.display)
        if wq is None:
            return None
        if fact.kind in NAME_KINDS and normalize(answer) not in normalize(wq.answer):
            return None  # "What has she seen win ...? - her book": the name itself went missing
        if fact.kind == "date" and self.second_time(fact, wq.prompt):
            return None
        sentence = self.display.span(fact.sent)
        if any(wq.prompt.count(d) % 2 and not sentence.count(d) % 2 for d in ("\u2014", " \u2013 ", " - ")):
            return None  # "near Easterby's by now a wheat farm - for its line": half an aside went
            # (a range's dash, "1973\u201374", is no fence)
        described = name_descriptor(fact.span) if fact.kind == "person" and wh_override is None else None
        if described is not None and wq.wh == "Who" and wq.role in ("subject", "object") and self.human(wq.answer):
            words, first = self.display.span(described), self.display.tok(described[0])
            words = lower_first(described[0], first) + words[len(first):]  # "Sprinter" opening the sentence
            wq = make_wh_question(fact.span, fact.kind, fact.label, self.display,
                                  wh_override=f"Which {words}") or wq  # "Which former Acme boss ...?"
        person_wh = re.search(r"\bwho(?:m|se)?\b", wq.wh, re.I) is not None
        if person_wh and fact.kind == "person" and not self.human(wq.answer):
            return None  # "Who allowed Microsoft to ...?" for a feature the model took for a person
        if wq.wh.lower().startswith("what") and self.pool.looks_like_person(self.document.id, wq.answer):
            return None  # "What was named an ambassador?" for a woman the model took for a thing
        accept = [answer] if wq.answer != answer else []
        main = wq.answer
        if fact.resolved:
            accept.append(main)
            main = fact.resolved
        prompt = wq.prompt
        for tok in fact.sent:
            expansion = None if fact.span.start <= tok.i < fact.span.end else self.spelled_out_before(tok, fact.sent)
            if expansion is not None:  # "When did AK drop ...?" -> "When did Athletics Kenya drop ...?"
                prompt = re.sub(r"\b" + tok.text + r"\b", expansion, prompt, count=1)
        return prompt, main, accept

    def second_time(self, fact: Fact, prompt: str) -> bool:
        """"When was the Parliament relocated to Glasgow in May 2002? - May 2000": the question
        keeps another point in time the sentence gives for a like event, and asks when of two
        ("to nine months by 2007" is a length, no second time)."""
        for e in entities_in(fact.sent):
            if e.label_ not in ("DATE", "TIME") or e.start < fact.span.end and fact.span.start < e.end:
                continue
            root = e.root
            timing = (root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ in ("VERB", "AUX")) \
                or (root.dep_ in ("npadvmod", "advmod") and root.head.pos_ in ("VERB", "AUX"))
            point = re.search(r"\b(?:1[5-9]\d\d|20\d\d|" + "|".join(quantities.MONTHS) + r")\b", e.text, re.I)
            if timing and point and re.search(r"\b" + re.escape(self.display.span(e)) + r"\b", prompt):
                return True
        return False

    def described_alike(self, fact: Fact, names: list[str]) -> list[str]:
        """The names the article describes with the same noun as the answer ("musician Jean Dupont"):
        a "Which musician ...?" question gives every other person away."""
        words = name_descriptor(fact.span)
        if words is None:
            return []
        noun = words[-1].lemma_.lower()
        alike = set()
        for ent in entities(self.doc):
            if ent.label_ != "PERSON":
                continue
            d = name_descriptor(ent)
            if d is not None and d[-1].lemma_.lower() == noun:
                alike.add(self.display.span(ent[len(d):] if ent.start < d.end else ent))
        return [n for n in names if n in alike]

    def human(self, name: str) -> bool:
        """A person by a second sign beside the model's label: a first name, a gender the article
        gives, or a surname the article gives a first name to ("Rivers" after "Tom Rivers")."""
        if self.pool.is_person(self.document.id, name):
            return True
        last = name.split()[-1] if name.split() else ""
        for e in entities(self.doc):
            if e.label_ != "PERSON" or e[-1].text != last:
                continue
            if len(e) >= 2 and self.pool.is_person(self.document.id, e.text):
                return True
            before = self.doc[e.start - 1] if e.start > 0 else None
            if before is not None and (before.lemma_.lower() in references.PERSON_CLASS_NOUNS
                                       or before.lower_.rstrip(".") in nameclues.TITLES):
                return True  # "Olympic champion Kenenisa Bekele"
        return False

    def quotation_question(self, fact: Fact, answer: str) -> tuple[str, str, list[str]] | None:
        """"Who said: “...”?" — asking for the speaker has one answer; "What did X say?" has many."""
        verb, speaker = fact.speech_verb, fact.speaker
        if speaker is None or len(speaker) < 2 and not speaker[0].text.isupper():
            return None  # a lone surname is no answer out of context (an acronym such as "BBC" is)
        if any(t.lower_ in references.THIRD_PERSON or references.is_first_or_second(t.text)
               for t in speaker if t.tag_ != "PRP$"):
            return None
        if references.names_in_headline(speaker):
            return None  # "Who said ...?" under "... suspended by IAAF" is answered by the headline
        if any(t.tag_ == "PRP$" for t in speaker) or speaker.root.pos_ == "NOUN":
            # "Her coach Aston Moore", "race director Matthew Turnbull": the name is the answer
            name_tok = next((c for c in speaker.root.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"), None)
            if name_tok is None:
                return None
            from .facts import noun_phrase

            speaker = noun_phrase(name_tok)
            if len(speaker) < 2:
                return None
        said = "wrote" if verb.lemma_.lower() in ("write", "post", "tweet") else "said"
        if not (speaker.root.ent_type_ in ("PERSON", "ORG") or speaker.root.lemma_.lower() in PERSON_HEADS):
            return None
        who = "Who"  # people and organisations both "say"; the model's label is not trusted to choose
        name = self.display.span(speaker)
        if first_is_determiner(speaker):
            name = name[:1].lower() + name[1:]
        prompt = f"{who} {said}: {opening_quote(self.display, fact)}?"
        full = self.speaker_name(speaker)  # the phrase as written is accepted too
        if full is None and len(speaker) == 2 and speaker[0].lower_ in references.SURNAME_TITLES:
            return None  # "Mr Sridharan", whom the article never names in full, is nobody to a student
        return (prompt, full, [name]) if full is not None else (prompt, name, [])

    def description_question(self, fact: Fact, answer: str) -> tuple[str, str, list[str]] | None:
        subject = fact.subject
        if subject is None:
            return None
        if fact.extras.get("picture"):
            verb = self.doc[fact.span.root.head.i]
            do = "did" if verb.tag_ == "VBD" else "does"
            noun = subject.root.lemma_.lower()
            return f"What {do} the {noun} show?", answer, []
        return None

    @staticmethod
    def written_words(fact: Fact) -> bool:
        """A short written text (a post, a slogan) can be recalled word for word; reported
        speech cannot, and blanking a whole spoken quotation tests nothing."""
        verb = fact.speech_verb
        written = verb is not None and verb.lemma_.lower() in ("write", "post", "tweet", "read", "print")
        return written and len(fact.span.text.split()) <= MAX_QUOTE_BLANK_WORDS

    @staticmethod
    def converted_next_to(fact: Fact) -> bool:
        """'$1 (53p)': a conversion in brackets right after a figure gives the blank away."""
        doc, end = fact.span.doc, fact.span.end
        return end + 1 < len(doc) and doc[end].text == "(" and any(
            t.like_num or any(c.isdigit() for c in t.text) for t in doc[end + 1:min(end + 4, len(doc))])

    def minor_voice(self, fact: Fact) -> bool:
        """A commentator the article quotes in passing ("said Jo Bloggs, economist at Acme Bank"),
        named in two sentences at most and not in the headline: who said it, and where they work,
        are no facts to learn. Ministers and chief executives speak for the story; they are kept."""
        before = self.doc[fact.span.start - 1] if fact.span.start > 0 else None
        if fact.kind == "person" and before is not None and before.lower_ in PURE_COMMENTATORS \
                and not any(references.in_headline(t) for t in fact.span):
            return True  # "Aviation analyst Jo Bloggs of Acme Bank described ...", however the rest is parsed
        found = self.speaker_of(fact)
        if found is None:
            return False
        speaker, described = found
        # '"...," said Acme's Jo Bloggs': the firm's voice quoted with no office named (where a party's
        # minister tells what happened to her, "Labour's Jo Bloggs said she ...", is kept)
        firm_voice = any(t.dep_ == "poss" and t.head.i == speaker.root.i and t.ent_type_ == "ORG" for t in described) \
            and not any(t.pos_ == "NOUN" for t in described) and any(t.is_quote for t in fact.sent)
        if not firm_voice and not any(t.lemma_.lower() in COMMENTATOR_NOUNS for t in described) \
                and not any(self.named_once(e) and self.employer(e) for e in entities_in(described)
                            if e.label_ == "ORG"):
            return False  # "president of ClearView Economics", a firm the story never comes back to
        if any(references.in_headline(t) for t in speaker):
            return False
        if any(t.lemma_.lower() in PURE_COMMENTATORS for t in described):
            return True  # an analyst or a spokesman comments on the story however often quoted
        return self.sentences_naming([speaker[-1].text]) <= 2

    def speaker_of(self, fact: Fact) -> "tuple[Span, Span] | None":
        """(the person, the phrase that describes them) when the fact's sentence has them speak and
        the fact is that person, a quote of theirs or the place they work ("economist at _____")."""
        sent = fact.sent
        verbs = [t for t in sent if t.lemma_.lower() in VIEW_VERBS and t.pos_ == "VERB"]
        people = [e for e in entities_in(sent) if e.label_ == "PERSON"]
        for verb in verbs:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None:
                continue
            words = {t.i for t in subject.subtree}
            said = [e for e in people if e.root.i in words]
            if not said:
                continue
            described = self.doc[subject.left_edge.i:subject.right_edge.i + 1]
            if fact.kind == "quotation" or any(fact.span.start <= e.start < fact.span.end for e in said) \
                    or (fact.kind in ("organisation", "place") and fact.span.root.i in words):
                return said[0], described  # "Barry Beal, security manager for _____, said", "... in _____"
        return None

    def reporting_source(self, fact: Fact) -> bool:
        """'X told the BBC', 'according to the Westfield Gazette': the outlet a statement was given to is no
        fact of the story, and in its own articles a give-away."""
        root = fact.span.root
        if root.dep_ in ("dobj", "dative") and root.head.lemma_ in REPORTING_VERBS:
            return True
        if root.dep_ == "poss" and root.head.lemma_.lower() in OUTLET_NOUNS:
            return True  # "the BBC's correspondent": whose correspondent is no fact of the story
        if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_.lower() in SOURCE_VERBS \
                and root.head.head.tag_ == "VBN":
            return True  # "figures compiled by _____"
        if fact.kind == "organisation" and self.body_quoted_in_passing(fact):
            return True
        return root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.i > 0 and \
            root.doc[root.head.i - 1].lower_ in ("according", "said", "told", "spoke", "speaking", "talking")

    def body_quoted_in_passing(self, fact: Fact) -> bool:
        """'..., said the Westfield Statistics Office.': a body named once or twice, after what it
        said, is the source of a figure or view, as a commentator is; a body the story is about
        ('Acme said it would cut 300 jobs') speaks first and is named again."""
        root = fact.span.root
        verb = root.head
        if root.dep_ != "nsubj" or verb.lemma_.lower() not in SPEECH_VERBS or verb.pos_ != "VERB":
            return False
        if not any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children) \
                and not any(t.is_quote or t.text == "," for t in verb.doc[verb.i - 1:verb.i]):
            return False
        words = [t.text for t in fact.span if t.text[:1].isupper() and t.lower_ != "the"]
        return self.sentences_naming(words) <= 2 and not any(references.in_headline(t) for t in fact.span)

    @staticmethod
    def employer(org: "Span") -> bool:
        """'chief investment officer of _____', 'an economist at _____': where a speaker works (a
        minister's office, 'Home Office Minister', speaks for the government, not a firm)."""
        prep = org.root.head
        return org.root.dep_ == "pobj" and prep.lower_ in ("of", "at", "for", "from") and prep.head.pos_ in ("NOUN", "PROPN") \
            and prep.head.lower_ not in OFFICE_NOUNS

    @staticmethod
    def mostly_quoted(sent: "Span") -> bool:
        """'"We had a wonderful experience with X," producer Y told Variety.': a sentence made mostly
        of someone's words. Judged true it teaches nothing, and with another speaker it asks what
        "Who said ...?" asks better; either way, whoever speaks (18 of 30 such items passed readings)."""
        regions = quote_regions(sent)
        if not any(t.lemma_.lower() in SPEECH_VERBS and not in_quote(t.i, regions) for t in sent):
            return False  # 'The picture is "an aircraft full of bullet holes"': a description, no one's words
        quoted = sum(1 for t in sent if in_quote(t.i, regions) and not t.is_punct)
        return quoted * 2 >= sum(1 for t in sent if not t.is_punct)

    def day_of_an_earlier_year(self, fact: Fact) -> bool:
        """"On August 30, ... and on October 25, three contracts were awarded": a day without its
        year, in an article whose last year named before it is not its latest, belongs to a year
        the question no longer gives (3 of 12 such encyclopedia items passed readings). In news, a
        day without a year is this year's ("will run on 9 April": 79 of 83 passed)."""
        if not quantities.day_without_year(fact.span.text) or self.latest_year is None or still_to_come(fact.span):
            return False  # ("will be held on 27 February": a day to come is the coming one)
        before = [y for at, y in self.years_at if at < fact.span.start]
        return bool(before) and before[-1] < self.latest_year

    def year_of_the_story(self, fact: Fact) -> bool:
        """"helped boost WPP's profits in _____": a bare year the article names more than any other
        (three times or more) is the year the story happens; a blank for it is a guess, not recall."""
        if self._story_years is None:
            years = {w: n for w, n in self.counts.items() if re.fullmatch(r"(?:19|20)\d\d", w)}
            top = max(years.values(), default=0)
            self._story_years = frozenset(w for w, n in years.items() if n == top >= 3)
        return fact.span.text.strip() in self._story_years

    def named_again_otherwise(self, fact: Fact) -> bool:
        """"returned to _____ and became Britain's first ballerina": the sentence names the
        country again under another name, which fills the blank for anyone."""
        answer = self.answer_text(fact)
        return any(nameclues.another_name_of(answer, e.text) for e in entities_in(fact.sent)
                   if not (e.start <= fact.span.start < e.end))

    def story_country(self, fact: Fact) -> bool:
        """"Fewer children in the _____ are taking up ballet": a country the article names more
        than once, under any of its names, is where the story is set, and a blank for it is a guess
        (5 of 14 such blanks passed readings, against 68% for a country named once)."""
        answer = self.answer_text(fact)
        return nameclues.country_code(answer) is not None and sum(
            1 for e in entities(self.doc) if e.label_ == "GPE" and nameclues.same_country(answer, e.text)) >= 2

    def sentences_naming(self, words: list[str]) -> int:
        """How many sentences hold all of *words* (a surname, or the capitalised words of a name)."""
        if self._sentence_words is None:
            self._sentence_words = [frozenset(t.text for t in s) for s in self.sentences]
        return sum(1 for held in self._sentence_words if all(w in held for w in words))

    def named_once(self, span: "Span") -> bool:
        words = [t.text for t in span if t.text[:1].isupper() and t.lower_ != "the"]
        return bool(words) and self.sentences_naming(words) <= 1

    def given_elsewhere(self, figure: str, after: str = "") -> bool:
        """The number of a wrong figure is written somewhere in the article; for a count in words
        ("three" families), with the noun it counts, since small number words are everywhere."""
        number = re.search(r"\d[\d,.]*\d|\d", figure)
        if number is None:
            words = f"{figure} {after}" if len(figure.split()) == 1 and after else figure
            return _count_whole(self._text_lower, words.lower(), joined_before="-") > 0
        if self._numbers is None:  # every number the article writes, whole ("1,500", not its "500")
            self._numbers = set(re.findall(r"(?<![\d.,])\d(?:[\d,.]*\d)?", self.document.text))
        return number.group(0) in self._numbers

    def linked_elsewhere(self, candidate: str, fact: Fact) -> bool:
        """A swap the article itself pairs with the same subject may be true after all; a figure
        the article gives anywhere else ("0.8% growth" of another measure) is too near the truth."""
        if fact.kind == "figure" and self.given_elsewhere(candidate):
            return True
        subject = next((t for t in fact.sent.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return False
        key = subject.text.lower()
        for sent in self.sentences:
            if sent.start == fact.sent.start:
                continue
            text = self.display.span(sent).lower()
            if candidate.lower() in text and key in text:
                return True
        return False

    # --- all types -----------------------------------------------------------------------

    def candidates(self) -> Iterable[Candidate]:
        usable: dict[int, bool] = {}  # by sentence: several facts share one
        stated: dict[int, tuple[str, int] | None] = {}  # each sentence as a statement, likewise
        for fact in self.facts:
            if fact.sent.start not in usable:
                usable[fact.sent.start] = self.usable(fact.sent)
            if not usable[fact.sent.start] or self.reporting_source(fact) \
                    or (fact.kind == "figure" and (change_with_both_ends(fact.span) or time_of_a_placing(fact.span)
                                                   or span_given_by_its_ends(fact.span) or counted_by_its_list(fact.span)
                                                   or sum_of_two_others(fact.span) or completes_a_whole(fact.span))) \
                    or (fact.kind == "date" and (snapshot_date(fact.span) or comparison_base(fact.span, self.latest_year)
                                                 or self.day_of_an_earlier_year(fact))) \
                    or self.minor_voice(fact) or references.nation_beside(fact.span):
                continue
            if self.is_topic(fact):
                topic_statement = self.statement_about_the_topic(fact, stated)
                if topic_statement is not None:
                    yield topic_statement
                continue
            idx = self.sentence_index.get(fact.sent.start, 0)
            answer = self.answer_text(fact)
            # "With a population of _____, Los Angeles ..." -- 3,792,621: nobody learns six digits (0 of 3 passed)
            too_exact = fact.kind == "figure" and quantities.significant_digits(answer) >= 6
            short = self.short_question(fact) if {"short", "choice"} & set(self.types) and not too_exact \
                and not (fact.kind == "date" and self.year_of_the_story(fact)) else None
            rng = rng_for(self.seed, self.document.id, str(fact.start), fact.kind)
            source = Source(self.document.id, self.display.span(fact.sent))

            def make(qtype: str, prompt: str, ans: str, subs: int = 0, **extra) -> Candidate:
                q = Question(id="", type=qtype, prompt=prompt, answer=ans, fact=fact.kind,
                             source=source, score=0.0, **extra)
                return Candidate(q, idx, subs, key=answer)

            if short is not None and "short" in self.types:
                yield make("short", short[0], short[1], accept=short[2])
            cloze = None
            if "cloze" in self.types or "choice" in self.types:
                if len(fact.sent) <= MAX_CLOZE_WORDS + 10 and not self.converted_next_to(fact) \
                        and not (fact.kind in NAME_KINDS and (name_used_as_a_word(fact.span)
                                                              or name_after_its_year(fact.span) or did_also(fact.span))) \
                        and not (fact.kind == "place" and (self.named_again_otherwise(fact) or self.story_country(fact)
                                                           or _CONTINENT.fullmatch(answer))):
                    cloze = self.rendered_sentence(fact.sent, blank=fact.span, fills=[answer])
            if too_exact:
                cloze = None  # (a false statement that doubles it is still plainly false)
            if cloze is not None and "cloze" in self.types and len(cloze[0].split()) <= MAX_CLOZE_WORDS \
                    and _enough_context(cloze[0]) \
                    and not (fact.kind == "figure" and noun_slot_blank(fact.span)) \
                    and not (fact.kind == "date" and (modifier_slot_blank(fact.span) or self.year_of_the_story(fact))) \
                    and not (fact.kind == "quotation" and not self.written_words(fact)):
                if fact.kind == "person" and fact.resolved:  # "Tom Rivers" fills the blank of "Mr Rivers"
                    main, accept = fact.resolved, [answer]
                else:
                    main, accept = answer, [fact.resolved] if fact.resolved else []
                yield make("cloze", cloze[0], main, cloze[1], accept=accept)
            gender, alike = None, False
            later = fact.kind == "date" and still_to_come(fact.span)
            every = 1 if fact.kind != "date" else 4 if quantities.QUADRENNIAL.search(source.sentence) \
                else 10 if quantities.DECENNIAL.search(source.sentence) else 1
            # a name from the same sentence could be true as well; it is never a fair distractor
            in_sentence = [self.display.span(e) for e in entities_in(fact.sent)]
            before = self.display.text[fact.sent.start_char:fact.span.start_char]
            after_figure = self.display.text[fact.span.end_char:fact.sent.end_char]
            # "more than 10%": "more than 12%" may be true as well, so no option or swap is surely wrong
            bounded = fact.kind == "figure" and quantities.bound_of(before, answer) != 0
            if fact.kind == "quotation" and short is not None and fact.speaker is not None:
                # "Who said: ...?" with the article's other people (or bodies) as the wrong options
                choice_answer = short[1]
                person = fact.speaker.root.ent_type_ == "PERSON" or any(e.label_ == "PERSON" for e in entities_in(fact.speaker))
                label = "PERSON" if person else "ORG"  # "Acme chairman Sir Tom Rivers" is a person
                speaker_kind = "person" if label == "PERSON" else "organisation"
                # the article's other speakers first: they are who a half-remembered quote is pinned on
                wrong = distractors_for(choice_answer, speaker_kind, label, self.document.id, self.pool, rng,
                                        avoid=in_sentence, prefer=self.speakers)
                # only they: one the article names but never quotes ("Saddam Hussein") is no rival,
                # nor is a body beside a person ("the CBI" for its chairman's words)
                wrong = [w for w in wrong if w in self.speakers
                         and (not person or self.pool.looks_like_person(self.document.id, w))]
            elif fact.kind == "quotation" or fact.kind == "description":
                wrong = []
            else:
                choice_answer = short[1] if short is not None else (fact.resolved or answer)
                gender = nameclues.context_gender(fact.span) if fact.kind == "person" else None
                wrong = distractors_for(choice_answer, fact.kind, fact.label, self.document.id, self.pool, rng,
                                        avoid=in_sentence, gender=gender,
                                        latest_year=self.latest_year, before=before, later=later, after=after_figure,
                                        every=every, k=6 if fact.kind == "figure" else 3)
                if fact.kind == "figure":  # a figure the article gives for something else may be true of it
                    after = self.doc[fact.span.end].text if fact.span.end < len(self.doc) else ""
                    wrong = [w for w in wrong if not self.given_elsewhere(w, after)]
                if article_before(fact.span) and short is None:  # "hitting a _____ high": those that fit it first
                    wrong.sort(key=lambda w: _article_for(w) != _article_for(choice_answer))
                drawn, wrong = wrong, wrong[:3]  # (a false statement may take a figure further off, below)
                alike = fact.kind == "person" and ((short is not None and short[0].startswith("Which "))
                                                   or (short is None and name_descriptor(fact.span) is not None))
                if alike:
                    wrong = self.described_alike(fact, wrong)  # "Which French musician", "Bookmaker _____": no critics
                if short is None and fact.kind in NAME_KINDS and after_modifier(fact.span):
                    wrong = [w[4:] if w.lower().startswith("the ") else w for w in wrong]
            if negated(fact.span) or (fact.kind == "date" and (year_of_a_name(fact.span) or open_ended(fact.span))) \
                    or bounded:
                wrong = []  # no option, and so no swapped statement
            # "9.87 | 9.77 | 9.97 | 10.26" or "$1.64 | $1.62 | $1.66": hair-splitting options (18 of 31 passed)
            fine = fact.kind == "figure" and quantities.measured_to_hundredths(answer)
            if "choice" in self.types and len(wrong) == 3 and fact.kind in CHOICE_KINDS and (fact.kind != "person" or alike) \
                    and not fine \
                    and not (short is None and article_before(fact.span)
                             and {_article_for(w) for w in wrong} != {_article_for(choice_answer)}):
                key = choice_answer  # (never "a(n) _____": readers take it for no English)
                if short is None and cloze is not None:  # the article before the blank fits every option
                    cloze = self.rendered_sentence(fact.sent, blank=fact.span, fills=[key, *wrong]) or cloze
                stem = short[0] if short is not None else (cloze[0] if cloze else None)
                if stem and (short is not None or len(stem.split()) <= 45):
                    choices = [key, *wrong]
                    rng.shuffle(choices)
                    accept = short[2] if short else ([answer] if key != answer else [])
                    yield make("choice", stem, key, 0 if short else (cloze[1] if cloze else 0),
                               choices=choices, accept=accept)
            if "truefalse" in self.types and fact.kind not in UNSTATED_KINDS:
                if wrong and choice_answer != answer:  # the statement swaps the words as written
                    wrong = distractors_for(answer, fact.kind, fact.label, self.document.id, self.pool, rng,
                                            avoid=in_sentence, gender=gender,
                                            latest_year=self.latest_year, before=before, later=later, after=after_figure,
                                            every=every)
                wrong = [w for w in wrong if not self.linked_elsewhere(w, fact)] \
                    if fact.kind in SWAP_KINDS and not _described(fact.span) and not self.converted_next_to(fact) \
                    and not fine else []  # a measurement plausibly changed is hair-splitting, plainly changed absurd
                if fact.kind == "date":  # "first recorded in 1533" for 1538 is plainly false; 1537 is not
                    wrong = [w for w in wrong if quantities.years_apart(answer, w) >= MIN_YEARS_OFF
                             and not (later and re.fullmatch(r"\d{4}", answer))]
                    # a year still to come is a forecast: "2008 will see more competition", for 2005, is
                    # one the article never denies (3 such swaps failed this session's readings); a day
                    # set for an event ("on 9 April") is still plainly moved
                if fact.kind == "figure" and re.search(r"\btop[\s-]*$", before, re.I):
                    wrong = []  # "the top 400 own more than half": the top 600 do as well, and "made the
                    # top 10" is not plainly denied by "the top 6" (4 such swaps failed readings)
                if fact.kind == "figure" and wrong:  # plainly false: from all six drawn, not just the options
                    shorter = quantities.longer_span_also_true(before, answer)
                    wrong = [w for w in (drawn if choice_answer == answer else wrong)
                             if quantities.clearly_apart(answer, w) and not self.linked_elsewhere(w, fact)
                             and not (shorter and (quantities.parse_number(w) or 0) >= (quantities.parse_number(answer) or 0))]
                truth = rng.random() < 0.5 or not wrong  # without a fair swap, only a true statement
                if self.mostly_quoted(fact.sent) or result_without_contest(fact.sent) \
                        or unattributed_guess(fact.sent) or bare_reaction(fact.sent):
                    continue  # someone's words, judged true or with another name, teach nothing; nor
                    # does a placing in a race the statement does not name, nor the article's own guess
                if truth and references.restates_headline(fact.sent):
                    if not wrong:
                        continue  # printed under its own headline, "true" is no question
                    truth = False
                if truth and wrong and self.sentence_index.get(fact.sent.start) == 0:
                    truth = False  # an opening sentence tells the headline in other words ("hit by ban"
                    # above "has suspended ..."): stated as written, it is true at a glance
                if fact.sent.start not in stated:
                    stated[fact.sent.start] = self.rendered_sentence(fact.sent)
                true_text = stated[fact.sent.start]
                if true_text is None:
                    continue
                if truth:
                    yield make("truefalse", true_text[0], "True", true_text[1])
                else:
                    false_text = self.rendered_sentence(fact.sent, blank=fact.span, replace_with=wrong[0])
                    if false_text is not None:
                        yield make("truefalse", false_text[0], "False", false_text[1],
                                   explanation=true_text[0])

    def statement_about_the_topic(self, fact: Fact, stated: dict) -> "Candidate | None":
        """The article's subject is no blank, but what the lead says of it is a fact to judge: a
        sentence after the opening one about the subject ("Acme is to restate its accounts ...") is
        stated as written, once, where no other fact of the sentence makes an item."""
        idx = self.sentence_index.get(fact.sent.start, 0)
        if "truefalse" not in self.types or idx > LEAD_SENTENCES or fact.kind == "quotation" \
                or self.mostly_quoted(fact.sent) or unattributed_guess(fact.sent) \
                or references.restates_headline(fact.sent) or fact.sent.start in stated \
                or fact.sent[0].lower_ in references.THIRD_PERSON:
            return None  # "It is the latest network which ...": what "it" is, the sentence before said
        if idx == 0:
            return None  # the opening sentence is the headline told in full: true at a glance
        if any(f.sent.start == fact.sent.start and not self.is_topic(f) for f in self.facts):
            return None  # the sentence's other facts make its statement
        stated[fact.sent.start] = text = self.rendered_sentence(fact.sent)
        if text is None:
            return None
        source = Source(self.document.id, self.display.span(fact.sent))
        q = Question(id="", type="truefalse", prompt=text[0], answer="True", fact=fact.kind, source=source,
                     score=0.0)
        return Candidate(q, idx, text[1], key=self.answer_text(fact))

    def build(self) -> list[Question]:
        kept: list[Candidate] = []
        per_sentence: dict[tuple[int, str], int] = defaultdict(int)
        seen_ids: Counter = Counter()
        cands = []
        for c in self.candidates():
            q = c.question
            freq = self.counts.get(normalize(q.answer), 1) if len(normalize(q.answer).split()) == 1 else 1
            q.score = score(q, Features(c.sentence_index, len(self.sentences), c.substitutions, freq))
            if gate_failure(q, self.opens_with_name(c.sentence_index, q.prompt)) is None:
                cands.append(c)
        # the best candidates of each sentence and type, in reading order
        for c in sorted(cands, key=lambda c: (c.sentence_index, -c.question.score)):
            key = (c.sentence_index, c.question.type)
            cap = PER_SENTENCE[c.question.type]
            if c.question.type != "short" and len(self.sentences[c.sentence_index]) >= LONG_SENTENCE:
                cap += 1  # a long sentence holds more than one fact worth a blank
            if per_sentence[key] >= cap:
                continue
            per_sentence[key] += 1
            kept.append(c)
        for c in kept:
            q = c.question
            base = (q.type, q.fact, normalize(c.key))
            seen_ids[base] += 1
            q.id = question_id(self.document.id, q.type, q.fact, c.key, seen_ids[base])
        return [c.question for c in kept]


def generate_questions(documents: Sequence["Document"], parsed: Sequence["Doc"], *, seed: int = 0,
                       types: Sequence[str] | None = None) -> list[Question]:
    types = tuple(types or TYPES)
    pool = DistractorPool()
    all_facts = []
    for document, doc in zip(documents, parsed):
        references.set_headline(doc, document.title)
        facts = extract_facts(doc)
        pool.add_vocabulary(t.text for t in doc if t.is_alpha and t.is_lower)
        pool.add_clues(document.id, nameclues.doubtful_names(doc), nameclues.person_genders(doc))
        all_facts.append(facts)
    for document, doc in zip(documents, parsed):
        display = Display(document.text)
        for kind, label, span in name_entities(doc):
            pool.add(document.id, kind, label, display.span(span))
    questions: list[Question] = []
    for document, doc, facts in zip(documents, parsed, all_facts):
        questions.extend(DocumentQuestions(document, doc, facts, pool, seed, types).build())
    return deduplicate(questions)
