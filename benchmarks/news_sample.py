#!/usr/bin/env python3
"""Print a random sample of the questions studykit generates from a folder, for reading and rating.

    python benchmarks/news_sample.py ../shared/eval/news-dev -n 60 --seed 7
    python benchmarks/news_sample.py ../shared/eval/news-dev -n 60 --seed 7 --template ratings.txt
    python benchmarks/news_sample.py ../shared/eval/news-dev -n 60 --seed 7 --ratings ratings.txt

The bank is `studykit.pipeline.build_bank([FOLDER], seed=SEED)`; the sample is `SEED`-seeded too, so
the same folder, seed and -n always show the same questions. Each question is shown with its id, type,
the headline of its article (every export shows it with the question), prompt, answer (choices for
multiple choice, the explanation of a false true/false statement) and the source sentence. The
summary gives the questions emitted per 60 words of text (words as studykit reads them: the text of
every document, headline excluded); issue 7 wants at least 1.

Ratings file (`--ratings`): one line per sampled question, `ID ok` or `ID bad REASON`, where REASON
is a short failure kind such as `wrong-wh-word` or `vague-answer` (the rest of the line; what follows
`#` is a comment). `--template FILE` writes such a file for the sample with every verdict left as `?`.
The report gives the acceptable share of the rated questions and the count of each failure reason,
and names ids that are not in the sample or sampled questions left unrated.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path
from typing import Sequence


class BenchError(Exception):
    """A problem reported as one line, without a traceback."""


def generate(folder: Path, seed: int, use_cache: bool = True):
    """The bank for FOLDER and the number of words studykit read from it."""
    import warnings

    from studykit.errors import StudykitError
    from studykit.pipeline import build_bank
    from studykit.sources import read_inputs

    if not folder.exists():
        raise BenchError(f"{folder}: no such file or folder")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a skipped file is warned about once, by build_bank below
            words = sum(d.word_count for d in read_inputs([folder]))
        bank = build_bank([folder], seed=seed, use_cache=use_cache)
    except StudykitError as exc:
        raise BenchError(str(exc)) from None
    return bank, words


def draw(questions: Sequence, n: int, seed: int) -> list:
    if n >= len(questions):
        return list(questions)
    return random.Random(seed).sample(list(questions), n)


def show(sample: Sequence, bank, out=sys.stdout) -> None:
    paths = {d.id: d.path for d in bank.documents}
    titles = {d.id: d.title for d in bank.documents}
    wrap = textwrap.TextWrapper(width=100, initial_indent="", subsequent_indent=" " * 14)
    for i, q in enumerate(sample, 1):
        print(f"[{i}] {q.id}   {q.type} ({q.fact}), score {q.score:.2f}, {paths.get(q.source.document, q.source.document)}",
              file=out)
        # Every export shows a question under its article's headline, so the reader sees it too.
        lines = [("article", titles.get(q.source.document, "")), ("question", q.prompt), ("answer", q.answer)]
        if q.choices:
            lines.append(("choices", " | ".join(q.choices)))
        if q.accept:
            lines.append(("also", " | ".join(q.accept)))
        if q.explanation:
            lines.append(("explanation", q.explanation))
        lines.append(("source", q.source.sentence))
        for label, text in lines:
            print(wrap.fill(f"  {label + ':':<12}{' '.join(text.split())}"), file=out)
        print(file=out)


def summary(bank, words: int, folder: Path, seed: int) -> dict:
    per_type = Counter(q.type for q in bank.questions)
    n = len(bank.questions)
    return {"folder": str(folder), "seed": seed, "documents": len(bank.documents), "words": words,
            "questions": n, "per_60_words": round(n / (words / 60), 3) if words else 0.0,
            "types": dict(sorted(per_type.items()))}


def write_template(path: Path, sample: Sequence) -> None:
    lines = ["# one line per question: ID ok | ID bad REASON (a short failure kind, e.g. wrong-wh-word)"]
    for q in sample:
        lines.append(f"{q.id} ?  # {q.type}: {' '.join(q.prompt.split())[:80]}")
    try:
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    except OSError as exc:
        raise BenchError(f"{path}: cannot write ({exc.strerror})") from None


def read_ratings(path: Path) -> dict[str, tuple[bool, str]]:
    """{question id: (acceptable, reason)}; verdicts left as '?' are skipped."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BenchError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BenchError(f"{path}: cannot read ({exc})") from None
    ratings: dict[str, tuple[bool, str]] = {}
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split(None, 2)
        if len(parts) < 2:
            raise BenchError(f"{path}:{n}: expected 'ID ok' or 'ID bad REASON', got {raw.strip()!r}")
        qid, verdict = parts[0], parts[1].lower().rstrip(":")
        reason = parts[2].strip().lower() if len(parts) > 2 else ""
        if verdict == "?":
            continue
        if verdict not in ("ok", "bad"):
            raise BenchError(f"{path}:{n}: verdict must be ok or bad, got {parts[1]!r}")
        if qid in ratings:
            raise BenchError(f"{path}:{n}: {qid} is rated twice")
        ratings[qid] = (verdict == "ok", reason if verdict == "bad" else "")
    return ratings


