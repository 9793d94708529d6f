"""The bank format: round trip, selection and strict validation of malformed banks."""

from __future__ import annotations

import json

import pytest

from studykit.bank import Bank, DocumentRecord, Question, Source, bank_from_dict, load_bank
from studykit.errors import StudykitError


def sample_bank() -> Bank:
    doc = DocumentRecord("bridge", "Bridge opens", "bridge.txt", "0" * 64)
    src = Source("bridge", "The council opened the bridge on March 3, 2021.")
    return Bank([doc], [
        Question("q1", "short", "When did the council open the bridge?", "March 3, 2021", "date", src, 0.9,
                 accept=["3 March 2021"]),
        Question("q2", "cloze", "The council opened the bridge on _____.", "March 3, 2021", "date", src, 0.7),
        Question("q3", "choice", "When did the council open the bridge?", "March 3, 2021", "date", src, 0.8,
                 choices=["March 3, 2021", "May 9, 2021", "March 3, 2019", "June 1, 2020"]),
        Question("q4", "truefalse", "The council opened the bridge on May 9, 2021.", "False", "date", src, 0.6,
                 explanation="The council opened the bridge on March 3, 2021."),
    ])


def test_round_trip_is_lossless(tmp_path):
    bank = sample_bank()
    path = tmp_path / "bank.json"
    bank.save(path)
    again = load_bank(path)
    assert again.to_json() == bank.to_json()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "studykit.bank" and data["version"] == 1
    assert set(data["questions"][0]) >= {"id", "type", "prompt", "answer", "accept", "fact", "source", "score"}
    assert "choices" in data["questions"][2] and "choices" not in data["questions"][0]


def test_select_keeps_types_and_best_scores_in_bank_order():
    bank = sample_bank()
    assert [q.id for q in bank.select(types=["cloze", "truefalse"]).questions] == ["q2", "q4"]
    assert [q.id for q in bank.select(max_questions=2).questions] == ["q1", "q3"]


def _broken(mutate):
    data = sample_bank().to_dict()
    mutate(data)
    return data


@pytest.mark.parametrize("mutate,problem", [
    (lambda d: d.update(format="other"), "not a studykit bank"),
    (lambda d: d.update(version=9), "unsupported bank version"),
    (lambda d: d.pop("questions"), "no 'questions'"),
    (lambda d: d["questions"][0].pop("answer"), "no 'answer'"),
    (lambda d: d["questions"][0].update(type="essay"), "not one of"),
    (lambda d: d["questions"][1].update(id="q1"), "repeated"),
    (lambda d: d["questions"][2].update(choices=["a", "b"]), "contain the answer"),
    (lambda d: d["questions"][3].update(answer="Yes"), "True\" or \"False"),
    (lambda d: d["questions"][1].update(prompt="No blank here."), "blank"),
    (lambda d: d["questions"][0]["source"].update(document="other"), "not in documents"),
    (lambda d: d["questions"][0].update(score="high"), "'score' must be"),
    (lambda d: d["questions"][0].update(accept="x"), "list of strings"),
])
def test_malformed_banks_are_rejected_with_a_reason(mutate, problem):
    with pytest.raises(ValueError, match=problem.replace("(", r"\(")):
        bank_from_dict(_broken(mutate))


def test_load_bank_errors_name_the_file(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(StudykitError, match="bad.json: not valid JSON"):
        load_bank(bad)
    bad.write_text(json.dumps(_broken(lambda d: d.update(format="x"))), encoding="utf-8")
    with pytest.raises(StudykitError, match="bad.json: malformed question bank"):
        load_bank(bad)
    with pytest.raises(StudykitError, match="missing.json: no such file"):
        load_bank(tmp_path / "missing.json")
