"""Reading documents: files and folders of .txt/.md in, clean paragraphs and a title out.

Each document keeps two texts of the same length: `text` for display (the author's quotes and
dashes) and `analysis` for the parser (typographic quotes made plain), so a character offset
found by the parser addresses the same characters in both.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import warnings
from dataclasses import dataclass
from pathlib import Path

from .atomic import read_bytes
from .errors import StudykitError

SUFFIXES = (".txt", ".md", ".markdown", ".text")
PARAGRAPH_BREAK = "\n\n"

# One-for-one replacements only: offsets must stay valid between display and analysis text.
_PLAIN = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u2033": '"',
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
})

# The most frequent English function words: a text with none of them is not English prose.
_ENGLISH_MARKERS = frozenset(
    "the a an of and to in is was are were for on that with as by it at from this be has have "
    "had not but or which who will would said its their his her they he she we been".split()
)


class SourceWarning(UserWarning):
    """A file skipped inside a folder; the run goes on with the others."""


@dataclass(frozen=True)
class Document:
    id: str
    title: str
    path: str
    sha256: str
    text: str        # display text: paragraphs joined by a blank line
    analysis: str    # same length as text, typographic quotes made plain for the parser

    @property
    def word_count(self) -> int:
        return len(self.text.split())


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return slug or "document"


# --- decoding ---------------------------------------------------------------------------------

def decode(data: bytes, name: str) -> str:
    """UTF-8 first (with or without BOM), else a detected encoding; binary data is rejected."""
    if b"\x00" in data[:8192]:
        raise StudykitError(f"{name}: binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise StudykitError(f"{name}: not UTF-8 and no text encoding could be detected")
    text = str(best)
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > max(2, len(text) // 100):
        raise StudykitError(f"{name}: binary file, not text")
    return text


# --- cleaning ---------------------------------------------------------------------------------

_MD_RULES = [
    (re.compile(r"^```.*?^```[ \t]*$", re.M | re.S), ""),          # fenced code
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),                  # images -> alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),                   # links -> link text
    (re.compile(r"^\s{0,3}#{1,6}\s*(.*?)\s*#*\s*$", re.M), r"\1\n"),  # headings -> own paragraph
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),                          # block quotes
    (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+", re.M), ""),              # list markers
    (re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$", re.M), ""),        # rules
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),                         # bold
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),  # italic
    (re.compile(r"`([^`]+)`"), r"\1"),                                # inline code
]


def markdown_to_text(text: str) -> str:
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return text


# Footnote and editorial marks of text copied from a wiki: "in 1890.[12]", "founded[a] in",
# "was the largest[citation needed]". Attached to the word before, they are no words of the text.
_REFERENCE_MARK = re.compile(
    r"(?<=\S)\[(?:\d{1,3}|[a-z]|note \d{1,3}|[a-z]+(?: [a-z]+)* needed|not in citation given|update|"
    r"vague|dubious(?: [-\u2013\u2014] discuss)?|clarify|clarification|when\?|who\?|which\?|by whom\?|"
    r"according to whom\?|failed verification|page needed|better source)\]")


# A pronunciation guide in brackets after a name: "Kenya (/ˈkɛnjə/; locally [ˈkɛɲa] ( listen)), ...".
_IPA = "ˈˌəɪʊɛæɔŋʃʒθðːɐʌɒɜɲɹɾʔ"
_PRONUNCIATION = re.compile(
    r" ?\((?:[^()]|\([^()]*\))*?(?:/[^/\s()]*[" + _IPA + r"][^/()]*/|\( ?listen\))(?:[^()]|\([^()]*\))*\)")


def strip_reference_marks(text: str) -> str:
    """Text as a reader would read it aloud: no footnote marks, no pronunciation guides."""
    return _PRONUNCIATION.sub("", _REFERENCE_MARK.sub("", text))


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs are separated by blank lines; whitespace inside one is folded to single spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = []
    for block in re.split(r"\n[ \t\u00a0]*\n", text):
        folded = " ".join(block.split())
        if folded:
            paragraphs.append(folded)
    return paragraphs


def plain(text: str) -> str:
    return text.translate(_PLAIN)


_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(plain(text)) if len(w) > 3 and w.lower() not in _ENGLISH_MARKERS}


def is_teaser(paragraph: str, rest: list[str]) -> bool:
    """A cut-off teaser ends in an ellipsis and says again what the rest of the text says in full."""
    if not re.search(r"(\.\.\.|\u2026)[\"'\u201d\u2019]?$", paragraph):
        return False
    words = _content_words(paragraph)
    if not words:
        return True
    later = set().union(*(_content_words(p) for p in rest)) if rest else set()
    return len(words & later) / len(words) >= 0.4


def is_headline(line: str) -> bool:
    """Headlines are short single lines that do not end like a sentence of running text."""
    words = line.split()
    if not 1 <= len(words) <= 20 or len(line) > 160:
        return False
    stripped = plain(line).rstrip()
    if stripped.endswith((":", ",", ";")):
        return False
    # "... in 2004." ends like prose; a headline ends in a word, a quote or a question mark.
    return not re.search(r"[a-z0-9)\]]\.$", stripped)


def looks_english(text: str) -> bool:
    words = [w.lower() for w in _WORD.findall(plain(text))]
    if len(words) < 3:
        return False
    markers = sum(1 for w in words if w in _ENGLISH_MARKERS)
    return markers >= (1 if len(words) < 20 else 2) and markers / len(words) >= 0.05


# --- documents --------------------------------------------------------------------------------

def document_from_text(raw: str, *, name: str, path: str, sha256: str, doc_id: str,
                       markdown: bool = False) -> Document:
    if markdown:
        raw = markdown_to_text(raw)
    paragraphs = split_paragraphs(strip_reference_marks(raw))
    if not paragraphs:
        raise StudykitError(f"{name}: empty file (no text)")
    kept = [p for i, p in enumerate(paragraphs) if not is_teaser(p, paragraphs[i + 1:])]
    title = Path(path).stem
    if len(kept) > 1 and is_headline(kept[0]):
        title = kept.pop(0)
    if not kept or not looks_english(" ".join(kept)):
        raise StudykitError(f"{name}: no English sentences found")
    text = PARAGRAPH_BREAK.join(kept)
    return Document(id=doc_id, title=title, path=path, sha256=sha256, text=text, analysis=plain(text))


def read_document(path: Path, *, display_path: str | None = None, doc_id: str | None = None) -> Document:
    name = display_path or str(path)
    data = read_bytes(path, name)
    if not data.strip():
        raise StudykitError(f"{name}: empty file (no text)")
    text = decode(data, name)
    if not text.strip():
        raise StudykitError(f"{name}: empty file (no text)")
    return document_from_text(
        text, name=name, path=name, sha256=hashlib.sha256(data).hexdigest(),
        doc_id=doc_id or slugify(path.stem), markdown=path.suffix.lower() in (".md", ".markdown"),
    )


def _folder_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*")
                  if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith("."))


def read_inputs(inputs: list[str | Path] | tuple[str | Path, ...]) -> list[Document]:
    """Read files and folders (recursively) in the order given; no input means the bundled seeds.

    A named file that cannot be read is an error; inside a folder such a file is skipped with a
    SourceWarning, and a folder with no readable document is an error.
    """
    if not inputs:
        from .resources import seeds_dir

        folder = seeds_dir()
        return [read_document(p, display_path=f"seeds/{p.name}") for p in _folder_files(folder)]

    documents: list[Document] = []
    used_ids: set[str] = set()

    def add(path: Path, display: str) -> None:
        base = slugify(path.stem)
        doc_id, n = base, 1
        while doc_id in used_ids:
            n += 1
            doc_id = f"{base}-{n}"
        documents.append(read_document(path, display_path=display, doc_id=doc_id))
        used_ids.add(doc_id)

    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files = _folder_files(path)
            before = len(documents)
            for file in files:
                try:
                    add(file, str(file))
                except StudykitError as exc:
                    warnings.warn(str(exc), SourceWarning, stacklevel=2)
            if len(documents) == before:
                raise StudykitError(f"{item}: folder has no readable .txt or .md documents")
        elif path.exists():
            add(path, str(item))
        else:
            raise StudykitError(f"{item}: no such file or folder")
    return documents