def report_ratings(ratings: dict[str, tuple[bool, str]], sample: Sequence, path: Path) -> dict:
    sampled = {q.id for q in sample}
    stray = [qid for qid in ratings if qid not in sampled]
    unrated = [q.id for q in sample if q.id not in ratings]
    rated = {qid: r for qid, r in ratings.items() if qid in sampled}
    ok = sum(1 for good, _ in rated.values() if good)
    reasons = Counter(reason or "(no reason given)" for good, reason in rated.values() if not good)
    print(f"ratings from {path}: {len(rated)} of {len(sample)} sampled questions rated")
    if rated:
        print(f"  acceptable  {ok}/{len(rated)} = {100 * ok / len(rated):.1f}%")
    for reason, count in reasons.most_common():
        print(f"  {count:>4}  {reason}")
    if stray:
        print(f"  {len(stray)} rated ids are not in this sample (other folder, seed or -n?): {', '.join(stray[:3])}"
              + (" ..." if len(stray) > 3 else ""))
    if unrated:
        print(f"  {len(unrated)} sampled questions are not rated yet")
    return {"rated": len(rated), "acceptable": ok,
            "acceptable_share": round(100 * ok / len(rated), 1) if rated else None,
            "reasons": dict(reasons.most_common()), "unrated": len(unrated), "stray": len(stray)}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Print a seeded random sample of studykit's questions for a folder "
                                             "with answers and source sentences; score a ratings file.")
    ap.add_argument("folder", type=Path, help="folder (or file) of .txt/.md documents")
    ap.add_argument("-n", type=int, default=50, help="sample size (default 50)")
    ap.add_argument("--seed", type=int, default=0, help="seed for generation and for the sample (default 0)")
    ap.add_argument("--template", type=Path, metavar="FILE", help="write a ratings file for the sample to fill in")
    ap.add_argument("--ratings", type=Path, metavar="FILE",
                    help="read judgements (ID ok | ID bad REASON) and report the acceptable share")
    ap.add_argument("--no-cache", action="store_true", help="parse again instead of reusing cached parses")
    args = ap.parse_args(argv)
    if args.n < 1:
        ap.error("-n must be at least 1")
    t0 = time.monotonic()
    try:
        bank, words = generate(args.folder, args.seed, use_cache=not args.no_cache)
        figures = summary(bank, words, args.folder, args.seed)
        sample = draw(bank.questions, args.n, args.seed)
        ratings = read_ratings(args.ratings) if args.ratings else None
        if ratings is None:
            show(sample, bank)
        if args.template:
            write_template(args.template, sample)
    except BenchError as exc:
        print(f"news_sample: {exc}", file=sys.stderr)
        return 1
    types = ", ".join(f"{t} {c}" for t, c in figures["types"].items()) or "none"
    print(f"{figures['questions']} questions ({types}) from {figures['documents']} documents, "
          f"{figures['words']} words: {figures['per_60_words']:.2f} questions per 60 words "
          f"(sample of {len(sample)}, seed {args.seed}, {time.monotonic() - t0:.0f} s)")
    if args.template:
        print(f"ratings template for the sample written to {args.template}")
    if ratings is not None:
        figures["ratings"] = report_ratings(ratings, sample, args.ratings)
    figures["sample"] = len(sample)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
