"""File input and output with one-line errors.

Writes are atomic: a reader never sees a half-written file, and a failed run leaves none.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Iterator, Sequence

from .errors import StudykitError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside *target*; move it into place only if the block succeeds.

    Libraries that insist on writing to a path themselves (genanki, WeasyPrint, sqlite) get the
    temporary path, so even their output appears atomically.
    """
    target = Path(target)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise StudykitError(f"{target}: output folder {directory} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        # mkstemp makes the file private (0600); give the result the permissions a plain open() would.
        os.chmod(tmp_path, 0o666 & ~_umask())
        os.replace(tmp_path, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp_path.unlink()
        raise


def write_bytes(target: str | os.PathLike, data: bytes) -> None:
    """Write data to target atomically; a failure is a StudykitError naming target."""
    try:
        with atomic_path(target) as tmp:
            tmp.write_bytes(data)
    except OSError as exc:
        raise StudykitError(f"{target}: cannot write ({exc.strerror or exc})") from None


def write_all(files: Sequence[tuple[str | os.PathLike, bytes]]) -> None:
    """Every file or none: each is written beside its target first, then all move into place."""
    try:
        with contextlib.ExitStack() as stack:
            for path, data in files:
                try:
                    stack.enter_context(atomic_path(path)).write_bytes(data)
                except OSError as exc:
                    raise StudykitError(f"{path}: cannot write ({exc.strerror or exc})") from None
    except OSError as exc:  # moving into place; rare, the temporary files sit beside the targets
        raise StudykitError(f"{files[-1][0]}: cannot move the new files into place ({exc.strerror or exc})") from None


def write_text(target: str | os.PathLike, text: str) -> None:
    write_bytes(target, text.encode("utf-8"))


def read_bytes(path: Path, name: str, *, folder: str = "is a folder") -> bytes:
    """The file's bytes; a missing, unreadable or folder path is a StudykitError naming *name*."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise StudykitError(f"{name}: no such file" + (" or folder" if folder == "is a folder" else "")) from None
    except IsADirectoryError:
        raise StudykitError(f"{name}: {folder}") from None
    except OSError as exc:
        raise StudykitError(f"{name}: cannot read ({exc.strerror})") from None
