"""Wh-questions by syntactic transformation of the source clause (after Heilman & Smith).

Given a sentence and the token span of an answer, find the clause that governs the answer,
simplify it (no leading adverbials, appositives, relative or adverbial clauses, parentheticals),
replace the answer with a wh-phrase, and invert subject and auxiliary with do-support when the
answer is not the subject: "On May 3, the council opened the bridge." -> "When did the council
open the bridge?". Anything the rules cannot do cleanly yields None rather than a bad question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import references
from .docindex import doc_text, entities, sentence_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
INDEFINITE_PRONOUNS = frozenset("anyone anybody someone somebody everyone everybody nobody no-one "
                                "anything something everything nothing".split())
COUNT_PREPS = frozenset("after for in within by over during from across among".split())
ORDER_WORDS = frozenset("last first next past final previous coming following opening closing".split())
# what a contest gives: "won bronze", "was sixth", "came second"
PLACINGS = frozenset("gold silver bronze medal medals title first second third fourth fifth sixth seventh "
                     "eighth ninth tenth runner-up".split())
OBJECT_DEPS = ("dobj", "attr", "oprd", "dative")
# What follows a verb that has an object or complement of its own.
COMPLEMENT_DEPS = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "dative", "npadvmod", "prep",
                             "agent", "advmod", "prt"})
# Children of the clause verb that are dropped whole when simplifying.
DROP_CLAUSE_DEPS = frozenset({"advcl", "parataxis", "intj", "discourse", "meta", "cc", "conj", "mark",
                              "preconj", "dep", "punct"})
# Modifiers dropped inside kept noun phrases.
DROP_NP_DEPS = frozenset({"relcl", "appos", "acl", "parataxis"})
TIME_PREPS = {"on": "When", "in": "When", "at": "When", "during": "When", "by": "By when",
              "since": "Since when", "until": "Until when", "till": "Until when"}
NAMING_VERBS = frozenset("call name dub title brand".split())
BY_WHEN_AUXES = frozenset("will would shall should must can could may might have".split())
PLACE_PREPS = references.PLACE_PREPS
LOOSE_PLACE_PREPS = PLACE_PREPS | {"among"}
# Prepositions that tell a time or a cause whatever their object: "after liberation", "because of X"
TEMPORAL_PREPS = frozenset("after before during following until till since".split())
CAUSAL_PREPS = {"because": "of", "due": "to", "owing": "to", "thanks": "to"}
# Nouns after "in", "at" or "on" that tell no place: a manner, an amount, a moment, a respect.
NOT_PLACES = frozenset("way manner fashion form style attempt effort bid addition fact turn general particular "
                       "part order case response term effect practice theory principle total average size "
                       "existence favour favor support charge touch contact line date moment point stage rate "
                       "speed price cost level degree extent basis ground grounds view opinion hand respect "
                       "sense regard relation comparison contrast number amount proportion".split())
# Nouns for buildings and settlements: a phrase "in" or "inside" one says where, named or not.
BUILDING_NOUNS = references.VENUE_WORDS | frozenset(
    "hospital clinic school prison camp temple mosque monastery abbey castle village town city port harbour "
    "harbor airport station library factory mill laboratory lab office".split())
PERIOD_NOUNS = references.RELATIVE_TIME_NOUNS | references.TIME_UNITS | frozenset("era epoch period age reign".split())
# Verbs whose preposition belongs to them: "relies on Solaris" says what, not where.
PREPOSITIONAL_VERBS = frozenset(tuple(pair.split("+")) for pair in (
    "rely+on depend+on focus+on concentrate+on insist+on count+on comment+on agree+on decide+on "
    "spend+on result+in believe+in specialise+in specialize+in participate+in engage+in succeed+in "
    "persist+in"
).split())
CHANGE_VERBS = frozenset("rise fall grow increase drop climb jump decline gain slip slide surge soar "
                         "shrink cut raise reduce lower boost".split())
# Verbs whose object is someone rather than something: "Who did the sources tell?"
PERSON_OBJECT_VERBS = frozenset("tell inform ask warn urge meet contact sue join beat defeat face accuse "
                                "criticise criticize thank call visit hire fire sign appoint elect "
                                "nominate invite support oppose blame message email e-mail phone text "
                                "telephone write".split())
# Verbs that take two objects ("gave the club a loan"); elsewhere a "dative" is a parse error.
GIVING_VERBS = frozenset("give send tell offer award hand pay show lend owe grant sell bring teach promise cost "
                         "buy ask allow deny charge wish leave feed serve pass".split())
# Verbs whose complement clause is someone's view rather than a fact of the story.
OPINION_VERBS = frozenset("believe think expect hope fear doubt suspect predict reckon feel guess".split())
# Prepositions that open adjuncts a short question can do without ("after a long career").
FENCES = frozenset({",", "\u2014", "\u2013", "-", "--"})  # what an aside is set off by, on both sides
ADJUNCT_PREPS = frozenset("after before despite following amid amidst during since until throughout "
                          "besides unlike like as because due thanks via per against under".split())
# Verbs whose "as" phrase completes them: "designated Tuesday as X Day", "described it as a disaster".
AS_COMPLEMENT_VERBS = frozenset("designate name appoint describe regard consider see view brand label dub "
                                "list class classify hail elect choose select nominate crown rank cast "
                                "identify recognise recognize define portray depict bill place tip install report".split())
# Comparatives that count rather than compare: "more people" needs no "than".
QUANTITY_COMPARATIVES = frozenset("more less fewer further other".split())
SENTENCE_ADVERBS = frozenset("however meanwhile moreover furthermore nevertheless nonetheless also "
                             "still thus therefore hence indeed instead then now yet besides "
                             "additionally similarly consequently finally personally".split())
_THIRD_SINGULAR = {"are": "is", "were": "was", "have": "has", "do": "does", "'re": "is", "'ve": "has"}
_NO_SPACE_BEFORE = re.compile(r"\s+([,.;:?!%)\]}]|'s\b|n't\b|'re\b|'ve\b|'ll\b|'d\b)")


@dataclass
class WhQuestion:
    prompt: str
    answer: str          # the answer as it fits the question ("more than 1,200" for "how many days")
    role: str            # subject, object, pp, adverbial, counted
    wh: str


class Display:
    """Renders tokens from the display text (the author's quotes), aligned with the parse."""

    def __init__(self, text: str):
        self.text = text

    def tok(self, t: "Token") -> str:
        return self.text[t.idx:t.idx + len(t.text)]

    def span(self, span: "Span") -> str:
        if len(span) == 0:
            return ""
        return self.text[span[0].idx:span[-1].idx + len(span[-1].text)]


# --- locating the answer in the clause --------------------------------------------------------

def span_root(span: "Span") -> "Token":
    for tok in span:
        if not (span.start <= tok.head.i < span.end) or tok.head.i == tok.i:
            return tok
    return span.root


THING_KINDS = ("product", "work", "event", "thing", "description")
SETTING_PREPS = frozenset("in at on during near inside within throughout".split())  # a phrase that sets a time or place
# Prepositions a question leaves behind: "What did it lead to?" ("What did it happen during?" does not read)
STRANDED_PREPS = frozenset("to into onto from with on in at for of about as by through under against "
                           "between among like upon towards toward over".split())


def strandable(prep: "Token", verb: "Token") -> bool:
    """Whether a question can ask for *prep*'s object and leave *prep* where it stands: after the
    verb, not inside a quotation the verb is outside of, not one of a pair ("appointed to X, or to Y") and not before
    itself ("a tear in [X] in week 10" would read "in in")."""
    doc = prep.doc
    after = prep.right_edge.i + 1
    return prep.lower_ in STRANDED_PREPS and prep.i > verb.i \
        and not any(c.dep_ in ("conj", "cc") for c in prep.children) \
        and not (after < len(doc) and doc[after].lower_ == prep.lower_) \
        and sum(t.is_quote for t in doc[verb.i:prep.i]) % 2 == 0


def attachment(span: "Span", kind: str = "thing", strict: bool = True):
    """(role, verb, extra) for the answer span, or None if it sits where it cannot move from.

    Not strict (a user chose the answer): a coordination may be asked about, and the object of a
    preposition inside the verb's object is asked for with the preposition left in place
    ("What is the dynasty considered a successor to?").
    """
    root = span_root(span)
    counted = None
    if strict and (root.dep_ == "conj" or any(c.dep_ == "conj" for c in root.children)):
        return None  # one of a coordination: "Mr Straw and Miguel Moratinos agreed ..."
    if kind != "figure":
        pass
    elif root.dep_ in ("nummod", "quantmod") and root.head.pos_ in ("NOUN", "PROPN") and root.head.i >= span.end:
        counted, anchor = root.head, root.head
    elif root.pos_ == "NOUN" and any(c.dep_ == "nummod" and span.start <= c.i < span.end for c in root.children):
        counted, anchor = root, root
    anchor = counted if counted is not None else root
    # "Nokia's Snapdragon 8 chip", "the champion Denver Broncos": a name inside a noun phrase
    # moves with the whole phrase
    if kind in THING_KINDS and root.dep_ in ("compound", "appos") and root.head.pos_ in ("NOUN", "PROPN") \
            and counted is None and root.head.dep_ in SUBJECT_DEPS + OBJECT_DEPS:
        anchor = root.head
    # a place in a nested phrase: "at a stadium in Santa Clara" -> where
    if root.dep_ == "pobj" and root.ent_type_ in ("GPE", "LOC", "FAC") and root.head.head.dep_ == "pobj" \
            and root.head.head.head.dep_ == "prep" and root.head.head.head.head.pos_ in ("VERB", "AUX"):
        if root.head.head.ent_type_:
            return None  # "at The Lantern in Market Square": the named venue is the answer to "where"
        from .facts import EVENT_HEADS  # facts builds on this module

        if strict and root.head.head.lemma_.lower() in EVENT_HEADS:
            return None  # "take part in the 10km race in London": "where" would drop the race
        if any(c.dep_ in ("det", "poss") for c in root.head.head.children):
            anchor = root.head.head  # not "in action in Leipzig": a phrase of the verb's own
            if any(c.dep_ in ("advmod", "npadvmod") for c in anchor.head.children):
                return None  # "finished [third] in the race in Leeds": "where" would take "third" too
    # climb "of" modifiers: "the morning of May 16" is the thing attached to the verb
    while anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.pos_ == "NOUN":
        if kind != "date":
            if not strict:
                break  # asked about with "of" left in place, see "stranded" below
            return None  # "the art collection of Gianni Versace could fetch £9m": the collection does
        anchor = anchor.head.head
    dep, head = anchor.dep_, anchor.head
    if dep in SUBJECT_DEPS and head.pos_ in ("VERB", "AUX"):
        return ("counted" if counted is not None else "subject"), head, (anchor, counted)
    if dep == "dative" and head.lemma_.lower() not in GIVING_VERBS:
        return None  # "won the WFCA best actress": the model's second object is a modifier
    if dep in OBJECT_DEPS and head.pos_ in ("VERB", "AUX"):
        return ("counted" if counted is not None else "object"), head, (anchor, counted)
    if dep == "pobj" and head.dep_ in ("prep", "agent") and head.head.pos_ in ("VERB", "AUX"):
        return ("counted" if counted is not None else "pp"), head.head, (anchor, counted)
    if dep in ("npadvmod", "tmod") and head.pos_ in ("VERB", "AUX"):
        return "adverbial", head, (anchor, counted)
    if not strict and dep == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("NOUN", "PROPN") \
            and head.head.dep_ in OBJECT_DEPS + ("pobj",) and counted is None:
        holder = head.head
        while holder.dep_ == "pobj" and holder.head.dep_ == "prep" and holder.head.head.pos_ in ("NOUN", "PROPN"):
            holder = holder.head.head
        verb = holder.head.head if holder.dep_ == "pobj" else holder.head
        if verb.pos_ in ("VERB", "AUX") and holder.i > verb.i:
            if kind in ("date", "place") and head.lower_ in SETTING_PREPS:
                return "pp", verb, (anchor, counted)  # "the loss of the colonies [in 1776]" sets the time of
                # the whole clause: "When was ...?", not "What was ... the loss of the colonies in?"
            return "stranded", verb, (anchor, counted)  # not from a phrase before the verb:
            # "Following the defeat of X in 1815, Britain ..." has no "in" to leave behind
    if not strict and dep == "pobj" and head.dep_ == "prep" and head.head.pos_ == "ADJ" \
            and head.head.dep_ in ("acomp", "oprd") and head.head.head.pos_ in ("VERB", "AUX") and counted is None:
        return "stranded", head.head.head, (anchor, counted)  # "What did Tesla become addicted to?"
    if not strict and _whole_clause(span, anchor, ("ccomp", "xcomp")):
        return "object", head, (anchor, counted)  # "He refused to recant" -> "What did he refuse to do?"
    if not strict and _whole_clause(span, anchor, ("advcl",)) and clause_reason(anchor) is not None:
        return "adverbial", head, (anchor, counted)  # "... because it paid well" -> "Why ...?"
    if not strict and dep == "prep" and head.pos_ in ("VERB", "AUX") and anchor.left_edge.i >= span.start \
            and (anchor.right_edge.i < span.end or span.doc[span.end].text in (",", "(", ";", "\u2014")) \
            and phrase_wh(anchor, loose=True):
        return "adverbial", head, (anchor, counted)  # "is located [at X Street]" -> "Where is ... located?"
    if not strict and dep == "pcomp" and head.lower_ == "by" and head.dep_ == "prep" \
            and _whole_clause(span, anchor, ("pcomp",), head=head.head):
        return "adverbial", head.head, (head, counted)  # "kill cells by disrupting ..." -> "How ...?"
    return None


def _clause_filler(clause: "Token", verb: "Token") -> dict[int, str]:
    """What stands in for an asked "to ..." or "-ing" clause: "refused to [do]", "spend time [doing]"."""
    if clause.dep_ != "xcomp" or clause.pos_ not in ("VERB", "AUX") or verb.lemma_ == "be":
        return {}
    to = [c for c in clause.children if c.dep_ == "aux" and c.lower_ == "to" and c.i < clause.i]
    if to:
        return {to[0].i: "to", clause.i: "be" if clause.lemma_ == "be" else "do"}  # "seemed to [be]"
    if clause.tag_ == "VBG":
        return {clause.i: "doing"}
    return {}


def _whole_clause(span: "Span", clause: "Token", deps: tuple[str, ...], head: "Token | None" = None) -> bool:
    """The answer is a clause of the verb's, give or take its "that", "because" or "to"."""
    head = head if head is not None else clause.head
    if clause.dep_ not in deps or clause.pos_ not in ("VERB", "AUX") or head.pos_ not in ("VERB", "AUX") \
            or head.i >= span.start:
        return False
    return all(t.dep_ in ("mark", "aux") or t.is_quote or (t.dep_ == "advmod" and t.tag_ == "WRB")
               for t in clause.doc[clause.left_edge.i:span.start]) \
        and not (span.start > 0 and clause.doc[span.start - 1].text in "([")


def phrase_wh(prep: "Token", loose: bool = False) -> str | None:
    """The wh-word a whole prepositional phrase answers: "at X Street" where, "in 1990" when,
    "by breaking it" how. *loose* (a user chose the phrase): "in the shallow crust" where too,
    "in the Pleistocene epoch" when."""
    if prep.lower_ == "by" and [c.tag_ for c in prep.children if c.dep_ == "pcomp"] == ["VBG"]:
        return "How"  # "by breaking their walls"
    word = prep.lower_
    if loose and [c.lower_ for c in prep.children if c.dep_ == "pcomp"] == [CAUSAL_PREPS.get(word)]:
        return "Why"  # "[Because of their soft bodies], ..."
    if loose and word in TEMPORAL_PREPS and any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return TIME_PREPS.get(word, "When")  # "[after liberation]", "[after testing positive]"
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    inner = [c for c in prep.children if c.dep_ in ("prep", "pcomp")]
    if loose and not objs and len(inner) == 1 and any(k.dep_ == "pobj" and k.ent_type_ in ("DATE", "TIME")
                                                     for k in inner[0].children):
        return "When"  # "[As of 2015], ..."
    if len(objs) != 1:
        return None
    obj = objs[0]
    if obj.ent_type_ in ("DATE", "TIME"):
        if loose and word in ("from", "between", "throughout", "around", "circa"):
            return "When"  # "fought [from 1562 to 1598]" -> "When was it fought?"
        return TIME_PREPS.get(word) if word != "by" else None  # "by 1990" is a deadline, see wh_word
    if obj.ent_type_ in ("GPE", "LOC", "FAC") and word in PLACE_PREPS:
        return "Where"
    if loose and word in LOOSE_PLACE_PREPS and obj.lemma_.lower() in BUILDING_NOUNS \
            and (prep.head.lemma_.lower(), word) not in PREPOSITIONAL_VERBS:
        return "Where"  # "buried [in the Castle Church]", "began [inside hospitals]"
    if loose and word in LOOSE_PLACE_PREPS and not obj.ent_type_ and obj.pos_ == "NOUN" \
            and any(c.dep_ in ("det", "poss", "amod", "compound") for c in obj.children) \
            and not any(c.dep_ in ("prep", "nummod") for c in obj.children) \
            and obj.lemma_.lower() not in NOT_PLACES and (prep.head.lemma_.lower(), word) not in PREPOSITIONAL_VERBS:
        # not "at rest", "in addition", "in response to X", "on three grounds", "in novel ways"
        return TIME_PREPS.get(word) if obj.lemma_.lower() in PERIOD_NOUNS else "Where"
    return None


REASON_MARKS = frozenset({"because"})  # "since" and "as" tell a time as often as a reason


def clause_reason(clause: "Token") -> str | None:
    """The wh-word an adverbial clause answers: "because ..." and "to ..." why, "when ...", "if ..."
    and "after ..." when, "until ..." until when."""
    marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
    if any(m in REASON_MARKS for m in marks) or (
            not marks and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)):
        return "Why"
    if marks == ["when"] or (not marks and any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children)):
        return "When"
    if marks in (["until"], ["till"]):
        return TIME_PREPS[marks[0]]  # "remained the boundary until the empire fell"
    if marks in (["if"], ["once"], ["after"], ["before"], ["whenever"]):
        return "When"  # "may rely on the law if its terms are clear"
    return None


