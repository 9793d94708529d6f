"""On-disk cache of parsed documents, so a second run on the same texts skips spaCy's parser.

Keyed by the text's hash and the pipeline fingerprint (model name, version and studykit's own
steps); entries are spaCy DocBin bytes, written atomically so a crash never leaves a bad entry.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from .atomic import write_bytes

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

CACHE_ENV = "STUDYKIT_CACHE_DIR"


def default_cache_dir() -> Path:
    override = os.environ.get(CACHE_ENV, "").strip()
    if override:
        return Path(override)
    import platformdirs

    return platformdirs.user_cache_path("studykit", appauthor=False)


_VOCAB: "Vocab | None" = None


def _vocab() -> "Vocab":
    """The loaded model's vocab if there is one; else a blank English one (cheap, keeps lexeme flags)."""
    global _VOCAB
    from . import nlp

    if nlp._PIPELINES:
        return next(iter(nlp._PIPELINES.values())).vocab
    if _VOCAB is None:
        import spacy

        _VOCAB = spacy.blank("en").vocab
    return _VOCAB


class ParseCache:
    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.hits = 0
        self.misses = 0

    @classmethod
    def default(cls) -> "ParseCache":
        return cls(default_cache_dir() / "parses")

    def _path(self, key: str, text: str) -> Path:
        digest = hashlib.sha256(f"{key}\0{text}".encode("utf-8")).hexdigest()
        return self.directory / digest[:2] / f"{digest}.spacy"

    def get(self, key: str, text: str) -> "Doc | None":
        path = self._path(key, text)
        try:
            data = path.read_bytes()
        except OSError:
            self.misses += 1
            return None
        from spacy.tokens import DocBin

        try:
            docs = list(DocBin().from_bytes(data).get_docs(_vocab()))
        except Exception:  # a corrupt entry is a miss, never a crash
            self.misses += 1
            return None
        if len(docs) != 1 or docs[0].text != text:
            self.misses += 1
            return None
        self.hits += 1
        return docs[0]

    def put(self, key: str, text: str, doc: "Doc") -> None:
        from spacy.tokens import DocBin

        path = self._path(key, text)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes(path, DocBin(docs=[doc], store_user_data=False).to_bytes())
        except OSError:
            pass  # the cache is an optimisation; an unwritable cache dir must not fail the run
