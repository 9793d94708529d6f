"""Question generation: transformations, fact extraction, distractors, gates and the seeds.

Sentences here are written for the tests; the seed checks go through the generic pipeline only.
"""

from __future__ import annotations

import json
import random
import re

import pytest

from conftest import ARTICLE, write
from studykit import quantities
from studykit.bank import BLANK, TYPES
from studykit.distractors import is_variant
from studykit.gates import gate_failure, normalize
from studykit.generate import generate_questions
from studykit.nlp import load_pipeline, parse_documents
from studykit.pipeline import build_bank
from studykit.sources import document_from_text
from studykit.transform import stray_subject_comma


def bank_for_text(text: str, seed: int = 0, types=None):
    doc = document_from_text(text, name="t.txt", path="t.txt", sha256="0" * 64, doc_id="t")
    parsed = parse_documents([doc], use_cache=False)
    return generate_questions([doc], parsed, seed=seed, types=types)


def shorts(text: str) -> dict[str, str]:
    return {q.prompt: q.answer for q in bank_for_text(text, types=["short"])}


def prompts_for(text: str) -> list[str]:
    return [q.prompt for q in bank_for_text(text)]


# --- wh-transformations ------------------------------------------------------------------------

@pytest.mark.parametrize("text,prompt,answer", [
    # subject question
    ("Maria Lopez founded the Harbour Trust in 2004 after a long career in banking.",
     "Who founded the Harbour Trust in 2004?", "Maria Lopez"),
    # date phrase with do-support, past tense
    ("Maria Lopez founded the Harbour Trust in 2004 after a long career in banking.",
     "When did Maria Lopez found the Harbour Trust?", "2004"),
    # auxiliary inversion, passive
    ("The Harbour Museum was opened by Westfield Council on March 3, 2021.",
     "When was the Harbour Museum opened by Westfield Council?", "March 3, 2021"),
    # how many + head noun, present tense do-support, place phrase kept
    ("Acme Steel employs more than 4,000 workers in Ohio.",
     "How many workers does Acme Steel employ in Ohio?", "more than 4,000"),
    # place phrase
    ("Acme Steel opened a new steel plant in Ohio.",
     "Where did Acme Steel open a new steel plant?", "Ohio"),
    # how much, leading adverbial removed
    ("After months of delay, the Westgate Bridge cost $48 million to build.",
     "How much did the Westgate Bridge cost?", "$48 million"),
    # appositive and relative clause removed; appositive becomes a "which" phrase
    ("Tom Hanks, an American actor who grew up in California, won the Academy Award for Best Actor in 1994.",
     "When did Tom Hanks win the Academy Award for Best Actor?", "1994"),
    ("Tom Hanks, an American actor, won the Academy Award for Best Actor in 1994 for his role.",
     "Which American actor won the Academy Award for Best Actor in 1994 for his role?", "Tom Hanks"),
    ("Tom Hanks, an American actor, won the Academy Award for Best Actor in 1994 for his role.",
     "When did Tom Hanks win the Academy Award for Best Actor for his role?", "1994"),
    # modal inversion
    ("Nordic Rail will open a new line in Oslo in 2027.",
     "When will Nordic Rail open a new line in Oslo?", "2027"),
    # an infinitive is asked through the finite verb above it
    ("Acme Steel plans to open a new plant in Westfield in 2008.",
     "When does Acme Steel plan to open a new plant in Westfield?", "2008"),
    # a title that opens the sentence keeps its capital when the article names it elsewhere
    ("Westfield TV bought the screenplay Storm over Portfield in 1956, after a storm hit the town. "
     "Storm over Portfield was adapted for radio in 1958.",
     "When was Storm over Portfield adapted for radio?", "1958"),
])
def test_wh_transformations(text, prompt, answer):
    got = shorts(text)
    assert got.get(prompt) == answer, got


def test_pronoun_replaced_by_its_antecedent():
    text = ("Maria Lopez founded the Harbour Trust in 2004 after a long career in banking. "
            "She sold Acme Steel to Borg Industries in 2019.")
    got = shorts(text)
    assert got.get("When did Maria Lopez sell Acme Steel to Borg Industries?") == "2019", got


@pytest.mark.parametrize("text", [
    "He said it would rain in the afternoon on most days of the year.",      # unresolved pronouns
    "If the plan fails, Westfield Council will pay $2 million to the builders.",  # a condition
    "Will the bridge open in 2021 as the council planned?",                  # a question
    "We visited Paris in 2019 and loved every minute of the trip there.",     # first person
    "This decision was taken in 2019 by the board after a long debate.",     # vague demonstrative
    # "is ... since": the writer's slip for "has been", which a question or statement would copy
    "Korean economist Tom Rivers is the chair of the Westfield Panel since October 8, 2015, after a vote.",
    "Earlier Westfield schemes brought 40,000 pupils back to school since 1997, according to official figures.",
])
def test_sentences_that_must_give_no_question(text):
    assert bank_for_text(text) == []


def test_quotation_and_speaker():
    text = 'Helen Ortiz said: "We will rebuild the station before the winter begins."'
    got = shorts(text)
    assert got.get('Who said: "We will rebuild the station before the winter begins"?') == "Helen Ortiz"
    assert not any(q.prompt.startswith("What did") for q in bank_for_text(text))  # never the vague form


def test_what_a_picture_shows():
    text = ("The harbour office released a photo of the new crane on Monday. "
            "The photo is a view of the container terminal taken from the air.")
    got = shorts(text)
    assert got.get("What does the photo show?", "").startswith("a view of the container terminal")


def test_images_the_article_told_of_need_the_article():
    # "The images, including one of flying pigs, ..." are pictures the article described, not its own
    text = ("Westfield posters row\n\nThe images, including one of flying pigs and another of what critics "
            "claim depicted party leader Tom Rivers as a miser, prompted accusations of spite, claims denied by Acme.")
    assert not [q.prompt for q in bank_for_text(text) if q.type == "truefalse"]


# --- facts: dates and figures ---------------------------------------------------------------------

def test_day_of_month_resolved_from_an_explicit_date_without_inventing_a_year():
    text = ("The strike began on May 16 at the port of Dover after talks failed. "
            "Union leaders had warned Dover Ferries on the 15th that workers would walk out.")
    qs = bank_for_text(text)
    resolved = [q for q in qs if q.fact == "date" and "15" in q.answer]
    assert resolved, [(q.prompt, q.answer) for q in qs]
    for q in resolved:
        if q.type == "short":
            assert q.answer == "May 15" and "the 15th" in q.accept
    assert not any(re.search(r"\d{4}", q.answer) for q in qs if q.fact == "date")


def test_figures_keep_unit_and_qualifier():
    qs = bank_for_text("The Westgate Bridge carries more than 12,000 vehicles a day across the River Tane.")
    answers = {q.answer for q in qs if q.fact == "figure"}
    assert "more than 12,000" in answers, answers


@pytest.mark.parametrize("text,pattern", [
    ("August 29th, 2023", r"^[A-Z][a-z]+ \d{1,2}(st|nd|rd|th), \d{4}$"),
    ("29 August 2023", r"^\d{1,2} [A-Z][a-z]+ \d{4}$"),
    ("May 16", r"^[A-Z][a-z]+ \d{1,2}$"),
    ("2004", r"^\d{4}$"),
])
def test_date_distractors_keep_the_written_format(text, pattern):
    import random

    variants = quantities.perturb_date_text(text, random.Random(1))
    assert len(variants) == 3 and len(set(variants)) == 3 and text not in variants
    assert all(re.match(pattern, v) for v in variants), variants


@pytest.mark.parametrize("text,pattern", [
    ("more than 1,500 days", r"^more than \d{1,3}(,\d{3})* days$"),
    ("exceeding 90%", r"^exceeding \d+%$"),
    ("$1.13bn", r"^\$\d+\.\d\dbn$"),
])
def test_number_distractors_keep_the_written_format(text, pattern):
    import random

    variants = quantities.perturb_number_text(text, random.Random(1))
    assert len(variants) == 3 and text not in variants
    assert all(re.match(pattern, v) for v in variants), variants
    if "%" in text:
        assert all(0 < quantities.parse_number(v) <= 100 for v in variants)


@pytest.mark.parametrize("a,b,variant", [
    ("Helen Ortiz", "Ortiz", True),
    ("U.S.", "US", True),
    ("United States", "U.S.", True),
    ("Westfield Council", "Westfield council", True),
    ("Borg Industries", "Acme Steel", False),
])
def test_distractor_variants(a, b, variant):
    assert is_variant(a, b) is variant


# --- question types ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def article_bank():
    return bank_for_text(ARTICLE + "\nCalder Works also built the Eastgate Tunnel for Portfield Council in 2015.\n")


def test_all_types_from_a_written_article(article_bank):
    assert {q.type for q in article_bank} == set(TYPES)


def test_cloze_blanks_one_span_of_the_source(article_bank):
    for q in (q for q in article_bank if q.type == "cloze"):
        assert q.prompt.count(BLANK) == 1
        # this article needs no pronoun replaced and no lead-in dropped: filling the blank restores the
        # source, but for an "also" that points back at the sentence before
        assert q.prompt.replace(BLANK, q.answer) == q.source.sentence.replace(" also ", " ")
        assert normalize(q.answer) in normalize(q.source.sentence)


def test_choice_options(article_bank):
    choices = [q for q in article_bank if q.type == "choice"]
    assert choices
    for q in choices:
        assert len(q.choices) == 4 and q.answer in q.choices
        others = [c for c in q.choices if c != q.answer]
        assert not any(is_variant(c, q.answer) for c in others) or q.fact in ("date", "figure")
        assert len({normalize(c) for c in q.choices}) == 4


def test_truefalse_statements(article_bank):
    tf = [q for q in article_bank if q.type == "truefalse"]
    assert tf
    for q in tf:
        source = normalize(q.source.sentence.replace(" also ", " "))
        if q.answer == "True":
            assert normalize(q.prompt) == source
        else:
            assert q.explanation and normalize(q.explanation) == source
            assert normalize(q.prompt) != source


# --- gates, ranking, ids --------------------------------------------------------------------------

def test_no_emitted_question_breaks_a_gate(seed_bank, article_bank):
    for q in [*seed_bank.questions, *article_bank]:
        assert gate_failure(q) is None, (q.prompt, q.answer, gate_failure(q))
        if q.type in ("short",):
            assert q.prompt.endswith("?")


@pytest.mark.parametrize("prompt,answer,reason", [
    ("Who did he meet at the old embassy in Paris last spring?", "Maria", "unresolved pronoun"),
    ("Who hit a yearly high?", "Eircom", "too thin"),
    ("What did Acme buy?", "Westfield Foods", "too thin"),  # which of its purchases?
    ("Said Maria Lopez, the trust was founded in _____.", "2004", "speech verb"),
    ("When did Maria Lopez found the trust in 2004?", "2004", "given away"),
    ("When did Maria Lopez found the trust ,?", "2004", "dangling"),
    ("Maria Lopez founded the trust in what year", "2004", "wh-question"),
    ("How many other trusts did Maria Lopez found in 2004?", "2004", "rest of a count"),  # other than which?
    ("When did the Westfield Trust say?", "2004", "not what"),  # "..., the Westfield Trust said in 2004."
    ("What did Maria Lopez found in 2004?", "This Harbour Trust", "demonstrative"),  # "this" points into the text
])
def test_gates_reject_bad_questions(prompt, answer, reason):
    from studykit.bank import Question, Source

    q = Question("x", "short", prompt, answer, "date",
                 Source("d", "Maria Lopez founded the trust in 2004. This Harbour Trust ..."), 0.5)
    assert reason in (gate_failure(q) or "")


def test_max_keeps_the_best_scores(seed_bank):
    top = seed_bank.select(max_questions=5)
    cut = sorted((q.score for q in seed_bank.questions), reverse=True)[4]
    assert len(top.questions) == 5 and all(q.score >= cut for q in top.questions)


def test_ids_are_stable_and_unique(tmp_path):
    src = write(tmp_path / "a.txt", ARTICLE)
    a = build_bank([src], use_cache=False)
    edited = ARTICLE.replace("Mayor Helen Ortiz said", "Mayor Helen Ortiz told reporters")
    b = build_bank([write(tmp_path / "a.txt", edited)], use_cache=False)
    ids_a = {q.id for q in a.questions}
    assert len(ids_a) == len(a.questions)
    unchanged = [q for q in a.questions if "Ortiz" not in q.source.sentence]
    assert unchanged and {q.id for q in unchanged} <= {q.id for q in b.questions}


def test_same_seed_same_bank_other_seed_other_order(tmp_path):
    src = write(tmp_path / "a.txt", ARTICLE)
    one = build_bank([src], seed=3).to_json()
    assert build_bank([src], seed=3, use_cache=False).to_json() == one
    others = [build_bank([src], seed=s).to_json() for s in range(4, 8)]
    assert any(o != one for o in others)


# --- the seeds, through the generic pipeline ------------------------------------------------------

def _answers(bank, *types):
    return [(q.type, q.answer + " | " + " | ".join(q.accept)) for q in bank.questions if not types or q.type in types]


@pytest.mark.parametrize("needle", [
    "August 29th, 2023",              # the date of the unveiling
    "1,500",                          # more than 1,500 days of sanctions
    "Il-2 attack aircraft",           # what the picture shows
    "90%",                            # the localisation rate
    "Reuters",                        # who disclosed the export-rule plan
    "In addition to victory, we have no way to go",  # what was written with the picture
])
def test_seed_facts_are_found(seed_bank, needle):
    assert any(needle in a for _, a in _answers(seed_bank)), needle


def test_seed_bank_size_and_spread(seed_bank):
    # 27 since answers the headline gives away are no longer asked: the seeds' headlines name the firm,
    # which is also who wrote the quoted post (its words are still asked); 25 since a bounded figure
    # ("more than N") gets no options, for a larger bound may be true as well; 24 since an organisation
    # gets no multiple choice (the seeds' news agency had a chip maker and a plane maker as rivals)
    assert len(seed_bank.questions) >= 24
    assert {q.type for q in seed_bank.questions} == set(TYPES)


def test_seed_bank_is_valid_json_round_trip(seed_bank, tmp_path):
    from studykit.bank import load_bank

    path = tmp_path / "bank.json"
    seed_bank.save(path)
    assert load_bank(path).to_json() == seed_bank.to_json()
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "studykit.bank"


