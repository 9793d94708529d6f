"""Arrange a question bank into printable forms: sections by type, continuous numbers, shuffles.

A worksheet and its answer key are both rendered from the same Form, so their numbering, option
letters and form letter cannot drift apart.
"""

from __future__ import annotations

import hashlib
import random
from typing import Sequence
import re
import string
from dataclasses import dataclass

from .bank import Bank, Question

# Recognition before recall: the order a teacher would set the sections in.
SECTION_ORDER = ("choice", "truefalse", "cloze", "short")
TRUE_FALSE = ("True", "False")
MAX_VERSIONS = len(string.ascii_uppercase)
_RESHUFFLES = 50


@dataclass(frozen=True)
class Item:
    """One numbered question as it stands on a form."""

    number: int
    question: Question
    options: tuple[str, ...]  # choice options in this form's order; True/False; else empty

    @property
    def answer_letter(self) -> str | None:
        """The letter of the right option for a multiple-choice item."""
        if self.question.type != "choice":
            return None
        return option_letter(self.options.index(self.question.answer))


@dataclass(frozen=True)
class Section:
    type: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Form:
    letter: str | None  # None when only one version is made
    set_id: str  # short hash shared by all forms of one set: matches a sheet to its key
    sections: tuple[Section, ...]

    @property
    def items(self) -> list[Item]:
        return [item for section in self.sections for item in section.items]


def option_letter(index: int) -> str:
    letters = string.ascii_uppercase
    return letters[index] if index < len(letters) else str(index + 1)


def set_id(bank: Bank, seed: int) -> str:
    digest = hashlib.sha256(f"{seed}".encode())
    for q in bank.questions:
        digest.update(b"\0" + q.id.encode())
    return digest.hexdigest()[:6]


def make_forms(bank: Bank, *, versions: int = 1, seed: int = 0) -> list[Form]:
    """One form (bank order) or *versions* forms A, B, ... each shuffled with its own seeded RNG.

    Shuffles keep sections by type and only reorder within them. A shuffle that repeats an earlier
    form is drawn again (bounded), so forms differ wherever the bank leaves room to.
    """
    if not 1 <= versions <= MAX_VERSIONS:
        raise ValueError(f"versions must be between 1 and {MAX_VERSIONS}")
    groups = [[q for q in bank.questions if q.type == t] for t in SECTION_ORDER]
    ident = set_id(bank, seed)
    if versions == 1:
        return [_number(None, ident, [[(q, _options(q)) for q in group] for group in groups])]
    forms: list[Form] = []
    seen: set[tuple] = set()
    for letter in string.ascii_uppercase[:versions]:
        for attempt in range(_RESHUFFLES):
            rng = random.Random(f"studykit-worksheet:{seed}:{letter}:{attempt}")
            layout = [_shuffled(group, rng) for group in groups]
            signature = tuple((q.id, opts) for group in layout for q, opts in group)
            if signature not in seen:
                break
        seen.add(signature)
        forms.append(_number(letter, ident, layout))
    return forms


def _options(q: Question) -> tuple[str, ...]:
    if q.type == "choice":
        return tuple(q.choices or ())
    if q.type == "truefalse":
        return TRUE_FALSE
    return ()


def _shuffled(group: list[Question], rng: random.Random) -> list[tuple[Question, tuple[str, ...]]]:
    order = list(group)
    rng.shuffle(order)
    out = []
    for q in order:
        options = list(_options(q))
        if q.type == "choice":
            rng.shuffle(options)
        out.append((q, tuple(options)))
    return out


def _number(letter: str | None, ident: str, layout: list[list[tuple[Question, tuple[str, ...]]]]) -> Form:
    sections = []
    number = 0
    for qtype, group in zip(SECTION_ORDER, layout):
        items = []
        for q, options in group:
            number += 1
            items.append(Item(number, q, options))
        if items:
            sections.append(Section(qtype, tuple(items)))
    return Form(letter, ident, tuple(sections))


def printed_text(item: Item) -> str:
    """What a worksheet shows of one item: its prompt and its options."""
    return " ".join([item.question.prompt, *item.options])


def answer_leaks(form: Form) -> list[tuple[Item, Item]]:
    """Pairs (item, other item whose printed text shows the first one's answer) on one form.

    A sheet where question 1 prints the answer to question 2 is a giveaway; the bank, not the
    layout, decides that, so the caller can only warn about it.
    """
    items = form.items
    texts = [_folded(printed_text(i)) for i in items]
    leaks = []
    for item in items:
        if item.question.type == "truefalse":
            continue
        pattern = _answer_pattern(item.question.answer)
        for other, text in zip(items, texts):
            if other is not item and pattern.search(text):
                leaks.append((item, other))
                break
    return leaks


def without_giveaways(bank: Bank) -> Bank:
    """The bank less the questions that would print another's answer on the same sheet.

    Best-scored questions are kept first (see leak_free); the bank's order is kept.
    """
    kept = {q.id for q in leak_free(sorted(bank.questions, key=lambda q: -q.score), whole_sheet=True)}
    return Bank(documents=list(bank.documents), questions=[q for q in bank.questions if q.id in kept])


def leak_free(questions: Sequence[Question], *, whole_sheet: bool = False) -> list[Question]:
    """Questions in the given order, less each one that gives away an earlier one or is given away.

    A question is left out when its printed text shows the answer to one already kept, when its
    own answer is printed by one already kept, when it asks a kept question's fact again (a
    blank and a question about the same answer in the same sentence). On a whole sheet, read at
    once, a true/false item also takes its sentence for itself: it reprints that sentence, with a
    fact swapped or not. (A quiz asks one at a time and shows the source after a miss anyway.) Two blanks cut from one
    sentence are the usual case: each shows the other's answer.
    """
    kept: list[Question] = []
    texts: list[str] = []
    answers: list[re.Pattern | None] = []
    facts: set[tuple[str, str]] = set()
    statements: set[str] = set()   # sentences a kept true/false item reprints
    asked: set[str] = set()        # sentences other kept items come from
    for q in questions:
        text = _folded(" ".join([q.prompt, *_options(q)]))
        mine = None if q.type == "truefalse" else _answer_pattern(q.answer)
        sentence = _folded(q.source.sentence)
        fact = (_folded(q.answer if q.type != "truefalse" else q.prompt), sentence)
        if fact in facts or (whole_sheet and sentence in statements):
            continue
        if whole_sheet and q.type == "truefalse" and sentence in asked:
            continue  # the statement reprints that sentence, true or with a swapped fact
        if mine is not None and any(mine.search(t) for t in texts):
            continue
        if any(p is not None and p.search(text) for p in answers):
            continue
        kept.append(q)
        texts.append(text)
        answers.append(mine)
        facts.add(fact)
        (statements if q.type == "truefalse" else asked).add(sentence)
    return kept


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _answer_pattern(answer: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){re.escape(_folded(answer))}(?!\w)")
