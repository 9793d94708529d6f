"""Time from starting `studykit quiz` to its first question, on the bundled seeds, warm cache.

Runs the real command in a pseudo-terminal (as a student would) and stops the clock when the
first question header appears. A first run warms the parse cache; the timed runs use a fresh
progress store each, so every question is new. Then it splits the start-up into its parts
(interpreter and CLI import, bank from the seeds, progress store, first question) in-process.

    python benchmarks/quiz_startup.py [--runs 5] [INPUT ...]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time

import pexpect

FIRST_QUESTION = "Question 1 of "


def time_to_first_question(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    child = pexpect.spawn(sys.executable, ["-m", "studykit", "quiz", *args], env=env, encoding="utf-8",
                          timeout=300, dimensions=(40, 100))
    child.expect_exact(FIRST_QUESTION)
    elapsed = time.perf_counter() - start
    child.terminate(force=True)
    return elapsed


def breakdown(inputs: list[str]) -> list[tuple[str, float]]:
    """The same steps as the command, timed one by one in a fresh interpreter's first call."""
    parts = []
    t = time.perf_counter()
    from studykit import cli  # noqa: F401
    parts.append(("import studykit.cli", time.perf_counter() - t))
    t = time.perf_counter()
    import spacy  # noqa: F401  (the pipeline imports it for any document input)
    parts.append(("import spacy", time.perf_counter() - t))
    t = time.perf_counter()
    from studykit.pipeline import bank_from_inputs
    bank = bank_from_inputs(inputs)
    parts.append(("rest of the bank: model, cached parses, generation", time.perf_counter() - t))
    t = time.perf_counter()
    from studykit.progress import Progress
    from studykit.quiz import heading_for, plan_quiz
    store = Progress()
    items = plan_quiz(bank, store)
    heading_for(items, store)
    parts.append(("progress store and ordering", time.perf_counter() - t))
    t = time.perf_counter()
    import io

    from rich.console import Console

    Console(file=io.StringIO(), no_color=True).print(items[0].question.prompt)
    parts.append(("rich import and first print", time.perf_counter() - t))
    store.close()
    return parts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", help="documents or a bank (default: the bundled seeds)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--breakdown-only", action="store_true", help=argparse.SUPPRESS)
    opts = parser.parse_args()
    if opts.breakdown_only:
        for name, seconds in breakdown(opts.inputs):
            print(f"  {seconds * 1000:7.0f} ms  {name}")
        return

    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, NO_COLOR="1", STUDYKIT_CACHE_DIR=os.path.join(tmp, "cache"))
        env["STUDYKIT_HOME"] = os.path.join(tmp, "warm-home")
        cold = time_to_first_question(opts.inputs, env)
        times = []
        for run in range(opts.runs):
            env["STUDYKIT_HOME"] = os.path.join(tmp, f"home-{run}")
            times.append(time_to_first_question(opts.inputs, env))
        print(f"studykit quiz {' '.join(opts.inputs) or '(seeds)'}: time to first question")
        print(f"  cold parse cache: {cold:.2f} s")
        print(f"  warm cache, {opts.runs} runs: median {statistics.median(times):.2f} s "
              f"(min {min(times):.2f}, max {max(times):.2f}); goal < 1 s")
        print("where the time goes (warm cache, one process):")
        env["STUDYKIT_HOME"] = os.path.join(tmp, "breakdown-home")
        t = time.perf_counter()
        proc = pexpect.run(f"{sys.executable} -X importtime -c pass", env=env, encoding="utf-8")
        del proc
        print(f"  {(time.perf_counter() - t) * 1000:7.0f} ms  bare Python interpreter start")
        out = pexpect.run(f"{sys.executable} {os.path.abspath(__file__)} --breakdown-only "
                          + " ".join(opts.inputs), env=env, encoding="utf-8", timeout=300)
        print(out.rstrip().replace("\r\n", "\n"))


if __name__ == "__main__":
    main()
