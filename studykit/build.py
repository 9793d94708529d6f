"""`studykit build`, the main job: generate once, then write every output into one folder.

Each output is a Step: a file name and a function that renders the file's bytes from the bank.
Every step renders before anything is written, and the files then go to temporary names and move
into place together, so a failure leaves the folder as it was. Another output (the worksheet and
its answer key) is one more Step in STEPS, plus any setting it needs in BuildSettings.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from .ankideck import DEFAULT_DECK, clean_deck_name, export_timestamp, render_anki
from .atomic import write_all
from .bank import TYPES, Bank
from .errors import StudykitError

DEFAULT_OUTDIR = "studykit-out"


@dataclass(frozen=True)
class BuildSettings:
    """Checked settings for one build; make them with prepare() before the slow generation."""

    outdir: Path
    deck: str
    timestamp: float  # the deck's export time (see ankideck.export_timestamp)


@dataclass(frozen=True)
class Step:
    """One output file: render(bank, settings, path) -> (bytes, summary); path only names errors."""

    filename: str
    what: str
    render: Callable[[Bank, BuildSettings, Path], tuple[bytes, str]]


@dataclass(frozen=True)
class Written:
    path: Path
    what: str
    summary: str


@dataclass(frozen=True)
class BuildResult:
    written: list[Written]
    counts: dict[str, int]  # questions per type, every type listed, in TYPES order


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _question_bank(bank: Bank, settings: BuildSettings, path: Path) -> tuple[bytes, str]:
    summary = f"{_plural(len(bank.questions), 'question')} from {_plural(len(bank.documents), 'document')}"
    return bank.to_json().encode("utf-8"), summary


def _anki_deck(bank: Bank, settings: BuildSettings, path: Path) -> tuple[bytes, str]:
    data, done = render_anki(bank, deck=settings.deck, timestamp=settings.timestamp, name=path)
    return data, f"{_plural(done.notes, 'note')}, {_plural(done.cards, 'card')} in {_plural(len(done.decks), 'deck')}"


def _worksheet_part(kind: str) -> Callable[[Bank, BuildSettings, Path], tuple[bytes, str]]:
    def render_part(bank: Bank, settings: BuildSettings, path: Path) -> tuple[bytes, str]:
        from .forms import make_forms, without_giveaways
        from .worksheet import render

        sheet = without_giveaways(bank)  # no question on paper may print another's answer
        form = make_forms(sheet)[0]
        data = render(sheet, form, kind, ".pdf")
        return data, _plural(len(sheet.questions), "question")
    return render_part


STEPS: list[Step] = [
    Step("questions.json", "question bank", _question_bank),
    Step("deck.apkg", "Anki deck", _anki_deck),
    Step("worksheet.pdf", "worksheet", _worksheet_part("worksheet")),
    Step("answer-key.pdf", "answer key", _worksheet_part("key")),
]


def prepare(outdir: str | os.PathLike = DEFAULT_OUTDIR, *, deck: str = DEFAULT_DECK,
            timestamp: float | None = None) -> BuildSettings:
    """Check the settings (a user error is worth reporting before generating, not after)."""
    outdir = Path(outdir)
    if outdir.exists() and not outdir.is_dir():
        raise StudykitError(f"{outdir}: is a file, not an output folder")
    return BuildSettings(outdir, clean_deck_name(deck), export_timestamp() if timestamp is None else timestamp)


def build_from_bank(bank: Bank, settings: BuildSettings, steps: Sequence[Step] = STEPS) -> BuildResult:
    """Render every step's file from bank, then write them all into settings.outdir."""
    if not bank.questions:
        raise StudykitError("nothing to build: no questions (the bank is empty or every question was filtered out)")
    files, written = [], []
    for step in steps:
        path = settings.outdir / step.filename
        data, summary = step.render(bank, settings, path)
        files.append((path, data))
        written.append(Written(path, step.what, summary))
    try:
        settings.outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StudykitError(f"{settings.outdir}: cannot create the output folder ({exc.strerror or exc})") from None
    write_all(files)
    counts = {t: 0 for t in TYPES}
    for q in bank.questions:
        counts[q.type] += 1
    return BuildResult(written, counts)


def build(inputs: Sequence[str | os.PathLike] = (), outdir: str | os.PathLike = DEFAULT_OUTDIR, *,
          deck: str = DEFAULT_DECK, timestamp: float | None = None, **generation) -> BuildResult:
    """Generate a bank from inputs (documents, default the seeds, or one bank JSON) and write every output.

    `generation` is what pipeline.bank_from_inputs takes: seed, types, max_questions, jobs, use_cache.
    """
    from .pipeline import bank_from_inputs

    settings = prepare(outdir, deck=deck, timestamp=timestamp)
    return build_from_bank(bank_from_inputs(inputs, **generation), settings)
