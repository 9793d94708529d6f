"""Spaced-repetition progress: one SQLite file of fsrs cards and every review ever given.

Each answer is committed on its own, so a crash, Ctrl-C or a killed process loses nothing already
answered. WAL mode and a busy timeout let two studykit processes use the store at once; each review
reads and writes its card inside one IMMEDIATE transaction, so concurrent reviews never overwrite
each other. The store keeps each question's full content, so `studykit review` can ask it again
without the documents or the bank it came from.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
import sqlite3
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from .bank import FORMAT, VERSION, Question, bank_from_dict
from .errors import StudykitError

if TYPE_CHECKING:  # pragma: no cover
    from fsrs import Rating, Scheduler

HOME_ENV = "STUDYKIT_HOME"
FILENAME = "progress.sqlite3"
# Like Anki's learn-ahead limit: a question missed a minute ago is already worth reviewing.
LEARN_AHEAD = timedelta(minutes=20)
BUSY_TIMEOUT_S = 30
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS cards (
    question_id TEXT PRIMARY KEY,
    question    TEXT NOT NULL,     -- the question as bank JSON, so review needs no bank
    title       TEXT NOT NULL,     -- title of the document it came from
    card        TEXT NOT NULL,     -- fsrs Card JSON
    due         REAL NOT NULL,     -- copy of the card's due time (Unix seconds) for queries
    first_seen  REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS cards_due ON cards (due);
CREATE TABLE IF NOT EXISTS reviews (
    id          INTEGER PRIMARY KEY,
    question_id TEXT NOT NULL,
    reviewed_at REAL NOT NULL,
    rating      INTEGER NOT NULL,  -- fsrs Rating: 1 again, 2 hard, 3 good, 4 easy
    correct     INTEGER NOT NULL,
    answer      TEXT NOT NULL,
    duration_ms INTEGER
);
CREATE INDEX IF NOT EXISTS reviews_question ON reviews (question_id);
"""


def default_path() -> Path:
    """STUDYKIT_HOME if set, else the platform's user data folder."""
    override = os.environ.get(HOME_ENV, "").strip()
    if override:
        return Path(override) / FILENAME
    import platformdirs

    return platformdirs.user_data_path("studykit", appauthor=False) / FILENAME


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def card_id(question_id: str) -> int:
    """A stable positive 63-bit fsrs card id (fsrs would otherwise use, and sleep on, the clock)."""
    return int.from_bytes(hashlib.sha256(question_id.encode("utf-8")).digest()[:8], "big") >> 1


def scheduler() -> "Scheduler":
    """One short learning step: a miss comes back in a minute, a first right answer in days."""
    from fsrs import Scheduler

    return Scheduler(learning_steps=(timedelta(minutes=1),))


@dataclass(frozen=True)
class Stats:
    studied: int
    due_now: int
    due_today: int
    reviews: int
    correct: int
    next_due: datetime | None

    @property
    def recall_rate(self) -> float | None:
        return self.correct / self.reviews if self.reviews else None


