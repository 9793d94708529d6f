"""Anki export, checked by importing the .apkg with Anki's own library (the `anki` package)."""

from __future__ import annotations

import contextlib
import hashlib
import html
import json
import re
import zipfile

import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from click.testing import CliRunner

from conftest import ARTICLE, write
from studykit.ankideck import KINDS, _model, clean_deck_name, deck_names, export_anki
from studykit.bank import BLANK, Bank, DocumentRecord, Question, Source
from studykit.cli import cli
from studykit.errors import StudykitError
from studykit.pipeline import build_bank

T0 = 1_700_000_000


def tricky_bank() -> Bank:
    """All four types, with text that breaks HTML, Anki's cloze syntax or tags if not escaped."""
    docs = [DocumentRecord("xss", "Scripts & <b>bold</b> claims", "xss.txt", "0" * 64),
            DocumentRecord("café", "Café “Zürich” :: notes", "café.md", "1" * 64)]
    script = Source("xss", 'The page ran <script>alert("x")</script> & showed <b>bold</b> text.')
    cafe = Source("café", "The Café Zürich opened at 10:30 on 1 May 1905 — {{c2::not a cloze}}.")
    return Bank(docs, [
        Question("xss-short-1", "short", "What did the page run before showing <b>bold</b> text?",
                 '<script>alert("x")</script>', "description", script, 0.9, accept=["a <script> tag"]),
        Question("café-cloze-1", "cloze", "The Café Zürich opened at _____ on 1 May 1905 — {{c2::not a cloze}}.",
                 "10:30", "figure", cafe, 0.8, accept=["10.30"]),
        Question("xss-cloze-2", "cloze", "Its code kept the items in a _____ of strings.", "std::vector",
                 "product", Source("xss", "Its code kept the items in a std::vector of strings."), 0.75),
        Question("xss-choice-1", "choice", "Which tag did the page show?", "<b>bold</b>", "description", script,
                 0.7, choices=["<i>italic</i>", "<b>bold</b>", "Tom & Jerry", "“quoted”"]),
        Question("café-truefalse-1", "truefalse", "The Café Zürich opened at 11:45 on 1 May 1905.", "False",
                 "figure", cafe, 0.6, explanation="It opened at 10:30 & served <em>coffee</em>."),
    ])


@contextlib.contextmanager
def collection(path):
    col = Collection(str(path))
    try:
        yield col
    finally:
        col.close()


def import_apkg(col: Collection, apkg):
    request = ImportAnkiPackageRequest(package_path=str(apkg), options=ImportAnkiPackageOptions())
    return col.import_anki_package(request).log


def shown_prompt(side: str) -> str:
    """The prompt as the learner reads it: tags (and attributes such as data-cloze) removed."""
    prompt = side.split('class="prompt">', 1)[1].split("</div>", 1)[0]
    return html.unescape(re.sub(r"<[^>]+>", "", prompt))


def question(bank: Bank, qid: str) -> Question:
    return next(q for q in bank.questions if q.id == qid)


def notes_by_id(col: Collection) -> dict:
    return {html.unescape(n["ID"]): n for n in map(col.get_note, col.find_notes(""))}


def text(field_html: str) -> str:
    """A field or card side as plain text: tags removed, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", field_html))


def check_note(note, q: Question) -> None:
    """The note holds q's prompt and answer, and its card shows the prompt (blank as [...])."""
    prompt = q.prompt.strip()
    if q.type == "cloze":
        before, _, after = prompt.partition(BLANK)
        assert html.unescape(note["Text"]) == f"{before}{{{{c1::{q.answer}}}}}{after}"
        assert text(note["Back Extra"]) == q.source.sentence.strip()
        shown = prompt.replace(BLANK, "[...]", 1)
    else:
        assert html.unescape(note["Statement" if q.type == "truefalse" else "Question"]) == prompt
        assert html.unescape(note["Answer"]).endswith(q.answer)
        shown = prompt
    cards = note.cards()
    assert len(cards) == 1
    assert shown_prompt(cards[0].question()) == shown


@pytest.fixture
def imported(tmp_path):
    """The tricky bank exported and imported into a fresh collection: (bank, col, notes by question id)."""
    bank = tricky_bank()
    apkg = tmp_path / "deck.apkg"
    export_anki(bank, apkg, timestamp=T0)
    with collection(tmp_path / "c.anki2") as col:
        import_apkg(col, apkg)
        yield bank, col, notes_by_id(col)


