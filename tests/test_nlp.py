"""The spaCy pipeline: model resolution, studykit's entity patterns and the parse cache."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ARTICLE, write
from studykit import nlp
from studykit.errors import StudykitError
from studykit.sources import read_inputs


def test_resolves_an_installed_english_model():
    assert nlp.resolve_model_name() in nlp.MODEL_CANDIDATES
    pipe = nlp.load_pipeline()
    assert pipe.meta["version"] == "3.8.0"
    assert {"parser", "ner", "studykit_entities", "studykit_paragraphs"} <= set(pipe.pipe_names)


def test_environment_override_is_used(monkeypatch):
    monkeypatch.setenv(nlp.MODEL_ENV, "no_such_model_pkg")
    assert nlp.resolve_model_name() == "no_such_model_pkg"
    with pytest.raises(StudykitError) as info:
        nlp.load_pipeline()
    assert "no_such_model_pkg" in str(info.value) and "pip install" in str(info.value)


def test_missing_model_is_a_one_line_error_with_the_install_command(monkeypatch):
    monkeypatch.setattr(nlp, "MODEL_CANDIDATES", ("no_such_model_a", "no_such_model_b"))
    with pytest.raises(StudykitError) as info:
        nlp.resolve_model_name()
    assert str(info.value).count("\n") == 0
    assert nlp.INSTALL_HINT in str(info.value)


def test_missing_model_through_the_cli(tmp_path):
    code = ("import studykit.nlp as n; n.MODEL_CANDIDATES=('no_such_model_x',);"
            "from studykit.cli import main; main(['generate'])")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 1
    assert proc.stderr.startswith("studykit: error: spaCy English model") and "Traceback" not in proc.stderr
    assert proc.stdout == ""


@pytest.mark.parametrize("sentence,product", [
    ("Apple released the iPhone 15 Pro in September.", "iPhone 15 Pro"),
    ("Regulators grounded the Boeing 737 MAX after two crashes.", "Boeing 737 MAX"),
    ("The air force bought twelve F-16 jets last year.", "F-16"),
    ("Most office computers now run Windows 11 at the firm.", "Windows 11"),
])
def test_product_shapes_become_single_entities(sentence, product):
    doc = nlp.load_pipeline()(sentence)
    assert product in [e.text for e in doc.ents if e.label_ == "PRODUCT"]


@pytest.mark.parametrize("sentence,not_product", [
    ("The council met on May 16 to approve the plan.", "May 16"),
    ("Sales rose sharply in 2023 across Europe.", "2023"),
    ("Athens hosted the games in August 2004.", "August 2004"),
])
def test_dates_are_not_products(sentence, not_product):
    doc = nlp.load_pipeline()(sentence)
    assert all(not_product not in e.text for e in doc.ents if e.label_ == "PRODUCT")


def test_blank_line_ends_a_sentence():
    doc = nlp.load_pipeline()("The bridge opened in 2021\n\nEngineers designed the arch in Portfield.")
    assert len(list(doc.sents)) == 2


def test_second_parse_comes_from_the_cache(tmp_path, monkeypatch):
    docs = read_inputs([write(tmp_path / "a.txt", ARTICLE)])
    first = nlp.parse_documents(docs)

    def no_parsing(*args, **kwargs):
        raise AssertionError("parsed again despite a warm cache")

    monkeypatch.setattr(nlp, "parse_texts", no_parsing)
    second = nlp.parse_documents(docs)
    assert [t.text for t in second[0]] == [t.text for t in first[0]]
    assert [(e.text, e.label_) for e in second[0].ents] == [(e.text, e.label_) for e in first[0].ents]
    assert [t.dep_ for t in second[0]] == [t.dep_ for t in first[0]]
    with pytest.raises(AssertionError, match="parsed again"):
        nlp.parse_documents(docs, use_cache=False)


def test_jobs_parse_in_parallel_with_the_same_result(tmp_path):
    paths = [write(tmp_path / f"d{i}.txt", ARTICLE.replace("Westgate", f"Westgate {chr(65 + i)}x")) for i in range(3)]
    docs = read_inputs(paths)
    one = nlp.parse_documents(docs, use_cache=False)
    two = nlp.parse_documents(docs, use_cache=False, jobs=2)
    assert [[t.dep_ for t in d] for d in one] == [[t.dep_ for t in d] for d in two]
