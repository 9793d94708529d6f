"""Answer-aware questions: turn a highlighted span of a sentence into a question about it.

The rules of the generator are tried first; when they cannot move the answer (it sits in a
relative clause, say), the shapes readers use for such answers follow (found on SQuAD, where
about half of the answers fell through to the last form: "What did X do?", "Who built X?",
"Why ...?"), down to the answer replaced in place by a wh-word, so a question always comes
back for a span the sentence contains. See `_prompt` for the order.
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING

from . import references
from .bank import Question, Source
from .errors import StudykitError
from .facts import ENTITY_KINDS
from .quantities import is_duration
from .sources import plain
from .transform import (COMPLEMENT_DEPS, NAMING_VERBS, PLACE_PREPS, STRANDED_PREPS, TEMPORAL_PREPS, TIME_PREPS,
                        Display, attachment, base_form, clause_reason, clause_subject, clause_tokens, do_form,
                        fronted_setting, lower_first, make_wh_question, phrase_wh, render, shared_do, span_root,
                        strandable, verb_list_member, with_whole_names)

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

# Nouns for people, so an answer the model does not tag as a person still asks "who".
PERSON_WORDS = (references.PERSON_NOUNS | references.KIN_NOUNS | references.RELATIONAL_NOUNS
                | references.AUDIENCE_NOUNS | frozenset(
        "people person men women president king queen leader author writer founder scientist engineer "
        "officials student worker employee citizen resident voter member farmer soldier troop clerk owner "
        "teacher pharmacist physician surgeon nurse lawyer parent child children patient professional merchant "
        "trader priest monk nun scholar researcher historian politician architect explorer settler immigrant "
        "refugee peasant slave noble emperor khan sultan commander warrior inventor philosopher theologian "
        "missionary pastor deacon bishop clergy clergyman customer consumer user buyer seller supplier "
        "contractor employer investor shareholder ancestor descendant".split())) \
    - frozenset("governor general chair chief cardinal driver runner jumper rider swimmer star".split())
# (those also name machines, animals, ranks and things: "the centrifugal governor")
DOER_NOUNS = references.PERSON_CLASS_NOUNS | PERSON_WORDS | references.INSTITUTION_NOUNS | references.BODY_NOUNS \
    | frozenset(["government", "parliament", "congress", "senate", "army", "police", "church"])


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
    head = span_root(span)
    if span.end < len(span.doc) and span.doc[span.end].text == "%" and all(t.like_num for t in span):
        return "figure", "PERCENT"  # "[90]%", whatever entity the model ran it into
    objects = [c for c in head.children if c.dep_ == "pobj" and span.start <= c.i < span.end]
    if head.pos_ == "ADP" and objects:
        span = span.doc[objects[0].left_edge.i:span.end]  # "[In July 2015]" is a date, not a figure
        head = objects[0]
    for ent in span.doc.ents:
        n = min(ent.end, span.end) - max(ent.start, span.start)
        if n > overlap and ent.start <= head.i < ent.end:
            best, overlap = ent, n  # "Westfield" (a place) in "the Westfield Rovers" (a team) does not count
    if best is not None:
        kind = ENTITY_KINDS.get(best.label_, "thing")
        if kind == "date" and (is_duration(best.text) or len(span) == 1 and re.fullmatch(r"\d{1,2}", span[0].text)):
            kind = "figure"  # "[26] seasons", "season [17]": a count or a number, not a time
        if kind == "person" and not _a_person(best):
            return "thing", ""
        if best.label_ == "NORP" and best.root.tag_ in ("NNPS", "NNS") and head.i == best.root.i \
                and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
                and not (head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS) \
                and not any(c.dep_ in ("relcl", "acl") for c in head.children):
            return "person", best.label_  # "the Tories", "Huguenots": a people, asked "who"
        return kind, best.label_
    root = span_root(span)
    if root.pos_ in ("VERB", "AUX") and len(span) > 2:
        return "thing", ""  # "[has been downloaded by six million people]" is a doing, not a figure
    if any(t.like_num for t in span) and not _named_by_number(root, span):
        return "figure", "CARDINAL"
    hyphened = root.i + 2 < len(root.doc) and root.doc[root.i + 1].text == "-" and not root.whitespace_ \
        and root.doc[root.i + 2].lower_ == "of"  # "mother-of-pearl", but "mother-in-law" is a person
    if (root.lemma_.lower() in PERSON_WORDS and not hyphened
        and root.dep_ not in ("attr", "oprd", "appos", "acomp", "xcomp", "compound", "amod")) \
            or (root.pos_ == "PRON" and root.lower_ in ("he", "she", "him", "her")):  # "was [a priest]" says what
        return "person", ""
    return "thing", ""


DOER_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "men", "woman", "women", "person", "people")
# Verbs of "known as [X]": what X is called, not who X is.
CALLED_AS_VERBS = frozenset("know call name refer term dub nickname title label style abbreviate".split())


def _a_person(ent: "Span") -> bool:
    """Whether a name the model calls a person's may be one: not "the Ludendorff Bridge" (a name
    ending in a kind of thing), and not what a thing is or is called ("The dialect is known as
    [Geordie]", "Its name in Polish is [Warszawa]")."""
    if ent[-1].lower_ in NAME_HEADS and len(ent) > 1:
        return False
    root = ent.root
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "as" and verb.head.lemma_ in CALLED_AS_VERBS:
        root, verb = verb, verb.head  # "is known [as Geordie]"
    if root.dep_ in ("attr", "oprd", "prep") and verb.pos_ in ("VERB", "AUX"):
        subject = clause_subject(verb)
        if subject is not None and subject.pos_ in ("NOUN", "PRON") and not subject.ent_type_ \
                and subject.lemma_.lower() not in PERSON_WORDS | {"he", "she", "i", "we", "you", "they", "who"} \
                and not subject.lower_.endswith(DOER_ENDINGS):  # "the most famous traveler was [X]"
            return False
    return True


def _named_by_number(root: "Token", span: "Span") -> bool:
    """A singular noun whose number names rather than counts it: "the 50 fund", "the 1523
    adaptation", "one-stop shopping" are things, not figures (but "one week" is a figure)."""
    if root.like_num or root.tag_ not in ("NN", "NNP"):
        return False
    numbers = [t for t in span if t.like_num]
    counting = [t for t in numbers if t.head.i == root.i and t.dep_ in ("nummod", "quantmod") and t.i < root.i]
    if counting and (counting[0].lower_ in ("one", "1", "a") or not re.fullmatch(r"1\d{3}|20\d{2}", counting[0].text)
                     and not any(c.dep_ == "det" and c.i < counting[0].i for c in root.children)):
        return False  # "one week", "120 m", "six gold": a measure or a count
    return not any(t.head.like_num or t.head.dep_ == "quantmod" for t in numbers if t.head.i != root.i)


def generic_wh(span: "Span", kind: str, display: Display) -> str | None:
    """A plain wh-phrase that fits wherever the answer is attached."""
    found = attachment(span, kind, strict=False)
    if found is None:
        return None
    role, verb, (anchor, counted) = found
    who = "Who" if kind == "person" else "What"
    if role in ("subject", "object") and kind == "figure" and anchor.pos_ == "NUM" and anchor.ent_type_ == "CARDINAL" \
            and anchor.dep_ in ("nsubj", "nsubjpass", "dobj") and not re.fullmatch(r"1\d{3}|20\d{2}", anchor.text) \
            and not re.search(r"half|halves|third|quarter|fifth|tenth|percent|%", span.text.lower()):  # no share
        of = next((c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > anchor.i), None)
        if of is not None and not any(t.pos_ in ("VERB", "AUX") for t in of.subtree):
            return "How many " + display.span(span.doc[of.i:of.right_edge.i + 1])  # "[Ten] of the councillors"
        return "How many"  # "[Ten] covered 1,000 years", "sent [500] to the front": a count of what the text left out
    if role in ("subject", "object", "stranded"):
        return who
    if role == "pp" and anchor.dep_ == "pobj":
        prep = anchor.head.lower_
        if kind == "date" and prep in TIME_PREPS:
            if TIME_PREPS[prep] != "When" and re.fullmatch(r"\d{3,4}", anchor.text):
                return f"{prep.capitalize()} what year"  # "by 1960"
            return TIME_PREPS[prep]  # "When", "By when", "Since when"
        if kind == "organisation" and prep == "at":
            return "Where"  # "trained at Norvik University"
        if prep == "to" and kind == "place":
            return "Where"  # "moved to Budapest", "exported to Asia": a place reached
        if kind in ("place", "organisation", "thing") and anchor.head.head.i == verb.i and (
                prep == "to" and verb.lemma_ in MOVING_VERBS
                or prep in ("in", "at") and verb.lemma_ in DWELLING_VERBS) \
                and anchor.lemma_ not in references.RELATIVE_TIME_NOUNS and anchor.pos_ in ("NOUN", "PROPN"):
            return "Where"  # "fled to Normandy", "work in nursing homes": the verb says it is a place
        return f"{prep.capitalize()} {'whom' if kind == 'person' else 'what'}"
    if role == "adverbial":
        if anchor.dep_ == "advcl":
            return clause_reason(anchor)
        if anchor.dep_ == "prep":
            return phrase_wh(anchor, loose=True)
        return "When" if kind == "date" else None
    return None


# Units of money and weight, asked "how much" ("How much did Tesla weigh?", not "How many pounds").
AMOUNT_UNITS = frozenset("dollars pounds euros francs marks yen rupees kilograms kilos grams tons tonnes ounces".split())


# Words before a time noun that make it a frequency: "every four years", "twice a year" ask how often.
EVERY_WORDS = frozenset("every each once twice".split())


# Nouns a number after them names: "the year 1390", "number eight", "atomic number 8".
NAMING_NUMBER_NOUNS = frozenset("year number page chapter stage level grade route platform row season episode "
                                "series volume issue round age".split())


# Verbs whose "to" phrase is where someone or something went, and whose "in"/"at" phrase is where
# someone or something is: "fled to [Normandy]", "work in [nursing homes]" ask "where".
MOVING_VERBS = frozenset("move relocate flee travel return emigrate immigrate migrate sail fly go retreat escape "
                         "transfer march journey drive walk ride swim".split())  # not "come to power", "run to X votes"
DWELLING_VERBS = frozenset("live reside dwell settle work study teach locate situate base bury lie stand "
                           "sit hang store keep house display exhibit find grow thrive nest breed hide shelter "
                           "imprison jail detain".split())


# Last words of names that say what kind of thing the name is ("Duval County", "the Temperance Movement").
NAME_HEADS = references.NAMED_THING_NOUNS | references.DOCUMENT_NOUNS | references.VENUE_WORDS \
    | references.INSTITUTION_NOUNS | frozenset("city town village county province state region district island river "
                                               "university college school kingdom duchy principality "
                                               "lake sea ocean bay valley mountain street road bridge trophy cup "
                                               "movement company republic empire dynasty war battle tower castle "
                                               "building monument gate canal airport station".split())


# Common nouns that end a name and say what it names, besides NAME_HEADS: "the Pythagorean theorem".
CLASS_NOUNS = NAME_HEADS | frozenset("theorem conjecture hypothesis theory principle equation paradox network "
                                     "party channel magazine newspaper hospital library temple tribe era period "
                                     "corporation".split())


def class_noun(span: "Span", kind: str) -> "Token | None":
    """The word of a name that says what kind of thing it names ("the Yellow [River]", "the
    [University] of Leiden", "the Pythagorean [theorem]"), which readers ask with: "What river
    did they cross?"; never for a person, a date or a figure."""
    root = span_root(span)
    if kind in ("person", "date", "figure") or root.pos_ not in ("NOUN", "PROPN") or root.lower_ not in CLASS_NOUNS and root.lemma_.lower() not in CLASS_NOUNS:
        return None
    before = [t for t in span if t.i < root.i and t.dep_ not in ("det", "punct")]
    after = [t for t in span if t.i > root.i and not t.is_punct]
    if after:  # "the University of Leiden": only "of" and a name may follow
        if not (after[0].lower_ == "of" and after[0].head.i == root.i and len(after) > 1
                and all(t.is_title or t.pos_ == "PROPN" for t in after[1:])):
            return None
    elif not before:
        return None
    if not all(t.is_title or t.pos_ == "PROPN" or t.tag_ == "POS" or t.like_num for t in before) \
            or not (root.is_title or before and before[0].is_title):
        return None  # "large cars", "the green lineage": descriptions, not names
    return root


def title_phrase(span: "Span", kind: str) -> "tuple[Span, str] | None":
    """The common noun a name stands after, which says what it names ("quarterback [Jo Baye]",
    "the river [Sane]"), and the wh-words it makes ("Which quarterback", "What river"), with the
    answer grown to take it in. Unlike transform.name_descriptor (a person's job words, for the
    generator), any kind of name and a name set beside its noun ("the river Sane") count."""
    doc = span.doc
    root = span_root(span)
    if span.start == 0 or kind in ("date", "figure") or span[0].pos_ != "PROPN" or root.pos_ != "PROPN":
        return None
    title = doc[span.start - 1]
    if title.pos_ != "NOUN" or not _common_word(title) or title.tag_ not in ("NN", "NNS") \
            or not (span.start <= title.head.i < span.end and title.dep_ == "compound"
                    or root.dep_ == "appos" and root.head.i == title.i):
        return None
    words = [t for t in title.lefts if t.dep_ in ("amod", "compound") and _common_word(t) and t.is_alpha]
    start = min([t.i for t in words] + [title.i])
    if any(not (t.dep_ in ("amod", "compound") and t.i >= start or t.dep_ == "det" and t.lower_ in ("the", "a", "an"))
           for t in title.lefts) \
            or start and doc[start - 1].text in "-–" or title.left_edge.i < start and doc[title.left_edge.i].dep_ != "det" \
            or not all(_common_word(t) and t.is_alpha for t in doc[start:title.i]):
        return None  # "his son [X]", "modern-day [X]": no title to ask with
    head = "Which" if kind == "person" else "What"
    first = title.left_edge.i
    if first and doc[first - 1].lower_ in ("the", "a", "an") and first <= doc[first - 1].head.i < span.end:
        first -= 1  # "the river [Sane]" read with "the" on the name: it goes too
    grown = doc[first:span.end]
    return grown, head + " " + " ".join(t.text if t.ent_type_ or t.pos_ == "PROPN" else t.lower_
                                        for t in doc[start:title.i + 1])


# Words that say how many of a kind, which an asked kind drops: "many devices such as [X]" asks
# "What devices ...?".
KIND_QUANTIFIERS = frozenset("many several various numerous some certain".split())


def _example_of(span: "Span") -> "Token | None":
    """The "such as", "including" or "like" the answer is the whole object of: an example (or a
    list of them) of the kind before it."""
    root = span_root(span)
    if root.dep_ != "pobj" or root.left_edge.i < span.start or root.right_edge.i >= span.end:
        return None  # the answer is the whole example (or list of them), not a piece of one
    prep = root.head
    if prep.lower_ == "including" or prep.lower_ == "like" and prep.head.pos_ == "NOUN" \
            or prep.lower_ == "as" and prep.i and span.doc[prep.i - 1].lower_ == "such":
        return prep  # (not "look [like] X": a likeness, asked "What do they look like?")
    return None


def example_phrase(span: "Span", kind: str) -> "tuple[Span, str] | None":
    """The kind an answer is given as an example of ("enzymes such as [lysozyme]", "composers
    including [Bach]") and the wh-words it makes ("what enzymes"), with the answer grown to the
    whole phrase: readers ask "What enzymes are antibacterials?", not "Enzymes such as what are
    antibacterials?"."""
    doc = span.doc
    prep = _example_of(span)
    if kind in ("date", "figure") or prep is None:
        return None
    noun = prep.head if prep.head.lower_ != "such" else prep.head.head
    if noun.pos_ != "NOUN" or noun.i > prep.i or noun.dep_ in ("conj", "appos"):
        return None  # "the skin and [...] peptides such as X": one of a pair
    if doc[noun.i + 1].is_punct and not (noun.dep_ in ("nsubj", "nsubjpass") or noun.dep_ == "dobj" and (
            noun.head.dep_ in ("ROOT", "conj", "ccomp"))
            and (kind != "person" or references.hyphenated_lemma(noun) in PERSON_WORDS)):
        return None  # "operations requiring constant speed, such as [X]", "drivers won the rally, such as
        # [X and Y]": after a comma, the kind may be any noun before
    lefts = doc[noun.left_edge.i:noun.i]
    between = [t for t in doc[noun.i + 1:prep.i] if not (t.is_punct or t.lower_ == "such")]
    if between or any(c.i > noun.i and c.i != prep.i and not c.is_punct and c.lower_ != "such" for c in noun.rights) \
            or any(t.dep_ not in ("det", "predet", "amod", "compound", "nummod", "nmod") or t.tag_ == "JJS"
                   or t.pos_ == "PRON" for t in lefts):
        return None  # "the cities of Europe such as [X]": words after the kind; "its ..." an owner
    words = [t for t in doc[noun.left_edge.i:noun.i + 1] if t.dep_ not in ("det", "predet")
             and t.lower_ not in KIND_QUANTIFIERS and (not t.is_punct or t.text == "-")]
    if not all(t.is_alpha or t.text == "-" for t in words):
        return None
    end = span.end
    opening = prep.i - (2 if prep.lower_ == "as" else 1)  # the word before "such as" or "including"
    if end < len(doc) and doc[end].text == "," and doc[opening].text == ",":
        end += 1  # "Other bacteria, such as [X], live": the closing comma goes with it
    grown = doc[noun.left_edge.i:end]
    head = "Which" if kind == "person" else "What"
    return grown, head + " " + "".join((t.text if t.ent_type_ or t.pos_ == "PROPN" else t.lower_)
                                       + (t.whitespace_ if k < len(words) - 1 else "") for k, t in enumerate(words))


def _common_word(t: "Token") -> bool:
    """Lower case, or capitalised only as the sentence's first word ("Folk metal band X ...")."""
    return t.is_lower or t.is_sent_start and (t.pos_ == "ADJ" or t.pos_ == "NOUN" and t.is_title)


def class_question(span: "Span", kind: str, label: str, display: Display) -> str | None:
    """A name asked with the word that says what it names: "In November, Tarvo crossed the
    Brenna River." -> "What river did Tarvo cross in November?"; "What sea does the Brenna flow
    into?", the preposition left behind."""
    titled = title_phrase(span, kind)
    if titled is not None and not _classed(span) and span_root(titled[0]).head.dep_ != "agent":
        pobj = span_root(titled[0]).dep_ == "pobj"  # "down to the river [X]": "to" stays behind
        wq = make_wh_question(titled[0], kind, label, display, wh_override=titled[1], strict=False, strand=pobj)
        if wq is not None:
            return wq.prompt
    noun = class_noun(span, kind)
    if noun is None or _classed(span):
        return None
    wh = generic_wh(span, kind, display)
    prep = wh.split()[0].lower() if wh is not None and wh.endswith(" what") else None
    if not (wh == "What" or wh == "Who" and not _a_body(noun)
            or prep is not None and not (kind == "place" and prep in PLACE_PREPS)):
        return None  # "where" and "when" say more than "in what kingdom"; a council is asked "who"
    if prep in STRANDED_PREPS:
        wq = make_wh_question(span, kind, label, display, wh_override="What " + noun.lower_, strict=False, strand=True)
        if wq is not None and prep in re.findall(r"\w+", wq.prompt.lower())[2:]:
            return wq.prompt
    wh = ("What" if wh == "Who" else wh) + " " + noun.lower_
    wq = make_wh_question(span, kind, label, display, wh_override=wh, strict=False)
    return wq.prompt if wq is not None else None


def _class_doer(span: "Span", kind: str) -> str | None:
    """"What church licensed them?" for a doer whose name says what it is; a body of people
    stays "who" ("Who accredits the university?")."""
    noun = class_noun(span, kind)
    if noun is None:
        titled = title_phrase(span, kind)
        return titled[1] if titled is not None else None
    return f"What {noun.lower_}" if not _a_body(noun) else None


def _a_body(noun: "Token") -> bool:
    return noun.lemma_.lower() in PEOPLE_BODIES


# Bodies of people that readers ask after with "who" even by name: "Who accredits the university?".
PEOPLE_BODIES = frozenset("council commission authority bureau committee board conference assembly parliament "
                          "government congress senate cabinet ministry department agency panel tribunal".split())


def _classed(span: "Span") -> bool:
    """"X is the basic unit": "be" classes the answer already, and "What conference is ...?" says it
    twice; "known as X" asks for the name itself."""
    root = span_root(span)
    named = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else \
        root.head if root.dep_ in ("oprd", "attr") else None
    return root.head.lemma_ == "be" and root.dep_ in ("nsubj", "attr") \
        or named is not None and named.lemma_ in CALLED_AS_VERBS  # "known as [Manton Town]": the name is asked


def kind_wh(span: "Span") -> str:
    """"What type of" for describing words ("a [deterministic] algorithm": "What type of algorithm
    is trial division?"), plain "what" for a name, a rank or a noun ("the [Stockton] line", "the
    [fourth] session", "a [green energy] plan")."""
    last = span[-1]
    if span_root(span).dep_ == "amod" and last.tag_ in ("JJ", "JJR", "VBN") and not last.like_num \
            and last.lower_ not in PLACING_ADJECTIVES \
            and all(t.is_punct or t.is_lower and not t.ent_type_ and t.pos_ not in ("PROPN", "NUM") for t in span):
        return "what type of"
    return "what"


# Words that say where or in what order, not what kind: "the [southern] part" asks "what part".
PLACING_ADJECTIVES = frozenset("northern southern eastern western northeastern northwestern southeastern "
                               "southwestern north south east west upper lower inner outer middle central front "
                               "back left right top bottom first last next former latter early late".split())


def modifier_question(span: "Span", display: Display) -> str | None:
    """A word that says what kind of thing, asked with "what" and its noun: "during the
    Paleoproterozoic eon" -> "During what eon did free oxygen first appear ...?"."""
    root = span_root(span)
    noun = root.head
    if root.dep_ not in ("amod", "compound", "nmod") or noun.pos_ not in ("NOUN", "PROPN") or noun.i < span.end:
        return None
    if noun.pos_ == "PROPN" and not (noun.i == span.end and noun.lower_ in NAME_HEADS):
        return None  # "the [Duval] County": a name's last word that says what it names; not "[Saudi] Arabia"
    doc = span.doc
    words = doc[span.end:noun.i + 1]
    if len(words) > 3 or any(not t.is_alpha for t in words):
        return None  # "the Sky Q-based, ..." : no clean noun to ask with
    phrase = doc[noun.left_edge.i:noun.i + 1]
    found = attachment(phrase, "thing", strict=False)
    if found is None:
        return None
    role, _verb, (anchor, _counted) = found
    what = kind_wh(span) + " " + display.span(words).lower()
    if role in ("subject", "object", "stranded"):
        wh = what
    elif role == "pp" and anchor.dep_ == "pobj":
        wh = f"{anchor.head.lower_} {what}"
    else:
        return None
    wq = make_wh_question(phrase, "thing", "", display, wh_override=wh[:1].upper() + wh[1:], strict=False)
    return wq.prompt if wq is not None else None


# Children that a fallback question can do without, unless they hold the answer.
ASIDE_DEPS = frozenset({"advcl", "parataxis", "intj", "meta", "dep", "preconj"})
QUOTES = frozenset('"\u201c\u201d\'\u2018\u2019`')


def _is_aside(c: "Token") -> bool:
    doc = c.doc
    if verb_list_member(c):
        # a second clause ("..., and missing a penalty"), unless the first verb shares the
        # last one's object: "besieged, captured and sacked the city"
        return any(k.dep_ in COMPLEMENT_DEPS and k.i > c.head.i for k in c.head.children)
    comma_before = c.left_edge.i > 0 and doc[c.left_edge.i - 1].text in (",", ";", "\u2014", "\u2013", "-")
    if c.dep_ == "advcl" and c.i > c.head.i and not comma_before \
            and not any(k.dep_ == "mark" or k.lower_ == "when" for k in c.children):
        return False  # "pass a check [to be able to teach]": a purpose or manner with no comma belongs
    if c.dep_ in ASIDE_DEPS:
        return True
    # ", which ...", ", 49-15", ", for example ...": asides after a comma
    return c.dep_ in ("appos", "relcl", "acl", "npadvmod", "advmod", "prep") and comma_before and c.i > c.head.i


def _pruned(tok: "Token", keep: set[int]) -> set[int]:
    """Ids of *tok*'s subtree minus asides: the parts of a long sentence a question can drop.

    A child holding the answer is kept; otherwise second clauses, adverbial clauses,
    appositives, modifiers set off by a comma and anything in brackets go, so
    "X, which ..., did what in 1990, leading to ...?" reads "X did what in 1990?".
    """
    ids = {tok.i}
    dropped = [c for c in tok.children if not ({t.i for t in c.subtree} & keep) and _is_aside(c)]
    conjuncts = [c for c in tok.children if c.dep_ == "conj"]
    for c in tok.children:
        if c in dropped:
            continue
        if c.dep_ == "cc" and conjuncts and all(k in dropped for k in conjuncts):
            continue  # the "and" of a dropped clause
        if c.dep_ == "punct" and c.i > tok.i and any(k.i > c.i for k in dropped) \
                and not any(k.i > c.i and k not in dropped and k.dep_ != "punct" for k in tok.children):
            continue  # the comma before dropped asides
        ids |= _pruned(c, keep)
    return ids


def _without_brackets(ids: set[int], doc, keep: set[int]) -> set[int]:
    depth, out = 0, set()
    for i in sorted(with_whole_names(ids, doc)):
        t = doc[i]
        if t.text in "([":
            depth += 1
        if not depth or i in keep:
            out.add(i)
        if t.text in ")]" and depth:
            depth -= 1
    return _whole_quotes(out, doc, keep)


def _whole_quotes(ids: set[int], doc, keep: set[int] = frozenset()) -> set[int]:
    """*ids* without their quotation marks if a quotation was cut in two (a possessive's
    apostrophe is no quotation mark: "the Soviets' liberation")."""
    quotes = {i for i in ids if doc[i].text in QUOTES and i not in keep and doc[i].tag_ != "POS"}
    return ids - quotes if len(quotes) % 2 else ids


def _mended_commas(ids: set[int], doc, verb: "Token") -> set[int]:
    """One comma where an aside was cut out, none between a subject and its verb."""
    verbal = {verb.i} | {a.i for a in verb.children if a.dep_.startswith("aux")} | set(_shared_auxes(verb))
    order = sorted(ids)
    out: list[int] = []
    for k, i in enumerate(order):
        prev = out[-1] if out else None
        nxt = order[k + 1] if k + 1 < len(order) else None
        if doc[i].text == "," and (prev != i - 1 or nxt != i + 1):
            if nxt in verbal or (prev is not None and doc[prev].text == ","):
                continue  # "The museum, owns" / "X, [which ...], did": the aside's comma goes
        out.append(i)
    return set(out)


def _trimmed(ids: set[int], doc) -> set[int]:
    """*ids* without the punctuation at either end (the commas of a cut-out aside)."""
    ids = set(ids)
    while ids and doc[min(ids)].is_punct:
        ids.discard(min(ids))
    while ids and doc[max(ids)].is_punct:
        ids.discard(max(ids))
    return ids


def _unended(text: str) -> str:
    """*text* without the punctuation it ended on, so that one "?" can follow."""
    return re.sub(r"[\s,;:.!?\-\u2013\u2014]+$", "", text)


def _inflected(lemma: str, tag: str) -> str | None:
    from lemminflect import getInflection  # lazily: its tables take half a second to load

    forms = getInflection(lemma, tag=tag)
    return forms[0] if forms else None


def _doer_wh(root: "Token", kind: str) -> str:
    """"Who" for the doer of a passive that is a person or a body of people ("the council",
    "the government"), else "What"."""
    return "Who" if kind in ("person", "organisation") or references.hyphenated_lemma(root) in DOER_NOUNS \
        or root.lower_ in ("me", "us", "him", "them") else "What"


def agent_question(span: "Span", kind: str, display: Display, wh: str | None = None) -> str | None:
    """The doer of a passive, asked in the active voice as readers ask it: "The bridge was
    built by Acme" -> "Who built the bridge?", not "By whom was the bridge built?"; *wh* for
    a doer the question names ("Which rock group headlined ...?")."""
    root = span_root(span)
    by = root.head
    if root.dep_ != "pobj" or by.dep_ != "agent" or by.head.tag_ != "VBN" or kind in ("figure", "date"):
        return None
    verb = by.head
    auxpass = [c for c in verb.children if c.dep_ == "auxpass"]
    subject = clause_subject(verb)
    # a passive second verb phrase shares the first one's subject: "X stretches ... and was built by Y"
    shared = subject is not None and verb.dep_ == "conj" and subject.head.i != verb.i
    if len(auxpass) != 1 or subject is None or not (subject.dep_ == "nsubjpass" or shared) or subject.i > verb.i \
            or subject.tag_ in ("WDT", "WP", "WP$") or any(c.dep_ == "neg" for c in verb.children):
        return None  # "the bridge that was built by Acme": the clause is a relative one
    moved = {t.i for t in by.subtree}
    if set(range(span.start, span.end)) - moved:
        return None
    # "by the author X ..., and later by Gandhi": the question asks for the first doer only
    others = [t for t in verb.children if t.lower_ == "by" and t.i > by.i
              and any(c.dep_ == "cc" and by.i < c.i < t.i for c in verb.children)]
    joins = [c.i for c in verb.children if c.dep_ in ("cc", "punct") and others and by.i < c.i < others[0].i]
    dropped = {t.i for t in verb.subtree if joins and t.i >= min(joins)}  # the second doer's whole phrase
    tokens = clause_tokens(verb, subject, moved | {subject.i}, light=True)
    if not tokens:
        return None
    auxes = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
    passive = auxpass[0]
    modal = [a for a in auxes if a.tag_ == "MD"]
    perfect = [a for a in auxes if a.lemma_ == "have"]
    if passive.lower_ == "being":  # "is being built" -> "is building"
        form, head = _inflected(verb.lemma_, "VBG"), ["was" if any(a.tag_ == "VBD" for a in auxes) else "is"]
    elif modal and perfect:  # "may have been built" -> "may have built"
        form, head = display.tok(verb), [modal[0].lower_, "have"]
    elif modal:
        form, head = verb.lemma_, [modal[0].lower_]
    elif perfect:  # "has been built" -> "has built"
        form, head = display.tok(verb), ["had" if perfect[0].tag_ == "VBD" else "has"]
    elif auxes:
        return None
    else:
        form, head = _inflected(verb.lemma_, "VBD" if passive.tag_ == "VBD" else "VBZ"), []
    if form is None:
        return None
    wh = wh or _doer_wh(root, kind)
    subj_ids = {t.i for t in subject.subtree}
    used = moved | subj_ids | {verb.i, passive.i} | {a.i for a in auxes} | dropped
    parts: list[tuple] = [(wh, True)] + [(h, True) for h in head]
    parts += [(display.tok(t), True, t.i) for t in tokens if t.i not in used and subject.i < t.i < verb.i]
    parts.append((form, True))
    particles = [(display.tok(t), True, t.i) for t in tokens if t.dep_ == "prt" and t.head.i == verb.i]
    subject_tokens = [t for t in tokens if t.i in subj_ids]
    if subject.pos_ == "PRON" and len(subject_tokens) == 1:  # "called it off", not "called off it"
        parts.append((OBJECT_CASE.get(subject.lower_, subject.lower_), True, subject.i))
        parts += particles
        particles = []
    else:
        parts += particles
        parts += [(lower_first(t, display.tok(t)) if k == 0 else display.tok(t), bool(t.whitespace_), t.i)
                  for k, t in enumerate(subject_tokens)]
    parts += [(display.tok(t), bool(t.whitespace_), t.i) for t in tokens
              if t.i not in used and t.i > verb.i and not (t.dep_ == "prt" and t.head.i == verb.i)]
    text = _unended(render(parts))
    when = fronted_setting(verb, subject, moved | {t.i for t in tokens})
    if when is not None:
        text += " " + lower_first(when[0], display.span(when))
    return text + "?"


def _fronted(ids: set[int], span: "Span", wh: str, verb: "Token", subject: "Token | None",
             display: Display) -> str | None:
    """The in-place question in question order when the answer ends its phrase: "He was
    terrified of what?" -> "What was he terrified of?", "It killed how many miners in 1854?" ->
    "How many miners did it kill in 1854?"."""
    doc = span.doc
    if subject is None or subject.i not in ids or not subject.i < verb.i or _example_of(span) is not None:
        return None  # (never "Who have the best drivers won the rally, such as?")
    root = span_root(span)
    leading = span.end <= subject.left_edge.i and root.head.i == verb.i \
        and (wh in ("when", "where", "why") or wh.endswith(" when")
             or wh.startswith(("how long ", "how many ")) and root.lower_ in ("before", "after"))
    if not (leading or verb.i < span.start or wh.startswith("how") and _between_aux_and_verb(span, verb)):
        return None
    rest = [i for i in sorted(ids) if not span.start <= i < span.end]
    head = root.head
    # "built the Locomotion for the [Stockton and Darlington] Railway": the answer names which
    # of a kind, and the kind moves with the wh-word: "What railway did he build it for?"
    prep = head.head
    modified = wh in ("what", "when", "where", "who") and root.dep_ in ("compound", "amod", "nmod") \
        and head.i >= span.end and verb.i < span.start \
        and (head.pos_ == "NOUN" or head.pos_ == "PROPN" and head.lower_ in NAME_HEADS) \
        and (head.dep_ in ("dobj", "attr", "oprd") and prep.i == verb.i or head.dep_ == "pobj" and (
            prep.head.i == verb.i or prep.head.dep_ == "dobj" and prep.head.head.i == verb.i)) \
        and not any(t.pos_ in ("VERB", "AUX") or t.dep_ in ("conj", "cc", "appos") or t.text in "()[]"
                    for t in head.subtree) \
        and subject.dep_ != "expl"  # not "What tree is there planted?"
    if modified:
        before_ids = [i for i in rest if head.left_edge.i <= i < span.start]
        if any(doc[i].lower_ not in ("the", "a", "an") or doc[i].head.i != head.i for i in before_ids):
            return None  # "many [large] chloroplasts", "radio station [X]": words the wh-word would strand
        rest, wh = [i for i in rest if i not in before_ids], kind_wh(span)
        if head.dep_ == "pobj" and prep.i == head.left_edge.i - 1 and prep.i in rest and not strandable(prep, verb):
            rest, wh = [i for i in rest if i != prep.i], prep.lower_ + " " + wh  # "At what stadium ...?"
    elif wh == "how many" and root.dep_ in ("nummod", "quantmod") and head.i >= span.end:
        # "refer to the [eight] counties" -> "How many counties does it refer to?", not "... to the?"
        rest = [i for i in rest if not (head.left_edge.i <= i < span.start and doc[i].head.i == head.i
                                        and doc[i].lower_ in ("the", "a", "an"))]
    if leading:  # "[In 1990], X did Y" -> "When did X do Y?"
        rest = [i for i in rest if not (i < subject.left_edge.i and doc[i].is_punct)]
    if not rest or rest[0] != subject.left_edge.i:
        return None  # a word before the subject ("However he ...") would land after the verb
    before = doc[span.start - 1] if span.start else None
    # "the British and what?", "the spin-off, what?"; but an adverb on the verb or a closing
    # quotation mark before a phrase lists nothing: "elected directly [every four years]"
    listed = root.dep_ in ("conj", "appos")
    if before is not None and not ((span[0].pos_ == "ADP" or wh.startswith("how ")) and (
            before.dep_ == "advmod" and before.head.i == verb.i and span[0].head.i != before.i
            or before.is_quote and before.dep_ == "punct")):
        listed = listed or before.dep_ in ("cc", "punct", "advmod") or before.lower_ in ("than", "rather")
    # an answer with its preposition stays in place ("I got to what late?", "a record of how many?"),
    # but for "by how much" on the verb itself: "By how much did fuel costs rise?"
    phrasal = span[0].pos_ == "ADP" and (wh.split()[-1] in ("what", "who", "whom") or (
        wh.startswith(span[0].lower_ + " ") and not (wh.endswith("how much") and span[0].head.i == verb.i)))
    strand = phrasal and not listed and not leading and wh in (f"{span[0].lower_} what", f"{span[0].lower_} whom") \
        and (span[0].head.i == verb.i or span[0].head.dep_ == "dobj" and span[0].head.head.i == verb.i
             or span[0].head.dep_ == "acomp" and span[0].head.pos_ == "ADJ" and span[0].head.i == span.start - 1
             and span[0].head.head.i == verb.i) \
        and strandable(span[0], verb)  # "active [in agriculture]": "What are they active in?"
    if strand:  # "Apicomplexans store their energy [in starch granules]" -> "What do they store their energy in?"
        wh, phrasal, rest = ("who" if wh.endswith("whom") else "what"), False, sorted(rest + [span.start])
    if not leading and (listed or phrasal):
        return None
    clause = (leading or wh in ("when", "why") and root.head.i == verb.i) and root.pos_ in ("VERB", "AUX") \
        and (span[0].dep_ == "mark" or span[0].lower_ == "when" or span[0].tag_ == "TO")
    # "[Because ...], X did Y" -> "Why did X do Y?"
    if root.pos_ in ("VERB", "AUX") and not clause or subject.tag_ in ("WDT", "WP", "WP$") \
            or (wh in ("when", "where") and span[0].pos_ != "ADP" and span[-1].lower_ != "ago" and not clause
                and not (root.dep_ == "npadvmod" and root.head.i == verb.i)):  # but "met [the next day]"
        return None  # "the ability to [regenerate]", "at age [39]": no phrase to front
    after = [i for i in rest if i >= span.end and not doc[i].is_punct]
    counted = wh == "how many" and root.dep_ in ("nummod", "quantmod") and root.head.i >= span.end or modified
    carried: list[int] = []  # words that move with the wh-word: the noun a count counts
    if counted and after:
        carried = [i for i in rest if i >= span.end and i in {t.i for t in root.head.subtree} and (  # "long-term"
            not doc[i].is_punct or doc[i].text in "-/" and not doc[i].whitespace_ and not doc[i - 1].whitespace_)]
        if not carried or any(doc[i].dep_ in ("conj", "cc", "appos") for i in carried):
            return None
    elif wh in ("how many", "how much", "what percentage"):
        carried = _share_of(span, after)  # "owned [40%] of global assets" -> "What percentage of global assets"
        if wh == "how many" and not carried:
            return None
    top, phrase = root, None
    while top.head.i != verb.i and top.head.i != top.i:
        able = top.head.head  # "was able to perform [what] in his head": "able" is the verb's
        if phrase is None and top.head.pos_ in ("VERB", "AUX") and top.dep_ in ("dobj", "attr", "oprd") \
                and top.head.dep_ in ("xcomp", "ccomp") and any(c.tag_ == "TO" for c in top.head.children) and (
                    able.i == verb.i and verb.lemma_ != "be"
                    or able.dep_ == "acomp" and able.pos_ == "ADJ" and able.head.i == verb.i):
            phrase = top  # "wanted ABC to invest [what] in the park": the object's phrase ends the cut
        top = top.head
        if top.dep_ == "conj":
            return None  # "by X in 1551 and by [what] in 1629": the second of a pair
        if (top.dep_ in ("relcl", "appos") or top.dep_ in ("advcl", "acl") and top.tag_ in ("VBG", "VBN")
                and (top.dep_ == "advcl" or doc[top.i - 1].is_punct)) \
                and not any(c.tag_ == "TO" for c in top.children):  # but "come to be known as", "a way to play in"
            return None  # "finished it in three years, graduating in [law]", "groups that came to be
            # seen as [what]", "the Act, part of the clean-up after [what]": no wh-word leaves an aside
            # or a relative clause
    phrase_ids = {t.i for t in (phrase or top).subtree}
    clauses = {t.i for c in root.children if c.dep_ in ("relcl", "acl") and c.i >= span.end
               and root.dep_ in ("attr", "dobj") and root.head.i == verb.i and not carried and subject.dep_ != "expl"
               and subject.pos_ != "PRON" and subject.lower_ not in references.DEMONSTRATIVES
               and not any(w.tag_ in ("WDT", "WP") for w in subject.subtree) for t in c.subtree}
    # (not "There was [a stock] which would be a hazard": there, the clause is the news)
    if clauses and all(i in clauses for i in after if i in phrase_ids):
        rest = [i for i in rest if i not in clauses]  # "was [an induction motor] that ran on AC": the clause
        after = [i for i in after if i not in clauses]  # says more of the answer, which the question cannot keep
    going_on = [i for i in after if i in phrase_ids and i not in carried]
    if going_on and (carried or any(t.dep_ == "mark" for t in doc[verb.i + 1:span.start])
                     or not _loose_phrases(going_on, span)):
        return None  # the answer's own phrase goes on after it ("the what of insects"): no clean cut
    nxt = doc[span.end] if span.end < len(doc) else None
    if not leading and after and not carried and nxt is not None and (nxt.is_punct or nxt.dep_ == "cc" or nxt.i not in ids
                                                      or nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")):
        return None  # "by X in 1551 and by [what] in 1629", "such as [what], a view ...": a list goes on;
        # "won the [CFCA] best picture": a noun phrase the parse broke goes on
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i and c.i in ids] \
        or [doc[i] for i in _shared_auxes(verb) if i in ids and subject.i < i]
    if any(a.tag_ == "TO" for a in auxes) or auxes and auxes[0].tag_ in ("VBG", "VBN"):
        return None  # "Mongolians to refer to ...", "a battle being waged between ...": no tense to invert
    if any(doc[i].tag_ in ("WDT", "WP", "WP$", "WRB") and doc[i].lower_ != "that"
           and not any(a.dep_ in ("relcl", "acl") for a in doc[i].ancestors) for i in rest):
        return None  # "angry about what happened in X": a wh-clause
    negs = [c.i for c in verb.children if c.dep_ == "neg"]
    if negs and wh == "when" and span[0].lower_ in ("until", "till") and span[0].head.i == verb.i \
            and verb.lemma_ != "be" and verb.i < span.start:
        rest = [i for i in rest if i not in negs]  # "was not founded [until 1784]": "When was it founded?"
    elif negs and (
            any(doc[i].lower_ in ("until", "till") for i in set(rest) | set(range(span.start, span.end)))
            or verb.lemma_ == "be"):
        return None  # "It was not until [X] that ...": no "not" to ask about;
        # "What are the cydippids not?" asks for what is not so
    inverted = _inversion(verb, auxes, display)
    if inverted is None:
        return None
    front, skip, verb_text = inverted
    relative = _relative_object(verb, subject, span, display)
    if wh == "who" and verb.lemma_.lower() in NAMING_VERBS and (relative or root.dep_ == "oprd"):
        wh = "what"  # "a village which they named [Ostrava Vale]": a name, not a person
    if wh == "how much" and carried and doc[carried[0]].lower_ == "of" and root.lower_ in AMOUNT_UNITS:
        skip, carried = skip | {carried[0]}, carried[1:]  # "[20 million ounces] of gold" -> "How much gold"
    phrase = wh + "".join((" " if k == 0 or doc[carried[k - 1]].whitespace_ else "") + display.tok(doc[i])
                          for k, i in enumerate(carried))  # "565 °C" keeps its spacing
    parts = _clause_parts(rest, skip | set(carried), verb, verb_text, display)
    if relative:  # "What did they name the town?": after the verb (and its particle)
        k = next((k for k, part in enumerate(parts)
                  if part[2] == verb.i or doc[part[2]].dep_ == "prt" and doc[part[2]].head.i == verb.i), None)
        if k is not None:
            parts[k:k + 1] = [parts[k][:1] + (True,) + parts[k][2:], (relative, True)]
    text = render([(phrase[:1].upper() + phrase[1:], True), (front, True)] + parts)
    return _unended(text) + "?"


def _shared_auxes(verb: "Token") -> list[int]:
    """The auxiliaries a participle joined to a participle before it shares with it: "The museum
    was founded in 1852 and [named] after X" -> "Who was the museum named after?"."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBG") or head.tag_ != verb.tag_ \
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "expl") for c in verb.children):
        return []
    return [c.i for c in head.children if c.dep_ in ("aux", "auxpass") and c.i < head.i]


def _inversion(verb: "Token", auxes: list["Token"], display: Display) -> tuple[str, set[int], str | None] | None:
    """What a question puts before its subject, the ids that word leaves behind and the verb's
    text after it: the first auxiliary ("won't" -> "will ... not"), a "be", or "did" with the
    verb's base form; None when the verb has no tense to carry over."""
    if auxes:
        front = display.tok(auxes[0]).lower()
        return CLITIC_AUXES.get(front, front), {auxes[0].i}, None
    if verb.lemma_ == "be":
        return display.tok(verb).lower(), {verb.i}, None
    front = do_form(verb)
    return (front, set(), base_form(verb)) if front is not None else None


def _clause_parts(rest: list[int], skip: set[int], verb: "Token", verb_text: str | None,
                  display: Display) -> list[tuple]:
    """The words of an inverted clause after its fronted auxiliary: the verb as *verb_text*, a
    "n't" as "not" ("What did X not lead to?"), the first word lower-cased unless a name."""
    doc = verb.doc
    parts = []
    joined = shared_do(verb, skip) if verb_text and verb_text == base_form(verb) and verb.tag_ != "VB" else {}
    for i in rest:
        if i in skip:
            continue
        text = verb_text if i == verb.i and verb_text else joined.get(i) or display.tok(doc[i])
        if doc[i].dep_ == "neg" and doc[i].head.i == verb.i:
            text = "not"
        if i == rest[0]:
            text = lower_first(doc[i], text)
        parts.append((text, bool(doc[i].whitespace_), i))
    return parts


def in_situ(span: "Span", kind: str, display: Display, whole: bool = False) -> str:
    """The answer's clause, shortened, with the answer replaced by a wh-word in place; with
    *whole*, the sentence's main clause rather than the answer's own.

    The clause is that of the nearest verb with a subject above the answer (a participle
    without one belongs to the clause it hangs from); its asides go, see `_pruned`.
    """
    doc = span.doc
    wh = {"person": "who", "date": "when", "place": "where"}.get(kind, "what")
    root0 = span_root(span)
    if wh == "where" and not (root0.dep_ == "pobj" and root0.head.lower_ in ("in", "at", "on", "near")):
        wh = "what"
    titled = title_phrase(span, kind) if wh in ("what", "who") else None
    if titled is None and wh in ("what", "who"):
        titled = example_phrase(span, kind)  # "enzymes such as [X]" -> "what enzymes"
    if titled is not None:  # "was the game show [X]" -> "was what game show?"
        span, wh = titled[0], titled[1][:1].lower() + titled[1][1:]
        root0 = span_root(span)
    if root0.pos_ == "ADP" and root0.i == span.start and wh in ("what", "who") \
            and any(c.dep_ == "pobj" and c.i < span.end for c in root0.children):
        wh = f"{root0.lower_} {'whom' if wh == 'who' else 'what'}"  # "[to the airport]": "I got to what?"
        if root0.lower_ in TEMPORAL_PREPS:
            wh = TIME_PREPS.get(root0.lower_, "When").lower()  # "[during the war]" sets a time, "[until X]" an end
        elif wh.endswith(" what") and root0.head.pos_ in ("VERB", "AUX") \
                and root0.head.dep_ not in ("relcl", "acl", "xcomp", "advcl", "pcomp") and (
                root0.lower_ == "to" and root0.head.lemma_ in MOVING_VERBS
                or root0.lower_ in ("in", "at") and root0.head.lemma_ in DWELLING_VERBS):
            wh = "where"  # "found [in the chloroplasts]" -> "Where is it found?"
        elif (root0.lower_ in ("through", "via") or root0.lower_ == "by" and root0.dep_ == "prep") \
                and root0.head.pos_ in ("VERB", "AUX") and kind == "thing":
            wh = "how"  # "acquired his knowledge [through contact with traders]": a means
    if root0.pos_ == "ADP" and root0.i == span.start and wh in ("what", "who") and root0.head.pos_ in ("VERB", "AUX") \
            and root0.lower_ in GERUND_PREPS and any(
                c.dep_ == "pcomp" and c.tag_ == "VBG" and c.i < span.end
                and not any(s.dep_ == "nsubj" for s in c.children)
                and all(t.pos_ == "ADV" for t in doc[root0.i + 1:c.i]) for c in root0.children):
        # "[by improving navigation]" is a means; "aid the church [in embodying its mission]" asks the doing
        wh = "how" if root0.lower_ == "by" else f"{root0.lower_} doing what"
        span = doc[span.start:max(span.end, root0.right_edge.i + 1)]  # the phrase is asked whole
    if kind == "figure":
        wh = "how many" if any(t.dep_ == "nummod" for t in span) or root0.dep_ == "nummod" else "what"
        if root0.pos_ == "NUM" and root0.dep_ in ("nsubj", "nsubjpass", "dobj") and span.end < len(doc) \
                and doc[span.end].lower_ == "of":
            wh = "how many"  # "[97] of the 253 episodes"
        if root0.pos_ == "ADP" and root0.i == span.start:
            objects = [c for c in root0.children if c.dep_ == "pobj" and c.i < span.end]
            if objects and any(t.ent_type_ in ("MONEY", "PERCENT") for t in objects[0].subtree):
                wh = "how much"
            wh = f"{root0.lower_} {wh}"  # "rose [by £106m]" -> "rose by how much?"
        if root0.like_num and root0.head.i == span.start - 1 and root0.head.lower_ in NAMING_NUMBER_NOUNS \
                and root0.head.pos_ in ("NOUN", "PROPN") and root0.head.dep_ not in ("appos", "ROOT") \
                and root0.i == span.end - 1:
            head = root0.head  # "from the year [1390]", "at number [eight]": a name, no count
            wh = "what " + " ".join(t.lower_ for t in doc[head.left_edge.i:head.i + 1] if t.dep_ != "det")
            span = doc[head.left_edge.i:span.end]
        if wh == "what" and span[-1].ent_type_ == "MONEY" and (span[0].ent_type_ == "MONEY" or span[0].tag_ == "$") \
                and not (span.end < len(doc) and doc[span.end].ent_type_ == "MONEY"):  # not "[8]m"
            wh = "how much"  # "to invest [$500,000]"
            if span.start and doc[span.start - 1].tag_ == "$" and not doc[span.start - 1].whitespace_:
                span = doc[span.start - 1:span.end]  # "by £[1,400]": "by how much", the sign goes too
        prep = root0.head
        if root0.dep_ == "npadvmod" and prep.lower_ in ("before", "after") and prep.dep_ == "prep" \
                and prep.head.pos_ in ("VERB", "AUX") and span.end == prep.i and is_duration(span.text) \
                and prep.right_edge.i - prep.i <= 6:
            # "[Two days] after the storm, the council closed the bridge" -> "How many days after the
            # storm did the council close the bridge?": the time between, with what it is counted from
            unit = root0.lower_ if root0.tag_ == "NNS" and root0.i == span.end - 1 else None
            wh = ("how many " + unit if unit else "how long") + " " + display.span(doc[prep.i:prep.right_edge.i + 1])
            span = doc[span.start:prep.right_edge.i + 1]
        elif root0.dep_ == "pobj" and prep.lower_ == "for" and prep.i == span.start - 1 and root0.tag_ == "NN" \
                and prep.head.pos_ in ("VERB", "AUX") and is_duration(span.text):
            wh, span = "how long", doc[prep.i:span.end]  # "held out [for] [almost a month]": not "how many month"
        elif span[-1].lower_ == "ago" and root0.head.pos_ in ("VERB", "AUX"):
            wh = "when"  # "began [8,000 years ago]"
        elif span[0].lower_ in EVERY_WORDS and root0.lemma_ in references.RELATIVE_TIME_NOUNS:
            wh = "how often"  # "every four years"
        elif root0.pos_ == "ADJ" and root0.lower_ in DIMENSIONS:
            wh = "how " + root0.lower_  # "300 km long"
        elif root0.tag_ == "NNS" and root0.is_alpha and root0.i == span.end - 1 \
                and any(c.dep_ == "nummod" and c.i >= span.start for c in root0.children):
            # "22 times": the counted noun goes with the question; a sum or a weight is "how much"
            wh = "how much" if root0.lower_ in AMOUNT_UNITS else "how many " + root0.lower_
        elif wh in ("how many", "what") and (any(t.text == "%" or t.lower_ == "percent" for t in span)
                                             or span.end < len(doc) and doc[span.end].text == "%"):
            wh = "what percentage"  # "took over [80%] of Afghanistan": a share, not a count
            if span.end < len(doc) and doc[span.end].text == "%":
                span = doc[span.start:span.end + 1]  # "to [7.8]%" -> "to what percentage?"
    if wh == "what" and root0.dep_ == "npadvmod" and root0.head.pos_ in ("VERB", "AUX") and root0.tag_ == "NN" \
            and root0.lemma_.lower() in references.RELATIVE_TIME_NOUNS and root0.i == span.end - 1 \
            and not any(t.like_num for t in span):
        # "gave his response [the next day]": a time, not "What did he give his response?"
        wh = "how often" if span[0].lower_ in EVERY_WORDS else "when"
    elif wh == "what" and root0.lower_ in EVERY_WORDS and root0.dep_ == "advmod" \
            and root0.head.pos_ in ("VERB", "AUX") and span[-1].dep_ == "npadvmod" and span[-1].lemma_.lower() in references.RELATIVE_TIME_NOUNS:
        wh = "how often"  # "meets [once a year]", parsed with the year on "once"
    if root0.tag_ == "RB" and root0.dep_ == "advmod" and root0.head.pos_ in ("VERB", "AUX") \
            and root0.lower_.endswith("ly") and (root0.head.i < span.start or _between_aux_and_verb(span, root0.head)) \
            and root0.lower_ not in NOT_MANNERS \
            and not any(t.like_num or t.lower_ in ("many", "much", "more", "less", "few") for t in span):
        # a manner: "sit [quietly]" -> "How do students sit?"; a frequency: "[annually]" -> "how often"
        wh = "how often" if root0.lower_ in FREQUENCY_ADVERBS else "how"
    if span[0].tag_ == "TO" and root0.tag_ == "VB" and root0.dep_ in ("xcomp", "advcl", "ccomp", "acl") \
            and span[0].head.i == root0.i and wh == "what":
        # "unable [to manage their fields]" -> "unable to do what?"; a purpose asks why
        wh = "why" if root0.dep_ == "advcl" else "to do what"
    elif wh == "what" and root0.pos_ == "VERB" and root0.tag_ in DO_WHAT and span.start <= root0.i \
            and span.end >= root0.right_edge.i and root0.right_edge.i > root0.i \
            and all(doc[i].pos_ in ("ADV", "PART") for i in range(span.start, root0.i)) \
            and not any(t.dep_ == "expl" for t in doc[root0.left_edge.i:root0.i]) \
            and not any(span.start <= c.i < span.end and (c.dep_ in ("nsubj", "nsubjpass", "mark")
                                                         or c.tag_ in ("WDT", "WP", "WRB")) for c in root0.children) \
            and any(c.i < span.start and (
                c.dep_ in ("nsubj", "nsubjpass") and root0.tag_ in ("VBD", "VBZ", "VBP")  # "They [forced X out]"
                or c.dep_ == "aux" and (c.tag_ != "TO" or c.i == span.start - 1) and (  # "can [join X]", "to [join X]"
                    root0.tag_ == "VB" or c.lemma_ == {"VBN": "have", "VBG": "be"}.get(root0.tag_)))
                for c in root0.children):
        # the answer is what the subject does: "Those who finish can [join a college]" -> "can do what?"
        wh = DO_WHAT[root0.tag_]
    marks = [c.i for c in root0.children if c.dep_ == "mark" or c.lower_ in ("when", "whenever")] \
        if root0.pos_ in ("VERB", "AUX") else []
    marked = span.start in marks
    if (marked or span.start - 1 in marks and root0.i < root0.head.i and root0.head.dep_ == "ROOT") \
            and _clause_wh(root0) is not None:
        wh = _clause_wh(root0).lower()  # "[because the law said so]" -> "why", "[when X ...]" -> "when"
        span = doc[min(marks + [span.start]):span.end]  # "Because [prices rose]" asks the whole clause
    if wh in ("when", "where"):
        root = span_root(span)
        if root.dep_ == "pobj":
            span = doc[min(root.head.i, span.start):span.end]
    verb = span_root(span)
    if verb.pos_ == "VERB" and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < span.start \
            and verb.left_edge.i >= span.start and verb.tag_ in DO_WHAT \
            and (verb.right_edge.i < span.end or (verb.right_edge.i == span.end and doc[span.end].is_punct)) \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        wh, verb = DO_WHAT[verb.tag_], verb.head  # "... draw a line and [make plans]" -> "... and do what?"
    def has_subject(v: "Token") -> bool:
        subj = clause_subject(v) if v.pos_ in ("VERB", "AUX") else None
        return subj is not None and not (subj.tag_ in ("WDT", "WP") or subj.lower_ == "that")

    while verb.head.i != verb.i and not has_subject(verb):
        verb = verb.head
    keep = set(range(span.start, span.end))
    subject = clause_subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    while subject is not None and verb.dep_ == "xcomp" and subject.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "He began teaching where?", not "He teaching where?"
    if subject is not None and verb.dep_ in ("ccomp", "xcomp") and subject.head.i == verb.i and subject.i < verb.i \
            and any(c.tag_ == "TO" and c.i < verb.i for c in verb.children) and verb.head.pos_ in ("VERB", "AUX") \
            and clause_subject(verb.head) is not None and verb.head.i < subject.i and subject.dep_ == "nsubj" \
            and not any(t.pos_ in ("VERB", "AUX") for t in subject.subtree) \
            and verb.head.dep_ not in ("acl", "relcl", "advcl", "pcomp", "amod") \
            and (verb.head.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in verb.head.children)):
        verb = verb.head  # "Walt wanted ABC to invest what?": the clause with a tense is the wanting
        subject = clause_subject(verb)
    if subject is not None and subject.i not in {t.i for t in verb.subtree}:
        keep.add(subject.i)  # a conjoined verb's subject: "X arrived and then did what?"
        ids = _pruned(verb, keep) | _pruned(subject, keep) | set(_shared_auxes(verb))
    else:
        ids = _pruned(verb, keep)
    ids = _without_brackets(ids, doc, keep)
    # leading adverbials before the clause subject go ("In 1968, ..."), unless they hold the answer
    if subject is not None:
        for c in verb.children:
            sub = {t.i for t in c.subtree}
            if c.dep_ == "prep" and verb.lemma_ == "be" and subject.i > verb.i and c.right_edge.i + 1 == verb.i:
                continue  # "Among X are [Y]": the phrase is what is said of Y
            if c.i < subject.left_edge.i and not sub & keep:
                ids -= sub
    ids = _mended_commas(ids, doc, verb)
    fronted = _fronted(ids, span, wh, verb, subject, display) or _fronted_doing(ids, span, wh, verb, subject, display)
    if fronted is not None:
        when = fronted_setting(verb, subject, keep | ids) if subject is not None and wh != "when" else None
        # "In 1968, X did Y" -> "What did X do in 1968?", as make_wh_question asks; not "did he run away to in 1874?"
        if when is not None and not STRANDED_END.search(fronted):
            fronted = _unended(fronted) + " " + lower_first(when[0], display.span(when)) + "?"
        return fronted
    if (whole or sum(doc[i].is_alpha for i in ids if not span.start <= i < span.end) < 2) and verb.head.i != verb.i \
            and not (verb.dep_ == "relcl" and any(t.tag_ in ("WDT", "WP", "WP$", "WRB")
                                                  and not span.start <= t.i < span.end for t in verb.subtree)) \
            and not (wh == "what" and marked and root0.i < root0.head.i):  # "[Though X ...], Y": nothing to ask
        top = verb  # the answer is all its clause says ("Knowing that [...]"): ask it in the sentence
        while top.head.i != top.i:
            top = top.head
        ids, verb, subject = _mended_commas(_pruned(top, keep), doc, top), top, clause_subject(top)
        fronted = _fronted(ids, span, wh, verb, subject, display)
        if fronted is not None:
            return fronted
    article = doc[span.start - 1] if span.start > 0 else None
    if article is not None and article.dep_ == "det" and article.head.i >= span.end and article.i in ids \
            and article.lower_ in ("the", "a", "an"):
        ids = ids - {article.i}  # "for the [2015] season" -> "for what season", not "the when season"
        wh = "what" if wh in ("when", "where", "who") else wh
    parts = []
    # an answer before the subject is asked at the end: not "When people suffered ...?"
    last = subject is not None and span.end <= subject.left_edge.i and span_root(span).head.i == verb.i \
        and wh in ("when", "where")
    owner = wh == "who" and span.end < len(doc) and doc[span.end].tag_ == "POS" and span.end in ids
    order = sorted(ids)
    lead = next((c for c in verb.children if c.dep_ == "prep" and c.i < span.start and c.right_edge.i >= span.end - 1),
                None) if subject is not None and not last and span.end <= subject.left_edge.i else None
    if lead is not None and (lead.i != min(ids) or subject.i > verb.i
                             or [t.text for t in doc[lead.right_edge.i + 1:subject.left_edge.i]] != [","]
                             or any(doc[i].tag_ in ("WDT", "WP", "WRB") or doc[i].is_quote for i in ids
                                    if not span.start <= i < span.end)):
        lead = None  # "Among X are ...", a quotation, a phrase the parse runs into the subject: left as it is
    if lead is not None:
        # "Despite a reputation for [X], the rate grew" -> "The rate grew ... despite a reputation for what?"
        moved = [i for i in order if lead.left_edge.i <= i <= lead.right_edge.i]
        order = [i for i in order if i not in moved and not (i < subject.left_edge.i and doc[i].is_punct)]
        while order and doc[order[-1]].is_punct:
            order.pop()
        order += moved
    for i in order:
        t = doc[i]
        if span.start <= i < span.end:
            if i == span.start and not last:
                parts.append(("whose" if owner else wh, True, i))  # "[Wegener]'s theory": "whose theory"
            continue
        if last and i < subject.left_edge.i and t.is_punct or owner and i == span.end:
            continue
        text = display.tok(t)
        if lead is not None and i == lead.i:
            text = text[:1].lower() + text[1:] if t.is_sent_start and not (t.ent_type_ or t.pos_ == "PROPN") \
                else lower_first(t, text)
            parts[-1:] = [parts[-1][:1] + (True,) + parts[-1][2:]] if parts else []
        parts.append((text, bool(t.whitespace_), i))
    text = render(parts)
    if last:
        text = _unended(text) + " " + wh
    text = re.sub(r"^[\s,;:\-\u2013\u2014]+", "", text)
    text = re.sub(r"^((?:who|when|where|what|how many)),\s*", r"\1 ", text, flags=re.I)
    text = _unended(text)
    return (text[:1].upper() + text[1:]) + "?"