# --- answer-aware API ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,answer,prompt", [
    ("The council opened the bridge in 2021.", "2021", "When did the council open the bridge?"),
    ("Maria Lopez founded the charity, which now helps 3,000 families, in 2004.", "3,000",
     "How many families does the charity help?"),
    ("Maria Lopez founded the charity in 2004.", "the charity", "What did Maria Lopez found in 2004?"),
    # the object of a preposition after an adjective: the preposition stays behind
    ("After a long illness, Tom Rivers became addicted to gambling.", "gambling",
     "What did Tom Rivers become addicted to after a long illness?"),
    # a word that says what kind: asked with "what" and its noun
    ("The Acme board approved a green energy plan in 2004.", "green energy", "What plan did the Acme board approve in 2004?"),
    ("The first fish appeared during the Portfield era.", "Portfield", "During what era did the first fish appear?"),
    # a count after "there": the "there" is inverted like a subject
    ("There were 12 schools in Westfield in 1990.", "12", "How many schools in Westfield were there in 1990?"),
    # the answer is what the subject did: asked with "do", a passive with "happen to"
    ("In 1878, Tom Rivers left Westfield and cut all ties with his family.", "left Westfield",
     "What did Tom Rivers do in 1878?"),
    ("Jane Doe was injured in a riding accident when she was five.", "injured in a riding accident",
     "What happened to Jane Doe?"),
    ("High taxes reduce growth in small Norvik firms.", "reduce", "What do high taxes do to growth in small Norvik firms?"),
    # a complement clause: "to do", "doing", or nothing after "be"
    ("Tom Rivers refused to sign the Norvik treaty.", "sign the Norvik treaty", "What did Tom Rivers refuse to do?"),
    ("Tom Rivers seemed to be tired after the race.", "to be tired", "What did Tom Rivers seem to be?"),
    ("The goal of the Westfield council was to build a bridge.", "to build a bridge",
     "What was the goal of the Westfield council?"),
    ("The Acme board said that the plant would close.", "the plant would close", "What did the Acme board say?"),
    # a reason, a manner, a whole phrase of time or place
    ("The farmers left Norvik because the river flooded every spring.", "the river flooded every spring",
     "Why did the farmers leave Norvik?"),
    ("The virus can kill cells directly by breaking their walls.", "by breaking their walls",
     "How can the virus kill cells directly?"),
    ("The Westfield Rovers are based at Norvik Park.", "at Norvik Park", "Where are the Westfield Rovers based?"),
    # a name that renames a noun: asked with the noun
    ("The Spanish inventor Tom Rivers built the first steam pump in 1606.", "Tom Rivers",
     "Which Spanish inventor built the first steam pump in 1606?"),
    ("Her coach, Jane Doe, won gold in 1990.", "Jane Doe", "Who was her coach who won gold in 1990?"),  # which coach
    ("His successor, Tom Brell, became less tolerant of the old church.", "Tom Brell",
     "Who was his successor who became less tolerant of the old church?"),
    ("The commander sent a messenger, Peter Vell, to the city.", "Peter Vell",
     "Who was the messenger that the commander sent?"),
    ("The roof of Acme Hall, the oldest gallery in Westfield, fell in.", "Acme Hall",
     "What was the oldest gallery in Westfield?"),
    # the doer of a passive is asked in the active voice, irregular verbs included; a council is a "who"
    ("The Norvik bridge was built by Acme Laboratories in 1990.", "Acme Laboratories",
     "Who built the Norvik bridge in 1990?"),
    ("The letter was written by Tom Rivers.", "Tom Rivers", "Who wrote the letter?"),
    ("The Westfield museum is owned by the council.", "the council", "Who owns the Westfield museum?"),
    # the in-place fallback in question order when the answer ends the clause; a list stays in place
    ("Westfield has seen many improvements due to tourism.", "tourism",
     "What has Westfield seen many improvements due to?"),
    ("The British offered Norvik the choice of surrendering its colonies.", "colonies",
     "What did the British offer Norvik the choice of surrendering?"),
    ("Tom Rivers wanted the support of the British and the Norvik clans.", "the Norvik clans",
     "Tom Rivers wanted the support of the British and what?"),
    ("Acme was a founding member of the Norvik League in 1900.", "the Norvik League",
     "What was Acme a founding member of in 1900?"),
    ("The bridge was described by Tom Rivers in 1551 and by Jane Doe in 1629.", "Jane Doe",
     "The bridge was described by Tom Rivers in 1551 and by who in 1629?"),
    # found by review: tenses, relative clauses, contractions, hedges, states, connectives
    ("The Norvik bridge is being built by Acme Laboratories.", "Acme Laboratories",
     "Who is building the Norvik bridge?"),
    ("The Norvik bridge may have been built by Acme Laboratories.", "Acme Laboratories",
     "Who may have built the Norvik bridge?"),
    ("The bridge that was built by Acme Laboratories collapsed.", "Acme Laboratories",
     "What was the bridge built by?"),
    ("Tom Rivers didn't like the plan.", "the plan", "What did Tom Rivers not like?"),
    ("More than 300 people attended the Westfield fair.", "300", "How many people attended the Westfield fair?"),
    ("Acme employs 300 engineers.", "engineers", "Who does Acme employ?"),
    ("Tom Rivers almost won the race.", "won the race", "What did Tom Rivers almost do?"),
    ("Tom Rivers, a Westfield engineer, built the bridge.", "built the bridge", "What did Tom Rivers do?"),
    ("Tom Rivers is building the bridge.", "building the bridge", "What is Tom Rivers doing?"),
    ("In fact, Tom Rivers won the race.", "Tom Rivers", "Who won the race?"),
    ("Tom Rivers left Norvik when the war ended.", "the war ended", "When did Tom Rivers leave Norvik?"),
    ("The Norvik river remained the border until the empire fell.", "the empire fell",
     "Until when did the Norvik river remain the border?"),
    # a verb that would be left bare keeps the clause after it
    ("The Westfield council calls for its members to back the plan.", "The Westfield council",
     "What council calls for its members to back the plan?"),
    # a clause that says which one stays; one set off by commas goes
    ("The scientists who studied the Norvik rocks found traces of water in 1990.", "traces of water",
     "What did the scientists who studied the Norvik rocks find in 1990?"),
    ("Tom Rivers, who studied the Norvik rocks, found traces of water in 1990.", "traces of water",
     "What did Tom Rivers find in 1990?"),
    # what the sentence set before its subject stays, at the end
    ("Under the Norvik treaty, the Westfield council built a bridge.", "a bridge",
     "What did the Westfield council build under the Norvik treaty?"),
    ("When the war ended, Tom Rivers moved to Norvik.", "Norvik", "Where did Tom Rivers move when the war ended?"),
    ("Born in Norvik, Tom Rivers built the Westfield bridge.", "the Westfield bridge", "What bridge did Tom Rivers build?"),
    ("In 1990 Tom Rivers moved to Westfield County.", "Westfield County", "Where did Tom Rivers move in 1990?"),
    # a whole clause: what happened at the time or in the case the sentence sets
    ("In cases of heavy rain, the Norvik road is closed to lorries.", "the Norvik road is closed to lorries",
     "What happens in cases of heavy rain?"),
    ("In May 1901, Tom Rivers sent a radio signal to Norvik.", "Tom Rivers sent a radio signal to Norvik",
     "What happened in May 1901?"),
    # a count with a list or a hedge around it
    ("Westfield has 37 schools and 12 libraries.", "37", "How many schools does Westfield have?"),
    ("Norvik has about 6,000 full-time teachers.", "6,000", "How many full-time teachers does Norvik have?"),
    # a whole phrase with its preposition: the preposition says what the phrase tells
    ("Fuel costs at Acme rose by £106m.", "by £106m", "By how much did fuel costs at Acme rise?"),
    ("Tom Rivers was suspended after testing positive for a banned drug.", "after testing positive for a banned drug",
     "When was Tom Rivers suspended?"),
    ("In July 1990, Tom Rivers visited Norvik.", "In July 1990", "When did Tom Rivers visit Norvik?"),
    ("After the flood, the Westfield council rebuilt the bridge.", "After the flood",
     "When did the Westfield council rebuild the bridge?"),
    ("Because of the heavy rain, the Norvik road was closed.", "Because of the heavy rain",
     "Why was the Norvik road closed?"),
    ("Tom Rivers grew up in a small farmhouse.", "in a small farmhouse", "Where did Tom Rivers grow up?"),
    # the answer names or measures the noun before "of"
    ("The balloon reached an altitude of 3,000 metres.", "3,000 metres", "What altitude did the balloon reach?"),
    ("The Acme tower has a height of 120 metres.", "120 metres", "What is the height of the Acme tower?"),
    ("It has a height of 120 metres.", "120 metres", "What is its height?"),
    ("With a population of 40,000, Norvik is the largest town in the valley.", "40,000",
     "What is the population of Norvik?"),
    ("Tom Rivers grew up in the small town of Norvik.", "Norvik", "In what small town did Tom Rivers grow up?"),
    ("Tom Rivers studied at the University of Norvik.", "Norvik", "At what university did Tom Rivers study?"),
    # a whole clause with nothing around it to ask by; a clause after its "if", "that" or "when"
    ("The Westfield council rebuilt the bridge in 1990.", "The Westfield council rebuilt the bridge in 1990",
     "What did the Westfield council do?"),
    ("The old mill is a museum now.", "The old mill is a museum now", "What does the text say about the old mill?"),
    ("Tom Rivers may sue the council if it breaks the contract.", "it breaks the contract",
     "When may Tom Rivers sue the council?"),
    ("When the mill closed, the workers left Norvik.", "the workers left Norvik", "What happened when the mill closed?"),
    ("The work continues until the building is ready.", "the building is ready", "Until when does the work continue?"),
    ("The farmers who sell early will find that their prices are low.", "their prices are low",
     "What will the farmers who sell early find?"),
    # a figure with its counted noun, unit or "ago"
    ("The river flooded the town 12 times.", "12 times", "How many times did the river flood the town?"),
    ("The Acme tower was 26 years old.", "26 years old", "How old was the Acme tower?"),
    ("The Norvik mill began 800 years ago.", "800 years ago", "When did the Norvik mill begin?"),
    # a past tense the tagger took for a participle (a subject and no auxiliary) still inverts
    ("The Westfield Broncos trained at Norvik University.", "Norvik University",
     "Where did the Westfield Broncos train?"),
    # a negated verb keeps its "not" after the subject
    ("Tom Rivers did not believe in ghosts.", "ghosts", "What did Tom Rivers not believe in?"),
    ("The council won't build the bridge in Norvik.", "the bridge", "What will the council not build in Norvik?"),
    # the year of a longer date asks for the year
    ("On 5 May 1990, Tom Rivers visited Norvik.", "1990", "In what year did Tom Rivers visit Norvik?"),
    ("The Norvik bridge was opened in March 2007.", "2007", "In what year was the Norvik bridge opened?"),
    # a name's first word, asked with the word that says what the name names
    ("Westfield is the county seat of Norvik County.", "Norvik", "What county is Westfield the county seat of?"),
    ("Norvik is centered on the banks of the Acme River.", "Acme", "On what river is Norvik centered?"),
    # a noun for people asks "who" though the model tags no person; a predicate noun still asks "what"
    ("The Norvik farmers protested against the new road in 1990.", "The Norvik farmers",
     "Who protested against the new road in 1990?"),
    ("The mill was designed by local architects.", "local architects", "Who designed the mill?"),
    ("His father was a priest.", "a priest", "What was his father?"),
    ("The centrifugal governor was adopted by Tom Rivers.", "centrifugal governor", "What was adopted by Tom Rivers?"),
    # a capitalised "Who" is a name's; a whole phrase may end where a comma's aside begins
    ("Tom Rivers's first Doctor Who book was Norvik Nights.", "Norvik Nights",
     "What was Tom Rivers's first Doctor Who book?"),
    ("The Acme hall is located at Norvik Street, a short walk from the station.", "at Norvik Street",
     "Where is the Acme hall located?"),
    # the second verb phrase of a pair, asked in place with "do what" in its form
    ("Tom Rivers sold the mill and moved to Norvik.", "moved to Norvik", "Tom Rivers sold the mill and did what?"),
    # the speaker of a quotation, asked as the generator asks it
    ("\"We are expanding our network,\" said Tom Rivers, Acme's vice president.", "Tom Rivers",
     "Who said: \u201cWe are expanding our network\u201d?"),
    ("\"It is a good day for Norvik,\" says Jane Doe.", "Jane Doe", "Who says: \u201cIt is a good day for Norvik\u201d?"),
    # a quotation the segmenter cut from its opening mark, or one that opens mid-sentence
    ("I do not wish to make any judgements,\" Mr Tom Rivers said.", "Mr Tom Rivers",
     "Who said: \u201cI do not wish to make any judgements\u201d?"),
    ("We are \"expanding our network to meet demand,\" said Tom Rivers, Acme's vice president.", "Tom Rivers",
     "Who said: \u201cWe are expanding our network to meet demand\u201d?"),
    # reported speech before its verb, and a speaker after a title
    ("The new guidance would help ensure clarity on the issue, added Mr Tom Rivers.", "Tom Rivers",
     "Who added that the new guidance would help ensure clarity on the issue?"),
    ("I do not wish to make any judgements,\" Mr Rivers said.", "Rivers",
     "Who said: \u201cI do not wish to make any judgements\u201d?"),
    # a date inside a noun phrase dates that thing
    ("The Norvik council praised the 2007 Westfield report on schools.", "2007",
     "When was the Westfield report on schools?"),
    ("Tom Rivers's 1990 book \"The Norvik Floods\" sold well.", "1990", "When was Tom Rivers's book The Norvik Floods?"),
    # the doer of a passive participle or of a second, passive verb phrase, asked in the active voice
    ("The Norvik report ordered by the Acme council made a strong case for the new road.", "the Acme council",
     "Who ordered the Norvik report?"),
    ("The mill stretches along the river and was designed by Tom Rivers in 1990.", "Tom Rivers",
     "Who designed the mill in 1990?"),
    ("The opening was marked with a dinner attended by 300 guests.", "300", "How many guests attended the dinner?"),
    # a deadline asks "by when"; an adverb before the answer or a closing quotation mark lists nothing
    ("The new mill was operating by 1891.", "1891", "By what year was the new mill operating?"),
    ("Norvik council members are elected directly every four years.", "every four years",
     "How often are Norvik council members elected directly?"),
    ("When the order came to close the \"old mill\" on 19 April 1943, the workers went on strike.", "19 April 1943",
     "When did the order come to close the \"old mill\"?"),
    # a number that names a thing asks "what", not "how many"; a time phrase asked in place asks "when"
    ("The Norvik committee created the 50 fund as its charity.", "the 50 fund",
     "What did the Norvik committee create as its charity?"),
    ("Stage 3 is the final stage of the bill.", "Stage 3", "What is the final stage of the bill?"),
    # an answer that is its whole clause is asked in its sentence, a reason with "why"
    ("Knowing that the river would flood, the Norvik council moved the school to the hill.", "the river would flood",
     "Knowing that what, the Norvik council moved the school to the hill?"),
    ("Because the old records did not survive, the museum relies on letters from the period.",
     "Because the old records did not survive", "Why does the museum rely on letters from the period?"),
    ("Tom Rivers was told he could not continue because Norvik law said only residents could give advice.",
     "because Norvik law said only residents could give advice", "Tom Rivers was told he could not continue why?"),
    ("When this happens against a passenger's will, airlines will now have to offer compensation.",
     "When this happens against a passenger's will", "When will airlines now have to offer compensation?"),
    # a question that says nothing but a pronoun ("What was it?") gives way to the sentence asked in place
    ("It was the most diverse city in Norvik.", "city", "It was the most diverse what in Norvik?"),
    ("This is why the Norvik miners experience weightlessness when in free fall.", "weightlessness",
     "This is why the Norvik miners experience what when in free fall?"),
    # a purpose or participle clause after its verb with no comma belongs to the clause and stays
    ("Prospective teachers in Norvik pass a background check to be able to teach in a classroom.",
     "a background check", "Prospective teachers in Norvik pass what to be able to teach in a classroom?"),
    ("Members of the Acme Centre began to come around to support the Norvik plan.", "Acme Centre",
     "Members of what began to come around to support the Norvik plan?"),
    # found by a review of this session's changes: object case, plural counts, the tense of a
    # plan made for later, "until when", a reason whose conjunction the answer left out
    ("Inspired by the Westfield poets, he wrote a book.", "the Westfield poets", "Who inspired him?"),
    ("The festival, attended by 5000 visitors each year, is held in Norvik.", "5000",
     "How many visitors attend the festival each year?"),
    ("The plan, approved by the council, will be launched in 2030.", "the council",
     "Who approved the plan that will be launched in 2030?"),  # the clause says which plan
    ("Following the defeat of Norvik in 1815, Westfield will expand its trade.", "1815", "When was the defeat of Norvik?"),
    ("The mother-in-law of Tom Rivers lived in Norvik.", "The mother-in-law of Tom Rivers", "Who lived in Norvik?"),
    ("Until the empire fell, the border remained open.", "Until the empire fell", "Until when did the border remain open?"),
    ("The mill, open until the war, was sold.", "until the war", "The mill, open until when, was sold?"),
    ("Because prices rose, the council of Norvik cut spending.", "prices rose", "Why did the council of Norvik cut spending?"),
    ("The canal was finished by 1960.", "1960", "By what year was the canal finished?"),
    ("The council meets frequently in Westfield.", "frequently", "How often does the council meet in Westfield?"),
    # a phrase in or inside a building or settlement says where, named or not
    ("Tom Rivers was buried in the Castle Church in Norvik.", "in the Castle Church", "Where was Tom Rivers buried in Norvik?"),
    ("The clinical pharmacy movement began inside hospitals and clinics.", "inside hospitals and clinics",
     "Where did the clinical pharmacy movement begin?"),
    ("It leaves Norvik up 2.3% for the full year, but short of the 2.5% which the Acme government had predicted.",
     "which the Acme government had predicted",
     "It leaves Norvik up 2.3% for the full year, but short of the 2.5% what?"),
    # an infinitive complement asks "to do what", in question order, a purpose "why"
    ("The Norvik colonists were unable to manage their fields because of the loss of soil fertility.",
     "to manage their fields because of the loss of soil fertility", "What were the Norvik colonists unable to do?"),
    ("To avoid interference with Acme stations, the Norvik council decided that the town would only have one station.",
     "To avoid interference with Acme stations",
     "Why did the Norvik council decide that the town would only have one station?"),
    ("The lakes are emptied before winter to clean them.", "to clean them", "Why are the lakes emptied before winter?"),
    # a means ("through", "via", a "by" that is no doer) asks "how"
    ("Tom Rivers acquired much of his knowledge through contact with Acme traders.",
     "through contact with Acme traders", "How did Tom Rivers acquire much of his knowledge?"),
    ("The Norvik ledgers reported revenue by department.", "by department", "How did the Norvik ledgers report revenue?"),
    ("Eggs are released via pores in the skin.", "via pores in the skin", "How are eggs released?"),
    # a word that says which one of a noun is asked with "what" and the noun, its article gone
    ("Norvik Nights was a film made to open the festival for the 2015 season.", "2015",
     "Norvik Nights was a film made to open the festival for what season?"),
    ("The Acme team wore gold shirts, promoting the 20th anniversary of the Norvik club.", "20th",
     "The Acme team wore gold shirts, promoting what anniversary of the Norvik club?"),
    # an adverb of manner asks "how", of frequency "how often"
    ("The students sat quietly in the hall.", "quietly", "How did the students sit in the hall?"),
    ("Pharmacists are regulated separately from physicians.", "separately from physicians",
     "How are pharmacists regulated?"),
    ("The Norvik members must reapply annually.", "annually", "How often must the Norvik members reapply?"),
    # a word joined by hyphens to what follows is no person: "mother-of-pearl"
    ("The boxes are inlaid with mother-of-pearl.", "mother-of-pearl", "What are the boxes inlaid with?"),
    # the date of an event named in a time phrase before the clause dates the event; no "in" is
    # stranded out of such a phrase
    ("Following the defeat of the Acme army in 1815, Norvik enjoyed a century of peace.", "1815",
     "When was the defeat of the Acme army?"),
    ("After Norvik's independence on 12 December 1963, a commission was formed to reform the schools.",
     "12 December 1963", "When was Norvik's independence?"),
    ("Following the defeat of the Acme army in 1815, Norvik enjoyed a century of peace.", "the Acme army",
     "Norvik enjoyed a century of peace following the defeat of what in 1815?"),
    ("After the show's revival in 2005 it has consistently had high viewing figures for the evening on which it is "
     "broadcast.", "After the show's revival in 2005",
     "When has it consistently had high viewing figures for the evening on which it is broadcast?"),
    # a date or place set on a noun after the verb times or places the clause: no "in" stranded
    ("Its trade was hurt by the loss of the Acme colonies in 1776.", "1776",
     "When was its trade hurt by the loss of the Acme colonies?"),
    ("Norvik has a horse racing course at Hollins Park.", "Hollins Park", "Where does Norvik have a horse racing course?"),
    # a doer named after what it is asks for it by what it is
    ("The bridge was designed by the Swiss engineer Otto Brunner.", "Otto Brunner", "Which Swiss engineer designed the bridge?"),
    # of two doers joined by "and", the question asks for the first alone
    ("The idea was taken up by the author Jo Brand in her essay Dissent, and later by Tom Rivers in his book.",
     "Jo Brand", "Which author took up the idea in her essay Dissent?"),
    # a preposition before a gerund asks the doing; "by" before one asks how
    ("Two Norvik ministers have been defrocked for officiating at weddings.", "for officiating at weddings",
     "Two Norvik ministers have been defrocked for doing what?"),
    ("Physical barriers prevent germs from entering the body.", "from entering the body",
     "Physical barriers prevent germs from doing what?"),
    ("The town grew rich by vastly improving its roads at once.", "by vastly improving its roads",
     "How did the town grow rich?"),
    # a verb phrase after its subject and auxiliary asks "do what" in the auxiliary's form
    ("Those who finish school can join a college or proceed to a job.", "join a college or proceed to a job",
     "Those who finish school can do what?"),
    ("The council hoped to find a builder to repair the bridge.", "repair the bridge",
     "What did the council hope to find a builder to do?"),
    # "while" before a participle sets a time, and the question asks it as readers do
    ("Tom Rivers became a member of the club while studying law in Westfield.", "while studying law in Westfield",
     "When did Tom Rivers become a member of the club?"),
    # a percentage is a share, not a count, with or without its sign in the answer
    ("The Norvik services sector, which contributes 63% of GDP, is dominated by tourism.", "63%",
     "The Norvik services sector, which contributes what percentage of GDP, is dominated by tourism?"),
    ("The share of pupils in Norvik schools reached 11.1% in 2008.", "11.1",
     "What percentage did the share of pupils in Norvik schools reach in 2008?"),
    # a preposition after the verb stays where its phrase stood, as readers leave it; not where it
    # would double ("in in week 10") or leave a second phrase of a pair behind
    ("Their use in agriculture led to an increase in the land available.", "an increase in the land available",
     "What did their use in agriculture lead to?"),
    ("Tom Rivers suffered a tear in his knee in week 10.", "his knee", "In what did Tom Rivers suffer a tear in week 10?"),
    ("Tom Rivers may be appointed to the Norvik council, or to other bodies.", "the Norvik council",
     "To what council may Tom Rivers be appointed?"),
    # an answer with its own preposition too ("[into 3D models]")
    ("Apicomplexans store their energy in amylopectin starch granules.", "in amylopectin starch granules",
     "What do Apicomplexans store their energy in?"),
    ("The Norvik data is turned into 3D models.", "into 3D models", "What is the Norvik data turned into?"),
    # a closed quotation between the verb and the preposition leaves it free to stay behind
    ('For years the Norvik estate was known as "the Pound" in local papers.', "local papers",
     'What was the Norvik estate known as "the Pound" in for years?'),
    # and so does a participle clause asked as a clause of its own
    ("Webb reassigned Tom Rivers, replacing him with Jo Brand.", "Jo Brand", "Who did Webb replace him with?"),
    ("Tom Rivers finished the course in three years, graduating in law.", "law", "What did Tom Rivers graduate in?"),
    # "also" points back to what came before; the question stands alone without it, but "but also" stays
    ("The chloroplast double membrane is also often compared to the Norvik shell.", "the Norvik shell",
     "What is the chloroplast double membrane often compared to?"),
    ("Inequality in Norvik prevents not just prosperity, but also growth.", "growth",
     "Inequality in Norvik prevents not just prosperity, but also what?"),
    ("The Norvik plan was, however, dropped by the council in 1990.", "the council",
     "The Norvik plan was dropped by what in 1990?"),
    # a time noun used as an adverb asks when (or how often); a span of it after "for", how long
    ("Tom Rivers gave his response the next day.", "the next day", "When did Tom Rivers give his response?"),
    ("The Norvik council meets twice a year.", "twice a year", "How often does the Norvik council meet?"),
    ("The Norvik council meets once a year.", "once a year", "How often does the Norvik council meet?"),
    ("The Norvik strike lasted for almost a year.", "almost a year", "How long did the Norvik strike last?"),
    ("The Norvik uprising went on for 63 days.", "63 days", "For how many days did the Norvik uprising go on?"),
    # an example is asked by its kind, never with "such as" left behind
    ("Enzymes such as lysozyme and varnase are antibacterials.", "lysozyme and varnase",
     "What enzymes are antibacterials?"),
    ("The Norvik farmers grow crops such as barley and rye.", "barley and rye",
     "What crops do the Norvik farmers grow?"),
    ("Other bacteria, such as Norvik tuberculosis, live inside a protective capsule.", "Norvik tuberculosis",
     "What other bacteria live inside a protective capsule?"),
    ("Many devices such as the Varne coil were used in the development of radio.", "the Varne coil",
     "What devices were used in the development of radio?"),
    ("Norvik advisers such as Tom Rivers gave strong counsel to the early court.", "Tom Rivers",
     "Which Norvik advisers gave strong counsel to the early court?"),
    ("The Norvik mills were unfit for operations requiring constant speed, such as spinning.", "spinning",
     "The Norvik mills were unfit for operations requiring constant speed, such as what?"),
    ("The best drivers in Norvik have won the rally, such as Tom Rivers and Jo Brand.", "Tom Rivers and Jo Brand",
     "The best drivers in Norvik have won the rally, such as who?"),
    # no wh-word leaves a relative clause or an adverbial participle: the answer is asked in place
    ("The Varne trust supported local groups that later came to be seen as dangerous rivals.", "dangerous rivals",
     "The Varne trust supported local groups that later came to be seen as who?"),
    ("The Norvik park has an amphitheatre that seats up to 2,500 people.", "2,500",
     "The Norvik park has an amphitheatre that seats up to how many people?"),
    ("Objects keep their speed unless acted upon by a force.", "a force",
     "Objects keep their speed unless acted upon by what?"),
    ("The new rules are the result of the Norvik Act, part of the clean-up after corporate scandals such as Acme "
     "and Varne.", "Acme and Varne",
     "The new rules are the result of the Norvik Act, part of the clean-up after what corporate scandals?"),
    ("Tom Rivers wrote a treatise, The Art of the Norvik Canals, concerning steam engines.", "steam engines",
     "Tom Rivers wrote a treatise, The Art of the Norvik Canals, concerning what?"),
    # but one may leave a clause "to" opens
    ("Tom Rivers would still find a way to play in the final.", "the final",
     "What would Tom Rivers still find a way to play in?"),
    # a pronoun after a clause put first is the name that clause's subject gave
    ("Although Norvik is the biggest and most advanced economy in the region, and has a rich minority, it has a "
     "Development Index of 0.519, ranked 145 out of 186 in the world.", "0.519, ranked 145 out of 186 in the world",
     "What does Norvik have a Development Index of?"),
    # a name in a clause set at the end keeps its capitals
    ("Though Tom Rivers wanted the farmers to stay, the war drove them away.", "the war",
     "What drove them away though Tom Rivers wanted the farmers to stay?"),
    # "this process" points back too: "the process" says as much alone, and "for this reason" goes
    ("This slow process is called Varnish drift.", "Varnish drift", "What is the slow process called?"),
    ("For this reason, the Norvik council closed the bridge in 1990.", "the bridge",
     "What did the Norvik council close in 1990?"),
    ("The Norvik council closed these bridges in this way in 1990.", "1990",
     "When did the Norvik council close the bridges?"),
    # but "this week" is the text's own now, which "the week" would not say
    ("The Norvik council announced the plan earlier this year.", "the plan",
     "What did the Norvik council announce earlier this year?"),
    # an owner asked in place is "whose", not "who's"
    ("The Norvik plan provided a mechanism for Tom Rivers's theory of drift.", "Tom Rivers",
     "The Norvik plan provided a mechanism for whose theory of drift?"),
    # and a person after "of" at the end of the subject owns it, in the subject's own number
    ("The needs of the Norvik farmers have been used to justify the roads.", "the Norvik farmers",
     "Whose needs have been used to justify the roads?"),
    ("The son of Tom Rivers was born in Norvik.", "Tom Rivers", "Whose son was born in Norvik?"),
    # a name inside the object says which of a kind: the kind moves with the wh-word
    ("The Norvik army under Tom Rivers and his sons crossed the Varne mountains by entering the valley.", "Varne",
     "What mountains did the Norvik army under Tom Rivers and his sons cross by entering the valley?"),
    ("Air did not play a role in the Halden theory.", "Halden", "What theory did air not play a role in?"),
    # a describing word asks what type; a word of place or order does not
    ("Primary plastids have a double membrane.", "double", "What type of membrane do primary plastids have?"),
    ("The senators of Norvik are elected by secret ballot.", "secret",
     "By what type of ballot are the senators of Norvik elected?"),
    ("The southern part of Norvik was different.", "southern", "What part was different?"),
    # the verb says the phrase is a place: a place reached, a place where one lives or is found
    ("In 1013 Tom Rivers fled to a small farm.", "a small farm", "Where did Tom Rivers flee in 1013?"),
    ("Pharmacists in Norvik typically work in nursing homes.", "nursing homes",
     "Where do pharmacists in Norvik typically work?"),
    ("It is often found in the leaves of young plants.", "in the leaves of young plants", "Where is it often found?"),
    # a name the model calls a person's but the sentence says is a thing's: "what"
    ("The dialect of Norvik is known as Jenner.", "Jenner", "What is the dialect of Norvik known as?"),
    ("The old village was known as Manton Town.", "Manton Town", "What was the old village known as?"),
    ("The most famous traveler of the period was Tom Rivers.", "Tom Rivers",
     "Who was the most famous traveler of the period?"),
    # one member of a list: the others named, the question asked of the whole list
    ("Tom Rivers visited Norvik, Halden and Varne in 1900.", "Halden",
     "Besides Norvik and Varne, what did Tom Rivers visit in 1900?"),
    # but not where the pair is needed, or a member is part of a name
    ("The border runs between Norvik and Halden.", "Halden", "The border runs between Norvik and what?"),
    ("The hall was designed by John and Benjamin Halder.", "Halder", "The hall was designed by John and Benjamin who?"),
    # a manner word between the auxiliary and its verb
    ("Tom Rivers argued that the land should be socially owned.", "socially", "How should the land be owned?"),
    # a parse with no clause around the answer: the sentence itself, less the aside, not "What?"
    ("Varnom, reckoned by many to be the originators of black metal and extremely influential to the extreme "
     "metal scene as a whole, formed in Norvik in 1979.", "Varnom", "What formed in Norvik in 1979?"),
    # the clause with a tense is asked, not its "to" clause; money asks "how much"
    ("Tom Rivers wanted the council to invest $500,000 in the park.", "$500,000",
     "How much did Tom Rivers want the council to invest in the park?"),
    # a number standing for what it counts asks "how many", in the verb's own number
    ("Ten of the Norvik councillors voted against the plan.", "Ten", "How many of the Norvik councillors voted against the plan?"),
    ("In the end, ten formed the Norvik council.", "ten", "How many formed the Norvik council in the end?"),
    # the "of" phrase keeps the sentence's own quotation marks
    ("Ten of the \u201cNorvik\u201d councillors voted against the plan.", "Ten",
     "How many of the \u201cNorvik\u201d councillors voted against the plan?"),
    # a participle's noun is the one the sentence meant, and its adverb stays before it
    ("The farmers of Norvik rotate their crops in a process called halding.", "halding",
     "What is the process in which the farmers of Norvik rotate their crops called?"),
    ("The plastids have their own DNA, often abbreviated as pDNA.", "pDNA", "What is the plastids' own DNA often abbreviated as?"),
    # an adjective's preposition stays where its phrase stood, as a verb's does
    ("The Norvik farmers are active in politics.", "in politics", "What are the Norvik farmers active in?"),
    # a clause that says more of the answer goes with it, so the question can front
    ("One of the things Tom Rivers developed at that laboratory in 1887 was an induction motor that ran on "
     "alternating current.", "an induction motor", "What was one of the things Tom Rivers developed at that laboratory in 1887?"),
    # a list after a colon renames the noun before it, which the question asks for
    ("There are two major subtypes of Norvik cells: killer cells and helper cells.", "killer cells and helper cells",
     "What are the two major subtypes of Norvik cells?"),
    # the auxiliary agrees with a pronoun subject
    ("Using a small boat, they may cross the river.", "a small boat", "What do they use?"),
    ("The council agreed provided that he support the plan against the mayor.", "the mayor",
     "Who does he support the plan against?"),
    # a body that holds things or opens its doors is asked with "what"; one that acts, with "who"
    ("Norvik Stores opened in 1838.", "Norvik Stores", "What opened in 1838?"),
    ("The Acme Group contains many small firms.", "The Acme Group", "What contains many small firms?"),
    ("Acme Laboratories built the bridge.", "Acme Laboratories", "Who built the bridge?"),
    # an age asks for the age, not the date
    ("Tom Rivers died at the age of 81.", "81", "At what age did Tom Rivers die?"),
    ("Members must be over the age of 18.", "over the age of 18", "How old must members be?"),
    ("Lessons in the language are compulsory for all pupils until the age of 16.", "until the age of 16",
     "Until what age are lessons in the language compulsory for all pupils?"),
    # "not ... until" sets the time it happened
    ("Tom Rivers did not recover until the spring.", "until the spring", "When did Tom Rivers recover?"),
    # the base form of a verb the lemmatizer cut short
    ("In 1264 Tom Rivers readied the move of the capital from Norvik.", "Norvik",
     "What did Tom Rivers ready the move of the capital from in 1264?"),
    # a number after "the year" or "number" names one, it counts nothing
    ("The oldest seal of Norvik is from the year 1390.", "1390", "What year is the oldest seal of Norvik from?"),
    ("The run was placed at number eight.", "eight", "What number was the run placed at?"),
    # a count's article does not stay behind
    ("The Norvik schools refer to the eight eastern districts.", "eight",
     "How many eastern districts do the Norvik schools refer to?"),
    # a name's last word that says what it names asks with it, and so does its doer
    ("In November, Tarvo crossed the Brenna River, defeating the relief army.", "the Brenna River",
     "What river did Tarvo cross in November?"),
    ("The Velmar Treaty ended the Kessin War.", "the Kessin War", "What war did the Velmar Treaty end?"),
    ("Tarvo studied at the University of Norvik before he left.", "the University of Norvik",
     "Where did Tarvo study?"),
    ("They were licensed by St. Merrin's Church in 1784.", "St. Merrin's Church", "What church licensed them in 1784?"),
    ("The Brenna flows into the Norvik Sea.", "the Norvik Sea", "What sea does the Brenna flow into?"),
    # ... but a body of people stays "who", and "be" classes the answer already
    ("The university is accredited by the Halvers Commission.", "the Halvers Commission",
     "Who accredits the university?"),
    ("The Annual Conference is the basic unit of organization within the Velmar Church.", "The Annual Conference",
     "What is the basic unit of organization within the Velmar Church?"),
    # a pronoun the sentence names is named
    ("This deliberate induction of a reaction is successful because it exploits the specificity of the system.",
     "the specificity of the system", "What does the deliberate induction of a reaction exploit?"),
    ("Tom Tarran recovered in 1990 after he left the Norvik band.", "the Norvik band",
     "What did Tom Tarran leave?"),
    ("The Velmar board said it would close the plant in 2004.", "the plant", "What would the Velmar board close in 2004?"),
    ("The Norvik board said that its new plan would replace the ‘old’ scheme.", "the ‘old’ scheme",
     "What would the Norvik board’s new plan replace?"),  # the sentence's own apostrophe
    # ... but not when the answer is what it stands for, nor a word of a title
    ("Velmar lineages lost their original plastid.", "Velmar lineages", "What lost their original plastid?"),
    # a place or time phrase the parse hung on the answer stays behind when it moves
    ("Velmar rules are the same as treaty provisions in most respects.", "treaty provisions",
     "What are Velmar rules the same as in most respects?"),
    ("Velmar rules are the same as treaty provisions in this sense.", "treaty provisions",
     "What are Velmar rules the same as?"),
    # a participle of making was done once; one of holding still holds
    ("From the same period there is a rug designed by Tarvo Keller.", "Tarvo Keller", "Who designed the rug?"),
    ("The Norvik Library, founded in 1816, is home to two million items.", "1816",
     "When was the Norvik Library founded?"),
    ("The Velmar Parliament is a body elected by citizens of the region.", "citizens of the region",
     "Who elects the body?"),
    # a participle's noun keeps the clause it stands in, which says which one is meant
    ("Norvale Radio proposed a news channel called Norvale News.", "Norvale News",
     "What was the news channel that Norvale Radio proposed called?"),
    ("Tolvan presented a paper entitled Theory of the Plains to the Society.", "Theory of the Plains",
     "What was the paper that Tolvan presented to the Society entitled?"),
    ("The Rovers hosted a grand dinner attended by 2000 guests.", "2000",
     "How many guests attended the grand dinner that the Rovers hosted?"),
    ("The Velmar Gallery is a building designed by Jon Harrel.", "Jon Harrel", "Who designed the building?"),
    # a setting before the subject goes to the end of a fronted question, unless a stranded
    # preposition ends it
    ("In July 1973, the Velmar museum became the first museum in Britain to present a rock concert.",
     "a rock concert", "What did the Velmar museum become the first museum in Britain to present in July 1973?"),
    ("In most jurisdictions, pharmacists are regulated separately from physicians.", "separately from physicians",
     "How are pharmacists regulated in most jurisdictions?"),
    ("In 1874, Tolvan evaded the draft by running away to Norvik.", "Norvik",
     "What did Tolvan evade the draft by running away to?"),
    ("At the start of the Holocene, the river occupied its old valley 11,700 years ago.", "11,700 years ago",
     "When did the river occupy its old valley?"),  # no second time for a "when"
    # the common noun before a name says what it names, and goes with the wh-word
    ("The city supervisor Jane Kemp unsuccessfully lobbied for the plan.", "Jane Kemp",
     "Which city supervisor unsuccessfully lobbied for the plan?"),
    ("The land stretched down to the river Sane.", "Sane", "What river did the land stretch down to?"),
    ("Among his top scientists was the astronomer Guo Shen.", "Guo Shen", "Which astronomer was among his top scientists?"),
    ("English chemist Jon Marrow refined this work.", "Jon Marrow", "Which English chemist refined the work?"),
    ("Investment firm Dellon and Reed offered $7.5 million to purchase the network.", "Dellon and Reed",
     "What investment firm offered $7.5 million to purchase the network?"),
    ("The BBC, in conjunction with animation studio Holt Hall, reconstructed the episodes.", "Holt Hall",
     "The BBC, in conjunction with what animation studio, reconstructed the episodes?"),
    # a purpose clause stays whatever its length: without it the act is one anybody might do
    ("The city inspector visits the site every week to check that the work follows the approved plans and the "
     "local code.", "The city inspector",
     "Who visits the site every week to check that the work follows the approved plans and the local code?"),
    # a share moves with what it is a share of; a relative "that"/"which" object is named by its noun
    ("The Orlan Trust owned 40% of the farmland in the valley by 1990.", "40%",
     "What percentage of the farmland did the Orlan Trust own in the valley by 1990?"),
    ("Marta Kell later sold the old farmhouse that her father had built in 1921.", "1921",
     "When had her father built the old farmhouse?"),
    ("The river flows past a village which the settlers named Ostrava Vale.", "Ostrava Vale",
     "What did the settlers name the village?"),
    # a participle's name is a name; "those" names nothing, so an inverted "be" keeps its phrase
    ("A fisherman named Olek Marrow found the wreck near the harbour.", "Olek Marrow",
     "What was the fisherman that found the wreck near the harbour named?"),
    ("Among the most famous works of the studio are those involving puppets.", "puppets",
     "Among the most famous works of the studio are those involving what?"),
    # a question that says little ("Who did she meet?") gives way to the clause that says which one;
    # not "Who run a bakery?"
    ("She met Tomas Wirl, who had founded the Orvane Trust in 1990.", "Tomas Wirl",
     "Who had founded the Orvane Trust in 1990?"),
    ("It replaced the Kelbridge railway line, which had carried coal since 1850.", "the Kelbridge railway line",
     "What had carried coal since 1850?"),
    ("He met the Orvane brothers, who run a bakery.", "the Orvane brothers", "Who did he meet?"),
    # a sentence set in brackets as a whole is no aside; "(a protease)" says what kind, not which one
    ("(Oddly, Kelbridge was mainly a fishing town until 1900.)", "Kelbridge",
     "What was mainly a fishing town until 1900?"),
    ("The entry of another toxin called norvalin (a protease) kills the cell.", "norvalin",
     "What is another toxin called?"),
    # a doing asked in question order, "do" where the answer was
    ("An old, ill man cannot earn as much as a healthy young man.", "earn as much as a healthy young man",
     "What can an old, ill man not do?"),
    ("Tomas Wirl went to Lisbon to beg his son to return home.", "return home",
     "What did Tomas Wirl go to Lisbon to beg his son to do?"),
    # a one- or two-digit number the model calls a date is a count: "for [26] seasons"
    ("The Orvane Players produced the show for 26 seasons.", "26",
     "For how many seasons did the Orvane Players produce the show?"),
    # a phrase set before the subject with a comma, holding the answer, goes to the end
    ("Despite a reputation for fast growth, the town grew less than the county average in the 1990s.",
     "fast growth", "The town grew less than the county average in the 1990s despite a reputation for what?"),
    # a weight or a sum is asked "how much", and the stuff it measures goes with it
    ("Kelbridge produced in the decade 1851–1860 20 million ounces of gold.", "20 million ounces",
     "How much gold did Kelbridge produce in the decade 1851–1860?"),
    ("Tomas Wirl weighed 142 pounds in 1926.", "142 pounds", "How much did Tomas Wirl weigh in 1926?"),
    ("The Orvane bell weighs 8 tonnes.", "8", "How many tonnes does the Orvane bell weigh?"),
    # a sum whose currency sign the answer leaves out is still "how much", the sign with it
    ("Maternity pay is to rise by £1,400 as part of new proposals.", "1,400",
     "Maternity pay is to rise by how much as part of new proposals?"),
    # the time between two events is asked with what it is counted from
    ("Two days after the storm, the council closed the bridge.", "Two days",
     "How many days after the storm did the council close the bridge?"),
    ("Less than a week before the games, the sport was rocked by news of a failed test.", "Less than a week",
     "How long before the games was the sport rocked by news of a failed test?"),
    # a people named by a plural ("the Tories") is asked "who"
    ("The Tories dismissed the maternity pay plan as desperate.", "Tories",
     "Who dismissed the maternity pay plan as desperate?"),
    # an owner is asked with "whose", never "what's"
    ("The new package included four channels broadcasting on Kelbridge's satellites.", "Kelbridge",
     "The new package included four channels broadcasting on whose satellites?"),
    # "able to" keeps the phrase after the object with the verb it belongs to
    ("Ada Doyle was able to solve the puzzle in her head.", "the puzzle",
     "What was Ada Doyle able to solve in her head?"),
    # a participle of being somewhere asks "where"
    ("The Orvane cells, located in the thymus, destroy old blood cells.", "the thymus",
     "Where are the Orvane cells located?"),
    # a place in a list: "where" takes the place of "in"
    ("The Orvane estate is situated in Kelbridge, Dunmore and Ashford near the coast.", "Ashford",
     "Besides Kelbridge and Dunmore, where is the Orvane estate situated near the coast?"),
    # a verb joined to the one that takes "did" takes its base form too
    ("In 2013, the owners voted and awarded the game to the Varne stadium.", "2013",
     "When did the owners vote and award the game to the Varne stadium?"),
    # a participle joined to a passive shares its "was"
    ("The Norvik museum was founded in 1852 and named after Tom Rivers.", "Tom Rivers",
     "Who was the Norvik museum named after?"),
    ("Tom Rivers, the mayor of Varne, was arrested and charged with fraud.", "fraud",
     "What was Tom Rivers charged with?"),
    # a free relative is the verb's object, kept with it
    ("In 1967, a Norvik committee issued what became known as the Varne Report.", "1967",
     "When did a Norvik committee issue what became known as the Varne Report?"),
    ("Often, the Norvik laws outline what defines a valid contract.", "the Norvik laws",
     "What laws outline what defines a valid contract?"),
    # a number before "%" is a share, whatever entity the model ran it into
    ("In the United States 90% of the power is produced by coal.", "90",
     "What percentage of the power is produced by coal?"),
])
def test_question_for(sentence, answer, prompt):
    import studykit

    q = studykit.question_for(sentence, answer)
    assert q.prompt == prompt and q.answer == answer


