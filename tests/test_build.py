"""`studykit build`, the main job: one generation, the bank and the deck in one folder."""

from __future__ import annotations

import re

import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from click.testing import CliRunner

from conftest import ARTICLE, ROOT, write
from studykit.bank import TYPES, Bank, load_bank
from studykit.build import STEPS, Step, build, build_from_bank, prepare
from studykit.cli import cli
from studykit.errors import StudykitError
from studykit.pipeline import build_bank

T0 = 1_700_000_000


def run(*args, env=None):
    return CliRunner().invoke(cli, list(args), env=env)


def imported_note_count(apkg, tmp_path) -> int:
    col = Collection(str(tmp_path / "check.anki2"))
    try:
        request = ImportAnkiPackageRequest(package_path=str(apkg), options=ImportAnkiPackageOptions())
        return len(col.import_anki_package(request).log.new)
    finally:
        col.close()


def pdf_pages(path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def expected_report(outdir, bank) -> str:
    from studykit.forms import without_giveaways

    counts = {t: sum(q.type == t for q in bank.questions) for t in TYPES}
    n, d = len(bank.questions), len(bank.documents)
    sheet = len(without_giveaways(bank).questions)
    assert pdf_pages(outdir / "worksheet.pdf") >= 1 and pdf_pages(outdir / "answer-key.pdf") >= 1
    rows = [("questions.json", f"question bank: {n} questions from {d} document{'s' * (d != 1)}"),
            ("deck.apkg", f"Anki deck: {n} notes, {n} cards in {d} deck{'s' * (d != 1)}"),
            ("worksheet.pdf", f"worksheet: {sheet} question{'s' * (sheet != 1)}"),
            ("answer-key.pdf", f"answer key: {sheet} question{'s' * (sheet != 1)}")]
    width = max(len(str(outdir / name)) for name, _ in rows)
    lines = [f"wrote {str(outdir / name):<{width}}  {what}" for name, what in rows] + ["", "type       questions"]
    lines += [f"{t:<10} {c:>9}" for t, c in counts.items()] + [f"{'total':<10} {n:>9}"]
    return "\n".join(lines) + "\n"


def test_build_writes_bank_and_deck_into_a_new_folder_and_reports_them(tmp_path):
    src = write(tmp_path / "bridge.txt", ARTICLE)
    outdir = tmp_path / "out" / "week1"
    result = run("build", str(src), "-o", str(outdir), env={"SOURCE_DATE_EPOCH": str(T0)})
    assert result.exit_code == 0, result.output
    bank = build_bank([src])
    assert load_bank(outdir / "questions.json").to_json() == bank.to_json()
    assert result.stdout == expected_report(outdir, bank)
    assert sorted(p.name for p in outdir.iterdir()) == ["answer-key.pdf", "deck.apkg", "questions.json", "worksheet.pdf"]
    assert imported_note_count(outdir / "deck.apkg", tmp_path) == len(bank.questions)


def test_build_defaults_to_the_seeds_and_studykit_out(tmp_path, monkeypatch, seed_bank):
    monkeypatch.chdir(tmp_path)
    result = run("build")
    assert result.exit_code == 0, result.output
    outdir = tmp_path / "studykit-out"
    assert load_bank(outdir / "questions.json").to_json() == seed_bank.to_json()
    assert f"{sum(q.type == 'cloze' for q in seed_bank.questions):>9}" in result.stdout
    assert imported_note_count(outdir / "deck.apkg", tmp_path) == len(seed_bank.questions)


def test_build_options_reach_the_bank_and_the_deck(tmp_path):
    src = write(tmp_path / "bridge.txt", ARTICLE)
    result = build([src], tmp_path / "out", deck="Town::Week 1", max_questions=2, timestamp=T0)
    assert [w.path.name for w in result.written] == [s.filename for s in STEPS]
    assert sum(result.counts.values()) == 2 and list(result.counts) == list(TYPES)
    assert len(load_bank(tmp_path / "out" / "questions.json").questions) == 2
    assert "in 1 deck" in result.written[1].summary


def test_a_failing_step_writes_nothing(tmp_path):
    bank = build_bank([write(tmp_path / "bridge.txt", ARTICLE)])

    def broken(bank, settings, path):
        raise StudykitError(f"{path}: cannot render")

    steps = [*STEPS, Step("worksheet.pdf", "worksheet", broken)]
    fresh = tmp_path / "fresh"
    with pytest.raises(StudykitError, match="worksheet.pdf: cannot render"):
        build_from_bank(bank, prepare(fresh, timestamp=T0), steps)
    assert not fresh.exists()

    old = tmp_path / "old"
    write(old / "questions.json", "old bank")
    with pytest.raises(StudykitError):
        build_from_bank(bank, prepare(old, timestamp=T0), steps)
    assert [p.name for p in old.iterdir()] == ["questions.json"]
    assert (old / "questions.json").read_text(encoding="utf-8") == "old bank"


def test_a_file_that_cannot_be_put_in_place_leaves_the_others_as_they_were(tmp_path):
    bank = build_bank([write(tmp_path / "bridge.txt", ARTICLE)])
    outdir = tmp_path / "out"
    write(outdir / "questions.json", "old bank")
    (outdir / "deck.apkg").mkdir()  # a folder where the deck should go: os.replace fails
    with pytest.raises(StudykitError, match="cannot move the new files into place"):
        build_from_bank(bank, prepare(outdir, timestamp=T0))
    assert (outdir / "questions.json").read_text(encoding="utf-8") == "old bank"
    assert sorted(p.name for p in outdir.iterdir()) == ["answer-key.pdf", "deck.apkg", "questions.json", "worksheet.pdf"]  # no temporary files


def test_build_errors_are_one_line_and_write_nothing(tmp_path):
    empty = tmp_path / "empty.json"
    Bank(build_bank([write(tmp_path / "bridge.txt", ARTICLE)]).documents, []).save(empty)
    outdir = tmp_path / "out"
    cases = [
        ([str(empty)], "nothing to build: no questions (the bank is empty or every question was filtered out)"),
        ([str(tmp_path / "missing.txt")], f"{tmp_path / 'missing.txt'}: no such file or folder"),
        # The deck name is checked before the (missing) input is read.
        ([str(tmp_path / "missing.txt"), "--deck", "A::"],
         "deck name 'A::' is empty or has an empty part between '::'"),
    ]
    for args, message in cases:
        result = run("build", *args, "-o", str(outdir))
        assert result.exit_code == 1
        assert result.output.strip() == f"studykit: error: {message}"
    assert not outdir.exists()
    with pytest.raises(StudykitError, match="is a file, not an output folder"):
        prepare(empty)


def test_readme_main_job_runs_build():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first = re.findall(r"```(?:sh|bash)\n(.*?)```", readme, re.S)[0].strip()
    assert first == "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/studykit build"
