"""Where a web page's reader comments begin, so their opinions are never taught as facts.

Pages saved from news sites often end with readers' posts: short paragraphs in the first person
("I think ...") or exclaiming and asking ("A laptop is not a gadget!"). An article's own text
speaks in the third person outside quotations, so a long tail where most paragraphs speak in
the writer's voice, after a body where almost none do, is the comments section. A column written
in the first person throughout has no such body and is left alone.
"""

from __future__ import annotations

import re

QUOTED = re.compile(r'("[^"]*"|\u201c[^\u201d]*\u201d)')  # grouped, so split() keeps the quotes
_OWN_VOICE = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|my|me|mine)\b|[!?]")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
MIN_BODY = 3          # paragraphs of reporting before the comments
BODY_SHARE = 0.75     # of the body at least, in the third person
MIN_VOICES = 3        # paragraphs in the writer's own voice after the body
VOICE_SHARE = 0.5     # of the tail at least


def own_voice(paragraph: str) -> bool:
    """Speaks as "I", exclaims or asks, outside any quotation."""
    return bool(_OWN_VOICE.search(QUOTED.sub("", paragraph)))


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each non-empty paragraph."""
    out, pos = [], 0
    for part in _PARAGRAPH_BREAK.split(text):
        start = text.index(part, pos)
        pos = start + len(part)
        if part.strip():
            out.append((start, part))
    return out


def comments_start(text: str) -> int | None:
    """Character offset where reader comments begin, or None if the text has none."""
    paras = paragraphs(text)
    voices = [own_voice(p) for _, p in paras]
    for k in range(1, len(paras)):
        body, tail = voices[:k], voices[k:]
        reporting = body.count(False)
        if voices[k] and reporting >= MIN_BODY and reporting / len(body) >= BODY_SHARE \
                and sum(tail) >= MIN_VOICES and sum(tail) / len(tail) >= VOICE_SHARE:
            return paras[k][0]
    return None