@pytest.mark.parametrize("sentence,answer,not_start", [
    # no "where" for a manner, no year asked of a date that belongs to a noun, no sum for a count,
    # no past tense made of a participle that modifies a noun
    ("People are starting to use them in novel ways.", "in novel ways", "Where"),
    ("At a meeting in Westfield in December 1755, Tom Rivers laid out his plans.", "1755", "In what year"),
    ("Any even number can be written as the sum of six primes.", "six primes", "As what sum"),
    ("People chosen to appear in a game will have their heads scanned.", "a game", "In what did"),
    # a "by" of place has no doer; a count that crossed a river is no "who"
    ("The town, located by the river, grew fast.", "the river", "What located"),
    ("The houses, built by the sea, were rebuilt.", "the sea", "What built"),
    ("The river rose and was crossed by 300 soldiers.", "300 soldiers", "Who"),
    # ", while also forcing ..." adds, as "and" would: no time
    ("Tom Rivers led the team in tackles with 11, while also forcing three fumbles.",
     "while also forcing three fumbles", "When"),
])
def test_question_for_refuses_shapes_that_misread_the_answer(sentence, answer, not_start):
    import studykit

    assert not studykit.question_for(sentence, answer).prompt.startswith(not_start)


@pytest.mark.parametrize("prompt,standalone", [
    ("Who scored on a 2-yard touchdown run and?", "Who scored on a 2-yard touchdown run?"),  # its pair went
    ("What could he do, and?", "What could he do?"),
    ('Who said: "We also won the cup"?', 'Who said: "We also won the cup"?'),  # quoted words stay
    ("However, what did the council build?", "What did the council build?"),
    # an encyclopedia's citation and page marks are no words of the question; "a.m." keeps its point
    ("What was very helpful to his scientific abilities.:33?", "What was very helpful to his scientific abilities?"),
    ("How many teachers.[citation needed may the council hire?", "How many teachers. may the council hire?"),
    ("What happened after 8 a.m.?", "What happened after 8 a.m.?"),
    ("What happened at 3:08 in Matthew 5:3?", "What happened at 3:08 in Matthew 5:3?"),
    # a mark the sentence cut before its closing bracket takes nothing of the question with it
    ("What was not a remedy for the issues.[citation needed?", "What was not a remedy for the issues?"),
    ("What did the series move to in 2009.[citation?", "What did the series move to in 2009?"),
    # a bracket whose pair the cut left out goes, and so do lettered footnotes and a comma before the mark
    ("Norvik produces what percentage of the national income)?", "Norvik produces what percentage of the national income?"),
    ("What was named Tom Rivers,), who arrived in 1652?", "What was named Tom Rivers, who arrived in 1652?"),
    ("What is used in a mission.[k]?", "What is used in a mission?"),
    ("When did the council meet despite the disagreements,?", "When did the council meet despite the disagreements?"),
    ("What is the set of problems solvable in time f(n) called?", "What is the set of problems solvable in time f(n) called?"),
])
def test_a_question_stands_alone(prompt, standalone):
    from studykit.ask import _standalone

    assert _standalone(prompt) == standalone


def test_question_for_asks_no_count_of_a_verb_phrase():
    # "has been downloaded by six million people" holds a number, but it is a doing, not a figure
    import studykit

    prompt = studykit.question_for("The Norvik tool was released in May and has been downloaded by six million "
                                   "people.", "has been downloaded by six million people").prompt
    assert "how many" not in prompt.lower(), prompt


@pytest.mark.parametrize("sentence,answer,prompt", [
    ("As of 2015, the population of Norvik was 52,000.", "As of 2015", "When was the population of Norvik 52,000?"),
    ("The council praised the Norvik farmers' 1990 harvest festival in Westfield.", "1990",
     "When was the Norvik farmers' harvest festival in Westfield?"),
    ("I got to the airport late.", "to the airport", "What did I get to late?"),
    # a sentence alone gives no evidence that its capitalised first word is a name
    ("Parachutes were carried to slow the capsule.", "to slow the capsule", "Why were parachutes carried?"),
    ("Weaker statements than this have been proven.", "Weaker statements than this have been proven",
     "What has happened to weaker statements than this?"),
])
def test_question_for_keeps_what_the_sentence_says(sentence, answer, prompt):
    """The apostrophe of a possessive, the preposition of an answer asked in place, "has" for what happened."""
    import studykit

    assert studykit.question_for(sentence, answer).prompt == prompt


def test_question_for_always_returns_a_question():
    import studykit

    sentence = "The club marked its golden anniversary with various gold-themed events."
    for answer in ("golden anniversary", "various gold-themed events", "The club", "gold-themed"):
        q = studykit.question_for(sentence, answer)
        assert q.prompt.endswith("?") and len(q.prompt.split()) >= 3


def test_ask_command():
    from click.testing import CliRunner

    from studykit.cli import cli

    result = CliRunner().invoke(cli, ["ask", "The council opened the bridge in 2021.", "--answer", "2021"])
    assert result.exit_code == 0 and result.output.strip() == "When did the council open the bridge?"
    result = CliRunner().invoke(cli, ["ask", "The council opened the bridge.", "--answer", "tunnel"])
    assert result.exit_code == 1 and "not in the sentence" in result.output


QUELL = "Marta Quell founded the Orvane Trust in 1990. She later moved to Lisbon."


@pytest.mark.parametrize("context,sentence,answer,prompt", [
    # "she" is the subject of the sentence before, followed back through a "she"
    (QUELL, "In 2004 she opened a school for girls.", "2004", "When did Marta Quell open a school for girls?"),
    (QUELL, "Her first book was about the sea.", "the sea", "What was Marta Quell's first book about?"),
    # "it": a name that is the subject of the sentence before
    ("The Westgate Bridge was opened by the Riverside Council in March 2021.", "It cost 40 million pounds to build.",
     "40 million pounds", "How much did the Westgate Bridge cost?"),
    # "His is ..." as a subject passes the name on as "he" does
    ("Tomas Wirl ran a business spanning hotels and railways. His is the latest in a series of arrests.",
     "He was taken away in a van outside one of his hotels in Lisbon.", "Lisbon",
     "Where was Tomas Wirl taken away in a van outside one of his hotels?"),
    # one name per person: the subject is named, "his" stays
    ("Tomas Wirl studied in Porto.", "In his lab he built a steam engine.", "a steam engine",
     "What did Tomas Wirl build in his lab?"),
    # a man named last is no "she"; a sentence that names someone itself is left as it is
    ("Marta Quell founded the Orvane Trust. Tomas Wirl joined it in 1995.", "In 2004 she opened a school.", "2004",
     "When did she open a school?"),
    (QUELL, "Anna Berg met her in Lisbon in 2004.", "2004", "When did Anna Berg meet her in Lisbon?"),
    # a bare "the city" names nobody, unless the title is the city's name; a noun with its
    # modifiers says which, but not after a "be" sentence, which is about something else
    ("The city grew fast.", "It built a new port in 1850.", "1850", "When did it build a new port?"),
    ("Kelbridge\n\nThe city grew fast.", "It built a new port in 1850.", "1850", "When did Kelbridge build a new port?"),
    ("The Orvane harbour railway was opened in 1851.", "It carried coal to the ships.", "coal",
     "What did the Orvane harbour railway carry to the ships?"),
    ("The longest railway on the island is the Orvane line.", "It carried coal to the ships.", "coal",
     "What did it carry to the ships?"),
    # a title that is a person's name, above a chain of "she"; not a surname alone, nor a company
    ("Marta Quell\n\nShe founded the Orvane Trust in 1990.", "In 2004 she opened a school for girls.", "2004",
     "When did Marta Quell open a school for girls?"),
    ("Quell\n\nHe founded the Orvane Trust in 1990.", "In 2004 he opened a school.", "2004",
     "When did he open a school?"),
    ("Orvane Broadcasting Company\n\nThe company was founded in 1990.", "In 2004 he opened a school.", "2004",
     "When did he open a school?"),
    # a noun the sentence before names beside it: the name says who, the noun how many
    ("The largest theatre, the Varne Playhouse on Grey Street, opened in 1837.",
     "It has hosted the Orvane Company for over 25 years.", "the Orvane Company",
     "What company has the Varne Playhouse hosted for over 25 years?"),
    ("Their local rivals, Polonia Varne, have fewer supporters.", "They won the championship in 1946.", "1946",
     "When did Polonia Varne win the championship?"),
    ("The largest theatre, the Varne Playhouse, opened in 1837.", "They won the championship in 1946.", "1946",
     "When did they win the championship?"),
])
def test_question_for_names_pronouns_from_the_context(context, sentence, answer, prompt):
    import studykit

    assert studykit.question_for(sentence, answer, context=context).prompt == prompt