# A question that ends on a stranded preposition ("What did he run away to?"), which a phrase
# after it would read as its object.
STRANDED_END = re.compile(r"\b(?:%s)\W*$" % "|".join(sorted(
    STRANDED_PREPS | TEMPORAL_PREPS | {"via", "without", "within", "than", "concerning"})), re.I)


def _loose_phrases(ids: list[int], span: "Span") -> bool:
    """Whether the words after the answer are phrases that say where, when or how, hung on the
    answer by the parse but free to stay behind when it moves: "worked as [a draftsman] in the
    Telegraph Office" -> "What did he work as in the Telegraph Office?"; never "of" ("the what
    of insects")."""
    doc = span.doc
    root = span_root(span)
    if root.pos_ == "ADP":
        root = next((c for c in root.children if c.dep_ == "pobj"), root)
    if root.pos_ not in ("NOUN", "PROPN") or any(doc[i].lower_ == "than" for i in ids) or root.left_edge.i < span.start \
            or any(t.dep_ in ("ccomp", "advcl", "xcomp", "relcl", "acl", "pcomp", "conj", "appos")
                   and not (t.dep_ == "xcomp" and t.i == root.head.i and root.dep_ == "dobj"
                            and any(c.tag_ == "TO" for c in t.children))  # "able to perform [X] in his head"
                   or t.lower_ in ("including", "such", "like") for t in root.ancestors):
        return False  # a clause or a list between the answer and the verb: moving it would tear them
    heads = [doc[i] for i in ids if doc[i].head.i not in ids]
    return all(t.dep_ == "prep" and t.lower_ != "of" and span.start <= t.head.i < span.end
               and not doc[t.i - 1].is_punct for t in heads)


