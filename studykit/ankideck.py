"""Anki export: a question bank as an .apkg deck that re-imports cleanly.

Anki matches re-imported notes by GUID and updates one only when the incoming modification time
is newer; it reads every field as HTML. So GUIDs come from the stable question ids, the timestamp
is the export time (SOURCE_DATE_EPOCH pins it for reproducible builds), and all document text is
escaped. Each question type has its own note type, so cards read naturally in Anki.
"""

from __future__ import annotations

import hashlib
import html
import io
import os
import sqlite3
import tempfile
import time
import zipfile
from dataclasses import dataclass
from itertools import count
from pathlib import Path

from .atomic import write_bytes
from .bank import BLANK, Bank, Question
from .errors import StudykitError
from .resources import templates_dir

DEFAULT_DECK = "studykit"


@dataclass(frozen=True)
class NoteKind:
    """One Anki note type, fixed by id.

    Anki matches note types by id and, by default, does not apply an incoming one whose fields or
    templates differ from its copy (nor update notes of it). So a changed field list or card
    template gets a new model_id and the next version, hence a new name, and never passes for the
    old layout. tests/test_anki.py pins a fingerprint of each note type to catch a forgotten bump.
    """

    label: str  # the card template's name; the note type is "studykit <label> v<version>"
    version: int
    model_id: int
    fields: tuple[str, ...]
    template: str  # templates/anki/<template>.front.html and .back.html
    cloze: bool = False

    @property
    def name(self) -> str:
        return f"studykit {self.label} v{self.version}"


# v2 (the article's headline heads the front) replaced v1, whose ids are retired for good:
# short 1170323032, cloze 1610073717, choice 1202962053, truefalse 1653395021.
KINDS = {
    "short": NoteKind("Short answer", 2, 1584748440,
                      ("Question", "Answer", "Accept", "Source", "Document", "ID"), "short"),
    # Text and Back Extra as in Anki's own Cloze note type, so the notes feel familiar.
    "cloze": NoteKind("Cloze", 2, 1899703021,
                      ("Text", "Back Extra", "Accept", "Document", "ID"), "cloze", cloze=True),
    "choice": NoteKind("Multiple choice", 2, 1151500038,
                       ("Question", "Choices", "Answer", "Explanation", "Source", "Document", "ID"), "choice"),
    "truefalse": NoteKind("True or false", 2, 1207754152,
                          ("Statement", "Answer", "Explanation", "Source", "Document", "ID"), "truefalse"),
}


@dataclass(frozen=True)
class AnkiExport:
    """What was written, for the command's summary line."""

    notes: int
    cards: int
    decks: list[str]


# --- field content ----------------------------------------------------------------------------

def _html(text: str) -> str:
    """Plain document text as field HTML: escaped, line breaks kept."""
    return html.escape(text, quote=False).replace("\n", "<br>")


def _marked(sentence: str, answer: str, at: int | None = None) -> str:
    """The source sentence with the answer (at `at`, else its first occurrence) highlighted."""
    if at is None or not sentence.startswith(answer, at):
        at = sentence.find(answer)
    if at < 0:
        return _html(sentence)
    end = at + len(answer)
    return f"{_html(sentence[:at])}<mark>{_html(answer)}</mark>{_html(sentence[end:])}"


def _no_cloze_syntax(field_html: str) -> str:
    """Braces as entities, so document text can never open or close a cloze deletion."""
    return field_html.replace("{", "&#123;").replace("}", "&#125;")


def _cloze_text(prompt: str, answer: str) -> str:
    """The cloze prompt with its first blank turned into Anki's {{c1::answer}} deletion."""
    before, _, after = prompt.partition(BLANK)
    # A colon pair inside the deletion would start a hint: write colons as entities there.
    deletion = _no_cloze_syntax(_html(answer)).replace(":", "&#58;")
    return f"{_no_cloze_syntax(_html(before))}{{{{c1::{deletion}}}}}{_no_cloze_syntax(_html(after))}"


def _letter(index: int) -> str:
    """A, B, ..., Z, AA, AB: the labels of the choices list (CSS upper-alpha)."""
    label = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        label = chr(ord("A") + rest) + label
    return label


