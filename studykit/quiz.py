"""The terminal quiz: one question at a time, instant feedback, a summary, every answer saved.

Answers come from the keyboard (with line editing) when standard input is a terminal, otherwise
one per line, so a quiz can be scripted. Ctrl-C, Ctrl-D or the end of piped input stop the quiz
with its summary; each answer is already in the progress store by then.
"""

from __future__ import annotations

import random
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Callable, Sequence

from .answers import InvalidAnswer, Verdict, check_answer
from .bank import BLANK, Bank, Question
from .progress import LEARN_AHEAD, Progress, utcnow

if TYPE_CHECKING:  # pragma: no cover
    from rich.console import Console
    from rich.text import Text

ORDERS = ("due", "bank", "random")
TYPE_LABELS = {"short": "short answer", "cloze": "fill in the blank", "choice": "multiple choice",
               "truefalse": "true or false"}
SELF_RATINGS = {"1": "Hard", "h": "Hard", "2": "Good", "g": "Good", "": "Good", "3": "Easy", "e": "Easy"}


@dataclass(frozen=True)
class Item:
    """A question and the title of the document it came from (shown with the source sentence)."""

    question: Question
    title: str


@dataclass
class Result:
    item: Item
    answer: str
    verdict: Verdict
    retry: bool = False

    @property
    def skipped(self) -> bool:
        return not self.answer.strip()


@dataclass
class Summary:
    planned: int
    results: list[Result] = field(default_factory=list)
    seconds: float = 0.0
    stopped: bool = False

    @property
    def first_tries(self) -> list[Result]:
        return [r for r in self.results if not r.retry]

    @property
    def retries(self) -> list[Result]:
        return [r for r in self.results if r.retry]

    @property
    def right(self) -> int:
        return sum(r.verdict.correct for r in self.first_tries)

    @property
    def missed(self) -> list[Result]:
        return [r for r in self.first_tries if not r.verdict.correct]


# --- choosing and ordering questions -------------------------------------------------------------

def items_from_bank(bank: Bank) -> list[Item]:
    titles = {d.id: d.title for d in bank.documents}
    return [Item(q, titles.get(q.source.document, q.source.document)) for q in bank.questions]


def order_items(items: Sequence[Item], order: str, *, seed: int = 0,
                due_times: dict[str, datetime] | None = None, now: datetime | None = None) -> list[Item]:
    """bank: as given; random: shuffled by seed; due: due questions (most overdue first), then new."""
    if order == "bank":
        return list(items)
    if order == "random":
        shuffled = list(items)
        random.Random(seed).shuffle(shuffled)
        return shuffled
    if order != "due":
        raise ValueError(f"unknown order {order!r}")
    due_times = due_times or {}
    limit = (now or utcnow()) + LEARN_AHEAD
    due = sorted((i for i in items if i.question.id in due_times and due_times[i.question.id] <= limit),
                 key=lambda i: due_times[i.question.id])
    return due + [i for i in items if i.question.id not in due_times]


# --- reading answers -----------------------------------------------------------------------------

class Keyboard:
    """Line input from a terminal, with readline editing when available."""

    interactive = True

    def __init__(self, console: "Console"):
        self.console = console
        try:
            import readline  # noqa: F401  (enables line editing and history in input())
        except ImportError:  # pragma: no cover - Windows without pyreadline
            pass

    def read(self, prompt: "Text") -> str:
        with self.console.capture() as captured:
            self.console.print(prompt, end="")
        # Tell readline which bytes are colour codes, so editing keeps the prompt in place.
        return input(re.sub(r"(\x1b\[[0-9;]*m)", "\x01\\1\x02", captured.get()))


class Lines:
    """One answer per line from piped input; each answer is echoed so the transcript reads well."""

    interactive = False

    def __init__(self, console: "Console", stream=None):
        self.console = console
        self.stream = stream

    def read(self, prompt: "Text") -> str:
        self.console.print(prompt, end="")
        line = (self.stream or sys.stdin).readline()
        if not line:
            raise EOFError
        answer = line.rstrip("\r\n")
        self.console.print(answer, highlight=False, markup=False)
        return answer


def answer_source(console: "Console", stream=None):
    stream = stream or sys.stdin
    return Keyboard(console) if stream.isatty() else Lines(console, stream)


# --- the quiz ------------------------------------------------------------------------------------

