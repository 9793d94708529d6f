"""Answer matching: what a fair teacher accepts, what they reject, and what they call a near miss."""

from __future__ import annotations

import pytest

from studykit.answers import (InvalidAnswer, check_answer, choice_index, date_readings, match_answer,
                              normalise, truth_value)
from studykit.bank import Question, Source

# (expected, fact, typed answer)
ACCEPTED = [
    ("Westgate Bridge", "place", "westgate bridge"),
    ("Westgate Bridge", "place", "  The   Westgate Bridge. "),
    ("Westgate Bridge", "place", "Westgat Bridge"),                 # one typo
    ("the United States", "place", "United Sates"),
    ("Norvik", "organisation", "Novrik"),                            # transposition
    ("Norvik", "organisation", "Norvik's"),
    ("U.S.", "place", "US"),
    ("Café Müller", "place", "cafe muller"),                         # accents
    ("Helen Ortiz", "person", "Ortiz"),                              # a surname is enough
    ("Riverside Council", "organisation", "in Riverside Council"),
    ("March 14th, 2021", "date", "14 Mar 2021"),
    ("March 14th, 2021", "date", "2021-03-14"),
    ("March 14th, 2021", "date", "14/03/2021"),
    ("March 14th, 2021", "date", "3/14/2021"),
    ("March 14th, 2021", "date", "Mar. 14, 2021"),
    ("14 March", "date", "March 14"),                              # the year is not asked
    ("March 2021", "date", "march 2021"),
    ("2021", "date", "in 2021"),
    ("the 15th", "date", "15"),
    ("more than 1,200 days", "date", "1200"),                         # qualified figure, bare number
    ("more than 1,200 days", "date", "1,200"),
    ("more than 1,200 days", "date", "twelve hundred"),
    ("more than 1,200 days", "date", "more than 1200 days"),
    ("more than 1,200 days", "date", "about 1200"),
    ("four years", "date", "4"),
    ("$48 million", "figure", "48 million dollars"),
    ("$48 million", "figure", "48,000,000"),
    ("$48 million", "figure", "forty-eight million"),
    ("45%", "figure", "45 per cent"),
    ("240 metres", "figure", "two hundred and forty meters"),
    ("240 metres", "figure", "240 m"),
    ("1.5 billion", "figure", "1,500,000,000"),
    ("Boeing 737 MAX", "product", "boeing 737 max"),
]

REJECTED = [
    ("Westgate Bridge", "place", "Eastgate Road"),
    ("Norvik", "organisation", "Apple"),
    ("Oslo", "place", "Olso"),                                       # short words get no typo allowance
    ("Iran", "place", "Iraq"),
    ("Boeing 737 MAX", "product", "Boeing 747 MAX"),                 # never a typo inside a number
    ("March 14th, 2021", "date", "March 13, 2021"),
    ("March 14th, 2021", "date", "14 Mar 2020"),
    ("March 14th, 2021", "date", "March 14"),                      # the year is asked
    ("more than 1,200 days", "date", "1300"),
    ("more than 1,200 days", "date", "less than 1200 days"),
    ("more than 1,200 days", "date", "1200 years"),
    ("$48 million", "figure", "48"),
    ("2021", "date", "2020"),
    ("the 15th", "date", "16th"),
    ("Helen Ortiz", "person", "Helen"),
    ("Westgate Bridge", "place", "Westgate"),
    ("Westgate Bridge", "place", ""),
]

NEAR_MISSES = [
    ("March 14th, 2021", "date", "March 14", "give the year too"),
    ("March 14th, 2021", "date", "14 Mar 2020", "check the year"),
    ("Westgate Bridge", "place", "Westgate", "only part of the answer"),
    ("more than 1,200 days", "date", "1200 years", "right number, wrong unit"),
    ("more than 1,200 days", "date", "less than 1200", "right number, wrong qualifier"),
    ("Riverside Council", "organisation", "Riversyde Counsel", "close, but not quite"),
]


