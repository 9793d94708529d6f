"""Printable worksheets and answer keys: forms rendered through Jinja2 templates, then WeasyPrint.

Each output's suffix picks its format (.pdf or .html). With several versions every file name gets
the form letter (worksheet.pdf -> worksheet-A.pdf, worksheet-B.pdf, ...). Everything is rendered
in memory before anything is written, so a failure leaves no file behind.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from .atomic import write_all
from .bank import BLANK, Bank
from .errors import StudykitError
from .forms import MAX_VERSIONS, Form, make_forms, option_letter
from .resources import templates_dir

PAPERS = {"a4": "A4", "letter": "letter"}
SUFFIXES = (".pdf", ".html")
DEFAULT_TITLE = "Review worksheet"
MAX_SOURCES_LISTED = 6  # titles named under a worksheet's heading; the rest are counted
# Options side by side when every one is this short (characters): four across, else two across.
_FOUR_ACROSS, _TWO_ACROSS = 14, 32


@dataclass(frozen=True)
class Output:
    """One file to write: which form, worksheet or key, and where."""

    form: Form
    kind: str  # "worksheet" | "key"
    path: Path


def export_worksheet(bank: Bank, output: str | os.PathLike, key: str | os.PathLike | None = None, *,
                     paper: str = "a4", title: str | None = None, versions: int = 1, seed: int = 0,
                     sources: bool = True) -> list[Path]:
    """Write the worksheet (and its answer key) for each form; return the paths written.

    All files are rendered first and written atomically together: all of them or none.
    """
    paper = _check_paper(paper)
    check_outputs(output, key, versions)
    if not bank.questions:
        raise StudykitError(f"{output}: no questions to put on a worksheet")
    forms = make_forms(bank, versions=versions, seed=seed)
    outputs = plan_outputs(forms, output, key)
    options = dict(paper=paper, title=title, sources=sources)
    rendered = [(out.path, render(bank, out.form, out.kind, out.path.suffix.lower(), **options))
                for out in outputs]
    write_all(rendered)
    return [path for path, _ in rendered]


def versioned_path(path: Path, letter: str | None) -> Path:
    """worksheet.pdf for a single form; worksheet-B.pdf for form B of several."""
    return path if letter is None else path.with_name(f"{path.stem}-{letter}{path.suffix}")


def check_outputs(output: str | os.PathLike, key: str | os.PathLike | None = None,
                  versions: int = 1) -> list[tuple[str, Path]]:
    """Check the requested files before any work: known suffix, existing folder, no clashes.

    Returns (kind, path) for the worksheet and the key, as given (before form letters are added).
    """
    if not 1 <= versions <= MAX_VERSIONS:
        raise StudykitError(f"--versions must be between 1 and {MAX_VERSIONS}, not {versions}")
    targets = [("worksheet", Path(output))] + ([("key", Path(key))] if key is not None else [])
    for kind, path in targets:
        if path.suffix.lower() not in SUFFIXES:
            what = "worksheet" if kind == "worksheet" else "answer key"
            raise StudykitError(f"{path}: the {what} must be a .pdf or .html file")
        if not path.parent.is_dir():
            raise StudykitError(f"{path}: output folder {path.parent} does not exist")
    letters = [None] if versions == 1 else list(string.ascii_uppercase[:versions])
    seen: set[Path] = set()
    for _, path in targets:
        for letter in letters:
            target = versioned_path(path, letter)
            if target.is_dir():
                raise StudykitError(f"{target}: is a folder, not a file to write")
            resolved = target.resolve()
            if resolved in seen:
                raise StudykitError(f"{path}: the worksheet and the answer key would be the same file")
            seen.add(resolved)
    return targets


def plan_outputs(forms: Sequence[Form], output: str | os.PathLike,
                 key: str | os.PathLike | None = None) -> list[Output]:
    """Every file to write: each target once per form, with the form letter when there are several."""
    return [Output(form, kind, versioned_path(path, form.letter))
            for kind, path in check_outputs(output, key, len(forms)) for form in forms]


def render(bank: Bank, form: Form, kind: str, suffix: str, *, paper: str = "a4",
           title: str | None = None, sources: bool = True) -> bytes:
    """One worksheet or key as file contents: HTML text (UTF-8) or a PDF."""
    html = render_html(bank, form, kind, paper=paper, title=title, sources=sources)
    return html_to_pdf(html) if suffix == ".pdf" else html.encode("utf-8")


def render_html(bank: Bank, form: Form, kind: str, *, paper: str = "a4", title: str | None = None,
                sources: bool = True) -> str:
    """A self-contained HTML page (stylesheet inlined) for a worksheet or an answer key."""
    env = _environment()
    template = env.get_template("worksheet.html.j2" if kind == "worksheet" else "key.html.j2")
    titles = _document_titles(bank, form)
    title = title.strip() if title and title.strip() else _default_title(titles)
    return template.render(
        form=form,
        title=title,
        based_on=_based_on(titles, title),
        paper=PAPERS[_check_paper(paper)],
        sources=sources,
        show_document=len(titles) > 1,
        document_title=titles.get,
        stylesheet=_stylesheet(),
    )


def html_to_pdf(html: str) -> bytes:
    """Render with WeasyPrint; the same HTML gives the same bytes on any run."""
    import weasyprint

    with _reproducible(), _quiet_font_subsetting():
        return weasyprint.HTML(string=html, base_url=str(_template_folder())).write_pdf()


# --- helpers ------------------------------------------------------------------------------------

def _check_paper(paper: str) -> str:
    name = paper.lower()
    if name not in PAPERS:
        raise StudykitError(f"unknown paper size {paper!r}; choose from {', '.join(PAPERS)}")
    return name


def _document_titles(bank: Bank, form: Form) -> dict[str, str]:
    """Titles of the documents the form's questions come from, in bank order."""
    used = {item.question.source.document for item in form.items}
    return {d.id: d.title for d in bank.documents if d.id in used}


