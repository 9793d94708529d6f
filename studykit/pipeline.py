"""The library entry points behind the CLI: documents in, question bank out.

Data flows one way: sources -> nlp -> facts -> questions -> ranking -> bank.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Sequence

from .bank import TYPES, Bank, DocumentRecord, load_bank
from .errors import StudykitError


def check_types(types: Sequence[str] | None) -> tuple[str, ...] | None:
    if not types:
        return None
    bad = [t for t in types if t not in TYPES]
    if bad:
        raise StudykitError(f"unknown question type {bad[0]!r}; choose from {', '.join(TYPES)}")
    return tuple(types)


def build_bank(inputs: Sequence[str | os.PathLike] = (), *, seed: int = 0,
               types: Sequence[str] | None = None, max_questions: int | None = None,
               jobs: int = 1, use_cache: bool = True, progress: bool | None = None) -> Bank:
    """Read documents (default: the bundled seeds), parse them and generate a ranked bank."""
    from .bankcache import BankCache, bank_key
    from .sources import read_inputs

    types = check_types(types)
    documents = read_inputs(list(inputs))
    cache = BankCache.default() if use_cache else None
    key = bank_key(documents, seed, types) if cache is not None else ""
    bank = cache.get(key) if cache is not None else None
    if bank is None:
        from .generate import generate_questions
        from .nlp import parse_documents

        parsed = parse_documents(documents, jobs=jobs, use_cache=use_cache, progress=progress)
        questions = generate_questions(documents, parsed, seed=seed, types=types)
        records = [DocumentRecord(d.id, d.title, d.path, d.sha256) for d in documents]
        bank = Bank(documents=records, questions=questions)
        if cache is not None:
            cache.put(key, bank)
    return bank.select(types=types, max_questions=max_questions)


def is_bank_path(path: str | os.PathLike) -> bool:
    return Path(path).suffix.lower() == ".json"


def bank_from_inputs(inputs: Sequence[str | os.PathLike] = (), **options) -> Bank:
    """What every exporter and the quiz take: one bank JSON, or documents to generate from."""
    banks = [p for p in inputs if is_bank_path(p)]
    if not banks:
        return build_bank(inputs, **options)
    if len(inputs) > 1:
        raise StudykitError(f"{banks[0]}: give a bank JSON on its own, not together with other inputs")
    bank = load_bank(banks[0])
    return bank.select(types=check_types(options.get("types")), max_questions=options.get("max_questions"))
