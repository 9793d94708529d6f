"""Keep the benchmark scripts from rotting: their cores on tiny data written here.

The SQuAD scorer needs pycocoevalcap (the `bench` extra) and Java; without them its tests skip.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys

import pytest

from conftest import ROOT


def load_script(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


CONTEXT = ("The Westgate Bridge was opened by the Riverside Council in March 2021. "
           "It cost 40 million pounds to build.")
QUESTIONS = [
    ("Who opened the Westgate Bridge?", "the Riverside Council"),
    ("When was the Westgate Bridge opened?", "March 2021"),
    ("How much did the bridge cost?", "40 million pounds"),
]


@pytest.fixture
def squad_file(tmp_path):
    qas = [{"id": f"q{i}", "question": q, "answers": [{"text": a, "answer_start": CONTEXT.index(a)}]}
           for i, (q, a) in enumerate(QUESTIONS)]
    path = tmp_path / "tiny-squad.json"
    path.write_text(json.dumps({"version": "1.1", "data": [{"title": "Bridge", "paragraphs": [
        {"context": CONTEXT, "qas": qas}]}]}), encoding="utf-8")
    return path


def test_baseline_question_replaces_the_answer():
    squad_qg = load_script("squad_qg")
    sentence = "It cost 40 million pounds to build."
    assert squad_qg.baseline_question(sentence, "40 million pounds", 8) == "It cost what to build?"


@pytest.fixture
def scorer():
    pytest.importorskip("pycocoevalcap")
    if shutil.which("java") is None:
        pytest.skip("java is needed by the tokenizer and METEOR")
    return load_script("squad_qg")


def test_squad_baseline_end_to_end(scorer, squad_file, tmp_path, capsys):
    out = tmp_path / "dump.jsonl"
    assert scorer.main([str(squad_file), "--baseline", "--out", str(out)]) == 0
    figures = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert figures["n_pairs"] == 3 and figures["n_scored"] == 2 and figures["coverage"] == 100.0
    assert 0 <= figures["bleu4"] < 100 and 0 < figures["meteor"] < 100 and 0 < figures["rouge_l"] < 100
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows[0]["prediction"] == "The Westgate Bridge was opened by what in March 2021?"
    assert rows[0]["references"] == ["who opened the westgate bridge ?", "when was the westgate bridge opened ?"]
    assert [r["scored"] for r in rows] == [True, False, True]


def test_studykit_is_asked_with_the_text_before_the_sentence(squad_file):
    squad_qg = load_script("squad_qg")
    items, _ = squad_qg.squad_items(squad_qg.read_squad(squad_file))
    pairs = squad_qg.make_pairs(items)
    assert [p.context for p in pairs] == ["Bridge\n\n", "Bridge\n\n",
                                          "Bridge\n\nThe Westgate Bridge was opened by the Riverside Council in March 2021. "]
    squad_qg.ask_all(pairs, baseline=False, progress=False)
    assert pairs[2].prediction == "How much did the Westgate Bridge cost?"  # "it", named from the context
    squad_qg.ask_all(pairs, baseline=False, progress=False, context=False)
    assert pairs[2].prediction == "How much did it cost?"


def test_perfect_and_missing_predictions(scorer, squad_file):
    items, dropped = scorer.squad_items(scorer.read_squad(squad_file))
    assert dropped == 0 and len({it.group for it in items}) == 2
    pairs = scorer.make_pairs(items)
    for pair in pairs:
        pair.prediction = pair.items[0].question
    figures, *_ = scorer.evaluate(items, pairs, per_answer=True, meteor=False)
    assert figures["bleu4"] == pytest.approx(100) and figures["rouge_l"] == pytest.approx(100)
    pairs[2].prediction = ""
    figures, *_ = scorer.evaluate(items, pairs, per_answer=True, meteor=False)
    assert figures["coverage"] == pytest.approx(200 / 3) and figures["rouge_l"] == pytest.approx(200 / 3)


def test_ratings_file_is_read_and_counted(tmp_path, capsys):
    news_sample = load_script("news_sample")
    ratings = tmp_path / "ratings.txt"
    ratings.write_text("# comment\na ok\nb bad wrong-wh-word  # why\nc bad Wrong-wh-word\nd ?\nzz ok\n",
                       encoding="utf-8")

    class Q:
        def __init__(self, qid):
            self.id = qid

    report = news_sample.report_ratings(news_sample.read_ratings(ratings), [Q(x) for x in "abcd"], ratings)
    assert report == {"rated": 3, "acceptable": 1, "acceptable_share": 33.3,
                      "reasons": {"wrong-wh-word": 2}, "unrated": 1, "stray": 1}
    ratings.write_text("a maybe\n", encoding="utf-8")
    with pytest.raises(news_sample.BenchError, match="verdict must be ok or bad"):
        news_sample.read_ratings(ratings)


def test_squad_articles_become_documents_with_their_title_as_headline(squad_file, tmp_path, capsys):
    squad_articles = load_script("squad_articles")
    out = tmp_path / "wiki"
    assert squad_articles.main([str(squad_file), str(out)]) == 0
    assert (out / "000.txt").read_text(encoding="utf-8") == "Bridge\n\n" + CONTEXT + "\n"
    from studykit.sources import read_inputs

    doc = read_inputs([out])[0]
    assert doc.title == "Bridge" and doc.text == CONTEXT
    assert "wrote 1 articles" in capsys.readouterr().out