# --- the clause -------------------------------------------------------------------------------

def clause_subject(verb: "Token") -> "Token | None":
    v = verb
    for _ in range(4):
        for c in v.children:
            if c.dep_ in SUBJECT_DEPS or c.dep_ == "expl":
                return c
        if v.dep_ in ("conj", "xcomp") and v.head.pos_ in ("VERB", "AUX") and (v.dep_ == "xcomp" or _coordinated(v)):
            v = v.head
            continue
        return None
    return None


def _coordinated(conj: "Token") -> bool:
    """An "and", "but" or "or" joins the verbs: "Windows, codenamed Longhorn," is a participle on
    the noun before it, which the model may read as a second verb of the sentence's subject."""
    return any(c.dep_ == "cc" for c in conj.children) or \
        any(c.dep_ == "cc" and conj.head.i < c.i < conj.i for c in conj.head.children)


def _subtree_ids(tok: "Token") -> set[int]:
    return {t.i for t in tok.subtree}


def _runs_past_its_dash(aside: "Token") -> bool:
    """An aside opened by a dash whose parse runs on past the dash that closes it."""
    doc = aside.doc
    start, end = aside.left_edge.i, aside.right_edge.i
    if start == 0 or doc[start - 1].text not in DASHES:
        return False
    return any(doc[i].text in DASHES and i < end for i in range(start, end + 1))


