"""The `studykit` command: a thin click layer over the library API.

Every command imports its heavy machinery inside the function, so `studykit --help` stays instant.
"""

from __future__ import annotations

import sys
import warnings
from typing import Callable

import click

from .bank import TYPES as TYPE_CHOICES
from .errors import StudykitError


def example(text: str) -> Callable:
    """Attach a one-line usage example that `studykit --help` lists under Examples."""
    def mark(cmd: click.Command) -> click.Command:
        cmd.example = text  # type: ignore[attr-defined]
        return cmd
    return mark


class UserError(click.ClickException):
    """Shown as one line, `studykit: error: ...`, exit status 1, never a traceback."""

    def show(self, file=None) -> None:
        click.echo(f"studykit: error: {self.format_message()}", err=True, file=file)


class StudykitGroup(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except StudykitError as exc:
            raise UserError(str(exc)) from None
        except KeyboardInterrupt:
            raise click.Abort() from None

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for name in self.list_commands(ctx):
            cmd = self.get_command(ctx, name)
            for sub in _walk(cmd):
                text = getattr(sub, "example", None) or getattr(sub.callback, "example", None)
                if text:
                    rows.append((text, ""))
        if rows:
            with formatter.section("Examples"):
                formatter.write_dl(rows)
        super().format_epilog(ctx, formatter)


def _walk(cmd: click.Command | None):
    if cmd is None:
        return
    yield cmd
    if isinstance(cmd, click.Group):
        for sub in cmd.commands.values():
            yield from _walk(sub)


def types_option(f: Callable) -> Callable:
    return click.option(
        "--types", "types", multiple=True, metavar="TYPE[,TYPE]",
        help="Question types to keep: short, cloze, choice, truefalse (repeat or comma-separate).",
        callback=_split_types,
    )(f)


def _split_types(ctx, param, value):
    types = [t.strip().lower() for v in value for t in v.split(",") if t.strip()]
    for t in types:
        if t not in TYPE_CHOICES:
            raise click.BadParameter(f"{t!r} is not one of {', '.join(TYPE_CHOICES)}", ctx, param)
    return tuple(dict.fromkeys(types)) or None


def generation_options(f: Callable) -> Callable:
    """Options shared by every command that can generate a bank from documents."""
    f = click.option("--no-cache", is_flag=True, help="Generate again instead of reusing cached parses and banks.")(f)
    f = click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
                     help="Processes for parsing large corpora.")(f)
    f = types_option(f)
    f = click.option("--max", "max_questions", type=click.IntRange(min=1), default=None,
                     help="Keep at most N questions, best ranked first.")(f)
    f = click.option("--seed", type=int, default=0, show_default=True,
                     help="Seed for distractors and shuffling; same seed, same output.")(f)
    return f


def deck_option(f: Callable) -> Callable:
    return click.option("--deck", default="studykit", show_default=True,
                        help="Top deck name; 'A::B' nests. Each document gets a subdeck named after its title.")(f)


def bank_for(inputs, *, seed, max_questions, types, jobs, no_cache):
    from .pipeline import bank_from_inputs

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        bank = bank_from_inputs(list(inputs), seed=seed, max_questions=max_questions, types=types,
                                jobs=jobs, use_cache=not no_cache)
    for w in caught:
        click.echo(f"studykit: warning: {w.message}", err=True)
    return bank


@click.group(cls=StudykitGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="studykit")
def cli() -> None:
    """Turn articles into study material: questions, Anki decks, worksheets and a quiz.

    With no INPUT, commands work on the two bundled seed articles. INPUT is .txt/.md files or
    folders of them; exporters and the quiz also take a question bank written by `generate`.
    """


@cli.command(short_help="Generate a question bank (JSON) from documents.")
@click.argument("inputs", nargs=-1, metavar="[PATH]...")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write the bank here instead of to standard output.")
@generation_options
@example("studykit generate article.txt notes/ -o bank.json --max 40")
def generate(inputs, output, seed, max_questions, types, jobs, no_cache):
    """Generate a question bank from documents (default: the bundled seeds).

    The same input and --seed always give a byte-identical bank.
    """
    from .atomic import write_text

    bank = bank_for(inputs, seed=seed, max_questions=max_questions, types=types, jobs=jobs,
                    no_cache=no_cache)
    text = bank.to_json()
    if output:
        write_text(output, text)
        click.echo(f"wrote {len(bank.questions)} questions from {len(bank.documents)} documents to {output}",
                   err=True)
    else:
        click.echo(text, nl=False)


@cli.command(short_help="Ask one question whose answer is a span of a sentence.")
@click.argument("sentence")
@click.option("--answer", "-a", required=True, help="The words of SENTENCE the question should ask for.")
@click.option("--context", "-c", default=None, metavar="TEXT",
              help="The text before SENTENCE; its names stand in for the sentence's \"he\" or \"it\".")
@click.option("--in", "document", type=click.Path(dir_okay=False), default=None, metavar="FILE",
              help="The document SENTENCE comes from; the text before the sentence is its context.")
