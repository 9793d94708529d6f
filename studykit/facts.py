"""Facts worth asking about, found in a parsed document: each is a token span with its sentence.

Kinds: date, figure, person, organisation, place, product, event, work, quotation, description.
Everything here is shape- and syntax-based; nothing names a particular article's content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator

from . import quantities, references
from .docindex import doc_text, entities, entities_in, entity_at
from .nameclues import known_first_name
from .references import DEMONYM_NOUNS, PICTURE_NOUNS, SURNAME_TITLES, full_name

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

ENTITY_KINDS = {
    "PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "place",
    "PRODUCT": "product", "EVENT": "event", "WORK_OF_ART": "work", "LAW": "work",
    "DATE": "date", "TIME": "date", "PERCENT": "figure", "MONEY": "figure", "QUANTITY": "figure",
    "CARDINAL": "figure",
}
SPEECH_VERBS = frozenset(
    "say tell write add state declare announce claim explain note insist warn reply post tweet "
    "argue comment remark admit concede acknowledge confirm deny report respond suggest ask answer conclude "
    "counter recall recount observe quip".split()
)
QUALIFIERS = (
    "more than", "less than", "fewer than", "greater than", "just over", "just under", "up to",
    "at least", "at most", "as many as", "as much as", "nearly", "almost", "about", "around",
    "roughly", "approximately", "over", "under", "exceeding", "below", "above",
    "an estimated", "close to",
)  # not "only" or "just": they weigh a figure ("at just 0.22 litres"), they do not bound it; nor
# "some": "Some _____ MPs" reads as the sentence did, "_____ MPs" with "Some 83" as the answer did not


@dataclass
class Fact:
    kind: str
    span: "Span"                      # the answer, as tokens of the document
    sent: "Span"
    label: str = ""                   # NER label, or QUOTE / DESC
    value: object = None              # parsed date or number, for checking and distractors
    resolved: str | None = None       # "May 15" for "the 15th" when the document says which month
    speaker: "Span | None" = None     # who said a quotation
    speech_verb: "Token | None" = None
    subject: "Span | None" = None     # what a description describes
    extras: dict = field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end


def sentence_tokens(sent: "Span") -> "Span":
    """The sentence without the blank-line whitespace the paragraph joiner leaves at its end."""
    end = sent.end
    while end > sent.start and sent.doc[end - 1].is_space:
        end -= 1
    start = sent.start
    while start < end and sent.doc[start].is_space:
        start += 1
    return sent.doc[start:end]


_QUOTES = "studykit.quotes"


def quote_regions(sent: "Span") -> list[tuple[int, int]]:
    """Token index ranges (inside the marks) of double-quoted stretches in a sentence (computed
    once per sentence: every gate and renderer asks)."""
    cache = sent.doc.user_data.setdefault(_QUOTES, {})
    key = (sent.start, sent.end)
    if key not in cache:
        cache[key] = _find_quote_regions(sent)
    return cache[key]


def _find_quote_regions(sent: "Span") -> list[tuple[int, int]]:
    regions, open_at = [], None
    for tok in sent:
        if tok.text == '"' or tok.tag_ in ("``", "''") and tok.text in ('"', "``", "''"):
            if open_at is None:
                open_at = tok.i
            else:
                regions.append((open_at + 1, tok.i))
                open_at = None
    return regions


def in_quote(i: int, regions: list[tuple[int, int]]) -> bool:
    return any(a - 1 <= i <= b for a, b in regions)


def _with_qualifier(span: "Span", sent: "Span") -> "Span":
    """Grow a figure span leftwards over its currency sign and a qualifier ("more than $5m")."""
    doc = span.doc
    while len(span) > 1 and span[0].lower_ in ("only", "just", "merely", "some") and span[1].lower_ not in ("over", "under"):
        span = span[1:]  # the model's "only 146,000": the blank is the figure, "only" says how it reads
    first = next((t.i for t in span if t.text[:1].isdigit() or t.text in "$\u00a3\u20ac\u00a5"), span.start)
    lead = doc[span.start:first]
    if span.label_ in ("MONEY", "PERCENT") and len(lead) > 1 and lead[0].lower_ in ("a", "an", "the") \
            and lead.text.lower() not in QUALIFIERS \
            and all(t.pos_ in ("ADJ", "NOUN") for t in lead[1:]):
        span = doc[first:span.end]  # the model's "a record $180.7bn": "a record" says how it reads
    start = span.start
    if start > sent.start and doc[start - 1].text in "$\u00a3\u20ac\u00a5":
        start -= 1
    left = doc[max(sent.start, start - 3):start].text.lower()
    for q in sorted(QUALIFIERS, key=len, reverse=True):
        if left.endswith(q) and (len(left) == len(q) or not left[-len(q) - 1].isalnum()):
            start -= len(q.split())
            break
    return doc[start:span.end]


def _entity_facts(doc: "Doc", sent: "Span", regions, month_context) -> Iterator[Fact]:
    parens = _parenthesised(sent)
    for ent in entities_in(sent):
        kind = ENTITY_KINDS.get(ent.label_)
        if kind is None or any(in_quote(t.i, regions) for t in ent) or ent.start in parens:
            continue  # quoted words and asides in brackets are not facts to test
        if _glued(doc, ent) or (not ent[-1].whitespace_ and ent.end < len(doc) and doc[ent.end].is_alpha):
            continue  # "Paris-based", "800m": part of a word, not a name or figure on its own
        if _coordinated(ent):
            continue  # "for 2005 and 2006", "Blanchett, DiCaprio and Gere": the list gives it away
        if kind in ("date", "figure") and _part_of_a_name(ent):
            continue  # "20th Century Fox": a studio, not a century ("17th Century Fox" is no lie to spot)
        if kind in ("date", "figure") and ent.end < len(doc) and doc[ent.end].text[:1].isdigit():
            continue  # "three minutes [49.89secs]": the model cut one measure in two
        text = ent.text
        if len(ent) > 8 or not any(c.isalnum() for c in text) or "-year-old" in text:
            continue  # "the 29-year-old" describes a person; the age is no fact to ask
        if kind == "place" and ent[-1].lower_ in EVENT_HEADS:
            kind = "event"  # "the Great Portfield Run" is something one takes part in, not a place
        if kind in ("place", "organisation") and ent[-1].lower_ in PERIOD_HEADS:
            kind = "event"  # "in the Middle Ages", "the Bronze Age": a time, never "Where ...?"
        if kind == "person" and _titled_work(doc, ent):
            kind = "work"  # "the 1998 novel Harbour": the noun before the name says what it is
        if kind == "place" and ent.root.dep_ == "poss":
            continue  # "Britain's Jane Doe", "one of Italy's worst scandals": any country fits the blank
        if kind == "place" and _COMPASS.fullmatch(text):
            continue  # "Switzerland to the West and Austria to the _____": a direction, one of four
        if kind in ("person", "organisation", "place", "product", "event", "work"):
            if not any(c.isupper() for c in text):
                continue  # lower-cased names are parse noise more often than not
            if _cut_name(doc, ent) or (_modifier_use(ent) and kind != "product") or not _name_shaped(ent):
                continue  # products do name the thing they modify: "the Snapdragon 8 chip"
            if kind != "person" and len(ent) == 1 and (full_name(ent[0]) is not None
                                                        or (kind != "place" and _in_a_persons_name(ent[0]))):
                continue  # "Carroll" labelled a firm, where the article named Mark Carroll before, or "Kelly"
            if kind == "organisation" and references.is_short_institution(ent[-1]) and \
                    all(t.lower_ == "the" for t in ent[:-1]):
                continue  # "the Committee": which one, the article said before
            span = _strip_det(ent) if kind != "organisation" else references.without_possessive(ent)
            if kind != "person" and span.start - 1 > sent.start and doc[span.start - 1].text == "The":
                span = doc[span.start - 1:span.end]  # "of The Silver Orchard": a capital "The" is part of the title
            if kind == "person" and leading_descriptor(span):
                span = span[1:]  # "Sprinter Jane Doe" opening a sentence: the name is "Jane Doe"
            while kind == "person" and len(span) > 1 and span[0].is_lower and span[0].is_alpha:
                span = span[1:]  # "club [president] Helen Ward": an office is no part of the name
            if all(t.lower_ in DEMONYM_NOUNS for t in span):
                continue  # "the Briton", whatever the label: a nationality standing for someone named before
            if kind == "person":
                if len(span) == 1 and span.start > 0 and doc[span.start - 1].lower_ not in HONORIFICS:
                    continue  # a lone surname ("said Rivers") identifies no one out of context
                span = _with_honorific(span)
                if span[0].lower_ in HONORIFICS and len(span) == 2 and full_name(span[1]) is None:
                    continue  # a bare "Mr Thomas" the article never names in full
                # "Mr Rivers" is how the article refers to Tom Rivers; the answer is his name
                yield Fact(kind, span, sent, ent.label_, resolved=fuller_name(span))
                continue
            # "The RAD has launched ...": the answer is what the letters stand for, where the article says
            yield Fact(kind, span, sent, ent.label_,
                       resolved=references.spelled_out(span.text, doc.text) if kind == "organisation" else None)
            continue
        if kind == "date":
            if ent.start > sent.start and doc[ent.start - 1].like_num:
                continue  # "the 11 [September 2001] attacks": the model cut the date
            fact = _date_fact(ent, sent, month_context)
            if fact:
                yield fact
            continue
        # figures
        if ent.label_ == "CARDINAL":
            last = ent[-1]
            if not last.whitespace_ and last.i + 1 < len(doc) and doc[last.i + 1].is_alpha:
                continue  # "5" in "5G": part of a word, not a figure
            value = quantities.parse_number(text)
            if value is None or (value < 10 and not _counts_something(ent)):
                continue
            if value < 10 and _list_follows(ent):
                continue  # "three quangos, X, Y and Z": the list right after gives the count away
        if _known_set(ent):
            continue  # "the 12 shops", "the two firms": a set the article named before, not a new figure
        if _named_by_its_number(ent, sent):
            continue  # "the G7 meeting of seven nations": the name says the number
        if _in_range_or_name(doc, ent):
            continue  # "a 2% to 3% rise" (one end of a range), "Fathers 4 Justice" (part of a name)
        span = _with_qualifier(ent, sent)
        yield Fact("figure", span, sent, ent.label_, value=quantities.parse_number(ent.text))


# Last words of names of events the model may label as places.
EVENT_HEADS = frozenset("run race marathon championship championships games cup final finals open grand prix "
                        "tournament trophy classic festival show awards ceremony conference summit rally".split())
PERIOD_HEADS = frozenset("age ages era epoch period".split())
HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady prof professor president "
                       "rev judge general captain mr. mrs. ms. dr.".split())
# Nationality words by their ending ("Kenyan", "Japanese", "Iraqi"); DEMONYM_NOUNS lists the rest.
_DEMONYM = re.compile(r"(?:[a-z]an|ese|[a-z]i)$")


def leading_descriptor(span: "Span") -> bool:
    """"Novelist", "Conductor": a capitalised job word the model took into the name because it
    opens the sentence, before a first name and a surname; or a nationality anywhere ("Briton
    Jane Doe", "Kenyan John Roe")."""
    first = span[0]
    if len(span) < 3 or not first.is_title or first.lower_ in HONORIFICS or not known_first_name(span[1:].text) \
            or (known_first_name(span[:2].text) and first.lower_ not in DEMONYM_NOUNS):
        return False  # "Scot Kathy Butler": "Scot" may be a first name, but not before another one
    return first.is_sent_start or first.lower_ in DEMONYM_NOUNS or bool(_DEMONYM.search(first.lower_))


def _with_honorific(span: "Span") -> "Span":
    """"Mr Straw", not a bare "Straw": the title belongs to how the text names the person."""
    if span.start > 0 and span.doc[span.start - 1].lower_ in HONORIFICS and not span.doc[span.start - 1].is_lower:
        return span.doc[span.start - 1:span.end]  # not "club president Helen Ward": that is a description
    return span


def _parenthesised(sent: "Span") -> set[int]:
    inside, depth = set(), 0
    for tok in sent:
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth = max(0, depth - 1)
        elif depth:
            inside.add(tok.i)
    return inside


def _cut_name(doc: "Doc", ent: "Span") -> bool:
    """The model cut a longer name ("Reporters [Without Borders]") or an abbreviation follows
    in brackets: the span is not the whole name the text gives."""
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if before is not None and (before.is_title or (before.is_upper and len(before) > 1 and ent.label_ != "PERSON")) \
            and before.is_alpha and before.pos_ == "PROPN" and before.whitespace_:
        return True  # "Reporters [Without Borders]", "BNP [Paribas]"; "MP [Jane Doe]" is a title
    if after is not None and after.is_title and after.is_alpha and after.pos_ in ("PROPN", "NUM"):
        return True  # "[Westfield] Bank", "[BBC] One"
    if after is not None and after.lower_ in ("of", "for", "and") and ent.end + 1 < len(doc) \
            and doc[ent.end + 1].is_title and not ent[-1].ent_type_ in ("GPE", "LOC") \
            and not (ent.label_ == "PERSON" and not _titled_work(doc, ent)
                     and (after.lower_ != "of" or doc[ent.end + 1].ent_type_ not in ("", "PERSON"))):
        # "[Anna Full] of Grace": a title goes on; "Paris and Rome" are two names, and so are
        # "Helen Ward for The Long Harbour" and "Tom Rivers of Westfield Bank"
        return True
    if after is not None and after.lower_ in ("into", "to", "from", "with", "on", "in", "at", "the") \
            and ent.end + 1 < len(doc) and doc[ent.end + 1].is_title and not doc[ent.end + 1].ent_type_ \
            and ent.label_ in ("WORK_OF_ART", "PRODUCT", "EVENT", "ORG"):
        return True  # "[Flight] into Darkness": a title the model cut; "Nokia in London" is not
    if before is not None and before.lower_ in ("into", "to", "from", "with", "on", "in", "at", "of", "for") \
            and ent.start > 1 and doc[ent.start - 2].is_title \
            and (not doc[ent.start - 2].ent_type_ or _in_titled_work(doc, doc[ent.start - 2])) \
            and not doc[ent.start - 2].is_sent_start \
            and ent.label_ in ("WORK_OF_ART", "PRODUCT", "EVENT", "ORG", "PERSON"):
        return True  # "Flight into [Darkness]", "Anna Full of [Grace]"
    if before is not None and before.lower_ == "the" and ent.start > 2 and doc[ent.start - 2].lower_ == "of" \
            and doc[ent.start - 3].is_title and doc[ent.start - 3].is_alpha and not doc[ent.start - 3].is_sent_start:
        return True  # "Song of the [Sea]", "President of the [Republic]": the end of a longer name
    if ent.label_ == "PERSON" and any(t.tag_ == "POS" for t in ent[:-1]):
        return True  # "[Tom Rivers's Blue] Harbour": a possessive inside is no part of a person's name
    if ent[-1].lower_ in ("of", "and", "for", "the", "to", "into"):
        return True  # "the Westfield Novel of": cut in the middle
    if before is not None and before.lower_ in ("of", "and", "for", "the", "to", "into") and before.ent_type_:
        return True  # "[the Westfield Novel of] [the Year Award]": the other half of one name
    if before is not None and before.text in ("'", "\u2019") and ent.start > 1 and doc[ent.start - 2].is_title:
        return True  # "the Portfield Critics' [Circle]": part of a longer name
    return after is not None and after.text == "(" and ent.end + 2 < len(doc) and doc[ent.end + 2].text == ")"


NAME_CONNECTORS = frozenset("of and for the a an to de du da del der den von van la le y & on at in".split())


# Nouns that, written just before a name, make it the title of a work: "the novel Harbour".
WORK_NOUNS = frozenset("novel book film movie album song single play opera ballet musical series sitcom "
                       "drama documentary painting sculpture poem biopic comedy thriller memoir".split())


def _titled_work(doc: "Doc", ent: "Span") -> bool:
    """"the 1998 novel Harbour", "her album Maria"; not "a best film Oscar", where the noun
    only modifies the name. Also a list a work noun heads: "films including Harbour, Sam Hill"."""
    before = doc[ent.start - 1] if ent.start > 0 else None
    return (before is not None and before.pos_ == "NOUN" and before.lower_ in WORK_NOUNS
            and (before.head.i == ent.root.i or ent.root.head.i == before.i)
            and not any(k.tag_ == "JJS" for k in before.children)) or _listed_work(ent)


def _listed_work(ent: "Span") -> bool:
    """"films, including Harbour and Sam Hill": the list's head noun names what its members are."""
    first = ent.root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    marker = first.head
    if first.dep_ != "pobj" or marker.lower_ not in ("including", "like", "as"):
        return False
    if marker.lower_ == "as" and not (marker.i > 0 and marker.nbor(-1).lower_ == "such"):
        return False  # "such as" lists; a bare "as" gives a role or a comparison
    noun = marker.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in WORK_NOUNS


def played_role(ent: "Span") -> bool:
    """"starring Tom Rivers as the explorer Jack Hale": a part played, not a person in the news."""
    prep = ent.root.head
    return ent.root.dep_ == "pobj" and prep.lower_ == "as" and prep.head.pos_ == "VERB" \
        and prep.head.lemma_ in ROLE_VERBS


ROLE_VERBS = frozenset("star play portray cast voice".split())


def _in_titled_work(doc: "Doc", tok: "Token") -> bool:
    """"drama [Anna Full] of Grace": the name after "of" continues a title the model cut."""
    ent = entity_at(tok)
    return ent is not None and ent.label_ == "PERSON" and _titled_work(doc, ent)


def _name_shaped(span: "Span") -> bool:
    """Every word of a name is capitalised (bar connectors, "of", "de"), and not every word is one
    the text also writes in lower case: "Elizabethan performer" and a sentence-initial "Groups"
    are labels the model gave to common words."""
    words = [t for t in span if any(c.isalpha() for c in t.text) and t.lower_ not in NAME_CONNECTORS
             and t.tag_ != "POS" and t.text[:1] not in "'\u2019"]
    if not words:
        return True  # "2004"-like names have no words to judge
    if any(not (t.text != t.lower_ or t.text[:1].isdigit()) for t in words):
        return False
    if all(t.pos_ in ("NOUN", "ADJ", "VERB", "ADV") and not t.is_upper for t in words) and span[0].is_sent_start:
        return False  # capitalised only because the sentence starts with it
    text = doc_text(span.doc)
    return not all(t.pos_ != "PROPN" and re.search(rf"(?<![\w-]){re.escape(t.lower_)}(?![\w-])", text)
                   for t in words)


def _modifier_use(ent: "Span") -> bool:
    """"a Linux summit": a name used as a modifier of a common noun is no answer on its own."""
    root = ent.root
    return root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ == "NOUN" and root.head.i >= ent.end


def _part_of_a_name(ent: "Span") -> bool:
    """A number or date written into a name: a capitalised word of its own that no date has
    ("Century", not "July" or "Monday"), and it hangs on the proper noun after it."""
    capital = [t for t in ent if t.text[:1].isupper() and t.i != ent.sent.start
               and t.lower_ not in quantities.MONTHS and t.lower_ not in references.WEEKDAYS and t.text not in ("BC", "AD", "BCE", "CE")]
    head = ent.root.head
    return bool(capital) and ent.root.dep_ in ("compound", "nmod", "amod", "nummod") and head.i >= ent.end \
        and head.pos_ == "PROPN"


def _glued(doc: "Doc", span: "Span") -> bool:
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    return (after is not None and not span[-1].whitespace_ and after.text in "-–") or \
        (before is not None and not before.whitespace_ and before.text in "-–")


def _in_a_persons_name(tok: "Token") -> bool:
    """"than Kelly's" labelled a firm, in an article that names Kelly Holmes, or "join Cragg" where
    "Cragg" is a person elsewhere, or "Alistair Cragg's" labelled a firm: a part of a person's name
    is no organisation (and, standing alone, no name to ask with)."""
    from .nameclues import known_first_name

    return any(any(t.text == tok.text for t in (e if e.label_ == "PERSON" else e[1:]))
               for e in entities(tok.doc) if not e.start <= tok.i < e.end
               and (e.label_ == "PERSON" or (len(e) >= 2 and known_first_name(e.text))))


def fuller_name(name: "Span") -> str | None:
    """"Tom Rivers" for "Mr Rivers", "Karim El Amrani" for "El Amrani", when the article names
    the person in full: how the article refers to someone is not the answer a reader should learn.
    (A fact's span, of any length; references.full_name does the same for one surname token, as
    the rewriting of a sentence meets it word by word.)"""
    if len(name) == 2 and name[0].lower_ in SURNAME_TITLES:
        return full_name(name[1])
    return longer_name(name)


def longer_name(span: "Span") -> str | None:
    """The article's fuller name for a person it now calls by part of it ("El Amrani")."""
    words = [t.text for t in span]
    for ent in entities(span.doc):
        if ent.end > span.start:
            return None  # the mention itself ("Sprinter Jane Doe")
        if ent.label_ != "PERSON":
            continue
        ent = references.without_possessive(ent)  # "Theo Van Gogh's film" names Theo Van Gogh
        if len(ent) > len(span) and [t.text for t in ent[-len(span):]] == words \
                and ent[0].lower_ not in SURNAME_TITLES and not leading_descriptor(ent) \
                and all(t.is_title for t in ent[:len(ent) - len(span)]):
            return ent.text
    return None


def _strip_det(span: "Span") -> "Span":
    span = references.without_possessive(span)  # "Tom Rivers's" names Tom Rivers
    if len(span) > 1 and span[0].lower_ in ("the", "a", "an"):
        return span[1:]
    return span


def _coordinated(ent: "Span") -> bool:
    """In a list of its own kind ("the 2002 and 2003 races", "for 2005 and 2006")."""
    root = ent.root
    if root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children):
        return True
    doc = ent.doc
    after = doc[ent.end:ent.end + 2]
    before = doc[max(0, ent.start - 2):ent.start]
    joined = ("and", "or", ",", "&")
    def alike(tok) -> bool:
        return tok.ent_type_ == ent.label_ or (tok.shape_ == ent[-1].shape_ and tok.shape_.startswith("d"))
    return (len(after) == 2 and after[0].lower_ in joined and alike(after[1])) or \
        (len(before) == 2 and before[1].lower_ in joined and alike(before[0]))


