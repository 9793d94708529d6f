"""The question bank: the one format every exporter and the quiz read.

Later stages rely on these keys, so loading validates a bank strictly and names what is wrong.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .atomic import read_bytes, write_text
from .errors import StudykitError

FORMAT = "studykit.bank"
VERSION = 1
TYPES = ("short", "cloze", "choice", "truefalse")
BLANK = "_____"


@dataclass(frozen=True)
class DocumentRecord:
    id: str
    title: str
    path: str
    sha256: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "path": self.path, "sha256": self.sha256}


@dataclass(frozen=True)
class Source:
    document: str
    sentence: str

    def to_dict(self) -> dict[str, Any]:
        return {"document": self.document, "sentence": self.sentence}


@dataclass
class Question:
    id: str
    type: str
    prompt: str
    answer: str
    fact: str
    source: Source
    score: float
    accept: list[str] = field(default_factory=list)
    choices: list[str] | None = None
    explanation: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "prompt": self.prompt,
            "answer": self.answer,
            "accept": list(self.accept),
        }
        if self.choices is not None:
            out["choices"] = list(self.choices)
        if self.explanation is not None:
            out["explanation"] = self.explanation
        out["fact"] = self.fact
        out["source"] = self.source.to_dict()
        out["score"] = round(float(self.score), 4)
        return out


@dataclass
class Bank:
    documents: list[DocumentRecord]
    questions: list[Question]

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "documents": [d.to_dict() for d in self.documents],
            "questions": [q.to_dict() for q in self.questions],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    def save(self, path: str | os.PathLike) -> None:
        write_text(path, self.to_json())

    def document(self, doc_id: str) -> DocumentRecord:
        for doc in self.documents:
            if doc.id == doc_id:
                return doc
        raise KeyError(doc_id)

    def select(self, *, types: tuple[str, ...] | list[str] | None = None,
               max_questions: int | None = None) -> "Bank":
        """Keep the given types and, by score, at most max_questions; bank order is kept."""
        kept = [q for q in self.questions if not types or q.type in types]
        if max_questions is not None and len(kept) > max_questions:
            best = sorted(range(len(kept)), key=lambda i: (-kept[i].score, i))[:max_questions]
            kept = [kept[i] for i in sorted(best)]
        return Bank(documents=list(self.documents), questions=kept)


# --- loading and validation -------------------------------------------------------------------

class _Invalid(Exception):
    pass


def _need(obj: dict, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in obj:
        raise _Invalid(f"{where} has no {key!r}")
    value = obj[key]
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise _Invalid(f"{where}: {key!r} must be a {names}")
    return value


def _str_list(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _Invalid(f"{where} must be a list of strings")
    return list(value)


def bank_from_dict(data: Any) -> Bank:
    """Validate a decoded bank; raises ValueError with a message naming the first problem."""
    try:
        return _bank_from_dict(data)
    except _Invalid as exc:
        raise ValueError(str(exc)) from None


def _bank_from_dict(data: Any) -> Bank:
    if not isinstance(data, dict):
        raise _Invalid("top level must be a JSON object")
    if data.get("format") != FORMAT:
        raise _Invalid(f"not a studykit bank (\"format\" must be {FORMAT!r})")
    if data.get("version") != VERSION:
        raise _Invalid(f"unsupported bank version {data.get('version')!r} (this studykit reads {VERSION})")
    docs_raw = _need(data, "documents", list, "bank")
    documents: list[DocumentRecord] = []
    for i, d in enumerate(docs_raw):
        where = f"documents[{i}]"
        if not isinstance(d, dict):
            raise _Invalid(f"{where} must be an object")
        documents.append(DocumentRecord(*(_need(d, k, str, where) for k in ("id", "title", "path", "sha256"))))
    doc_ids = {d.id for d in documents}
    if len(doc_ids) != len(documents):
        raise _Invalid("documents have duplicate ids")

    questions: list[Question] = []
    seen: set[str] = set()
    for i, q in enumerate(_need(data, "questions", list, "bank")):
        where = f"questions[{i}]"
        if not isinstance(q, dict):
            raise _Invalid(f"{where} must be an object")
        qid = _need(q, "id", str, where)
        if not qid or qid in seen:
            raise _Invalid(f"{where}: id {qid!r} is empty or repeated")
        seen.add(qid)
        qtype = _need(q, "type", str, where)
        if qtype not in TYPES:
            raise _Invalid(f"{where}: type {qtype!r} is not one of {', '.join(TYPES)}")
        prompt = _need(q, "prompt", str, where)
        answer = _need(q, "answer", str, where)
        if not prompt.strip() or not answer.strip():
            raise _Invalid(f"{where}: prompt and answer must not be empty")
        accept = _str_list(q.get("accept", []), f"{where}.accept")
        choices = None
        if qtype == "choice":
            choices = _str_list(_need(q, "choices", list, where), f"{where}.choices")
            if answer not in choices or len(choices) < 2 or len(set(choices)) != len(choices):
                raise _Invalid(f"{where}: choices must be distinct and contain the answer")
        elif "choices" in q:
            raise _Invalid(f"{where}: only choice questions have choices")
        if qtype == "truefalse" and answer not in ("True", "False"):
            raise _Invalid(f"{where}: a truefalse answer must be \"True\" or \"False\"")
        if qtype == "cloze" and BLANK not in prompt:
            raise _Invalid(f"{where}: a cloze prompt must show the blank as {BLANK}")
        explanation = q.get("explanation")
        if explanation is not None and not isinstance(explanation, str):
            raise _Invalid(f"{where}: 'explanation' must be a string")
        fact = _need(q, "fact", str, where)
        src = _need(q, "source", dict, where)
        source = Source(_need(src, "document", str, f"{where}.source"),
                        _need(src, "sentence", str, f"{where}.source"))
        if source.document not in doc_ids:
            raise _Invalid(f"{where}: source document {source.document!r} is not in documents")
        score = _need(q, "score", (int, float), where)
        if not math.isfinite(score):
            raise _Invalid(f"{where}: score must be a finite number")
        questions.append(Question(id=qid, type=qtype, prompt=prompt, answer=answer, fact=fact,
                                  source=source, score=float(score), accept=accept,
                                  choices=choices, explanation=explanation))
    return Bank(documents=documents, questions=questions)


def load_bank(path: str | os.PathLike) -> Bank:
    """Read and validate a bank file; every failure is a StudykitError naming the file."""
    path = Path(path)
    raw = read_bytes(path, str(path), folder="is a folder, not a bank file")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StudykitError(f"{path}: not valid JSON ({exc})") from None
    try:
        return bank_from_dict(data)
    except ValueError as exc:
        raise StudykitError(f"{path}: malformed question bank: {exc}") from None