class Quiz:
    """Asks items in order, records each answer, and returns a Summary however it ends."""

    def __init__(self, console: "Console", answers, store: Progress, *, self_rate: bool = False,
                 clock: Callable[[], float] = time.monotonic):
        self.console = console
        self.answers = answers
        self.store = store
        self.self_rate = self_rate and answers.interactive
        self.clock = clock

    def run(self, items: Sequence[Item], *, retry_wrong: bool = False) -> Summary:
        summary = Summary(planned=len(items))
        start = self.clock()
        try:
            self._round(items, summary, retry=False)
            missed = [r.item for r in summary.missed]
            if retry_wrong and missed:
                self.console.print(f"\nAgain, the {len(missed)} you missed:", style="bold")
                self._round(missed, summary, retry=True)
        except (EOFError, KeyboardInterrupt):
            summary.stopped = True
            self.console.print()
        summary.seconds = self.clock() - start
        return summary

    def _round(self, items: Sequence[Item], summary: Summary, *, retry: bool) -> None:
        for number, item in enumerate(items, 1):
            self.ask(item, number, len(items), into=summary.results, retry=retry)

    def ask(self, item: Item, number: int, total: int, *, into: list[Result], retry: bool = False) -> None:
        """Ask one question; once answered, it is saved and counted even if Ctrl-C comes next."""
        from rich.text import Text

        q = item.question
        label = f"{'Retry' if retry else 'Question'} {number} of {total} · {TYPE_LABELS[q.type]}"
        self.console.print()
        self.console.print(Text(label, style="bold cyan"))
        # The article first: its questions may speak of "the awards" the headline names.
        self.console.print(Text(f"From: {_flat(item.title)}", style="dim"))
        self.console.print(Text(_flat(q.prompt)))
        for letter, choice in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", q.choices or []):
            self.console.print(Text(f"  {letter}) {_flat(choice)}"))
        started = self.clock()
        answer, verdict = self._read_verdict(q)
        duration_ms = int((self.clock() - started) * 1000)
        rating = None
        try:
            self.show_feedback(item, answer, verdict)
            if verdict.correct and self.self_rate and q.type in ("short", "cloze"):
                rating = self._self_rating()
        finally:  # even when Ctrl-C lands on the feedback or the rating prompt
            into.append(Result(item, answer, verdict, retry=retry))
            self._record(item, answer, verdict, duration_ms, rating)

    def _read_verdict(self, q: Question) -> tuple[str, Verdict]:
        from rich.text import Text

        while True:
            answer = self.answers.read(Text(_answer_prompt(q), style="bold"))
            try:
                return answer, check_answer(q, answer)
            except InvalidAnswer as exc:
                if not self.answers.interactive:
                    return answer, Verdict(False, note=str(exc))
                self.console.print(Text(f"  {exc}", style="yellow"))

    def _record(self, item: Item, answer: str, verdict: Verdict, duration_ms: int, rating=None) -> None:
        """Right is Good and wrong is Again, unless the student rated the answer themselves."""
        from fsrs import Rating

        if rating is None:
            rating = Rating.Good if verdict.correct else Rating.Again
        self.store.record(item.question, item.title, rating=rating, correct=verdict.correct,
                          answer=answer, duration_ms=duration_ms)

    def _self_rating(self):
        from fsrs import Rating
        from rich.text import Text

        prompt = Text("How well did you know it? 1 hard · 2 good · 3 easy [2]: ", style="dim")
        while True:
            choice = self.answers.read(prompt).strip().lower()
            if choice in SELF_RATINGS:
                return Rating[SELF_RATINGS[choice]]

    def show_feedback(self, item: Item, answer: str, verdict: Verdict) -> None:
        from rich.text import Text

        q = item.question
        if verdict.correct:
            extra = {"mind the spelling": f" — mind the spelling: {q.answer}",
                     "the full name": f" — the full name is {q.answer}"}.get(verdict.note, "")
            self.console.print(Text(f"{self._mark(True)}Correct{extra}.", style="bold green"))
            return
        if not answer.strip():
            head = "Skipped."
        elif verdict.near:
            head = f"Nearly: {verdict.note}."
        elif verdict.note:
            head = verdict.note
        else:
            head = "Wrong."
        self.console.print(Text(f"{self._mark(False)}{head} The answer is {_sentence_end(_shown_answer(q))}",
                                style="bold yellow" if verdict.near else "bold red"))
        if q.explanation:
            print_indented(self.console, Text(_flat(q.explanation)))
        source = Text(_flat(q.source.sentence), style="dim")
        span = _answer_span(q)
        if span:
            source.stylize("bold underline", *span)
        print_indented(self.console, source)

    def _mark(self, correct: bool) -> str:
        if (self.console.encoding or "").lower().startswith("utf"):
            return "✓ " if correct else "✗ "
        return ""