@contextlib.contextmanager
def _sigint_deferred() -> Iterator[None]:
    """Hold Ctrl-C until a commit finishes, so an answer is never half saved (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if caught:
            raise KeyboardInterrupt


class Progress:
    """The review store. Use as a context manager; every method commits before returning."""

    def __init__(self, path: str | os.PathLike | None = None):
        self.path = Path(path) if path is not None else default_path()
        self._scheduler = None
        self._db = self._connect()

    def _connect(self) -> sqlite3.Connection:
        # Two processes opening a new store at once race to switch it to WAL and create the tables;
        # SQLite may answer "locked" at once instead of waiting, so the setup is retried.
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                return self._open()
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise StudykitError(f"{self.path}: cannot open the progress store ({exc})") from None
                time.sleep(0.05)
            except (sqlite3.Error, OSError) as exc:
                raise StudykitError(f"{self.path}: cannot open the progress store ({exc})") from None

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.executescript(_SCHEMA)
            found = db.execute("PRAGMA user_version").fetchone()[0]
            if found > SCHEMA_VERSION:
                raise StudykitError(f"{self.path}: progress store is from a newer studykit "
                                    f"(schema {found}); upgrade studykit")
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except BaseException:
            db.close()
            raise
        return db

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def scheduler(self) -> "Scheduler":
        if self._scheduler is None:
            self._scheduler = scheduler()
        return self._scheduler

    # --- writing ---------------------------------------------------------------------------------

    def record(self, question: Question, title: str, *, rating: "Rating", correct: bool, answer: str,
               duration_ms: int | None = None, now: datetime | None = None) -> datetime:
        """Schedule one review with fsrs and commit it; returns when the question is due next."""
        from fsrs import Card

        now = now or utcnow()
        with _sigint_deferred():
            try:
                self._db.execute("BEGIN IMMEDIATE")
                row = self._db.execute("SELECT card, first_seen FROM cards WHERE question_id = ?",
                                       (question.id,)).fetchone()
                card = Card.from_json(row[0]) if row else Card(card_id=card_id(question.id), due=now)
                card, _log = self.scheduler.review_card(card, rating, review_datetime=now,
                                                         review_duration=duration_ms)
                self._db.execute(
                    "INSERT OR REPLACE INTO cards VALUES (?, ?, ?, ?, ?, ?)",
                    (question.id, json.dumps(question.to_dict(), ensure_ascii=False), title,
                     card.to_json(), card.due.timestamp(), row[1] if row else now.timestamp()))
                self._db.execute(
                    "INSERT INTO reviews (question_id, reviewed_at, rating, correct, answer, duration_ms)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (question.id, now.timestamp(), int(rating), int(correct), answer, duration_ms))
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise
        return card.due

    # --- reading ---------------------------------------------------------------------------------

    def due_times(self, question_ids: Iterable[str]) -> dict[str, datetime]:
        """When each already-studied question is due; questions never studied are absent."""
        ids = list(question_ids)
        out: dict[str, datetime] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for qid, due in self._db.execute(
                    f"SELECT question_id, due FROM cards WHERE question_id IN ({marks})", chunk):
                out[qid] = datetime.fromtimestamp(due, timezone.utc)
        return out

    def due(self, now: datetime | None = None) -> list[tuple[Question, str]]:
        """Every stored question due now (or within the learn-ahead window), most overdue first."""
        limit = ((now or utcnow()) + LEARN_AHEAD).timestamp()
        rows = self._db.execute("SELECT question, title FROM cards WHERE due <= ? ORDER BY due, question_id",
                                (limit,)).fetchall()
        return [(_question(text), title) for text, title in rows]

    def stats(self, now: datetime | None = None) -> Stats:
        now = now or utcnow()
        local_midnight = now.astimezone().replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=1)
        due_now = (now + LEARN_AHEAD).timestamp()
        studied, n_now, n_today, next_due = self._db.execute(
            "SELECT count(*), sum(due <= ?), sum(due < ?), min(CASE WHEN due > ? THEN due END) FROM cards",
            (due_now, local_midnight.timestamp(), due_now)).fetchone()
        reviews, correct = self._db.execute("SELECT count(*), sum(correct) FROM reviews").fetchone()
        return Stats(studied=studied, due_now=n_now or 0, due_today=n_today or 0, reviews=reviews,
                     correct=correct or 0,
                     next_due=datetime.fromtimestamp(next_due, timezone.utc) if next_due else None)

    def reviews(self, question_id: str) -> list[tuple[int, bool, str]]:
        """(rating, correct, answer) of each review of one question, oldest first."""
        return [(r, bool(c), a) for r, c, a in self._db.execute(
            "SELECT rating, correct, answer FROM reviews WHERE question_id = ? ORDER BY id", (question_id,))]


def _question(text: str) -> Question:
    """Rebuild a stored question with the bank validator, so review shows what quiz showed."""
    data = json.loads(text)
    bank = bank_from_dict({"format": FORMAT, "version": VERSION,
                           "documents": [{"id": data["source"]["document"], "title": "", "path": "",
                                          "sha256": ""}],
                           "questions": [data]})
    return bank.questions[0]