def _choices_list(q: Question) -> str:
    """The options as a lettered list; the answer's item has class "correct", which only the back styles."""
    items = "".join(f'<li class="correct">{_html(c)}</li>' if c == q.answer else f"<li>{_html(c)}</li>"
                    for c in q.choices or [])
    return f'<ol class="choices" type="A">{items}</ol>'


def _choice_answer(q: Question) -> str:
    return f"{_letter(q.choices.index(q.answer))}. {_html(q.answer)}"


def _accept(q: Question) -> str:
    return ", ".join(_html(a) for a in q.accept)


def _type_fields(q: Question) -> dict[str, str]:
    """The field values particular to q's type, by field name."""
    # A sentence can carry the blank lines that followed it; as <br>s they would only pad the card.
    prompt, source = q.prompt.strip(), q.source.sentence.strip()
    if q.type == "short":
        return {"Question": _html(prompt), "Answer": _html(q.answer), "Accept": _accept(q),
                "Source": _marked(source, q.answer)}
    if q.type == "cloze":
        before = prompt.partition(BLANK)[0]
        at = len(before) if source.startswith(before) else None
        return {"Text": _cloze_text(prompt, q.answer), "Accept": _accept(q),
                "Back Extra": _no_cloze_syntax(_marked(source, q.answer, at))}
    if q.type == "choice":
        return {"Question": _html(prompt), "Choices": _choices_list(q), "Answer": _choice_answer(q),
                "Explanation": _html(q.explanation or ""), "Source": _marked(source, q.answer)}
    # truefalse: a false statement's back gives the correct one (the source sentence, unless the
    # bank has a correction); the source is left out where it would only repeat that.
    correct = (q.explanation or (source if q.answer == "False" else "")).strip()
    return {"Statement": _html(prompt), "Answer": _html(q.answer), "Explanation": _html(correct),
            "Source": "" if correct == source else _html(source)}


def note_fields(q: Question, document_title: str) -> list[str]:
    """All field values of the note for q, in the order of its note type's fields."""
    values = _type_fields(q) | {"Document": _html(document_title), "ID": _html(q.id)}
    return [values[name] for name in KINDS[q.type].fields]


def _tag(*parts: str) -> str:
    """A hierarchical Anki tag; tags cannot hold spaces, so whitespace becomes '_'."""
    return "::".join("_".join(p.split()) for p in parts)


def note_tags(q: Question) -> list[str]:
    tags = ["studykit", _tag("studykit", "type", q.type), _tag("studykit", "doc", q.source.document)]
    if q.fact.strip():
        tags.append(_tag("studykit", "fact", q.fact))
    return tags


def note_guid(q: Question) -> str:
    """Stable across exports, so re-importing updates notes instead of duplicating them."""
    import genanki

    return genanki.guid_for("studykit", q.id)


# --- decks ------------------------------------------------------------------------------------

def clean_deck_name(name: str) -> str:
    """'A :: B' -> 'A::B'; an empty name or part is a user error."""
    parts = [" ".join(p.split()) for p in name.split("::")]
    if not all(parts):
        raise StudykitError(f"deck name {name!r} is empty or has an empty part between '::'")
    return "::".join(parts)


def deck_names(bank: Bank, top: str, one_deck: bool) -> dict[str, str]:
    """Deck name per document id: a subdeck named after each document's title, unless one_deck."""
    if one_deck:
        return {d.id: top for d in bank.documents}
    titles = [" ".join(d.title.replace("::", ":").split()) or d.id for d in bank.documents]
    repeated = {t for t in titles if titles.count(t) > 1}
    return {d.id: f"{top}::{t} ({d.id})" if t in repeated else f"{top}::{t}"
            for d, t in zip(bank.documents, titles)}


def _stable_id(*parts: str) -> int:
    """A deck id derived from its name: the same deck keeps its id across exports."""
    digest = hashlib.sha256("\0".join(parts).encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:8], "big") % (1 << 30)


# --- building and writing ---------------------------------------------------------------------

def _read_template(name: str) -> str:
    return (templates_dir() / "anki" / name).read_text(encoding="utf-8")