def _in_range_or_name(doc: "Doc", ent: "Span") -> bool:
    after = doc[ent.end:ent.end + 2]
    before = doc[max(0, ent.start - 2):ent.start]
    linkers = ("to", "-", "\u2013", "and", "or")
    if len(after) == 2 and after[0].lower_ in linkers and (after[1].like_num or after[1].text[:1].isdigit()):
        return True
    if len(before) == 2 and before[1].lower_ in linkers and (before[0].like_num or before[0].text[:1].isdigit()):
        return True
    # "Fathers 4 Justice" opening a sentence: the tagger may call "Fathers" a common noun
    return len(before) >= 1 and len(after) >= 1 and before[-1].is_title and after[0].is_title \
        and before[-1].pos_ in ("PROPN", "NOUN") and after[0].pos_ in ("PROPN", "NOUN") \
        and "PROPN" in (before[-1].pos_, after[0].pos_)


_GLUED_NUMBER = re.compile(r"[A-Z]{1,3}(\d+)")


def _named_by_its_number(ent: "Span", sent: "Span") -> bool:
    value = quantities.parse_number(ent.text)
    if value is None or value != int(value):
        return False
    number = str(int(value))  # "G7", "F1"; not a model number "QV-10"
    return any((m := _GLUED_NUMBER.fullmatch(t.text)) is not None and m.group(1) == number
               for t in sent if not ent.start <= t.i < ent.end)


