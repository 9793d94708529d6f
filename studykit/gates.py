"""Quality gates: every emitted question passes all of them, or it is not emitted.

An unclear, ungrammatical or wrong question is worse than none, so these checks are strict and
cheap; each returns the reason a question fails (for tests and tuning) or None.
"""

from __future__ import annotations

import re
import unicodedata

from .bank import BLANK, Question
from .references import DEMONSTRATIVES, PICTURE_NOUNS, THIRD_PERSON, is_first_or_second

WH_START = re.compile(
    r"^(?:(?:about|after|against|at|before|by|during|for|from|in|of|on|over|since|through|to|under|"
    r"until|with|within|without|across|among|between|into|near|towards?)\s+)?"
    r"(?:who|whom|whose|what|when|where|which|why|how)\b", re.I)
STOP_ANSWERS = frozenset("a an the this that these those it he she they we you i him her them us "
                         "his its their our your my there here one some any all none yes no".split())
EXPLETIVE_NEXT = frozenset({"is", "was", "has", "had", "will", "would", "seems", "seemed", "appears", "appeared"})
POSSESSIVES = frozenset({"his", "her", "its", "their"})
NAME_FACTS = frozenset({"person", "organisation", "place", "product", "event", "work"})
# A figure or a date is a fact of the article the headline printed above it names ("Pre-tax profit
# for 2004 was £15.4m" under "Acme profits rise"): 39 of 48 such items passed readings. A name with
# nothing else named beside it passed 22 of 32.
ANCHORED_FACTS = frozenset({"description", "figure", "date"})
MAX_PROMPT_WORDS = {"short": 30, "choice": 45, "cloze": 60, "truefalse": 60}
MAX_ANSWER_WORDS = {"quotation": 12, "description": 14}
# Two words suffice for the facts of a life ("Where was Maria Lopez born?"); elsewhere a subject and a
# verb alone leave the reader guessing which of several events is meant.
LIFE_FACTS = re.compile(r"\b(?:born|die|died|live|lives|lived|based|raised|educated|buried)\b")
MIN_CONTENT_WORDS = 4  # without a name in it, a question with fewer says too little to pin its answer
_FUNCTION_WORDS = frozenset(
    "who whom whose what when where which why how many much did do does was were is are has have had "
    "will would can could should may might must be been being the a an of in on at to for by with from "
    "as into about after before during than that this these those and or but its his her their it "
    "more less most ago over under".split())


def normalize(text: str) -> str:
    """Lower case, plain quotes, no punctuation or extra spaces: for comparing texts."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[\u2018\u2019\u201c\u201d\"'`]", "", text)
    text = re.sub(r"[^\w%$]+", " ", text)
    return " ".join(text.split())


def words(text: str) -> list[str]:
    return normalize(text).split()


def _balanced(text: str) -> bool:
    plain = re.sub(r"[\u201c\u201d]", '"', text)
    return plain.count('"') % 2 == 0 and text.count("(") == text.count(")")


def gate_failure(q: Question, opens_with_name: bool = False) -> str | None:
    """Why q may not be emitted, or None. opens_with_name: the caller, who has the parse, knows the
    prompt's first word is a name ("TimeWarner said ..."), which a capital alone cannot tell."""
    prompt, answer = q.prompt.strip(), q.answer.strip()
    if not prompt or not answer:
        return "empty prompt or answer"
    n_words = len(prompt.split())
    if n_words < 4 or n_words > MAX_PROMPT_WORDS[q.type]:
        return "prompt length"
    if not _balanced(prompt):
        return "unbalanced quotes or brackets"
    if re.match(r"(?:Said|Says|Added|Adds)\b", prompt):
        return "starts with a speech verb ('For instance, said X, ...' without its lead-in)"
    if re.search(r"\s[,.;:?]|,,|\?\S|^[,;:.]", prompt) or "  " in prompt:
        return "dangling punctuation"
    if q.type in ("short", "choice") and "?" in prompt:
        if not prompt.endswith("?") or not WH_START.match(prompt) or prompt.count("?") != 1:
            return "not a wh-question"
    if q.type == "short" and not prompt.endswith("?"):
        return "not a wh-question"
    if re.search(r"\b(?:say|said|says|tell|told|add|added|report|reported|announce|announced|claim|claimed)\?$",
                 prompt):
        return "asks when or where something was said, not what ('When did the academy say?')"
    if re.match(r"^(?:\w+ )?how (?:many|much) (?:other|more|further|additional)\b", prompt, re.I):
        return "asks for the rest of a count the article gave before ('How many other fixes ...?')"
    if q.type in ("short", "choice") and prompt.endswith("?") and q.fact != "description":
        words_ = re.findall(r"[\w'-]+", prompt)
        content = [w for w in words_ if w.lower() not in _FUNCTION_WORDS]
        named = any(w[:1].isupper() or w[:1].isdigit() for w in words_[1:])
        subject_question = re.match(r"^(?:who|what)\s+(?!did|does|do|has|have|had|will|would|can|could)", prompt, re.I)
        needed = MIN_CONTENT_WORDS if subject_question else (2 if named else MIN_CONTENT_WORDS)
        if len(content) < needed:
            return "question too thin to identify its answer"
        if len(content) <= 2 and not LIFE_FACTS.search(prompt):
            return "question too thin to identify its answer"  # "What did Acme buy?": which purchase?
    if q.type == "cloze" and prompt.count(BLANK) != 1:
        return "cloze needs exactly one blank"
    if q.type == "truefalse":
        if answer not in ("True", "False"):
            return "truefalse answer"
        if answer == "False" and not (q.explanation or q.accept):
            return "false statement without the correct one"
    if q.type == "choice":
        if q.choices is None or len(q.choices) != 4 or answer not in q.choices:
            return "choice needs four options including the answer"
        keys = [normalize(c) for c in q.choices]
        if len(set(keys)) != 4:
            return "duplicate options"
        a = normalize(answer)
        for c in keys:
            if c != a and (c in a or a in c):
                return "distractor is a variant of the answer"
    if q.type != "truefalse":
        reason = _answer_failure(q)
        if reason:
            return reason
    if q.fact not in ANCHORED_FACTS and not opens_with_name \
            and not _names_something(prompt, q.answer if q.type != "truefalse" else ""):
        return "names nothing besides its answer (e.g. 'Delays were blamed on _____.')"
    return _reference_failure(prompt, opens_with_name)