# Nouns a "that" clause says the content of ("the belief that ..."), where "that" is no object.
CONTENT_NOUNS = frozenset("fact idea belief conviction view notion claim hope fear news report rumour rumor sign "
                          "evidence assumption suggestion argument feeling sense impression theory hypothesis "
                          "thought concern doubt possibility chance likelihood proof promise warning statement kind "
                          "sort way".split())


def _fronted_doing(ids: set[int], span: "Span", wh: str, verb: "Token", subject: "Token | None",
                   display: Display) -> str | None:
    """The doing an in-place question asks, in question order: "An old man cannot [earn as much]"
    -> "What can an old man not do?", "Jesus aimed [to convert them]" -> "What did Jesus aim to
    do?"; "do" stays where the answer was."""
    doc = span.doc
    to_do = wh == "to do what"
    if not (to_do or wh in DO_WHAT.values()) or wh in ("doing what", "done what") or subject is None \
            or subject.i not in ids or not subject.i < span.start or verb.i > span.start:
        return None
    rest = sorted(i for i in ids if not span.start <= i < span.end)
    if not rest or rest[0] != subject.left_edge.i or rest[-1] >= span.end and any(
            not doc[i].is_punct for i in rest if i >= span.end):
        return None  # words before the subject, or after the answer ("do what, and ...")
    root = span_root(span)
    to_left = wh == "do what" and root.tag_ == "VB" and span.start and doc[span.start - 1].tag_ == "TO" \
        and doc[span.start - 1].head.i == root.i and root.i != verb.i  # "aimed to [convert them]"
    if to_do or to_left:
        head = root.head
        while head.i != verb.i:  # "plotting [to ...]", "a simple method [to ...]": phrases all the way up
            if head.dep_ not in ("xcomp", "advcl", "acl", "dobj", "attr", "pobj", "prep", "oprd", "acomp") \
                    or head.head.i == head.i or head.pos_ == "PRON":
                return None
            head = head.head
        if root.dep_ not in ("xcomp", "advcl", "acl") or to_do and doc[span.start].tag_ != "TO":
            return None
        doing = "to do" if to_do else "do"
    elif root.i == verb.i:
        doing = "do"
    else:
        return None
    if any(doc[i].tag_ in ("WDT", "WP", "WP$", "WRB") or doc[i].dep_ == "mark" for i in rest) \
            or subject.dep_ == "expl" or sum(doc[i].is_quote for i in rest) % 2:
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i and c.i in ids]
    if auxes and (len(auxes) > 1 or auxes[0].tag_ in ("TO", "VBG", "VBN") or not to_do and verb.tag_ != "VB"):
        return None  # "has been [running]": no "do" fits
    if not auxes and verb.lemma_ == "be" and not (root.head.dep_ == "acomp" and root.head.head.i == verb.i):
        return None  # "One of its roles is [to ...]": "What is one of its roles to do?"; but "were unable to"
    inverted = _inversion(verb, auxes, display)
    if inverted is None:
        return None
    front, skip, verb_text = inverted
    parts = _clause_parts(rest, skip, verb, verb_text if to_do or to_left else None, display)  # "cannot": "can ... not"
    k = next((k for k, part in enumerate(parts) if part[2] > span.start), None)
    parts[len(parts) if k is None else k:k] = [(doing, k is not None)]
    return _unended(render([("What", True), (front, True)] + parts)) + "?"


