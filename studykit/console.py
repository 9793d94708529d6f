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
    from rich.console import Console

    return Console(no_color=_plain(), highlight=False)
