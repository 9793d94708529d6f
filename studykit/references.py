"""Is a sentence or question understandable on its own? Pronouns and vague noun phrases.

A question with "he", "it" or "the company" is only fair if the reader can tell who is meant,
so we replace such words with their antecedent when a simple rule finds one, or give up.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from .docindex import entities, entity_at, sentence_of

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

PERSON_PRONOUNS = frozenset("he him his she her hers himself herself".split())
THING_PRONOUNS = frozenset("it its itself".split())
GROUP_PRONOUNS = frozenset("they them their theirs themselves".split())
THIRD_PERSON = PERSON_PRONOUNS | THING_PRONOUNS | GROUP_PRONOUNS
FIRST_SECOND = frozenset("i me my mine myself we us our ours ourselves you your yours yourself yourselves let's".split())
DEMONSTRATIVES = frozenset("this that these those".split())


def is_first_or_second(word: str) -> bool:
    """"we", "you", "us" — but "US" is the country."""
    return word.lower() in FIRST_SECOND and word != "US"


# Nationality nouns British news puts before a name as a title: "Briton Jane Doe", "Scot John Roe".
DEMONYM_NOUNS = frozenset("briton brit scot welshman welshwoman englishman englishwoman irishman irishwoman "
                          "frenchman frenchwoman dutchman dutchwoman swede dane finn pole czech slovak greek "
                          "turk swiss thai kiwi aussie".split())
# Nouns that news writing uses in place of a name mentioned before ("the company", "the star").
CLASS_NOUNS = frozenset(
    "company firm group organisation organization team club country nation city state man woman "
    "official minister star singer actor actress player side party band agency business giant "
    "retailer manufacturer maker airline network broadcaster studio label newspaper magazine "
    "website site spokesman spokeswoman chain carrier bank insurer operator brand maker producer "
    "supplier group firm athlete sprinter runner striker coach manager director".split()
)
# "his father Giuseppe": one known by a first name, as a relative of someone the article names
KIN_NOUNS = frozenset("father mother son daughter brother sister wife husband uncle aunt cousin nephew niece "
                      "grandson granddaughter grandfather grandmother partner fiancee fiance widow".split())
# Of those, the ones that stand for a person: only the person's name identifies them.
PERSON_CLASS_NOUNS = frozenset(
    "man woman official minister star singer actor actress player spokesman spokeswoman athlete sprinter "
    "runner striker coach manager director winner champion veteran chairman chairwoman boss author writer "
    "novelist poet artist composer painter musician dancer designer economist analyst runner-up finalist "
    "nominee contender candidate challenger captain skipper goalkeeper midfielder defender boxer "
    "cyclist swimmer golfer skater hurdler jumper rider driver jockey rower founder presenter comedian "
    "guitarist drummer vocalist pianist playwright film-maker filmmaker photographer journalist teenager "
    "youngster medallist medalist".split()
)
# "The pair", "the duo": the people named before, whatever the parser makes of the phrase
GROUP_OF_PEOPLE = frozenset("pair duo trio quartet couple".split())
PICTURE_NOUNS = frozenset(
    "picture image photo photograph illustration drawing painting video cartoon poster map chart "
    "graph diagram screenshot sketch".split()
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
    """"this", "that" as a pronoun or determiner; not the complementiser or relative "that", and
    not "this picture" (the document's picture, which the reader has)."""
    if tok.dep_ == "det" and tok.head.lemma_.lower() in PICTURE_NOUNS:
        return False
    return tok.lower_ in DEMONSTRATIVES and tok.tag_ == "DT" and tok.dep_ not in ("mark",)


def is_expletive(tok: "Token") -> bool:
    """"It was announced that ...", "it is easy to ...": an "it" that refers to nothing."""
    if tok.lower_ != "it":
        return False
    if tok.dep_ == "expl":
        return True
    head = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > head.i for c in head.children) and (
        head.lemma_ in ("be", "seem", "appear", "become") or tok.dep_ == "nsubjpass")


def _extraposed_object(tok: "Token") -> bool:
    """"found it hard to persuade ...", "made it clear that ...": the "it" stands for the clause
    that follows the adjective (the parse makes it the subject of a small clause)."""
    adj = tok.head
    return adj.tag_ in ("JJ", "JJR", "JJS") and adj.dep_ in ("ccomp", "xcomp", "oprd") \
        and adj.head.lemma_.lower() in ("make", "find", "consider", "think", "deem", "keep", "leave", "feel") \
        and any(c.dep_ in ("advcl", "xcomp", "ccomp") and c.i > adj.i
                and any(k.lower_ in ("to", "that") and k.dep_ in ("aux", "mark") for k in c.children)
                for c in adj.children)


def is_dummy_it(tok: "Token") -> bool:
    """is_expletive, and the forms a parse hides: "It's common for people to ...", "it is not X
    who ...", "It was already dark"."""
    if is_expletive(tok):
        return True
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = tok.head
    if _extraposed_object(tok):
        return True
    if head.lemma_ not in ("be", "seem", "appear", "become", "get"):
        return False
    if any(c.dep_ == "acomp" and c.lower_ in ("enough", "sufficient") for c in head.children):
        return False  # "it was enough to push down the rate": enough of something said before
    parts = [head] + [c for c in head.children if c.dep_ in ("acomp", "attr") and not _classed(c)]
    return any(c.dep_ in ("xcomp", "ccomp", "relcl", "csubj")
               or (c.dep_ == "advcl" and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children))
               for p in parts for c in p.children) \
        or any(c.lower_ in ("dark", "light", "late", "early", "cold", "hot", "warm", "raining", "time")
               for c in head.children)


def _classed(attr: "Token") -> bool:
    """"It is an industry that is growing": "a(n)" and a relative clause with its gap class what
    "it" stood for before; no cleft ("it was a principle that people should ..." still is one)."""
    return any(k.dep_ == "det" and k.lower_ in ("a", "an") for k in attr.children) and any(
        r.dep_ == "relcl" and any(g.tag_ in ("WDT", "WP") and g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in r.children)
        for r in attr.children)


def _fits(ent: "Span", labels: tuple[str, ...]) -> bool:
    if ent.label_ not in labels or not any(c.isupper() for c in ent.text):
        return False
    return not (ent.label_ == "NORP" and ent.root.pos_ == "ADJ")  # "Venezuelan authorities"


def _subject_entities(verb: "Token", labels) -> list["Span"]:
    doc = verb.doc
    out = []
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            target = c
            if c.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                target = verb.head  # "Paddy Considine, who won ..."
            # the name must be the subject itself ("The DTI said"), not inside it ("a DTI spokesman")
            out += [e for e in entities(doc) if e.start <= target.i < e.end and _fits(e, labels)]
    return out