def _relative_object(verb: "Token", subject: "Token", span: "Span", display: Display) -> str | None:
    """The noun a relative clause's "which" stands for, when "which" is the clause's object: "a
    town which they named [X]" -> "What did they name the town?", not "What did they name?"."""
    holder = verb.head
    if verb.dep_ != "relcl" or holder.pos_ != "NOUN" or span.start <= holder.i < span.end \
            or holder.lemma_.lower() in CONTENT_NOUNS:  # "the conviction that they thought ...": no object
        return None
    if not any(c.dep_ == "dobj" and (c.tag_ in ("WDT", "WP") or c.lower_ == "that") and c.i < subject.i
               for c in verb.children):
        return None
    doc = verb.doc
    lead = [t for t in doc[holder.left_edge.i:holder.i] if t.head.i == holder.i]
    words = [t.i for t in lead[-3:] if t.dep_ in ("compound", "amod")] + [holder.i]
    if words != list(range(words[0], holder.i + 1)) or span.start <= words[-1] + 1 and words[0] < span.end:
        return None  # "the new [blue] car": words of the answer's own
    text = display.span(doc[words[0]:holder.i + 1])
    text = lower_first(doc[words[0]], text[:len(doc[words[0]].text)]) + text[len(doc[words[0]].text):]
    return "the " + text


def _share_of(span: "Span", after: list[int]) -> list[int]:
    """The "of" phrase that says what a share or count is of, when it is all that follows the
    answer in its noun phrase: "owned [40%] of global assets" -> "What percentage of global assets
    did they own?". A question that left it behind would ask "what percentage" of nothing."""
    doc = span.doc
    root = span_root(span)
    if root.dep_ not in ("dobj", "attr", "oprd") or span.end >= len(doc) or doc[span.end].lower_ != "of" \
            or doc[span.end].head.i != root.i or root.right_edge.i < span.end:
        return []
    own = [i for i in after if i <= root.right_edge.i]  # its asides already pruned
    if own != list(range(span.end, span.end + len(own))) \
            or any(doc[i].pos_ in ("VERB", "AUX") or doc[i].dep_ in ("conj", "cc", "appos") for i in own):
        return []  # "of X, Y and Z", "of what it earned": more than one noun phrase
    return own


def _between_aux_and_verb(span: "Span", verb: "Token") -> bool:
    """"The land should be [socially] owned": the answer sits inside the verb group, after an
    auxiliary and right before its verb, so a question can ask "How should the land be owned?"."""
    return span.end == verb.i and verb.tag_ in ("VBN", "VB", "VBG") \
        and any(c.dep_ in ("aux", "auxpass") and c.i < span.start for c in verb.children)


def _clause_wh(clause: "Token") -> str | None:
    """As `clause_reason`, and "while" before a participle sets a time: "died [while serving his
    sentence]" -> "When did he die?" (before a clause it may set a contrast: "while X rose, Y fell")."""
    marks = [c for c in clause.children if c.dep_ == "mark"]
    if clause.tag_ == "VBG" and [m.lower_ for m in marks] == ["while"] \
            and (clause.i < clause.head.i or marks[0].i == 0 or clause.doc[marks[0].i - 1].text != ","):
        return "When"  # but ", while also forcing three fumbles" adds, as "and" would
    return clause_reason(clause)


GERUND_PREPS = frozenset("by of for from in on about after before without upon".split())  # not "with X being"
# What stands in for an asked verb phrase, in the verb's own form: "sold the mill and [did what]?"
DO_WHAT = {"VBD": "did what", "VBZ": "does what", "VBP": "do what", "VB": "do what", "VBG": "doing what",
           "VBN": "done what"}
CLITIC_AUXES = {"wo": "will", "ca": "can", "sha": "shall"}
# "located by the river", "built by the sea": a "by" of place, no doer to ask about.
PLACING_VERBS = frozenset("locate situate place position set site surround border line flank".split())
SHORE_NOUNS = frozenset("river sea lake coast shore road railway canal ocean bay harbour harbor beach "
                        "window door wall gate bridge".split())
FREQUENCY_ADVERBS = frozenset("hourly daily nightly weekly fortnightly monthly quarterly annually yearly "
                              "frequently rarely occasionally regularly usually".split())
# Adverbs in -ly that say how much, when or how sure, not how: "[mostly] Christian", "[recently] opened".
NOT_MANNERS = frozenset("only mostly mainly largely partly nearly almost approximately roughly merely simply really "
                        "early recently lately previously originally initially finally eventually subsequently "
                        "currently formerly presently shortly likely probably possibly certainly supposedly "
                        "reportedly allegedly apparently generally typically increasingly highly fully entirely "
                        "completely partially temporarily immediately permanently simultaneously briefly "
                        "instantly".split())
DIMENSIONS = frozenset("long wide high tall deep old thick large heavy far".split())
OBJECT_CASE = {"he": "him", "she": "her", "they": "them", "we": "us", "i": "me"}
# Verbs of being and having: what they say of a subject is no deed to ask "what did it do" about.
STATE_VERBS = frozenset("be seem appear become remain have own contain belong consist resemble".split())


