"""On-disk cache of generated banks, so a warm run never imports spaCy.

A bank depends on the documents, the seed, the requested types, the model and studykit's own
generator code; the key covers all of them (the code by the hash of its source files), so a
changed rule can never serve a stale bank.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from .atomic import write_text
from .bank import Bank, bank_from_dict

# Modules whose code decides what a bank holds.
GENERATOR_MODULES = ("sources", "nlp", "comments", "facts", "quantities", "references", "transform", "gates",
                     "distractors", "nameclues", "docindex", "ranking", "generate", "bank")


@lru_cache(maxsize=1)
def generator_fingerprint() -> str:
    from .nlp import model_fingerprint

    digest = hashlib.sha256(model_fingerprint().encode())
    here = Path(__file__).resolve().parent
    for name in GENERATOR_MODULES:
        digest.update(name.encode() + b"\0" + (here / f"{name}.py").read_bytes())
    return digest.hexdigest()


def bank_key(documents: Sequence, seed: int, types: Sequence[str] | None) -> str:
    payload = json.dumps({
        "generator": generator_fingerprint(),
        "seed": seed,
        "types": list(types) if types else None,
        "documents": [[d.id, d.title, d.path, d.sha256, d.text] for d in documents],
    }, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class BankCache:
    def __init__(self, directory: Path):
        self.directory = Path(directory)

    @classmethod
    def default(cls) -> "BankCache":
        from .parsecache import default_cache_dir

        return cls(default_cache_dir() / "banks")

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> Bank | None:
        try:
            return bank_from_dict(json.loads(self._path(key).read_text(encoding="utf-8")))
        except (OSError, ValueError):  # missing or damaged: a miss, never a failure
            return None

    def put(self, key: str, bank: Bank) -> None:
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_text(path, bank.to_json())
        except Exception:  # noqa: BLE001 - the cache is an optimisation; never fail the run for it
            pass