@pytest.mark.parametrize("expected,fact,given", ACCEPTED)
def test_accepted(expected, fact, given):
    assert match_answer(expected, given, fact=fact).correct, (expected, given)


@pytest.mark.parametrize("expected,fact,given", REJECTED)
def test_rejected(expected, fact, given):
    assert not match_answer(expected, given, fact=fact).correct, (expected, given)


@pytest.mark.parametrize("expected,fact,given,note", NEAR_MISSES)
def test_near_misses_say_what_is_missing(expected, fact, given, note):
    verdict = match_answer(expected, given, fact=fact)
    assert not verdict.correct and verdict.near and verdict.note == note


def test_typo_is_accepted_with_a_spelling_note_but_exact_is_not():
    assert match_answer("Westgate Bridge", "Westgat Bridge").note == "mind the spelling"
    assert match_answer("Westgate Bridge", "westgate bridge").note == ""


def test_year_in_the_prompt_need_not_be_repeated():
    prompt = "In 2021, on what day did Norvik launch the phone?"
    assert match_answer("March 14, 2021", "March 14", fact="date", prompt=prompt).correct
    cloze = "On _____, after more than 1,200 days, Norvik launched the phone."
    assert not match_answer("March 14, 2021", "March 14", fact="date", prompt=cloze).correct


def test_durations_are_not_read_as_calendar_dates():
    assert date_readings("four years") == ()
    assert date_readings("more than 1,200 days") == ()
    assert {(r.year, r.month, r.day) for r in date_readings("03/08/2021")} == {(2021, 8, 3), (2021, 3, 8)}


def test_normalise_drops_case_punctuation_articles_and_spells_numbers():
    assert normalise("  The U.S.-based  firm's 1,200 staff!") == "us based firm 1200 staff"
    assert normalise("twelve hundred") == normalise("1,200") == "1200"


def _question(qtype, answer, **extra):
    return Question(id="q", type=qtype, prompt="Prompt _____?", answer=answer, fact=extra.pop("fact", "place"),
                    source=Source("d", "Sentence."), score=1.0, **extra)


CHOICES = ["Calder Works", "Riverside Council", "Portfield Rail", "Westgate Ltd"]


@pytest.mark.parametrize("typed,index", [
    ("b", 1), ("B", 1), ("(b)", 1), ("B)", 1), ("2", 1), ("riverside council", 1), ("Riverside Counsil", 1),
    ("d.", 3), ("calder works", 0),
])
def test_choice_by_letter_number_or_text(typed, index):
    assert choice_index(CHOICES, typed) == index


def test_choice_outside_the_options_is_invalid_not_wrong():
    question = _question("choice", "Calder Works", choices=CHOICES)
    for typed in ("E", "5", "Mars Corp"):
        with pytest.raises(InvalidAnswer):
            check_answer(question, typed)
    assert check_answer(question, "A").correct and not check_answer(question, "C").correct


def test_numeric_choices_typed_as_text():
    assert choice_index(["800", "1,200", "2,000"], "1200") == 1
    assert choice_index(["800", "1,200", "2,000"], "2") == 1  # a small number is the position


@pytest.mark.parametrize("typed,value", [
    ("t", True), ("T", True), ("true", True), ("Yes", True), ("y", True), ("ture", True),
    ("f", False), ("False", False), ("no", False), ("n", False), ("fasle", False),
    ("maybe", None), ("", None),
])
def test_truth_values(typed, value):
    assert truth_value(typed) is value


def test_truefalse_question():
    question = _question("truefalse", "False")
    assert check_answer(question, "no").correct and not check_answer(question, "yes").correct
    with pytest.raises(InvalidAnswer):
        check_answer(question, "perhaps")


def test_accept_list_and_empty_answer():
    question = _question("short", "United Kingdom", accept=["Britain", "UK"])
    assert check_answer(question, "britain").correct and check_answer(question, "U.K.").correct
    assert not check_answer(question, "   ").correct