def _subject_words(subject: "Token", display: Display) -> list[tuple] | None:
    """The subject's noun phrase without asides, its first word lower-cased unless a name."""
    doc = subject.doc
    ids = _trimmed(_without_brackets(_pruned(subject, set()), doc, set()), doc)
    if not ids or any(doc[i].tag_ in ("WDT", "WP") for i in ids):
        return None
    first, last = min(ids), max(ids)
    return [(lower_first(doc[i], display.tok(doc[i])) if i == first else display.tok(doc[i]),
             bool(doc[i].whitespace_) or i == last, i) for i in sorted(ids)]


def predicate_question(span: "Span", display: Display) -> str | None:
    """The answer is what the subject did, asked with "do": "In 1878, Tesla left Graz" ->
    "What did Tesla do in 1878?"; a passive asks what happened to it ("What happened to Dane?"),
    and a verb alone keeps its object ("What do high levels of inequality do to growth?")."""
    doc = span.doc
    verb = span_root(span)
    if verb.pos_ not in ("VERB", "AUX") or not span.start <= verb.i < span.end:
        return None
    subject = clause_subject(verb)
    if subject is None or subject.dep_ == "expl" or subject.right_edge.i >= span.start:
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if verb.lemma_.lower() in STATE_VERBS or (not auxes and verb.tag_ not in ("VBD", "VBZ", "VBP")):
        return None  # "was happy", "has three children" are no deeds; "made her [leave]" has no tense
    if any(c.dep_ == "neg" and not span.start <= c.i < span.end for c in verb.children):
        return None  # "did not win": what it did not do is no question of "what did it do"
    between = [t for t in doc[subject.right_edge.i + 1:span.start] if t not in auxes]
    if any(not (t.dep_ == "advmod" and t.head.i == verb.i) and not t.is_punct for t in between):
        return None  # the answer must be the whole predicate, not a piece of it
    subject_parts = _subject_words(subject, display)
    if subject_parts is None:
        return None
    tags = [verb.tag_] + [a.tag_ for a in auxes]
    modal = next((a for a in auxes if a.tag_ == "MD"), None)
    perfect = next((a for a in auxes if a.lemma_ == "have" and a.dep_ == "aux"), None)
    passive = any(a.dep_ == "auxpass" for a in auxes)
    plural = subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("they", "we", "you", "i") \
        or any(c.dep_ == "conj" for c in subject.children)
    if any(c.dep_ in ("ccomp", "xcomp", "attr", "acomp", "oprd", "dative", "prt") and c.i >= span.end
           for c in verb.children):
        return None  # "Luther [denied] he was their author": the verb alone is no deed
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i >= span.end), None)
    keep = set(range(span.start, span.end))
    rest_ids = {i for i in _without_brackets(_pruned(verb, keep), doc, keep) if i >= span.end}
    past = "VBD" in tags
    progressive = next((a for a in auxes if a.lemma_ == "be" and a.dep_ == "aux"), None) if verb.tag_ == "VBG" else None
    if passive:
        head = (f"What {modal.lower_} happen to" if modal is not None
                else f"What {'had' if perfect.tag_ == 'VBD' else 'has'} happened to" if perfect is not None
                else "What happened to" if past else "What happens to")
        if subject.lower_ in OBJECT_CASE:
            subject_parts = [(OBJECT_CASE[subject.lower_], True, subject.i)]
        parts: list[tuple] = [(head, True)] + subject_parts
    else:
        if modal is not None and perfect is not None:
            front, do = modal.lower_, "have done"  # "might have moved"
        elif modal is not None:
            front, do = modal.lower_, "do"
        elif progressive is not None:
            front, do = display.tok(progressive).lower(), "doing"  # "is building the bridge"
        elif perfect is not None:
            front, do = display.tok(perfect).lower(), "done"
        else:
            front, do = ("did" if past else "do" if plural else "does"), "do"
        parts = [("What", True), (front, True)] + subject_parts
        parts += [(display.tok(t), True, t.i) for t in between if not t.is_punct]
        if any(c.dep_ == "neg" for c in verb.children):
            parts.append(("not", True))  # "does not carry out research" -> "What does the IPCC not do?"
        parts.append((do, True))
        if obj is not None:
            parts.append(("to", True))
    parts += [(display.tok(doc[i]), bool(doc[i].whitespace_), i) for i in sorted(rest_ids)]
    when = fronted_setting(verb, subject, set(range(span.start, span.end)))
    text = render(parts)
    text = _unended(text)
    if when is not None:
        text += " " + lower_first(when[0], display.span(when))
    return text + "?"


EVENT_MARKS = frozenset("if when after before once until as".split())


def event_question(span: "Span", display: Display) -> str | None:
    """The answer is a whole clause, asked as what happened in the time or case the sentence
    sets: "In December 1901, Marconi sent ..." -> "What happened in December 1901?"."""
    doc = span.doc
    verb = span_root(span)
    subject = clause_subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    if subject is None or not span.start <= subject.i < span.end or not span.start <= verb.i < span.end:
        return None
    setting = []
    for c in verb.children:
        ids = {t.i for t in c.subtree}
        if ids & set(range(span.start, span.end)):
            continue
        marks = [k.lower_ for k in c.children if k.dep_ == "mark"]
        when = any(k.dep_ == "advmod" and k.lower_ == "when" and k.i == c.left_edge.i for k in c.children)
        if (c.dep_ == "advcl" and ((marks and marks[0] in EVENT_MARKS) or when)) or \
                (c.dep_ == "prep" and phrase_wh(c) in ("When", "Where")):
            setting.append(c)
    if not setting:
        fronted = fronted_setting(verb, subject, set(range(span.start, span.end)))
        if fronted is not None and fronted.root.dep_ == "prep":
            setting.append(fronted.root)  # "In cases of billable services, ..." -> "What happens in cases of ...?"
    if not setting or any(c.dep_ == "neg" for c in verb.children):
        return None  # "In 1990, X did not move": what did not happen is no event
    tags = [verb.tag_] + [a.tag_ for a in verb.children if a.dep_ in ("aux", "auxpass")]
    modal = next((a for a in verb.children if a.dep_ == "aux" and a.tag_ == "MD"), None)
    perfect = any(a.dep_ == "aux" and a.lemma_ == "have" for a in verb.children)
    head = f"What {modal.lower_} {'have happened' if perfect else 'happen'}" if modal is not None else \
        "What happened" if "VBD" in tags else "What happens"
    parts: list[tuple] = [(head, True)]
    for c in setting:
        ids = sorted(_without_brackets(_pruned(c, set()), doc, set()))
        parts += [(lower_first(doc[i], display.tok(doc[i])) if i == ids[0] else display.tok(doc[i]),
                   bool(doc[i].whitespace_), i) for i in ids]
    text = render(parts)
    return _unended(text) + "?"


def clause_question(span: "Span", display: Display) -> str | None:
    """The answer is a whole clause, subject and all, with nothing around it to ask by: the
    question asks what its subject did ("What did the FBI do?") or, for a state, what the text
    says of it. In place the answer would leave the bare "What?"."""
    doc = span.doc
    verb = span_root(span)
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "mark" for c in verb.children) \
            or any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in span if t.head.i == verb.i or t.i == span.start):
        return None  # "if every problem can be reduced": a condition, see clause_reason; "whom he accused
        # of ...": a relative clause has a gap, not a deed
    subject = clause_subject(verb)
    if subject is None or subject.dep_ == "expl" or subject.left_edge.i < span.start \
            or not subject.right_edge.i < verb.i < span.end:
        return None
    deed = predicate_question(doc[subject.right_edge.i + 1:span.end], display)
    if deed is not None:
        return deed
    if subject.lower_ in OBJECT_CASE:
        words: list[tuple] | None = [(OBJECT_CASE[subject.lower_], True, subject.i)]
    else:
        words = _subject_words(subject, display)
    return _unended(render([("What does the text say about", True)] + words)) + "?" if words else None


# Nouns an "of" phrase names a member of: "the city of Fresno" is a city, "the capital of France" is no France.
MEMBER_NOUNS = frozenset("name title city town village state country county province region island port district "
                         "kingdom".split())
NAMED_KINDS = MEMBER_NOUNS | NAME_HEADS  # "the Kingdom of Sicily", "the University of Chicago"
POSSESSIVES = {"it": "its", "they": "their", "he": "his", "she": "her", "we": "our", "i": "my", "you": "your"}
MEASURE_LABELS = frozenset({"QUANTITY", "PERCENT", "CARDINAL"})  # money asks "how much"
HEADCOUNT_NOUNS = frozenset("population total crowd audience attendance membership workforce staff enrolment "
                            "enrollment electorate following readership".split())


def naming_question(span: "Span", kind: str, label: str, display: Display) -> str | None:
    """The answer says which one or how much of the noun before "of", so the question asks with
    that noun: "adopted the era name of [Zhongtong]" -> "What era name did he adopt?", "Kenya had
    a population of [45 million]" -> "What was the population of Kenya?"."""
    doc = span.doc
    root = span_root(span)
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.left_edge.i < span.start \
            or max(_without_brackets({t.i for t in root.subtree}, doc, set())) >= span.end \
            or any(c.dep_ in ("conj", "cc") for c in root.children):
        return None
    noun = root.head.head
    named_kind = noun.pos_ == "PROPN" and noun.tag_ == "NNP" and noun.lower_ in NAMED_KINDS \
        and root.pos_ == "PROPN"  # "the Kingdom of [Sicily]", "the University of [Chicago]"
    if (noun.pos_ != "NOUN" and not named_kind) or noun.i >= span.start:
        return None
    counts = root.like_num or any(c.dep_ in ("nummod", "quantmod") and c.like_num for c in root.children)
    if label == "CARDINAL" and not root.like_num and noun.lemma_.lower() not in HEADCOUNT_NOUNS:
        counts = False  # "the sum of [six primes]" counts primes; "a population of [45 million people]" measures
    if not (kind == "figure" and label in MEASURE_LABELS and counts) \
            and not (noun.lemma_.lower() in MEMBER_NOUNS and noun.tag_ == "NN" and root.pos_ == "PROPN") \
            and not named_kind:
        return None
    described = [t for t in doc[noun.left_edge.i:noun.i + 1] if not (t.dep_ in ("det", "poss") and t.head.i == noun.i)]
    if not described or len(described) > 4 or not all(t.is_alpha or t.text == "-" for t in described):
        return None
    words = display.span(doc[described[0].i:noun.i + 1])
    if named_kind:
        described = [noun]  # the name's kind word alone, as a common noun: "what kingdom"
        words = noun.lower_
    prep = noun.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    verb = prep.head if prep is not None else noun.head
    if (prep is None and noun.dep_ not in ("nsubj", "nsubjpass", "dobj")) or verb.pos_ not in ("VERB", "AUX"):
        return None  # not "the beloved city of X" after "was": a relation, not a naming
    subject = clause_subject(verb)
    has = subject is not None and subject.i < verb.i and noun.dep_ == "dobj" and verb.lemma_ == "have"
    having = subject is not None and prep is not None and prep.lower_ == "with" and prep.i < subject.i
    if prep is not None and verb.lemma_ == "be" and not having:
        return None  # "an estimate for a death rate of X": the phrase is no argument of "is"
    if has or having:  # "With a population of X, Y is ..." says what Y has
        owner = _subject_words(subject, display)  # "X has a width of Y" -> "What is the width of X?"
        if owner is not None:
            tags = [verb.tag_] + [c.tag_ for c in verb.children if c.dep_ == "aux"]
            parts: list[tuple] = [("What", True), ("was" if "VBD" in tags else "is", True)]
            if subject.lower_ in POSSESSIVES:
                parts += [(POSSESSIVES[subject.lower_], True), (words, True)]  # "its height", not "the height of it"
            else:
                parts += [("the", True), (words, True), ("of", True)] + owner
            if has:  # its setting stays: "What was the population of Kenya [in July 2014]?"
                taken = {t.i for t in subject.subtree} | {t.i for t in noun.subtree}
                rest = _trimmed(_without_brackets(_pruned(verb, set()), doc, set()), doc) - taken
                parts += [(display.tok(doc[i]), bool(doc[i].whitespace_), i) for i in sorted(rest) if i >= span.end]
            return _unended(render(parts)) + "?"
    phrase = doc[noun.left_edge.i:max(span.end, root.right_edge.i + 1)]
    wh = f"{prep.text.capitalize()} what {words}" if prep is not None else f"What {words}"
    wq = make_wh_question(phrase, kind, "", display, wh_override=wh, strict=False)
    return wq.prompt if wq is not None else None


def dated_question(span: "Span", kind: str, display: Display) -> str | None:
    """A date inside a noun phrase dates that thing, so the question asks when it was:
    "the [2007] Westfield report on schools" -> "When was the Westfield report on schools?",
    where the date left in place read "the when Westfield report"."""
    doc = span.doc
    root = span_root(span)
    noun = root.head
    if kind == "date" and root.dep_ == "pobj" and noun.lower_ in ("in", "on"):
        return _event_date_question(span, display)
    if kind != "date" or root.dep_ not in ("compound", "nummod", "amod", "nmod") or noun.pos_ not in ("NOUN", "PROPN") \
            or noun.i < span.end or noun.tag_ in ("NNS", "NNPS") or any(c.dep_ in ("conj", "cc") for c in noun.children):
        return None  # "the 2009 Saints and the 2011 Packers": a list of dated things
    if not any(c.i < span.start and (c.dep_ == "poss" or c.lower_ == "the") for c in noun.children):
        return None  # "a 2012 study": which one is not said
    answer = set(range(span.start, span.end))
    ids = _trimmed(_without_brackets(_pruned(noun, answer), doc, set()) - answer, doc)
    if sum(doc[i].is_alpha for i in ids) < 3:
        return None  # "When was the season?": too little left to say which
    return _be_question("When", "was", _whole_quotes(ids, doc), doc, display)  # a quoted title cut at its end


def _event_date_question(span: "Span", display: Display) -> str | None:
    """The date of an event named in a time phrase before the clause: "Following the defeat
    of Napoleonic France [in 1815], Britain ..." -> "When was the defeat of Napoleonic France?"
    (the phrase before the subject says when, so its noun is an event)."""
    doc = span.doc
    prep = span_root(span).head
    noun = prep.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.tag_ in ("NNS", "NNPS") or noun.i > prep.i or noun.dep_ != "pobj" \
            or noun.head.lower_ not in TEMPORAL_PREPS | {"with", "upon", "on", "at"} or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    subject = clause_subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    if subject is None or noun.head.i > subject.left_edge.i or noun.head.head.i != verb.i:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children):
        return None  # "after a defeat in 1815", "since its invention": which one is not said
    ids = _trimmed(_without_brackets(_pruned(noun, set()), doc, set()) - {t.i for t in prep.subtree}, doc)
    named = any(c.dep_ == "poss" for c in noun.children)  # "Kenya's independence" says which
    if sum(doc[i].is_alpha for i in ids) < (2 if named else 3) or any(doc[i].pos_ == "PRON" for i in ids):
        return None
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    present = tags & {"VBZ", "VBP"} and not tags & {"VBD", "MD"}
    return _be_question("When", "is" if present else "was", ids, doc, display)


def appositive_question(span: "Span", kind: str, display: Display) -> str | None:
    """The answer renames the noun before it, so the question asks what that noun was:
    "Cromwell's allies, the Scots, captured Newburn" -> "Who were Cromwell's allies?"."""
    doc = span.doc
    root = span_root(span)
    noun = root.head
    if root.dep_ != "appos" or noun.pos_ not in ("NOUN", "PROPN") or noun.i >= span.start \
            or kind in ("date", "figure") or root.left_edge.i < span.start - 1 or root.right_edge.i > span.end:
        return None
    listed = doc[root.left_edge.i - 1].text == ":" and root.right_edge.i < span.end \
        and noun.dep_ in ("attr", "nsubj")  # "There are three sectors: [X, Y and Z]"
    if noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children) or any(
            c.dep_ == "conj" for c in root.children) and not listed \
            or (noun.dep_ == "pobj" and noun.head.head.pos_ != "VERB"):
        return None  # a list the parser took for a renaming, or "the Prime Minister of [X], Y"
    described = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "nmod") and t.is_alpha] + [noun]
    tight = root.left_edge.i - 1 == noun.i and root.pos_ == "PROPN"
    if tight and (noun.dep_ in ("nsubj", "nsubjpass", "dobj") or noun.dep_ == "pobj" and noun.head.dep_ == "agent") \
            and all(t in described or (t.dep_ == "det" and t.head.i == noun.i) for t in doc[noun.left_edge.i:noun.i]):
        # "the German architect X designed ..." -> "Which German architect designed ...?"; "was
        # headlined by the rock group X" -> "Which rock group headlined ...?"
        whole = doc[noun.left_edge.i:max(span.end, root.right_edge.i + 1)]
        wh = "Which " + " ".join(display.tok(t) for t in described)
        found = agent_question(whole, kind, display, wh=wh) if noun.dep_ == "pobj" else \
            getattr(make_wh_question(whole, kind, "", display, wh_override=wh, strict=False), "prompt", None)
        if found is not None:
            return found
    if not (tight or doc[root.left_edge.i - 1].is_punct):
        return None  # "winning Jack Nicholson his 12th nomination": two objects, no renaming
    ids = _without_brackets(_pruned(noun, set()), doc, set()) - {t.i for t in root.subtree}
    wh = "Who" if kind == "person" or noun.lemma_.lower() in PERSON_WORDS else "What"
    before = {i for i in ids if i < span.start}
    asked = _what_it_is(wh, noun, before, display, then=_which_one(noun, root, display) if len(before) <= 6 else [])
    if listed and asked is not None and any(c.dep_ == "nummod" for c in noun.children) \
            and not any(c.dep_ in ("det", "poss") for c in noun.children):
        asked = re.sub(r"^(What|Who) (are|were) ", r"\1 \2 the ", asked)  # "What are the two subtypes of T cells?"
    return asked


def renamed_question(span: "Span", kind: str, display: Display) -> str | None:
    """The answer is renamed by the phrase after it, which the question asks about:
    "Acme Hall, the oldest gallery in Westfield, opened ..." -> "What is the oldest gallery in Westfield?"."""
    doc = span.doc
    root = span_root(span)
    renaming = [c for c in root.children if c.dep_ == "appos" and c.left_edge.i >= span.end]
    if len(renaming) != 1 or root.pos_ not in ("NOUN", "PROPN") or kind in ("date", "figure") \
            or root.dep_ in ("conj", "appos") or any(c.dep_ == "conj" for c in root.children):
        return None
    phrase = renaming[0]
    if phrase.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "det" for c in phrase.children) \
            or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in phrase.children) \
            and phrase.right_edge.i - phrase.left_edge.i < 2:
        return None  # "Fresno (FREZ-noh)": a name's respelling, not what it is; "granulysin (a protease)":
        # one of a kind, and "What is a protease?" asks what the kind is
    wh = "Who" if kind == "person" else "What"
    return _what_it_is(wh, root, _without_brackets(_pruned(phrase, set()), doc, set()), display, number=phrase)


