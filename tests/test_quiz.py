"""`studykit quiz`, `review` and `stats`: piped answers through CliRunner, a real terminal through
pexpect, and real processes for the start-to-store path (including one killed mid-quiz)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pexpect
import pytest
from click.testing import CliRunner

from conftest import ROOT
from quizbank import QUESTIONS, right_answer, wrong_answer, write_bank
from studykit.bank import load_bank
from studykit.cli import cli
from studykit.progress import Progress, utcnow
from studykit.quiz import items_from_bank, order_items


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def lines(*answers):
    return "".join(a + "\n" for a in answers)


@pytest.fixture
def bank(tmp_path):
    return write_bank(tmp_path / "bank.json")


def reviews():
    db = sqlite3.connect(Path(os.environ["STUDYKIT_HOME"]) / "progress.sqlite3")
    return db.execute("SELECT question_id, correct, answer FROM reviews ORDER BY id").fetchall()


# --- ordering ------------------------------------------------------------------------------------

def test_random_order_is_fixed_by_seed(bank):
    items = items_from_bank(load_bank(bank))
    ids = lambda seq: [i.question.id for i in seq]  # noqa: E731
    assert ids(order_items(items, "random", seed=3)) == ids(order_items(items, "random", seed=3))
    assert sorted(ids(order_items(items, "random", seed=3))) == sorted(ids(items))
    assert ids(order_items(items, "bank")) == [q["id"] for q in QUESTIONS]


def test_due_order_puts_due_first_then_new_and_leaves_out_the_rest(bank):
    items = items_from_bank(load_bank(bank))
    now = utcnow()
    from datetime import timedelta
    due_times = {"q-cloze": now - timedelta(hours=1), "q-true": now - timedelta(days=2),
                 "q-short": now + timedelta(days=3)}
    ordered = [i.question.id for i in order_items(items, "due", due_times=due_times, now=now)]
    assert ordered == ["q-true", "q-cloze", "q-choice", "q-false"]


def test_same_seed_same_questions_from_the_cli(bank):
    answers = lines(*[""] * 5)
    a = run("quiz", str(bank), "--order", "random", "--seed", "5", input=answers).output
    b = run("quiz", str(bank), "--order", "random", "--seed", "5", input=answers).output
    first = [line for line in a.splitlines() if line.startswith(("Question", "Who", "When", "The", "Mayor"))]
    assert first == [line for line in b.splitlines() if line.startswith(("Question", "Who", "When", "The", "Mayor"))]


# --- piped answers -------------------------------------------------------------------------------

def test_piped_answers_all_right(bank):
    result = run("quiz", str(bank), "--order", "bank", input=lines(*map(right_answer, QUESTIONS)))
    assert result.exit_code == 0
    out = result.output
    assert "Question 1 of 5 · multiple choice" in out and "Question 5 of 5 · true or false" in out
    assert "Score: 5 of 5 right (100%)" in out
    assert "multiple choice    1 of 1" in out and "true or false      2 of 2" in out
    assert "Missed:" not in out
    assert [(qid, ok) for qid, ok, _ in reviews()] == [(q["id"], 1) for q in QUESTIONS]


def test_issue_example_count_two(bank):
    first_two = QUESTIONS[:2]
    result = run("quiz", str(bank), "--order", "bank", "--count", "2",
                 input=lines(*map(right_answer, first_two)))
    assert result.exit_code == 0
    assert "Score: 2 of 2 right" in result.output and "Question 3" not in result.output


def test_tolerant_answers_are_accepted_in_the_quiz(bank):
    typed = ["calder works", "yes", "3 Mar 2021", "12000", "f"]
    result = run("quiz", str(bank), "--order", "bank", input=lines(*typed))
    assert "Score: 5 of 5 right" in result.output


def test_wrong_answer_shows_answer_source_and_summary_lists_it(bank):
    typed = [right_answer(QUESTIONS[0]), right_answer(QUESTIONS[1]), "1999", "", "True"]
    result = run("quiz", str(bank), "--order", "bank", input=lines(*typed))
    out = result.output
    assert result.exit_code == 0
    assert "Wrong. The answer is March 3, 2021." in out
    assert QUESTIONS[2]['source']['sentence'] in " ".join(out.split())
    # each question under its article's headline, which feedback does not repeat
    assert out.count("From: Harbour town opens new bridge\n") == 5
    for q in QUESTIONS:  # right above its prompt
        assert f"From: Harbour town opens new bridge\n{q['prompt'][:30]}" in out, q["prompt"]
    assert "— Harbour town" not in out
    assert "Skipped. The answer is more than 12,000 vehicles." in out
    assert QUESTIONS[4]["explanation"] in out
    assert "Score: 2 of 5 right (40%)" in out
    missed = out.split("Missed:")[1]
    assert "3. When did the Riverside Council" in missed and "(you said: 1999)" in missed
    assert "4. The bridge carries" in missed and "(skipped)" in missed


def test_near_miss_is_reported(bank):
    typed = [right_answer(QUESTIONS[0]), "True", "March 3"]
    out = run("quiz", str(bank), "--order", "bank", input=lines(*typed)).output
    assert "Nearly: give the year too. The answer is March 3, 2021." in out


def test_invalid_piped_choice_counts_as_wrong_without_eating_the_next_line(bank):
    typed = ["Z", right_answer(QUESTIONS[1])]
    out = run("quiz", str(bank), "--order", "bank", "--count", "2", input=lines(*typed)).output
    assert "Not one of the choices" in out and "Score: 1 of 2 right" in out


def test_end_of_input_stops_with_summary_and_keeps_answers(bank):
    result = run("quiz", str(bank), "--order", "bank", input=lines(right_answer(QUESTIONS[0]), "False"))
    assert result.exit_code == 0
    assert "Quiz stopped after 2 of 5 questions." in result.output
    assert "Score: 1 of 2 right (50%)" in result.output
    assert [(qid, ok) for qid, ok, _ in reviews()] == [("q-choice", 1), ("q-true", 0)]


def test_retry_wrong_asks_the_misses_again(bank):
    typed = [wrong_answer(QUESTIONS[0]), *map(right_answer, QUESTIONS[1:]), right_answer(QUESTIONS[0])]
    out = run("quiz", str(bank), "--order", "bank", "--retry-wrong", input=lines(*typed)).output
    assert "Again, the 1 you missed:" in out and "Retry 1 of 1 · multiple choice" in out
    assert "Score: 4 of 5 right" in out and "Retried the misses: 1 of 1 right" in out
    assert [r[:2] for r in reviews()][-1] == ("q-choice", 1)


def test_types_option_filters_questions(bank):
    out = run("quiz", str(bank), "--order", "bank", "--types", "truefalse", input=lines("t", "f")).output
    assert "Score: 2 of 2 right" in out and "multiple choice" not in out


# --- spaced repetition across runs ---------------------------------------------------------------

def test_progress_persists_across_runs_and_review_returns_the_miss(bank):
    typed = [right_answer(q) if q["id"] != "q-short" else "1999" for q in QUESTIONS]
    first = run("quiz", str(bank), input=lines(*typed))
    assert "5 new" in first.output and "1 question to review now" in first.output

    # Second run, default order: only the missed question is due; everything else was studied.
    second = run("quiz", str(bank), input=lines("not again"))
    assert "Quiz: 1 question (1 seen before)" in second.output
    assert "When did the Riverside Council open the Westgate Bridge?" in second.output

    review = run("review", input=lines("March 3rd, 2021"))
    assert review.exit_code == 0
    assert "Review: 1 question due" in review.output
    assert "When did the Riverside Council" in review.output and "Correct." in review.output
    assert [ok for qid, ok, _ in reviews() if qid == "q-short"] == [0, 0, 1]

    after = run("review")
    assert after.exit_code == 0 and after.output.startswith("Nothing is due for review; the next is due in")
    again = run("quiz", str(bank))
    assert "Nothing is due and all 5 questions here have been studied" in again.output


def test_review_works_without_the_bank(bank):
    run("quiz", str(bank), "--order", "bank", "--count", "1", input=lines(wrong_answer(QUESTIONS[0])))
    bank.unlink()
    out = run("review", input=lines(right_answer(QUESTIONS[0]))).output
    assert "Who designed the steel arch?" in out and "A) Riverside Council" in out and "Correct." in out


def test_review_with_nothing_studied():
    result = run("review")
    assert result.exit_code == 0 and "Nothing studied yet" in result.output


def test_stats_text_and_json(bank):
    assert "Recall rate:   no reviews yet" in run("stats").output
    typed = [right_answer(q) for q in QUESTIONS[:3]] + [wrong_answer(QUESTIONS[3])]
    run("quiz", str(bank), "--order", "bank", "--count", "4", input=lines(*typed))
    out = run("stats").output
    assert "Cards studied: 4" in out and "Due now:       1" in out and "Recall rate:   75% (3 of 4" in out
    data = json.loads(run("stats", "--json").output)
    assert data["studied"] == 4 and data["due_now"] == 1 and data["recall_rate"] == 0.75


# --- bad input -----------------------------------------------------------------------------------

def test_bad_bank_is_a_one_line_error(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{nope", encoding="utf-8")
    result = CliRunner().invoke(cli, ["quiz", str(broken)])
    assert result.exit_code == 1 and result.output.startswith(f"studykit: error: {broken}: not valid JSON")
    result = CliRunner().invoke(cli, ["quiz", str(tmp_path / "missing.json")])
    assert result.exit_code == 1 and "no such file" in result.output


def test_bad_options_are_usage_errors(bank):
    assert CliRunner().invoke(cli, ["quiz", str(bank), "--order", "sideways"]).exit_code == 2
    assert CliRunner().invoke(cli, ["quiz", str(bank), "--count", "0"]).exit_code == 2


def test_no_questions_of_the_type(tmp_path):
    only_tf = write_bank(tmp_path / "tf.json", [q for q in QUESTIONS if q["type"] == "truefalse"])
    result = CliRunner().invoke(cli, ["quiz", str(only_tf), "--types", "cloze"])
    assert result.exit_code == 1 and result.output == "studykit: error: no questions to ask of type cloze\n"


# --- real processes ------------------------------------------------------------------------------

def _env(**extra):
    env = dict(os.environ, **{"NO_COLOR": "1", "TERM": "xterm", "COLUMNS": "100", **extra})
    env.pop("FORCE_COLOR", None)
    return env


def _spawn(*args, **env):
    return pexpect.spawn(sys.executable, ["-m", "studykit", *args], env=_env(**env), cwd=str(ROOT),
                         encoding="utf-8", timeout=30, dimensions=(40, 100))


def _ctrl_c(child) -> None:
    # Let input() reach its select() first: a SIGINT landing just before it is only seen on the
    # next key press (CPython's readline loop), which a test cannot wait for.
    time.sleep(0.3)
    child.sendcontrol("c")


def _exit_status(child) -> int:
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus


def test_terminal_session_with_pexpect(bank):
    child = _spawn("quiz", str(bank), "--order", "bank", "--retry-wrong", "--self-rate")
    child.expect_exact("Question 1 of 5 · multiple choice")
    child.expect_exact("Answer (A-D): ")
    child.sendline("E")                                     # not a choice: asked again, not marked
    child.expect_exact("Not one of the choices")
    child.sendline("calder works")
    child.expect_exact("Correct.")
    child.expect_exact("True or false? ")
    child.sendline("ture")                                  # a typo of "true"
    child.expect_exact("Correct.")
    child.expect_exact("Question 3 of 5 · short answer")
    child.expect_exact("From: Harbour town opens new bridge")
    child.sendline("29 Aug 2023")
    child.expect_exact("Wrong. The answer is March 3, 2021.")
    child.expect_exact("Question 4 of 5 · fill in the blank")
    child.sendline("over 12,000 vehicles")
    child.expect_exact("Correct.")
    child.expect_exact("How well did you know it?")
    child.sendline("3")
    child.expect_exact("Question 5 of 5")
    child.sendline("no")
    child.expect_exact("Again, the 1 you missed:")
    child.expect_exact("Retry 1 of 1 · short answer")
    child.expect_exact("Answer: ")
    _ctrl_c(child)                                          # Ctrl-C: stop, with the summary
    child.expect_exact("Quiz stopped.")
    child.expect_exact("Score: 4 of 5 right (80%)")
    child.expect_exact("short answer       0 of 1")
    child.expect_exact("Missed:")
    assert _exit_status(child) == 0
    with Progress() as store:
        assert store.reviews("q-cloze") == [(4, True, "over 12,000 vehicles")]   # rated easy
        assert store.reviews("q-short") == [(1, False, "29 Aug 2023")]


def test_ctrl_d_ends_a_terminal_quiz(bank):
    child = _spawn("quiz", str(bank), "--order", "bank")
    child.expect_exact("Answer (A-D): ")
    child.sendline("B")
    child.expect_exact("True or false? ")
    child.sendeof()
    child.expect_exact("Quiz stopped after 1 of 5 questions.")
    assert _exit_status(child) == 0 and len(reviews()) == 1


def test_killed_process_keeps_answers_already_given(bank):
    child = _spawn("quiz", str(bank), "--order", "bank")
    child.expect_exact("Answer (A-D): ")
    child.sendline("B")
    child.expect_exact("True or false? ")
    child.sendline("True")
    child.expect_exact("Question 3 of 5")
    child.kill(signal.SIGKILL)
    child.close(force=True)
    assert child.signalstatus == signal.SIGKILL
    assert [(qid, ok) for qid, ok, _ in reviews()] == [("q-choice", 1), ("q-true", 1)]


@pytest.mark.slow
def test_issue_example_on_the_seeds_in_a_real_pipe():
    """The exact command from the issue, on the bundled seeds: piped answers, exit status 0."""
    proc = subprocess.run([sys.executable, "-m", "studykit", "quiz", "--order", "bank", "--count", "2"],
                          input="A\nTrue\n", capture_output=True, text=True, env=_env(), cwd=str(ROOT),
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "Question 1 of 2" in proc.stdout and "Question 2 of 2" in proc.stdout
    assert "Score:" in proc.stdout and " of 2 right" in proc.stdout
    assert len(reviews()) == 2


def test_colour_in_a_terminal_and_plain_text_under_no_color(bank):
    for no_color, styled in (("1", False), ("", True)):
        child = _spawn("quiz", str(bank), "--order", "bank", "--count", "1", NO_COLOR=no_color)
        child.expect_exact("Answer (A-D): ")
        child.sendline("B")
        child.expect(pexpect.EOF)
        assert ("\x1b[" in child.before) is styled


def test_ctrl_c_at_the_rating_prompt_keeps_and_counts_the_answer(bank):
    child = _spawn("quiz", str(bank), "--types", "short", "--self-rate")
    child.expect_exact("Answer: ")
    child.sendline("March 3rd 2021")
    child.expect_exact("How well did you know it?")
    _ctrl_c(child)
    child.expect_exact("Score: 1 of 1 right (100%)")
    assert _exit_status(child) == 0
    with Progress() as store:
        assert store.reviews("q-short") == [(3, True, "March 3rd 2021")]   # unrated: Good


def test_a_session_asks_each_fact_once(tmp_path):
    from studykit.bank import Bank, DocumentRecord, Question, Source
    from studykit.progress import Progress
    from studykit.quiz import plan_quiz

    src = Source("d", "The council opened the Westgate Bridge in 2021.")
    short = Question("a", "short", "When did the council open the Westgate Bridge?", "2021", "date", src, 0.9)
    cloze = Question("b", "cloze", "The council opened the Westgate Bridge in _____.", "2021", "date", src, 0.5)
    other = Question("c", "short", "What did the council open in 2021?", "the Westgate Bridge", "place", src, 0.4)
    bank = Bank([DocumentRecord("d", "T", "p", "s")], [short, cloze, other])
    with Progress(tmp_path / "p.sqlite3") as store:
        items = plan_quiz(bank, store, order="bank")
    assert [i.question.id for i in items] == ["a"]  # b repeats a's fact; c prints a's answer