def _based_on(titles: dict[str, str], title: str) -> list[str]:
    """The source titles under the heading; a sheet drawn from 200 articles names a few, not a page."""
    names = [t for t in titles.values() if t != title]
    if len(names) > MAX_SOURCES_LISTED:
        names = names[:MAX_SOURCES_LISTED] + [f"and {len(names) - MAX_SOURCES_LISTED} more"]
    return names


def _default_title(titles: dict[str, str]) -> str:
    return next(iter(titles.values())) if len(titles) == 1 else DEFAULT_TITLE


def _template_folder() -> Path:
    return templates_dir() / "worksheet"


@functools.lru_cache(maxsize=1)
def _stylesheet():
    from markupsafe import Markup

    # Our own file, not document text: safe to insert into <style> as it is.
    return Markup((_template_folder() / "worksheet.css").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _environment():
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_template_folder())),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["blanks"] = _blanks
    env.filters["option_layout"] = _option_layout
    env.globals["option_letter"] = option_letter
    return env


def _blanks(text: str):
    """Escape a prompt and draw each cloze blank as a writing line of one fixed length."""
    from markupsafe import Markup, escape

    return Markup('<span class="blank"></span>').join(escape(part) for part in text.split(BLANK))


def _option_layout(options: Sequence[str]) -> str:
    longest = max((len(o) for o in options), default=0)
    if longest <= _FOUR_ACROSS and len(options) <= 4:
        return "four"
    return "two" if longest <= _TWO_ACROSS else "stacked"


@contextlib.contextmanager
def _reproducible() -> Iterator[None]:
    """Pin the timestamp fontTools writes into embedded font subsets, unless the user set one."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        yield
        return
    os.environ["SOURCE_DATE_EPOCH"] = "0"
    try:
        yield
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)


class _DropSubsetNotice(logging.Filter):
    """WeasyPrint warns on every render when the system lacks HarfBuzz-subset; output is fine."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "instead of HarfBuzz-Subset" not in record.getMessage()


@contextlib.contextmanager
def _quiet_font_subsetting() -> Iterator[None]:
    logger = logging.getLogger("weasyprint")
    notice = _DropSubsetNotice()
    logger.addFilter(notice)
    try:
        yield
    finally:
        logger.removeFilter(notice)


