"""The command line through click's CliRunner, plus start-up cost checks in a real process."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from conftest import ARTICLE, write
from studykit.cli import cli


def run(*args, **kwargs):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, **kwargs)


def test_help_lists_commands_with_examples():
    result = run("--help")
    assert result.exit_code == 0
    assert "generate" in result.output and "Examples:" in result.output
    assert "studykit generate" in result.output


def test_help_does_not_import_heavy_modules():
    code = ("import sys; from studykit.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('spacy', 'weasyprint', 'anki', 'genanki', 'rich', 'dateparser', 'rapidfuzz', 'fsrs', 'jinja2', 'charset_normalizer', 'text2num', 'sqlite3', 'gender_guesser') if m in sys.modules]\n"
            "print(heavy)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.stdout.strip().endswith("[]"), proc.stdout


def test_generate_writes_json_to_stdout_and_file(tmp_path):
    src = write(tmp_path / "bridge.txt", ARTICLE)
    result = run("generate", str(src))
    assert result.exit_code == 0
    bank = json.loads(result.stdout)
    assert bank["documents"][0]["title"] == "Harbour town opens new bridge"
    out = tmp_path / "bank.json"
    result = run("generate", str(src), "-o", str(out))
    assert result.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8")) == bank


def test_generate_is_deterministic(tmp_path):
    src = write(tmp_path / "bridge.txt", ARTICLE)
    a = run("generate", str(src), "--seed", "7", "--no-cache").stdout
    b = run("generate", str(src), "--seed", "7").stdout
    assert a == b and a


def test_types_and_max_options(tmp_path):
    src = write(tmp_path / "bridge.txt", ARTICLE)
    full = json.loads(run("generate", str(src)).stdout)["questions"]
    types = sorted({q["type"] for q in full})
    one = json.loads(run("generate", str(src), "--types", types[0]).stdout)["questions"]
    assert one and {q["type"] for q in one} == {types[0]}
    top = json.loads(run("generate", str(src), "--max", "2").stdout)["questions"]
    assert len(top) == 2
    result = CliRunner().invoke(cli, ["generate", str(src), "--types", "essay"])
    assert result.exit_code == 2 and "essay" in result.output


def test_bad_input_is_one_line_error_and_no_output_file(tmp_path):
    empty = write(tmp_path / "empty.txt", "")
    out = tmp_path / "bank.json"
    result = CliRunner().invoke(cli, ["generate", str(empty), "-o", str(out)])
    assert result.exit_code == 1
    assert result.output.strip() == f"studykit: error: {empty}: empty file (no text)"
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [empty]


def test_bad_input_in_a_real_process_has_no_traceback(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "studykit", "generate", str(tmp_path / "missing.txt")],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"studykit: error: {tmp_path / 'missing.txt'}: no such file or folder"


def test_folder_with_one_bad_file_warns_and_goes_on(tmp_path):
    write(tmp_path / "docs" / "good.txt", ARTICLE)
    write(tmp_path / "docs" / "bad.txt", b"\x00\x00binary")
    result = CliRunner().invoke(cli, ["generate", str(tmp_path / "docs")])
    assert result.exit_code == 0
    assert "studykit: warning:" in result.stderr and "bad.txt" in result.stderr
    assert [d["id"] for d in json.loads(result.stdout)["documents"]] == ["good"]


def test_warm_run_reuses_the_generated_bank_without_parsing(tmp_path, monkeypatch):
    import studykit.generate
    import studykit.nlp
    from studykit.pipeline import build_bank

    src = write(tmp_path / "bridge.txt", ARTICLE)
    first = build_bank([src], seed=2)

    def boom(*args, **kwargs):
        raise AssertionError("generated again despite a warm cache")

    monkeypatch.setattr(studykit.nlp, "parse_documents", boom)
    monkeypatch.setattr(studykit.generate, "generate_questions", boom)
    assert build_bank([src], seed=2).to_json() == first.to_json()
    assert build_bank([src], seed=2, max_questions=3).to_json() == first.select(max_questions=3).to_json()
    with __import__("pytest").raises(AssertionError, match="generated again"):
        build_bank([src], seed=3)  # another seed is another bank
    write(tmp_path / "bridge.txt", ARTICLE + "\nThe council met again on May 4, 2022.\n")
    with __import__("pytest").raises(AssertionError, match="generated again"):
        build_bank([src], seed=2)  # an edited document is another bank


def test_warm_quiz_start_does_not_import_spacy(tmp_path):
    src = write(tmp_path / "bridge.txt", ARTICLE)
    env = {**__import__("os").environ}
    subprocess.run([sys.executable, "-m", "studykit", "generate", str(src)], capture_output=True, env=env, check=True)
    code = ("import sys; from studykit.pipeline import build_bank; "
            f"b = build_bank([{str(src)!r}]); print(len(b.questions), 'spacy' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    count, spacy_loaded = proc.stdout.split()
    assert int(count) > 0 and spacy_loaded == "False"