def _known_set(ent: "Span") -> bool:
    root = ent.root
    if ent.label_ != "CARDINAL" or root.dep_ != "nummod" or root.head.pos_ != "NOUN":
        return False  # "the £30,000 prize" says which prize
    det = next((c for c in root.head.children if c.dep_ == "det"), None)
    return det is not None and det.lower_ in ("the", "these", "those") and det.i < ent.start


def _list_follows(ent: "Span") -> bool:
    noun = ent.root.head if ent.root.dep_ == "nummod" else ent.root
    nxt = noun.i + 1
    return nxt < len(ent.doc) and ent.doc[nxt].text in (",", ":", "-", "(", "\u2013")


# "two parts to the process", "three sectors of construction": a small count of an abstract
# division is either listed right there (a give-away) or not (a number with nothing to learn).
DIVISION_NOUNS = frozenset("part way type kind sort aspect stage step element category sector form level "
                           "class strand pillar component phase".split())


def _counts_something(ent: "Span") -> bool:
    head = ent.root.head
    return ent.root.dep_ == "nummod" and head.pos_ == "NOUN" and head.lemma_.lower() not in DIVISION_NOUNS


# Words that make "at 2010 GMT" a time of day, whatever label the model gives the number.
TIME_ZONES = frozenset("gmt bst utc cet cest est edt pst pdt et pt hrs hours".split())


