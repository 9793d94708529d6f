"""Time to write a 100-question worksheet and its answer key as PDFs (goal: under 3 s together).

    python benchmarks/worksheet_export.py [--questions 100] [--versions 1] [--repeat 3]

Uses the hand-written all-types sample bank from tests/, repeated to the size asked for. The
first run in a process pays for WeasyPrint's imports and font loading; both figures are shown.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from sample_banks import grown_bank  # noqa: E402
from studykit.worksheet import export_worksheet  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=100)
    parser.add_argument("--versions", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    bank = grown_bank(args.questions)
    times, cpu = [], []
    with tempfile.TemporaryDirectory() as out:
        for _ in range(args.repeat):
            start, start_cpu = time.perf_counter(), time.process_time()
            paths = export_worksheet(bank, Path(out) / "worksheet.pdf", Path(out) / "answer-key.pdf",
                                     versions=args.versions)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        sizes = {p.name: p.stat().st_size for p in paths}
        page_counts = {p.name: _pages(p) for p in paths}
    print(f"{args.questions} questions, {args.versions} version(s): {len(paths)} files {page_counts}")
    # CPU time as well as wall time: on a shared machine the wall clock also counts other work.
    print(f"first run (cold imports and fonts): {times[0]:.2f} s wall, {cpu[0]:.2f} s CPU")
    if len(times) > 1:
        print(f"later runs: median {statistics.median(times[1:]):.2f} s wall "
              f"({statistics.median(cpu[1:]):.2f} s CPU), best {min(times[1:]):.2f} s")
    print(f"sizes: {sizes}")


def _pages(path: Path) -> int:
    import pypdf

    return len(pypdf.PdfReader(path).pages)


if __name__ == "__main__":
    main()