DASHES = frozenset({"-", "\u2013", "\u2014"})


def _np_drops(tok: "Token", keep: set[int], light: bool = False) -> set[int] | None:
    """Inside a kept phrase: relative clauses, appositives, participial modifiers, parentheses.

    *light* (a user chose the answer): a clause with no comma before it stays, since it says
    which thing is meant and readers' questions keep it ("the rocks collected from the Moon";
    SQuAD METEOR +0.2, ROUGE-L unchanged)."""
    drop: set[int] = set()
    for t in tok.subtree:
        if light and t.dep_ in ("relcl", "acl") and t.i not in keep \
                and not (t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text in ",;(-\u2013\u2014"):
            continue
        if t.dep_ == "relcl" and t.head.pos_ == "PRON" and t.i not in keep:
            return None  # "something we should welcome" means nothing without its clause
        if t.dep_ == "appos" and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text not in ",(-\u2013\u2014":
            continue  # "the champion Portfield Stars": an appositive without a comma is part of the name
        fenced = t.dep_ in ("prep", "acl", "amod", "advmod", "npadvmod") and t.head.pos_ in ("NOUN", "PROPN") \
            and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == "," \
            and t.right_edge.i + 1 < len(t.doc) and t.doc[t.right_edge.i + 1].text in (",", ";")
        if t.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) \
                and not (t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","):
            continue  # "powers to hold them", "among the first to settle": the infinitive says which
        if t.dep_ == "acl" and t.tag_ == "VBG" and t.lemma_.lower() in DEMAND_VERBS \
                and not (t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","):
            continue  # "has written to X demanding an explanation": what the letter was for
        if t.dep_ == "acl" and t.lemma_.lower() in NAMING_VERBS and any(c.dep_ == "oprd" for c in t.children) \
                and not (t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","):
            continue  # "a new product called WestCard": the name is what says which product
        if t.dep_ == "acl" and t.head.tag_ == "NNS" and t.head.i == t.i - 1 \
                and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in t.head.children):
            continue  # "on systems maintained by Acme": a bare plural is nothing without the words that say which
        if t.dep_ == "acl" and t.head.pos_ == "NOUN" and t.head.i == t.i - 1 \
                and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in t.head.lefts) \
                and all(c.dep_ in ("det", "amod", "compound") for c in t.head.lefts) \
                and not any(k.is_quote for k in t.subtree):  # (a quoted title is cut whole, as before)
            continue  # "the phrase taking coals to Newcastle", "a new campaign targeting women": the
            # participle says which one, and "When did Sky launch a new campaign?" has many answers
        if (t.dep_ in DROP_NP_DEPS or fenced) and t.i not in keep:
            sub = _subtree_ids(t)
            if _runs_past_its_dash(t):
                return None  # "made the gallery - which houses ... - the UK's top museum": the parse took the
                # words after the closing dash into the aside, and a question without them is cut short
            if not (sub & keep):
                drop |= sub
                # the commas or dashes that fenced it off
                for edge in (t.left_edge.i - 1, t.right_edge.i + 1):
                    if 0 <= edge < len(t.doc) and t.doc[edge].is_punct and t.doc[edge].text in ",-\u2013\u2014":
                        drop.add(edge)
    depth = 0
    for t in tok.subtree:
        if t.text == "(":
            depth += 1
        if depth:
            drop.add(t.i)
        if t.text == ")" and depth:
            depth -= 1
    return drop - keep


def stray_subject_comma(sent: "Span") -> "Token | None":
    """"X's 1946 movie starring Tom Rivers, is being turned into ...": a comma the writer left
    between a subject that opens the sentence and its verb, which a statement of its own drops.
    Only before a verb form that cannot start an aside ("is", "aims", "should"), not "made",
    which may open one ("The Briton, made a dame ..., won")."""
    doc = sent.doc
    for tok in sent:
        if tok.text != "," or tok.i + 1 >= sent.end:
            continue
        nxt = doc[tok.i + 1]
        verb = nxt.head if nxt.dep_ in ("aux", "auxpass") else nxt
        if verb.dep_ != "ROOT" or nxt.tag_ not in ("VBZ", "VBP", "MD"):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
        if not subjects or subjects[0].left_edge.i != sent.start:
            continue
        words = list(doc[sent.start:tok.i])
        if subjects[0].right_edge.i not in (tok.i - 1, tok.i) \
                or any(t.text in ",;()-\u2013\u2014\"'\u201c\u201d" for t in words):
            continue
        return tok
    return None


def verb_list_member(c: "Token") -> bool:
    """A later verb of a list ("besieged, captured and sacked"): a conjunct, or the model's
    "adverbial clause" for a bare past form that has conjuncts of its own."""
    if c.pos_ not in ("VERB", "AUX"):
        return False
    if c.dep_ == "conj":
        return True
    return c.dep_ == "advcl" and c.tag_ in ("VBD", "VBN") \
        and any(k.dep_ == "conj" and k.pos_ == "VERB" for k in c.children) \
        and not any(k.dep_ in ("mark", "aux", "auxpass", "nsubj", "nsubjpass") for k in c.children)


# "has written to X demanding an explanation": the participle says what the act was for
DEMAND_VERBS = frozenset("demand ask urge request seek warn offer propose".split())


def purpose_clause(c: "Token", light: bool = False) -> bool:
    """"held a dinner in Westfield [to promote the theatre]": without its purpose the act is one
    anybody might have done, so a short one stays in the question. Not "cost $5m [to build]",
    where the verb completes the figure. *light* (a user chose the answer): a "to" clause of any
    length and shape stays, as readers' questions keep it ("Who inspects the building
    periodically to ensure that ...?"; SQuAD METEOR +0.04)."""
    doc = c.doc
    to_clause = c.tag_ == "VB" and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children)
    return c.dep_ == "advcl" and c.i > c.head.i \
        and (to_clause or (c.tag_ == "VBG" and c.lemma_.lower() in DEMAND_VERBS)) \
        and not any(k.dep_ == "mark" for k in c.children) \
        and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text != "," \
        and (light and to_clause or any(k.dep_ in ("dobj", "attr", "dative", "prep", "ccomp") for k in c.children)
             and c.right_edge.i - c.left_edge.i < (14 if c.tag_ == "VBG" else 10))


def _fenced(phrase: "Token") -> bool:
    """The phrase sits between two commas or two dashes (the parser may hang the closing one
    inside it: "and then, with Tom Rivers, the ...")."""
    doc, left, right = phrase.doc, phrase.left_edge.i, phrase.right_edge.i
    if left == 0 or doc[left - 1].text not in FENCES:
        return False
    fence = doc[left - 1].text
    if (right + 1 < len(doc) and doc[right + 1].text == fence) or (right > left and doc[right].text == fence):
        return True
    noun = next((c for c in phrase.children if c.dep_ == "pobj"), None)  # "with Tom Rivers, the X Ballet"
    return noun is not None and noun.i + 1 < len(doc) and doc[noun.i + 1].text == fence


def _same_name(a: "Token", b: "Token") -> bool:
    """Both words lie in one named entity ("Museum of Modern Art")."""
    ent = references.entity_at(a)
    return ent is not None and ent.start <= b.i < ent.end


def dates_a_figure(prep: "Token") -> bool:
    """"as of 31 March 2008": the day a count was taken is part of the count ("How many users did
    Sky have as of 31 March 2008?"); without it the question asks for a number that keeps changing."""
    return prep.dep_ == "prep" and prep.lower_ == "as" and [k.lower_ for k in prep.children] == ["of"]


def _free_relative(t: "Token", verb: "Token") -> bool:
    """The "what" that opens the verb's object clause: "issued [what became known as X]"."""
    return t.lower_ == "what" and t.i == verb.i + 1 and t.head.dep_ == "ccomp" and t.head.head.i == verb.i \
        and t.head.i > t.i