@click.option("--json", "as_json", is_flag=True, help="Print the question as a bank-style JSON object.")
@example('studykit ask "The council opened the bridge in 2021." --answer 2021')
def ask(sentence, answer, context, document, as_json):
    """Print one question about SENTENCE whose answer is ANSWER (a highlighted fact).

    With --context or --in, a pronoun the sentence leaves open is named from the text before
    it: "When did she open a school?" becomes "When did Marta Quell open a school?".
    """
    from .ask import context_before, question_for

    if document is not None:
        if context is not None:
            raise UserError("give --context or --in, not both")
        from pathlib import Path

        from .atomic import read_bytes
        from .sources import decode

        context = context_before(decode(read_bytes(Path(document), document), document), sentence)
        if context is None:
            raise StudykitError(f"{document}: the sentence is not in this document")
    q = question_for(sentence, answer, context)
    if as_json:
        import json

        click.echo(json.dumps(q.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(q.prompt)


@cli.group(short_help="Write study material as an Anki deck or a worksheet.")
def export():
    """Write study material as an Anki deck or a worksheet."""


@export.command("anki", short_help="Export questions as an Anki deck (.apkg).")
@click.argument("inputs", nargs=-1, metavar="[PATH]...")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="deck.apkg", show_default=True,
              help="The .apkg file to write (atomically).")
@deck_option
@click.option("--one-deck", is_flag=True, help="Put every card in the top deck, without per-document subdecks.")
@generation_options
@example("studykit export anki bank.json -o history.apkg --deck 'History::Week 3'")
def export_anki_command(inputs, output, deck, one_deck, seed, max_questions, types, jobs, no_cache):
    """Export a question bank, or questions generated from documents, as an Anki package.

    Re-importing an updated export updates the notes already in Anki instead of adding
    duplicates. Set SOURCE_DATE_EPOCH for byte-identical builds.
    """
    from .ankideck import clean_deck_name, export_anki, export_timestamp

    # Settings are checked before generating, which can take a while.
    deck, timestamp = clean_deck_name(deck), export_timestamp()
    bank = bank_for(inputs, seed=seed, max_questions=max_questions, types=types, jobs=jobs,
                    no_cache=no_cache)
    done = export_anki(bank, output, deck=deck, one_deck=one_deck, timestamp=timestamp)
    click.echo(f"wrote {done.notes} notes ({done.cards} cards) in {len(done.decks)} "
               f"deck{'s' if len(done.decks) != 1 else ''} to {output}", err=True)


@cli.command("build", short_help="The main job: generate once; write the bank, Anki deck, worksheet and key.")
@click.argument("inputs", nargs=-1, metavar="[PATH]...")
@click.option("-o", "--outdir", type=click.Path(file_okay=False), default="studykit-out", show_default=True,
              help="Folder to write into (created if needed).")
@deck_option
@generation_options
@example("studykit build article.txt notes/ -o week3 --deck 'History::Week 3'")
def build_command(inputs, outdir, deck, seed, max_questions, types, jobs, no_cache):
    """Generate questions once (default: from the bundled seeds) and write everything made from
    them into OUTDIR: the question bank (questions.json), the Anki deck (deck.apkg), and a
    printable worksheet (worksheet.pdf) with its answer key (answer-key.pdf).

    Prints each file written and the number of questions of each type.
    """
    from .build import build_from_bank, prepare

    settings = prepare(outdir, deck=deck)  # before generating, which can take a while
    bank = bank_for(inputs, seed=seed, max_questions=max_questions, types=types, jobs=jobs,
                    no_cache=no_cache)
    result = build_from_bank(bank, settings)
    width = max(len(str(w.path)) for w in result.written)
    for w in result.written:
        click.echo(f"wrote {str(w.path):<{width}}  {w.what}: {w.summary}")
    click.echo()
    click.echo(f"{'type':<10} {'questions':>9}")
    for qtype, n in [*result.counts.items(), ("total", sum(result.counts.values()))]:
        click.echo(f"{qtype:<10} {n:>9}")


@export.command("worksheet", short_help="Printable worksheet and answer key (PDF or HTML).")
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The worksheet: .pdf or .html (with --versions, FILE-A.pdf, FILE-B.pdf, ...).")
@click.option("--key", type=click.Path(dir_okay=False), default=None,
              help="Also write the answer key here (.pdf or .html).")
@click.option("--paper", type=click.Choice(["a4", "letter"], case_sensitive=False), default="a4",
              show_default=True, help="Paper size.")
@click.option("--title", default=None, help="Title (default: the document's title).")
@click.option("--versions", type=click.IntRange(1, 26), default=1, show_default=True,
              help="Make N forms (A, B, ...) with questions and options shuffled.")
@click.option("--no-sources", is_flag=True, help="Leave the source sentences out of the answer key.")
@click.option("--all-questions", is_flag=True,
              help="Keep questions that print another's answer (left out by default).")
@generation_options
@example("studykit export worksheet article.txt -o worksheet.pdf --key answer-key.pdf")
def export_worksheet_command(inputs, output, key, paper, title, versions, no_sources, all_questions, seed,
                             max_questions, types, jobs, no_cache):
    """Write a printable worksheet, and with --key its answer key, from documents or a bank.

    Sections by type (multiple choice, true/false, fill in the blank, short answer), numbered
    continuously. The worksheet never shows an answer. --seed also seeds the shuffles of --versions.
    """
    from .forms import without_giveaways
    from .worksheet import check_outputs, export_worksheet

    check_outputs(output, key, versions)  # fail before the slow part, not after it
    bank = bank_for(inputs, seed=seed, max_questions=max_questions, types=types, jobs=jobs,
                    no_cache=no_cache)
    if not all_questions:
        bank = without_giveaways(bank)
    if not bank.questions:
        raise StudykitError(f"{' '.join(inputs) or 'seeds'}: no questions to put on a worksheet")
    _warn_answer_leaks(bank, versions, seed)
    paths = export_worksheet(bank, output, key, paper=paper, title=title, versions=versions,
                             seed=seed, sources=not no_sources)
    click.echo(f"wrote {len(bank.questions)} questions to {', '.join(map(str, paths))}", err=True)


def _warn_answer_leaks(bank, versions: int, seed: int) -> None:
    """One line when some questions give away others' answers (the bank decides, not the layout)."""
    from .forms import answer_leaks, make_forms

    form = make_forms(bank, versions=versions, seed=seed)[0]
    leaks = answer_leaks(form)
    if leaks:
        item, other = leaks[0]
        where = f" of form {form.letter}" if form.letter else ""
        click.echo(f"studykit: warning: {len(leaks)} of {len(bank.questions)} answers can be read in other "
                   f"questions on the sheet (e.g. the answer to {item.number} is printed in "
                   f"{other.number}{where})", err=True)

def quiz_options(f: Callable) -> Callable:
    """Options shared by `quiz` and `review`."""
    f = click.option("--self-rate", is_flag=True,
                     help="At a terminal, rate each right short answer hard, good or easy for scheduling.")(f)
    f = click.option("--retry-wrong", is_flag=True, help="Ask the missed questions again at the end.")(f)
    f = click.option("--count", "-n", type=click.IntRange(min=1), default=None,
                     help="Ask at most N questions.")(f)
    return f


@cli.command(short_help="Quiz yourself in the terminal; answers feed spaced repetition.")
@click.argument("inputs", nargs=-1, metavar="[PATH]...")
@click.option("--order", type=click.Choice(["due", "bank", "random"]), default="due", show_default=True,
              help="due: questions due for review first, then new ones; bank: bank order; "
                   "random: shuffled by --seed.")
@quiz_options
@generation_options
@example("studykit quiz article.txt --count 10 --retry-wrong")
def quiz(inputs, order, count, retry_wrong, self_rate, seed, max_questions, types, jobs, no_cache):
    """Ask questions from documents (default: the bundled seeds) or a bank JSON, one at a time.

    Answers are read from the keyboard, or one per line when input is piped. Every answer is
    saved at once as a spaced-repetition review; Ctrl-C or end of input stops with the summary.
    """
    from .progress import Progress
    from .quiz import heading_for, nothing_due_message, plan_quiz, run_session

    bank = bank_for(inputs, seed=seed, max_questions=max_questions, types=types, jobs=jobs,
                    no_cache=no_cache)
    if not bank.questions:
        raise StudykitError("no questions to ask" + (f" of type {', '.join(types)}" if types else ""))
    with Progress() as store:
        items = plan_quiz(bank, store, order=order, seed=seed, count=count)
        if not items:
            click.echo(nothing_due_message(store, len(bank.questions)))
            return
        run_session(items, store, retry_wrong=retry_wrong, self_rate=self_rate,
                    heading=heading_for(items, store))


@cli.command(short_help="Review the questions due now, across everything studied.")
@quiz_options
@types_option
@example("studykit review --count 20")
def review(count, retry_wrong, self_rate, types):
    """Ask every question that spaced repetition says is due, whatever bank it came from."""
    from .progress import Progress
    from .quiz import nothing_due_message, plan_review, run_session

    with Progress() as store:
        items = plan_review(store, types=types, count=count)
        if not items:
            click.echo(nothing_due_message(store))
            return
        run_session(items, store, retry_wrong=retry_wrong, self_rate=self_rate,
                    heading=f"Review: {len(items)} question{'s' if len(items) != 1 else ''} due")


@cli.command(short_help="Show spaced-repetition progress: studied, due, recall rate.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@example("studykit stats")
def stats(as_json):
    """Cards studied, how many are due now and today, and the share of answers that were right."""
    from .progress import Progress
    from .quiz import stats_lines, stats_record

    with Progress() as store:
        figures = store.stats()
    if as_json:
        import json

        click.echo(json.dumps(stats_record(figures), indent=2))
    else:
        click.echo("\n".join(stats_lines(figures)))


def main(argv: list[str] | None = None) -> None:
    """Console entry point."""
    try:
        cli.main(args=argv, prog_name="studykit")
    except BrokenPipeError:  # `studykit generate | head` closed the pipe: not an error worth a trace
        sys.stderr.close()
        sys.exit(1)