def _be_question(wh: str, be: str, ids: set[int], doc, display: Display, then: list[tuple] = ()) -> str:
    """"<wh> <be> <the words of ids> <then>?", the first word lower-cased unless a name."""
    first = min(ids)
    parts: list[tuple] = [(wh, True), (be, True)]
    words = {i: display.tok(doc[i]) for i in ids}
    if then and doc[first].lower_ in ("a", "an") and doc[first].dep_ == "det":
        words[first] = "the"  # "a messenger that the commander sent": the one the clause says
    parts += [(lower_first(doc[i], words[i]) if i == first else words[i],
               bool(doc[i].whitespace_ or then and i == max(ids)), i) for i in sorted(ids)]
    return _unended(render(parts + list(then))) + "?"


def _what_it_is(wh: str, noun: "Token", ids: set[int], display: Display, number: "Token | None" = None,
                then: list[tuple] = ()) -> str | None:
    """"Who was <the words of ids> <then>?", in the tense of the clause around *noun* and the
    number of *number* (the noun itself unless given)."""
    doc = noun.doc
    ids = _trimmed(ids, doc)
    if not ids or any(doc[i].tag_ in ("WDT", "WP") or doc[i].pos_ == "PRON" and doc[i].dep_ != "poss" for i in ids):
        return None
    verb = noun
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    tags = [verb.tag_] + [c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    past = "VBD" in tags
    plural = (number or noun).tag_ in ("NNS", "NNPS")
    be = ("were" if plural else "was") if past else ("are" if plural else "is")
    return _be_question(wh, be, ids, doc, display, then)


def _participle(root: "Token") -> "Token | None":
    """The participle without a subject that governs *root*: "racking up 487 yards", "found in X"."""
    v = root.head
    for _ in range(3):
        if v.tag_ in ("VBN", "VBG") and v.dep_ in ("acl", "advcl") and clause_subject(v) is None \
                and not any(c.dep_ in ("aux", "auxpass", "mark") for c in v.children):
            return v
        if v.dep_ not in ("prep", "agent", "pobj", "dobj", "npadvmod") or v.head.i == v.i:
            return None
        v = v.head
    return None


# Verbs whose participle tells of a making, done once ("a rug designed by X": "Who designed the
# rug?"), where "a council elected by citizens" still holds ("Who elects the council?").
MAKING_VERBS = frozenset("design build found write compose paint draw invent discover create donate establish "
                         "coin construct erect sculpt carve engrave produce direct publish make devise draft "
                         "lay commission bequeath give".split())


# The longest clause a participle's noun keeps (see _holder_clause): past it the question is the
# sentence again.
CLAUSE_WORDS = 12


def _holder_clause(holder: "Token", participle: "Token") -> tuple[str, list[int]] | None:
    """The clause a participle's noun stands in, as a relative clause that says which one is
    meant: "neutrophils migrate to the site in [a process] called chemotaxis" gives "in which"
    and the ids of "neutrophils migrate to the site", so the question reads "What is the process
    in which neutrophils migrate to the site called?", not "What is the process called?"."""
    doc = holder.doc
    if holder.pos_ != "NOUN" or holder.ent_type_ == "PERSON" \
            or any(c.dep_ in ("appos", "conj", "relcl", "acl") and c.i != participle.i
                   or c.pos_ == "PROPN" and c.i < holder.i for c in holder.children):
        return None  # a name or a clause of its own says which one already
    person = references.hyphenated_lemma(holder) in PERSON_WORDS  # "the older brother who moved to X"
    subject_gap = holder.dep_ in ("nsubj", "nsubjpass")
    if holder.dep_ == "pobj" and holder.head.dep_ == "prep" and holder.head.lower_ not in ("of", "as", "than", "like"):
        gap, word = holder.head, f"{holder.head.lower_} {'whom' if person else 'which'}"
    elif holder.dep_ == "dobj" or subject_gap:
        gap, word = holder, "who" if person else "that"
    else:
        return None
    main = gap.head  # "migrate toward the site [in a process]": the parse may hang it on a noun
    while main.pos_ not in ("VERB", "AUX") and main.dep_ in ("pobj", "prep", "dobj") and main.head.i != main.i:
        main = main.head
    subject = clause_subject(main) if main.pos_ in ("VERB", "AUX") else None
    if subject is None or subject.dep_ == "expl" or subject.tag_ in ("WDT", "WP", "WP$") \
            or (subject.i == holder.i) != subject_gap:
        return None
    if main.lemma_ in ("be", "have") or main.dep_ not in ("ROOT", "ccomp", "conj") \
            or main.tag_ in ("VBG", "VBN") and not any(c.dep_.startswith("aux") for c in main.children) \
            or gap.dep_ == "prep" and any(c.dep_ == "auxpass" for c in main.children):
        return None  # "a rug that there is", "the dinner with which the opening was marked"
    ids = _pruned(main, set()) - {t.i for t in gap.subtree}
    # "In 1990, X launched [a product]": "the product that X launched"
    ids -= {t.i for c in main.children if c.i < min(subject.left_edge.i, holder.left_edge.i) for t in c.subtree}
    ids = _trimmed(_mended_commas(_without_brackets(ids, doc, set()), doc, main), doc)
    if not ids or doc[min(ids)].dep_ == "mark" or not subject_gap and subject.i not in ids \
            or not any(doc[i].pos_ in ("NOUN", "PROPN", "NUM") for i in ids) \
            or any(doc[i].tag_ in ("WDT", "WP", "WP$", "WRB") or re.search(r"[;:.!?\[\]]", doc[i].text)
                   or doc[i].text in QUOTES for i in ids) \
            or holder.dep_ == "dobj" and any(doc[i].dep_ in ("dobj", "attr") and doc[i].head.i == main.i for i in ids):
        return None  # "that was discovered" says nothing; a second object is a parse gone wrong
    return word, sorted(ids)


def _which_one(holder: "Token", beside: "Token", display: Display) -> list[tuple]:
    """The parts of the holder's clause ("in which neutrophils migrate to the site") to follow
    the holder's words in a question, or none when it has no short clause."""
    clause = _holder_clause(holder, beside)
    if clause is None or len(clause[1]) > CLAUSE_WORDS:
        return []
    doc = holder.doc
    return [(clause[0], True)] + [(lower_first(doc[i], display.tok(doc[i])) if k == 0 else display.tok(doc[i]),
                                   bool(doc[i].whitespace_), i) for k, i in enumerate(clause[1])]


def participle_question(span: "Span", kind: str, display: Display) -> str | None:
    """A participle clause asked as a clause of its own, after Heilman & Smith: "The Rovers
    won, scoring 4 goals." -> "How many goals did the Rovers score?"; "pigments found in
    algae" -> "In what are pigments found?". The participle's subject is the noun it modifies
    (acl) or the subject of the clause it hangs from (advcl); the tense is that clause's."""
    doc = span.doc
    root = span_root(span)
    if root.dep_ in ("nummod", "quantmod") and root.head.pos_ == "NOUN" and root.head.i >= span.end:
        root = root.head  # "487 [yards]": the counted noun moves with its number
    verb = _participle(root)
    if verb is None:
        return None
    person = kind == "person"
    if root.dep_ == "pobj" and root.head.head.i == verb.i:
        prep = root.head
        counted = root.i >= span.end and any(c.dep_ in ("nummod", "quantmod") and span.start <= c.i < span.end
                                             for c in root.children)
        if prep.dep_ == "agent" and verb.tag_ == "VBN" and counted:
            wh = "How many " + display.span(doc[span.end:root.i + 1])  # "attended by [2000] guests"
        elif prep.dep_ == "agent" and verb.tag_ == "VBN" and kind not in ("figure", "date", "place") \
                and verb.lemma_.lower() not in PLACING_VERBS and root.lemma_.lower() not in SHORE_NOUNS:
            wh = _doer_wh(root, kind)  # "the review ordered by the government" -> "Who ordered the review?"
        elif kind == "date" and prep.lower_ in TIME_PREPS:
            wh = TIME_PREPS[prep.lower_]
        elif kind == "place" and prep.lower_ in PLACE_PREPS or kind != "person" and prep.lower_ in ("in", "at") \
                and verb.lemma_.lower() in DWELLING_VERBS and root.lemma_.lower() not in references.RELATIVE_TIME_NOUNS:
            wh = "Where"  # "cells located [in the thymus]": "Where are the cells located?"
        else:
            wh = f"{prep.text.capitalize()} {'whom' if person else 'what'}"
        moved = {t.i for t in prep.subtree}
        if wh.endswith((" what", " whom")) and prep.dep_ != "agent" and strandable(prep, verb):
            wh, moved = ("Who" if person else "What"), {t.i for t in root.subtree}  # "known [as X]" -> "known as?"
    elif root.head.i == verb.i and root.dep_ in ("dobj", "npadvmod", "attr", "oprd"):
        counted = [c for c in root.children if c.dep_ in ("nummod", "quantmod") and span.start <= c.i < span.end]
        if counted and root.i >= span.end:
            wh = "How many " + display.span(doc[span.end:root.i + 1])
        else:  # "a footballer named [X]" asks for a name: "What was the footballer named?"
            wh = "Who" if person and not (root.dep_ == "oprd" and verb.lemma_.lower() in NAMING_VERBS) else "What"
        moved = {t.i for t in root.subtree}
    else:
        return None
    if verb.dep_ == "acl" and (verb.head.pos_ == "PRON" or verb.head.lower_ in references.DEMONSTRATIVES):
        return None  # "those involving [X]": "What do those involve?" says not which ones
    if verb.dep_ == "acl":
        holder = verb.head
        subject_ids = {t.i for t in holder.subtree} - {t.i for t in verb.subtree}
        main = holder
        while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
            main = main.head
    else:
        main = verb.head
        holder = clause_subject(main)
        if holder is None or holder.i in moved:
            return None
        subject_ids = {t.i for t in holder.subtree}
    subject_ids = _without_brackets(_pruned(holder, set()) & subject_ids, doc, set())
    if not subject_ids or any(doc[i].tag_ in ("WDT", "WP") for i in subject_ids):
        return None
    subject_ids = _trimmed(subject_ids, doc)
    if not subject_ids:
        return None
    first = min(subject_ids)
    tenses = [main.tag_] + [c.tag_ for c in main.children if c.dep_ in ("aux", "auxpass")]
    past = "VBD" in tenses
    done = verb.dep_ == "acl" and verb.tag_ == "VBN" and kind == "date"
    plural = holder.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in holder.children) \
        or holder.lower_ in ("they", "we", "you", "i", "these", "those")  # "What do they use?", not "does they"
    active = (wh in ("Who", "What") or wh.startswith("How many ")) and root.dep_ == "pobj" and root.head.dep_ == "agent"
    if active:  # a count is plural ("How many visitors attend"); a plan made for later was made before it
        past = past or any(c.lower_ in ("will", "'ll", "shall") for c in main.children if c.dep_ == "aux") \
            or verb.dep_ == "acl" and verb.lemma_.lower() in MAKING_VERBS  # "a rug designed by X": done once
        aux, verb_text = None, _inflected(verb.lemma_, "VBD" if past else "VBP" if wh.startswith("How many") else "VBZ")
        if verb_text is None:
            return None
    elif verb.tag_ == "VBN":
        aux = ("were" if plural else "was") if past or done else ("are" if plural else "is")
        verb_text = display.tok(verb)
    else:
        aux = "did" if past else ("do" if plural else "does")
        verb_text = base_form(verb)
    rest = _without_brackets(_pruned(verb, moved), doc, moved) - moved - {verb.i}
    parts: list[tuple] = [(wh, True)] + ([(verb_text, True, verb.i)] if active else [(aux, True)])
    if active:  # "Who carried out the program?"
        particles = {c.i for c in verb.children if c.dep_ == "prt"} & rest
        parts += [(display.tok(doc[i]), True, i) for i in sorted(particles)]
        rest -= particles
    for i in sorted(subject_ids):
        text = display.tok(doc[i])
        if active and len(subject_ids) == 1 and doc[i].pos_ == "PRON":
            text = OBJECT_CASE.get(doc[i].lower_, doc[i].lower_)  # "Who inspired him?"
        if verb.dep_ == "acl" and doc[i].dep_ == "det" and doc[i].head.i == holder.i and doc[i].lower_ in ("a", "an"):
            text = "the"  # "a process called chemotaxis": "What is the process called?", the one the sentence meant
        parts.append((lower_first(doc[i], text) if i == first else text, bool(doc[i].whitespace_), i))
    clause = _which_one(holder, verb, display) if verb.dep_ == "acl" and len(subject_ids) <= 6 \
        and sum(not doc[i].is_punct for i in rest) <= (0 if active else 1) else []
    if clause:
        parts[-1] = parts[-1][:1] + (True,) + parts[-1][2:]
        parts += clause
    if not active:
        before = sorted(i for i in rest if i < verb.i and doc[i].dep_ == "advmod" and doc[i].head.i == verb.i
                        and doc[i].tag_ == "RB")
        parts += [(lower_first(doc[i], display.tok(doc[i])), True, i) for i in before]  # "often abbreviated as"
        rest -= set(before)
        parts.append((verb_text, True, verb.i))
    for i in sorted(rest):
        parts.append((display.tok(doc[i]), bool(doc[i].whitespace_), i))
    text = render(parts)
    text = _unended(text)
    return text + "?"


def _with_leading_words(span: "Span") -> "Span":
    """The answer with the article or hedge before it that no question can keep: "the [Xingu
    tribe]" asks "what", not "the what"; "about [63,519] teachers" asks "how many teachers"."""
    doc = span.doc
    start = span.start
    while start > 0:
        word = doc[start - 1]
        if not start <= word.head.i < span.end or word.is_punct:
            break
        if word.dep_ == "det" or (word.dep_ == "poss" and word.pos_ == "PRON"):
            start -= 1
        elif (word.dep_ in ("quantmod", "advmod") or (word.dep_ == "amod" and word.tag_ in ("JJR", "RBR"))) \
                and (word.head.like_num or word.head.dep_ in ("quantmod", "advmod")):
            start -= 1  # "more than", "at least": a hedge of the figure, taken whole
        else:
            break
    return doc[start:span.end]


def year_question(span: "Span", kind: str, display: Display) -> str | None:
    """The answer is the year of a longer date ("in April [1191]"), so the question asks the
    year of the whole date: "In what year did Richard leave Messina?", not "In April when ...?"."""
    doc = span.doc
    if kind != "date" or len(span) != 1 or not re.fullmatch(r"\d{4}", span.text):
        return None
    date = next((e for e in doc.ents if e.label_ == "DATE" and e.start <= span.start and span.end <= e.end
                 and len(e) > 1), None)
    if date is None:
        return None
    root = span_root(date)
    if root.dep_ != "pobj" or root.head.lower_ not in ("in", "on", "during", "by") \
            or root.head.head.pos_ not in ("VERB", "AUX"):
        return None  # "at a meeting in Albany in December [1755]": the date is the meeting's
    wq = make_wh_question(date, "date", "DATE", display, wh_override="In what year", strict=False)
    return wq.prompt if wq is not None else None


def speaker_question(span: "Span", display: Display) -> str | None:
    """The answer is who spoke a quotation, asked as the generator asks it: '"We are expanding,"
    said [Tom Rivers]' -> 'Who said: "We are expanding"?'. In place it read "Said who?"."""
    doc = span.doc
    root = span_root(span)
    verb = root.head
    titled = all(t.lower_.rstrip(".") in references.SURNAME_TITLES for t in doc[root.left_edge.i:span.start])
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in references.REPORTING_LEMMAS \
            or root.left_edge.i < span.start and not titled:  # "Mr [Clarke]" is still the speaker
        return None
    quoted = [c for c in verb.children if c.dep_ == "ccomp"]
    if len(quoted) != 1:
        return None
    ids = sorted(t.i for t in quoted[0].subtree)
    first, last = ids[0], ids[-1]
    closed = any(doc[i].is_quote for i in range(last, min(last + 3, len(doc))))  # 'judgements," X said'
    if not (first > 0 and doc[first - 1].is_quote or closed and first <= 1 and quoted[0].i < verb.i):
        if first == 0 and last < verb.i < root.i and not any(t.is_quote for t in doc[first:last + 1]):
            # "The guidance would help, added Mr Clarke.": reported speech before its verb
            words = doc[first:last + 1]
            text = _unended(display.span(words))
            return f"Who {display.tok(verb).lower()} that {lower_first(words[0], text)}?"
        return None  # reported speech, not a quotation: "X said that ..."; a quotation the
        # segmenter cut from its opening mark still ends in its closing one
    words = doc[first:last + 1]
    text = display.span(words).rstrip(" ,")
    if len(words) > 30:
        text = display.span(doc[first:first + 25]).rstrip(" ,") + " ..."
    said = "says" if verb.tag_ == "VBZ" else "said"
    text = re.sub(r'\s*["\u201c\u201d]\s*', lambda m: " " if m.group().strip() != m.group() else "",
                  text).strip(" ,")
    return f"Who {said}: \u201c{text}\u201d?"  # its own marks go: 'We are "expanding ...' is one quotation


def _list_members(span: "Span") -> tuple["Token", list["Token"], list["Token"]] | None:
    """(first member, all members, the members the answer leaves out) when the answer is part of
    a list of names or things ("Paris, [Rome] and Vienna"); None otherwise."""
    root = span_root(span)
    first = root
    while first.dep_ == "conj" and first.head.pos_ == first.pos_:
        first = first.head
    members = [first] + [c for c in first.conjuncts if c.i > first.i]
    if first.dep_ == "appos" and first.head.pos_ == first.pos_ == "PROPN" and len(members) > 1:
        first = first.head  # "The UK, France, Italy and Norway": the model hangs the list on an appositive
        members = [first] + members
    if len(members) < 2 or any(m.pos_ not in ("NOUN", "PROPN") for m in members) \
            or first.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "attr"):
        return None
    others = [m for m in members if not span.start <= m.i < span.end]
    if not others or len(others) == len(members):
        return None
    return first, members, others