def print_indented(console: "Console", text: "Text") -> None:
    """Wrapped two spaces in, so feedback stays visibly under its question (no trailing spaces)."""
    from rich.text import Text

    lines = text.wrap(console, max(20, console.width - 2))
    console.print(Text("\n").join(Text("  ") + line for line in lines), soft_wrap=True)


def _answer_span(q: Question) -> tuple[int, int] | None:
    """Where the answer stands in the source sentence: at the cloze blank if it lines up, else first
    seen; None for true/false, whose answer is not a phrase of the sentence."""
    if q.type == "truefalse":
        return None
    sentence, answer = _flat(q.source.sentence), _flat(q.answer)
    at = _flat(q.prompt).find(BLANK) if q.type == "cloze" else -1
    if at < 0 or sentence[at:at + len(answer)] != answer:
        at = sentence.find(answer)
    return (at, at + len(answer)) if at >= 0 else None


def _sentence_end(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else text + "."


def _answer_prompt(q: Question) -> str:
    if q.type == "choice":
        return f"Answer (A-{chr(ord('A') + len(q.choices or []) - 1)}): "
    if q.type == "truefalse":
        return "True or false? "
    return "Answer: "


def _shown_answer(q: Question) -> str:
    if q.type == "choice" and q.choices:
        return f"{chr(ord('A') + q.choices.index(q.answer))}) {q.answer}"
    return q.answer


def _flat(text: str) -> str:
    """Whitespace (line breaks in source sentences) collapsed to single spaces."""
    return " ".join(text.split())


def _clip(text: str, width: int = 70) -> str:
    """Shortened to width; a long cloze keeps the words around its blank, which tell it apart."""
    text = _flat(text)
    if len(text) <= width:
        return text
    blank = text.find(BLANK)
    start = max(0, min(blank - width // 2, len(text) - width)) if blank > 0 else 0
    clipped = text[start:start + width].strip()
    return ("…" if start > 0 else "") + clipped + ("…" if start + width < len(text) else "")


# --- the summary ---------------------------------------------------------------------------------

def duration_text(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m {seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h {minutes:02d}m"


def show_summary(console: "Console", summary: Summary) -> None:
    from rich.text import Text

    asked = summary.first_tries
    console.print()
    if summary.stopped:
        progress = f" after {len(asked)} of {summary.planned} questions" if len(asked) < summary.planned else ""
        console.print(Text(f"Quiz stopped{progress}.", style="yellow"))
    if not asked:
        console.print("No questions answered.")
        return
    share = round(100 * summary.right / len(asked))
    console.print(Text(f"Score: {summary.right} of {len(asked)} right ({share}%) in "
                       f"{duration_text(summary.seconds)}", style="bold"))
    for qtype, label in TYPE_LABELS.items():
        of_type = [r for r in asked if r.item.question.type == qtype]
        if of_type:
            console.print(f"  {label:<18} {sum(r.verdict.correct for r in of_type)} of {len(of_type)}")
    if summary.retries:
        console.print(f"Retried the misses: {sum(r.verdict.correct for r in summary.retries)} of "
                      f"{len(summary.retries)} right")
    _show_missed(console, summary)


def _show_missed(console: "Console", summary: Summary) -> None:
    from rich.text import Text

    if not summary.missed:
        return
    console.print(Text("Missed:", style="bold"))
    numbers = {id(r): n for n, r in enumerate(summary.first_tries, 1)}
    for r in summary.missed:
        said = "skipped" if r.skipped else f"you said: {_clip(r.answer, 30)}"
        print_indented(console, Text(f"{numbers[id(r)]}. {_clip(r.item.question.prompt)} → "
                                     f"{_shown_answer(r.item.question)} ({said})"))


def show_next_step(console: "Console", store: Progress) -> None:
    """After a quiz, say what spaced repetition has scheduled."""
    stats = store.stats()
    if stats.due_now:
        console.print(f"{stats.due_now} question{'s' if stats.due_now != 1 else ''} to review now: "
                      "run `studykit review`.")
    elif stats.next_due:
        console.print(f"Next review due {when_text(stats.next_due)}.")


def when_text(moment: datetime, now: datetime | None = None) -> str:
    """'in 3 minutes', 'in 2 days' (rounded down), for telling a student when to come back."""
    seconds = max(0, (moment - (now or utcnow())).total_seconds())
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            count = round(seconds / size)
            return f"in {count} {unit}{'s' if count != 1 else ''}"
    return "now"


# --- whole sessions (what the CLI commands run) --------------------------------------------------

def plan_quiz(bank: Bank, store: Progress, *, order: str = "due", seed: int = 0,
              count: int | None = None) -> list[Item]:
    """The questions a `studykit quiz` asks, in order: due ones first by default, then new ones."""
    items = items_from_bank(bank)
    from .forms import leak_free

    due_times = store.due_times(i.question.id for i in items) if order == "due" else None
    ordered = order_items(items, order, seed=seed, due_times=due_times)
    # one session asks each fact once: a question that shows an earlier one's answer waits
    keep = {q.id for q in leak_free([i.question for i in ordered])}
    return [i for i in ordered if i.question.id in keep][:count]


def plan_review(store: Progress, *, types: Sequence[str] | None = None, count: int | None = None) -> list[Item]:
    """Every due question across all banks and documents studied, most overdue first."""
    items = [Item(q, title) for q, title in store.due() if not types or q.type in types]
    return items[:count]


def run_session(items: Sequence[Item], store: Progress, *, console: "Console | None" = None, stream=None,
                retry_wrong: bool = False, self_rate: bool = False, heading: str = "") -> Summary:
    """Ask the items, then print the score and what is due next; answers are saved as given."""
    from .console import stdout_console

    console = console or stdout_console()
    answers = answer_source(console, stream)
    console.print(heading or f"{len(items)} question{'s' if len(items) != 1 else ''}.", style="bold")
    if answers.interactive:
        console.print("Type an answer and press Enter; Enter alone skips. Ctrl-C or Ctrl-D stops "
                      "and shows your score.", style="dim")
    summary = Quiz(console, answers, store, self_rate=self_rate).run(items, retry_wrong=retry_wrong)
    show_summary(console, summary)
    show_next_step(console, store)
    return summary


def nothing_due_message(store: Progress, studied_here: int | None = None) -> str:
    stats = store.stats()
    when = f"; the next is due {when_text(stats.next_due)}" if stats.next_due else ""
    if studied_here is None:
        return f"Nothing is due for review{when}." if stats.studied else \
            "Nothing studied yet: run `studykit quiz` first."
    return (f"Nothing is due and all {studied_here} questions here have been studied{when}. "
            "Use --order bank or --order random to practise anyway.")


def heading_for(items: Sequence[Item], store: Progress) -> str:
    """'Quiz: 10 questions (3 seen before, 7 new)', so a student knows what the session holds."""
    seen = len(store.due_times(i.question.id for i in items))
    parts = [f"{seen} seen before" if seen else "", f"{len(items) - seen} new" if len(items) - seen else ""]
    detail = ", ".join(p for p in parts if p)
    return f"Quiz: {len(items)} question{'s' if len(items) != 1 else ''} ({detail})"


# --- stats ---------------------------------------------------------------------------------------

def stats_record(stats) -> dict:
    return {"studied": stats.studied, "due_now": stats.due_now, "due_today": stats.due_today,
            "reviews": stats.reviews, "correct": stats.correct,
            "recall_rate": None if stats.recall_rate is None else round(stats.recall_rate, 4),
            "next_due": stats.next_due.isoformat(timespec="seconds") if stats.next_due else None}


def stats_lines(stats) -> list[str]:
    recall = "no reviews yet" if stats.recall_rate is None else \
        f"{round(100 * stats.recall_rate)}% ({stats.correct} of {stats.reviews} answers right)"
    lines = [f"Cards studied: {stats.studied}", f"Due now:       {stats.due_now}",
             f"Due today:     {stats.due_today}", f"Recall rate:   {recall}"]
    if stats.next_due and not stats.due_now:
        lines.append(f"Next due:      {when_text(stats.next_due)}")
    return lines
