"""`studykit export worksheet` through click's CliRunner; expectations come from the banks used."""

from __future__ import annotations

import pypdf
from click.testing import CliRunner
from markupsafe import escape

from conftest import ARTICLE, write
from sample_banks import WORKSHEET_BANK, tricky_bank
from studykit.bank import BLANK, Bank
from studykit.cli import cli
from studykit.pipeline import bank_from_inputs


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def html_prompt(prompt: str) -> list[str]:
    """The escaped pieces of a prompt as they stand in the HTML (a cloze blank splits it)."""
    return [str(escape(part.strip())) for part in prompt.split(BLANK) if part.strip()]


def test_pdf_worksheet_and_key_from_a_bank(tmp_path):
    result = run("export", "worksheet", WORKSHEET_BANK, "-o", tmp_path / "ws.pdf", "--key",
                 tmp_path / "key.pdf", "--types", "truefalse,short", "--max", "4", "--all-questions")
    assert result.exit_code == 0, result.output
    chosen = tricky_bank().select(types=("truefalse", "short"), max_questions=4).questions
    assert result.stderr.strip().splitlines()[-1] == f"wrote 4 questions to {tmp_path / 'ws.pdf'}, {tmp_path / 'key.pdf'}"
    sheet = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(tmp_path / "ws.pdf").pages)
    key = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(tmp_path / "key.pdf").pages)
    for q in tricky_bank().questions:
        assert (q.prompt in sheet) == (q in chosen)
    for q in chosen:
        assert " ".join(q.answer.split()) in key
    assert {q.type for q in chosen} == {"truefalse", "short"}
    assert "Multiple choice" not in sheet and "Fill in the blank" not in sheet


def test_versions_write_one_file_per_form_and_kind(tmp_path):
    result = run("export", "worksheet", WORKSHEET_BANK, "-o", tmp_path / "ws.html", "--key",
                 tmp_path / "key.html", "--versions", "3", "--no-sources", "--title", "Unit <3> quiz",
                 "--paper", "letter")
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["key-A.html", "key-B.html", "key-C.html", "ws-A.html", "ws-B.html", "ws-C.html"]
    for form in "ABC":
        sheet = (tmp_path / f"ws-{form}.html").read_text(encoding="utf-8")
        key = (tmp_path / f"key-{form}.html").read_text(encoding="utf-8")
        assert f"Form {form}" in sheet and f"Form {form}" in key
        assert "Unit &lt;3&gt; quiz" in sheet and "size: letter" in sheet
        assert "Source:" not in key
    assert (tmp_path / "ws-A.html").read_bytes() != (tmp_path / "ws-B.html").read_bytes()


def test_questions_that_give_answers_away_are_left_out_or_reported(tmp_path):
    from studykit.forms import answer_leaks, make_forms, without_giveaways

    result = run("export", "worksheet", WORKSHEET_BANK, "-o", tmp_path / "ws.html")
    assert result.exit_code == 0
    kept = without_giveaways(tricky_bank())
    assert 0 < len(kept.questions) < 14 and not answer_leaks(make_forms(kept)[0])
    assert result.stderr.strip() == f"wrote {len(kept.questions)} questions to {tmp_path / 'ws.html'}"
    result = run("export", "worksheet", WORKSHEET_BANK, "-o", tmp_path / "all.html", "--all-questions")
    assert result.exit_code == 0
    warning, wrote = result.stderr.strip().splitlines()
    assert warning.startswith("studykit: warning: ") and "answers can be read in other questions" in warning
    assert wrote.startswith("wrote 14 questions")


def test_same_seed_same_files(tmp_path):
    for name in ("a", "b"):
        result = run("export", "worksheet", WORKSHEET_BANK, "-o", tmp_path / f"{name}.html",
                     "--versions", "2", "--seed", "9")
        assert result.exit_code == 0
    for form in "AB":
        assert (tmp_path / f"a-{form}.html").read_bytes() == (tmp_path / f"b-{form}.html").read_bytes()


def test_from_documents_every_question_without_giveaways_is_on_the_sheet(tmp_path):
    src = write(tmp_path / "bridge.txt", ARTICLE)
    out = tmp_path / "out"
    out.mkdir()
    result = run("export", "worksheet", src, "-o", out / "ws.html", "--key", out / "key.html", "--seed", "3")
    assert result.exit_code == 0, result.output
    from studykit.forms import answer_leaks, make_forms, without_giveaways

    bank = without_giveaways(bank_from_inputs([src], seed=3))
    assert bank.questions and not answer_leaks(make_forms(bank)[0])
    sheet = (out / "ws.html").read_text(encoding="utf-8")
    key = (out / "key.html").read_text(encoding="utf-8")
    assert "Harbour town opens new bridge" in sheet
    for q in bank.questions:
        for piece in html_prompt(q.prompt):
            assert piece in sheet
        assert str(escape(q.answer)) in key


def test_bad_output_suffix_is_a_one_line_error_and_writes_nothing(tmp_path):
    result = run("export", "worksheet", WORKSHEET_BANK, "-o", tmp_path / "ws.docx")
    assert result.exit_code == 1
    assert result.output.strip() == f"studykit: error: {tmp_path / 'ws.docx'}: the worksheet must be a .pdf or .html file"
    assert list(tmp_path.iterdir()) == []


def test_missing_bank_names_the_file(tmp_path):
    result = run("export", "worksheet", tmp_path / "nope.json", "-o", tmp_path / "ws.pdf")
    assert result.exit_code == 1
    assert result.output.strip() == f"studykit: error: {tmp_path / 'nope.json'}: no such file"
    assert list(tmp_path.iterdir()) == []


def test_no_questions_of_the_wanted_type(tmp_path):
    full = tricky_bank()
    Bank(full.documents, [q for q in full.questions if q.type == "choice"]).save(tmp_path / "bank.json")
    result = run("export", "worksheet", tmp_path / "bank.json", "-o", tmp_path / "ws.pdf", "--types", "short")
    assert result.exit_code == 1
    assert result.output.strip() == f"studykit: error: {tmp_path / 'bank.json'}: no questions to put on a worksheet"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bank.json"]


def test_unknown_paper_is_a_usage_error(tmp_path):
    result = run("export", "worksheet", WORKSHEET_BANK, "-o", tmp_path / "ws.pdf", "--paper", "a5")
    assert result.exit_code == 2 and "a5" in result.output