def test_every_question_becomes_one_note_of_its_type(imported):
    bank, col, notes = imported
    assert col.note_count() == col.card_count() == len(bank.questions)
    assert set(notes) == {q.id for q in bank.questions}
    assert {k.name for k in KINDS.values()} <= {m.name for m in col.models.all_names_and_ids()}
    for q in bank.questions:
        note_type = notes[q.id].note_type()
        assert (note_type["id"], note_type["name"]) == (KINDS[q.type].model_id, KINDS[q.type].name)
        check_note(notes[q.id], q)
    assert col.models.by_name(KINDS["cloze"].name)["type"] == 1  # Anki's own cloze kind


def test_the_front_names_the_article_before_the_question(imported):
    """A question is asked about one article, so the front says which (escaped), above the prompt."""
    bank, col, notes = imported
    titles = {d.id: d.title for d in bank.documents}
    for q in bank.questions:
        front = notes[q.id].cards()[0].question()
        article = front.split('class="article">', 1)[1].split("</div>", 1)[0]
        assert html.unescape(article) == titles[q.source.document]
        assert "<b>" not in article
        assert front.index('class="article"') < front.index('class="prompt"')
        back = notes[q.id].cards()[0].answer()
        assert back.count('class="article"') == 1  # the back shows it once, with the front


# Anki does not apply a changed note type under a known id, so any change to a note type's fields
# or card templates must come with a new model_id and version. Update a row only together with those.
NOTE_TYPES = {
    "short": (2, 1584748440, "08590b9d2092"),
    "cloze": (2, 1899703021, "0cb827a25ffa"),
    "choice": (2, 1151500038, "bc6d970cc872"),
    "truefalse": (2, 1207754152, "79c005adbe8c"),
}


def test_note_type_changes_come_with_a_new_id_and_version():
    for qtype, kind in KINDS.items():
        model = _model(kind)
        schema = json.dumps([model.fields, model.templates, kind.cloze], sort_keys=True).replace("\\r\\n", "\\n")
        pinned = (kind.version, kind.model_id, hashlib.sha256(schema.encode()).hexdigest()[:12])
        assert pinned == NOTE_TYPES[qtype], (
            f"the {qtype} note type's fields or templates changed: give KINDS[{qtype!r}] a new model_id "
            f"and the next version, then pin {pinned[2]!r} with them here")
        assert kind.name == f"studykit {kind.label} v{kind.version}"
    assert len({k.model_id for k in KINDS.values()}) == len(KINDS)


def test_document_text_is_escaped_in_fields_and_cards(imported):
    bank, col, notes = imported
    short = notes["xss-short-1"]
    assert short["Answer"] == '&lt;script&gt;alert("x")&lt;/script&gt;'
    assert short["Question"] == "What did the page run before showing &lt;b&gt;bold&lt;/b&gt; text?"
    for note in notes.values():
        for card in note.cards():
            for side in (card.question(), card.answer()):
                assert "<script>" not in side and "<b>bold" not in side and "<em>" not in side
    back = short.cards()[0].answer()
    assert "&lt;script&gt;" in back and "Scripts &amp; &lt;b&gt;bold&lt;/b&gt; claims" in back


def test_cloze_hides_the_answer_and_literal_braces_make_no_extra_card(imported):
    bank, col, notes = imported
    note = notes["café-cloze-1"]
    [card] = note.cards()
    front, back = card.question(), card.answer()
    assert shown_prompt(front) == "The Café Zürich opened at [...] on 1 May 1905 — {{c2::not a cloze}}."
    assert shown_prompt(back) == question(bank, "café-cloze-1").source.sentence
    # The document's braces stayed text above, not a second deletion.
    assert "Also accepted: 10.30" in back


def test_cloze_answer_with_double_colon_is_not_taken_for_a_hint(imported):
    bank, col, notes = imported
    [card] = notes["xss-cloze-2"].cards()
    assert shown_prompt(card.question()) == "Its code kept the items in a [...] of strings."
    assert shown_prompt(card.answer()) == "Its code kept the items in a std::vector of strings."