def antecedent(tok: "Token", kind: str, depth: int = 0) -> "Span | None":
    """The antecedent a careful reader would pick, or None when the choice is not clear.

    A possessive takes the subject of its own clause. Across clauses only "he" and "she" are
    resolved: to the full name that is the subject of an earlier clause or of the previous
    sentence (following a pronoun there back in turn), with no other person named in between.
    "It" and "they" point at plain nouns too often for a name to be a safe guess.
    """
    if depth > 3:
        return None
    doc = tok.doc
    labels = _KINDS_FOR[kind]
    verb = clause_verb(tok.head)
    if tok.dep_ == "poss":  # "Rank aims to grow its business": its own clause's subject
        # a person's "his" may be anyone's ("used to listen to his sermons"); an "its" is rarely
        own_verb = verb if kind == "person" else _clause_with_subject(verb)
        own = [e for e in _subject_entities(own_verb, labels) if e.end <= tok.i]
        if own:
            return own[-1]
    if kind != "person":
        return _headline_organisation(tok, verb, depth)
    found = _antecedent_by_subject(tok, kind, labels, verb, depth)
    if found is None:
        return _headline_person(tok)
    own_subject = tok.dep_ != "poss" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if len(found) < 2 and not (found.start >= sentence_of(tok).start and name_in_full(found[0]) is not None
                               and own_subject):  # not "Neeson used to listen to his sermons": whose?
        # "Guy" alone is no safe name to put in a question; "Hailey moved, where he ..." is, and so is
        # the article's own subject, named in full ("Kettering toured the harbour. He will ...")
        headline = _headline_person(tok)
        return headline if headline is not None and headline[-1].text == found[-1].text else None
    between = [e for e in entities(doc) if e.label_ == "PERSON" and found.end <= e.start and e.end <= tok.i
               and e.text != found.text]
    if between:
        return None  # another person named in between makes it a guess
    if _other_sex(tok, found):
        return None  # "Anne Robinson said he ...": he is someone else
    main = main_person(doc)
    if main is not None and main != found[-1].text and found.start < sentence_of(tok).start:
        return None  # an article about one person may still mean that person by a "he" further on
    return found


def _headline_person(tok: "Token") -> "Span | None":
    """"Arthur Hailey: King of the bestsellers" ... "He died in his sleep": a "he" that opens a
    sentence is the person the headline names and the article is about (named three times as
    often as anyone else), when that person's sex is known to match and nobody else is named in
    this sentence or the one before."""
    from collections import Counter

    from .nameclues import first_name_gender, gender_of_word  # nameclues builds on this module

    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ not in ("he", "she"):
        return None
    doc = tok.doc
    counts = Counter(e[-1].text for e in entities(doc) if e.label_ == "PERSON").most_common(2)
    if not counts or counts[0][1] < 3 or (len(counts) == 2 and counts[0][1] < 3 * counts[1][1]):
        return None  # nobody dominates the article: "he" may be any of its people
    main = counts[0][0]  # main_person(), which this dominance test implies
    if main.lower() not in doc.user_data.get("studykit.headline", frozenset()):
        return None
    named = [e for e in entities(doc) if e.label_ == "PERSON" and len(e) >= 2 and e[-1].text == main
             and e[0].lower_ not in SURNAME_TITLES]
    if not named:
        return None
    full = max(named, key=len)
    if first_name_gender(full.text) != gender_of_word(tok.text):
        return None
    sent = sentence_of(tok)
    start = sentence_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
    if any(e.label_ == "PERSON" and e[-1].text != main and start <= e.start < tok.i for e in entities(doc)):
        return None  # someone else came in: "he" may be them
    return full


# Verbs whose clause says what their subject says or thinks: "X says he ...", "X believes she ...".
REPORTING_LEMMAS = frozenset("say tell add state claim explain insist warn admit confirm deny suggest "
                              "believe think hope expect fear feel reveal announce".split())

# Clauses that hang from another clause and so may speak of its subject: "Acme said it ...",
# "Rivers set his best when he won ...", "Rivers won and he ...".
_DEPENDENT_CLAUSES = frozenset("ccomp advcl conj relcl xcomp pcomp acl".split())