def clause_tokens(verb: "Token", subject: "Token", keep: set[int], light: bool = False) -> list["Token"]:
    """The verb's clause, simplified: what a short factual question can keep.

    *light* (a user chose the answer): adjuncts such as "after the war" stay; on SQuAD that
    raises all three scores a little (METEOR 22.19 -> 22.36), since readers' questions keep them.
    """
    doc = verb.doc
    ids = {verb.i}
    sparse: set[int] | None = None  # the first clause dropped after the verb, wanted back if nothing else is left
    subj_ids = _subtree_ids(subject)
    ids |= subj_ids
    for c in verb.children:
        sub = _subtree_ids(c)
        if c.i in subj_ids:
            continue
        if sub & keep:
            ids |= sub
            continue
        if verb_list_member(c) and not any(k.i > verb.i and k.dep_ in COMPLEMENT_DEPS for k in verb.children):
            return []  # "besieged, captured and sacked the city": the first verb shares the last one's object
        if c.dep_ in DROP_CLAUSE_DEPS and not purpose_clause(c, light):
            if c.dep_ == "advcl" and c.i > verb.i and sparse is None:
                sparse = sub
            continue
        if c.i < subject.i and c.dep_ == "ccomp":
            if any(o.dep_ == "ccomp" and o.i > verb.i for o in verb.children):
                continue  # a stray clause in front; the verb's real complement follows it
            return []  # '"...," said X': without its quotation the verb says nothing
        if c.i < subject.i and dates_a_figure(c):
            return []  # in front it would stay in front: "How many users did Sky as of 2008 have?"
        if c.i < subject.i and c.dep_ in ("prep", "advmod", "npadvmod", "prt"):
            continue  # fronted adverbials: "On Tuesday, ...", "However, ..."
        if c.i > verb.i and c.dep_ not in OBJECT_DEPS + ("ccomp", "xcomp", "prt", "acomp") \
                and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",":
            continue  # ", an instant decision she said": an aside after a comma
        if c.dep_ == "advmod" and c.lower_ in SENTENCE_ADVERBS:
            continue
        if c.dep_ in ("prep", "advmod") and _fenced(c):
            continue  # "The union, in particular, was ...": an aside fenced off by commas (or dashes)
        if c.dep_ == "prep" and c.lower_ == "at" and [k.ent_type_ for k in c.children] == ["CARDINAL"] \
                and [k.pos_ for k in c.children] == ["NUM"]:
            continue  # "has died in Germany at 50": an age, which reads oddly once the place is asked
        if c.dep_ == "prep" and c.lower_ == "for" and [k.lower_ for k in c.children] in (["example"], ["instance"]):
            continue  # "X, for example, drew ...": a connective pointing back, not part of the fact
        if c.dep_ == "prep" and c.lower_ in ADJUNCT_PREPS and not light \
                and not (c.lower_ == "as" and verb.lemma_.lower() in AS_COMPLEMENT_VERBS) and not dates_a_figure(c):
            continue  # but "designated X as Y": "as Y" completes the verb
        if c.dep_ == "neg":
            return []  # negated facts make poor questions; leave them to other types
        if c.dep_ == "ccomp" and c.left_edge.tag_ in ("WDT", "WP") and not _free_relative(c.left_edge, verb):
            continue  # "..., a phone that supports 5G" misparsed as a complement clause; but "issued
            # [what became known as X]" is the verb's object
        ids |= sub
    if light and sparse is not None and not any(
            c.i in ids for c in verb.children if c.dep_ not in ("aux", "auxpass", "neg", "punct") and c.i not in subj_ids):
        ids |= sparse  # "Who calls [for its bishops to uphold ...]?": the verb says nothing without its clause
    # an inherited subject (conjoined verbs) may lie outside the verb's subtree
    drops: set[int] = set()
    for i in list(ids):
        t = doc[i]
        if t.head.i not in ids or t.i == verb.i or t.i == subject.i:
            dropped = _np_drops(t, keep | {verb.i}, light)
            if dropped is None:
                return []
            drops |= dropped
    ids -= drops
    # a preposition whose object was dropped goes too ("the account @ [Acme News]")
    for i in sorted(ids):
        t = doc[i]
        if t.dep_ == "prep" and t.i not in keep and not any(c.i in ids for c in t.children):
            ids.discard(i)
    return [doc[i] for i in sorted(with_whole_names(ids, doc))]


def with_whole_names(ids: set[int], doc) -> set[int]:
    """*ids* and the rest of every name they touch: a parse error must not cut a name in two
    ("the Galaxy S24 [Ultra]")."""
    out = set(ids)
    for ent in entities(doc):
        if any(ent.start <= i < ent.end for i in ids):
            out.update(range(ent.start, ent.end))
    return out


# --- wh-phrases -------------------------------------------------------------------------------

# Verbs whose subject holds or is made of something: a body named by them is a thing, not a "who".
HOLDING_VERBS = frozenset("contain include comprise consist house feature encompass span cover".split())


def wh_word(kind: str, label: str, role: str, prep: "Token | None", verb: "Token") -> str | None:
    if kind == "person":
        if role == "pp":
            return f"{prep.lower_.capitalize()} whom" if prep is not None and prep.lower_ not in ("by",) else None
        return "Who"
    if kind == "date":
        if role == "adverbial":
            return "When"
        if role == "pp" and prep is not None:
            wh = TIME_PREPS.get(prep.lower_)
            auxes = {c.lemma_.lower() for c in verb.children if c.dep_ in ("aux", "auxpass")}
            if wh == "Since when" and "have" not in auxes:
                return None  # "Since when did the scheme bring ...?": "since" wants "has brought"
            if wh == "By when" and not auxes & BY_WHEN_AUXES:
                return None  # "By when did numbers peak?": "by" wants a deadline ahead or "had peaked"
            return wh
        return None
    if kind == "place":
        if role == "pp" and prep is not None and prep.lower_ in PLACE_PREPS \
                and (verb.lemma_.lower(), prep.lower_) not in PREPOSITIONAL_VERBS:
            return "Where"
        return None
    if kind == "organisation":
        if role == "subject" and any(c.dep_ == "auxpass" for c in verb.children):
            return "What"  # "What was bought by ...?": a firm that is acted on is a thing
        if role == "subject" and _predicate_names_a_thing(verb):
            return "What"  # "What proved to be Hailey's final book?": a work the model took for a firm
        if role == "subject" and (verb.lemma_ in HOLDING_VERBS or verb.lemma_ in ("open", "close", "reopen")
                                  and not any(c.dep_ == "dobj" for c in verb.children)):
            return "What"  # "What contains many problems ...?", "What opened in 1838?": a store or a class, no one
        if role == "subject" or (role == "object" and verb.lemma_ in PERSON_OBJECT_VERBS):
            return "Who"
        return "What" if role == "object" else None
    if kind == "figure":
        if label == "MONEY" and role in ("object", "adverbial"):
            return "How much"
        if label == "PERCENT" and (role in ("object", "adverbial") or (role == "pp" and prep is not None and prep.lower_ == "by")) \
                and verb.lemma_ in CHANGE_VERBS:
            return "By how much"
        return None
    if kind in ("product", "event", "work", "description"):
        if role == "object" and verb.lemma_ in PERSON_OBJECT_VERBS:
            return None  # "What did Campbell message?": one messages someone, and "who" mislabels a programme
        return "What" if role in ("subject", "object") else None
    return None


def _predicate_names_a_thing(verb: "Token") -> bool:
    """"X proved to be his final book", "X is a modified version of Y", "X ranks as the largest
    denomination": a predicate noun classes the subject, and "What is ...?" asks for a body as
    well as a thing, where "Who is a version of ...?" is no English."""
    if verb.lemma_ in ("prove", "seem", "appear") and verb.dep_ != "xcomp":
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ == "be"), verb)
    if verb.lemma_ in ("be", "become", "remain"):
        noun = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if noun is not None:
            return references.hyphenated_lemma(noun) not in PEOPLE_NOUNS
    if verb.lemma_ in ("be", "become", "remain", "rank", "serve", "act", "stand"):
        return any(c.dep_ == "pobj" and c.pos_ == "NOUN" and references.hyphenated_lemma(c) not in PEOPLE_NOUNS
                   for h in [verb, *(c for c in verb.children if c.dep_ == "acomp")]  # "remains fixed as"
                   for p in h.children if p.dep_ == "prep" and p.lower_ == "as" for c in p.children)
    return False


# Words that open what a verb says or asks: "observed that ...", "asked whether ..."
CLAUSE_OPENERS = frozenset({"that", "whether", "how", "what", "why", "if"})

# Words that lead a time phrase and go with it: "later in 1804", "early in 2004"
TIME_LEADS = frozenset({"later", "earlier", "early", "late"})

# Predicate nouns that keep "Who" for a body: "Who were the best band of 1966?"
PEOPLE_NOUNS = references.PERSON_CLASS_NOUNS | references.GROUP_OF_PEOPLE | frozenset(
    "band team side group crew squad choir orchestra".split())


def _verb_3sg(verb: "Token", display: Display) -> str:
    text = display.tok(verb)
    low = text.lower()
    if verb.tag_ != "VBP":
        return text
    if low in _THIRD_SINGULAR:
        return _THIRD_SINGULAR[low]
    if re.search(r"(s|sh|ch|x|z|o)$", low):
        return text + "es"
    if re.search(r"[^aeiou]y$", low):
        return text[:-1] + "ies"
    return text + "s"


AUX_LEMMAS = frozenset("be have do will would shall should can could may might must ought".split())


def _auxiliaries(verb: "Token") -> list["Token"]:
    """Auxiliaries before the verb; "helped boost" is two verbs, not an auxiliary and a verb."""
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i
            and (c.tag_ == "MD" or c.lemma_.lower() in AUX_LEMMAS or c.lower_ == "to")]


def _finite(verb: "Token") -> bool:
    if any(c.dep_ in ("aux", "auxpass") and c.i < verb.i for c in verb.children) and not _auxiliaries(verb):
        return False
    auxes = _auxiliaries(verb)
    first = auxes[0] if auxes else verb
    return tense_tag(first) in ("VBD", "VBZ", "VBP", "MD") and first.lower_ != "to"


def _placing_without_contest(tokens: list["Token"], kept: set[int], subject: set[int]) -> bool:
    """A medal or a placing kept with no other noun beside the subject to say in what."""
    rest = [t for t in tokens if t.i in kept and t.i not in subject]
    placed = [t for t in rest if t.lower_ in PLACINGS]
    return bool(placed) and not any(t.pos_ in ("NOUN", "PROPN") and t not in placed
                                    and t.ent_type_ not in ("DATE", "TIME") for t in rest)


def _owner_left_behind(sentence: "Span", kept: set[int]) -> bool:
    """A kept "its" or "their" whose likely owner is the subject of a clause the question drops:
    "The draft law suffered setbacks when Poland rejected its adoption" is not Poland's adoption."""
    for pos in (t for t in sentence if t.i in kept and t.lower_ in ("its", "their") and t.tag_ == "PRP$"):
        plural = pos.lower_ == "their"
        for t in sentence[:pos.i - sentence.start]:
            if t.i in kept or t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ not in ("NOUN", "PROPN") \
                    or t.ent_type_ == "PERSON":
                continue
            if (t.tag_ in ("NNS", "NNPS")) == plural:
                return True
    return False


