"""How long `studykit export anki` takes to write, and Anki takes to import, a deck of N questions.

Run on demand (never in CI):  python benchmarks/anki_export.py [N ...]   (default 100 1000 10000)
Export time is the median of 5 runs; the import time is one run.
The bank is synthetic (all four types, 20 documents) so the figure measures the exporter alone.
Issue 4's goal: 10,000 notes exported in under 2 s.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from studykit.ankideck import export_anki
from studykit.bank import BLANK, Bank, DocumentRecord, Question, Source

GOAL_NOTES, GOAL_SECONDS = 10_000, 2.0
REPEAT = 5  # export time is the median of this many runs


def synthetic_bank(n: int, documents: int = 20) -> Bank:
    docs = [DocumentRecord(f"doc{d}", f"Article {d} & <notes>", f"doc{d}.txt", "0" * 64) for d in range(documents)]
    questions = []
    for i in range(n):
        doc = docs[i % documents].id
        year = str(1900 + i % 120)
        sentence = f"The council of town {i} opened bridge {i} in {year} after a long debate."
        src = Source(doc, sentence)
        kind = ("short", "cloze", "choice", "truefalse")[i % 4]
        common = dict(id=f"{doc}-{kind}-{i}", type=kind, fact="date", source=src, score=1 - i / n)
        if kind == "short":
            q = Question(prompt=f"When did the council of town {i} open bridge {i}?", answer=year, **common)
        elif kind == "cloze":
            q = Question(prompt=sentence.replace(year, BLANK), answer=year, **common)
        elif kind == "choice":
            q = Question(prompt=f"When did town {i} open bridge {i}?", answer=year,
                         choices=[year, "1850", "1777", "2099"], **common)
        else:
            q = Question(prompt=sentence.replace(year, "2099"), answer="False", explanation=sentence, **common)
        questions.append(q)
    return Bank(docs, questions)


def measure(n: int, folder: Path) -> tuple[float, float, int]:
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

    bank = synthetic_bank(n)
    apkg = folder / f"bench-{n}.apkg"
    runs = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        export_anki(bank, apkg, timestamp=1_700_000_000)
        runs.append(time.perf_counter() - start)
    written = statistics.median(runs)
    col = Collection(str(folder / f"bench-{n}.anki2"))
    try:
        start = time.perf_counter()
        col.import_anki_package(ImportAnkiPackageRequest(package_path=str(apkg), options=ImportAnkiPackageOptions()))
        imported = time.perf_counter() - start
        assert col.note_count() == n, (col.note_count(), n)
    finally:
        col.close()
    return written, imported, apkg.stat().st_size


def main(sizes: list[int]) -> None:
    print(f"{'questions':>10} {'export s':>9} {'per 1k s':>9} {'size KB':>8} {'anki import s':>14}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            written, imported, size = measure(n, Path(tmp))
            print(f"{n:>10} {written:>9.3f} {written / n * 1000:>9.3f} {size / 1024:>8.0f} {imported:>14.3f}")
            if n == GOAL_NOTES:
                verdict = "met" if written < GOAL_SECONDS else "MISSED"
                print(f"{'':>10} goal: {GOAL_NOTES} notes in under {GOAL_SECONDS} s: {verdict}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [100, 1000, 10000])