def time_zone_after(tok: "Token") -> bool:
    """"broadcast at 2010 GMT", "at 0930 local time": a number that tells the hour, not a year
    (but "the 2005 local elections" is a year)."""
    doc = tok.doc
    if not tok.like_num or tok.i + 1 >= len(doc):
        return False
    after = doc[tok.i + 1]
    if after.lower_ == "local":
        return tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ == "time"
    return after.lower_ in TIME_ZONES


def _date_fact(ent: "Span", sent: "Span", month_context) -> Fact | None:
    text = ent.text
    if time_zone_after(ent[-1]):
        return None
    if quantities.is_duration(text):
        if not re.search(r"\d", text) and not quantities.parse_number(text):
            return None
        if re.search(r"\b(?:last|past|next|coming)\b", text, re.I):
            return None  # "over the next 18 months": counted from a publication date the reader lacks
        return Fact("figure", _with_qualifier(ent, sent), sent, "DURATION", value=quantities.parse_number(text))
    date = quantities.parse_date(text)
    if date is not None:
        return Fact("date", _strip_det(ent) if ent[0].lower_ == "the" and date.month else ent, sent,
                    ent.label_, value=date)
    day = quantities.parse_day_only(text)
    if day is not None and month_context is not None:
        resolved = month_context.with_day(day)
        return Fact("date", ent, sent, ent.label_, value=resolved, resolved=resolved.render())
    return None