def sentence_antecedent(tok: "Token") -> "Token | None":
    """The subject a reader takes a pronoun to mean inside its own sentence, or None.

    The sentence reads on its own, whatever the article said before, when the pronoun is the
    possessor or subject in a clause and the subject of that clause or of a clause above it
    comes first and fits it: "Yukos claims its downfall ...", "Shares in Acme rose on talk that
    it ...", "Tom Rivers set his best when he won ...". A "his" in a clause with no subject of
    its own may be anyone's ("Neeson used to listen to his sermons"); one that points forward
    ("In its report, the OECD ...") the gates turn down whatever this says.
    """
    kind = pronoun_class(tok)
    sent = sentence_of(tok)
    if kind is None or tok.dep_ not in ("nsubj", "nsubjpass", "poss") or tok.i == sent.start:
        return None
    verb = clause_verb(tok.head)
    if tok.dep_ != "poss" and (verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return None  # "the consortium expects it to be ...": the object of "expects" is something else
    if tok.dep_ == "poss":
        own = verb if kind == "person" else _clause_with_subject(verb)
        subject = next((c for c in own.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and kind == "person":
            return None
        if subject is not None and subject.i < tok.i and not _inside(tok, subject) and _pronoun_fits(tok, subject):
            return subject
    subject = _subject_above(verb, tok)
    if subject is None and tok.dep_ != "poss" and verb.dep_ == "advcl" and verb.i < verb.head.i:
        # "Shortly after he arrived, Tom Rivers fell ill": a clause put first speaks of the
        # subject named right after it
        main = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if main is not None and main.i > verb.i and main.pos_ == "PROPN":
            if main.ent_type_ == "PERSON":
                subject = main
            elif kind == "person" and any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == main.text
                                          for e in entities(tok.doc)):
                return main  # the surname of someone the article names, whatever the model's label
    return subject if subject is not None and _pronoun_fits(tok, subject) else None


def _subject_above(verb: "Token", tok: "Token") -> "Token | None":
    """The subject, before *tok*, of the nearest clause above *verb* that has one."""
    for _ in range(3):
        if verb.dep_ not in _DEPENDENT_CLAUSES or verb.head.i == verb.i:
            return None
        verb = clause_verb(verb.head)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            continue  # "a program that attempts ...": the clause hangs on a noun; go on up
        if subject is not None and subject.i < tok.i and not _inside(tok, subject):
            return subject
    return None


def _inside(tok: "Token", phrase_head: "Token") -> bool:
    return phrase_head.left_edge.i <= tok.i <= phrase_head.right_edge.i


# Bare nouns news writing puts in place of an organisation's name: "the firm", "the group".
BODY_NOUNS = frozenset("company firm group business giant retailer manufacturer maker airline network "
                       "broadcaster studio label carrier bank insurer operator chain brand supplier".split())


def named_in_its_sentence(tok: "Token") -> bool:
    """A bare "the firm" or "the government" whose sentence names what it stands for:
    "Microsoft is investigating a program that switches off the firm's software" (the firm is
    the subject of a clause above), "Indonesia subsidises fuel, but prices have forced the
    government to spend more" (the one country named before it)."""
    kids = list(tok.children)
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not any(k.dep_ == "det" and k.lower_ == "the" for k in kids) \
            or any(k.dep_ not in ("det", "case", "punct") for k in kids):
        return False
    lemma = hyphenated_lemma(tok)
    sent = sentence_of(tok)
    verb = clause_verb(tok.head)
    own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
    named_own = own is not None and not _inside(tok, own) and entity_at(own) is not None
    if tok.dep_ not in ("nsubj", "nsubjpass", "poss") and (lemma != "government" or named_own):
        return False  # "Sumitomo ... valuing the company at $35bn", "the US condemned the government": another
    if lemma == "government":
        from .nameclues import country_code  # nameclues builds on this module

        nations = {country_code(e.text) for e in entities(tok.doc) if e.label_ == "GPE"
                   and sent.start <= e.start and e.end <= tok.i}
        return len(nations) == 1 and None not in nations
    if lemma not in BODY_NOUNS or named_own:
        return False  # "Microsoft said Google had copied the firm's software": which firm?
    subject = _subject_above(verb, tok)
    if subject is None:
        return False
    named = entity_at(subject)
    return named is not None and named.label_ == "ORG"


def names_a_person(tok: "Token") -> bool:
    """A name the model calls a person's, a titled one ("Mr Rivers") or a person noun ("the
    spokesman", "the minister")."""
    return tok.ent_type_ == "PERSON" or any(c.lower_.rstrip(".") in SURNAME_TITLES for c in tok.children) \
        or tok.lemma_.lower() in PERSON_NOUNS


def _pronoun_fits(pronoun: "Token", subject: "Token") -> bool:
    """Could this subject be what the pronoun stands for: a person for "he", one thing for "it",
    several or a body for "they"?"""
    from .nameclues import gender_of_word  # nameclues builds on this module

    kind = pronoun_class(pronoun)
    if subject.lower_ in THIRD_PERSON:  # "It is thought that its chief ...": a dummy "it" stands for nothing
        return not is_dummy_it(subject) and pronoun_class(subject) == kind \
            and gender_of_word(subject.text) == gender_of_word(pronoun.text)
    if is_first_or_second(subject.text) or subject.tag_ in ("WDT", "WP", "DT", "EX") or subject.like_num:
        return False  # "which", "this", "it" of a number: nothing a reader can name
    person = names_a_person(subject)
    if kind == "person":
        named = entity_at(subject)
        said = {gender_of_word(t.text) for t in subject.subtree} - {None}
        return person and not (named is not None and _other_sex(pronoun, named)) \
            and said <= {gender_of_word(pronoun.text)}
    if person:
        return False
    if kind == "thing":
        if subject.tag_ in ("NN", "NNP"):
            return True
        # "Shares in Acme rose on talk that it ...": the one firm the subject names
        bodies = {e.start for e in entities(subject.doc) if e.label_ == "ORG"
                  and subject.left_edge.i <= e.start and e.end <= subject.right_edge.i + 1}
        return len(bodies) == 1
    return subject.tag_ in ("NNS", "NNPS") or subject.ent_type_ in ("ORG", "NORP")


def _clause_with_subject(verb: "Token") -> "Token":
    """"Google is poised to produce its own browser": a clause without a subject of its own
    (to produce, deepening) is about the subject of the clause it hangs from."""
    for _ in range(3):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.head.i == verb.i \
                or verb.dep_ not in ("xcomp", "advcl", "pcomp", "pobj", "acl", "conj"):
            return verb
        verb = clause_verb(verb.head)
    return verb


def _other_sex(pronoun: "Token", name: "Span") -> bool:
    from .nameclues import first_name_gender, gender_of_word  # nameclues builds on this module

    said, named = gender_of_word(pronoun.text), first_name_gender(name.text)
    return None not in (said, named) and said != named


def _headline_organisation(tok: "Token", verb: "Token", depth: int) -> "Span | None":
    """Across clauses "it" points at plain nouns as often as at names, with one exception: the
    organisation the headline names, when it was the subject of the clause before and no other
    name came since ("IBM puts cash behind Linux" ... "IBM said ... In 2001 it put $300m into ...")."""
    if tok.lower_ not in ("it", "its") or tok.dep_ not in ("nsubj", "nsubjpass", "poss"):
        return None
    found = _antecedent_by_subject(tok, "thing", ("ORG",), verb, depth)
    if found is None or not any(in_headline(t) for t in found if t.pos_ == "PROPN"):
        return None
    if any(e.label_ in _KINDS_FOR["thing"] and found.end <= e.start and e.end <= tok.i and e.text != found.text
           for e in entities(tok.doc)):
        return None  # another organisation, product or place named in between makes it a guess
    return found


def clause_verb(tok: "Token") -> "Token":
    """The verb of the clause a word stands in (the sentence root if none is above it)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def subject_of_its_clause(tok: "Token") -> "Token | None":
    """The subject of the clause a word stands in: "Acme" for "its" in "Acme closed its plant".
    (transform.clause_subject starts from a verb and climbs through "and" and "to" clauses.)"""
    return next((c for c in clause_verb(tok.head).children if c.dep_ in ("nsubj", "nsubjpass")), None)


def main_person(doc) -> str | None:
    """The surname an article keeps coming back to (three mentions or more), if there is one."""
    from collections import Counter

    counts = Counter(e[-1].text for e in entities(doc) if e.label_ == "PERSON")
    if not counts:
        return None
    (name, n), *rest = counts.most_common(2)
    return name if n >= 3 and (not rest or rest[0][1] < n) else None


def _antecedent_by_subject(tok: "Token", kind: str, labels, verb: "Token", depth: int) -> "Span | None":
    doc = tok.doc
    sent = sentence_of(tok)
    for v in reversed([t for t in sent if t.i < tok.i and t.pos_ in ("VERB", "AUX") and t.i != verb.i]):
        found = [e for e in _subject_entities(v, labels) if e.end <= tok.i]
        if found:
            return found[-1]
    if sent.start == 0:
        return None
    prev = sentence_of(doc[sent.start - 1])
    found = _subject_entities(prev.root, labels)
    if found:
        return found[-1]
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and pronoun_class(subj) == kind:
        return antecedent(subj, kind, depth + 1)
    return None


def replacement_for(tok: "Token", display: str) -> str | None:
    """Text to put in place of a third-person pronoun or class noun phrase, or None if unknown."""
    kind = pronoun_class(tok)
    if kind is None:
        return None
    if tok.dep_ not in ("nsubj", "nsubjpass", "poss") or tok.lower_.endswith(("self", "selves")):
        return None  # "battle it out", "himself": only subjects and possessors are replaced
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
    kind = "person" if hyphenated_lemma(head) in PERSON_CLASS_NOUNS else "thing"
    return antecedent(head, kind)


# Things news writing names once and then calls "the award", "the London gallery", "the machine".
NAMED_THING_NOUNS = frozenset(
    "award prize ceremony gallery museum festival musical album novel machine device console gadget "
    "handset bill treaty directive conference summit talks tournament championship exhibition film movie "
    "documentary law legislation regulation act deal agreement contract plan scheme proposal bid offer "
    "merger takeover report study survey inquiry investigation".split()
)
# Names of texts that bind: "the Westfield Treaty", "the Data Act", and their abbreviations.
DOCUMENT_NOUNS = frozenset("treaty act directive regulation convention charter agreement accord protocol "
                           "constitution law bill code statute declaration".split())


def names_a_document(span: "Span") -> bool:
    """"The TEU allows ...": a treaty, law or charter labelled a body, by a word of its name or of
    what its abbreviation stands for where the document spells it out ("Treaty on European Union (TEU)")."""
    if any(t.lower_ in DOCUMENT_NOUNS for t in span):
        return True
    expansion = spelled_out(span.text.strip(), span.doc.text)
    return expansion is not None and any(w.lower() in DOCUMENT_NOUNS for w in expansion.split())


def spelled_out(abbr: str, text: str) -> str | None:
    """What an abbreviation stands for where the text spells it out: "Royal Academy of Dance (RAD)"
    or "RAD (Royal Academy of Dance)". A student answers with the words, seldom with the letters."""
    if not re.fullmatch(r"[A-Z]{2,6}", abbr):
        return None

    def spells(words: list[str]) -> bool:
        return bool(words) and words[0][:1].isupper() and "".join(w[0] for w in words if w[:1].isupper()) == abbr

    for m in re.finditer(r"\(" + abbr + r"\)", text):
        before = list(re.finditer(r"[A-Za-z]+", text[max(0, m.start() - 120):m.start()]))
        offset = max(0, m.start() - 120)
        for k in range(len(abbr), len(abbr) + 4):
            tail = before[-k:]
            if len(tail) == k and spells([w.group() for w in tail]):
                return text[offset + tail[0].start():m.start()].strip()
    for m in re.finditer(r"\b" + abbr + r"\s*\(([^()]{4,100})\)", text):
        if spells(re.findall(r"[A-Za-z]+", m.group(1))):
            return m.group(1).strip()
    return None


# Prepositions that say where: "the ceremony at Westfield Hall", "was born in Eastwick"
PLACE_PREPS = frozenset("at in on near outside inside within throughout across".split())
# "which starts on Friday" says when, not which one
NUMERIC_LABELS = frozenset("DATE TIME CARDINAL ORDINAL QUANTITY MONEY PERCENT".split())
RANKING_WORDS = frozenset("previous past last next former second third first other fellow".split())
BACK_POINTING = frozenset("such similar same other latter former aforementioned".split())
# Wholes a share is taken of: "10.8% of the workforce", "half of the vote".
PARTITIVE_WHOLES = frozenset("workforce population electorate vote market total".split())
# Nouns that name one thing for every reader: "the world" needs no earlier sentence.
UNIQUE_NOUNS = frozenset("world public internet web economy environment planet sun moon earth sky "
                         "past future present media press weather".split())


def is_context_bound(tok: "Token", kept: "set[int] | None" = None) -> bool:
    """A noun phrase that only the surrounding text can pin down: "the company", "the move",
    "the new rules", "such deals", "the 31-year-old" — "the" plus a noun with nothing of its own
    (no name, number, possessor or modifier phrase) to identify it; or a bare "Mr Straw".

    *kept*: the token ids a shortened sentence keeps. A modifier it drops identifies nothing, so
    "at the time [he was tested]" becomes "at the time", which needs the article again.
    """
    if tok.pos_ == "PROPN" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in SURNAME_TITLES:
        return full_name(tok) is None
    if tok.lower_ in QUANTIFIER_PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass") \
            and (tok.pos_ in ("PRON", "DET") or tok.lower_ == "much") \
            and not any(k.dep_ == "prep" and k.lower_ == "of" for k in tok.children):
        return True  # "All were arrested ...", "Much went for arms": all of whom, much of what?
    if tok.lower_ in ("later", "earlier") and tok.i > 0 and tok.doc[tok.i - 1].lemma_.lower() in TIME_UNITS \
            and tok.i < sentence_of(tok).root.i and not any(t.lower_ == "than" for t in tok.doc[tok.i + 1:tok.i + 3]):
        # "Two days later, ...", "Many centuries later X ...": put first, later than what the article
        # said before (at the end, "... than a year earlier" compares with the sentence's own time)
        return True
    if is_short_institution(tok):
        return True  # "the Committee": the full name was given earlier in the article
    if _blame_without_object(tok):
        return True  # "outsourcing is to blame", "X is responsible": for what, the article said before
    if tok.lower_ == "remaining" and tok.dep_ == "amod" \
            and any(k.dep_ == "det" and k.lower_ == "the" for k in tok.head.children) \
            and not any(k.dep_ == "prep" and k.lower_ == "of" for k in tok.head.children):
        return True  # "the remaining 12%", whatever is blanked: what remains of what?
    if tok.lower_ in ("here", "there") and tok.dep_ == "advmod":
        return True  # "celebrated here": the place is only in the article
    if tok.lower_ in ("likewise", "similarly") and tok.dep_ == "advmod":
        return True  # "were likewise driven off their land": like whom, the sentence before said
    if tok.lower_ == "then" and tok.dep_ == "advmod" and tok.head.dep_ == "ROOT" and not (
            tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("and", "or", "but", "from", "since", "until", "till", "by")):
        return True  # "The Scots then captured the fort", "The Courts were then built": after what?
    doc = tok.doc
    if tok.lower_ == "old" and re.fullmatch(r"the \d+-years?-old", doc[max(0, tok.i - 5):tok.i + 1].text.lower()) \
            and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"):
        return True  # "the 29-year-old", however the parser reads it ("The 29-year-old finished second")
    if tok.lower_ in GROUP_OF_PEOPLE and tok.i > 0 and doc[tok.i - 1].lower_ == "the" \
            and not (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of"):
        return True
    kids = [k for k in tok.children if kept is None or k.i in kept]
    if tok.pos_ == "NOUN" and any(k.dep_ == "poss" and k.ent_type_ in ("DATE", "TIME") and _relative_day(k) for k in kids) \
            and not any(k.dep_ == "compound" and k.pos_ == "PROPN" and k.ent_type_ not in NUMERIC_LABELS for k in kids):
        return True  # "Sunday's meeting in Paris", "last week's vote": which Sunday is the article's date
    if hyphenated_lemma(tok) in RELATIONAL_NOUNS and tok.pos_ == "NOUN" \
            and not any(k.dep_ == "poss" or (k.dep_ == "prep" and k.lower_ == "of") for k in kids) \
            and not any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "PRODUCT")
                        for t in tok.doc[tok.sent.start:tok.left_edge.i]):
        return True  # "Compatriots X and Y", "team-mate X": compatriots of whom? ("Ann and compatriot X": Ann's)
    if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and (tok.lemma_.lower() in AUDIENCE_NOUNS or (
            tok.lemma_.lower() in ("user", "subscriber") and tok.dep_ == "nsubj")) \
            and not any(k.dep_ in ("poss", "compound", "prep", "relcl", "acl", "det", "amod") for k in kids):
        return True  # "17% of readers have switched", "Users get a token": readers of what, users of what?
        # ("Sun Grid costs users $1" names the service; 20 of 21 such items with customers and users passed)
    # the noun's own words: "the athlete and team-mates X and Y" does not name the athlete
    listed = {t.i for k in tok.children if k.dep_ in ("conj", "cc") for t in k.subtree}
    own = [t for t in tok.subtree if t.i not in listed]
    if tok.pos_ in ("NOUN", "PROPN") and re.search(r"years?[\s-]*old", doc[tok.left_edge.i:tok.i].text) \
            and not any(t.ent_type_ == "PERSON" and t.i != tok.i for t in own):
        return True  # "the 31-year-old Scot": an age and a nationality name no one
    if (tok.ent_type_ in ("NORP", "") or tok.lower_ in DEMONYM_NOUNS) and tok.pos_ in ("PROPN", "NOUN") \
            and tok.text[:1].isupper() \
            and any(k.dep_ == "det" and (k.text == "the" or (k.lower_ == "the" and k.is_sent_start)) for k in kids) \
            and not any(k.dep_ in ("compound", "amod", "prep") for k in kids) \
            and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return True  # "the Moroccan", "the Briton": a nationality standing for a person
    if tok.ent_type_ in ("DATE", "TIME") and tok.pos_ == "NOUN" and tok.lemma_.lower() in RELATIVE_TIME_NOUNS \
            and any(k.dep_ == "det" and k.lower_ in ("the", "that") for k in kids) \
            and not any(c.isdigit() for t in tok.subtree for c in t.text) \
            and not (tok.dep_ == "pobj" and tok.head.lower_ == "of") \
            and not any(k.dep_ in ("prep", "nummod", "compound", "relcl", "acl", "appos", "poss") for k in kids):
        # "book of the year" is a title; "the year to October" says which year
        return True  # "on the night", "that year": which night?
    as_noun = tok.pos_ == "ADJ" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
        and tok.lower_ not in ("latter", "former")  # "unveiled the musical"; "the latter" points inside
    as_noun = as_noun or (tok.pos_ == "PROPN" and tok.text.islower())  # "the director award" tagged a name
    if tok.ent_type_ in ("DATE", "TIME") and tok.pos_ == "NOUN" \
            and any(k.lower_ in BACK_POINTING and k.dep_ in ("amod", "det") for k in kids):
        return True  # "during the same quarter", "the previous year"... of what?
    if tok.ent_type_ in NUMERIC_LABELS and any(k.lower_ in BACK_POINTING and k.dep_ == "amod" for k in kids) \
            and any(k.dep_ == "det" and k.lower_ == "the" for k in kids):
        return True  # "The other two-thirds of Seagram was bought by ...": other than which third?
    if (tok.pos_ != "NOUN" and not as_noun) or tok.ent_type_ or tok.text[:1].isdigit():
        return False  # names and numbers ("the 16th") are not referents to look up
    named = tok.dep_ in ("compound", "appos") and tok.head.pos_ == "PROPN"
    if any(k.lower_ in BACK_POINTING and not (named and k.lower_ == "former") for k in kids):
        return True  # "such deals", "the same firm"; "former champion Tom Rivers" is an ex-champion
    if hyphenated_lemma(tok) in PERSON_CLASS_NOUNS | {"favourite", "winner"} \
            and any(k.dep_ == "amod" and k.lower_ in RANKING_WORDS for k in kids) \
            and not any(k.dep_ in ("det", "poss", "prep", "compound") for k in kids) and not named:
        # "Previous winners include ...", "Second favourite is ...": of which prize? (a name attached,
        # as in "Former Olympic champion Tom Rivers", says who)
        return True
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "NOUN" \
            and any(k.dep_ == "det" and k.lower_ == "another" for k in kids):
        return True  # "Another important library is ...": another besides the one the article named before
    pair = next((k for k in kids if k.dep_ in ("det", "predet") and k.lower_ in ("both", "either", "neither")), None)
    if pair is not None and tok.tag_ in ("NNS", "NN") \
            and not any(k.dep_ == "prep" for k in kids) and tok.dep_ != "attr" \
            and not any(t.dep_ == "conj" and t.head.i < tok.i for t in sentence_of(tok)):
        # "Both terms can refer to ...", "between both parties": which two, the text said before
        # (not "X and Y were both winners", "X and Y, as both groups ...")
        return True
    det = next((k for k in kids if k.dep_ == "det"), None)
    if det is None or det.lower_ != "the":
        return False
    if det.text == "The" and not det.is_sent_start and tok.text[:1].isupper():
        return False  # "blockbuster The Aviator": a capital "The" inside a sentence opens a title
    if "-year-old" in tok.lower_ or tok.lower_.endswith("year-old"):
        return True
    if tok.lemma_.lower() in UNIQUE_NOUNS or (tok.lemma_.lower() in PICTURE_NOUNS and tok.tag_ == "NN"):
        return False  # "the picture": the document's own picture is part of what the reader has
        # ("the images, including one of ...": pictures the article told of, not its own)
    if tok.lemma_.lower() in PARTITIVE_WHOLES and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and (tok.head.head.ent_type_ == "PERCENT" or tok.head.head.lower_ in ("half", "third", "quarter", "majority")):
        return False  # "10.8% of the workforce": the whole a share is of, whatever the sentence's subject
    lemma = hyphenated_lemma(tok)
    if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
        return False  # "Acme, the Italian food group": the name it describes is right there
    if lemma in PERSON_CLASS_NOUNS and not any(t.ent_type_ == "PERSON" and t.pos_ == "PROPN"
                                               for t in own if kept is None or t.i in kept):
        return True  # "the Ohio star", "the two-time award winner": only a name says who
    def names_it(t: "Token") -> bool:  # "the Ohio star" is still any star from Ohio
        return t.pos_ == "PROPN" and not t.text.islower() and t.ent_type_ not in NUMERIC_LABELS \
            and not (t.ent_type_ in ("GPE", "NORP", "LOC") and t.head.i == tok.i)
    if lemma in CLASS_NOUNS or lemma in NAMED_THING_NOUNS:
        ignored = _place_and_aside_words(tok, kids) if lemma in NAMED_THING_NOUNS else set()
        if not any(names_it(t) for t in tok.subtree if (kept is None or t.i in kept) and t.i not in ignored):
            # "the poetry award": a description standing in for a name, unless the headline printed
            # above every question names the thing ("Poet wins Forward award")
            return not (lemma in NAMED_THING_NOUNS and in_headline(tok))
    identifying = ("compound", "prep", "relcl", "acl", "nummod", "poss", "appos", "nmod", "npadvmod")

    def restrictive(k: "Token") -> bool:  # "the medal, which is presented each spring": not which medal
        if k.dep_ == "prep" and (k.lower_ in LOOSE_PREPS or (k.lower_ == "to" and tok.dep_ == "dobj")):
            return False  # "billed the machine as ...", "unveiled the musical to investors": the verb's
        if k.dep_ == "prep" and all(t.ent_type_ in ("DATE", "TIME", "CARDINAL") or t.is_punct or t.i == k.i
                                    or t.dep_ == "det" for t in k.subtree):
            return False  # "the finalists for 2005": a year does not say finalists of what
        if k.dep_ in ("nummod", "compound") and all(t.ent_type_ in ("MONEY", "QUANTITY") for t in k.subtree):
            return False  # "the $1.2bn stadium": a price or size does not say which stadium
        return not (k.dep_ in ("relcl", "acl", "prep", "appos") and k.left_edge.i > 0
                    and tok.doc[k.left_edge.i - 1].text == ",")
    return not any(k.dep_ in identifying and restrictive(k) for k in kids)


_NUMBER = r"\d+(?:[.,]\d+)*"  # "45,000", "2.5": the digits of a number, however its size is written


def set_headline(doc: "Doc", headline: str) -> None:
    """Remember the words of the document's headline, which every export prints above its questions."""
    words = re.findall(r"\w+(?:[.,]\d+)*", headline.lower())  # "45,000" is one word
    numbers = re.findall(_NUMBER, headline)  # "14m" says what "14 million" does
    doc.user_data["studykit.headline"] = frozenset(words + numbers)
    doc.user_data["studykit.headline_initials"] = frozenset(_initials_of_names(headline))
    from spacy.lang.en.stop_words import STOP_WORDS

    content = [w for w in re.findall(r"[^\W\d]\w*", headline) if w.lower() not in STOP_WORDS]
    doc.user_data["studykit.headline_is_name"] = bool(content) and all(w[0].isupper() for w in content)


def _initials_of_names(text: str) -> Iterator[str]:
    """"EU" and "EUL" for "European Union law": the letters a run of capitalised words is shortened to."""
    for run in re.findall(r"[A-Z][a-z]+(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z][a-z]+)+", text):
        caps = [w[0] for w in run.split() if w[0].isupper()]
        for i in range(len(caps)):
            for j in range(i + 2, len(caps) + 1):
                yield "".join(caps[i:j])


def headline_initials(tok: "Token") -> bool:
    """"EU" under "European Union law": the letters stand for words the headline gives in full."""
    return tok.text.isupper() and tok.text.isalpha() and 2 <= len(tok.text) <= 6 \
        and tok.text in tok.doc.user_data.get("studykit.headline_initials", frozenset())


def headline_number(tok: "Token") -> bool:
    """The headline has the token's number, however each writes its size: "14m" and "14 million"."""
    number = re.search(_NUMBER, tok.text)
    return number is not None and number.group(0) in tok.doc.user_data.get("studykit.headline", frozenset())


def restates_headline(sent: "Span") -> bool:
    """Three in four of the headline's content words are in the sentence: "Collins appeals against
    drugs ban" above "Collins has lodged an appeal against her ban" says it is true. The opening
    sentence is the headline told in full, so half its words are enough there: "Rivers quits
    athletics" above "Tom Rivers is to retire from athletics after ..."."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = [w for w in sent.doc.user_data.get("studykit.headline", frozenset())  # numbers by digits only:
             if re.fullmatch(_NUMBER, w) or not (w[0].isdigit() or w in STOP_WORDS)]  # "14", never "14m"
    opening = not any(t.is_alpha for t in sent.doc[:sent.start])
    named = sent.doc.user_data.get("studykit.headline_is_name", False)
    if len(words) < (2 if opening and named else 3):
        return False  # a name, "Fresno, California", above "Fresno ... is a city in the U.S. state of California"
    said = [t.lower_ for t in sent]

    def found(word: str) -> bool:
        if word[0].isdigit():
            return word in said
        stems = (word[:max(3, len(word) - 2)], word[:-3] + "y" if word.endswith("ies") else word,
                 word[:-3] if word.endswith("ing") and len(word) >= 7 else word)
        return any(w.startswith(stems) for w in said)  # "appeals" -> "appeal", "Tories" -> "Tory",
        # "banking" -> "bank"
    if len(words) == 2:
        return all(map(found, words))
    return sum(map(found, words)) >= (0.5 if opening else 0.75) * len(words)


# Nations whose adjective is not the country's name plus an ending ("France", "French").
_NATION_ADJECTIVES = {
    "britain": "british", "uk": "british", "england": "english", "scotland": "scottish", "wales": "welsh",
    "ireland": "irish", "france": "french", "spain": "spanish", "netherlands": "dutch", "holland": "dutch",
    "greece": "greek", "denmark": "danish", "sweden": "swedish", "finland": "finnish", "poland": "polish",
    "turkey": "turkish", "switzerland": "swiss", "norway": "norwegian", "portugal": "portuguese",
    "peru": "peruvian", "us": "american", "usa": "american", "philippines": "filipino",
}


def headline_nation(tok: "Token") -> bool:
    """"Chinese" in the headline names "China" (and "China" names "Chinese"): the nation is given away."""
    if tok.ent_type_ not in ("GPE", "NORP"):
        return False
    words = tok.doc.user_data.get("studykit.headline", frozenset())
    return any(_same_nation(tok.lower_, word) for word in words)


def nation_beside(span: "Span") -> bool:
    """"_____ is to face pressure over cheap Chinese exports": the sentence names the answer's
    nation by its other word, and gives the blank away."""
    sent = sentence_of(span[0])
    return any(_same_nation(tok.lower_, other.lower_)
               for tok in span if tok.ent_type_ in ("GPE", "NORP")
               for other in sent if other.ent_type_ in ("GPE", "NORP") and not span.start <= other.i < span.end)


def _same_nation(low: str, word: str) -> bool:
    """A country and its adjective, either way round: "france" and "french", "china" and "chinese"."""
    if word == low or len(word) < 3 or len(low) < 2:
        return False
    if _NATION_ADJECTIVES.get(low) == word or _NATION_ADJECTIVES.get(word) == low:
        return True
    country, adjective = (low, word) if len(low) < len(word) else (word, low)
    stem = country[:-1] if len(country) > 4 and country[-1] in "aeiouy" else country  # "chin", "ital"
    return len(stem) >= 4 and adjective.startswith(stem) and bool(re.search(r"(?:an|ese|i|ish)$", adjective))


def names_in_headline(span) -> bool:
    """A name in the span ("Rivers" of "Tom Rivers", "IAAF") is a word of the headline."""
    return any(in_headline(t) for t in span if t.pos_ == "PROPN" and len(t) > 2)


def in_headline(tok: "Token") -> bool:
    """The headline has the word: "the award" is the one it names, "its" the firm it is about."""
    words = tok.doc.user_data.get("studykit.headline", frozenset())
    lemma = tok.lemma_.lower()
    if lemma in words or lemma + "s" in words or tok.lower_ in words:
        return True
    parts = re.findall(r"\w+", tok.lower_)  # "O'Sullivan" is "o" and "sullivan" among headline words
    if len(parts) > 1 and all(p in words for p in parts):
        return True
    # "Gibraltarians" under "Talks held on Gibraltar's future": the people of a place the headline names
    if tok.ent_type_ != "NORP" and tok.tag_ != "NNPS":
        return False  # not "Miller" under "Steel mill closes": a people, never a person's name
    low = tok.lower_
    return any(low.startswith(w) and low[len(w):] in _DEMONYM_ENDINGS
               or (w[-1] in "aeo" and low.startswith(w[:-1]) and low[len(w) - 1:] in ("ese", "ian", "ians"))
               for w in words if len(w) >= 4 and w.isalpha())


# How a place's name becomes its people's: Kenya-ns, Gibraltar-ians, Iraq-is, London-ers, Chin(a)-ese.
_DEMONYM_ENDINGS = frozenset("n ns an ans ian ians i is er ers ite ites ese".split())


def _blame_without_object(tok: "Token") -> bool:
    blame = tok.lemma_.lower() == "blame" and tok.dep_ == "xcomp" and tok.head.lemma_ == "be" \
        and any(k.dep_ == "aux" and k.lower_ == "to" for k in tok.children)
    answerable = tok.lower_ in ("responsible", "liable", "to-blame") and tok.dep_ == "acomp"
    return (blame or answerable) and not any(k.dep_ == "prep" and k.lower_ == "for" for k in tok.children)


WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _relative_day(tok: "Token") -> bool:
    """"Sunday", "last year", "this week": a time counted from the day of writing; not "an hour"."""
    words = [t.lower_ for t in tok.subtree if t.tag_ != "POS"]
    return bool(set(words) & (WEEKDAYS | {"yesterday", "today", "tonight", "tomorrow"})) \
        or (len(words) == 2 and words[0] in ("last", "next", "this"))


# Nouns that name people by their tie to someone else: only that someone makes them a description.
RELATIONAL_NOUNS = frozenset("compatriot countryman countrywoman team-mate teammate colleague rival "
                             "counterpart partner namesake predecessor successor".split())
# People who are someone's only through a thing the article named: readers of a magazine, users of a service.
AUDIENCE_NOUNS = frozenset("reader viewer listener respondent".split())
# Quantifiers standing alone for people or things named before: "All were arrested", "Both denied it".
QUANTIFIER_PRONOUNS = frozenset("all both some many most much none several others each few neither either".split())
TIME_UNITS = frozenset("second minute hour day night week month year decade century generation".split())
# Kinds of body an article names in full once and then calls "the Committee", "the Fund".
INSTITUTION_NOUNS = frozenset("committee council commission board agency authority foundation trust society "
                              "institute association federation union league bureau department ministry office "
                              "court tribunal panel fund".split())


def is_short_institution(tok: "Token") -> bool:
    """A capitalised "the Committee" on its own: the short form of a name given before."""
    if not tok.text[:1].isupper() or tok.lower_ not in INSTITUTION_NOUNS or tok.ent_type_ not in ("ORG", ""):
        return False
    doc = tok.doc
    ent = entity_at(tok)
    if ent is not None and len([t for t in ent if t.lower_ != "the"]) > 1:
        return False  # "The Committee to Protect Reporters" in full
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is not None and (after.lower_ in ("of", "for", "on", "to") or (after.text[:1].isupper() and after.is_alpha)):
        return False  # "the Committee of Public Accounts", "the Fund Raising ..."
    return tok.i > 0 and doc[tok.i - 1].lower_ == "the"


def hyphenated_lemma(tok: "Token") -> str:
    """"runner-up", "film-maker": the parser splits them and makes the last piece the head."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].tag_ == "HYPH" and doc[tok.i - 2].head.i == tok.i and not doc[tok.i - 1].whitespace_:
        return f"{doc[tok.i - 2].lower_}-{tok.lemma_.lower()}"
    return tok.lemma_.lower()


def _place_and_aside_words(tok: "Token", kids: list["Token"]) -> set[int]:
    """Words that do not name an award or gallery though they hang on it: where it was ("the
    ceremony at Westfield Hall") and an aside ("the gallery - which houses Raphael's X -")."""
    doc = tok.doc
    where = {t.i for k in kids if k.dep_ == "prep" and k.lower_ in PLACE_PREPS for t in k.subtree
             if t.ent_type_ in ("FAC", "GPE", "LOC", "") or (t.ent_type_ == "ORG" and _venue(k))}
    aside = {t.i for k in kids if k.dep_ in ("relcl", "acl", "appos") and k.left_edge.i > 0
             and doc[k.left_edge.i - 1].text in (",", "-", "\u2013", "\u2014", "(") for t in k.subtree}
    return where | aside


VENUE_WORDS = frozenset("theatre theater hall centre center arena stadium gallery museum house palace "
                        "hotel church cathedral park square".split())


def _venue(prep: "Token") -> bool:
    """"at the National Theatre": a building, however the model labels it; not "at the Book Awards"."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and objs[0].lower_ in VENUE_WORDS


SURNAME_TITLES = frozenset("mr mrs ms miss dr".split())
# Particles that open surnames ("De Vries", "Van Dijk"): part of the surname, never a first name.
NAME_PARTICLES = frozenset("de da di du del della der den van von la le el al st".split())
# Offices written before a name: "Chancellor Tom Rivers" is no first name.
OFFICE_TITLES = frozenset("chancellor minister president secretary chairman chairwoman chair chief premier senator "
                          "governor mayor judge general captain prince princess king queen pope bishop archbishop "
                          "cardinal sheikh commissioner ambassador inspector sergeant detective officer professor "
                          "doctor sir dame lord lady baroness baron rev reverend father sister brother "
                          "deputy vice prime foreign home shadow culture trade health education".split())
# Nouns that stand for a person: job words and offices, not the words that only qualify an office
# ("home", "trade", "education" of "Home Secretary", "Trade Minister", "Education Secretary").
PERSON_NOUNS = PERSON_CLASS_NOUNS | (OFFICE_TITLES - frozenset(
    "deputy vice prime foreign home shadow culture trade health education".split()))
# Prepositions that, hung on a noun, belong to the verb: they never say which thing is meant.
LOOSE_PREPS = frozenset("as than like despite amid via unlike".split())
# Times that only the article's own story fixes: "on the night", "that year", "the same day".
RELATIVE_TIME_NOUNS = frozenset("night day morning afternoon evening week weekend month year time season".split())


def full_name(surname: "Token") -> str | None:
    """"Jack Straw" for the "Straw" of "Mr Straw", when the document names him in full before."""
    doc = surname.doc
    best = None
    particle = particle_before(surname)
    shortest = 3 if particle is not None else 2  # "Theo Van Gogh" for "Van Gogh"
    named: set[str] = set()
    for ent in entities(doc):
        if ent.start >= surname.i - 1:
            break
        if ent.label_ != "PERSON":
            continue
        ent = without_possessive(ent)  # the model's "John Guy's" is John Guy
        if len(ent) >= shortest and ent[-1].text == surname.text \
                and (particle is None or ent[-2].lower_ == particle.lower_) \
                and ent[0].lower_ not in SURNAME_TITLES:
            named.add(ent.text)
            if best is None or len(ent) > len(best):
                best = ent  # "Carys Lloyd Evans", not a later "Lloyd Evans" the model cut short
    if best is None:
        return None
    start = best.start
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and doc[start - 1].dep_ == "compound" \
            and best.start <= doc[start - 1].head.i < best.end \
            and doc[start - 1].lower_ not in SURNAME_TITLES | OFFICE_TITLES | PERSON_CLASS_NOUNS:
        start -= 1  # "[Carys] Lloyd Evans": a first name the model left out of the entity
    from .facts import leading_descriptor
    from .nameclues import first_name_gender, gender_of_word  # nameclues builds on this module

    name = doc[start:best.end]
    title = gender_of_word(doc[surname.i - 1].text) if surname.i > 0 else None
    if title is None and any(n != best.text and not best.text.endswith(" " + n) for n in named):
        return None  # "Tesla" where the article named Nikola Tesla and his father Milutin Tesla
    if title is not None and first_name_gender(name.text) != title:
        titles = {gender_of_word(doc[t.i - 1].text) for t in doc if t.text == surname.text and t.i > 0} - {None}
        if len(titles) > 1:
            return None  # "Mrs Doe" beside "Mr Doe": not the husband the article named first
    return (name[1:] if leading_descriptor(name) else name).text  # not "Conductor Tom Rivers"


def without_possessive(ent: "Span") -> "Span":
    """The name in an entity the model ended with its "'s" (a slice, so without the label)."""
    return ent[:-1] if len(ent) > 1 and ent[-1].tag_ == "POS" else ent


def particle_before(tok: "Token") -> "Token | None":
    """The "Van" of "Van Gogh": a particle written before a surname, as part of it."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is None or before.lower_ not in NAME_PARTICLES or not before.whitespace_ or not before.is_title:
        return None
    return before


def lone_surname(tok: "Token") -> bool:
    """"Holmes ran a perfect race", "Van Gogh was shot": a person by surname alone, no title, as
    an article refers to someone it named in full before. A question standing alone needs the
    full name."""
    if tok.pos_ != "PROPN" and not (tok.pos_ == "NOUN" and tok.is_title and tok.ent_type_):
        return False  # a sentence's first "Carroll" may be tagged a noun, but the model still calls it a name
    if tok.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP", ""):
        return False  # "Viotti's debut" may be labelled a firm; full_name() checks it is a person's
    particle = particle_before(tok)
    start = particle.i if particle is not None else tok.i
    ent = entity_at(tok)
    if (ent is None and tok.ent_type_) or (ent is not None and not (start <= ent.start and ent.end == tok.i + 1)):
        return False
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN":
        return False  # part of a longer name the model did not mark
    before = tok.doc[start - 1] if start > 0 else None
    if before is not None and (before.lower_ in SURNAME_TITLES or before.pos_ == "PROPN"):
        return False
    if before is not None and before.lower_ == "the":
        return False  # "a stretch of the Rhine", where the model took "the Alpine Rhine" for a person
    return not (tok.ent_type_ in ("ORG", "GPE") and _opens_an_institution(tok))


def _opens_an_institution(tok: "Token") -> bool:
    """"Harvard was formed in 1636", where the article names Harvard University (and John
    Harvard): the word labelled a body is short for the body's longer name, not a surname."""
    return any(e.label_ in ("ORG", "FAC", "GPE") and len(e) > 1 and e.start != tok.i
               and (e[0].text == tok.text or (e[0].lower_ == "the" and e[1].text == tok.text))
               for e in entities(tok.doc))


def name_in_full(tok: "Token") -> str | None:
    """"Kelly Holmes" for a lone "Holmes" the article named in full before; None otherwise."""
    return full_name(tok) if lone_surname(tok) else None


def whole_name(tok: "Token") -> "tuple[Token, str | None] | None":
    """How a stand-alone question names the person a surname stands for: (the first word to
    replace, the name the article gave in full). "Holmes" -> (Holmes, "Kelly Holmes"),
    "Van Gogh" -> (Van, "Theo Van Gogh"), "Mr Straw" -> (Mr, "Jack Straw"); a title and
    surname the article never gives in full -> (Mr, None). None: not a surname at all."""
    full = name_in_full(tok)
    if full is not None:
        return particle_before(tok) or tok, full
    if tok.pos_ == "PROPN" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in SURNAME_TITLES:
        return tok.doc[tok.i - 1], full_name(tok)
    return None


def is_lone_first_name(tok: "Token") -> bool:
    """"Paula" on her own, when the article calls her "Paula Radcliffe" elsewhere: too familiar
    a name for a question that stands alone."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("PERSON", ""):
        return False
    doc = tok.doc
    ent = entity_at(tok)
    if (ent is not None and len(ent) != 1) or (tok.i > 0 and doc[tok.i - 1].lower_ in SURNAME_TITLES):
        return False
    if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN":
        return False  # "Paula Radcliffe" itself
    fuller = [e for e in entities(doc) if e.label_ == "PERSON" and len(e) >= 2 and any(t.text == tok.text for t in e)]
    if any(e[0].text == tok.text for e in fuller):
        return True
    if ent is not None and ent.label_ == "PERSON" and not fuller:  # "his father Giuseppe", never named in full
        return any(t.text == tok.text and t.i > 0 and doc[t.i - 1].lower_ in KIN_NOUNS for t in doc)
    return False


def is_ambiguous_surname(tok: "Token") -> bool:
    """"Ortiz" alone, when the article names two people called Ortiz."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("PERSON", ""):
        return False
    ent = entity_at(tok)
    if ent is not None and len(ent) != 1 and not (ent[0].lower_ in SURNAME_TITLES and len(ent) == 2):
        return False
    firsts = {e[0].text for e in entities(tok.doc) if e.label_ == "PERSON" and len(e) >= 2 and e[-1].text == tok.text
              and e[0].lower_ not in SURNAME_TITLES}
    return len(firsts) >= 2


def is_unclear_name(tok: "Token") -> bool:
    """A name a stand-alone question cannot use as written: a lone first name or a shared surname."""
    return is_lone_first_name(tok) or is_ambiguous_surname(tok)