def _member_words(member: "Token") -> list["Token"]:
    """A list member's own words: without the members hung on it, the "and" and the commas."""
    nested = {t.i for c in member.children if c.dep_ in ("conj", "cc", "appos", "preconj") for t in c.subtree}
    words = [t for t in member.subtree if t.i not in nested]
    while words and (words[-1].is_punct or words[-1].dep_ == "cc"):
        words.pop()
    return words


# Prepositions whose list is one whole ("between X and Y") or an example of more ("including X").
LIST_PREPS = frozenset("between including as like with after than besides unlike except among".split())


# Words that tie a member to the rest of the sentence: "Bendigo and [its] environs", "X and
# [other] supporters" name no member of their own.
TIED_WORDS = frozenset("other others another its their his her our my some such several many numerous both "
                       "these those this that".split())


def member_question(span: "Span", kind: str, label: str, display: Display) -> str | None:
    """One member of a list, asked as readers do: "He visited Paris, [Rome] and Vienna" ->
    "Besides Paris and Vienna, what did he visit?", the question asked of the whole list and the
    other members named, so the answer is the one left."""
    found = _list_members(span) if kind not in ("figure", "date") else None
    if found is None:
        return None
    first, listed, others = found
    doc = span.doc
    whole = doc[first.left_edge.i:max(first.right_edge.i, span.end - 1) + 1]
    members = {m.i for m in listed}
    if any(t.dep_ in ("relcl", "acl") or t.dep_ == "appos" and t.i not in members or t.pos_ in ("VERB", "AUX")
           for t in whole):
        return None  # members with clauses of their own: no short way to name them
    words = [_member_words(m) for m in others]
    own = {t.i for m in members for t in _member_words(doc[m])}
    if sum(len(w) for w in words) > 10 or any(not w or any(t.lower_ in TIED_WORDS or t.pos_ == "ADV" for t in w)
                                              for w in words) \
            or any(t.lower_ in TIED_WORDS for t in _member_words(span_root(span))) \
            or any(t.i not in own and not (t.is_punct or t.dep_ in ("cc", "preconj")) for t in whole) \
            or not {t.i for t in span} <= own \
            or any(w[-1].i - w[0].i + 1 != len(w) for w in words) \
            or any(t.i not in range(span.start, span.end) and t.dep_ != "det"
                   for m in listed if span.start <= m.i < span.end for t in _member_words(m)) \
            or any(sum(t.is_quote for t in w) % 2 for w in words):
        return None  # a list the parse does not hold together, words that are no member's, an answer that
        # is part of its member ("John and Benjamin [Green]"), a member cut in two
    head = whole.root.head
    if head.lower_ in LIST_PREPS or any(t.lower_ == "or" and doc[t.i - 1].text in (",", "(") for t in whole) \
            and len(members) == 2:
        return None  # "between X and [Y]" needs both; "Cryptophytes, or [cryptomonads]": another name
    if whole.root.dep_ in ("nsubj", "nsubjpass") and any(
            t.tag_ in ("VBZ", "VBD") and t.lower_ in ("is", "was", "has") for t in [head] + list(head.children)):
        return None  # "The party leader and [preacher] was ...": one person, two descriptions
    names = [display.span(doc[w[0].i:w[-1].i + 1]) for w in words]
    if names and words[0][0].i == whole.start and words[0][0].pos_ == "DET":
        names[0] = names[0][:1].lower() + names[0][1:]  # "The UK, ..." -> "Besides the UK, ..."
    named = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    asked = _prompt(whole, kind, label, display, members=False)
    if not re.match(WH_START, asked, flags=re.I) \
            or any(n.lower() in asked.lower() for n in names):
        return None  # the list asked in place, or a member still in the question
    return f"Besides {named}, {asked[:1].lower() + asked[1:]}"


def _prompt(span: "Span", kind: str, label: str, display: Display, members: bool = True) -> str:
    """The first form that fits: the generator's rules, then the shapes readers use for what
    they cannot move, down to the answer replaced in place."""
    prompt = age_question(span, display) or speaker_question(span, display) \
        or naming_question(span, kind, label, display) \
        or dated_question(span, kind, display) \
        or year_question(span, kind, display) \
        or agent_question(span, kind, display, wh=_class_doer(span, kind))
    if prompt is None:
        prompt = _first_shape(span, kind, label, display)
    if _says_nothing(prompt):  # "What?", "What is that?": too little to tell what is asked
        fuller = in_situ(span, kind, display, whole=True)
        if _says_nothing(fuller) and span_root(span).pos_ in ("NOUN", "PROPN", "NUM", "ADJ"):
            fuller = copied_question(span, kind, display)  # a parse that holds no clause to ask in
        if len(fuller.split()) > len(prompt.split()):
            return fuller
    if not re.match(WH_START, prompt, flags=re.I) or len(prompt.split()) <= 5:
        related = relative_question(span, kind, display)
        if related is not None:
            return related
    if members and not re.match(WH_START, prompt, flags=re.I):  # "He visited Paris, what and Vienna?"
        listed = member_question(span, kind, label, display)
        if listed is not None and _keeps_words(prompt, listed):
            return listed
    return prompt


def _keeps_words(before: str, after: str) -> bool:
    """Whether *after* still says all that *before* said, give or take a verb's ending: a list
    asked as a whole may not lose the rest of its clause."""
    free = KEEP_FREE | (PLACE_PREPS | TEMPORAL_PREPS if re.search(r"\b(?:where|when)\b", after, flags=re.I)
                        else frozenset())  # "situated in X" -> "Where is it situated?"

    def stems(text: str) -> set[str]:
        return {w[:4] for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in free}
    return stems(before) <= stems(after)


# Words a rewording may add or drop: wh-words, auxiliaries, articles, the "and" of a list.
KEEP_FREE = frozenset("what who whom whose which where when why how is are was were be been do does did has have had "
                      "the a an and or s".split())


def copied_question(span: "Span", kind: str, display: Display) -> str:
    """The whole sentence with the answer replaced, less its brackets: what is left to ask when
    the parse finds no clause around the answer ("Venom, reckoned by many ..., formed in Newcastle
    in 1979" read as a noun with two participles)."""
    doc = span.doc
    keep = set(range(span.start, span.end))
    ids = _trimmed(_without_brackets(set(range(len(doc))), doc, keep), doc)
    commas = [i for i in sorted(ids) if doc[i].text == "," and i >= span.end]
    if span.start == min(ids | keep) and len(commas) > 1 and commas[0] == min(i for i in ids if i >= span.end) \
            and commas[1] + 1 < len(doc) and doc[commas[1] + 1].pos_ in ("VERB", "AUX"):
        ids -= set(range(commas[0], commas[1] + 1))  # "Venom, reckoned by many ..., formed": the aside goes
    wh = "who" if kind == "person" else "what"
    parts = []
    for i in sorted(ids | keep):
        if span.start <= i < span.end:
            if i == span.start:
                parts.append((wh, True, i))
            continue
        parts.append((display.tok(doc[i]), bool(doc[i].whitespace_), i))
    text = re.sub(r"^[\s,;:\-\u2013\u2014]+", "", render(parts))
    text = _unended(text)
    return text[:1].upper() + text[1:] + "?"


WH_START = r"(?:\w+ )?(?:what|who|whom|whose|which|where|when|why|how)\b"


# Words that leave a short question empty: "What is it?", "What are there?", "How many?".
EMPTY_WORDS = references.THIRD_PERSON | references.DEMONSTRATIVES | frozenset(
    "is are was were be been do does did has have had there many much what who".split())


def _says_nothing(prompt: str) -> bool:
    words = re.findall(r"[\w']+", prompt.lower())
    return len(words) <= 3 and all(w in EMPTY_WORDS for w in words[1:])


def _stranded(prompt: str, span: "Span", kind: str, label: str, display: Display) -> str:
    """"To what did their use lead?" as readers ask it: "What did their use lead to?", the
    preposition left where the phrase stood."""
    found = re.match(r"(\w+) (what|whom) (?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|may|might|"
                     r"must|should|shall)\b", prompt)
    if found is None or found.group(1).lower() not in STRANDED_PREPS:
        return prompt
    wq = make_wh_question(span, kind, label, display, wh_override="Who" if found.group(2) == "whom" else "What",
                          strict=False, strand=True)
    if wq is None or found.group(1).lower() not in re.findall(r"\w+", wq.prompt.lower())[1:]:
        return prompt  # the preposition went with a phrase the question leaves out
    return wq.prompt


def owner_question(span: "Span", kind: str, display: Display) -> str | None:
    """A person after "of" at the end of the subject owns it: "The lectures of Jo Brand were
    acclaimed in New York" -> "Whose lectures were acclaimed in New York?", not "The lectures of
    who ...?"; "the son of X" -> "Whose son ...?"."""
    root = span_root(span)
    prep = root.head
    noun = prep.head
    if kind != "person" or root.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep" \
            or noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX") \
            or noun.right_edge.i != root.right_edge.i or root.right_edge.i >= span.end \
            or span.start > root.left_edge.i:
        return None
    before = list(span.doc[noun.left_edge.i:noun.i])
    if not all(t.dep_ in ("det", "amod", "compound") for t in before) or any(
            t.dep_ == "det" and t.lower_ not in ("the", "a", "an") for t in before):
        return None  # "his lectures of X", "these lectures": no room for "whose"
    words = [display.tok(t) for t in before if t.dep_ != "det"] + [display.tok(noun)]
    whole = span.doc[noun.left_edge.i:noun.right_edge.i + 1]
    wq = make_wh_question(whole, "thing", "", display, wh_override="Whose " + " ".join(words), strict=False)
    return wq.prompt if wq is not None else None


def age_question(span: "Span", display: Display) -> str | None:
    """An age asks for the age: "Tesla died at the age of 86" -> "At what age did Tesla die?",
    not "When did Tesla die?" (a date); "must be over the age of 18" -> "How old must members be?"."""
    doc = span.doc
    age = next((t for t in doc[max(0, span.start - 4):span.end] if t.lower_ == "age" and t.dep_ == "pobj"), None)
    if age is None or age.head.lower_ not in AGE_PREPS or age.head.head.pos_ not in ("VERB", "AUX"):
        return None
    prep = age.head
    phrase = doc[prep.i:prep.right_edge.i + 1]
    numbers = [t for t in age.subtree if t.like_num]
    if not numbers or not any(span.start <= t.i < span.end for t in numbers) \
            or span.start < prep.i or span.end > phrase.end:
        return None
    verb = prep.head
    predicate = verb.lemma_ == "be" and not any(c.dep_ in ("acomp", "attr") for c in verb.children)
    if predicate:  # "Members must be over the age of 18" -> "How old must members be?"
        subject = clause_subject(verb)
        auxes = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
        if subject is None or subject.i > verb.i or any(t.pos_ in ("VERB", "AUX") for t in subject.subtree):
            return None
        who = lower_first(subject.left_edge, display.span(doc[subject.left_edge.i:subject.right_edge.i + 1]))
        if not auxes:
            return f"How old {display.tok(verb).lower()} {who}?"
        return f"How old {display.tok(auxes[0]).lower()} {who} {' '.join(display.tok(a) for a in auxes[1:] + [verb])}?"
    found = make_wh_question(phrase, "thing", "", display, wh_override=f"{prep.lower_.capitalize()} what age",
                             strict=False)
    return found.prompt if found is not None else None


AGE_PREPS = frozenset("at until till over under from by after before".split())