def test_choice_card_lists_choices_and_names_the_answer_letter(imported):
    bank, col, notes = imported
    [card] = notes["xss-choice-1"].cards()
    front, back = card.question(), card.answer()
    q = question(bank, "xss-choice-1")
    items = re.findall(r"<li(?: class=\"correct\")?>(.*?)</li>", front)
    assert [html.unescape(i) for i in items] == q.choices
    assert re.findall(r'<li class="correct">(.*?)</li>', front) == ["&lt;b&gt;bold&lt;/b&gt;"]
    # The mark is styled only inside the back's .revealed copy of the front, with plain CSS.
    assert '<div class="revealed">' in back and '<div class="revealed">' not in front
    assert ".revealed ol.choices li.correct" in col.models.by_name(KINDS["choice"].name)["css"]
    assert '<div class="answer">B. &lt;b&gt;bold&lt;/b&gt;</div>' in back


def test_truefalse_card_shows_the_statement_and_the_correction(imported):
    bank, col, notes = imported
    [card] = notes["café-truefalse-1"].cards()
    assert "True or false?" in card.question() and "11:45" in card.question()
    assert '<div class="answer">False</div>' in card.answer()
    assert "It opened at 10:30 &amp; served &lt;em&gt;coffee&lt;/em&gt;." in card.answer()


def test_false_statement_without_a_correction_shows_the_source_as_the_correct_statement(tmp_path):
    sentence = "The bridge opened in 1905."
    docs = [DocumentRecord("b", "Bridges", "b.txt", "")]
    bank = Bank(docs, [Question("b-tf-1", "truefalse", "The bridge opened in 1907.", "False", "date",
                                Source("b", sentence), 0.5),
                       Question("b-tf-2", "truefalse", sentence, "True", "date", Source("b", sentence), 0.5)])
    export_anki(bank, tmp_path / "tf.apkg", timestamp=T0)
    with collection(tmp_path / "c.anki2") as col:
        import_apkg(col, tmp_path / "tf.apkg")
        notes = notes_by_id(col)
    false, true = notes["b-tf-1"], notes["b-tf-2"]
    assert (false["Answer"], false["Explanation"], false["Source"]) == ("False", sentence, "")
    assert (true["Answer"], true["Explanation"], true["Source"]) == ("True", "", sentence)


def test_source_sentence_with_the_answer_highlighted_on_the_back(imported):
    bank, col, notes = imported
    assert notes["xss-short-1"]["Source"] == ("The page ran <mark>&lt;script&gt;alert(\"x\")&lt;/script&gt;</mark> "
                                              "&amp; showed &lt;b&gt;bold&lt;/b&gt; text.")
    assert notes["café-truefalse-1"]["Source"].startswith("The Café Zürich opened at 10:30 on")
    # A cloze note keeps its source in Back Extra, as Anki's own cloze type does; braces stay text.
    extra = notes["café-cloze-1"]["Back Extra"]
    assert html.unescape(extra) == "The Café Zürich opened at <mark>10:30</mark> on 1 May 1905 — {{c2::not a cloze}}."
    assert f'<div class="source">{extra}</div>' in notes["café-cloze-1"].cards()[0].answer()
    for note in notes.values():
        assert html.unescape(note["Document"]) in {d.title for d in bank.documents}
        assert f'<div class="article">{note["Document"]}</div>' in note.cards()[0].answer()


def test_source_highlight_marks_the_blanked_occurrence():
    from studykit.ankideck import note_fields

    sentence = "Paris beat Paris FC in Paris."
    q = Question("p-cloze-1", "cloze", "Paris beat Paris FC in _____.", "Paris", "place", Source("p", sentence), 0.5)
    text, extra = note_fields(q, "Football")[:2]
    assert text == "Paris beat Paris FC in {{c1::Paris}}."
    assert extra == "Paris beat Paris FC in <mark>Paris</mark>."


def test_subdeck_per_document_tags_and_guids(imported):
    import genanki

    bank, col, notes = imported
    decks = {qid: {col.decks.name(c.did) for c in n.cards()} for qid, n in notes.items()}
    assert decks["xss-short-1"] == {"studykit::Scripts & <b>bold</b> claims"}
    assert decks["café-cloze-1"] == {"studykit::Café “Zürich” : notes"}
    assert set(notes["café-cloze-1"].tags) == {"studykit", "studykit::type::cloze", "studykit::doc::café",
                                               "studykit::fact::figure"}
    for q in bank.questions:
        note = notes[q.id]
        assert note.guid == genanki.guid_for("studykit", q.id)
        assert not any(" " in tag for tag in note.tags)
        assert set(note.tags) == {"studykit", f"studykit::type::{q.type}", f"studykit::fact::{q.fact}",
                                  f"studykit::doc::{q.source.document}"}