def _names_something(prompt: str, answer: str) -> bool:
    """A capitalised name other than the answer and the first word anchors an item in the world."""
    text = prompt.replace(BLANK, " ")
    if answer and len(text.lower()) == len(text):
        low, key, kept, at = text.lower(), answer.lower(), [], 0
        while (hit := low.find(key, at)) != -1:  # the answer cut out wherever it stands, in any case
            kept.append(text[at:hit] + " ")
            at = hit + len(key)
        text = "".join(kept) + text[at:]
    elif answer:
        text = re.sub(re.escape(answer), " ", text, flags=re.I)
    words = re.findall(r"[\w'\u2019-]+", text)
    return any(w[:1].isupper() and w not in ("I",) for w in words[1:])


def _answer_failure(q: Question) -> str | None:
    a = normalize(q.answer)
    if not a or a in STOP_ANSWERS:
        return "trivial answer"
    if a.split()[0] in ("this", "these", "that", "those") and q.answer[:1].isupper():
        return "answer opens with a demonstrative ('This Serengeti Migration'): it points into the article"
    if len(a.split()) > MAX_ANSWER_WORDS.get(q.fact, 10):
        return "answer too long"
    visible = f" {normalize(q.prompt.replace(BLANK, ' '))} "  # normalized: words between single spaces
    if f" {a} " in visible:
        return "answer given away by the prompt"
    content = [w for w in a.split() if w not in STOP_ANSWERS and len(w) > 2]
    if content and all(f" {w} " in visible for w in content):
        return "answer given away by the prompt"
    if q.fact in NAME_FACTS:
        names = [w for w in re.findall(r"[A-Z][\w'-]{3,}", q.answer)]
        if any(f" {w.lower()} " in visible for w in names):
            return "answer given away by the prompt (part of the name)"
    initials = "".join(w[0] for w in re.findall(r"\b[A-Z][a-z]+", q.answer) if w not in ("The", "Of", "And"))
    if len(initials) >= 2 and initials in re.findall(r"\w+", q.prompt):
        return "answer given away by its abbreviation in the prompt"
    if q.fact == "description" and len(a.split()) < 3:
        return "description too generic to be a fact"
    source = normalize(q.source.sentence)
    found = [normalize(x) for x in [q.answer, *q.accept]]
    if not any(f and f in source for f in found):
        return "answer not in the source sentence"
    return None


def _reference_failure(prompt: str, opens_with_name: bool = False) -> str | None:
    """Self-contained: no pronoun or demonstrative outside quotations without a referent before it.

    A third-person pronoun is accepted after a capitalised name or the blank ("Tom Hanks won the
    award for his role", "_____ said she would stay"), the first word counting when the caller
    knows it is a name ("IBM is beefing up its commitment"); first and second person never are.
    """
    outside = re.sub(r"[\"\u201c][^\"\u201d]*[\"\u201d]", " ", prompt)
    names = re.findall(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+", outside)
    if len(names) != len(set(names)):
        return "a name repeated (a pronoun replaced clumsily)"
    words_at = [(m.start(), m.group()) for m in re.finditer(r"[A-Za-z']+", outside)]
    for i, (pos, word) in enumerate(words_at):
        low = word.lower()
        nxt = words_at[i + 1][1].lower() if i + 1 < len(words_at) else ""
        if low == "it" and nxt in EXPLETIVE_NEXT:
            continue  # "It was announced that ...", "it is easy to ..."
        if is_first_or_second(word):
            return f"unresolved pronoun {low!r}"
        if low in THIRD_PERSON:
            named_before = any(w[:1].isupper() for _, w in words_at[0 if opens_with_name else 1:i]) \
                or 0 <= outside.find(BLANK) < pos
            if not named_before:
                return f"unresolved pronoun {low!r}"
        if low in DEMONSTRATIVES and low != "that" and nxt not in PICTURE_NOUNS:
            return f"unresolved demonstrative {low!r}"
    return None