def _model(kind: NoteKind):
    import genanki

    return genanki.Model(
        kind.model_id, kind.name,
        fields=[{"name": f} for f in kind.fields],
        templates=[{"name": kind.label,
                    "qfmt": _read_template(f"{kind.template}.front.html"),
                    "afmt": _read_template(f"{kind.template}.back.html")}],
        css=_read_template("style.css"),
        model_type=genanki.Model.CLOZE if kind.cloze else genanki.Model.FRONT_BACK,
    )


def build_decks(bank: Bank, *, deck: str = DEFAULT_DECK, one_deck: bool = False) -> list:
    """genanki decks holding one note per question, in bank order; empty decks are left out."""
    import genanki

    names = deck_names(bank, clean_deck_name(deck), one_deck)
    titles = {d.id: d.title for d in bank.documents}
    models = {t: _model(k) for t, k in KINDS.items()}
    decks: dict[str, genanki.Deck] = {}
    for q in bank.questions:
        name = names[q.source.document]
        if name not in decks:
            decks[name] = genanki.Deck(_stable_id("studykit-deck", name), name)
        decks[name].add_note(genanki.Note(model=models[q.type], fields=note_fields(q, titles[q.source.document]),
                                          tags=note_tags(q), guid=note_guid(q)))
    return list(decks.values())


def export_timestamp() -> float:
    """Now, so Anki applies changes on re-import; SOURCE_DATE_EPOCH fixes it for reproducible builds."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw:
        return time.time()
    if not raw.isdigit():
        raise StudykitError(f"SOURCE_DATE_EPOCH={raw!r} is not a whole number of seconds since 1970")
    return float(raw)


def _zip_entry(name: str, timestamp: float) -> zipfile.ZipInfo:
    """A zip member whose metadata depends only on the timestamp (byte-identical packages)."""
    date = max(time.gmtime(timestamp)[:6], (1980, 1, 1, 0, 0, 0))  # zip cannot date before 1980
    info = zipfile.ZipInfo(name, date_time=date)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3  # unix, on every platform
    info.external_attr = 0o644 << 16
    return info


def _collection_bytes(decks: list, timestamp: float) -> bytes:
    """The legacy collection.anki2 SQLite database genanki builds, as bytes."""
    import genanki

    with tempfile.TemporaryDirectory(prefix="studykit-anki-") as tmp:
        db = Path(tmp) / "collection.anki2"
        conn = sqlite3.connect(db)
        try:
            genanki.Package(decks).write_to_db(conn.cursor(), timestamp, count(int(timestamp * 1000)))
            conn.commit()
        finally:
            conn.close()
        return db.read_bytes()


def package_bytes(decks: list, timestamp: float) -> bytes:
    """The .apkg file for decks; equal decks and timestamp give equal bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as apkg:
        apkg.writestr(_zip_entry("collection.anki2", timestamp), _collection_bytes(decks, timestamp))
        apkg.writestr(_zip_entry("media", timestamp), "{}")
    return buffer.getvalue()


def render_anki(bank: Bank, *, deck: str = DEFAULT_DECK, one_deck: bool = False, timestamp: float | None = None,
                name: str | os.PathLike = "deck") -> tuple[bytes, AnkiExport]:
    """The package for bank, in memory, and what it holds; `name` is the file errors mention."""
    if not bank.questions:
        raise StudykitError(f"{name}: no questions to export (the bank is empty or every question was filtered out)")
    decks = build_decks(bank, deck=deck, one_deck=one_deck)
    data = package_bytes(decks, export_timestamp() if timestamp is None else timestamp)
    notes = [n for d in decks for n in d.notes]
    return data, AnkiExport(len(notes), sum(len(n.cards) for n in notes), [d.name for d in decks])


def export_anki(bank: Bank, path: str | os.PathLike, *, deck: str = DEFAULT_DECK, one_deck: bool = False,
                timestamp: float | None = None) -> AnkiExport:
    """Write bank as an Anki package at path, atomically; the entry point behind `studykit export anki`."""
    data, done = render_anki(bank, deck=deck, one_deck=one_deck, timestamp=timestamp, name=path)
    write_bytes(path, data)
    return done
