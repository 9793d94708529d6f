"""Shared fixtures. Every test gets private cache and data folders, never the user's own."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("STUDYKIT_CACHE_DIR", str(base / "cache"))
    monkeypatch.setenv("STUDYKIT_HOME", str(base / "data"))
    monkeypatch.delenv("STUDYKIT_SPACY_MODEL", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")


@pytest.fixture(scope="session")
def seed_bank():
    """The bank generated from the bundled seeds (session-wide: generating is the slow part)."""
    from studykit.pipeline import build_bank

    return build_bank(use_cache=False)


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


ARTICLE = """Harbour town opens new bridge

The Riverside Council opened the Westgate Bridge on March 3, 2021, after four years of construction.
The bridge cost $48 million and carries more than 12,000 vehicles a day.

Mayor Helen Ortiz said the crossing would cut journey times for commuters in Portfield.
Engineers from Calder Works designed the steel arch, which spans 240 metres.
"""