def _ordinal_day_facts(doc: "Doc", sent: "Span", regions, taken, month_context) -> Iterator[Fact]:
    """"on the 16th": a day of the month the model tags as ORDINAL or not at all."""
    if month_context is None:
        return
    for tok in sent:
        if tok.i in taken or in_quote(tok.i, regions):
            continue
        day = quantities.parse_day_only(tok.text)
        if day is None or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
            continue
        prep = tok.head if tok.dep_ == "pobj" else None
        if prep is None or prep.lower_ not in ("on", "of", "by", "until", "since", "from", "before", "after"):
            continue
        resolved = month_context.with_day(day)
        yield Fact("date", doc[tok.i - 1:tok.i + 1], sent, "DATE", value=resolved, resolved=resolved.render())


def _quotation_facts(doc: "Doc", sent: "Span", regions) -> Iterator[Fact]:
    for a, b in regions:
        inner = doc[a:b]
        words = [t for t in inner if t.is_alpha]
        if len(words) < 4:
            continue
        # A quotation that is a statement of its own has its own subject and verb inside the marks.
        if not any(t.dep_ in ("nsubj", "nsubjpass", "expl") and a <= t.head.i < b for t in inner):
            continue
        verb = _speech_verb_for(inner)
        if verb is None:
            continue
        speaker = _subject_of(verb)
        if speaker is None:
            continue
        told_of = [c for h in [verb, *(k for k in verb.children if k.dep_ in ("dobj", "dative"))]
                   for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "about") and c.i < a]
        if told_of and any(t.lower_ in ("you", "your") for t in inner):
            continue  # 'told researchers of the hostility she met: "You've only succeeded because ..."':
            # words said to the speaker, which she tells of, not her own
        end = b
        while end > a and doc[end - 1].is_punct and doc[end - 1].text in ".,;:":
            end -= 1
        yield Fact("quotation", doc[a:end], sent, "QUOTE", speaker=speaker, speech_verb=verb)