def test_ask_command_reads_the_context_from_the_document(tmp_path):
    from click.testing import CliRunner

    from studykit.cli import cli

    doc = tmp_path / "article.txt"
    doc.write_text("Marta Quell founded the Orvane Trust in 1990.\nShe later moved to Lisbon.\n\n"
                   "In 2004 she opened a school\nfor girls.\n", encoding="utf-8")
    sentence = "In 2004 she opened a school for girls."
    result = CliRunner().invoke(cli, ["ask", sentence, "-a", "2004", "--in", str(doc)])
    assert result.exit_code == 0 and result.output.strip() == "When did Marta Quell open a school for girls?"
    result = CliRunner().invoke(cli, ["ask", sentence, "-a", "2004", "-c", "Marta Quell founded the trust."])
    assert result.exit_code == 0 and result.output.strip() == "When did Marta Quell open a school for girls?"
    result = CliRunner().invoke(cli, ["ask", "In 2005 she opened a school.", "-a", "2005", "--in", str(doc)])
    assert result.exit_code == 1 and result.output.strip() == f"studykit: error: {doc}: the sentence is not in this document"
    # the title stays a line of its own, not run into the sentence below it
    doc.write_text("Obituary: Marta Quell\n\nMarta Quell, who has died aged 94, was a dancer.\n\n"
                   "She was born in London in 1910.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["ask", "She was born in London in 1910.", "-a", "1910", "--in", str(doc)])
    assert result.exit_code == 0 and result.output.strip() == "When was Marta Quell born in London?"
    result = CliRunner().invoke(cli, ["ask", sentence, "-a", "2004", "--in", str(tmp_path / "gone.txt")])
    assert result.exit_code == 1 and result.output.strip() == f"studykit: error: {tmp_path / 'gone.txt'}: no such file or folder"


@pytest.mark.parametrize("text,forbidden", [
    # a bare "the + noun" leans on the article: which company?
    ("Acme Steel opened a plant in Ohio in 2001. The company said profits rose to $5m in 2004.", "$5m"),
    # a date in a list of its own kind is given away by the list
    ("Westfield Council held the Harbour Fair in 2019 and 2020 at Portfield Park.", "2019"),
    # one end of a range is no figure to swap or blank (the whole range may be an answer, with whole
    # ranges as its options)
    ("Sales at Acme Steel rose by 2% to 3% in March 2005, Westfield Council said.", "2% to"),
    # "Paula" alone, when the article names Paula Radcliffe, is too familiar for a standalone item
    ("Paula Radcliffe won the London Marathon in 2003. Now Paula will race at the Westfield Games in 2005.", "2005"),
    # an age describing a person is no fact
    ("The 29-year-old from Portfield won the Westfield Marathon in 2003 ahead of Helen Ortiz.", "29-year-old"),
    # a lone surname as answer identifies no one out of context
    ('"We will win the cup again next year," said Okafor after the final at Portfield Park.', "Okafor"),
])
def test_context_rules_keep_out_questions_that_lean_on_the_article(text, forbidden):
    for q in bank_for_text(text):
        if forbidden == "2% to":  # the range is blanked whole, and no option keeps one of its ends
            assert q.answer in ("2% to 3%", "True", "False") or "%" not in q.answer, (q.type, q.prompt, q.answer)
            assert not any(re.search(r"(?<!\d)[23]%", c) for c in q.choices or [] if c != q.answer), q.choices
            continue
        assert forbidden not in q.answer, (q.type, q.prompt, q.answer)
        assert not any(forbidden.split()[0] in c and c != q.answer for c in q.choices or []), q.choices


def test_who_said_asks_for_the_speaker_not_the_words():
    text = '"We will rebuild the station before the winter begins," Mayor Helen Ortiz told reporters in Portfield.'
    shorts_ = [q for q in bank_for_text(text, types=["short"]) if q.fact == "quotation"]
    assert [q.prompt for q in shorts_] == ['Who said: "We will rebuild the station before the winter begins"?']
    assert shorts_[0].answer.endswith("Helen Ortiz")


def test_a_noun_whose_identifying_clause_is_cut_needs_the_article():
    from studykit.nlp import load_pipeline
    from studykit.references import is_context_bound

    doc = load_pipeline()("The police knew she was in Portugal at the time she missed the test.")
    time = next(t for t in doc if t.lower_ == "time")
    assert not is_context_bound(time)
    kept = {t.i for t in doc if not any(a.dep_ == "relcl" for a in [t, *t.ancestors] if a.head.i == time.i)}
    assert is_context_bound(time, kept)  # "at the time" alone: which time?


def test_a_shared_object_is_not_cut_from_its_first_verb():
    import studykit

    # "When did the army besiege?" would drop what was besieged
    for text in ("In 1215, the Westfield army besieged, captured and sacked the old capital of Portfield.",
                 "In 1215, the Westfield army besieged and sacked the old capital of Portfield."):
        prompts = [q.prompt for q in bank_for_text(text)] + [studykit.question_for(text, "1215").prompt]
        assert not any(p.rstrip("?").endswith(("besiege", "besieged")) for p in prompts), prompts


@pytest.mark.parametrize("sentence,answer,kept,dropped", [
    # a relative clause after a comma and a trailing participle clause are asides
    ("The Portfield museum, which opened in 1990, owns the largest collection of Roman coins in the country, "
     "attracting many visitors each year.", "Roman coins", ["museum own", "collection of"], ["1990", "attracting", ","]),
    # the participle holding the answer stays; its second conjunct and the score after a comma go
    ("The Westfield Rovers then beat the Portfield Stars in the cup final, 3-1, scoring 2 goals in the first half "
     "and missing a penalty.", "2", ["how many goals", "Westfield Rovers"], ["3-1", "penalty"]),
    # an appositive without a comma is part of the name and stays
    ("The league champion Westfield Rovers beat the cup champion Portfield Stars in 2004.",
     "2004", ["league champion Westfield Rovers", "cup champion Portfield Stars"], []),
])
def test_question_for_keeps_the_clause_and_drops_asides(sentence, answer, kept, dropped):
    import studykit

    prompt = studykit.question_for(sentence, answer).prompt
    assert prompt.endswith("?") and answer not in prompt
    for text in kept:
        assert text.lower() in prompt.lower(), prompt
    for text in dropped:
        assert text not in prompt, prompt


GENDER_TEXT = (
    "Actor Tom Rivers and actress Jane Ortiz led the cast. Paul Hendry, the director, said he was proud. "
    "Maria Lopez said she would return next year. Frank Adler praised the set. Susan Park sang. Laura Chen "
    "played the piano. Omar Haddad and Peter Quinn danced.\n\n"
    "Jane Ortiz was best actress for The Long Harbour at the Westfield Awards in 2004."
)


def test_wrong_options_for_a_woman_are_women():
    import random

    from studykit import nameclues
    from studykit.distractors import DistractorPool, distractors_for
    from studykit.facts import name_entities
    from studykit.nlp import load_pipeline

    assert (nameclues.first_name_gender("Maria Lopez"), nameclues.first_name_gender("Frank Adler"),
            nameclues.first_name_gender("Adler")) == ("f", "m", None)
    doc = load_pipeline()(GENDER_TEXT)
    pool = DistractorPool()
    pool.add_clues("t", nameclues.doubtful_names(doc), nameclues.person_genders(doc))
    for kind, label, span in name_entities(doc):
        pool.add("t", kind, label, span.text)
    assert pool.gender_of("t", "Rivers") == "m"  # "Actor Tom Rivers"
    slot = next(e for e in doc.ents if e.text == "Jane Ortiz" and e.sent.text.startswith("Jane"))
    assert nameclues.context_gender(slot) == "f"  # "... was best actress"
    men = {"Tom Rivers", "Paul Hendry", "Frank Adler", "Omar Haddad", "Peter Quinn"}
    for seed in range(5):
        wrong = distractors_for("Jane Ortiz", "person", "PERSON", "t", pool, random.Random(seed), gender="f")
        assert len(wrong) == 3 and not men & set(wrong), wrong


def test_a_person_s_surname_is_no_organisation_option():
    from studykit.nameclues import doubtful_names
    from studykit.nlp import load_pipeline

    doc = load_pipeline()("Jan Brosk of the Westfield Athletics Board spoke on Monday. "
                          "The inquiry was opened by Brosk and Portfield Laboratories in March.")
    as_firm = [e for e in doc.ents if e.text == "Brosk" and e.label_ != "PERSON"]
    assert as_firm and "Brosk" in doubtful_names(doc)  # the model calls the surname a firm; the rule doubts it
    assert "Portfield Laboratories" not in doubtful_names(doc)


@pytest.mark.parametrize("sentence,not_an_answer", [
    # the model labels a common noun phrase a person
    ("Helen Ward was its best Shakespearean performer for the Portfield Players in 2003.", "Shakespearean performer"),
    # a possessive leaves the blank without its owner
    ("Helen Ward was its best Shakespearean performer for the Portfield Players in 2003.", "its best"),
    # capitalised only because it starts the sentence
    ("Groups opposing the plans include Save Portfield Fields and the Westfield Residents Association.", "Groups"),
    # the model cut a title short before "of"
    ("Norwegian film Anna Full of Light, about a young sailor, won two prizes in 2006.", "Anna Full"),
    # ... or after "into", or in the middle
    ("Ward wrote Flight into Darkness, a television play, in 1956.", "Darkness"),
    ("The novel won the Westfield Book of the Year award in 2004.", "the Westfield Book of"),
    # the end of a longer name after a plural possessive
    ("The Portfield Critics' Circle named Helen Ward best actress in 2004.", "Circle"),
    # a number written into a name is no figure: "17th Century Fox" would be a silly false statement
    ("Westfield Studios competes with Paramount Pictures, 20th Century Fox, and Warner Brothers.", "20th"),
    ("The film was released by 20th Century Fox in March.", "20th"),
])
def test_facts_are_whole_names(sentence, not_an_answer):
    from studykit.facts import extract_facts
    from studykit.nlp import load_pipeline

    answers = [f.span.text for f in extract_facts(load_pipeline()(sentence))]
    assert not any(a.startswith(not_an_answer) for a in answers), answers


def test_a_date_before_a_name_is_still_a_date():
    from studykit.facts import extract_facts
    from studykit.nlp import load_pipeline

    doc = load_pipeline()("The 2004 Olympics were held in Athens, and in the 19th Century the Games were revived.")
    assert {"2004", "the 19th Century"} <= {f.span.text for f in extract_facts(doc)}


def test_no_second_object_where_the_verb_takes_none():
    # the model reads "the WFCA" as a second object of "won"; asking for it tears the prize apart
    import studykit

    text = "The film won the CFCA best picture in 2004."
    assert "win best picture" not in studykit.question_for(text, "CFCA").prompt


def test_a_life_fact_may_be_short():
    from studykit.bank import Question, Source

    q = Question("x", "short", "Where was Maria Lopez born?", "Portugal", "place",
                 Source("d", "Maria Lopez was born in Portugal."), 0.5)
    assert gate_failure(q) is None


def test_a_surname_two_people_share_is_not_used_alone():
    text = ("Simon Ortiz and Tony Ortiz run the Westfield Press. "
            '"It is very hard to find a publisher for new poets," said Ortiz in 2004.')
    assert not any("said Ortiz" in q.prompt for q in bank_for_text(text))


def test_a_comma_fenced_modifier_is_cut_from_a_short_question():
    text = "Danish thriller The Cold Harbour, about a fisherman who finds a boat, won three awards in 2006."
    prompts = [q.prompt for q in bank_for_text(text, types=["short"])]
    assert prompts and not any("about a fisherman" in p for p in prompts), prompts


def test_a_sentence_initial_adjective_is_lowered_in_a_question():
    text = "Recently-crowned European champion Helen Ward also competes in Edinburgh on 15 January."
    prompts = [q.prompt for q in bank_for_text(text, types=["short"])]
    assert any("recently-crowned" in p for p in prompts) and not any("Recently-crowned" in p[1:] for p in prompts)


def test_no_year_after_the_article_was_written_is_offered():
    import random

    from studykit.quantities import latest_year, perturb_date_text

    text = ("Westfield Farms opened its first dairy in 1998. The Portfield Council sold the old mill to the farm "
            "in 2001.\n\nThe first harvest from the new fields came in May 2004, Westfield Farms said.")
    years = [int(y) for seed in range(6) for q in bank_for_text(text, seed=seed) if q.fact == "date"
             for c in (q.choices or []) + ([q.prompt] if q.type == "truefalse" else []) for y in re.findall(r"\d{4}", c)]
    assert years and max(years) <= 2004, years
    assert latest_year(["May 2004", "1998", "the 1990s"]) == 2004
    later = [v for seed in range(20) for v in perturb_date_text("2004", random.Random(seed))]
    assert any(int(v) > 2004 for v in later)  # without the limit, later years do come up
    capped = [v for seed in range(20) for v in perturb_date_text("2004", random.Random(seed), latest_year=2004)]
    assert capped and all(int(v) < 2004 for v in capped)


def test_a_list_s_odd_label_and_a_unit_after_a_number_are_doubtful():
    from studykit.nameclues import doubtful_names
    from studykit.nlp import load_pipeline

    doc = load_pipeline()("The landlord died after being confronted by Zoe, Chrissie and Sam in the Rose Tavern. "
                          "Viewers tuned in between 2000 and 2100 GMT.")
    odd = {e.text for e in doc.ents if e.text in ("Zoe", "GMT") and e.label_ != "PERSON"}
    assert odd and odd <= doubtful_names(doc)


def test_an_infinitive_that_says_which_plan_stays():
    text = "In 2004 the Westfield Council approved the plans to build a new bridge over the River Port."
    prompts = [q.prompt for q in bank_for_text(text, types=["short"])]
    assert prompts and all("plans to build" in p for p in prompts), prompts


@pytest.mark.parametrize("sentence,answer,prompt", [
    ("The Westfield Rovers beat the Portfield Stars, scoring 4 goals in the first half.", "4",
     "How many goals did the Westfield Rovers score in the first half?"),
    ("The lighthouse was built from granite quarried in Cornwall.", "Cornwall", "Where was granite quarried?"),
    ("The first was the steam pump, invented by Maria Lopez around 1712.", "Maria Lopez",
     "Who invented the steam pump around 1712?"),
])
def test_a_participle_clause_is_asked_as_a_clause(sentence, answer, prompt):
    import studykit

    assert studykit.question_for(sentence, answer).prompt == prompt


def test_no_question_asks_which_outlet_was_told():
    text = "Chinese sources told the Global Times that the Portfield bridge would open in 2004."
    assert not any("Global Times" in q.answer for q in bank_for_text(text))


def test_only_names_of_people_are_people_options():
    from studykit.nameclues import known_first_name

    assert known_first_name("Herbert Hoover") and known_first_name("Ms Hewitt")
    assert not known_first_name("La Boheme") and not known_first_name("Tate")


def test_year_like_figures_and_shares_keep_plausible_options():
    import random

    from studykit.quantities import perturb_number_text

    years = [int(v.split()[0]) for s in range(10) for v in perturb_number_text("2004 model year", random.Random(s))]
    assert years and all(1995 <= y <= 2010 for y in years), years
    shares = [float(v.rstrip("%")) for s in range(10) for v in perturb_number_text("80%", random.Random(s))]
    assert shares and all(0 < v < 100 for v in shares), shares


def test_a_wrong_age_stays_a_plausible_age():
    # "died at 100" for a man who died at 50 is absurd at sight; an age moves by a quarter at most
    from studykit.distractors import DistractorPool, distractors_for

    before = "The conductor, director of the Westfield Opera, has died in Portfield at "
    ages = [int(v) for s in range(10) for v in distractors_for("50", "figure", "CARDINAL", "d", DistractorPool(),
                                                                 random.Random(s), before=before)]
    assert ages and all(37 <= a <= 63 for a in ages), ages
    assert quantities.is_age("She retired aged ") and not quantities.is_age("The firm sold it at ")


@pytest.mark.parametrize("text,forbidden", [
    # a person named only by a description: which star?
    ("The Kansas star is set to race Tom Rivers again at the Westfield Grand Prix in 2005.", "Kansas star"),
    ("The 31-year-old Scot won the Portfield title in 2003.", "31-year-old Scot"),
    ("The fairy-tale author was born in Portfield in 1805, the Westfield Museum said.", "fairy-tale author"),
    ("The 29-year-old finished second to Helen Ward in the 2002 and 2003 Westfield races.", "29-year-old"),
    # a clause after a comma adds to a noun, it does not say which one: which prize?
    ("The medal, which is presented in Norvik each spring, was first handed out in 1998.", "The medal"),
    # a year does not say which: finalists of what?
    ("The finalists for 2005 include Helen Ward's novel The Long Harbour and Tom Rivers' memoir Portfield.",
     "The finalists for 2005"),
    # a time only the story fixes: which night?
    ("Helen Ward was added to the list of presenters on the night, the Westfield Herald said in 2004.", "on the night"),
    # an appositive description is a loose blank many phrases would fill
    ("Norvik Rail, the Oslo-based company with lines in Norway, Sweden and Finland, has chosen trains built "
     "in Portfield.", "Norvik Rail, _____"),
    # a spoken quotation is no blank; nobody recalls it word for word
    ('"Access to local film is restricted across the region," said Tom Rivers, head of the Westfield Film Council.',
     "_____,\" said"),
])
def test_descriptions_and_spoken_quotes_stay_out(text, forbidden):
    assert not any(forbidden in q.prompt for q in bank_for_text(text)), [q.prompt for q in bank_for_text(text)]


def test_anyone_who_is_no_subject():
    text = "The lawsuit seeks to represent anyone in the US who has purchased a Westfield printer since February 2001."
    assert not any("anyone" in q.prompt and q.type == "short" for q in bank_for_text(text))


def test_the_article_before_a_blank_fits_whatever_may_fill_it():
    text = "The Westfield Council approved an 80 million pound budget for the Portfield bridge in 2004."
    for seed in range(4):
        for q in bank_for_text(text, seed=seed):
            if BLANK not in q.prompt or not q.answer.startswith("80"):
                continue
            fills = q.choices if q.type == "choice" else [q.answer]
            starts = {f.startswith(("8", "11", "18")) for f in fills}
            # readers fail "a(n)" as no English: the options take the article as written
            assert len(starts) == 1, fills
            assert f" {'an' if starts == {True} else 'a'} {BLANK}" in q.prompt, (q.prompt, fills)
    # where every option takes "a", the sentence says "a"
    prompts = [q.prompt for q in bank_for_text("Westfield Motors has posted a 40% rise in its annual profit.")
               if q.answer == "40%"]
    assert prompts and all(f" a {BLANK}" in p for p in prompts), prompts
    swaps = [q.prompt for s in range(6) for q in bank_for_text(text, seed=s)
             if q.type == "truefalse" and q.answer == "False" and "million pound" in q.prompt]
    for p in swaps:
        number = re.search(r"\b(an?) (\d+) million", p)
        assert number and (number.group(1) == "an") == number.group(2).startswith(("8", "11", "18")), p


def test_a_quotation_is_no_true_false_item():
    text = '"I am quite confident about the new bridge," said Mayor Helen Ortiz of Portfield in 2004.'
    assert not any(q.type == "truefalse" and q.fact == "quotation" for q in bank_for_text(text))


def test_a_sentence_held_up_by_a_place_is_no_statement_to_judge():
    text = ("Portfield rail plan\n\nThe Portfield rail link was closed in 1969. "
            "Drug enforcement chiefs in Westland have vowed to crack down on cheats.")
    statements = [q for seed in range(4) for q in bank_for_text(text, seed=seed) if q.type == "truefalse"]
    assert statements and not any("Westland" in q.prompt for q in statements), [q.prompt for q in statements]


def test_a_conversion_in_brackets_gives_no_blank_and_no_swap():
    text = "Shares in Westfield Foods rose to $1 (53p) in early trading on Monday in 2004."
    for seed in range(4):
        for q in bank_for_text(text, seed=seed):
            assert not (q.type == "cloze" and q.answer == "$1"), q.prompt
            assert not (q.type == "truefalse" and q.answer == "False" and "(53p)" in q.prompt and "$1 " not in q.prompt)


def test_a_sentence_that_starts_with_said_is_a_fragment():
    assert bank_for_text("Said Tom Rivers, filtering out e-mail messages can stop about 52% of spam in 2004.") == []


def test_a_sentence_without_its_subject_is_a_fragment():
    text = "Tom Rivers won in Portfield in 2003.\n\nClocked a new Westfield record of 44.93 seconds in Portfield in 2004."
    assert not any("Clocked" in q.prompt or "clocked" in q.prompt for q in bank_for_text(text))


def test_a_pronoun_whose_person_is_named_in_the_sentence_stays():
    text = ("Tom Rivers won the Westfield 10km in 2003.\n\n"
            "Rivers has stepped up his training at the Portfield track since January 2004, the club said.")
    prompts = prompts_for(text)
    assert not any("Rivers's training" in p or "Rivers' training" in p for p in prompts), prompts


@pytest.mark.parametrize("text,forbidden", [
    # others joined as well: "Who will join ...?" has more than one answer
    ("Helen Ward will also join the Westfield delegation at the Portfield talks in 2005.", "Who will join"),
    # someone's belief is no fact to ask about
    ("Tom Rivers believes Helen Ward can take gold at the Westfield Games in 2005.", "When can Helen Ward take gold"),
])
def test_no_subject_question_for_also_or_a_belief(text, forbidden):
    assert not any(q.prompt.startswith(forbidden) for q in bank_for_text(text)), [q.prompt for q in bank_for_text(text)]


def test_a_person_labelled_a_firm_is_no_option_for_a_firm():
    import random

    from studykit.distractors import DistractorPool, distractors_for

    pool = DistractorPool()
    pool.add_vocabulary(["mail", "group"])
    for name in ("Helen Mirwood", "Royal Mail", "Portfield Bank", "Acme Group", "Harbour Trust", "Norvik Motors"):
        pool.add("t", "organisation", "ORG", name)  # the model calls an actress a firm
    for seed in range(8):
        wrong = distractors_for("Westfield Cinema", "organisation", "ORG", "t", pool, random.Random(seed))
        assert len(wrong) == 3 and "Helen Mirwood" not in wrong, wrong
    # a firm named like a person keeps person-shaped options
    assert pool.looks_like_person("t", "Helen Mirwood") and not pool.looks_like_person("t", "Royal Mail")


def test_the_pair_needs_the_article():
    text = ("Tom Rivers and Paul Hendry will race in Portfield on Sunday. The pair contest the 60m, "
            "the distance over which Rivers holds the world record of 6.42 seconds.")
    bank = bank_for_text(text)
    assert bank  # the first sentence still gives items
    for q in bank:
        assert "pair" not in q.prompt.lower(), q.prompt


@pytest.mark.parametrize("before,answer,larger,smaller", [
    ("Visitor numbers rose by ", "more than 10%", True, False),   # "more than 6%" is true as well
    ("The firm employs ", "fewer than 200 staff", False, True),
    ("Waiting times fell last year from 36 to ", "just 21 days", None, True),  # below 36 whatever else
    ("Sales rose from 40 to ", "55 units", None, None),  # above 40 whatever else
])
def test_wrong_figures_stay_wrong_in_their_sentence(before, answer, larger, smaller):
    import random

    base = quantities.parse_number(answer)
    for seed in range(10):
        for variant in quantities.perturb_number_text(answer, random.Random(seed), count=6,
                                                      keep=quantities.value_test(before, answer)):
            value = quantities.parse_number(variant)
            if "from 36" in before:
                assert value < 36, variant
            elif "from 40" in before:
                assert value > 40, variant
            elif larger:
                assert value > base, variant
            else:
                assert value < base, variant


def test_a_bounded_figure_makes_no_false_statement_and_no_options():
    text = "Westfield Council said the Portfield museum welcomed more than 120,000 visitors in 2004, up from 90,000 in 2003."
    seen = set()
    for seed in range(8):
        for q in bank_for_text(text, seed=seed, types=["truefalse", "choice"]):
            seen.add((q.type, q.fact))
            if q.type == "truefalse" and q.answer == "False":
                assert "more than 120,000" in q.prompt, q.prompt  # the year may change, the bound may not
            # "more than 130,000" may be true as well: no option of a bound is surely wrong
            assert not any("more than" in c for c in q.choices or []), q.choices
    assert ("choice", "date") in seen and any(t == "truefalse" for t, _ in seen)


@pytest.mark.parametrize("phrase,bounded", [
    ("more than 10%", 1), ("exceeding 90%", 1), ("under 4%", -1), ("just over 5%", 0), ("just under 4%", 0),
    ("more than $45,000", 1), ("less than £20", -1),  # the currency sits between the bound and the number
])
def test_just_over_is_a_near_figure_not_a_bound(phrase, bounded):
    assert quantities.bound_of("Sales rose by ", phrase) == bounded


@pytest.mark.parametrize("sentence,phrase", [
    # "as" belongs to the verb, so nothing says which machine
    ("Acme billed the scheme as the Rolls-Royce of pension plans at a launch in Ohio in 2004.", "the scheme"),
    # "the musical" is read as an adjective, and "to" as its modifier
    ("On Wednesday a cast of singers unveiled the musical to a group of investors in Portfield.", "the musical"),
    # a kind of award is not a named one
    ("Helen Ward's second collection of poems won the poetry award in 2004.", "the poetry award"),
])
def test_a_thing_the_article_named_before_needs_its_name(sentence, phrase):
    text = "Westfield Council met in Portfield on Monday. " + sentence
    items = [q.prompt for q in bank_for_text(text) if phrase in q.prompt]
    assert items == []


def test_a_thing_the_headline_names_needs_no_name_of_its_own():
    # every export prints the headline above the question, so "the poetry award" is the headline's
    body = ("Westfield Council met in Portfield on Monday.\n\n"
            "Helen Ward's second collection of poems won the poetry award in 2004.")
    with_headline = [q.prompt for q in bank_for_text("Portfield poet takes award\n\n" + body)]
    assert any("the poetry award" in p for p in with_headline), with_headline
    elsewhere = [q.prompt for q in bank_for_text("Portfield poet takes a prize\n\n" + body)]
    assert not any("the poetry award" in p for p in elsewhere), elsewhere


def test_an_answer_the_headline_gives_away_is_not_asked():
    # the headline is printed above the question: "Rivers ..." gives away "Tom Rivers", "90" gives away 90
    body = ("Tom Rivers won the Norvik Marathon in Portfield on Sunday.\n\n"
            "The Westfield railway bridge, which opened in 1998, carries 90 trains a day over the River Lune.")

    def answers(headline, body=body):
        return {q.answer for q in bank_for_text(headline + "\n\n" + body) if q.type in ("cloze", "short")}
    wide = body.replace(" 90 ", " 1,250 ")
    assert "1,250" in answers("Sunday news", wide) and "1,250" not in answers("Bridge carries 1,250 trains", wide)
    given_away = answers("Rivers wins as bridge carries 90 trains")
    assert not given_away & {"Tom Rivers", "90"}, given_away
    assert {"Portfield", "1998"} <= given_away, given_away
    assert {"Tom Rivers", "90", "1998"} <= answers("Sunday news"), answers("Sunday news")


def test_the_headline_gives_away_a_number_or_nation_written_another_way():
    # "14m" in the headline is the "14 million" of the text; "Portuguese" and "Chinese" name their countries
    body = ("More than 14 million people watched the final of the Westfield quiz show on Sunday.\n\n"
            "Norvik Motors will build 90 buses a week at its new plant in Portugal.")

    def answers(headline):
        return {q.answer for q in bank_for_text(headline + "\n\n" + body) if q.type in ("cloze", "short")}
    plain = answers("Sunday news")
    assert {"More than 14 million", "Portugal"} <= plain, plain
    given_away = answers("Quiz final seen by 14m as Portuguese plant grows")
    assert not given_away & {"More than 14 million", "Portugal"}, given_away
    assert "90" in given_away, given_away


@pytest.mark.parametrize("headline,sentence,place,given", [
    ("Chinese wine sales grow", "Wine sales grew fast in China last year.", "China", True),
    ("French vote on treaty", "The vote took place in France on Sunday.", "France", True),
    ("Australian wins the title", "The race took place in Austria on Sunday.", "Austria", False),
    ("Japan plans new rail line", "Japanese engineers will build the line.", "Japanese", True),
])
def test_a_nation_word_in_the_headline_names_its_country(headline, sentence, place, given):
    from studykit import references
    from studykit.nlp import load_pipeline

    doc = load_pipeline()(sentence)
    references.set_headline(doc, headline)
    tok = next(t for t in doc if t.text == place)
    assert references.headline_nation(tok) is given


@pytest.mark.parametrize("sentence,meant", [
    ("The commissioner says he is asking for details of the orders.", True),
    ("Tom Rivers said he would retire in July.", True),
    ("The actress said he would retire in July.", False),  # someone else
    ("He said she would retire in July.", False),  # who "he" is, the article said before
    ("The report said he would retire in July.", False),  # a report is nobody's name for him
])
def test_the_he_of_what_someone_says_is_that_speaker(sentence, meant):
    from studykit import references
    from studykit.nlp import load_pipeline

    doc = load_pipeline()(sentence)
    pronoun = next(t for t in doc if t.lower_ in ("he", "she") and t.dep_ == "nsubj" and t.i > 1)
    assert (references.sentence_antecedent(pronoun) is not None) is meant


def test_a_sentence_that_restates_its_headline_is_never_a_true_statement():
    # printed under "Rivers appeals against racing ban", the sentence is obviously true
    body = ("Tom Rivers rode 300 winners for Norvik Stables in 2004. Jockey Tom Rivers has lodged an appeal "
            "against his six-month racing ban with the Westfield Racing Board in March 2005.")

    def verdicts(headline):
        return {q.answer for seed in range(4) for q in bank_for_text(headline + "\n\n" + body, seed=seed)
                if q.type == "truefalse" and "appeal" in q.prompt}
    assert "True" in verdicts("Sunday news")
    assert verdicts("Rivers appeals against racing ban") == {"False"}  # a figure or name swapped instead


@pytest.mark.parametrize("text,index,restating,other", [
    # "Norvik banking battle at an end" above "... ends the fiercest fight in Norvik bank history"
    ("Westfield Bank has won its bid for Acme. Acme's exit ends the most high profile fight in Norvik bank history.",
     1, "Norvik banking battle at an end", "Norvik banking battle goes on"),
    # "quits" is not "retire", but the opening sentence needs only half the headline's words
    ("Former European champion Tom Rivers is to retire from athletics after a series of six operations. "
     "He won 14 races for the Westfield Harriers in 2003.", 0, "Sprinter Rivers quits athletics", "Sunday news"),
])
def test_a_sentence_restates_the_headline_it_shares_words_with(text, index, restating, other):
    from studykit.references import restates_headline, set_headline

    doc = load_pipeline()(text)
    sentence = list(doc.sents)[index]
    set_headline(doc, restating)
    assert restates_headline(sentence)
    set_headline(doc, other)
    assert not restates_headline(sentence)


def test_the_opening_sentence_is_never_a_true_statement_where_a_swap_is_fair():
    # a news lead tells its headline in other words ("hit by ban" above "has suspended"), which no
    # count of shared words finds: under its headline, the lead stated as written is true at a glance
    body = ("Kenya's athletics body has suspended marathon runner Susan Okoth from all competition for 12 months. "
            "Okoth won 14 races for the Westfield Harriers in 2003.")

    def statements(seed):
        return [q for q in bank_for_text("Okoth hit by big ban\n\n" + body, seed=seed) if q.type == "truefalse"]
    leads = [q for seed in range(8) for q in statements(seed) if q.prompt.startswith("Kenya")]
    assert leads and {q.answer for q in leads} == {"False"}, [(q.prompt, q.answer) for q in leads]
    later = {q.answer for seed in range(8) for q in statements(seed) if q.prompt.startswith("Susan Okoth won")}
    assert "True" in later, later  # the rest of the article is stated either way


def test_a_year_between_the_and_its_noun_is_no_cloze():
    # "The _____ winner" is as well filled by "first" or "previous"; the choice names the years
    qs = bank_for_text("Sunday news\n\nThe 2004 winner, Tom Rivers, went on to sign a deal with Norvik Books "
                       "in Westfield.")
    assert not [q for q in qs if q.type == "cloze" and q.answer == "2004"], [q.prompt for q in qs]
    assert [q for q in qs if q.type == "cloze"], [q.prompt for q in qs]


@pytest.mark.parametrize("text,answer", [
    # one award of many, behind "a(n)"; an era named by its leader, not a country to learn
    ("Sunday news\n\nThe Westfield Story has already been voted best film by critics in New York and has been "
     "nominated for a Golden Globe.", "Golden Globe"),
    ('Sunday news\n\nCulture Minister Tom Rivers said in 2004 it would be "crass and ignorant" to liken a quango '
     "review to Hitler's Germany.", "Germany"),
])
def test_a_name_used_as_a_word_is_no_blank(text, answer):
    qs = bank_for_text(text)
    assert qs and not [q for q in qs if q.type in ("cloze", "choice") and q.answer == answer], \
        [q.prompt for q in qs]


def test_just_before_a_figure_stays_in_the_sentence():
    qs = bank_for_text("Sunday news\n\nThe consumption of tea in Westfield is still low, at just 0.22 litres per "
                       "capita, the Portfield Tea Board said.")
    figures = [q for q in qs if q.type == "cloze" and any(c.isdigit() for c in q.answer)]
    assert figures and all(q.answer == "0.22" and "at just _____" in q.prompt for q in figures), \
        [(q.prompt, q.answer) for q in qs]


def test_a_name_with_an_apostrophe_in_the_headline_is_given_away():
    text = ("O'Rourke commits to Westfield race\n\n"
            "Kate O'Rourke will seek to regain her title at the Westfield Run on 9 April in Portfield.")
    answers = {q.answer for q in bank_for_text(text)}
    assert "Kate O'Rourke" not in answers and "9 April" in answers, answers


def test_a_country_the_sentence_names_by_its_adjective_is_not_blanked():
    text = ("Portugal is expected to face pressure over a surge in cheap Portuguese exports to Westfield "
            "in March 2005.")
    answers = {q.answer for q in bank_for_text("Sunday news\n\n" + text) if q.type in ("cloze", "short")}
    assert "Portugal" not in answers, answers


def test_an_aside_between_commas_stays_out_of_a_question():
    qs = bank_for_text("Sunday news\n\nThe Westfield Council, in particular, was imposing new building "
                       "standards in 2005, it noted.")
    shorts = [q.prompt for q in qs if q.type == "short"]
    assert shorts and not any("particular" in p for p in shorts), shorts


def test_a_participle_after_a_comma_is_no_second_verb_of_the_subject():
    # "codenamed Longhorn" describes the version of the system, not what the browser did
    qs = bank_for_text("Sunday news\n\nA new version of Wavebrowse was widely expected to debut with the next "
                       "version of Windows, codenamed Longhorn, which is due to appear in 2006.")
    assert not any("codename" in q.prompt for q in qs if q.type == "short"), [q.prompt for q in qs]


@pytest.mark.parametrize("text,words", [
    # a body's "it" in what that body says is the body itself
    ("The Westfield Harbour Trust said it would sell 40 boats to Norvik Motors in March 2006.", "said it would sell"),
    # "to open its ...": a clause without a subject of its own is about the subject it hangs from
    ("Norvik Motors is poised to open its first factory in Eastwick in March 2006.", "to open its first factory"),
])
def test_an_its_whose_owner_is_in_the_same_sentence_keeps_the_sentence(text, words):
    prompts = [q.prompt for q in bank_for_text("Sunday news\n\n" + text)]
    assert any(words in p for p in prompts), prompts


def test_a_number_a_name_already_says_is_not_asked():
    # "the G8 group of eight nations": the blank is filled by reading the name
    answers = {q.answer for q in bank_for_text("Leaders of the G8 group of eight nations will meet in Portfield "
                                               "in July 2005.")}
    assert "eight" not in answers and "July 2005" in answers, answers


@pytest.mark.parametrize("text,self_contained", [
    # "former" with the name right there is an ex-champion, not "the former" of something said before
    ("Former Olympic champion Tom Rivers will open the Westfield Games in Portfield in July 2006.", True),
    ("The former chief executive will open the Westfield Games in Portfield in July 2006.", False),
    # a capital "The" inside the sentence opens a title, not a description
    ("Hollywood blockbuster The Aviator, starring Tom Rivers, opened in 300 cinemas in Portfield in July 2004.", True),
    # a cut-off start: the segmenter split after the "?" of a title
    ("The shortlist includes Who is Sylvia? by Tom Rivers, staged in Portfield in 2004.", False),
])
def test_what_names_its_referent_and_what_does_not(text, self_contained):
    # cloze and true/false items print the sentence as written: only a self-contained one gets them
    prompts = [q.prompt for q in bank_for_text("Sunday news\n\n" + text) if q.type in ("cloze", "truefalse")]
    assert bool(prompts) is self_contained, prompts


def test_half_of_a_measure_the_model_cut_in_two_is_no_answer():
    answers = {q.answer for q in bank_for_text("Jane Doe set a time of three minutes 49.89secs in Portfield in 2004.")}
    assert "three minutes" not in answers and "2004" in answers, answers


def test_wrong_ordinals_keep_their_own_suffix_and_centuries_stay_past():
    variants = [v for seed in range(10) for v in quantities.perturb_number_text("19th century", random.Random(seed))]
    assert variants and all(re.fullmatch(r"(1\dth|20th|21st) century", v) for v in variants), variants
    places = [v for seed in range(10) for v in quantities.perturb_number_text("3rd place", random.Random(seed))]
    assert places and all(re.fullmatch(r"(\d*(1[123]th|[^1]1st|[^1]2nd|[^1]3rd|[04-9]th)|1st|2nd|3rd|[4-9]th) place", v)
               for v in places), places


def test_he_after_a_surname_in_the_same_sentence_is_that_person():
    # "Gould emigrated ..., where he ...": the name is right there (written in full in the question);
    # "his" in a clause with no subject of its own ("to listen to his sermons") may be anyone's
    text = ("Peter Gould won the Westfield Cup in 2003. Gould emigrated to Canada in 1999, where he became "
            "a citizen. Gould used to listen to his sermons in Portfield in 1990.")
    prompts = [q.prompt for q in bank_for_text("Sunday news\n\n" + text) if q.type == "cloze"]
    assert any(p.startswith("Peter Gould emigrated to Canada in _____, where he") for p in prompts), prompts
    assert not any("sermons" in p for p in prompts), prompts


def test_he_is_the_person_the_headline_names_and_the_article_is_about():
    body = ("Peter Kettering arrived in Portfield on Monday for a three-day visit. Mr Kettering met the mayor at "
            "the town hall, and Mr Kettering later toured the new harbour. The harbour was rebuilt in 2001. "
            "He will open a school in Eastwick in March 2006.")

    def school(headline, body=body):
        return [q.prompt for q in bank_for_text(headline + "\n\n" + body) if q.type == "cloze" and "school" in q.prompt]
    assert school("Kettering visits Portfield") == ["Peter Kettering will open a school in Eastwick in _____."]
    assert school("Harbour news") == []  # the headline names no one: "he" is a guess
    other = body.replace("was rebuilt in 2001", "was rebuilt by Tom Rivers in 2001")
    assert school("Kettering visits Portfield", other) == []  # someone else came in just before


def test_it_is_the_firm_the_headline_names_when_that_firm_was_the_last_subject():
    body = ("Norvik Motors said on Monday that sales fell by 12% in 2004.\n\n"
            "It will close its plant in Eastwick in June 2005, cutting 900 jobs.")
    named = [q.prompt for q in bank_for_text("Norvik Motors cuts jobs\n\n" + body) if "Eastwick" in q.prompt
             or "June 2005" in q.answer]
    assert named and all(p.startswith("Norvik Motors will close its plant in ") for p in named), named
    unnamed = [q.prompt for q in bank_for_text("Westfield opens new bridge\n\n" + body) if "plant" in q.prompt]
    assert unnamed == []  # the headline is about something else: "it" may be anything


def test_a_commentator_quoted_in_passing_is_not_asked_about():
    lead = "Norvik Motors cut 900 jobs at its plant in Eastwick on Monday.\n\n"
    quote = '"The numbers are bad for the whole region," said Jo Bloggs, '
    commentator = bank_for_text(lead + quote + "an economist at Westfield Bank.")
    assert not any("Jo Bloggs" in q.answer or "Westfield Bank" in q.answer or "whole region" in q.prompt
                   for q in commentator), [q.prompt for q in commentator]
    conceded = bank_for_text(lead + 'Westfield Council spokeswoman Jane Doe conceded there were "grey areas" '
                             'but said the plan would go ahead.')
    assert not any("Jane Doe" in q.answer for q in conceded), [q.prompt for q in conceded]
    chief = bank_for_text(lead + quote + "the chief executive of Norvik Motors.")
    assert any(q.answer == "Jo Bloggs" for q in chief), [q.prompt for q in chief]
    # nor is the city of the commentator's office
    office = bank_for_text(lead + quote + "an economist at Westfield Bank in Portfield.")
    assert not any("Portfield" in q.answer for q in office), [q.prompt for q in office]


def test_who_said_is_not_asked_of_the_speaker_the_headline_names():
    body = ('"We will build the new line by 2008," said Tom Rivers, the chief executive of Norvik Motors.\n\n'
            "Norvik Motors cut 900 jobs at its plant in Eastwick on Monday.")

    def speakers(headline):
        return [q.answer for q in bank_for_text(headline + "\n\n" + body) if q.prompt.startswith("Who said")]
    assert "Tom Rivers" in speakers("Sunday news")
    assert "Tom Rivers" not in speakers("Rivers promises new line")


def test_a_bare_plural_keeps_the_words_that_say_which():
    prompts = shorts("Westgrid costs users $1 for an hour of storage on systems maintained by Norvik Motors.")
    assert prompts and all(p.endswith("on systems maintained by Norvik Motors?") for p in prompts), prompts


def test_the_us_is_a_country_not_a_pronoun():
    bank = bank_for_text("Norvik Motors is recalling nearly 200,000 vehicles in the US on safety grounds.")
    assert {q.type for q in bank} >= {"cloze", "truefalse"}, [q.prompt for q in bank]
    assert not bank_for_text("Norvik Motors is recalling nearly 200,000 of us on safety grounds, said Tom Rivers.")


def test_a_pronoun_of_the_other_sex_is_someone_else():
    prompts = [q.prompt for q in bank_for_text("Anne Robinson said on Monday that he had opened the Eastwick "
                                               "bridge in 1999.")]
    assert not any("he had opened" in p for p in prompts), prompts
    prompts = [q.prompt for q in bank_for_text("Helen Ward said on Monday that she would stand for mayor of "
                                               "Portfield in May 2006.")]
    assert any("she would stand" in p for p in prompts), prompts


def test_a_possessive_after_its_own_subject_stays_a_pronoun():
    prompts = shorts("In March, the WEA raised its estimate of oil demand growth by 80,000 barrels a day.")
    assert any("raise its estimate" in p for p in prompts), prompts
    assert not any("WEA's" in p for p in prompts), prompts


def test_a_number_word_that_opened_the_sentence_is_lower_case_inside_a_question():
    prompts = shorts("About 3,000 people live on the island of Portfield, in the north of Westfield.")
    assert any("about 3,000 people" in p for p in prompts), prompts
    assert not any(" About " in p for p in prompts), prompts


def test_hyphenated_first_names_are_first_names():
    from studykit.nameclues import known_first_name

    assert known_first_name("Hans-Peter Rivers") and not known_first_name("Smart Tags")


def test_a_model_number_is_no_person_name():
    from studykit.distractors import DistractorPool

    assert not DistractorPool().looks_like_person("t", "Victor 60 Pro")


@pytest.mark.parametrize("sentence,bad", [
    # one of two paired phrases asked about, the other left standing
    ("Maria Lopez, who went into banking after studying law, won the Westfield Prize in 1987 with Small Harbour "
     "and in 1994 with Blue Days.", "When"),
    # the clause that said which authors is cut away
    ("Helen Ward is among five Welsh poets who reached the final round of the Norvik Medal.", "among"),
    ("Tom Rivers is one of four Portfield players who have scored in every game this season.", "one of four"),
])
def test_questions_keep_what_their_phrase_needs(sentence, bad):
    prompts = shorts(sentence)
    assert not any(bad in p for p in prompts), prompts


def test_a_job_word_opening_the_sentence_is_not_part_of_the_name():
    bank = bank_for_text("Sprinter Helen Ward has received a two-year ban after a hearing in Portfield in March.")
    answers = {q.answer for q in bank if q.fact == "person"}
    assert answers and all(not a.startswith("Sprinter") for a in answers), answers


def test_a_date_after_an_opening_participle_is_not_asked_of_the_main_clause():
    prompts = shorts("Born in Portfield, Westshire, on 5 April 1920, Rivers was the only child of working class parents.")
    assert not any(p.startswith("When was Rivers the only child") for p in prompts), prompts


def test_a_number_inside_a_name_opening_the_sentence_is_no_figure():
    text = ("Parents 4 Change, teachers' unions and local councillors were expected to march through Portfield "
            "during the three-day conference in March.")
    assert not any(q.answer == "4" for q in bank_for_text(text))


def test_a_name_used_as_a_modifier_of_a_person_is_no_person_option():
    from studykit.facts import name_entities
    from studykit.nlp import load_pipeline

    doc = load_pipeline()("Lib Dem spokesman Tom Rivers said the plan would fail. Helen Ward agreed with Maria Lopez.")
    people = {span.text for kind, _, span in name_entities(doc) if kind == "person"}
    assert "Tom Rivers" in people and not any(p.startswith("Lib") for p in people), people


def test_names_in_an_aside_do_not_name_the_thing():
    from studykit.nlp import load_pipeline
    from studykit.references import is_context_bound

    doc = load_pipeline()("Two million people visited the London gallery - which houses works like Tom Rivers's "
                          "Blue Harbour - last year.")
    gallery = next(t for t in doc if t.text == "gallery")
    assert is_context_bound(gallery)  # which London gallery? the aside names a painting, not it


def test_a_sentence_with_said_twice_is_an_editing_slip():
    text = ('"All forms of music will be sold online," said Tom Rivers, chief executive of Acme, said last year.')
    assert bank_for_text(text) == []
    assert bank_for_text(text.replace(", said last year", ", last year"))  # the sentence as meant gives items


def test_a_bound_before_a_sum_of_money_makes_no_false_statement():
    # "to more than $22,000" is as true as "to more than $45,000": no option, no swap
    text = ("Norvik fees\n\nAnnual fees at Norvik schools range from nothing at free schools to more than $45,000 "
            "at several boarding schools in Westfield.")
    for seed in range(4):
        for q in bank_for_text(text, seed=seed):
            assert q.type != "choice" and q.answer != "False", (q.type, q.prompt)


def test_a_bound_near_the_percent_ceiling_still_has_wrong_options():
    import random

    # "exceeding 60%" would be true too; wide steps upward pass 100%, so whole points stand in
    before, answer = "The plant now runs at a rate ", "exceeding 90%"
    assert quantities.bound_of(before, answer) == 1
    for seed in range(6):
        variants = quantities.perturb_number_text(answer, random.Random(seed), count=6,
                                                  keep=quantities.value_test(before, answer))
        assert len(variants) >= 3 and all(90 < quantities.parse_number(v) < 100 for v in variants), variants


@pytest.mark.parametrize("slip,fixed", [
    # a full name takes no "a" before its possessive
    ("Westfield Council questioned a Portfield Trust's plan to close 12 libraries by March 2006.",
     "Westfield Council questioned the Portfield Trust's plan to close 12 libraries by March 2006."),
    # the possessive of a person's name with no noun after it
    ("The Norvik Medal for science writing went to Helen Ward's for Small Rivers in May 2006.",
     "The Norvik Medal for science writing went to Helen Ward for Small Rivers in May 2006."),
    # a city takes no "the" before its possessive
    ("Helen Ward's debut at the New York's Lyric Opera came in 2000 with Tosca.",
     "Helen Ward's debut at New York's Lyric Opera came in 2000 with Tosca."),
])
def test_a_slip_around_a_possessive_gives_no_items(slip, fixed):
    assert bank_for_text(slip) == []
    assert bank_for_text(fixed)  # the sentence as meant gives items


def test_a_count_of_a_set_named_before_is_no_figure():
    # "the two firms": which two the article said already; "two" is no fact to learn
    text = "The two firms signed a deal with Westfield Council in Portfield in March 2004."
    assert not any(q.fact == "figure" for q in bank_for_text(text))
    assert any(q.fact == "figure" for q in bank_for_text(text.replace("The two firms", "Two firms")))


@pytest.mark.parametrize("sentence,bad", [
    # bigger than what? the "than" the parser hung elsewhere is cut away
    ("Council leader Tom Rivers says Helen Ward faces a bigger task winning back voters in Norvik than fixing "
     "the budget.", "bigger task"),
    # "by Helen Ward" belongs to the book, not to "include"
    ("Earlier shortlists featured Blue Teeth by Helen Ward and Norvik by Tom Rivers.", "feature by"),
    # the named venue answers "where"; the square it stands in does not
    ("The 2006 Norvik Music Prizes will be presented at The Lantern in London's Covent Garden.", "Where"),
    # "the runner-up" is someone the article named before
    ("Selectors dropped the three-time Portfield Marathon runner-up after a row over travel costs in Norvik.",
     "runner-up"),
    # a kind of award (which the tagger may call a name) is not a named one
    ("Then the director award went to Maria Lopez, who thanked her cast.", "director award"),
    # "from 1987" dates the camera, not the best seller
    ("Acme's best seller in the top 10 is the XR-200 camera from 1987.", "top 10 from 1987"),
])
def test_questions_do_not_lose_what_the_sentence_needs(sentence, bad):
    items = [q.prompt for q in bank_for_text("Westfield Council met in Portfield on Monday. " + sentence)]
    assert not any(bad in p for p in items), items


def test_contact_details_are_no_facts():
    text = "Parents can book a place at the Westfield summer camp online or by calling 0800 123 4567 in Norvik."
    assert bank_for_text(text) == []
    assert bank_for_text(text.replace("calling 0800 123 4567", "calling at the school office"))


def test_a_title_and_surname_is_answered_with_the_full_name():
    text = 'Frank Stone runs the Westfield Arts Trust in Portfield. "Our new studios will open next spring," said Mr Stone.'
    said = [q for q in bank_for_text(text) if q.prompt.startswith("Who said")]
    assert said and all(q.answer == "Frank Stone" and "Mr Stone" in q.accept for q in said), said


@pytest.mark.parametrize("text,bad", [
    # the figure the price reached is a second answer left in the question
    ("Share prices were mixed on Monday. Acme's shares closed up six pence at 310 pence.", "How much"),
    # a run is taken part in, not a place: "Where will she take part?" has Norvik for its answer
    ("Maria Lopez won in Portfield last week. Lopez will next compete in the Westfield Harbour Run on 9 April "
     "in Norvik.", "Where will"),
])
def test_wh_questions_ask_for_what_the_answer_is(text, bad):
    prompts = prompts_for(text)
    assert not any(p.startswith(bad) for p in prompts), prompts


def test_a_title_and_surname_stands_for_the_longest_full_name():
    from studykit.nlp import load_pipeline
    from studykit.references import full_name

    nlp = load_pipeline()
    doc = nlp("Anna Rhys James is an artist in Portfield. Rhys James paints the sea. "
              "But Ms James said the plan would fail.")
    surname = [t for t in doc if t.text == "James"][-1]
    assert full_name(surname) == "Anna Rhys James"
    # the model may leave a first name out of the entity; the compound it heads puts it back
    doc = nlp("The arts budget was cut in March.\n\nCarys Lloyd Evans is worried that the council may take over the "
              "fund. But Ms Evans said artists needed freedom.")
    surname = [t for t in doc if t.text == "Evans"][-1]
    assert full_name(surname) == "Carys Lloyd Evans", [(e.text, e.label_) for e in doc.ents]
    doc = nlp("Funding was cut in March.\n\nChancellor Tom Rivers is worried about the plan. But Mr Rivers said it would fail.")
    assert full_name([t for t in doc if t.text == "Rivers"][-1]) == "Tom Rivers"  # an office is no first name


def test_a_negated_statement_makes_no_options_and_no_false_item():
    text = "Westfield Council met in Portfield on Monday. 1998 will not be recalled as one of Portfield's finest harvests."
    bank = [q for q in bank_for_text(text) if "1998" in q.source.sentence]
    assert bank and all(q.type in ("cloze", "short") or (q.type == "truefalse" and q.answer == "True") for q in bank), \
        [(q.type, q.prompt, q.answer) for q in bank]
    affirmed = bank_for_text(text.replace("will not be recalled", "will be recalled"))
    assert any(q.type == "choice" and "1998" in q.source.sentence for q in affirmed)


def test_a_ranking_without_its_contest_needs_the_article():
    text = "Westfield Council met in Portfield on Monday. Past champions include Tom Rivers, in 1998, and Helen Ward."
    assert not any("Past champions" in q.prompt for q in bank_for_text(text))
    named = text.replace("Past champions", "Past champions of the Westfield Open")
    assert any("Past champions of the Westfield Open" in q.prompt for q in bank_for_text(named))


@pytest.mark.parametrize("text,answer,not_answer", [
    # a capital "The" inside a sentence belongs to the title
    ("Tom Rivers is stepping into the lead in the Norvik version of The Silver Orchard.",
     "The Silver Orchard", "Silver Orchard"),
    # a lower-case office before a name is a description, not part of it
    ("Club president Helen Ward has set up an inquiry into the claims made by Tom Rivers.",
     "Helen Ward", "president Helen Ward"),
])
def test_blanks_cover_whole_names(text, answer, not_answer):
    answers = {q.answer for q in bank_for_text(text) if q.type == "cloze"}
    assert answer in answers and not_answer not in answers, answers


def test_part_of_a_name_is_answered_with_the_whole_name():
    text = ('Former champion Karim El Amrani will run in Portfield in March. "My knee still hurts after the winter," '
            'said El Amrani.')
    said = [q for q in bank_for_text(text) if q.prompt.startswith("Who said")]
    assert said and all(q.answer == "Karim El Amrani" for q in said), [(q.prompt, q.answer) for q in said]


def test_a_day_of_the_week_does_not_name_a_conference():
    from studykit.nlp import load_pipeline
    from studykit.references import is_context_bound

    doc = load_pipeline()("Farmers plan to protest outside the two-day conference which opens on Tuesday.")
    assert is_context_bound(next(t for t in doc if t.text == "conference"))


def test_an_as_phrase_that_completes_the_verb_stays():
    prompts = shorts("Westfield Council met in Portfield on Monday. The Westfield Society named 3 May 2007 as Portfield "
                     "Heritage Day.")
    assert "Who named 3 May 2007 as Portfield Heritage Day?" in prompts, prompts


def test_a_connective_pointing_back_is_left_out():
    text = "Westfield Council met in Portfield on Monday. The Acme fair in Norvik, for example, drew 4,000 visitors in two days."
    items = [q.prompt for q in bank_for_text(text) if "fair" in q.prompt]
    assert items and not any("for example" in p for p in items), items


def test_quoted_words_keep_their_connectives():
    text = ('Helen Ward opened the Norvik library in March 2004. "The plan, however, will cost 2,000 jobs," said '
            'Tom Rivers in Portfield on Monday.')
    quoted = [q.prompt for q in bank_for_text(text) if "The plan" in q.prompt]
    assert quoted and all("The plan, however, will cost" in p for p in quoted), quoted


def test_what_remains_of_something_needs_the_article():
    text = ("Acme Foods will sell 88% of its Westfield bakery to Norvik Capital. "
            "The remaining 12% will be kept by the Westfield city council.")
    assert not [q for q in bank_for_text(text) if "remaining" in q.prompt or q.answer == "12%"]


def test_a_purpose_clause_stays_in_a_wh_question():
    prompts = shorts("Tom Rivers has held a dinner party in Westfield to promote Portfield's Lyric Theatre.")
    assert "Who has held a dinner party in Westfield to promote Portfield's Lyric Theatre?" in prompts, prompts


def test_the_words_before_a_name_become_the_question_word():
    prompts = shorts("Former Acme boss Tom Rivers began testimony on Friday in his trial for fraud in Westfield. "
                     "Film star Helen Ward has held a dinner party in Portfield to promote the Lyric Theatre.")
    assert prompts.get("Which former Acme boss began testimony on Friday in his trial for fraud in Westfield?") \
        == "Tom Rivers", prompts
    assert prompts.get("Which film star has held a dinner party in Portfield to promote the Lyric Theatre?") \
        == "Helen Ward", prompts


def test_a_body_named_only_by_its_kind_is_no_answer():
    text = ("The Committee to Protect Reporters has named Tuesday Free Press Day. "
            "The Committee has named Tuesday Free Press Day as part of its first campaign in Westfield.")
    bank = bank_for_text(text)
    assert any(q.answer == "The Committee to Protect Reporters" for q in bank)
    assert not [q for q in bank if q.answer == "Committee" or "The Committee has" in q.prompt]


@pytest.mark.parametrize("text", [
    "The next version of the Norvik operating system from Acme Software is due to appear in 2006.",
    # "will", as someone reported it
    "In January 2005, Acme Software said higher costs in Westfield would hurt its profits in 2006.",
    "The Westfield economy is set for strong growth in 2006, Acme Bank said in January 2005.",
])
def test_a_year_still_to_come_gets_near_later_years_as_options(text):
    choices = [q for s in range(5) for q in bank_for_text(text, seed=s, types=["choice"]) if q.answer == "2006"]
    assert choices and all(2005 <= int(c) <= 2009 for q in choices for c in q.choices), [q.choices for q in choices]


def test_a_work_noun_before_a_name_makes_it_a_title():
    prompts = shorts("The 1998 novel Harbour proved to be Tom Rivers's final book, when at the age of 80 he "
                     "decided to retire.")
    assert prompts.get("What proved to be Tom Rivers's final book?") == "Harbour", prompts


def test_a_title_the_model_cut_after_of_is_no_answer():
    text = ("Spanish drama Anna Full of Grace, about a Norvik woman who becomes a pilot, got five nominations "
            "in Westfield on Monday.")
    answers = {q.answer for q in bank_for_text(text)}
    assert not answers & {"Anna Full", "Grace", "Spanish drama"}, answers


def test_a_nationality_before_a_name_is_no_part_of_it():
    text = ("European cross country champion Briton Jane Doe competes in Westfield on 15 January, "
            "as does in-form Scot Kate Roe.")
    answers = {q.answer for q in bank_for_text(text) if q.type == "cloze"}
    assert answers & {"Jane Doe", "Kate Roe"} and not answers & {"Briton Jane Doe", "Scot Kate Roe"}, answers
    # ("Scot" may be a first name, but not before another one)


def test_a_precise_measurement_gets_near_wrong_values():
    from studykit.quantities import perturb_number_text

    times = [float(v.split()[0]) for s in range(10) for v in perturb_number_text("9.87 seconds", random.Random(s))]
    assert times and all(9.4 < t < 10.3 and t != 9.87 for t in times), times
    gaps = perturb_number_text("0.02 seconds", random.Random(0))
    assert len(gaps) == 3 and "0.02 seconds" not in gaps, gaps


def test_the_same_period_points_back():
    text = ("Acme Foods earned 45 million dollars in the last quarter of 2004. "
            "During the same quarter, Norvik Capital earned 187 million dollars.")
    assert not [q for q in bank_for_text(text) if "same quarter" in q.prompt]


def test_a_comparison_with_nothing_is_no_statement():
    text = ("Tom Rivers ran the 400m in 44.1 seconds in Westfield in 2003. Only Karim El Amrani has gone quicker, "
            "setting the world record of 43.18 seconds in 1999 and running 43.39 seconds in 1995.")
    assert not [q for q in bank_for_text(text) if "quicker" in q.prompt]
    kept = "Karim El Amrani ran 0.2 seconds quicker than Tom Rivers in Portfield in 2001."
    assert [q for q in bank_for_text(kept) if "quicker" in q.prompt]


def test_who_said_is_answered_with_the_persons_name():
    text = ('Acme Foods closed its Westfield bakery in March 2004. "We had no other choice," said Acme deputy chief '
            'executive Tom Rivers.')
    said = [q for q in bank_for_text(text) if q.prompt.startswith("Who said")]
    assert said and all(q.answer == "Tom Rivers" for q in said), [(q.answer, q.accept) for q in said]
    assert all("Acme deputy chief executive Tom Rivers" in q.accept for q in said)


def test_all_on_its_own_points_back():
    text = ("Five members of the Rivers family were jailed in Westfield in 1975. "
            "All were arrested because of a family connection to Tom Rivers.")
    assert not [q for q in bank_for_text(text) if "arrested" in q.prompt]


def test_an_age_after_the_verb_stays_out_of_a_where_question():
    prompts = shorts("Conductor Tom Rivers, director of the Westfield Opera, has died in Germany at 50.")
    assert prompts.get("Where did conductor Tom Rivers die?") == "Germany", prompts


def test_words_no_one_is_said_to_speak_are_no_fact():
    text = ('Helen Ward opened the Westfield library in March 2004.\n\n'
            '"Tom Rivers is the best writer I have read in the genre, but his history is laughable."')
    assert not [q for q in bank_for_text(text) if "best writer" in q.prompt]


def test_a_wrong_figure_is_none_the_article_gives_elsewhere():
    text = "Acme Foods said sales grew 0.7% in March. Norvik output showed 0.8% growth in April, the firm said."
    items = [q for s in range(8) for q in bank_for_text(text, seed=s) if "0.7%" in q.source.sentence]
    assert items and not [q for q in items if "0.8%" in q.prompt or "0.8%" in (q.choices or [])]


def test_a_nationality_before_a_persons_name_is_no_blank():
    answers = {q.answer for q in bank_for_text("Britain's Jane Doe finished fifth in 7.35 seconds.")}
    assert "Britain" not in answers, answers


def test_a_forecast_year_gets_near_later_years():
    text = ("Investment bank Acme Capital has forecast that Norvik's mobile market is likely to reach 90 million "
            "users by 2007.")
    years = [q for s in range(5) for q in bank_for_text(text, seed=s, types=["choice"]) if q.answer == "2007"]
    assert years and all(2006 <= int(c) <= 2010 for q in years for c in q.choices), [q.choices for q in years]


def test_a_surname_particle_is_no_first_name():
    from studykit.nameclues import first_name_gender, known_first_name

    assert not known_first_name("De Vries") and first_name_gender("De Vries") is None
    assert known_first_name("Helen Ward")


def test_films_in_a_list_and_parts_played_are_no_actors_to_offer():
    from studykit.facts import name_entities
    from studykit.nlp import load_pipeline

    doc = load_pipeline()("She has appeared in films such as Harbour and Sam Hill. "
                          "The biopic Hale, starring Tom Rivers as explorer Jack Hale, won four awards.")
    people = {span.text for kind, _, span in name_entities(doc) if kind == "person"}
    assert "Tom Rivers" in people, people
    assert "Sam Hill" not in people and "Jack Hale" not in people, people


def test_a_plan_or_law_named_only_by_its_kind_needs_the_article():
    bank = bank_for_text("The draft law was rejected by the Norvik parliament in 2003, officials said. "
                         "The takeover deal was approved by Westfield regulators in 2004.")
    assert not [q.prompt for q in bank if "draft law" in q.prompt or "takeover deal" in q.prompt]


def test_a_span_counted_from_the_publication_date_is_no_answer():
    bank = bank_for_text("Carroll will be facing stiff competition from Australian Tom Rivers, winner in Dublin "
                         "for the last two years. Acme will open 40 shops in Westfield over the next 18 months.")
    assert bank and not [q for q in bank if "years" in q.answer or "months" in q.answer]


def test_a_date_in_front_of_the_clause_stays_in_the_question():
    prompts = shorts("In March 2004, the Westfield council closed 40 public libraries in Norvik.")
    assert prompts.get("How many public libraries did the Westfield council close in Norvik in March 2004?") == "40", prompts


def test_a_day_of_the_week_or_a_compatriot_points_back_into_the_article():
    bank = bank_for_text("Tom Rivers finished third in last Sunday's charity race in Westfield. "
                         "Compatriots Jane Doe and Maria Lopez will race against Helen Ward on 18 February. "
                         "Helen Ward and compatriot Carys Lloyd Evans were given awards in Portfield in 2003.")
    prompts = [q.prompt for q in bank]
    assert not [p for p in prompts if "Sunday's" in p or "Compatriots" in p], prompts
    assert any("compatriot Carys Lloyd Evans" in p for p in prompts), prompts
    hour = bank_for_text("The Acme Grid service costs users $3 for an hour's worth of processing power in Westfield.")
    assert any(q.type == "cloze" and q.answer == "$3" for q in hour)  # an hour's worth is no day of writing


def test_the_year_in_an_events_name_is_no_option_and_no_false_statement():
    bank = bank_for_text("Tom Rivers won 200m gold at the 2000 Portfield Games, while Jane Doe won silver.")
    years = [q for q in bank if q.answer == "2000" or q.answer == "False"]
    assert not [q for q in years if q.type in ("choice", "truefalse")], [(q.type, q.prompt) for q in years]


def test_a_blank_after_an_adjective_is_no_figure_cloze():
    bank = bank_for_text("Growth in Norvik remains at a breakneck 9.1%, and investment is growing at 25% a year.")
    assert not [q for q in bank if q.type == "cloze" and q.answer == "9.1%"]


def test_a_span_of_a_career_moves_by_a_quarter_at_most():
    bank = bank_for_text("Dance teacher Jane Doe, who has taught ballet in Westfield for 48 years, "
                         "told the Portfield Gazette she had seen a vast change.")
    options = [c for q in bank if q.type == "choice" and "48" in q.answer for c in q.choices]
    assert options, [(q.type, q.prompt, q.answer) for q in bank]
    assert all(36 <= int(re.search(r"\d+", c).group()) <= 60 for c in options), options


def test_a_sentence_told_against_the_one_before_gives_no_items():
    bank = bank_for_text("Later at a gala dinner, actress Jane Doe was named a Westfield Trust ambassador. "
                         "Also on Friday, Norvik's industrial output for December was released, showing 0.7% growth.")
    assert not bank, [q.prompt for q in bank]


def test_the_period_a_since_phrase_counts_stays_in_the_question():
    prompts = shorts("Since the 11 September 2001 attacks in Westfield, Acme Air has cut 13,000 jobs.")
    assert prompts.get("How many jobs has Acme Air cut since the 11 September 2001 attacks in Westfield?") \
        == "13,000", prompts


def test_a_name_before_critically_acclaimed_lost_its_possessive():
    bank = bank_for_text("Tom Rivers critically acclaimed The Harbour Lights and the forthcoming thriller "
                         "The Westerly, starring Jane Doe, received three nominations each.")
    assert not bank, [q.prompt for q in bank]


def test_to_blame_or_responsible_without_for_what_needs_the_article():
    bank = bank_for_text("Suggestions that cheap imports from Norvik are to blame are wrong, Westfield economist "
                         "Tom Rivers says. Westfield economist Jane Doe says imports from Norvik were responsible.")
    assert not bank, [q.prompt for q in bank]


def test_a_lone_surname_gets_the_full_name_the_article_gave():
    bank = bank_for_text("Runner Kelly Holmes won gold in Westfield in 2004. Holmes ran a tactically perfect race "
                         "to finish clear of France's Hind Dehiba in Portfield on 5 March.")
    later = [q.prompt for q in bank if "tactically" in q.prompt]
    assert later and all(p.startswith("Kelly Holmes ran") for p in later), later
    assert not [q for q in bank if q.answer == "France"]  # "_____'s Hind Dehiba": any country fits


def test_a_lone_surname_gets_the_full_name_the_model_wrote_with_its_possessive():
    # the model's entity is "Peter Gould's", with the "'s"; "Gould" alone is still Peter Gould
    bank = bank_for_text("In the biography category it was Peter Gould's The Harbour Years that was picked as "
                         "winner. Gould has published many histories, including Westfield Days, in 2003.")
    later = [q.prompt for q in bank if "histories" in q.prompt]
    assert later and all("Peter Gould" in p or p.startswith("_____ has") for p in later), later


def test_mrs_doe_is_not_the_mr_doe_the_article_named_in_full():
    text = ("Party leader Michael Kettering will tour Westfield in March. Mr Kettering said the tour would "
            "last a month. Mrs Kettering made her debut speech at the Westfield Party Conference in Portfield last October.")
    prompts = prompts_for(text)
    assert not [p for p in prompts if "Michael Kettering made" in p or "Michael Kettering make" in p], prompts
    answers = {q.answer for q in bank_for_text(text) if "debut" in q.prompt}
    assert "Michael Kettering" not in answers, answers


def test_a_capital_that_is_part_of_a_name_stays_in_a_which_question():
    text = "Liberal Democrat deputy leader Tom Rivers won the Westfield seat in 2001. He is a liberal by temperament."
    which = [q.prompt for q in bank_for_text(text) if q.prompt.startswith("Which ")]
    assert which and all(p.startswith("Which Liberal Democrat") for p in which), which


def test_a_which_question_offers_only_people_described_alike():
    text = ("French musician Jean Dupont is to perform at a concert in Westfield in May. "
            "The critic Paul Stone was at the launch in Portfield. The actor Sam Hill was at the launch in Norvik. "
            "The singer Peter Brown was at the launch in Eastwick.")
    bank = bank_for_text(text)
    assert any(q.type == "short" and q.prompt.startswith("Which French musician") for q in bank), \
        [q.prompt for q in bank]
    assert not [q for q in bank if q.type == "choice" and q.prompt.startswith("Which French musician")]
    assert not [q for q in bank if q.prompt.startswith("Where was")]  # "Where was the critic X?" asks nothing


def test_a_quote_opening_with_it_answers_something_only_the_article_says():
    bank = bank_for_text('"It suggests that employment is continuing to expand at a moderate pace," said '
                         'Tom Rivers, chief executive of Westfield Bank. '
                         '"This is a big messy argument about the Portfield bridge," explained Paul Hendry. '
                         '"It is easy to see why prices rose in Portfield last year," said Jane Doe, chief executive of Acme.')
    prompts = [q.prompt for q in bank]
    assert not [p for p in prompts if "It suggests" in p or "This is a big" in p], prompts
    assert any("It is easy to see" in p for p in prompts), prompts


def test_a_surname_the_model_labels_a_firm_still_gets_the_full_name():
    bank = bank_for_text("Conductor Marcello Viotti, director of the Westfield Opera, has died in Germany. "
                         "Viotti's debut at the Portfield Opera came in 2000 with Puccini's Madame Butterfly.")
    debut = [q.prompt for q in bank if "debut" in q.prompt]
    assert debut and all("Marcello Viotti's debut" in p for p in debut), debut


def test_a_nationality_standing_for_a_person_is_no_answer():
    bank = bank_for_text("Runner Jane Doe won gold in Westfield in 2004. The Briton, made a dame in the "
                         "New Year Honours List for taking 800m and 1,500m gold, won vital votes from the public.")
    assert not [q for q in bank if q.answer == "Briton" or "The Briton" in q.prompt], [q.prompt for q in bank]


def test_who_told_needs_what_was_told():
    prompts = shorts("Research director Tom Rivers told the Westfield Gazette that Acme had done a good job "
                     "in sealing off the Portfield market.")
    assert not [p for p in prompts if p.rstrip("?").endswith("Gazette")], prompts


def test_a_cleft_it_points_to_nothing_but_it_is_bad_news_does():
    cleft = bank_for_text("In the poetry category it was Tom Rivers's Harbour Lights that was picked as winner "
                          "at the 2004 Westfield awards.")
    assert any("it was Tom Rivers's" in q.prompt or "it was _____'s" in q.prompt for q in cleft), \
        [q.prompt for q in cleft]
    news = bank_for_text("It is particularly bad news for Acme, the UK's biggest internet supplier, with "
                         "almost three times as many people trying to leave as joining.")
    assert not news, [q.prompt for q in news]


def test_the_bank_cache_key_covers_every_module_the_generator_runs():
    # a cached bank is reused while the code hash is unchanged: a generator module left out of the
    # hash would serve banks its new code no longer makes
    import ast
    from pathlib import Path

    import studykit
    from studykit.bankcache import GENERATOR_MODULES

    package = Path(studykit.__file__).parent
    not_content = {"atomic", "errors", "resources"}  # writing files, error types, install paths
    seen, todo = set(), ["generate"]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for node in ast.walk(ast.parse((package / f"{name}.py").read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                todo += [node.module.split(".")[0]] if node.module else [a.name for a in node.names]
    assert seen - not_content <= set(GENERATOR_MODULES), sorted(seen - not_content - set(GENERATOR_MODULES))


def test_the_second_half_of_a_name_the_model_cut_in_two_is_no_answer():
    # the model writes "[the Portfield Novel of] [the Year Award]": neither half is the award
    bank = bank_for_text("Eastwick writer wins prize\n\nOrange Prize winner Jane Doe has seen her book "
                         "The Long Tide win the Portfield Novel of the Year Award.")
    answers = {q.answer for q in bank}
    assert "Jane Doe" in answers
    assert not any("Year Award" in a for a in answers)


def test_a_short_answer_about_a_name_gives_the_name():
    prompts = shorts("Eastwick writer wins prize\n\nOrange Prize winner Jane Doe has seen her book "
                     "The Long Tide win the Portfield Novel of the Year Award.")
    assert "her book" not in prompts.values()


def test_a_time_of_day_is_no_year_and_a_channel_keeps_its_number():
    bank = bank_for_text("Film awards tonight\n\nHosted by Tom Rivers, the Westfield Film Awards ceremony "
                         "began on BBC One at 2010 GMT.")
    assert any(q.answer == "Tom Rivers" for q in bank)
    assert not any(q.answer in ("2010", "BBC") for q in bank)


def test_wrong_years_beside_an_olympics_keep_its_four_year_rhythm():
    text = "Norvik profits rise\n\nEvents such as the Olympics helped boost Norvik Motors' profits in 2004."
    choices = [q for seed in range(4) for q in bank_for_text(text, seed=seed) if q.type == "choice"]
    assert choices
    for q in choices:
        assert q.answer == "2004"
        assert all((2004 - int(c)) % 4 == 0 for c in q.choices), q.choices


def test_a_question_that_cut_what_followed_its_verb_is_not_asked():
    text = ("Doe lands the title\n\nShe is only the second British woman to land the title after Jane Doe "
            "won for her world 400m hurdles win in 1993.")
    assert "When did Jane Doe win?" not in shorts(text)
    assert "When was Tom Rivers praised for his win?" in shorts("Rivers praised\n\nTom Rivers was praised "
                                                                 "for his win in 1993.")


COUNTRY_TEXT = (
    "Norvik Motors expands abroad\n\nNorvik Motors opened a new factory in Germany on Monday, the firm's chief "
    "executive Tom Rivers said. Jane Doe, its finance director, said sales had grown fastest in France and Spain. "
    "The firm also sells cars in Italy, Japan and the UK. Tom Rivers was born in Kettering in 1961. "
    "Norvik Motors will build a second plant in Poland in 2006, Jane Doe said.")


def test_a_country_gets_other_countries_of_the_articles_as_options():
    places = [q for q in bank_for_text(COUNTRY_TEXT) if q.type == "choice" and q.fact == "place"]
    assert [q.answer for q in places] == ["Poland"]
    # "in the UK" would read wrong in "a plant in _____"; a town is no rival to a country
    assert set(places[0].choices) <= {"Poland", "Germany", "France", "Spain", "Italy", "Japan"}


def test_country_names_one_true_where_the_other_is():
    from studykit.nameclues import country_code, same_country, takes_the

    assert country_code("the Netherlands") == "NL" and country_code("Germany") == "DE"
    assert country_code("Kettering") is None and country_code("Solaris") is None
    assert same_country("UK", "England") and same_country("America", "the United States")
    assert not same_country("England", "France")
    assert takes_the("UK") and takes_the("Czech Republic") and not takes_the("Japan")


def test_a_broadcast_time_is_a_listing_not_a_fact():
    bank = bank_for_text("Westfield awards\n\nThe awards, which were hosted by Tom Rivers, are to be screened on "
                         "Channel Nine on Tuesday at 2300 GMT.\n\nThe Westfield Film Awards were hosted by Tom Rivers "
                         "in Eastwick in 2004.")
    assert bank and not any("screened" in q.prompt for q in bank)


def test_a_verb_that_owns_its_preposition_asks_no_where():
    prompts = shorts("Norvik grid\n\nThe Norvik Grid relies on Portugal, the partner chosen by Norvik Motors.")
    assert not any(p.startswith("Where") for p in prompts)
    assert "Where was Tom Rivers born?" in shorts("Rivers obituary\n\nTom Rivers was born in Portugal and studied "
                                                  "the piano at the Kettering Conservatory.")


def test_rival_countries_come_from_the_same_part_of_the_world_and_give_nothing_away():
    from studykit.nameclues import another_name_of, continent

    assert continent("Kenya") == "AF" and continent("France") == "EU" and continent("Kettering") is None
    assert another_name_of("England", "Britain's") and not another_name_of("England", "England")
    text = ("Norvik Motors abroad\n\nNorvik Motors sells cars in France, Spain, Kenya and Japan. "
            "Norvik Motors will build a second plant in Poland in 2006, Jane Doe said. "
            "In 1999, Jane Doe returned to England and became Britain's first female racing driver.")
    places = {q.answer: q.choices for q in bank_for_text(text) if q.type == "choice" and q.fact == "place"}
    assert set(places["Poland"]) <= {"Poland", "France", "Spain", "Britain", "England"}  # not Kenya, not Japan


def test_a_surname_with_a_particle_gets_the_full_name_the_article_gave():
    bank = bank_for_text("Film festival drops film\n\nThe festival was due to screen a film by Dutch film-maker "
                         "Piet Van Dijk in Eastwick. Van Dijk was attacked in November 2004, following threats he "
                         "received about his film Harbour.")
    attacked = [q.prompt for q in bank if "attacked" in q.prompt]
    assert len(attacked) >= 3 and all("Piet Van Dijk" in p or p.startswith("_____ was attacked") for p in attacked)


def test_options_after_a_possessive_or_article_drop_their_own_the():
    from studykit.generate import after_modifier
    from studykit.nlp import parse_texts

    doc = parse_texts(["Tom Rivers, director of Eastwick's famous Harbour Theatre, has died at the Kettering Hospital."])[0]
    start = next(t.i for t in doc if t.text == "Harbour")
    theatre = doc[start:start + 2]
    assert theatre.text == "Harbour Theatre" and after_modifier(theatre)  # "famous the Portfield Opera" reads twice
    assert not after_modifier(doc[0:2])


def test_a_work_that_is_messaged_is_no_what():
    from studykit.nlp import parse_texts
    from studykit.transform import wh_word

    doc = parse_texts(["Tom Rivers messaged Harbour Nights after the programme ran the claims."])[0]
    verb = next(t for t in doc if t.lemma_ == "message")
    assert wh_word("work", "WORK_OF_ART", "object", None, verb) is None
    assert wh_word("organisation", "ORG", "object", None, verb) == "Who"


def test_only_and_just_stay_outside_a_figure_the_model_wrote_with_them():
    text = ("Norvik jobs growth slow\n\nAccording to Labour Office figures, Norvik Motors added only 146,000 jobs "
            "in January. Abandoned calls rose from just over 5% in 2003 to a record 13.3% last year, Jane Doe says.")
    bank = bank_for_text(text)
    answers = {q.answer for q in bank}
    assert "146,000" in answers and not any(a.startswith(("only", "Only")) for a in answers)
    assert not any(a.startswith("over") for a in answers)  # "just over 5%" is one qualifier
    assert shorts(text).get("How many jobs did Norvik Motors add in January?") == "146,000"


def test_some_stays_outside_a_figure_the_model_wrote_with_it():
    # "_____ MPs ... -- Some 83" was rated a wrong span; "Some _____ workers" reads as the article did
    text = "Westfield strike\n\nSome 4,000 workers at the Westfield plant walked out on Monday, Acme said."
    clozes = [q for q in bank_for_text(text) if q.type == "cloze" and q.fact == "figure"]
    assert [(q.prompt.split()[:2], q.answer) for q in clozes] == [(["Some", "_____"], "4,000")], clozes


def test_a_measurement_to_the_hundredth_gets_no_options():
    # "$1.64 | $1.62 | $1.66 | $1.67", "9.87 | 9.77 | 9.97": 18 of 31 such items passed readings
    text = ("Oil prices\n\nUS light crude rose $1.64 to $47.10 in Westfield trading on Monday, "
            "while Norvik crude gained 5% to $44.45.")
    bank = bank_for_text(text)
    assert {q.answer for q in bank if q.type == "cloze"} >= {"$1.64", "$47.10"}
    assert [q.answer for q in bank if q.type == "choice"] == ["5%"]
    assert all("$1.64 to $47.10" in q.prompt for q in bank if q.answer == "False")  # nor a changed one


def test_a_figure_of_six_exact_digits_is_no_blank():
    text = ("Westfield city\n\nWith a population of 3,792,621, Westfield is the most populous city in Norvik "
            "and the second most populous in Portfield.")
    bank = bank_for_text(text)
    assert bank and not any(q.answer == "3,792,621" for q in bank), [(q.prompt, q.answer) for q in bank]
    assert quantities.significant_digits("about 6,100") == 2 and quantities.significant_digits("19,924") == 5


def test_a_record_stays_outside_a_figure_the_model_wrote_with_it():
    text = "Norvik trade gap\n\nThe Norvik trade deficit hit a record $180.7bn in 2004, Westfield officials said."
    figures = {q.answer for q in bank_for_text(text) if q.fact == "figure" and q.type != "truefalse"}
    assert figures == {"$180.7bn"}, figures


@pytest.mark.parametrize("text,question", [
    ("The museum was designed by Tom Rivers, an architect who won the Westfield Prize in 1990.",
     "When did Tom Rivers win the Westfield Prize?"),
    ("Norvik Relay, a network that carried 40,000 calls a day in 1990, was closed by Acme in 2001.",
     "How many calls a day did Norvik Relay carry in 1990?"),
    # a participle that says what the act was for stays
    ("Tory leader Tom Rivers has written to Anna Berg demanding an explanation of the new rules on e-mail retention.",
     "To whom has Tory leader Tom Rivers written demanding an explanation of the new rules on e-mail retention?"),
    # a participle that says which one stays
    ("The phrase taking coals to Norvik was first recorded in 1538.",
     "When was the phrase taking coals to Norvik first recorded?"),
    ("In September 2007, Acme launched a new TV advertising campaign targeting its Westfield service at women.",
     "When did Acme launch a new TV advertising campaign targeting its Westfield service at women?"),
])
def test_a_short_question_keeps_what_says_which_one(text, question):
    # "the architect", "the network", "the phrase", "a new campaign" name nothing once the sentence is gone
    assert question in shorts(text), shorts(text)


def test_an_infinitive_that_says_first_at_what_stays_in_the_question():
    text = "In 1685, Tom Rivers from the town of Pons in Norvik was among the first to settle in Westfield."
    got = shorts(text)
    assert got and not any(p.endswith("among the first?") for p in got), got


def test_an_abbreviation_is_answered_with_what_it_stands_for():
    text = ("Ballet contest\n\nThe Royal Academy of Dance (RAD) was founded in Westfield in 1920. The RAD have launched "
            "a new competition to try and reverse the decline in British ballet, Tom Rivers said.")
    bank = bank_for_text(text)
    short = next(q for q in bank if q.type == "short" and q.prompt.startswith("Who has launched"))
    assert short.answer == "Royal Academy of Dance" and "RAD" in short.accept
    cloze = next(q for q in bank if q.type == "cloze" and q.answer == "RAD")
    assert "Royal Academy of Dance" in cloze.accept


@pytest.mark.parametrize("sentence", [
    "Tom Rivers of Acme says there are two parts to the process of identification.",  # which two?
    "In general, there are three sectors of construction: buildings, infrastructure and industrial.",  # listed
])
def test_a_small_count_of_divisions_is_no_figure(sentence):
    assert not [q.prompt for q in bank_for_text(sentence) if q.fact == "figure"]


def test_a_year_before_local_elections_is_no_time_of_day():
    from studykit.facts import time_zone_after
    from studykit.nlp import parse_texts

    doc = parse_texts(["Polls closed at 0930 local time and at 2010 GMT, after the 2005 local elections."])[0]
    number = {t.text: t for t in doc if t.like_num}
    assert time_zone_after(number["0930"]) and time_zone_after(number["2010"])
    assert not time_zone_after(number["2005"])


def test_a_stray_comma_between_subject_and_verb_is_dropped():
    # the writer's slip would be copied into every item made from the sentence
    text = "The old library on Mill Street in Portfield, is being turned into a museum by the Westfield council in 2006."
    bank = bank_for_text(text)
    assert {q.type for q in bank} >= {"cloze", "short"}
    for q in bank:
        assert "Portfield," not in q.prompt, q.prompt
    # a comma that opens an aside stays: "made" may start one
    doc = load_pipeline()("The Briton, made a dame in the New Year Honours, won the vote in Portfield.")
    assert stray_subject_comma(next(doc.sents)) is None


def test_names_given_as_titles_are_no_people_to_offer():
    from studykit.nameclues import doubtful_names

    doc = load_pipeline()("Tom Rivers has written many histories, including Victorian Portfield. "
                          "The prize went to Jane Doe, beating the favourite Peter Quinn and Mr Hale by Anna Berg. "
                          "She worked with young choreographers such as Paul Hendry.")
    labelled = {e.text for e in doc.ents if e.label_ == "PERSON"}
    assert {"Victorian Portfield", "Peter Quinn", "Paul Hendry"} <= labelled  # the model calls them all people
    doubted = doubtful_names(doc)
    assert {"Victorian Portfield", "Peter Quinn"} <= doubted  # a history, and a novel by Anna Berg
    assert not {"Paul Hendry", "Jane Doe", "Anna Berg", "Tom Rivers"} & doubted  # choreographers are people


def test_no_swapped_name_after_a_job_word_the_model_took_into_the_name():
    # "Bookmaker Jane Doe" in a false statement: the job word gives the swap away
    text = ("Bookmaker Tom Rivers has placed Jane Doe's novel as the 6/4 favourite to win the Portfield Prize. "
            "Jane Doe beat Paul Hendry to the prize in 2004.")
    for seed in range(6):
        for q in bank_for_text(text, seed=seed, types=["truefalse"]):
            if q.prompt.startswith("Bookmaker"):
                assert q.prompt.startswith("Bookmaker Tom Rivers"), q.prompt


def test_no_swapped_name_beside_the_role_it_is_in_apposition_to():
    # "The chief inspector of schools, Tom Rivers," swapped for the article's prime minister is absurd
    text = ("The chief inspector of schools, Jane Doe, says exams at Portfield should go. Prime Minister "
            "Anna Berg disagreed with her on Monday, and Maria Lopez and Helen Ward backed Ms Berg.")
    statements = [q for seed in range(8) for q in bank_for_text(text, seed=seed, types=["truefalse"])
                  if q.prompt.startswith("The chief inspector")]
    assert statements
    assert all("Jane Doe" in q.prompt for q in statements), [q.prompt for q in statements]


def test_no_where_question_about_a_placing_without_its_contest():
    # "Where did the team win bronze?": bronze in what, the question no longer says
    prompts = shorts("In her absence, the GB team won bronze in Brussels on Sunday.")
    assert not any(p.startswith("Where") and "bronze" in p for p in prompts), prompts
    prompts = shorts("Jane Doe won the 800m title in Birmingham.")
    assert "Where did Jane Doe win the 800m title?" in prompts, prompts  # the contest is named


def test_a_name_that_opens_the_sentence_anchors_it():
    text = ("Norvik results\n\nNorvik said quarterly sales rose 4% to $2.1bn. "
            "Norvik Motors employs 900 people in Westfield. Revenue grew 7% in the year.")
    items = [(q.type, q.answer) for q in bank_for_text(text) if "quarterly sales" in q.prompt]
    assert ("cloze", "4%") in items
    # a capital that only opens the sentence names nothing: whose revenue?
    assert not any(q.answer == "7%" for q in bank_for_text(text))


def test_no_comment_is_the_reporting_not_the_story():
    bank = bank_for_text("Norvik cuts\n\nNorvik Motors is to cut 300 jobs at its Westfield plant. "
                         "Norvik Motors was unavailable for comment when contacted by the Westfield Gazette.")
    assert bank and not any("comment" in q.prompt for q in bank)


def test_a_body_s_options_are_bodies_of_the_same_kind():
    from studykit.distractors import DistractorPool, distractors_for

    pool = DistractorPool()
    pool.add_vocabulary("the court heard the police and the alliance said the council".split())
    for name in ("the Court of Appeal", "Westfield Police", "the Countryside Alliance", "the High Court",
                 "the Crown Court", "the Supreme Court", "Norvik", "Acme", "Portfield Steel"):
        pool.add("t", "organisation", "ORG", name)
    for seed in range(5):
        courts = distractors_for("the Court of Appeal", "organisation", "ORG", "t", pool, random.Random(seed))
        assert sorted(courts) == ["the Crown Court", "the High Court", "the Supreme Court"]
        firms = distractors_for("Lucent", "organisation", "ORG", "t", pool, random.Random(seed))
        assert firms and not {"Westfield Police", "the Countryside Alliance"} & set(firms), firms
    assert pool.head_noun("the Court of Appeal") == "court" and pool.head_noun("Portfield Steel") is None


def test_the_source_of_a_figure_is_no_fact_of_the_story():
    lead = "Norvik Motors cut 900 jobs at its plant in Eastwick on Monday.\n\n"
    gathered = bank_for_text(lead + "Figures gathered by Westfield Analytics show that car sales fell sharply in "
                                    "Portugal.")
    assert not any("Westfield Analytics" in q.answer for q in gathered), [q.prompt for q in gathered]
    assert any(q.answer == "Portugal" for q in gathered)
    body = bank_for_text(lead + "Car sales fell sharply in the spring, said the Portfield Statistics Office.")
    assert not any("Portfield Statistics Office" in q.prompt + q.answer for q in body), [q.prompt for q in body]
    # a body the story is about speaks for itself, and first
    actor = bank_for_text(lead + "Norvik Motors said it would also close its Portfield office in 2006.")
    assert any(q.answer == "Norvik Motors" for q in actor), [q.prompt for q in actor]


def test_a_speaker_from_a_firm_the_story_never_comes_back_to_is_a_commentator():
    lead = "Norvik Motors cut 900 jobs at its plant in Eastwick on Monday.\n\n"
    quote = '"The numbers are bad for the whole region," said Jo Bloggs, '
    passer_by = bank_for_text(lead + quote + "president of Westfield Capital.")
    assert not any("Jo Bloggs" in q.answer or "Westfield Capital" in q.answer for q in passer_by), \
        [q.prompt for q in passer_by]
    visitor = bank_for_text(lead + '"The numbers are bad for the whole region," said Jo Bloggs from Acme Research.')
    assert not any("Jo Bloggs" in q.answer for q in visitor), [q.prompt for q in visitor]
    minister = bank_for_text(lead + quote + "minister for the Westfield Development Office.")
    assert any(q.answer == "Jo Bloggs" for q in minister), [q.prompt for q in minister]


def test_a_firms_voice_quoted_with_no_office_is_a_commentator():
    lead = "Norvik Motors cut 900 jobs at its plant in Eastwick on Monday.\n\n"
    voice = bank_for_text(lead + '"The numbers show how excited our customers are," said Norvik Bank\'s Jo Bloggs.')
    assert not any(q.answer == "Jo Bloggs" for q in voice), [q.prompt for q in voice]
    # a party's member telling what happened to her is no firm's voice
    member = bank_for_text(lead + "Westfield's Jo Bloggs said she found it hard to persuade officials she was a minister.")
    assert any(q.answer == "Jo Bloggs" for q in member), [q.prompt for q in member]


def test_an_analyst_describing_results_is_a_commentator():
    lead = "Norvik Motors cut 900 jobs at its plant in Eastwick on Monday.\n\n"
    said = bank_for_text(lead + 'Aviation analyst Jo Bloggs of Westfield Bank described Norvik\'s latest quarterly '
                                'results as "pretty modest".')
    assert not any("Jo Bloggs" in q.answer for q in said), [q.prompt for q in said]
    # an analyst is a commentator whatever the verb (or the model's reading of it)
    rated = bank_for_text(lead + "Aviation analyst Jo Bloggs of Westfield Bank rated Norvik's latest results as modest.")
    assert not any("Jo Bloggs" in q.answer for q in rated), [q.prompt for q in rated]


def test_an_it_that_stands_for_the_clause_after_its_adjective_refers_to_nothing():
    from studykit.references import is_dummy_it

    nlp = load_pipeline()
    for text in ("Jane Doe said she found it hard to persuade officials she was a minister.",
                 "The minister made it clear that the plan would go ahead."):
        it = next(t for t in nlp(text) if t.lower_ == "it")
        assert is_dummy_it(it), text
    it = next(t for t in nlp("Acme bought the plant in 2001 and made it profitable.") if t.lower_ == "it")
    assert not is_dummy_it(it)
    bank = bank_for_text("Westfield MPs speak out\n\nWestfield Labour MP Jane Doe said she found it hard to "
                         "persuade Commons officials she was a minister and not a secretary.")
    assert any(q.answer == "Jane Doe" for q in bank), [q.prompt for q in bank]


def test_a_change_given_with_both_its_ends_is_sums_not_reading():
    bank = bank_for_text("Norvik results\n\nNorvik Motors said annual sales rose 4% to $2.6bn from $2.5bn.")
    assert not any(q.fact == "figure" for q in bank), [q.prompt for q in bank]
    # the ends alone ("from 5% to 13%") are facts to learn
    ends = bank_for_text("Norvik results\n\nNorvik Motors said its share of the Westfield market grew from 5% "
                         "in 2003 to 13% in 2004.")
    assert any(q.answer == "5%" for q in ends), [q.prompt for q in ends]


def test_a_count_in_words_gets_near_counts_in_words():
    rng = random.Random(0)
    two = quantities.perturb_number_text("two", rng, count=3)
    assert len(two) == 3 and all(w in ("three", "four", "five", "six") for w in two), two
    ban = quantities.perturb_number_text("eight-year", rng, count=3)
    assert len(ban) == 3 and all(w.endswith("-year") and w != "eight-year" for w in ban), ban
    assert quantities.perturb_number_text("Nine", rng, count=3)[0][:1].isupper()
    assert quantities.perturb_number_text("one", rng) == []  # "only one part": seldom a count
    assert quantities.perturb_number_text("two to four weeks", rng) == []  # a range
    assert quantities.bound_of("The team won more than ", "two") == 1
    text = "Westfield embassies\n\nNine Westfield embassies will close in 2006 to save money, Jane Doe has announced."
    options = [q.choices for q in bank_for_text(text) if q.type == "choice" and q.answer == "Nine"]
    assert options and len(options[0]) == 4 and all(o.istitle() for o in options[0]), options


def test_when_or_where_asks_a_perfect_in_the_past():
    prompts = shorts("Westfield mourns\n\nThe conductor Tom Rivers has died in Spain at the age of 80.")
    assert "Where did the conductor Tom Rivers die at the age of 80?" in prompts or \
        any(p.startswith("Where did") and p.endswith("die at the age of 80?") for p in prompts), prompts
    assert not any(p.startswith(("Where has", "When has")) for p in prompts)
    from studykit import question_for  # "since when" asks the perfect: the state goes on
    assert question_for("Since 1974, Norvik TV has aired the show on New Year's Eve.",
                        "1974").prompt.startswith("Since when has")
    # "How many" keeps the perfect: a count so far
    counts = shorts("Norvik sales\n\nNorvik Motors has sold more than 800,000 cars in Japan since March.")
    assert "How many cars has Norvik Motors sold in Japan since March?" in counts or \
        any(p.startswith("How many cars has") for p in counts), counts


def test_a_home_nation_goes_with_home_nations_only():
    from studykit.distractors import DistractorPool, distractors_for
    from studykit.nameclues import same_country

    pool = DistractorPool()
    for name in ("France", "Spain", "Germany", "England", "Scotland", "Italy"):
        pool.add("t", "place", "GPE", name)
    for seed in range(5):
        states = distractors_for("Poland", "place", "GPE", "t", pool, random.Random(seed))
        assert len(states) == 3 and not {"England", "Scotland"} & set(states), states
        nations = distractors_for("England", "place", "GPE", "t", pool, random.Random(seed))
        assert sorted(nations) == ["Northern Ireland", "Scotland", "Wales"], nations
    assert same_country("England", "the UK") and not same_country("England", "Scotland")


def test_a_body_defined_by_its_noun_is_asked_which():
    from studykit import question_for

    q = question_for("Acme Laboratories is the firm at the centre of an investigation into doping in Westfield.",
                     "Acme Laboratories").prompt
    assert q == "Which firm is at the centre of an investigation into doping in Westfield?", q
    # a superlative stays with its noun, and a person is still "who"
    assert question_for("Acme Laboratories is the largest steel maker in Westfield.",
                        "Acme Laboratories").prompt.startswith(("What is the largest", "Who is the largest"))
    assert question_for("Tom Rivers is the man at the centre of the row.", "Tom Rivers").prompt.startswith("Who is the man")
    from studykit.transform import _defining_noun

    doc = load_pipeline()("Acme is the firm at the centre of the row.")
    verb = next(t for t in doc if t.lemma_ == "be")
    everything = {t.i for t in doc}
    at = next(t for t in doc if t.text == "at")
    assert _defining_noun(verb, everything).text == "firm"
    assert _defining_noun(verb, everything - {t.i for t in at.subtree}) is None  # "Which firm is?"
    # an "of" phrase belongs to its noun: not "Which set is of all graphs?"
    assert "is of" not in question_for("Acme Laboratories is the set of all Westfield firms.", "Acme Laboratories").prompt


def test_a_relative_known_by_a_first_name_is_no_name_to_ask_with():
    text = ("Westfield jailings\n\nTom Rivers's father Giuseppe was arrested in 1975 on his way to Westfield. "
            "Jane Doe was the relative with whom Giuseppe planned to stay in Portfield.")
    bank = bank_for_text(text)
    assert not any("Giuseppe" in q.prompt for q in bank if "relative" in q.prompt), [q.prompt for q in bank]


def test_a_year_that_ends_an_open_span_gets_no_wrong_years():
    text = "Norvik plant\n\nNorvik Motors will keep its Westfield plant open until 2009, Jane Doe said on Monday."
    items = [q for s in range(4) for q in bank_for_text(text, seed=s)]
    assert any(q.answer == "2009" for q in items), [q.prompt for q in items]
    assert not any(q.type == "choice" and q.answer == "2009" for q in items)
    assert not any(q.type == "truefalse" and q.answer == "False" and "until" in q.prompt for q in items)


def test_a_thing_by_its_predicate_and_no_part_of_a_person_as_a_firm():
    from studykit.transform import wh_word
    from studykit.nlp import load_pipeline

    nlp = load_pipeline()
    doc = nlp("Harbour Lights proved to be Tom Rivers's final book.")
    verb = next(t for t in doc if t.lemma_ == "prove")
    assert wh_word("organisation", "ORG", "subject", None, verb) == "What"
    doc = nlp("Norvik Motors is to cut 300 jobs in Westfield.")
    assert wh_word("organisation", "ORG", "subject", None, next(t for t in doc if t.lemma_ == "be")) == "Who"
    # "Kelly" (which the model may label a firm) in an article that names Kelly Holmes is part of her name
    from studykit.facts import _in_a_persons_name

    doc = nlp("Kelly Holmes won two gold medals in 2004. Norvik Motors praised Kelly's double.")
    kelly, norvik = [t for t in doc if t.text == "Kelly"][1], next(t for t in doc if t.text == "Norvik")
    assert _in_a_persons_name(kelly) and not _in_a_persons_name(norvik)


def test_a_wrong_start_stays_on_its_side_of_the_end():
    keep = quantities.value_test("the average induction time fell from ", "36", " to just 21 days")
    assert keep is not None and not keep(18) and keep(45)
    assert not keep(22) and keep(25)  # a start a day off the end leaves no fall to speak of
    rise = quantities.value_test("sales rose from 40 to ", "50", " units")
    assert rise is not None and not rise(42) and rise(60)
    text = "Call centres\n\nThe average training time at Norvik call centres fell from 36 to just 21 days in 2004."
    for seed in range(8):
        for q in bank_for_text(text, seed=seed):
            if q.type == "truefalse" and q.answer == "False" and " to just 21 days" in q.prompt:
                start = int(re.search(r"from (\d+) to", q.prompt).group(1))
                assert start > 21, q.prompt
            if q.type == "choice" and q.answer == "36":
                assert all(int(c) > 21 for c in q.choices), q.choices


def test_a_birth_name_makes_no_wh_question():
    prompts = shorts("Westfield dancer dies\n\nJane Doe was born Janet Mary Dobbs in Westfield in 1910.")
    assert not any("Janet Mary Dobbs" in p for p in prompts), prompts


def test_where_never_drops_the_event_around_its_place():
    prompts = shorts("Doe to run\n\nJane Doe will take part in the Westfield 10km race in Portfield in December.")
    assert not any(p.startswith("Where") and "race" not in p for p in prompts), prompts


def test_a_person_named_with_a_job_word_gets_only_people_with_that_job_as_options():
    text = ("Women MPs speak out\n\nFormer Tory education secretary Jane Doe remembered how one of her male "
            "colleagues called all women Betty. Labour MP Anna Berg said she had been jeered in the Commons in "
            "1998. Maria Lopez said she was asked if she was a secretary. Helen Ward said she had faced taunts "
            "for years.")
    for seed in range(6):
        for q in bank_for_text(text, seed=seed):
            # nobody else is a former education secretary: no fair options for the blank after the title
            assert not (q.type == "choice" and q.answer == "Jane Doe"), q.choices


def test_a_body_only_ever_named_as_a_modifier_is_no_option():
    from studykit.facts import name_entities

    doc = load_pipeline()("The FDI relaxation could ignite interest in Westfield, said Norvik Capital.")
    names = [span.text for kind, label, span in name_entities(doc)]
    assert "FDI" not in names and "Norvik Capital" in names, names


def test_the_time_of_one_who_did_not_win_is_no_fact_to_learn():
    text = ("Westfield indoor meeting\n\nJane Doe won the 200m in 22.51 secs at the Westfield indoor meeting. "
            "Norvik sprinter Anna Berg finished third in 23.72 secs.")
    answers = {q.answer for q in bank_for_text(text)}
    assert "22.51" in answers and "23.72" not in answers, answers


def test_half_a_name_and_a_bare_surname_labelled_a_firm_are_no_answers():
    from studykit.facts import _cut_name

    doc = load_pipeline()("Aviation analyst Tom Rivers of BNP Paribas described the results as modest.")
    paribas = next((e for e in doc.ents if e.text == "Paribas"), None)
    assert paribas is None or _cut_name(doc, paribas)
    mp = load_pipeline()("The play is obscene, MP Jane Doe told parliament.")
    jane = next(e for e in mp.ents if "Jane" in e.text)
    assert not _cut_name(mp, jane)  # "MP" is a title, not the start of the name


def test_a_verb_joined_to_a_reporting_verb_has_no_sure_subject():
    prompts = shorts("Westfield novel row\n\nThe Westfield Chronicle claims Tom Rivers was not arrested, but "
                     "married Jane Doe and died a normal death.")
    assert not any(p.startswith("Who did the Westfield Chronicle") for p in prompts), prompts


def test_a_description_names_something_and_is_no_one_s_view():
    text = ('Westfield prize\n\nTom Rivers and Jane Doe are the only nominees to have won the Westfield Prize before. '
            '"There is no question that Jane Doe would be a huge asset to the team," said Tom Rivers.')
    answers = {q.answer for q in bank_for_text(text)}
    assert not answers & {"the only nominees", "a huge asset"}, answers


def test_a_relative_clause_asks_about_the_thing_it_defines():
    from studykit import question_for

    q = question_for("Campaigners want a Westfield rail link which was closed in 1969 to be reopened.", "1969")
    assert q.prompt == "When was the Westfield rail link closed?", q.prompt


def test_a_year_before_its_noun_after_a_preposition_is_no_cloze():
    text = "Norvik oil\n\nThe Westfield Energy Agency raised its estimate of 2005 oil demand growth in Portfield."
    assert not [q for q in bank_for_text(text) if q.type == "cloze" and q.answer == "2005"]


def test_a_name_after_its_year_is_no_blank():
    from studykit.generate import name_after_its_year

    doc = load_pipeline()("Tom Rivers won 200m gold at the 2000 Portfield Olympics, while Jane Doe won silver.")
    games = next(e for e in doc.ents if "Olympics" in e.text)
    games = doc[games.start + 1:games.end] if games[0].text == "2000" else games
    assert name_after_its_year(games)  # "at the 2000 _____": the year and the gold give it away
    rivers = next(e for e in doc.ents if e.text == "Tom Rivers")
    assert not name_after_its_year(rivers)


def test_a_range_moves_as_a_whole_to_a_range_it_does_not_overlap():
    rng = random.Random(0)
    for text in ("2% to 3%", "between 150,000 and 300,000", "about 80,000 to 100,000"):
        options = quantities.perturb_number_text(text, rng, count=3)
        assert options, text
        low, high = sorted(float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", text))
        for o in options:
            a, b = sorted(float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", o))
            assert b < low or a > high, (text, o)
    assert quantities.perturb_number_text("between 1998 and 2003", rng) == []  # years: the date rules


def test_range_options_do_not_overlap_each_other():
    # "30-60% | 6-10% | 9-20% | 10-20%": two options that overlap leave the answer the odd one out
    for seed in range(20):
        options = quantities.perturb_number_text("30\u201360%", random.Random(seed), count=3)
        ends = [sorted(float(n) for n in re.findall(r"\d+", o)) for o in options]
        for i, (a, b) in enumerate(ends):
            assert all(max(a, c) >= min(b, d) for c, d in ends[i + 1:]), options


def test_a_share_written_as_percent_stays_under_the_whole():
    for seed in range(20):
        for o in quantities.perturb_number_text("roughly 60 percent", random.Random(seed), count=3):
            assert 0 < float(re.search(r"\d+", o).group()) < 100, o


def test_a_span_of_time_counted_off_its_ends_is_no_blank():
    text = "Westfield cafes\n\nThe 1,250 Westfield cafes were shut in the three months from October to December."
    assert not any(q.answer == "the three months" for q in bank_for_text(text))


def test_the_whole_a_share_is_of_needs_no_earlier_sentence():
    text = "Westfield jobs\n\nWestfield unemployment rose 7,000 in November to 464,000 people, or 10.8% of the workforce."
    assert any(q.answer in ("7,000", "464,000") for q in bank_for_text(text))
    # "the company" is still the article's: "60% of the company" names no firm
    text = "Norvik stake\n\nTom Rivers sold 60% of the company to Westfield Capital in 2004."
    assert not any(q.type == "cloze" for q in bank_for_text(text))


def test_no_swapped_name_for_one_who_also_said_it():
    text = ("Westfield election\n\nPaul Hendry said he would visit every town in Westfield. Mr Hendry is the "
            "Westfield party leader. Tom Rivers has also said he is intending to get out and talk to as many people "
            "as possible during the election campaign.")
    for seed in range(8):
        for q in bank_for_text(text, seed=seed):
            assert not (q.type == "truefalse" and q.answer == "False" and "also said" in q.prompt), q.prompt


def test_an_analyst_is_a_commentator_however_often_quoted():
    lead = "Norvik Motors cut 900 jobs at its plant in Eastwick on Monday.\n\n"
    quotes = ('"The numbers are bad for the region," said Jo Bloggs, an analyst at Westfield Bank. '
              '"It will get worse," Ms Bloggs said. "Others will follow," Ms Bloggs added.')
    bank = bank_for_text(lead + quotes)
    assert not any("Jo Bloggs" in q.answer for q in bank), [q.prompt for q in bank]


def test_no_blank_for_a_country_the_sentence_names_again_otherwise():
    text = "Dancer Jane Doe dies\n\nJane Doe returned to England and became Britain's first international ballerina."
    assert not any(q.type == "cloze" and q.answer == "England" for q in bank_for_text(text))


def test_the_lead_about_the_article_s_subject_is_a_statement_to_judge():
    text = ("Norvik Motors in row with Westfield council over parking\n\nNorvik Motors said on Monday that it had "
            "fixed 12 flaws in 2004. Norvik Motors has warned drivers to update the software of "
            "its cars with the latest security fixes.")
    statements = [q.prompt for q in bank_for_text(text) if q.type == "truefalse" and "security fixes" in q.prompt]
    assert statements == ["Norvik Motors has warned drivers to update the software of its cars with the "
                          "latest security fixes."], statements
    assert not any(q.type != "truefalse" and q.answer == "Norvik Motors" for q in bank_for_text(text))


def test_the_opening_sentence_about_the_subject_is_no_statement_to_judge():
    # the opening sentence is the headline told in full: "Microsoft releases patches" above
    # "Microsoft has warned PC users to update ..." is true at a glance
    text = ("Norvik Motors in row with Westfield council\n\nNorvik Motors has warned drivers to update the software of "
            "its cars with the latest security fixes. Norvik Motors said on Monday that it had fixed 12 flaws in 2004.")
    assert not any("security fixes" in q.prompt for q in bank_for_text(text) if q.type == "truefalse")


@pytest.mark.parametrize("said", [
    '"We had a wonderful experience with Tom on the film," producer Jane Doe told Variety in 2004.',
    '"We had a wonderful experience with Tom on the film," Norvik chairman Jane Doe told Variety in 2004.',
    'In 2004 Jane Doe countered: "We had a wonderful experience with Tom on the film."',
])
def test_someone_s_words_are_no_statement_to_judge(said):
    lead = "Norvik film deal\n\nNorvik Pictures signed Tom Rivers to a three-year deal in Westfield on Monday.\n\n"
    bank = bank_for_text(lead + said)
    assert not any(q.type == "truefalse" and "wonderful experience" in q.prompt for q in bank)
    assert any(q.type == "truefalse" and "year deal" in q.prompt for q in bank)  # what the article says


def test_a_day_s_share_move_is_noise():
    text = ("Norvik profits jump\n\nNorvik Motors made a profit of $2bn in 2004. "
            "Shares in Norvik Motors were up 1.76% at 115.5 pence in morning trade.")
    assert not any("115.5" in q.prompt for q in bank_for_text(text))
    assert any(q.answer == "$2bn" for q in bank_for_text(text))


def test_the_year_the_story_happens_is_no_blank():
    text = ("Westfield gallery tops list\n\nThe Westfield Gallery was the most visited museum in 2004, Jane Doe said. "
            "Visits rose by 10% in 2004. Some members did not submit figures for 2004, including Portfield Castle.")
    assert not any(q.answer == "2004" for q in bank_for_text(text))  # nor "When was ...?"


@pytest.mark.parametrize("text,kept", [
    # the firm the subject names, for an "it" in a clause hung on that subject's verb
    ("Shares in Westfield brewer Norvik Foods have risen on speculation that it could be the target of a "
     "takeover by Acme in 2005.", "that it could be"),
    # the subject of its own clause, named or not
    ("Oil prices rose above $47 a barrel on Thursday after a Westfield energy watchdog raised its forecasts "
     "for demand.", "raised its forecasts"),
    ("Shares in Norvik Foods rose to their highest level since August 2002 after a takeover bid by Acme.",
     "to their highest level"),
    # a bare "the firm" or "the government" whose sentence names it
    ("Norvik Software is investigating a virus that attempts to switch off the firm's security software in "
     "14 countries.", "the firm's security software"),
    ("Portugal pays subsidies to importers of fuel, but higher oil prices have forced the government to spend "
     "$6bn on holding prices down.", "forced the government"),
])
def test_a_pronoun_whose_antecedent_is_in_its_own_sentence_stays(text, kept):
    prompts = prompts_for(text)
    assert any(kept in p for p in prompts), prompts


@pytest.mark.parametrize("text,forbidden", [
    ("Norvik Motors will cut 300 jobs in Westfield in 2005.\n\nThe spokesman said it was aware of the 300 "
     "job cuts in Westfield.", "it was aware"),  # a person's "it" is some thing named before
    ("The Norvik chip was shown in Westfield in 2005.\n\nThe Acme consortium expects it to handle 16 trillion "
     "operations every second.", "expects it to"),  # not the consortium itself
    # a dummy "it" stands for nothing, so it is no antecedent for "its"
    ("Acme Motors had a bad year in Westfield.\n\nIn London on Monday, it was reported that its chief executive Tom "
     "Rivers would resign in 2005.", "its chief executive"),
    # "education" of "Education Secretary" is no person for "he"
    ("Tom Rivers grew up in Portfield.\n\nIn Kenya, education was free when he was a boy in 1965.", "when he was"),
    # another country's government, another firm
    ("Westfield police fired on protesters.\n\nThe US has condemned the government after the shooting in Portfield "
     "in 2004.", "condemned the government"),
    ("Acme Soft sued Norvik in 2004.\n\nWestfield Software said Portfield Systems had copied the firm's code in "
     "2003.", "the firm's code"),
    ("Acme Motors cut 300 jobs in Westfield in 2004.\n\nUnion official Tom Rivers said the company had "
     "ignored the 90-day consultation period in Westfield.", "the company had ignored"),  # a person's "the company"
])
def test_a_pronoun_pointing_outside_its_sentence_still_blocks_it(text, forbidden):
    prompts = prompts_for(text)
    assert not any(forbidden in p for p in prompts), prompts


def test_a_country_takes_its_options_from_its_own_article_only():
    texts = ["Norvik plant\n\nNorvik Motors will build a second car plant in Poland in 2006, Jane Doe said.",
             "Acme abroad\n\nAcme sells its phones in France, Spain, Germany and Italy, Tom Rivers said in 2004."]
    docs = [document_from_text(t, name=f"{i}.txt", path=f"news/{i}.txt", sha256=str(i) * 64, doc_id=str(i))
            for i, t in enumerate(texts)]
    bank = generate_questions(docs, parse_documents(docs, use_cache=False))
    assert any(q.source.document == "0" for q in bank), [q.prompt for q in bank]
    rivals = [(q.prompt, q.choices) for q in bank if q.source.document == "0" and q.fact == "place"
              and (q.type == "choice" or q.answer == "False")]
    assert not rivals  # France or Spain, from another story, is no rival to Poland


@pytest.mark.parametrize("opening", ["Meanwhile", "In particular", "Nevertheless", "In particular,", "Still,"])
def test_a_connective_to_the_sentence_before_is_dropped(opening):
    text = f"Norvik browser\n\n{opening} the Norvik browser has won 25 million users since its launch in November 2004."
    prompts = [q.prompt for q in bank_for_text(text) if q.type in ("cloze", "truefalse")]
    assert prompts and all(p.startswith(("The Norvik browser", "The _____ browser")) for p in prompts), prompts


def test_who_said_it_offers_only_the_articles_other_speakers():
    quotes = ('"The Westfield plan will cost 2,000 jobs," said Tom Rivers. '
              '"We will fight the Westfield plan in court," said John Roe. '
              '"Portfield needs the new bridge by 2008," said Paul Hendry. '
              '"The bridge will be open by 2009," said Peter Small. ')
    named = "David Ward and Mark Jones opened the Portfield office in 2003. Simon Hill joined them in 2004. "
    choices = [q for q in bank_for_text("Westfield plan\n\n" + named + quotes) if q.type == "choice"
               and q.fact == "quotation"]
    speakers = {"Tom Rivers", "John Roe", "Paul Hendry", "Peter Small"}
    assert choices and all(set(q.choices) <= speakers for q in choices), [q.choices for q in choices]
    # with fewer than three others quoted, people never quoted are no rivals: no choice at all
    three = quotes.rsplit('"The bridge', 1)[0]
    assert not [q for q in bank_for_text("Westfield plan\n\n" + named + three) if q.type == "choice"
                and q.fact == "quotation"]


def test_a_statement_drops_an_also_that_points_back():
    text = ("Norvik election\n\nTom Rivers will stand for mayor of Portfield in 2006. "
            "Acme Motors has also said it will build a new plant in Westfield in 2007.")
    plant = [q.prompt for q in bank_for_text(text) if "plant" in q.prompt and q.type in ("cloze", "truefalse")]
    assert plant and all("has said it will build" in p for p in plant), plant
    kept = [q.prompt for q in bank_for_text("Acme Motors sells not only cars but also vans in Westfield, "
                                            "where it employs 3,000 people.") if q.type == "cloze"]
    assert kept and all("but also vans" in p for p in kept), kept


def test_a_name_opening_the_sentence_is_a_referent_for_its_pronoun():
    text = "Norvik browser\n\nTimeWarner is working on a new version of its Norvik web browser for 2006."
    assert [q for q in bank_for_text(text) if q.type == "truefalse" and "of its Norvik" in q.prompt]


def test_the_country_a_story_is_set_in_is_no_blank():
    setting = ("Norvik ballet\n\nFewer children in Portugal are taking ballet exams, the Norvik Academy said in "
               "2004. The Norvik Academy has 300 schools in Portugal and 40 in Spain.")
    blanks = [q for q in bank_for_text(setting) if q.type in ("cloze", "choice") and q.answer == "Portugal"]
    assert not blanks, [q.prompt for q in blanks]
    once = "Norvik ballet\n\nFewer children in Portugal are taking ballet exams, the Norvik Academy said in 2004."
    assert [q for q in bank_for_text(once) if q.type == "cloze" and q.answer == "Portugal"]


def test_a_figure_needs_no_other_name_beside_it():
    text = ("Norvik results\n\nNorvik Motors sells cars in 14 countries. Pre-tax profit for 2004 was £15.4m, "
            "compared with a loss a year earlier. The delays in production were blamed on Acme.")
    bank = bank_for_text(text)
    assert [q for q in bank if q.type == "cloze" and q.prompt.startswith("Pre-tax profit for")]
    assert not [q for q in bank if q.type == "cloze" and q.answer == "Acme"]  # a name needs one beside it


def test_an_organisation_gets_no_multiple_choice():
    text = ("Mobile market booms\n\nNorvik Telecom, Halden Systems, Lakeside Media and Acme Networks sell phones "
            "in Westfield. Brightwell Capital has forecast that the Westfield mobile market will grow strongly until "
            "the end of the decade.")
    bank = bank_for_text(text)
    assert [q for q in bank if q.answer == "Brightwell Capital"]  # still asked, as a cloze or a short question
    assert not [q for q in bank if q.type == "choice" and q.fact == "organisation"]


def test_a_job_word_the_model_took_into_the_name_still_describes_it():
    text = ("Westfield prize\n\nAuthors Paul Hendry, John Roe, Mark Owen and Peter Small are on the Westfield "
            "prize shortlist. Bookmaker Tom Rivers has made Paul Hendry's novel the 6/4 favourite to win the Westfield prize.")
    choices = [q.choices for q in bank_for_text(text) if q.type == "choice" and q.answer == "Tom Rivers"]
    assert not choices  # authors are no rivals to a bookmaker, and the article names no other bookmaker


@pytest.mark.parametrize("headline,word,given", [
    ("Talks held on Kenya's future", "Kenyans", True),
    ("Talks held on Gibraltar's future", "Gibraltarians", True),
    ("Talks held on China's future", "Chinese", True),
    ("Talks held on Norway's future", "Kenyans", False),
    ("Steel mill closes", "Miller", False),  # a surname, not a people
])
def test_the_people_of_a_place_the_headline_names_are_in_it(headline, word, given):
    from studykit import references
    from studykit.nlp import parse_texts

    doc = parse_texts([f"Most {word} said in a referendum in 2002 that they wanted change."])[0]
    references.set_headline(doc, headline)
    assert references.in_headline(next(t for t in doc if t.text == word)) is given


def test_the_other_share_of_a_whole_points_back():
    text = ("Acme Drinks bought a third of Norvik Spirits in 2001. The other two-thirds of Norvik Spirits was "
            "bought by Westfield Brands.")
    assert not [q for q in bank_for_text(text) if "other two-thirds" in q.prompt]


def test_a_false_figure_is_plainly_false():
    assert not quantities.clearly_apart("9.1%", "9.6%") and not quantities.clearly_apart("$1.64", "$1.59")
    assert quantities.clearly_apart("9.1%", "12.4%") and quantities.clearly_apart("two", "four")
    assert not quantities.clearly_apart("about 5%", "about 4%") and quantities.clearly_apart("about 5%", "about 8%")
    assert quantities.longer_span_also_true("Portfield rejected the plan twice in ", "two months")
    assert not quantities.longer_span_also_true("Portfield grew by 10% in ", "two months")
    text = "Westfield Oil said on Monday that its shares rose 9.1% to $47.10 in Portfield trading in March 2004."
    rises = [re.search(r"rose (\S+%)", q.prompt).group(1) for s in range(8) for q in bank_for_text(text, seed=s)
             if q.type == "truefalse" and q.answer == "False" and "$47.10" in q.prompt]
    assert rises and all(quantities.clearly_apart("9.1%", r) for r in rises), rises  # no 8.6% for 9.1%


def test_a_surname_the_tagger_took_for_a_noun_gets_the_full_name():
    text = ("Paul Wood, the Irish record holder at 3km, 5km and 10km, will race in Portfield. Wood has stepped up "
            "his form in recent weeks and in late January scored a victory over Alan Webb in Boston.")
    form = [q.prompt for q in bank_for_text(text) if "stepped up" in q.prompt]
    assert form and all("Paul Wood has stepped up" in p or p.startswith("_____ has") for p in form), form


def test_no_blank_for_one_of_several_who_also_did_it():
    text = ("Westfield talks\n\nTom Rivers will also join the UK delegation in Portland for the Westfield Memorial "
            "Day on 27 January.")
    assert not [q for q in bank_for_text(text) if q.type in ("cloze", "choice") and q.answer == "Tom Rivers"]


def test_a_nationality_keeps_its_capital_in_a_question():
    text = ("Westfield cross country\n\nBriton Anna Berg runs in Portfield on 15 January, as does in-form Scot "
            "Kathy Doe.")
    # "Which Briton runs ...?", not "Which briton"
    shorts_ = [q.prompt for q in bank_for_text(text) if q.type == "short"]
    assert shorts_ and all("briton" not in p for p in shorts_), shorts_


def test_what_puts_a_year_ahead_and_what_does_not():
    from studykit.generate import _without_lead_in, possessive_slip, still_to_come
    from studykit.nlp import parse_texts

    def year(sentence: str, y: str):
        doc = parse_texts([sentence])[0]
        tok = next(t for t in doc if t.text == y)
        return doc[tok.i:tok.i + 1]

    assert still_to_come(year("The report is due in 2006, Acme said.", "2006"))
    assert not still_to_come(year("Jane Doe has set a new British record, her best since 2002.", "2002"))
    assert _without_lead_in("In particular cases, the court allows appeals.").startswith("In particular cases")
    doc = parse_texts(["Judges at the Hague's international court ruled on Monday."])[0]
    assert not any(possessive_slip(t) for t in doc if t.tag_ == "POS")


def test_a_however_inside_the_clause_is_dropped_with_the_sentence_it_answers():
    text = "Westfield history\n\nThe first settler to arrive at the Westfield harbour was however Anna Berg, in 1688."
    prompts = [q.prompt for q in bank_for_text(text) if q.type != "short"]
    assert prompts and not any("however" in p for p in prompts), prompts


def test_a_relative_clause_names_its_person_in_full():
    text = ("Tom Rivers leads the Westfield Trust.\n\nBut Mr Rivers, who won the £30,000 Portfield painting prize in "
            "2003, said arts funding should be separate from government.")
    prompts = shorts(text)
    assert "When did Tom Rivers win the £30,000 Portfield painting prize?" in prompts, prompts


def test_a_person_gets_multiple_choice_only_among_people_described_alike():
    text = ("Westfield film awards\n\nPaul Hendry, John Roe, Mark Owen and Peter Small star in Harbour, a film set "
            "in Portfield. The best director award at the Westfield awards went to Tom Rivers for Harbour.")
    bank = bank_for_text(text)
    assert [q for q in bank if q.answer == "Tom Rivers"]  # still asked
    assert not [q for q in bank if q.type == "choice" and q.answer == "Tom Rivers"]  # its actors are no rivals
    alike = ("Westfield film awards\n\nDirectors Paul Hendry, John Roe and Mark Owen are nominated in Westfield. "
             "Director Tom Rivers won the best director award for Harbour, the Westfield academy said in 2004.")
    choices = [q.choices for q in bank_for_text(alike) if q.type == "choice" and q.answer == "Tom Rivers"]
    assert all(set(c) <= {"Tom Rivers", "Paul Hendry", "John Roe", "Mark Owen"} for c in choices), choices


def test_a_name_first_given_in_a_possessive_is_the_full_answer():
    text = ("Film festival drops film\n\nThe festival was due to screen Dutch film-maker Piet Van Dijk's film Harbour "
            "in Eastwick. Van Dijk was attacked in November 2004, following threats he received about his film.")
    answers = {q.answer for q in bank_for_text(text) if q.type == "cloze" and q.prompt.startswith("_____ was attacked")}
    assert answers == {"Piet Van Dijk"}, answers



def test_a_count_its_sentence_lists_gives_itself_away():
    text = "Westfield athletics\n\nTwo task forces have been set up in Portfield to examine doping and nutrition."
    assert not [q for q in bank_for_text(text) if q.fact == "figure"]
    kept = "Westfield athletics\n\nThe Portfield judges postponed by two weeks the case against Tom Rivers and Jane Doe."
    assert [q for q in bank_for_text(kept) if q.fact == "figure"]  # weeks are no count of the two


def test_an_aside_the_parse_runs_past_its_dash_cuts_no_question_short():
    text = ("Five million visitors made the Portfield gallery - which houses treasures like Jane Doe's Madonna of "
            "the Pinks - the most visited museum in Westfield in 2004.")
    assert not [p for p in shorts(text) if p.endswith("made the Portfield gallery?")], shorts(text)


@pytest.mark.parametrize("check,sentence,figure,derived", [
    # two others add up to it (or differ by it)
    ("sum_of_two_others", "As of 2010, worldwide membership was about 12 million: 7.2 million in Westfield, "
     "and 4.4 million in Portfield.", "about 12 million", True),
    ("sum_of_two_others", "The club sold 4,000 tickets, 1,500 more than the 2,500 it sold a year before.", "1,500", True),
    ("sum_of_two_others", "Acme has 7.2 million customers in Westfield, 4.4 million in Portfield and 30 million worldwide.",
     "30 million", False),
    ("sum_of_two_others", "Sales of 7.2 million units brought in $4.4 million, or $11.6 million with services.",
     "$11.6 million", False),
    # shares of one whole that add up to 100% give each other away
    ("completes_a_whole", "In 1940 Westfield was 94.0% white, 3.3% black and 2.7% Asian, according to the census.",
     "94.0%", True),
    ("completes_a_whole", "In 1940 Westfield was 94.0% white, 3.3% black and 2.7% Asian, according to the census.",
     "2.7%", True),
    ("completes_a_whole", "Acme's sales rose 12% in Westfield and 8% in Portfield last year.", "12%", False),
])
def test_a_figure_its_sentence_computes_is_no_blank(check, sentence, figure, derived):
    # the sentence does the sums for the student, and a false statement contradicts itself
    from studykit import generate
    from studykit.nlp import load_pipeline

    doc = load_pipeline()(sentence)
    span = next(e for e in doc.ents if e.text == figure)
    assert getattr(generate, check)(span) is derived


@pytest.mark.parametrize("text,question,answer", [
    # a predicate noun classes the subject: "Who is a modified version of ...?" is no English
    # ("a modified version" would be one of many, and no question: test_one_of_many_is_no_question)
    ("Norvik Relay is the standard version of the Westfield protocol, used by Acme Networks since 1990.",
     "What is the standard version of the Westfield protocol?", "Norvik Relay"),
    # a treaty the model labels a body, by what its abbreviation stands for
    ("The Westfield Union Treaty (WUT) was signed by twelve states in 1990. "
     "The WUT excludes the Norvik Islands from the trade zone.",
     "What excludes the Norvik Islands from the trade zone?", "Westfield Union Treaty"),
])
def test_what_for_a_body_that_is_a_thing(text, question, answer):
    assert shorts(text).get(question) == answer, shorts(text)


@pytest.mark.parametrize("text,meant", [
    ("Tom Rivers was born in Westfield in 1856. In 1870, Rivers moved to Portfield.", "Tom Rivers"),
    # two people of that name: the lone surname may be either, so it is not given in full
    ("Tom Rivers was born in Westfield in 1856. His father, Paul Rivers, was a priest. "
     "In 1870, Rivers moved to Portfield.", None),
])
def test_a_surname_is_given_in_full_only_when_one_person_bears_it(text, meant):
    from studykit import references
    from studykit.nlp import load_pipeline

    doc = load_pipeline()(text)
    surname = [t for t in doc if t.text == "Rivers"][-1]
    assert references.full_name(surname) == meant


def test_a_pronoun_before_the_name_it_stands_for_is_not_someone_earlier():
    # "When she was 12, Anna Berg moved ...": she is Anna Berg, not the Jane Doe named before
    text = ("Westfield Ballet\n\nJane Doe founded the Westfield Ballet in 1950. When she was 12, Anna Berg "
            "moved to Westfield with her family, and she joined the Westfield Ballet in 1961.")
    prompts = prompts_for(text)
    assert not any("When Jane Doe was" in p for p in prompts), prompts


def test_a_word_short_for_an_institution_is_no_surname():
    # the article names Norvik University and Tom Norvik: "Norvik was formed" is the university
    text = ("Norvik University\n\nNorvik University is the oldest university in Portfield. The college was renamed "
            "after Tom Norvik, who left it his library in 1638. Norvik was formed in 1636 by a vote of the "
            "Portfield town council.")
    prompts = prompts_for(text)
    assert any(p.startswith("Norvik was formed") for p in prompts), prompts
    assert not any("Tom Norvik was formed" in p or "Tom Norvik formed" in p for p in prompts), prompts


def test_false_statements_never_swap_a_person():
    # "Henry IV's electric light bulbs", "Tony Blair, chief inspector of schools": a swapped name is
    # absurd or true of someone else far more often than plainly false (32 of 57 passed readings)
    text = ("Portfield talks\n\nTalks on the future of Portfield begin at Tom Rivers's country residence on Wednesday. "
            "Norvik is represented by its foreign minister, Paul Hendry. Anna Berg, the Westfield envoy, said the "
            "talks were useful.")
    people = ("Tom Rivers", "Paul Hendry", "Anna Berg")
    for seed in range(6):
        for q in bank_for_text(text, seed=seed, types=["truefalse"]):
            if q.answer == "False":
                assert [p for p in people if p in q.prompt] == [p for p in people if p in q.explanation], q


@pytest.mark.parametrize("sentence", [
    "Many centuries later Tom Rivers built on the work of Anna Berg at the Portfield Institute in 1990.",
    "Much went for arms purchases in Norvik in 1975.",  # much of what?
    "Let's say ten times more.",  # someone speaking, not a fact
    "The $1.2 billion stadium opened in 2014.",  # a price does not say which stadium
    "Another important library, the Portfield Library, founded in 1816, is home to over two million items.",
])
def test_sentences_that_lean_on_the_one_before_make_no_items(sentence):
    text = "Westfield history\n\nAnna Berg founded the Westfield Academy in 1850. " + sentence
    prompts = prompts_for(text)
    assert not any("1850" not in p and "Westfield Academy" not in p for p in prompts), prompts


@pytest.mark.parametrize("text,wrong", [
    # "since" wants "has brought", "by" a deadline ahead or "had peaked"
    ("Norvik numbers peaked near an estimated two million by 1562, concentrated mainly in the south of Westfield.",
     "By when did"),
    ("By 1931 the Westfield Traction Company operated 47 streetcars over 49 miles of track.", "By when did"),
    # the doer of a passive is no amount: "By how many children were winners voted?"
    ("Winners were voted for by about 6,000 children from a Westfield shortlist picked by an adult panel.",
     "By how many"),
])
def test_since_and_by_questions_need_their_tense(text, wrong):
    assert not any(p.startswith(wrong) for p in shorts(text)), shorts(text)


@pytest.mark.parametrize("text", [
    "One of the most famous people born in Westfield was Anna Berg, who won the Norvik Prize twice.",
    "Anna Berg was one of the most famous people born in Westfield in 1900.",
    # "What was a great fief of medieval Norvik?": any of the fiefs answers
    "The Duchy of Westfield, which they formed by treaty with the Norvik crown, was a great fief of medieval Norvik.",
])
def test_one_of_many_is_no_question(text):
    # "Who was one of the most famous people born in Westfield?" has as many answers as famous people
    assert not shorts(text), shorts(text)


def test_a_sentence_that_names_is_not_asked_when():
    # "When was the first European to travel the river Tom Rivers?" reads as nonsense
    text = "The first European to travel the length of the Norvik River was Tom Rivers in 1542."
    assert not any(p.startswith("When") for p in shorts(text)), shorts(text)
    # "Where has the official home of the Parliament been a new Parliament Building since 2004?"
    text = ("Since September 2004, the official home of the Westfield Parliament has been a new Westfield "
            "Parliament Building, in the Holyrood area of Norvik.")
    assert not any(p.startswith(("Where", "Since when")) for p in shorts(text)), shorts(text)
    assert "When was Tom Rivers the chair of the Westfield Panel?" in shorts(
        "Tom Rivers was the chair of the Westfield Panel in 1990.")


def test_a_by_question_about_a_deadline_stays():
    assert "By when will the Westfield bridge be finished?" in shorts("The Westfield bridge will be finished by 2027.")


def test_a_period_is_no_place():
    # "Where was Westfield the kingdom's northern fortress? -- Middle Ages"
    text = "Throughout the Middle Ages, Westfield was the northern fortress of Norvik."
    assert not any(p.startswith("Where") for p in shorts(text)), shorts(text)


def test_both_needs_its_pair_in_the_sentence():
    alone = ("Westfield history\n\nBoth terms can refer to the khanate ruled by the Westfield kings before the "
             "founding of Norvik by Tom Rivers in 1271.")
    paired = "Westfield awards\n\nTom Rivers and Anna Berg were both winners at the 2004 Westfield Film Awards."
    assert bank_for_text(alone) == []
    assert any(q.type == "truefalse" for q in bank_for_text(paired))


def test_a_short_question_keeps_the_name_that_says_which_thing():
    # "When did Acme Bank launch a new product?": which one, only "called WestCard" says
    asked = shorts("In September 1958, Acme Bank launched a new product called WestCard.")
    assert asked.get("When did Acme Bank launch a new product called WestCard?") == "September 1958", asked


def test_it_classed_by_a_relative_clause_is_no_dummy_it():
    # "It is an industry that is growing": which industry, the sentence before said
    text = ("Creative boom\n\nWestfield's design trade employs 40,000 people. "
            "It is an industry that is growing by 6% a year too.")
    assert not any("It is an industry" in q.prompt for q in bank_for_text(text))


def test_it_before_a_that_clause_is_still_a_dummy_it():
    text = ("Trial rights\n\nWestfield Rights Watch met in Norvik on Monday. A spokeswoman for Westfield Rights "
            "Watch said it was a \"basic principle\" that people should only be punished after a fair trial.")
    assert any(q.type == "truefalse" for q in bank_for_text(text))


def test_a_participle_on_the_answer_keeps_the_question_from_being_asked():
    # the model may hang "demanding ..." on the person written to: it would leave with the answer
    text = "Tory leader Tom Rivers has written to Tony Hendry demanding an explanation of the new rules on e-mail retention."
    got = shorts(text)
    assert got and not any(p.startswith("To whom") and "demanding" not in p for p in got), got


def test_a_when_question_keeps_no_second_time():
    # the second place's date stays in the question, which then asks when of two moves
    qs = shorts("In May 2000, the Parliament was temporarily relocated to the former Westfield Regional Council "
                "debating chamber in Portfield, and to the University of Norvik in May 2002.")
    assert not [p for p, a in qs.items() if p.startswith("When") and "May 2002" in p], qs
    # a year inside a name is no second time, nor is a length ("to nine months by 2007")
    assert "When will Tom Rivers take part in the 2005 Westfield Grand Prix in Portfield?" in \
        shorts("Tom Rivers will take part in the 2005 Westfield Grand Prix in Portfield on 18 February.")
    assert any(p.startswith("By when") for p in shorts("Paid leave would be increased to nine months by 2007, "
                                                        "Jane Doe told the Westfield Gazette."))


@pytest.mark.parametrize("text,lost", [
    # without its clause, the noun names nothing: which cafe, which river, which building?
    ("Laws on cafe opening hours were introduced in 2002 following a fire at one cafe that killed 25 people.",
     "one cafe"),
    ("The council closed the bridge over the river that flooded 300 homes in 2004.", "the river"),
    ("The congregation was founded in 1767, and in 1769 it purchased the shell of a building which had been "
     "erected in 1763 by a Westfield congregation.", "the building"),
    ("The investigation was begun by teams of scientists who visited Westfield in 1894.", "scientists"),
    # the clause may belong to the nearer noun: was the museum founded, or the school?
    ("This led to the transfer to the museum of the School of Design that had been founded in 1837 at "
     "Westfield House.", "the museum"),
    ("Sony, Norvik and Acme, who have been working on the Cell processor for three years, will unveil the chip "
     "at a technology conference.", "have Sony"),  # "have Sony been working": all three have
])
def test_a_clause_s_noun_must_name_something_on_its_own(text, lost):
    assert not [p for p in shorts(text) if lost in p], shorts(text)


def test_a_clause_s_noun_named_or_renamed_keeps_its_question():
    assert shorts("Campaigners want to reopen a Westfield rail link which was closed in 1969.") == \
        {"When was the Westfield rail link closed?": "1969"}
    assert "How many manned missions did Norvik support in 1973–74?" in \
        shorts("Norvik, a space station that supported three manned missions in 1973–74, fell in 1979.")
    assert "When did the Museum of Modern Art open?" in \
        shorts("The Museum of Modern Art, which opened in 1929, drew 3 million visitors.")  # one name


def test_what_was_reported_as_stays_in_the_question():
    # "When did the Gazette report the merger?": it may have reported it often; the "as" phrase is what it said
    assert shorts("In 1940, the Westfield Gazette reported the Norvik merger as a failure.") == {
        "When did the Westfield Gazette report the Norvik merger as a failure?": "1940"}
    # (the year a population was reported is a snapshot and asks nothing: test_the_day_a_figure_was_taken...)
    assert shorts("In 1940, the Census Bureau reported Westfield's population as 94.0% white.") == {
        "Who reported Westfield's population as 94.0% white in 1940?": "the Census Bureau"}


def test_a_class_the_subject_is_in_is_no_description_blank():
    # "Westfield is _____": a member of any group it belongs to fills it; "the most ..." names one
    blanks = {q.answer for q in bank_for_text("Westfield is a member of the Northern Core Cities Group and is a "
                                              "member of the Eurocities network.", types=["cloze"])}
    assert "a member of the Northern Core Cities Group" not in blanks, blanks
    blanks = {q.answer for q in bank_for_text("Westfield is Norvik's most densely populated county and its "
                                              "second-most populous county overall.", types=["cloze"])}
    assert "Norvik's most densely populated county" in blanks, blanks


def test_letters_for_the_headline_s_name_are_the_topic():
    body = ("The treaties establish the NU institutions, and explain the areas in which the NU can legislate "
            "with Directives or Regulations.")
    assert any(q.answer == "NU" for q in bank_for_text("Treaty law\n\n" + body))
    assert not any(q.answer == "NU" for q in bank_for_text("Nordic Union law\n\n" + body))  # the headline's NU


def test_a_date_things_were_done_by_has_no_wrong_years():
    # "by 1926" is not plainly false where the article says "by 1931", and "by 1935" is true
    text = "Westfield trams\n\nBy 1931 the Westfield Traction Company operated 47 streetcars over 49 miles of track."
    for seed in range(6):
        for q in bank_for_text(text, seed=seed):
            assert not (q.fact == "date" and (q.type == "choice" or (q.type == "truefalse" and q.answer == "False"))), \
                (q.type, q.prompt, q.choices)


@pytest.mark.parametrize("text", [
    "Norvik results\n\nAs of 31 March 2008, Norvik TV had 3,393,000 subscribers.",
    # the day a source said it
    "Norvik results\n\nAccording to the Westfield Times on July 22, 2014, Norvik TV had 3,393,000 subscribers.",
    # the year a population was counted or an estimate made
    "Norvik\n\nNorvik covers 58,000 km2, and had a population of approximately 3,393,000 people in July 2014.",
    "Norvik\n\nIn 2015, Acme Research estimated that 3.6% of the Norvik population, or 3,393,000 adults, "
    "belong to the Westfield Church.",
])
def test_the_day_a_figure_was_taken_is_no_blank(text):
    items = [q for seed in range(4) for q in bank_for_text(text, seed=seed)]
    assert not [q for q in items if q.fact == "date"], [(q.type, q.prompt) for q in items if q.fact == "date"]
    assert any("3,393,000" in q.answer for q in items)  # the figure itself is still asked


def test_a_name_after_the_is_no_surname_to_fill_out():
    # the model takes "the Alpine Rhine" for a person; "the Rhine" later is no "Rhine" of hers
    text = ("Rhine\n\nThe Alpine Rhine begins in the canton of Graubunden. Lake Westmere is fed by a connecting "
            "stretch of the Rhine, called the Seerhein, since 1950.")
    prompts = [q.prompt for q in bank_for_text(text) if "Westmere" in q.prompt]
    assert prompts and not [p for p in prompts if "Alpine" in p], prompts


def test_a_common_noun_opening_the_sentence_loses_its_capital():
    # the article never writes "tension" in lower case, but the tagger's common noun is no name
    assert shorts("Tension with Westfield led to a siege by the royal army in 1622.") == \
        {"When did tension with Westfield lead to a siege by the royal army?": "1622"}


def test_a_census_year_gets_other_census_years():
    text = "Westfield\n\nThe Census Bureau first counted Westfield's suburbs in 1940. It grew in 1975."
    years = [c for seed in range(5) for q in bank_for_text(text, seed=seed, types=["choice"]) if q.answer == "1940"
             for c in q.choices]
    assert years and all(int(y) % 10 == 0 for y in years), years


def test_a_compass_direction_is_no_place_to_ask():
    text = ("The Westfield river later forms the border between Norvik to the West and Portfield and later Eastmark "
            "to the East.")
    assert not [q for q in bank_for_text(text) if q.answer in ("East", "West")]


def test_a_count_keeps_the_day_it_was_taken():
    assert shorts("Norvik TV had 3,393,000 subscribers as of 31 March 2008.") == {
        "How many subscribers did Norvik TV have as of 31 March 2008?": "3,393,000",
        "Who had 3,393,000 subscribers as of 31 March 2008?": "Norvik TV"}
    # put first, the phrase would stay first ("did Norvik TV as of 2008 have"): no question then
    assert not shorts("As of 31 March 2008, Norvik TV had 3,393,000 subscribers.")


@pytest.mark.parametrize("dash", ["\u2014", " \u2014 ", " - "])
def test_an_aside_between_dashes_goes_whole_or_not_at_all(dash):
    text = (f"In 1872, the Westfield Railroad established a station near Easterby's{dash}by now a hugely "
            f"productive wheat farm{dash}for its new Southern line.")
    for prompt in shorts(text):
        assert prompt.count(dash.strip()) % 2 == 0, prompt
    # a range's dash is no fence
    assert "How many manned missions did Norvik support in 1973\u201374?" in \
        shorts("Norvik, a space station that supported three manned missions in 1973\u201374, fell in 1979.")


def test_a_counted_phrase_names_what_it_counts_from():
    prompts = shorts("Within two months of the launch, Norvik TV gained 400,000 new subscribers.")
    assert not [p for p in prompts if "the launch" in p], prompts  # the launch of what?


def test_an_opening_line_that_restates_a_two_word_headline_is_not_stated_true():
    text = ("Westfield, Norvik\n\nWestfield, the county seat of Westfield County, is a city in the state of Norvik. "
            "The town grew fast after the railway came in 1872.")
    assert not [q for q in bank_for_text(text) if q.type == "truefalse" and q.answer == "True"
                and q.prompt.startswith("Westfield, the county seat")]


def test_letters_the_article_spelled_out_are_written_out():
    text = ("Berg cleared to race\n\nNorvik Athletics (NA) had suspended Jane Doe for missing a training camp. "
            "NA also dropped its harsh stance on three-time world champion Anna Berg in 2004. "
            "The Westfield Trade Commission (WTC) opened an inquiry in 2001. The WTC Bureau met in 2003.")
    prompts = prompts_for(text)
    assert any(p.startswith("Norvik Athletics dropped its harsh stance") for p in prompts), prompts
    assert not [p for p in prompts if re.search(r"(?<!\()\bNA\b", p)], prompts  # never the bare letters
    assert any("When did Norvik Athletics drop" in p for p in prompts), prompts
    # "the" for a body's name; the letters of another name ("WTC Bureau") stay
    assert not [p for p in prompts if "Westfield Trade Commission Bureau" in p], prompts


def test_a_phrase_set_off_inside_a_list_is_no_adverbial_of_the_verb():
    # "with Tom Rivers" belongs to the last of the three things launched, not to the first
    text = ("Jane Doe helped launch the Ballet Club at the Mercury Theatre (later the Westfield Ballet), the Vic "
            "Wells Ballet, and then, with Tom Rivers, the Doe-Rivers Ballet.")
    assert not [p for p, a in shorts(text).items() if a == "Tom Rivers"], shorts(text)


def test_a_continent_is_no_blank():
    items = bank_for_text("Westfield history\n\nGenghis Khan and his successors expanded the Westfield empire "
                          "across Asia.")
    assert not [q for q in items if q.type in ("cloze", "choice") and q.answer == "Asia"]


def test_a_pair_of_centuries_moves_by_a_few_and_stays_in_the_past():
    text = ("Imperialism\n\nThe term imperialism has been applied to Western political and economic dominance in "
            "Asia and Africa in the 19th and 20th centuries.")
    options = [c for seed in range(6) for q in bank_for_text(text, seed=seed, types=["choice", "truefalse"])
               for c in (q.choices or [q.prompt])]
    pairs = [tuple(map(int, re.findall(r"(\d+)(?:st|nd|rd|th)", o))) for o in options]
    assert pairs and all(len(p) == 2 and max(p) <= 21 for p in pairs), options
    assert not any(re.search(r"\d(?:1th|2th|3th)\b|1[123](?:st|nd|rd)\b", o) for o in options), options


def test_a_false_statement_moves_a_year_by_three_at_least():
    text = "Westfield words\n\nThe phrase taking coals to Westfield was first recorded in 1538."
    falses = [q.prompt for seed in range(12) for q in bank_for_text(text, seed=seed, types=["truefalse"])
              if q.answer == "False"]
    years = [int(re.search(r"\b(1\d{3})\b", p).group(1)) for p in falses]
    assert years and all(abs(y - 1538) >= 3 for y in years), falses


def test_who_said_needs_a_speaker_named_in_full():
    text = 'Acme chips\n\n"Speed is very important because of the pace of competition," said Mr Rivers in 2004.'
    assert not [q for q in bank_for_text(text) if q.fact == "quotation"]
    named = ('Acme chips\n\nAcme boss Tom Rivers opened the plant in 2003. "Speed is very important because of '
             'the pace of competition," said Mr Rivers.')
    assert [q.answer for q in bank_for_text(named) if q.fact == "quotation" and q.type == "short"] == ["Tom Rivers"]


def test_a_forecast_year_is_not_swapped():
    # "For 2008, Acme is projecting ..." is a forecast the article never denies; a set day still moves
    text = ("Acme outlook\n\nFor 2005, Acme is projecting operating earnings growth of around 5%, and also expects "
            "higher revenue and wider profit margins.")
    for seed in range(8):
        for q in bank_for_text(text, seed=seed, types=["truefalse"]):
            assert not (q.answer == "False" and "For 2005" not in q.prompt), q.prompt
    event = "Dublin run\n\nSonia Doe will take part in the Great Westfield Run on 9 April in Dublin."
    assert any(q.answer == "False" for seed in range(8) for q in bank_for_text(event, seed=seed, types=["truefalse"]))


def test_a_time_word_goes_with_the_year_it_leads():
    # "When did Tom Rivers visit the Westfield area later?" keeps a "later" that belonged to "in 1804"
    text = ("Tom Rivers visited the Westfield area later in 1804 and the colliery railways in Norvik "
            "became the leading centre for experiments.")
    asked = shorts(text)
    assert asked.get("When did Tom Rivers visit the Westfield area?") == "1804", asked
    assert not any("later" in p for p in asked if p.startswith("When")), asked


def test_a_verb_is_not_asked_without_what_it_says():
    # the model hangs "that ..." on another verb: "When did Anna Berg observe?" says nothing of what
    text = ("This origin was first suggested by the Norvik biologist Tom Rivers in 1905 after Anna Berg "
            "observed in 1883 that chloroplasts closely resemble cyanobacteria.")
    assert not any(p.endswith("observe?") for p in shorts(text)), shorts(text)


def test_the_size_of_a_top_list_is_not_swapped():
    # "the top 600 own more than half" is as true as "the top 400"; "made the top 6" is no plain denial
    text = ("Westfield prize list\n\nThe Acme recorder is the newest device to make the top 10, which "
            "includes the Norvik camera and the Westfield phone.")
    for seed in range(6):
        assert not [q.prompt for q in bank_for_text(text, seed=seed) if q.answer == "False"]


def test_last_years_base_of_a_change_is_no_blank():
    # "increases compared with 2003" in a story of 2004: the base is simply the year before
    text = ("Westfield museums\n\nWestfield museums had 5.2 million visitors in 2004. Popular spots such as "
            "the Norvik Gallery all recorded increases of more than 10% in visitor numbers compared with 2003.")
    assert not [q.prompt for q in bank_for_text(text) if q.answer == "2003"]
    # a base further back is a fact of its own
    text = ("Westfield ballet\n\nOnly two of 16 principal dancers at the Westfield Ballet are British, "
            "compared to 16 of the 21 principals in 1985.")
    assert [q.prompt for q in bank_for_text(text) if q.answer == "1985"]


def test_a_last_word_the_model_took_for_a_verb_is_not_cut_off():
    # in one article the model read "... to lead the world triple jump rankings." with "rankings" as a
    # verb joined to "landed"; the question must not end "... the world triple jump?". The parse is
    # the model's own, rebuilt here with invented names since it depends on the sentences around it.
    from spacy.tokens import Doc, Span

    from studykit.transform import Display, make_wh_question

    nlp = load_pipeline()
    words = ["Rivers", "landed", "17.30", "m", "at", "the", "Norvik", "trials", "in", "Westfield", "last",
             "month", "to", "lead", "the", "world", "triple", "jump", "rankings", "."]
    heads = [1, 1, 3, 1, 1, 7, 7, 4, 7, 8, 11, 1, 13, 1, 17, 17, 17, 13, 1, 1]
    deps = ["nsubj", "ROOT", "nummod", "dobj", "prep", "det", "amod", "pobj", "prep", "pobj", "amod", "npadvmod",
            "aux", "advcl", "det", "nmod", "amod", "dobj", "conj", "punct"]
    tags = ["NNP", "VBD", "CD", "NN", "IN", "DT", "JJ", "NNS", "IN", "NNP", "JJ", "NN", "TO", "VB", "DT", "NN",
            "JJ", "NN", "VBZ", "."]
    pos = ["PROPN", "VERB", "NUM", "NOUN", "ADP", "DET", "ADJ", "NOUN", "ADP", "PROPN", "ADJ", "NOUN", "PART",
           "VERB", "DET", "NOUN", "ADJ", "NOUN", "VERB", "PUNCT"]
    lemmas = ["Rivers", "land", "17.30", "m", "at", "the", "norvik", "trial", "in", "Westfield", "last", "month",
              "to", "lead", "the", "world", "triple", "jump", "ranking", "."]
    spaces = [True] * 19 + [False]
    spaces[2] = spaces[18] = False
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas,
              sent_starts=[True] + [False] * 19, ents=["B-PERSON", "O", "B-CARDINAL"] + ["O"] * 6 + ["B-GPE", "B-DATE",
                                                                                               "I-DATE"] + ["O"] * 8)
    place = Span(doc, 9, 10, label="GPE")
    assert make_wh_question(place, "place", "GPE", Display(doc.text)) is None


@pytest.mark.parametrize("text,answer", [
    # readers of what? the magazine that asked them was named in an earlier sentence
    ("17% of readers have switched suppliers and a further 16% are considering changing in the near future.", "17%"),
    # users of what service?
    ("Users get a physical token which automatically generates a code which stays active for 60 seconds.",
     "60 seconds"),
])
def test_readers_and_users_of_something_named_before_need_it(text, answer):
    assert not [q.prompt for q in bank_for_text("Norvik energy prices\n\n" + text) if answer in q.answer]


def test_users_a_sentence_names_the_service_of_are_kept():
    text = "Westfield Grid\n\nWestfield Grid costs users $1 for an hour's worth of processing power."
    assert [q.prompt for q in bank_for_text(text) if q.answer == "$1"]


def test_words_said_to_the_speaker_are_not_hers():
    # she tells of the hostility she met; the quote is what others said to her
    text = ("Women MPs reveal taunts\n\nAnna Berg told researchers of the sheer hostility prompted by her "
            'advancement to the Cabinet: "Well, you\'ve only succeeded because you\'re a woman."')
    assert not [q.prompt for q in bank_for_text(text) if q.fact == "quotation"]
    # her own words after "told researchers" stay hers
    own = 'Women MPs reveal taunts\n\nAnna Berg told researchers: "We were treated as outsiders for years."'
    assert shorts(own).get('Who said: "We were treated as outsiders for years"?') == "Anna Berg", shorts(own)


@pytest.mark.parametrize("sentence", [
    "Britain's Jane Doe finished fifth in 7.35.",
    "Norvik's Tom Rivers won in 7:39.89 as Jo Bloggs battled to second in 7:41.42.",
])
def test_a_race_result_without_the_race_is_no_statement(sentence):
    text = "Westfield indoor meeting\n\nThe Westfield indoor meeting drew 5,000 fans on Sunday. " + sentence
    assert not [q.prompt for q in bank_for_text(text) if q.type == "truefalse" and "Westfield" not in q.prompt]


def test_a_race_result_that_names_the_race_is_stated():
    text = "Westfield indoor meeting\n\nBritain's Jane Doe finished fifth in the 60m final in 7.35."
    assert [q.prompt for q in bank_for_text(text) if q.type == "truefalse"]


def test_an_its_whose_owner_the_question_drops_is_not_asked():
    # "its adoption" was the treaty's; "When did Norvik reject its adoption?" gives it to Norvik
    text = "The Westfield treaty suffered setbacks when Norvik rejected its adoption in 2004."
    assert not any("its" in p for p in shorts(text)), shorts(text)
    # (when the dropped clause's subject could own it too, the question goes as well: an owner the
    # reader cannot tell is no question)
    assert shorts("Westfield Bank doubled its profits in 2004.") == {"When did Westfield Bank double its profits?": "2004"}


@pytest.mark.parametrize("sentence", [
    "A commercial system could be as far away as 2012, though Acme did not rule out an earlier date.",
    "Norvik, which attends the summit of seven leading nations on Friday, is unlikely to be cowed by its status.",
])
def test_a_guess_in_the_articles_own_voice_is_no_statement(sentence):
    text = "Westfield networks\n\nAcme opened a network in Westfield on Monday. " + sentence
    assert not [q.prompt for q in bank_for_text(text) if q.type == "truefalse" and q.prompt.startswith(sentence[:12])]


def test_a_guess_someone_made_is_stated():
    text = ("Westfield networks\n\nAcme opened a network in Westfield on Monday. Tom Rivers, chairman of the "
            "Norvik Foundation, warned that Acme could use patent lawsuits in the future.")
    assert [q.prompt for q in bank_for_text(text) if q.type == "truefalse" and "lawsuits" in q.prompt]


def test_a_day_of_an_earlier_year_is_asked_with_its_year_or_not_at_all():
    # "When were three study contracts awarded? - October 25": of 1960, in a text that runs to 1975
    text = ("Norvik space programme\n\nThe Norvik space programme was proposed in 1960. On October 25, three "
            "study contracts were awarded to Acme, Westfield Aircraft and the Portfield Company. "
            "The last flight took place in 1975.")
    assert not [q.prompt for q in bank_for_text(text) if q.answer == "October 25"]
    # in news, a day without a year is this year's
    news = ("Westfield run\n\nTom Rivers won the Westfield run in 2004. "
            "Jane Doe will take part in the Westfield run on 9 April.")
    assert [q.prompt for q in bank_for_text(news) if q.answer == "9 April"]


def test_likewise_points_back_to_the_sentence_before():
    # "Norvik farmers were likewise driven off their land": like whom, only the article said
    text = ("Westfield war\n\nNorvik farmers were likewise driven off their land to make way for settlers "
            "from Westfield.")
    assert not bank_for_text(text), [q.prompt for q in bank_for_text(text)]
    assert bank_for_text(text.replace(" likewise", ""))  # the same sentence without it gives items


@pytest.mark.parametrize("sentence", [
    "In 1644 the Norvik army then captured the fort at Westfield after a long siege.",
    "The North and South Courts of the Westfield Museum were then built in June 1862.",
])
def test_then_points_back_to_the_sentence_before(sentence):
    text = "Westfield history\n\n" + sentence
    # a short question leaves the "then" out and stands; a statement or a blank keeps it
    assert not [q.prompt for q in bank_for_text(text) if " then " in q.prompt]
    assert [q for q in bank_for_text(text.replace(" then", "")) if q.type in ("cloze", "truefalse")]
    # "and then", a sequence inside the sentence, points nowhere
    listed = "Westfield history\n\nAnna Berg founded the Norvik Ballet in 1931 and then the Westfield Ballet in 1935."
    assert bank_for_text(listed)


def test_a_count_on_average_keeps_its_average_or_is_not_asked():
    # "How many passwords do people have to remember?" has no one answer without "on average"
    asked = shorts("On average, people in Westfield have to remember four different passwords.")
    assert not any(p.startswith("How many") for p in asked), asked
    assert "How many different passwords do people in Westfield have to remember?" in \
        shorts("People in Westfield have to remember four different passwords.")


def test_a_feeling_with_nothing_it_is_about_is_no_statement():
    from studykit.generate import bare_reaction

    nlp = load_pipeline()
    first = lambda text: next(iter(nlp(text).sents))  # noqa: E731
    assert bare_reaction(first('Tom Rivers, the gallery\'s director, said he was "delighted".'))
    assert not bare_reaction(first("Tom Rivers said he was delighted with the sale of the Norvik painting."))
    assert not bare_reaction(first("Tom Rivers said the gallery was full."))


def test_question_for_asks_no_relative_clause_in_its_sentence():
    """The whole-sentence fallback would leave the relative pronoun beside the wh-word."""
    import studykit

    prompt = studykit.question_for("Anna Blake, whom Tom Rivers married, ran the mill.", "Tom Rivers").prompt
    assert "whom who" not in prompt and "whom what" not in prompt, prompt
