#!/usr/bin/env python3
"""Write the articles of a SQuAD-format file as plain-text documents, for reading encyclopedia text.

    python benchmarks/squad_articles.py ../shared/eval/squad/dev-v1.1.json /tmp/wiki
    python benchmarks/news_sample.py /tmp/wiki -n 60 --seed 1

News is not the only text teachers bring: SQuAD's paragraphs are Wikipedia. Each article becomes
OUT/NNN.txt (NNN its position in the file): its title (underscores as spaces) as the headline line,
then its first `--paragraphs` paragraphs (default 8), each as written, separated by blank lines.
The output folder is for reading and must lie outside the project (the data is not ours to copy).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def articles(data: dict, paragraphs: int) -> list[tuple[str, str]]:
    """(file name, text) for every article of a SQuAD JSON object."""
    out = []
    for i, article in enumerate(data.get("data", [])):
        title = article.get("title", f"article {i}").replace("_", " ")
        body = [p["context"].strip() for p in article.get("paragraphs", [])[:paragraphs] if p.get("context", "").strip()]
        if body:
            out.append((f"{i:03d}.txt", title + "\n\n" + "\n\n".join(body) + "\n"))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("squad", type=Path, help="SQuAD v1 JSON file")
    parser.add_argument("out", type=Path, help="folder to write NNN.txt files into (created if missing)")
    parser.add_argument("--paragraphs", type=int, default=8, help="paragraphs per article (default 8)")
    args = parser.parse_args(argv)
    try:
        data = json.loads(args.squad.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"error: {args.squad}: {exc}", file=sys.stderr)
        return 1
    docs = articles(data, args.paragraphs)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in docs:
        (args.out / name).write_text(text, encoding="utf-8")
    words = sum(len(text.split()) for _, text in docs)
    print(f"wrote {len(docs)} articles ({words:,} words) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
