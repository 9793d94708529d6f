"""The spaced-repetition store: real SQLite, real fsrs scheduling, real concurrent processes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from datetime import timedelta

import pytest
from fsrs import Rating

from conftest import ROOT
from quizbank import QUESTIONS
from studykit.bank import bank_from_dict
from studykit.errors import StudykitError
from studykit.progress import Progress, card_id, default_path, utcnow


def questions():
    bank = bank_from_dict({"format": "studykit.bank", "version": 1,
                           "documents": [{"id": "bridge", "title": "T", "path": "p", "sha256": "s"}],
                           "questions": QUESTIONS})
    return bank.questions


def test_store_lives_in_studykit_home(tmp_path, monkeypatch):
    monkeypatch.setenv("STUDYKIT_HOME", str(tmp_path / "home"))
    assert default_path() == tmp_path / "home" / "progress.sqlite3"
    with Progress() as store:
        assert store.path.is_file()
    mode = sqlite3.connect(default_path()).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_reviews_persist_and_schedule_with_fsrs():
    right, wrong = questions()[:2]
    now = utcnow()
    with Progress() as store:
        due_right = store.record(right, "Bridge", rating=Rating.Good, correct=True, answer="B", now=now)
        due_wrong = store.record(wrong, "Bridge", rating=Rating.Again, correct=False, answer="False", now=now)
    assert due_right - now >= timedelta(days=1)          # a first right answer waits days
    assert due_wrong - now <= timedelta(minutes=5)       # a miss comes back almost at once
    with Progress() as again:                             # a new connection sees both
        assert set(again.due_times([right.id, wrong.id, "never-seen"])) == {right.id, wrong.id}
        due = again.due(now)
        assert [q.id for q, _ in due] == [wrong.id]
        assert due[0][0].to_dict() == wrong.to_dict() and due[0][1] == "Bridge"
        assert again.reviews(wrong.id) == [(int(Rating.Again), False, "False")]
        assert [q.id for q, _ in again.due(now + timedelta(days=30))] == [wrong.id, right.id]


def test_stats_count_cards_due_and_recall():
    qs = questions()
    now = utcnow()
    with Progress() as store:
        empty = store.stats(now)
        assert (empty.studied, empty.reviews, empty.recall_rate) == (0, 0, None)
        for q in qs[:3]:
            store.record(q, "T", rating=Rating.Good, correct=True, answer="x", now=now)
        store.record(qs[3], "T", rating=Rating.Again, correct=False, answer="y", now=now)
        stats = store.stats(now)
    assert (stats.studied, stats.due_now, stats.reviews, stats.correct) == (4, 1, 4, 3)
    assert stats.recall_rate == 0.75 and stats.due_today >= 1
    assert stats.next_due is not None and stats.next_due > now


def test_card_ids_are_stable_and_distinct():
    assert card_id("q-short") == card_id("q-short") != card_id("q-cloze")
    assert 0 < card_id("anything") < 2**63


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    """Concurrent writers serialise on the IMMEDIATE transaction; every review lands intact."""
    path = tmp_path / "progress.sqlite3"
    writer = textwrap.dedent(f"""
        import sys
        from fsrs import Rating
        from studykit.bank import bank_from_dict
        from studykit.progress import Progress
        sys.path.insert(0, {str(ROOT / "tests")!r})
        from quizbank import QUESTIONS
        bank = bank_from_dict({{"format": "studykit.bank", "version": 1,
            "documents": [{{"id": "bridge", "title": "T", "path": "p", "sha256": "s"}}],
            "questions": QUESTIONS}})
        with Progress({str(path)!r}) as store:
            for i in range(30):
                q = bank.questions[i % len(bank.questions)]
                store.record(q, "T", rating=Rating.Good, correct=True, answer=sys.argv[1])
    """)
    procs = [subprocess.Popen([sys.executable, "-c", writer, name]) for name in ("one", "two")]
    assert [p.wait(timeout=60) for p in procs] == [0, 0]
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    counts = dict(db.execute("SELECT answer, count(*) FROM reviews GROUP BY answer").fetchall())
    assert counts == {"one": 30, "two": 30}
    assert db.execute("SELECT count(*) FROM cards").fetchone()[0] == len(QUESTIONS)


def test_unusable_store_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StudykitError, match="cannot open the progress store"):
        Progress(blocker / "progress.sqlite3")
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StudykitError, match="cannot open the progress store"):
        Progress(bad)


def test_store_from_a_newer_studykit_is_refused(tmp_path):
    path = tmp_path / "progress.sqlite3"
    Progress(path).close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version=99")
    db.commit()
    db.close()
    with pytest.raises(StudykitError, match="newer studykit"):
        Progress(path)