def test_one_deck_and_nested_top_deck(tmp_path):
    apkg = tmp_path / "one.apkg"
    result = export_anki(tricky_bank(), apkg, deck=" History :: Week 3 ", one_deck=True, timestamp=T0)
    assert result.decks == ["History::Week 3"]
    with collection(tmp_path / "c.anki2") as col:
        import_apkg(col, apkg)
        assert {col.decks.name(col.get_card(c).did) for c in col.find_cards("")} == {"History::Week 3"}


def test_reimport_updates_notes_instead_of_duplicating(tmp_path):
    bank = tricky_bank()
    export_anki(bank, tmp_path / "v1.apkg", timestamp=T0)
    question(bank, "xss-short-1").prompt = "What did the page run first?"
    export_anki(bank, tmp_path / "v2.apkg", timestamp=T0 + 60)
    with collection(tmp_path / "c.anki2") as col:
        n = len(bank.questions)
        assert len(import_apkg(col, tmp_path / "v1.apkg").new) == n
        log = import_apkg(col, tmp_path / "v2.apkg")
        assert len(log.new) == 0 and len(log.updated) == n
        assert col.note_count() == n
        assert notes_by_id(col)["xss-short-1"]["Question"] == "What did the page run first?"


def test_importing_the_same_deck_again_adds_nothing(tmp_path):
    bank = tricky_bank()
    export_anki(bank, tmp_path / "deck.apkg", timestamp=T0)
    with collection(tmp_path / "c.anki2") as col:
        assert len(import_apkg(col, tmp_path / "deck.apkg").new) == len(bank.questions)
        again = import_apkg(col, tmp_path / "deck.apkg")
        assert (len(again.new), len(again.updated)) == (0, 0)
        assert col.note_count() == col.card_count() == len(bank.questions)


def test_rebuilt_deck_after_a_source_edit_updates_the_changed_note_and_adds_none(tmp_path):
    article = write(tmp_path / "bridge.txt", ARTICLE)
    before = build_bank([article])
    export_anki(before, tmp_path / "v1.apkg", timestamp=T0)
    write(article, ARTICLE.replace("designed the steel arch", "designed the curved steel arch"))
    after = build_bank([article])
    export_anki(after, tmp_path / "v2.apkg", timestamp=T0 + 60)

    # The edit must keep every question (ids come from the answer, not the sentence) and change some.
    old = {q.id: q for q in before.questions}
    new = {q.id: q for q in after.questions}
    assert set(new) == set(old)
    changed = [i for i in new if (new[i].prompt, new[i].source) != (old[i].prompt, old[i].source)]
    assert changed and all("curved steel arch" in new[i].source.sentence for i in changed)

    with collection(tmp_path / "c.anki2") as col:
        assert len(import_apkg(col, tmp_path / "v1.apkg").new) == len(before.questions) == col.note_count()
        log = import_apkg(col, tmp_path / "v2.apkg")
        assert len(log.new) == 0 and len(log.updated) >= 1
        assert col.note_count() == col.card_count() == len(after.questions)
        updated = {html.unescape(col.get_note(n.id.nid)["ID"]) for n in log.updated}
        assert set(changed) <= updated
        notes = notes_by_id(col)
        for qid in new:
            check_note(notes[qid], new[qid])
        for qid in changed:  # whatever the question's type
            assert "curved steel arch" in " ".join(text(field) for field in notes[qid].fields)


def test_same_bank_and_timestamp_give_identical_bytes(tmp_path):
    export_anki(tricky_bank(), tmp_path / "a.apkg", timestamp=T0)
    export_anki(tricky_bank(), tmp_path / "b.apkg", timestamp=T0)
    assert (tmp_path / "a.apkg").read_bytes() == (tmp_path / "b.apkg").read_bytes()
    with zipfile.ZipFile(tmp_path / "a.apkg") as z:
        assert z.namelist() == ["collection.anki2", "media"]
        assert {i.date_time for i in z.infolist()} == {(2023, 11, 14, 22, 13, 20)}  # T0 in UTC
        assert json.loads(z.read("media")) == {}


def test_deck_names_disambiguate_repeated_titles():
    docs = [DocumentRecord("a", "Notes", "a.txt", ""), DocumentRecord("b", "Notes", "b.txt", ""),
            DocumentRecord("c", "Other", "c.txt", "")]
    assert deck_names(Bank(docs, []), "top", False) == {"a": "top::Notes (a)", "b": "top::Notes (b)",
                                                        "c": "top::Other"}


