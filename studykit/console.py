"""Terminal output: rich consoles that respect NO_COLOR and dumb terminals."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from rich.console import Console


def _plain() -> bool:
    return bool(os.environ.get("NO_COLOR")) or os.environ.get("TERM") == "dumb"


@lru_cache(maxsize=None)
def stderr_console() -> "Console":
    from rich.console import Console

    return Console(stderr=True, no_color=_plain(), highlight=False)


def stdout_console() -> "Console":
    """Under NO_COLOR or TERM=dumb, no styling at all (bold and underline too): plain text."""
    from rich.console import Console

    plain = _plain()
    return Console(no_color=plain, color_system=None if plain else "auto", highlight=False)