def _speech_verb_for(inner: "Span") -> "Token | None":
    seen = set()
    tok = inner.root
    while tok.i not in seen:
        seen.add(tok.i)
        if not (inner.start <= tok.i < inner.end) and tok.lemma_.lower() in SPEECH_VERBS:
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _subject_of(verb: "Token") -> "Span | None":
    for cand in (verb, verb.head if verb.dep_ in ("advcl", "conj", "xcomp") else None):
        if cand is None:
            continue
        for child in cand.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return noun_phrase(child)
    return None


def noun_phrase(head: "Token") -> "Span":
    """The noun phrase of *head* without relative clauses, appositives or trailing commas."""
    doc = head.doc
    drop = {"relcl", "appos", "acl", "punct", "advcl", "prep", "cc", "conj"}
    left = head.i
    for t in head.lefts:
        if t.dep_ not in drop:
            left = min(left, t.left_edge.i)
    right = head.i
    for t in head.rights:
        if t.dep_ in drop and not (t.dep_ == "prep" and t.lower_ == "of"):
            break
        right = max(right, t.right_edge.i)
    while right > left and doc[right].is_punct:
        right -= 1
    return doc[left:right + 1]


def _description_facts(doc: "Doc", sent: "Span", regions, earlier_text: str) -> Iterator[Fact]:
    for tok in sent:
        # An appositive ("Westfield Mobile, the UK-based operator, ...") is no fact to ask: as a blank it is a
        # loose description that many phrases would fill, and reviewers rejected it every time.
        # Copula: "X is Y" / "The picture is ..."
        if tok.dep_ == "attr" and tok.head.lemma_ == "be" and tok.pos_ in ("NOUN", "PROPN"):
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ == "PRON":
                continue
            desc = noun_phrase(tok)
            if not 2 <= len(desc) <= 12 or desc[0].lower_ in ("its", "their", "his", "her", "our", "my", "your"):
                continue  # "its best performer": whose? the blank would take the owner with it
            subject = noun_phrase(subj)
            is_picture = subj.lemma_.lower() in PICTURE_NOUNS
            if not is_picture and in_quote(tok.i, regions):
                continue  # '"Paula would be a huge asset," said X': a view, not a description
            if not is_picture and not any(t.pos_ == "PROPN" or t.like_num for t in desc):
                continue  # "are the only nominees to ...": many phrases fill a blank with nothing named
            if not is_picture and desc[0].lower_ in ("a", "an"):
                continue  # "X is _____" for "a member of the Core Cities Group": one class of many the
                # subject is in, which any true description fills (2 of 10 such blanks passed readings)
            if is_picture and f"{subj.lemma_.lower()}" not in earlier_text:
                continue  # "the picture" must have been introduced earlier to be a known referent
            if not is_picture and subj.pos_ != "PROPN":
                continue
            yield Fact("description", desc, sent, "DESC", subject=subject, extras={"picture": is_picture})


