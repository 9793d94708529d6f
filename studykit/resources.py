"""Where the bundled seeds/ and templates/ live, in a wheel and in a source checkout alike."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    # A wheel carries the folders under studykit/_data (hatch force-include); a source checkout
    # or editable install has them at the repository root, beside the package.
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"studykit installation is missing its {name}/ folder")


def seeds_dir() -> Path:
    return _bundled("seeds")


def templates_dir() -> Path:
    return _bundled("templates")