@pytest.mark.parametrize("name", ["", "  ", "A::", "::B", "A:: ::B"])
def test_empty_deck_names_are_refused(name):
    with pytest.raises(StudykitError, match="deck name"):
        clean_deck_name(name)


# --- the command ------------------------------------------------------------------------------

def run(*args, env=None):
    return CliRunner().invoke(cli, list(args), env=env)


@pytest.fixture
def bank_file(tmp_path):
    path = tmp_path / "bank.json"
    tricky_bank().save(path)
    return path


def test_command_writes_a_deck_and_reports_it(tmp_path, bank_file):
    out = tmp_path / "deck.apkg"
    result = run("export", "anki", str(bank_file), "-o", str(out), "--types", "cloze,choice")
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == f"wrote 3 notes (3 cards) in 2 decks to {out}"
    with collection(tmp_path / "c.anki2") as col:
        import_apkg(col, out)
        assert set(notes_by_id(col)) == {"café-cloze-1", "xss-cloze-2", "xss-choice-1"}


def test_command_writes_deck_apkg_by_default(tmp_path, bank_file, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("export", "anki", str(bank_file))
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == "wrote 5 notes (5 cards) in 2 decks to deck.apkg"
    assert zipfile.is_zipfile(tmp_path / "deck.apkg")


def test_command_is_byte_identical_with_source_date_epoch(tmp_path, bank_file):
    env = {"SOURCE_DATE_EPOCH": str(T0)}
    for name in ("a.apkg", "b.apkg"):
        assert run("export", "anki", str(bank_file), "-o", str(tmp_path / name), env=env).exit_code == 0
    assert (tmp_path / "a.apkg").read_bytes() == (tmp_path / "b.apkg").read_bytes()
    result = run("export", "anki", str(bank_file), "-o", str(tmp_path / "c.apkg"), env={"SOURCE_DATE_EPOCH": "soon"})
    assert result.exit_code == 1
    assert result.output.strip() == "studykit: error: SOURCE_DATE_EPOCH='soon' is not a whole number of seconds since 1970"


def test_command_refuses_an_empty_deck_name_before_generating(tmp_path):
    out = tmp_path / "deck.apkg"
    result = run("export", "anki", str(tmp_path / "missing.txt"), "-o", str(out), "--deck", "A::::B")
    assert result.exit_code == 1
    assert result.output.strip() == "studykit: error: deck name 'A::::B' is empty or has an empty part between '::'"
    assert not out.exists()


def test_command_bad_bank_empty_selection_and_missing_folder(tmp_path, bank_file):
    out = tmp_path / "deck.apkg"
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "studykit.bank", "version": 1}', encoding="utf-8")
    empty = tmp_path / "empty.json"
    Bank(tricky_bank().documents, []).save(empty)
    cases = [
        ([str(bad), "-o", str(out)], f"{bad}: malformed question bank: bank has no 'documents'"),
        ([str(empty), "-o", str(out)], f"{out}: no questions to export (the bank is empty or every question "
                                       "was filtered out)"),
        ([str(bank_file), "-o", str(tmp_path / "nope" / "d.apkg")],
         f"{tmp_path / 'nope' / 'd.apkg'}: output folder {tmp_path / 'nope'} does not exist"),
    ]
    for args, message in cases:
        result = run("export", "anki", *args)
        assert result.exit_code == 1
        assert result.output.strip() == f"studykit: error: {message}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json", "bank.json", "empty.json"]


def test_seed_bank_end_to_end(tmp_path, seed_bank):
    """Generated questions (whatever types the generator emits today) all arrive in Anki intact."""
    bank_path = tmp_path / "seeds.json"
    seed_bank.save(bank_path)
    out = tmp_path / "seeds.apkg"
    result = run("export", "anki", str(bank_path), "-o", str(out))
    assert result.exit_code == 0, result.output
    with collection(tmp_path / "c.anki2") as col:
        log = import_apkg(col, out)
        assert len(log.new) == len(seed_bank.questions) == col.card_count()
        notes = notes_by_id(col)
        assert set(notes) == {q.id for q in seed_bank.questions}
        titles = {d.id: d.title for d in seed_bank.documents}
        for q in seed_bank.questions:
            note = notes[q.id]
            assert note.note_type()["name"] == KINDS[q.type].name
            assert html.unescape(note["Document"]) == titles[q.source.document]
            assert {col.decks.name(c.did) for c in note.cards()} == {f"studykit::{titles[q.source.document]}"}
            check_note(note, q)