NAME_LABEL_KINDS = ("person", "organisation", "place", "product", "event", "work")
_COMPASS = re.compile(r"(?:the\s+)?(?:north|south|east|west|(?:north|south)-?(?:east|west))", re.I)


def name_entities(doc: "Doc") -> Iterator[tuple[str, str, "Span"]]:
    """Every name in the document with its kind: the stock that distractors are drawn from."""
    for ent in entities(doc):
        kind = ENTITY_KINDS.get(ent.label_)
        if kind == "person" and _titled_work(doc, ent):
            kind = "work"  # "the comedy Napoleon Dynamite" is no actor
        # not "Susilo Bambang" of "Susilo Bambang Yudhoyono", nor the party in "Lib Dem spokesman X"
        if kind == "person" and played_role(ent):
            continue  # "starring Tom Rivers as Jack Hale": the part is no actor to offer
        if kind in NAME_LABEL_KINDS and any(c.isupper() for c in ent.text) and len(ent) <= 8 \
                and not _cut_name(doc, ent) and not (kind == "person" and _modifier_use(ent)) \
                and not (kind == "organisation" and ent.text.isupper() and _modifier_use(ent)):
            # "The FDI relaxation": letters only ever used as a modifier may stand for a term, not a body
            yield kind, ent.label_, (_strip_det(ent) if kind != "organisation" else references.without_possessive(ent))


def extract_facts(doc: "Doc") -> list[Fact]:
    """All facts of a document in reading order (sentence, then position)."""
    month_context = quantities.month_context(e.text for e in entities(doc) if e.label_ == "DATE")
    facts: list[Fact] = []
    text = doc_text(doc)
    for raw in doc.sents:
        sent = sentence_tokens(raw)
        if len(sent) < 4:
            continue
        regions = quote_regions(sent)
        earlier = text[:sent.start_char].lower()
        found = list(_entity_facts(doc, sent, regions, month_context))
        taken = {i for f in found for i in range(f.start, f.end)}
        found += _ordinal_day_facts(doc, sent, regions, taken, month_context)
        found += _quotation_facts(doc, sent, regions)
        found += _description_facts(doc, sent, regions, earlier)
        found.sort(key=lambda f: (f.start, -f.end))
        facts.extend(found)
    return facts