def relative_question(span: "Span", kind: str, display: Display) -> str | None:
    """The answer asked by the clause that says which one it is: "She met [Tomas Wirl], who had
    founded the Orvane Trust in 1990." -> "Who had founded the Orvane Trust in 1990?"."""
    doc = span.doc
    root = span_root(span)
    if root.pos_ not in ("NOUN", "PROPN") or kind in ("date", "figure"):
        return None
    rel = next((c for c in root.children if c.dep_ == "relcl" and c.i >= span.end), None)
    if rel is None or rel.pos_ not in ("VERB", "AUX"):
        return None
    pron = next((c for c in rel.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if pron is None or not (pron.tag_ in ("WDT", "WP") or pron.lower_ == "that") or pron.i > rel.i \
            or any(t.i not in range(span.start, span.end) and t.dep_ not in ("det", "punct")
                   for t in doc[root.left_edge.i:root.i + 1]) or span.end > rel.left_edge.i:
        return None  # the answer must be the whole noun the clause is on
    if rel.tag_ == "VBP" or any(c.tag_ == "VBP" for c in rel.children if c.dep_.startswith("aux")):
        return None  # "institutes which train": "Who train ...?"
    ids = _without_brackets(_pruned(rel, set()), doc, set()) - {pron.i}
    ids = {i for i in ids if i > pron.i}
    ids = _trimmed(_mended_commas(ids, doc, rel), doc)
    if not ids or sum(doc[i].is_alpha for i in ids) < 3 or any(doc[i].tag_ in ("WDT", "WP", "WRB") for i in ids):
        return None
    person = pron.lower_ == "who" or pron.lower_ == "that" and (
        kind == "person" or references.hyphenated_lemma(root) in PERSON_WORDS)
    if pron.lower_ == "which" and kind == "person":
        return None  # "the definition of Turing machines by [Alan Turing], which ...": another noun's clause
    noun = class_noun(span, kind)
    wh = "Who" if person else f"What {noun.lower_}" if noun is not None else "What"
    parts = [(wh, True)] + [(display.tok(doc[i]), bool(doc[i].whitespace_), i) for i in sorted(ids)]
    return _unended(render(parts)) + "?"


def _first_shape(span: "Span", kind: str, label: str, display: Display) -> str:
    owned = owner_question(span, kind, display)
    if owned is not None:
        return owned
    if _example_of(span) is not None:
        # "crops such as [X]": "What crops ...?", asked by its kind (see example_phrase), or else in
        # place: never "Who have the best drivers won the rally, such as?"
        return in_situ(span, kind, display)
    classed = class_question(span, kind, label, display)
    if classed is not None:
        return classed
    wq = make_wh_question(span, kind, label, display, strict=False) if kind != "thing" else None
    if wq is None:
        wh = generic_wh(span, kind, display)
        if wh is not None:
            wq = make_wh_question(span, kind, label, display, wh_override=wh, strict=False)
    if wq is not None:
        return _stranded(wq.prompt, span, kind, label, display)
    return predicate_question(span, display) or appositive_question(span, kind, display) \
        or renamed_question(span, kind, display) or event_question(span, display) \
        or modifier_question(span, display) or participle_question(span, kind, display) \
        or clause_question(span, display) or in_situ(span, kind, display)


NAMED_PRONOUNS = {"he": False, "she": False, "it": False, "they": False, "his": True, "its": True, "their": True}


def _named_pronouns(prompt: str, span: "Span", display: Display) -> str:
    """"Because it exploits what?" -> "... does this induction of a response exploit?": a pronoun
    whose sentence names what it stands for (the subject of the clause above it) is named, so the
    question stands without the sentence."""
    doc = span.doc
    for tok in doc:
        low = tok.lower_
        if low not in NAMED_PRONOUNS or span.start <= tok.i < span.end or tok.is_title and not tok.is_sent_start \
                or not _said_once(low, doc, prompt):
            continue
        subject = references.sentence_antecedent(tok) or _first_clause_subject(tok)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN") \
                or subject.left_edge.i < span.end and span.start <= subject.right_edge.i:
            continue  # "What lineages lost their chloroplast?": the answer is what the pronoun means
        name = _short_name(subject, display)
        if name is None or name.lower() in prompt.lower():
            continue
        prompt = _with_name(prompt, low, name, NAMED_PRONOUNS[low], display)
    return prompt


def _first_clause_subject(tok: "Token") -> "Token | None":
    """The name a clause put first gives the subject pronoun of the clause it leads into:
    "Although Kenya is the biggest economy, it has ..." -> "Kenya"."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return None
    clause = next((c for c in verb.children if c.dep_ == "advcl" and c.right_edge.i < tok.i
                   and any(m.dep_ == "mark" for m in c.children)), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
    if subject is None or subject.pos_ != "PROPN" or not references._pronoun_fits(tok, subject):
        return None
    return subject


def _said_once(pronoun: str, doc, prompt: str) -> bool:
    """The pronoun stands once in the sentence and once in the question, so the one the question
    kept is known."""
    return sum(1 for t in doc if t.lower_ == pronoun) == 1 \
        and len(re.findall(rf"\b{pronoun}\b", prompt, flags=re.I)) == 1


def _with_name(prompt: str, pronoun: str, name: str, owner: bool, display: Display) -> str:
    """*prompt* with *name* ("Tesla", or "Tesla's" for an *owner*) in place of *pronoun*."""
    if owner:
        mark = "\u2019" if display.text.count("\u2019") > display.text.count("'") else "'"
        name += mark if name.endswith("s") else mark + "s"
    return re.sub(rf"\b{pronoun}\b", lambda m: name if m.start() else name[:1].upper() + name[1:], prompt,
                  count=1, flags=re.I)


def _short_name(subject: "Token", display: Display) -> str | None:
    """The subject's noun with the words that make it one thing ("the deliberate induction of
    an immune response"), less asides and clauses; None when it holds no name a reader can use."""
    from .docindex import entity_at

    doc = subject.doc
    ent = entity_at(subject)
    if ent is not None and ent.label_ in ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART"):
        words = list(ent)
        if ent.start and doc[ent.start - 1].lower_ == "the" and doc[ent.start - 1].head.i == subject.i:
            words.insert(0, doc[ent.start - 1])  # "the Taliban"
    else:
        lead = [t for t in subject.lefts if t.dep_ in ("det", "amod", "compound", "nummod", "nmod", "poss")]
        if not lead and subject.tag_ in ("NN", "NNS"):
            return None
        start = min([t.left_edge.i for t in lead] + [subject.i])
        words = list(doc[start:subject.i + 1])
        of = next((c for c in subject.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            tail = list(doc[of.i:of.right_edge.i + 1])
            if len(tail) <= 5 and not any(t.pos_ in ("VERB", "AUX", "PUNCT", "PRON") for t in tail):
                words += tail
    if any(t.pos_ == "PRON" or t.tag_ in ("WDT", "WP", "WP$") or t.is_punct and t.text not in "'-" for t in words) \
            or len(words) > 8:
        return None
    text = display.span(doc[words[0].i:words[-1].i + 1])
    return lower_first(words[0], text[:len(words[0].text)]) + text[len(words[0].text):]


def _standalone(prompt: str) -> str:
    """"What did the council also build?" points back to what the article said before; the
    question stands alone without it (readers drop it), and without "however" or "thus". Quoted
    words stay as they were said, and so do the "but also" of "not just ... but also" and an
    "also" between two words that match."""
    def drop(match: re.Match) -> str:
        before, after = match.group(1), match.group(2)
        if before.lower() == "but" or before.lower() == after.lower():
            return match.group(0)
        return f"{before} {after}"

    def unlinked(text: str) -> str:  # "however", "thus": links to a sentence the question does not show
        text = re.sub(rf",? \b(?:{LINK_WORDS})\b,?(?= )", "", text)
        return re.sub(rf"^(?:{LINK_WORDS}),? ", "", text, flags=re.I)

    parts = re.split(r'("[^"]*"|\u201c[^\u201d]*\u201d)', prompt)
    parts = [p if k % 2 else unlinked(re.sub(r"\b(\w+) also (\w+)", drop, p)) for k, p in enumerate(parts)]
    text = re.sub(r",?\s+(?:and|or|but|nor)\?$", "?", "".join(parts))  # "... a 2-yard run and?": its pair went
    # an encyclopedia's citation marks are no words of the question: "[citation needed]", "priest:10"
    text = re.sub(rf"\s?\[(?:{EDITOR_NOTES})\]?|\s?\[(?:{EDITOR_TAGS})\??\]|\[\d+\]", "", text)  # "[citation" cut
    text = re.sub(r"(?<=[a-z.,;)])(?::\d+(?:[\u2013-]\d+)*)+(?:, ?\d+)*\b", "", text)  # page numbers
    text = re.sub(r"\[[a-z]\]?(?=\?$)|\[[a-z]\]", "", text)  # lettered footnotes: "a mission.[k]"
    text = re.sub(r"(?<=\w{3})\.(?=\?$)", "", text)  # "abilities.:33?" -> "abilities?", not "a.m?"
    text = re.sub(r"\s*[,;:]?\s*\?$", "?", _paired(text))  # "... the Eucharist,?" -> "... the Eucharist?"
    return text[:1].upper() + text[1:]


def _paired(text: str) -> str:
    """*text* without brackets the cut left alone: "the CBS Sports apps on tablets)?" lost its "(",
    "(AK" its ")"."""
    openers, drop = [], set()
    for k, ch in enumerate(text):
        if ch in "([":
            openers.append(k)
        elif ch in ")]":
            if openers and text[openers[-1]] == {")": "(", "]": "["}[ch]:
                openers.pop()
            else:
                drop.add(k)
    drop |= set(openers)
    if not drop:
        return text
    text = "".join(ch for k, ch in enumerate(text) if k not in drop)
    return re.sub(r",(\s*,)+", ",", text).lstrip(" ,;:")


LINK_WORDS = "however|thus|therefore|nevertheless|moreover|furthermore|indeed|hence|consequently"
EDITOR_NOTES = "citation needed|verification needed|clarification needed|disambiguation needed|not in citation given" \
    "|page needed|citation"
EDITOR_TAGS = "original research|when|who|which|according to whom|by whom|dubious|discuss"  # only whole: "[when?]"


def question_for(sentence: str, answer: str, context: str | None = None) -> Question:
    """One question whose answer is *answer*, a span of *sentence*. *context*, the text before
    the sentence (its paragraph so far), names what the sentence's "he" or "it" stands for."""
    from .nlp import load_pipeline

    sentence = " ".join(sentence.split())
    if not sentence:
        raise StudykitError("the sentence is empty")
    start, end = locate(sentence, answer)
    inner = _unbracketed(sentence)
    if inner != sentence and " ".join(answer.split()) in inner:
        sentence, (start, end) = inner, locate(inner, answer)
    nlp = load_pipeline()
    doc = nlp(plain(sentence))
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        raise StudykitError(f"answer {answer!r} does not line up with the words of the sentence")
    span = _with_leading_words(span)
    display = Display(sentence)
    answer_text = sentence[start:end]
    kind, label = answer_kind(span)
    prompt = _named_pronouns(_prompt(span, kind, label, display), span, display)
    if context and context.strip():
        prompt = _named_from_context(prompt, span, display, _as_sentences(context), nlp)
    prompt = _standalone(_definite(prompt, span, display))
    # "How many pounds did the bridge cost?" -> "How much did the bridge cost?", as readers ask a sum or a weight
    # (only when the answer says the unit, and not "how many tonnes of plants", which "how much" cannot count)
    prompt = re.sub(rf"^(?:(\w+) )?[Hh]ow many ({'|'.join(sorted(AMOUNT_UNITS))}) (?!of )",
                    lambda m: (m.group(1) + " how much " if m.group(1) else "How much ")
                    if re.search(rf"\b{m.group(2)}\b", answer_text, flags=re.I) else m.group(0), prompt)
    if span.end < len(doc) and doc[span.end].tag_ == "POS":  # "[Rollo]'s arrival": "before whose arrival"
        prompt = re.sub(r"\b([Ww])hat['\u2019]s\b", lambda m: "Whose" if m.group(1) == "W" else "whose", prompt)
    digest = hashlib.sha256(f"{sentence}\0{answer_text}".encode("utf-8")).hexdigest()[:10]
    return Question(id=f"ask-short-{digest}", type="short", prompt=prompt, answer=answer_text,
                    fact=kind if kind != "thing" else "description", source=Source("ask", sentence),
                    score=1.0)


# Nouns of a phrase that only points back to the sentence before: "for this reason", "in this
# way", "at this time". A question that stands alone has no such sentence, and drops the phrase.
LINK_NOUNS = frozenset("reason sense way case purpose end respect regard point time period stage standpoint "
                       "viewpoint manner".split())


def _definite(prompt: str, span: "Span", display: Display) -> str:
    """"What is this process called?" points back to a sentence the question does not show; "the
    process" says as much on its own (readers' questions say "the"), and "for this reason" goes."""
    doc = span.doc
    for tok in doc:
        if tok.lower_ not in ("this", "these") or tok.dep_ != "det" or tok.head.pos_ != "NOUN" \
                or span.start <= tok.i < span.end or not _said_once(tok.lower_, doc, prompt):
            continue
        noun, prep = tok.head, tok.head.head
        if noun.dep_ in ("npadvmod", "tmod") or noun.lemma_.lower() in references.RELATIVE_TIME_NOUNS \
                and noun.lemma_.lower() not in LINK_NOUNS:
            continue  # "announced it this week", "in this season": the text's own now, not the sentence before
        if noun.lemma_.lower() in LINK_NOUNS and noun.dep_ == "pobj" and prep.lower_ != "of" \
                and [c.i for c in noun.children] == [tok.i] and not span.start <= prep.i < span.end:
            link = rf",?\s*\b{re.escape(display.tok(prep))} {tok.lower_} {re.escape(display.tok(noun))}\b,?"
            cut = re.sub(link, "", prompt, count=1, flags=re.I).strip()
            if cut != prompt:
                prompt = re.sub(r"\s+(?=[?,])", "", cut)
                prompt = prompt[:1].upper() + prompt[1:]
                continue
        prompt = re.sub(rf"\b{tok.lower_}\b", lambda m: "The" if m.group(0)[0].isupper() else "the", prompt,
                        flags=re.I)
    return prompt


def _unbracketed(sentence: str) -> str:
    """A sentence set in brackets as a whole, as its own words: "(Incongruously, X was Y.)" reads
    "Incongruously, X was Y.", where the brackets would make all of it an aside to drop."""
    found = re.fullmatch(r"\((.*)\)([.!?]?)", sentence)
    if found is None or found.group(1).count("(") != found.group(1).count(")") \
            or ")" in found.group(1).split("(")[0]:
        return sentence  # "(a) ... (b)": two brackets, not one around it all
    inner = found.group(1).strip()
    return inner if inner[-1:] in ".!?" else inner + (found.group(2) or ".")


# Pronouns the text before a sentence may name, with the kind of thing they stand for and whether
# they own ("his"); "her" is either, by its parse.
CONTEXT_PRONOUNS = {"he": ("person", False), "him": ("person", False), "his": ("person", True),
                    "she": ("person", False), "her": ("person", None),
                    "it": ("thing", False), "its": ("thing", True),
                    "they": ("group", False), "them": ("group", False), "their": ("group", True)}
# The entity labels a name may carry to stand for each kind ("" for a proper noun the model left
# unlabelled; "Tesla" is often an ORG to it).
CONTEXT_LABELS = {"person": ("PERSON", "ORG", ""),
                  "thing": ("ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", ""),
                  "group": ("ORG", "NORP", "GPE")}


def _named_from_context(prompt: str, span: "Span", display: Display, context: str, nlp) -> str:
    """A pronoun its own sentence leaves open, named from the text before it: "What did he
    oppose?" -> "What did Tesla oppose?". Readers' questions name who is meant (SQuAD's say
    "tesla", not "he"), and a question must stand without its article. One name per kind: in
    "In his lab he built ...", "he" is named and "his" stays."""
    doc = span.doc
    full = None  # the context and the sentence, parsed when a pronoun needs it
    shift = len(plain(context)) + 1
    done = set()
    for tok in sorted(doc, key=lambda t: (t.dep_ not in ("nsubj", "nsubjpass"), t.i)):
        low = tok.lower_
        if low not in CONTEXT_PRONOUNS or span.start <= tok.i < span.end or tok.is_title and not tok.is_sent_start:
            continue
        kind, owner = CONTEXT_PRONOUNS[low]
        if kind in done:
            continue
        done.add(kind)
        if not _said_once(low, doc, prompt):
            continue
        if tok.dep_ not in (("nsubj", "nsubjpass", "poss", "dobj", "pobj") if kind == "person"
                            else ("nsubj", "nsubjpass", "poss")):
            continue  # an object "it" may be anything the sentence before spoke of
        if any(t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass") for t in doc[:tok.i]) \
                or references.sentence_antecedent(tok) is not None:
            continue  # the sentence names whom it may mean
        full = full or nlp(plain(context) + " " + doc.text)
        twin = full.char_span(tok.idx + shift, tok.idx + shift + len(tok.text))
        name = _context_antecedent(twin[0], kind) if twin is not None and len(twin) == 1 else None
        if name is None or name.lower() in span.text.lower() or span.text.lower() in name.lower() \
                or re.search(rf"\b{re.escape(name.split()[-1])}\b", prompt):
            continue  # the answer, or a name the question says already
        prompt = _with_name(prompt, low, name, owner or owner is None and tok.dep_ == "poss", display)
    return prompt


def _context_antecedent(tok: "Token", kind: str) -> str | None:
    """The name the pronoun *tok* (in a parse of the context and its sentence) stands for: the
    subject of the sentence before, when it is a name of the right kind, or the one the same
    pronoun in that sentence stands for, and so back four sentences. A sentence that names no
    one does not break a chain of "he"; one that names someone else ends it."""
    from .docindex import entities, sentence_of

    doc = tok.doc
    start = sentence_of(tok).start
    for _ in range(4):
        if start == 0:
            return None
        prev = sentence_of(doc[start - 1])
        start = prev.start
        subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and prev.start == 0 and not any(t.pos_ in ("VERB", "AUX") for t in prev):
            return _title_name(prev, kind)  # "Nikola Tesla" above the article: what its "he" means
        if subj is not None and CONTEXT_PRONOUNS.get(subj.lower_, ("",))[0] == kind:
            continue  # "He ...", or "His is the latest ...": the same one, named further back
        if kind == "person" and not any(t.ent_type_ == "PERSON" or CONTEXT_PRONOUNS.get(t.lower_, ("",))[0] == "person"
                                        or t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass") for t in prev):
            continue
        named = subj is not None and subj.ent_type_ in CONTEXT_LABELS[kind] \
            and (subj.pos_ == "PROPN" or subj.ent_type_ == "PERSON")
        renamed = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                        and c.ent_type_ in CONTEXT_LABELS[kind] and c.ent_type_), None) \
            if subj is not None and not named and subj.pos_ in ("NOUN", "ADJ") \
            and (subj.tag_ == "NNS") == (kind == "group") else None
        if renamed is not None:
            # "Their local rivals, Polonia Warsaw, ... They": the name beside the noun says who,
            # and the noun how many
            subj, named = renamed, True
        if not named and subj is not None and kind != "person" and subj.pos_ == "NOUN" \
                and subj.tag_ == ("NN" if kind == "thing" else "NNS") and tok.dep_ in ("nsubj", "nsubjpass"):
            # (not after "The biggest city on it is X": that sentence is about "it", not the city)
            return _topic_name(subj) or (_common_antecedent(subj) if prev.root.lemma_ != "be" else None)
        if not named or renamed is None and (subj.tag_ in ("NNS", "NNPS") if kind != "group"
                                             else not (subj.tag_ == "NNPS" or subj.ent_type_ == "NORP")):
            return None  # "The city ...": no name ("Slater" opening a sentence may be a tagged noun)
        ents = [e for e in entities(doc) if e.start <= subj.i < e.end]
        first, last = (ents[0].start, ents[0].end - 1) if ents else (subj.i, subj.i)
        while first > prev.start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound":
            first -= 1  # "Genghis Khan" when the model's name is "Khan"
        if first > prev.start and doc[first - 1].lower_ == "the" and doc[first - 1].head.i == subj.i:
            first -= 1
        if kind == "person" and any(e.label_ == "PERSON" and e.start > last and e.end <= tok.i
                                    and e[-1].text != doc[last].text for e in entities(doc)):
            return None  # someone else named in between
        words = doc[first:last + 1]
        if kind == "person" and references._other_sex(tok, words):
            return None  # "Tomas Wirl joined. She ...": someone the sentence before does not name
        if kind == "person" and words[0].lower_ == "the":
            words = words[1:]
        if not len(words):
            return None
        text = words.text
        return "the" + text[3:] if text.startswith("The ") else text
    return None


def _common_antecedent(subj: "Token") -> str | None:
    """A subject that is no name, as a question can say it: "The Super Bowl 50 halftime show was
    headlined by X. It ..." -> "the Super Bowl 50 halftime show"; a bare "the city" stays unsaid."""
    words = [t for t in subj.lefts if t.dep_ in ("det", "amod", "compound", "nummod", "poss")]
    if not words or words[0].lower_ != "the" or len(words) == 1:
        return None
    first = min(t.left_edge.i for t in words)
    span = subj.doc[first:subj.i + 1]
    if len(span) > 6 or any(t.is_punct and t.text not in "'-" or t.pos_ == "PRON" or t.tag_ in ("POS", "JJS")
                            or t.ent_type_ == "ORDINAL" for t in span):
        return None
    return "the" + span.text[3:]


# What an article's title may be called in its text: "Warsaw" is "the city", "Harvard" "the university".
TOPIC_NOUNS = {"GPE": frozenset("city town capital country state nation island region province village county "
                                "metropolis kingdom republic".split()),
               "LOC": frozenset("river region island continent sea lake mountain valley".split()),
               "ORG": frozenset("company university college school network channel corporation firm party church "
                                "band club team organisation organization institution museum broadcaster".split())}


def _topic_name(subj: "Token") -> str | None:
    """"The city" of an article whose title is the city's name: "Warsaw", when the model labels
    the name as a place (or not at all). The title line is the first sentence of the context,
    with no verb (see `_as_sentences`)."""
    from .docindex import sentence_of

    doc = subj.doc
    lefts = list(subj.lefts)
    if len(lefts) != 1 or lefts[0].lower_ != "the" or subj.tag_ != "NN":
        return None
    title = sentence_of(doc[0])
    if any(t.pos_ in ("VERB", "AUX") for t in title) or subj.i < title.end:
        return None
    words = _name_words(title, 1, 5)
    labels = {t.ent_type_ for t in words or ()}
    nouns = TOPIC_NOUNS.get(next(iter(labels)), ()) if len(labels) == 1 else ()
    if labels == {""}:  # a name the model has no label for: the noun says what it is
        nouns = frozenset().union(*TOPIC_NOUNS.values())
    if not words or subj.lemma_.lower() not in nouns:
        return None
    name = doc[words[0].i:words[-1].i + 1].text
    return "the " + name if title[0].lower_ in TOPIC_NOUNS["ORG"] else name  # "the University of Chicago"


def _title_name(title: "Span", kind: str) -> str | None:
    """A title that is one name of the right kind, as it reads: "Nikola Tesla", "Martin Luther";
    not "Force" (no name), "Sky (United Kingdom)" (more than a name) or, for "he", one word
    ("Oxygen" may be tagged a person) or a name that is neither tagged a person nor starts with a
    first name ("American Broadcasting Company")."""
    from .nameclues import first_name_gender

    words = _name_words(title, 2 if kind == "person" else 1, 6)
    labels = CONTEXT_LABELS[kind] if kind == "person" else tuple(label for label in CONTEXT_LABELS[kind] if label)
    if not words or not all(t.ent_type_ in labels for t in words) \
            or kind == "group" and not (title.root.tag_ == "NNPS" or title.root.ent_type_ == "NORP"):
        return None
    name = title.doc[words[0].i:words[-1].i + 1]
    if kind == "person" and not (all(t.ent_type_ == "PERSON" for t in words) or first_name_gender(name.text)):
        return None  # the model calls "Nikola Tesla" an organisation; a first name says it is not
    return name.text


def _name_words(title: "Span", fewest: int, most: int) -> list["Token"] | None:
    """The words of a title line that is one proper name of *fewest* to *most* words; None for
    "Sky (United Kingdom)" or a line that is no name."""
    words = [t for t in title if not t.is_punct]
    if not fewest <= len(words) <= most or any(t.text in "(),:;" for t in title) or title.root.pos_ != "PROPN":
        return None
    return words


def _as_sentences(context: str) -> str:
    """The context on one line, a title line ended with a full stop so the parser reads it as a
    sentence of its own ("Nikola Tesla" above "He was born ...")."""
    from .sources import is_headline

    lines = [" ".join(line.split()) for line in context.splitlines() if line.strip()]
    return " ".join(line + "." if is_headline(line) and line[-1].isalnum() else line for line in lines)


def context_before(text: str, sentence: str) -> str | None:
    """The text of a document before *sentence* (found whatever its spacing and line breaks), or
    None when the document does not hold it."""
    words = sentence.split()
    if not words:
        return None
    found = re.search(r"\s+".join(map(re.escape, words)), text)
    return text[:found.start()] if found else None  # its lines kept: a title stays a line of its own