def _finite_head(verb: "Token") -> "Token | None":
    """"began to suffer from X", "plans to open X": an infinitive or gerund that shares its
    subject with the finite verb above it is asked through that verb ("What did he begin to
    suffer from?"); None when there is none."""
    for _ in range(2):
        if verb.dep_ != "xcomp" or verb.head.pos_ != "VERB" \
                or not (verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
            return None
        verb = verb.head
        if _finite(verb):
            return verb
    return None


def _perfect_asked_when_or_where(wh: str, auxes: list["Token"], verb: "Token") -> bool:
    return wh in ("When", "Where") and len(auxes) == 1 \
        and auxes[0].lower_ in ("has", "have") and verb.tag_ == "VBN" and verb.lemma_.lower() != "be"


def _defining_noun(verb: "Token", kept: set[int]) -> "Token | None":
    """The noun of "X is the firm at the centre of ...": a body asked with "Who is the firm ...?"
    reads wrong, and "Which firm is ...?" says what it is."""
    if verb.lemma_ != "be":
        return None
    noun = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN" and c.i in kept), None)
    if noun is None:
        return None
    before = [t for t in noun.subtree if t.i < noun.i]
    if not before or before[0].lower_ != "the" or any(t.dep_ not in ("det", "amod", "compound") for t in before) \
            or any(t.tag_ in ("JJS", "RBS") or t.ent_type_ == "ORDINAL" for t in before):
        return None  # "Which largest steel maker is in Ohio?" loses what "the largest" said
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None  # "the set of all graphs" is one phrase: "Which set is of ...?" is no English
    return noun if any(c.dep_ in ("prep", "relcl", "acl") and c.i in kept for c in noun.children) else None


def base_form(verb: "Token") -> str:
    """The verb's base form for "did ... ?": the model's lemma, mended where it drops a "y"
    ("readied" -> "readie" is "ready")."""
    lemma = verb.lemma_
    if verb.lower_.endswith("ied") and lemma.endswith("ie") and len(lemma) > 4:
        return lemma[:-2] + "y"
    if verb.lower_ == lemma.lower() + "ed" and re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", lemma.lower()):
        return lemma + "e"  # "hoped" is no "hop", which doubles its "p": "hopped"
    return lemma


def shared_do(verb: "Token", moved: set[int]) -> dict[int, str]:
    """Verbs joined to *verb* that share its subject and tense take its "did" too: "When did the
    owners vote and award the game ...?", not "... vote and awarded ..."."""
    out = {}
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and c.i not in moved and c.tag_ == verb.tag_ \
                and not any(k.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for k in c.children):
            out[c.i] = base_form(c)
    return out


def do_form(verb: "Token") -> str | None:
    tag = tense_tag(verb)
    if tag == "VBP" and any(c.dep_ == "nsubj" and c.lower_ in ("he", "she", "it") for c in verb.children):
        return "does"  # "provided that he [support] Guy": a subjunctive asks as the present does
    return {"VBD": "did", "VBZ": "does", "VBP": "do"}.get(tag)


def tense_tag(verb: "Token") -> str:
    """The verb's tag, with a past tense the tagger took for a participle mended: "The Broncos
    practiced at X" has a subject and no auxiliary, so "practiced" is VBD whatever its tag."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if verb.tag_ == "VBN" and verb.lower_.endswith("ed") and verb.dep_ in ("ROOT", "conj", "ccomp") and subjects \
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
            and all(t.pos_ == "ADV" for t in verb.doc[subjects[0].right_edge.i + 1:verb.i]):
        return "VBD"  # not "People [chosen] to appear", "The gallery, [opened] in 2006, houses ..."
    return verb.tag_


def lower_first(tok: "Token", text: str) -> str:
    """Sentence-initial capitals go, unless the word is a name ("Rowling said" stays)."""
    first = len(tok.text)  # *text* may run on past the word ("When Tom Rivers arrived"): only the word changes
    if tok.lower_ in ("the", "a", "an", "this", "these", "some", "many", "most", "all") and tok.pos_ == "DET":
        return text[:first].lower() + text[first:]
    if tok.ent_type_ in references.NUMERIC_LABELS and tok.is_alpha and tok.pos_ != "PROPN":
        return text[:1].lower() + text[1:]  # "About 3,000 Caribs", "Nearly half": a number's word, no name
    if tok.is_sent_start and tok.ent_type_ in ("PERSON", "") and tok.i + 2 < len(tok.doc) \
            and tok.doc[tok.i + 1].ent_type_ == tok.doc[tok.i + 2].ent_type_ == "PERSON":
        from .facts import leading_descriptor

        if leading_descriptor(tok.doc[tok.i:tok.i + 3]) \
                and not (tok.lower_ in references.DEMONYM_NOUNS or tok.ent_type_ == "NORP"):
            return text[:first].lower() + text[first:]  # "Conductor Tom Rivers": the job word is capitalised
            # by the sentence only ("Briton Jane Doe" keeps its capital wherever it stands)
    if tok.is_sent_start and tok.is_title and tok.pos_ in ("NOUN", "PROPN") and not tok.ent_type_ \
            and tok.i + 1 < len(tok.doc) and any(
                t.text == text and t.ent_type_ and not t.is_sent_start and t.i + 1 < len(tok.doc)
                and tok.doc[t.i + 1].text == tok.doc[tok.i + 1].text for t in tok.doc):
        return text  # "Flight into Danger was adapted": a title the article names elsewhere
    following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    in_name = following is not None and following.pos_ == "PROPN" and following.is_title \
        and following.ent_type_ != "PERSON" and tok.head.i == following.i  # "Liberal Democrat"; not "Former Acme boss"
    if tok.pos_ in ("PROPN", "NOUN") and not tok.ent_type_ and tok.is_sent_start and tok.is_alpha and tok.is_title \
            and (tok.tag_ == "NNPS" or (tok.dep_ == "compound" and tok.head.pos_ == "NOUN")
                 or (re.search(rf"(?<![\w]){re.escape(text.lower())}(?![\w])", doc_text(tok.doc)) and not in_name)):
        return text.lower()  # "Dance teacher X", "Artists include": the tagger's name is a common word
    if tok.pos_ == "PROPN" or tok.ent_type_ or text in ("I",) or (len(text) > 1 and text.isupper()):
        return text
    if (tok.pos_ in ("ADJ", "ADV", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM", "PART") and not tok.ent_type_
            and not in_name) or \
            (tok.tag_ in ("NNS", "NN") and not tok.ent_type_ and tok.is_sent_start and tok.i + 1 < len(tok.doc)
             and tok.doc[tok.i + 1].pos_ == "ADP"):  # "Sales of ...", "Tension with ...", not "Rivers has"
        return text[:1].lower() + text[1:]  # "Recently-crowned champion X": no name, just the sentence start
    if not re.search(rf"(?<![\w]){re.escape(text.lower())}(?![\w])", doc_text(tok.doc)) \
            and (tok.pos_ == "PROPN" or not tok.is_sent_start or len(tok.doc) != len(tok.sent)):
        return text  # never written in lower case in this text: a name the tagger missed (a sentence
        # alone, as `question_for` gets it, is no text to judge its first word by)
    return text[:1].lower() + text[1:]


def render(tokens: list[tuple]) -> str:
    """Join (text, space_after[, token_index]) parts; a gap left by a dropped token is a space."""
    pieces = []
    for k, part in enumerate(tokens):
        text, ws = part[0], part[1]
        if len(part) > 2 and k + 1 < len(tokens) and len(tokens[k + 1]) > 2 and tokens[k + 1][2] != part[2] + 1:
            ws = True
        pieces.append(text + (" " if ws else ""))
    out = "".join(pieces)
    out = " ".join(out.split())
    out = _NO_SPACE_BEFORE.sub(r"\1", out)
    out = re.sub(r"([(\[{])\s+", r"\1", out)
    out = re.sub(r"(,\s*)+([?.!;:])", r"\2", out)
    out = re.sub(r",(\s*,)+", ",", out)
    out = re.sub(r"\s+-\s*\?$", "?", out)
    return out.strip()


def _substitutions(tokens: list["Token"], display: Display, bound: set[int] = frozenset()) -> dict[int, str] | None:
    """Pronouns and vague class nouns replaced by their antecedents; None if one is unresolvable."""
    subs: dict[int, str] = {}
    from .facts import in_quote, quote_regions

    regions = quote_regions(sentence_of(tokens[0])) if tokens else []
    kept = {t.i for t in tokens} | set(bound)
    for t in tokens:
        low = t.lower_
        if in_quote(t.i, regions) or references.is_dummy_it(t):
            continue
        if references.is_first_or_second(t.text):
            return None
        if references.is_referring_that(t):
            return None
        if low in references.THIRD_PERSON:
            ent = references.antecedent(t, references.pronoun_class(t) or "thing")
            if ent is not None and ent.start < t.i and (
                    any(x.i in range(ent.start, ent.end) for x in tokens) or set(range(ent.start, ent.end)) & bound):
                continue  # "Tom Hanks won the award for his role": the name is already in the question (or is its answer)
            if ent is not None and any(x.text == ent[-1].text for x in sentence_of(t) if x.i < t.i and x.i >= ent.end):
                continue  # "Rivers has stepped up his training": the surname is there already
            own = references.sentence_antecedent(t)
            if own is not None and (own.i in kept - set(bound) or (own.i in bound and low in references.PERSON_PRONOUNS)):
                continue  # "Why did Acme say it ...?", "Who said he ...?": the question says who
            rep = references.replacement_for(t, display.text)
            if rep is None:
                return None
            subs[t.i] = rep
        elif t.lemma_.lower() in references.CLASS_NOUNS and t.pos_ == "NOUN":
            det = [c for c in t.children if c.dep_ == "det"]
            mods = [c for c in t.children if c.dep_ not in ("det", "punct")]
            if det and det[0].lower_ == "the" and not mods and t.tag_ == "NN":
                ent = references.class_noun_antecedent(t)
                if ent is None:
                    return None
                subs[det[0].i] = ""
                subs[t.i] = display.span(ent[1:] if ent[0].lower_ == "the" and ent.label_ != "ORG" else ent)
                continue
        if references.is_unclear_name(t):
            return None  # "Where will Paula take part ...?"
        named_as = references.whole_name(t)  # "Who did Holmes beat?" -> "Who did Kelly Holmes beat?"
        if named_as is not None:
            first, name = named_as
            if name is None:
                return None
            if first.lower_ in references.SURNAME_TITLES or not any(x.text == t.text for x in tokens if x.i < t.i):
                for i in range(first.i, t.i):
                    subs[i] = ""
                subs[t.i] = name
                continue
        if references.is_context_bound(t, kept):
            return None
    return subs


def _balanced(text: str) -> bool:
    plain = text.replace("\u201c", '"').replace("\u201d", '"')
    return plain.count('"') % 2 == 0 and text.count("(") == text.count(")")


def _only(tok: "Token") -> bool:
    """"only 146,000 jobs": the word says how to read the count; "how many" asks it without."""
    return tok.lower_ in ("only", "just", "merely") and tok.dep_ == "advmod"


def _cut_after_verb(verb: "Token", kept: set[int], moved: set[int]) -> bool:
    """The question would end on its verb, though the words right after it in the sentence
    belong to the verb and were cut: what was won, or why, is gone."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or any(i > verb.i and not doc[i].is_punct for i in kept):
        return False
    nxt = doc[verb.i + 1]
    if not nxt.is_punct and nxt.i not in moved and verb in nxt.ancestors:
        return True
    after = next((t for t in doc[verb.i + 1:verb.sent.end] if t.i not in moved), None)
    # "observed in 1883 that X resembles Y", the clause parsed onto another verb: what was observed is gone
    return after is not None and after.lower_ in CLAUSE_OPENERS and min(moved, default=after.i) < after.i


def make_wh_question(span: "Span", kind: str, label: str, display: Display,
                     wh_override: str | None = None, strict: bool = True, strand: bool = False) -> WhQuestion | None:
    """The wh-question whose answer is *span*, or None. Not strict: for a user's chosen answer,
    pronouns stay as written and a few island constraints are relaxed (see attachment). *strand*:
    the object of a preposition after the verb is asked with the preposition left in place."""
    found = attachment(span, kind, strict)
    if found is None:
        return None
    role, verb, (anchor, counted) = found
    from .facts import in_quote, quote_regions

    sentence = sentence_of(verb)
    if sum(1 for t in sentence if t.text in ('"', "``", "''")) % 2:
        return None  # a quotation the segmenter cut in two
    regions = quote_regions(sentence)
    if in_quote(verb.i, regions) and not in_quote(span.start, regions):
        return None  # the verb belongs to quoted speech; the answer does not
    subject = clause_subject(verb)
    if subject is None:
        return None
    if subject.dep_ == "expl" and (strict or not (subject.lower_ == "there" and verb.lemma_ == "be"
                                                  and role == "counted" and anchor.dep_ == "attr")):
        return None  # "It is thought that ...": no one to ask about; a chosen count: "How many X are there?"
    prep = anchor.head if role in ("pp", "counted") and anchor.dep_ == "pobj" else None
    if strand and role == "pp" and prep is not None:
        if prep.i >= span.start or not strandable(prep, verb):
            return None  # "For Labour, the main ...": a phrase before the verb leaves no place for its preposition
        role = "stranded"
    if role == "stranded":
        role, prep = "object", None  # the preposition stays where it is; only its object moves
    answer_ids = set(range(span.start, span.end))
    if counted is not None and span.start <= counted.i < span.end:
        answer_ids = set(range(span.start, counted.i))  # "more than 1,200 days": "days" stays in the question
    fillers: dict[int, str] = {}
    if role == "counted":
        noun_ids = _subtree_ids(anchor)
        if prep is not None and prep.i in answer_ids:
            return None  # "up to eight days": the preposition belongs to the figure
        # not strict (a user chose the figure): a list after the counted noun goes, as a reader's
        # question would drop it: "How many seats does Victoria have [and 12 seats in the Senate]?"
        torn = set()
        if not strict:
            doc = span.doc
            for c in counted.children:
                if c.i > counted.i and (c.dep_ in ("cc", "conj", "appos", "punct")
                                        or doc[c.left_edge.i - 1].text in ",:;(\u2014\u2013-"):
                    torn |= _subtree_ids(c)
            colon = next((t.i for t in anchor.subtree if t.text in (":", ";") and t.i > counted.i), None)
            if colon is not None:
                torn |= {i for i in _subtree_ids(anchor) if i >= colon}
        if strict and any(c.dep_ == "prep" and c.lower_ != "of" for c in counted.rights) and subject.dep_ != "expl":
            return None  # "the three months from October to December" would be torn apart
        if any(c.lower_ in ORDER_WORDS or (c.dep_ in ("cc", "conj", "appos", "punct") and c.i not in torn)
               for c in counted.children):
            return None  # "the last 15 minutes", "4.46 million people, or 10.8% of ...": no clean count
        if strict and any(c.dep_ == "relcl" for c in counted.children):
            return None  # "among three authors [who made the shortlist]": the clause said which ones
        if any(t.i < span.start and t.dep_ != "det" and not _only(t) for t in anchor.subtree if t.i not in answer_ids):
            return None  # "about six out of 20 women": words before the number would be torn away
        wh_tokens = [t for t in anchor.subtree if t.i not in answer_ids and t.i not in torn and not _only(t)
                     and not (t.dep_ == "det" and t.head.i == counted.i)
                     and not (t.dep_ in DROP_NP_DEPS or any(a.dep_ in DROP_NP_DEPS for a in t.ancestors if a.i in noun_ids))]
        noun_text = render([(display.tok(t), bool(t.whitespace_)) for t in wh_tokens])
        if not noun_text or counted.tag_ not in ("NNS", "NNPS"):
            return None
        if strict and any(t.i != counted.i and references.is_context_bound(t, {w.i for w in wh_tokens}) for t in wh_tokens):
            return None  # "Within how many months of the launch ...?": the launch of what?
        wh = f"how many {noun_text}"
        if prep is not None:
            if prep.lower_ not in COUNT_PREPS or prep.dep_ == "agent":
                return None  # "To how many months ...?", "By how many children were winners voted?" read badly
            wh = f"{prep.lower_} {wh}"
        wh = wh[:1].upper() + wh[1:]
        moved = _subtree_ids(prep) if prep is not None else noun_ids
        answer_text = display.span(span.doc[span.start:counted.i] if span.start <= counted.i < span.end else span)
        answer_text = re.sub(r"^(?:the|a|an)\s+", "", answer_text, flags=re.I)
        inner_role = "subject" if anchor.dep_ in SUBJECT_DEPS else "object"
    else:
        wh = wh_override or wh_word(kind, label, role, prep, verb)
        if wh is None:
            return None
        if role in ("pp", "adverbial") and verb.lemma_ == "be" \
                and any(c.dep_ == "attr" and c.pos_ == "PROPN" for c in verb.children):
            return None  # "When was the first European to sail the river Tom Rivers?", "Where has the home of
            # the Parliament been the Parliament Building?": "be" names, it does not date or place
        if wh == "Who" and kind == "organisation" and references.names_a_document(span):
            wh = "What"  # "What excludes the islands from its reach?": a treaty, not a body
        moved = _subtree_ids(prep) if prep is not None else _subtree_ids(anchor)
        fillers = _clause_filler(anchor, verb) if role == "object" else {}
        lead = span.doc[min(moved) - 1] if min(moved) > 0 else None
        if prep is not None and lead is not None and lead.lower_ in TIME_LEADS and lead.head.i == verb.i:
            moved = moved | {lead.i}  # "visited the area later in 1804": "later" goes with the year it leads
        if any(t.dep_ == "acl" and t.tag_ == "VBG" and t.lemma_.lower() in DEMAND_VERBS and t.head.i >= span.start
               for t in span.doc[span.end:max(moved) + 1] if t.i in moved):
            return None  # "To whom has X written [demanding an explanation of ...]?": what for left with the answer
        answer_text = display.span(span)
        if anchor.dep_ != "pobj" and not (span.start <= anchor.i < span.end) and span_root(span).dep_ in ("compound", "appos"):
            from .facts import noun_phrase

            answer_text = display.span(noun_phrase(anchor))
        inner_role = role
    if not _finite(verb):
        verb = _finite_head(verb)
        if verb is None:
            return None  # "allowed Microsoft to link ...": no tense to invert
    phrase = prep if prep is not None else anchor
    if role in ("pp", "adverbial") and phrase.i < subject.i and any(
            c.dep_ == "advcl" and c.tag_ in ("VBN", "VBG") and c.i < phrase.i
            and not any(k.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for k in c.children)
            and all(t.is_punct for t in c.doc[c.right_edge.i + 1:phrase.left_edge.i]) for c in verb.children):
        return None  # "Born in X, on 5 April 1920, Y was ...": the date is the birth's, not the clause's
    end = max(span.end, anchor.right_edge.i + 1)
    after = span.doc[end] if end < len(span.doc) else None
    if role == "object" and after is not None and after.head.i == verb.i and (
            (after.lower_ == "by" and verb.tag_ != "VBN") or (after.pos_ == "ADP" and verb.lemma_ == "be")):
        # "include X by Tom Rivers", "is the XR-200 camera from 1987": the phrase belongs to the answer
        return None
    if role == "adverbial" and anchor.left_edge.i == verb.i + 1 and anchor.dep_ not in ("prep", "advcl"):
        return None  # "designated 22 February as ...": a date right after the verb is its object
    if subject.tag_ in ("WDT", "WP", "WP$") and verb.dep_ != "relcl":
        return None  # "what critics claim depicted ...": the clause is itself a question
    if subject.lower_ in INDEFINITE_PRONOUNS:
        return None  # "Since when has anyone purchased ...?" asks something else than the text says
    if role == "pp" and prep is not None and prep.i > verb.i and _fenced(prep):
        return None  # "Previous winners include X, in 2000, which ...": an aside, not the verb's time
    if verb.lemma_ == "be" and any(c.dep_ in ("attr", "nsubj") and c.lower_ == "one" and not span.start <= c.i < span.end
                                   and any(k.lower_ == "of" for k in c.children) for c in verb.children):
        return None  # "Who was one of the most famous people born in X?": one of many, so any of them answers
    if role == "subject" and verb.lemma_ in ("be", "become", "remain") and any(
            c.dep_ == "attr" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
            for c in verb.children):
        return None  # "What was a great fief of medieval France?": one of a class, which others are in too
    if strict and role == "subject" and any(c.lower_ in ("also", "too") and c.dep_ == "advmod" for c in verb.children):
        return None  # "X will also join the delegation": "Who will join ...?" has more than one answer
    if strict and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in OPINION_VERBS:
        return None  # "Rivers believes X can take gold": an opinion, not a fact to ask
    if strict and any(t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN") for t in subject.subtree):
        return None  # "Kluft, the champion, and Ceplak had winning performances"
    keep = moved | {subject.i}
    tokens = clause_tokens(verb, subject, keep, light=not strict)
    if not tokens:
        return None
    stray = stray_subject_comma(sentence)
    tokens = [t for t in tokens if stray is None or t.i != stray.i]
    kept_ids = {t.i for t in tokens} - moved
    if strict and _cut_after_verb(verb, kept_ids, moved):
        return None  # "Doe won for her 400m hurdles win in 1993" -> "When did Doe win?": won what?
    if strict and any(c.i not in kept_ids and c.i not in moved and (
            (c.dep_ == "prep" and c.lower_ == "on" and any(k.lower_ == "average" for k in c.children))
            or (c.dep_ == "advmod" and c.lower_ in ("typically", "usually", "normally", "generally")))
            for c in verb.children):
        return None  # "On average, people have to remember four passwords": no one count without it
    if strict and _owner_left_behind(sentence, kept_ids | moved):
        return None  # "In how many months did Poland reject its adoption twice?": "its" was the law's
    last = next((t for t in reversed(list(sentence)) if not t.is_punct), None)
    if strict and last is not None and last.i not in kept_ids and last.i not in moved and last.i - 1 in kept_ids \
            and last.dep_ == "conj" and not list(last.children):
        return None  # "... to lead the world triple jump [rankings]": a last word the model took for a verb
    if strict and verb.dep_ == "conj" and verb.head.lemma_.lower() in references.REPORTING_LEMMAS \
            and any(c.dep_ == "ccomp" for c in verb.head.children):
        return None  # "The book claims Jesus was not crucified, but married X": whose marrying is a guess
    if strict and verb.lower_ == "born" and any(c.dep_ in ("dobj", "attr", "oprd") and c.i in kept_ids
                                                for c in verb.children):
        return None  # "When was X born Lilian Marks in London?": a birth name is no place in a question
    if strict and wh == "Where" and _placing_without_contest(tokens, kept_ids, _subtree_ids(subject)):
        return None  # "Where did the GB team win bronze?": bronze in what the question no longer says
    if verb.lemma_.lower() in ("say", "tell", "add", "warn", "claim", "explain", "insist", "argue") and any(
            c.dep_ == "ccomp" and c.i not in kept_ids and c.i not in moved for c in verb.children):
        return None  # "Who told the BBC?" without what was told asks nothing
    if wh.lower().startswith(("how much", "by how much")) and any(
            c.dep_ == "prep" and c.i in kept_ids and any(k.like_num or k.ent_type_ in ("MONEY", "PERCENT")
                                                        for k in c.subtree if k.i != c.i)
            for c in verb.children):
        return None  # "How much did Acme's shares close up at 310 pence?": the figure it reached is another answer in sight
    if role in ("pp", "adverbial") and verb.lemma_ == "be" and not kept_ids - _subtree_ids(subject) - {verb.i} \
            and (subject.ent_type_ == "PERSON" or subject.lower_ in references.PERSON_PRONOUNS
                 or any(t.ent_type_ == "PERSON" for t in subject.subtree)
                 or references.hyphenated_lemma(subject) in references.PERSON_CLASS_NOUNS):
        return None  # "Where was Tom Rivers?": the clause said what he was doing there
    if any(t.tag_ in ("WRB", "WP", "WDT", "WP$") and t.i != subject.i
           and (t.lower_ != "that" or t.dep_ == "dobj" and t.head.i == verb.i)  # "the house
           # that she built": "When did she build that?" is no question
           and not (t.i > 0 and t.text[:1].isupper() and not t.is_sent_start)  # "Doctor Who": a name
           and (strict or not (t.head.dep_ == "relcl" and t.i < t.head.i and t.head.i != verb.i
                               and t.i in _subtree_ids(subject)
                               or _free_relative(t, verb)))
           for t in tokens if t.i in kept_ids):
        return None  # a second wh-word ("... World War II where, in ...") makes no question; not
        # strict, a kept relative clause's own "who" is none ("What will employers who ... find?")
    if any(t.lower_ in ("together", "jointly") for t in tokens if t.i in kept_ids) \
            and not any(c.dep_ == "conj" for c in subject.children) and subject.tag_ not in ("NNS", "NNPS"):
        return None  # "What did Ward create together?": the partner was cut away
    for t in tokens:
        than = [c for c in t.children if c.lower_ == "than"]
        if t.tag_ in ("JJR", "RBR") and t.i in kept_ids and any(c.i not in kept_ids for c in than):
            return None  # "a bigger task" without its "than ..." says something else
        if strict and t.tag_ == "JJR" and t.dep_ in ("amod", "acomp") and t.i in kept_ids and not than \
                and t.lower_ not in QUANTITY_COMPARATIVES \
                and not any(k.lower_ == "than" and k.i in kept_ids for k in sentence_of(verb)):
            return None  # "faces a bigger task": bigger than what the question no longer says
    if any(c.dep_ == "conj" and c.i not in kept_ids and c.i not in moved for t in tokens if t.i in kept_ids
           for c in t.children if t.pos_ in ("NOUN", "PROPN")):
        return None  # "launch the Club, the Ballet, and then, with X, the Company" cut to one part
    if prep is not None and any(t.dep_ == "conj" and t.pos_ == "ADP" for t in tokens if t.i in kept_ids):
        return None  # "in 1987 with X and in 1994 with Y": one of two paired phrases asked, the other kept
    if strict and any(c.dep_ == "relcl" and c.i not in kept_ids and c.i not in moved
                      and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text not in (",", "-", "\u2013", "(")
                      for t in tokens if t.i in kept_ids and t.pos_ in ("NOUN", "PROPN") and t.i != verb.i
                      for c in t.children):
        return None  # "among three authors [who made the shortlist]": the clause said which ones
    for a, b in regions:
        inside = set(range(a - 1, b + 1))
        if kept_ids & inside and not inside <= kept_ids:
            return None  # never a piece of someone's words
    # the subject stays in the question, so "its" after it needs no name ("did the IEA raise its estimate")
    subs = _substitutions([t for t in tokens if t.i not in moved and t.i != subject.i], display,
                          bound=moved | {subject.i})
    if subs is None or (strict and subject.i not in moved and (
            references.is_context_bound(subject) or references.is_unclear_name(subject))):
        if strict:
            return None  # "When did the 31-year-old win ...?"
        subs = {}
    if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        from .facts import noun_phrase

        if strict and references.is_context_bound(verb.head):
            return None  # "the 31-year-old, who won ..." names no one
        head_np = noun_phrase(verb.head)
        if verb.head.lower_ in INDEFINITE_PRONOUNS:
            return None  # "anyone who has bought a printer since 2001" is no one in particular
        if strict and references.is_context_bound(verb.head, kept={t.i for t in head_np}):
            return None  # "the bridge over the river that flooded X": without its clause, which river?
        text = display.span(head_np)
        first = display.tok(head_np[0])
        renamed = verb.head.head  # "Skylab, a space station that ...": the station is Skylab
        if verb.head.dep_ == "appos" and renamed.pos_ == "PROPN" and renamed.ent_type_ \
                and head_np[0].lower_ in ("a", "an") and not references.is_context_bound(renamed):
            text = display.span(noun_phrase(renamed))
        else:
            unmarked = verb.head.pos_ == "NOUN" and not any(k.dep_ in ("det", "poss", "nummod") for k in verb.head.children)
            if strict and (head_np[0].lower_ in ("a", "an", "one") or unmarked) and not any(
                    t.pos_ == "PROPN" or (t.ent_type_ and t.ent_type_ not in references.NUMERIC_LABELS)
                    for t in head_np if t.i != head_np.start or unmarked):
                # "a fire at one cafe that killed 25": "How many people did one cafe kill?"; "teams of
                # scientists who visited X in 1894": "When did scientists visit X?"
                return None
            between = [t for t in verb.doc[verb.head.i + 1:verb.left_edge.i] if t.pos_ in ("NOUN", "PROPN")]
            if strict and between and not all(_same_name(verb.head, t) for t in between):
                return None  # "the museum of the School of Design that had been founded": which one was?
            if head_np[0].lower_ in ("a", "an") and len(head_np) > 1:
                first, text = "the", "the" + text[len(first):]  # "a rail link which was closed": that link
            text = lower_first(head_np[0], first) + text[len(first):]  # "the charity", "dance teacher X"
        named_as = references.whole_name(verb.head)
        if named_as is not None and named_as[0].i == head_np.start:
            if named_as[1] is None:
                return None  # "Mr Straw, who ...", never named in full
            text = named_as[1]  # "Ms James, who won ..." -> "When did Shani Rhys James win ...?"
        subs[subject.i] = text  # "which helps" -> "the charity helps"
    elif subject.lower_ in references.THIRD_PERSON or references.is_first_or_second(subject.text):
        rep = references.replacement_for(subject, display.text) if subject.lower_ in references.THIRD_PERSON else None
        if rep is None and strict:
            return None
        if rep is not None:
            subs[subject.i] = rep
    elif subject.i not in moved and (named_as := references.whole_name(subject)) is not None \
            and named_as[1] is not None and named_as[0].i in kept_ids | {subject.i}:
        for i in range(named_as[0].i, subject.i):  # "Holmes", "Mr Rivers" as the article named them first
            subs[i] = ""
        subs[subject.i] = named_as[1]

    def word(t: "Token") -> str:
        return subs.get(t.i, display.tok(t))

    subj_ids = _subtree_ids(subject)
    if inner_role == "subject":
        rest = [t for t in tokens if t.i not in moved and t.i not in subj_ids]
        kind_noun = _defining_noun(verb, kept_ids) if kind != "person" and wh in ("Who", "What") else None
        if kind_noun is not None:  # "Acme is the firm at the centre of ..." -> "Which firm is at ...?"
            named = [t for t in kind_noun.subtree if t.i <= kind_noun.i]
            wh = "Which " + " ".join(word(t) for t in named if t.dep_ != "det")
            rest = [t for t in rest if t not in named]
        parts: list[tuple[str, bool]] = [(wh, True)]
        for t in rest:
            agrees = role != "counted" and not wh.startswith(("Whose ", "How many")) \
                and not (" " in wh and subject.tag_ in ("NNS", "NNPS")) and (t.i == verb.i or (  # "What laws outline"
                t.dep_ in ("aux", "auxpass") and t.head.i == verb.i and t.i < verb.i and t.i == rest[0].i))
            text = _verb_3sg(t, display) if agrees else word(t)  # "How many Caribs live ...?" stays plural
            parts.append((text, bool(t.whitespace_) or t.i == verb.i, t.i))
    else:
        auxes = _auxiliaries(verb)
        if _perfect_asked_when_or_where(wh, auxes, verb):
            # "Where has X died?" is no English: a time or place fixes the event, so the past asks it
            front, verb_text, skip = "did", base_form(verb), {auxes[0].i}
        elif auxes:
            inverted, verb_text = auxes[0], word(verb)
            front = word(inverted).lower()
            skip = {inverted.i}
        elif verb.lemma_ == "be":
            inverted, front, verb_text, skip = verb, word(verb).lower(), "", {verb.i}
        else:
            front = do_form(verb)
            if front is None:
                return None
            verb_text, skip = base_form(verb), set()
            fillers.update(shared_do(verb, moved))
        parts = [(wh, True), (front, True)]
        subject_tokens = [t for t in tokens if t.i in subj_ids and t.i not in moved]
        first = True
        for t in subject_tokens:
            text = word(t)
            if first:
                text = lower_first(t, text) if t.i not in subs else text
                first = False
            parts.append((text, bool(t.whitespace_), t.i))
        for t in tokens:
            if t.i in subj_ids or (t.i in moved and t.i not in fillers) or t.i in skip:
                continue
            text = verb_text if t.i == verb.i else fillers.get(t.i) or word(t)
            if text:
                parts.append((text, bool(t.whitespace_) or t.i == verb.i, t.i))
    order = [p[2] for p in parts if len(p) > 2]
    if any(verb.doc[a].text == "," and b == verb.i for a, b in zip(order, order[1:])):
        return None  # "did the finance minister, lash out": the name between the commas was cut
    prompt = render(parts)
    prompt = re.sub(r"[\s,;:.\-\u2013\u2014]+$", "", prompt)
    when = (fronted_date if strict else fronted_setting)(verb, subject, moved | kept_ids)
    if when is not None:
        prompt += " " + lower_first(when[0], display.span(when))  # "In 2004, X shut down ..." keeps its year
    prompt += "?"
    prompt = prompt[:1].upper() + prompt[1:]
    if not _balanced(prompt) and not strict:
        prompt = re.sub(r"\s*\([^()]*\)", "", prompt).replace("(", "").replace(")", "")
    if not _balanced(prompt):
        return None
    return WhQuestion(prompt=prompt, answer=answer_text, role=role, wh=wh)


def appositive_wh(span: "Span") -> "Token | None":
    """"Nokia, a Finnish phone maker, ..." gives "Which Finnish phone maker ...?"."""
    root = span_root(span)
    for c in root.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN":
            return c
    return None


def name_descriptor(span: "Span") -> "Span | None":
    """"former Yukos boss" of "former Yukos boss Tom Rivers": the words before a name that say
    who the person is. A question that moves the name moves them too, so they become its
    wh-phrase ("Which former Yukos boss ...?") rather than being lost."""
    root = span_root(span)
    doc = span.doc
    start = root.left_edge.i
    while start < span.start and doc[start].dep_ == "det" and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    if start >= span.start:
        return None
    words = doc[start:span.start]
    head = words[-1]
    if len(words) == 1 and head.is_sent_start and head.is_title and _taken_into_the_name(head, span):
        return words  # "Bookmaker William Hill has ...": a job word the model took for part of the name
    if head.pos_ != "NOUN" or not (head.is_lower or head.is_sent_start) or len(words) > 5 or head.ent_type_:
        return None  # "Tom Rivers's coach Jane Doe": the descriptor must be a job or role noun
    if any(t.tag_ in ("PRP$", "WP$", "DT") or t.pos_ in ("PUNCT", "VERB", "PRON") or t.ent_type_ == "PERSON"
           or t.tag_ == "POS" for t in words):
        return None  # "her coach", "the club's new ...": a pointer back into the article
    if any(t.head.i < start or t.head.i >= span.end for t in words):
        return None  # part of something else, not of the name's phrase
    return words


def _taken_into_the_name(word: "Token", name: "Span") -> bool:
    """The opening capital of "Bookmaker Jane Doe" that the model read as part of the name."""
    from .facts import leading_descriptor

    return word.ent_type_ == "PERSON" and word.pos_ == "PROPN" and leading_descriptor(word.doc[word.i:name.end])


def fronted_setting(verb: "Token", subject: "Token", taken: set[int]) -> "Span | None":
    """Any short phrase or marked clause before the subject ("Under the 1978 Act, ...", "When
    the war ended, ..."): for a user's chosen answer the question keeps it at its end, as
    readers' questions do (SQuAD: METEOR 22.88 -> 23.1, ROUGE-L unchanged)."""
    when = fronted_date(verb, subject, taken)
    if when is not None:
        return when
    for c in verb.children:
        if c.i > subject.i or c.dep_ not in ("prep", "npadvmod", "advcl"):
            continue
        sub = sorted(_subtree_ids(c))
        if set(sub) & taken or len(sub) > 14:
            continue
        objects = [k for k in c.children if k.dep_ == "pobj"]
        if c.dep_ != "advcl" and (not objects or any(
                k.pos_ in ("PRON", "DET") or (not list(k.children) and not k.ent_type_ and not k.like_num)
                for k in objects)):
            continue  # "In fact", "for example", "despite this": a connective, no setting
        if c.dep_ == "advcl" and not any(k.dep_ == "mark" or k.tag_ in ("WRB", "TO") for k in c.children):
            continue  # "Born in X, ..." describes the subject; it sets no time ("To measure X, ..." does)
        return c.doc[sub[0]:sub[-1] + 1]
    return None


def fronted_date(verb: "Token", subject: "Token", taken: set[int]) -> "Span | None":
    """"In August 2004", "During World War II" before the subject: a time no reader needs the
    article to place, which the question moves to its end, since
    without it "How many sites did the authorities shut down?" has an answer for every year."""
    for c in verb.children:
        if c.i > subject.i or c.dep_ != "prep" or c.lower_ not in ("in", "on", "during", "since", "until", "by",
                                                                   "after", "before"):
            continue
        sub = sorted(_subtree_ids(c))
        if set(sub) & taken:
            continue
        inner = [c.doc[i] for i in sub if i != c.i]
        if c.lower_ in ("since", "after", "before", "until") and len(inner) <= 10 \
                and any(re.fullmatch(r"1\d{3}|20\d{2}", t.text) for t in inner) \
                and not any(t.pos_ == "PRON" or t.is_punct or references.is_context_bound(t) for t in inner):
            return c.doc[sub[0]:sub[-1] + 1]  # "Since the 2001 attacks, X has cut ...": the period counted
        if inner and all(t.ent_type_ in ("DATE", "EVENT") or t.dep_ == "det" for t in inner) \
                and (any(re.fullmatch(r"1\d{3}s?|20\d{2}s?|\d+(?:st|nd|rd|th)", t.text) for t in inner)
                     or all(t.ent_type_ == "EVENT" or t.dep_ == "det" for t in inner)):
            return c.doc[sub[0]:sub[-1] + 1]
    return None

