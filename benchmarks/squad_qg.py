#!/usr/bin/env python3
"""Score studykit.question_for against the human questions of SQuAD (the Du et al. 2017 protocol).

    python benchmarks/squad_qg.py ../shared/eval/squad/dev-v1.1.json            # studykit
    python benchmarks/squad_qg.py ../shared/eval/squad/dev-v1.1.json --baseline # the floor
    python benchmarks/squad_qg.py ../shared/eval/du2017-dev --du --squad ../shared/eval/squad/dev-v1.1.json

What is scored
--------------
Each SQuAD question gives one (sentence, answer) pair: its first gold answer and the sentence of the
paragraph that holds that answer (several sentences joined when the answer crosses a boundary).
Paragraphs are split into sentences by studykit's own spaCy pipeline (`studykit.nlp.load_pipeline()`,
parser only), so the sentences are the ones studykit sees when it reads an article.
Every distinct pair is asked once: `studykit.question_for(sentence, answer, context).prompt`, where
context is the article's title and the paragraph's text before the sentence (studykit names the
sentence's "he" or "it" from it, as when it reads an article; LMQG's T5 models read the whole
paragraph too). `--sentence-only` asks with the sentence alone. A pair with no question (None, an
empty prompt or an exception) counts as the empty string.

* sentence level (default, Du et al. 2017 and LMQG's `prediction_aggregation='first'`): pairs are
  grouped by sentence text; the prediction of a sentence is the question for its first pair (in file
  order) and the references are all the human questions asked about that sentence.
* `--per-answer` (LMQG's answer level): every SQuAD question is one item, scored against that one
  human question.

Predictions and references are tokenised and lower-cased alike with the Stanford PTBTokenizer that
ships inside pycocoevalcap (`-preserveLines -lowerCase`, punctuation kept). That is the tokeniser Du
et al. used to build their files: it reproduces 10,558 of the 10,570 lines of du2017-dev/tgt-dev.txt
exactly from the SQuAD questions (the rest differ only around a "." glued to the next word).
BLEU-4, METEOR and ROUGE-L are pycocoevalcap's Bleu(4) (corpus level, 'closest' reference length),
Meteor (meteor-1.5, `-norm`; needs Java) and Rouge (mean sentence ROUGE-L, beta 1.2); an empty
prediction scores 0 ROUGE-L (pycocoevalcap would divide by zero). Figures are x100.
Coverage is the share of distinct (sentence, answer) pairs that got a non-empty question.

`--du DIR` scores against Du et al.'s own sentence files (src-dev.txt / tgt-dev.txt: tokenised,
lower-cased sentences and their questions, one pair a line, no answer spans). Grouping and references
then come from those files exactly. Since they hold no answers, `--squad JSON` must name the SQuAD file
they were made from: line i is SQuAD question i (checked), which gives the answer and the original-case
sentence to ask about. Without it the script stops with a message: studykit has no answer-agnostic mode.

`--baseline` replaces studykit by the floor: the sentence with the answer replaced by "what" and the
final punctuation by "?". The issue quotes about 9.5 / 22 / 33 for it.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence


class BenchError(Exception):
    """A problem reported as one line, without a traceback."""


# --- data -------------------------------------------------------------------------------------

@dataclass
class Item:
    """One human question with the (sentence, answer) pair it was asked about."""
    qid: str
    question: str
    sentence: str   # original-case sentence(s) holding the answer
    answer: str
    start: int      # answer offset inside sentence
    group: str = ""  # what items are grouped by at sentence level (the sentence unless --du)
    context: str = ""  # the article's title and the paragraph's text before the sentence


@dataclass
class Pair:
    sentence: str
    answer: str
    start: int
    context: str = ""
    prediction: str = ""
    error: str | None = None
    items: list[Item] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, int, str]:
        return (self.sentence, self.start, self.answer)


def read_squad(path: Path) -> list[dict]:
    """The paragraphs of a SQuAD v1 file, in file order."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BenchError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise BenchError(f"{path}: is a folder; give the SQuAD JSON file (or use --du for a folder)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BenchError(f"{path}: cannot read as JSON ({exc})") from None
    try:
        return [{**p, "title": article.get("title", "")} for article in data["data"] for p in article["paragraphs"]]
    except (KeyError, TypeError):
        raise BenchError(f"{path}: not SQuAD format (expected data[].paragraphs[])") from None


def _sentence_splitter() -> Callable[[Iterable[str]], Iterable[list[tuple[int, int]]]]:
    """spaCy sentences as (start, end) character spans, from studykit's own pipeline."""
    try:
        from studykit.nlp import load_pipeline
    except ImportError as exc:
        raise BenchError(f"cannot import studykit ({exc}); run from a venv with studykit installed") from None
    nlp = load_pipeline()
    skip = [name for name in nlp.pipe_names if name in ("ner", "studykit_entities", "lemmatizer")]

    def split(texts: Iterable[str]) -> Iterable[list[tuple[int, int]]]:
        for doc in nlp.pipe(texts, disable=skip, batch_size=64):
            yield [(s.start_char, s.end_char) for s in doc.sents]

    return split


def _locate(context: str, answer: str, start: int) -> int:
    """The answer's offset in context: SQuAD's answer_start when it matches, else the nearest match."""
    if context[start:start + len(answer)] == answer:
        return start
    hits = [m.start() for m in re.finditer(re.escape(answer), context)]
    if not hits:
        return -1
    return min(hits, key=lambda h: abs(h - start))


def _title_line(paragraph: dict) -> str:
    """The article's title as the first line of a sentence's context ("Nikola_Tesla" -> "Nikola
    Tesla"), as a document's title stands above its text."""
    title = str(paragraph.get("title") or "").replace("_", " ").strip()
    return f"{title}\n\n" if title else ""


def squad_items(paragraphs: Sequence[dict], limit: int | None = None,
                splitter=None) -> tuple[list[Item], int]:
    """Items in file order and the number of questions dropped (answer not found in the paragraph).

    With limit, stops after the questions of the first `limit` distinct sentences.
    """
    splitter = splitter or _sentence_splitter()
    items: list[Item] = []
    dropped = 0
    sentences_seen: set[str] = set()
    for paragraph, spans in zip(paragraphs, splitter(p["context"] for p in paragraphs)):
        context = paragraph["context"]
        for qa in paragraph["qas"]:
            if not qa.get("answers"):
                dropped += 1
                continue
            gold = qa["answers"][0]
            answer = gold["text"]
            start = _locate(context, answer, int(gold["answer_start"]))
            if start < 0 or not answer.strip():
                dropped += 1
                continue
            end = start + len(answer)
            covering = [s for s in spans if s[0] < end and s[1] > start] or [(0, len(context))]
            s_start, s_end = covering[0][0], covering[-1][1]
            sentence = context[s_start:s_end]
            if limit is not None and sentence not in sentences_seen and len(sentences_seen) >= limit:
                return items, dropped
            sentences_seen.add(sentence)
            items.append(Item(qid=str(qa.get("id", len(items))), question=qa["question"],
                              sentence=sentence, answer=answer, start=start - s_start, group=sentence,
                              context=_title_line(paragraph) + context[:s_start]))
    return items, dropped


def du_files(path: Path) -> tuple[Path, Path]:
    """src and tgt files from a folder (src-*.txt, tgt-*.txt) or from the src file itself."""
    if path.is_dir():
        srcs, tgts = sorted(path.glob("src-*.txt")), sorted(path.glob("tgt-*.txt"))
        if len(srcs) != 1 or len(tgts) != 1:
            raise BenchError(f"{path}: expected one src-*.txt and one tgt-*.txt (Du et al. sentence files)")
        return srcs[0], tgts[0]
    if not path.exists():
        raise BenchError(f"{path}: no such file or folder")
    tgt = path.with_name(path.name.replace("src", "tgt", 1))
    if tgt == path or not tgt.exists():
        raise BenchError(f"{path}: give the folder holding src-*.txt and tgt-*.txt, or the src file")
    return path, tgt


def _lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise BenchError(f"{path}: cannot read ({exc})") from None


def du_items(path: Path, squad: Path | None, limit: int | None = None) -> tuple[list[Item], int]:
    """Items grouped by Du et al.'s sentence lines, answers taken from the aligned SQuAD file."""
    src_path, tgt_path = du_files(path)
    src, tgt = _lines(src_path), _lines(tgt_path)
    if len(src) != len(tgt):
        raise BenchError(f"{src_path}: {len(src)} lines but {tgt_path.name} has {len(tgt)}")
    if squad is None:
        raise BenchError("--du: the sentence files hold no answer spans and studykit asks answer-aware "
                         "questions only; add --squad PATH/dev-v1.1.json (the SQuAD file they were made from)")
    paragraphs = read_squad(squad)
    n_questions = sum(len(p["qas"]) for p in paragraphs)
    if n_questions != len(tgt):
        raise BenchError(f"{squad}: {n_questions} questions but {tgt_path.name} has {len(tgt)} lines; "
                         "not the file these sentences were made from")
    if limit is not None:  # only the lines of the first `limit` distinct Du sentences
        wanted: set[str] = set()
        keep = 0
        for line in src:
            if line.strip() not in wanted:
                if len(wanted) >= limit:
                    break
                wanted.add(line.strip())
            keep += 1
    else:
        keep = len(src)
    # Parse only the paragraphs that the kept lines need.
    needed, count = [], 0
    for p in paragraphs:
        if count >= keep:
            break
        needed.append(p)
        count += len(p["qas"])
    items, _ = squad_items(needed)
    by_id = {it.qid: it for it in items}
    qa_ids = [str(qa.get("id", "")) for p in needed for qa in p["qas"]][:keep]
    aligned = tokenize([qa["question"] for p in needed for qa in p["qas"]][:keep])
    agree = sum(a == t.strip() for a, t in zip(aligned, tgt))
    if keep and agree < 0.95 * keep:
        raise BenchError(f"{squad}: only {agree} of {keep} questions match {tgt_path.name} line for line; "
                         "the files are not aligned")
    out, dropped = [], 0
    for i in range(keep):
        it = by_id.get(qa_ids[i])
        if it is None:
            dropped += 1
            continue
        out.append(Item(qid=it.qid, question=tgt[i].strip(), sentence=it.sentence, answer=it.answer,
                        start=it.start, group=src[i].strip(), context=it.context))
    return out, dropped


# --- questions --------------------------------------------------------------------------------

def baseline_question(sentence: str, answer: str, start: int) -> str:
    """The floor: the sentence with the answer replaced by "what", ending in "?"."""
    text = sentence[:start] + "what" + sentence[start + len(answer):]
    text = re.sub(r"[\s.!;:,]+$", "", text.strip())
    return text if text.endswith("?") else text + "?"


def studykit_asker() -> Callable[[str, str], object]:
    try:
        import studykit
    except ImportError as exc:
        raise BenchError(f"cannot import studykit ({exc}); run from a venv with studykit installed") from None
    fn = getattr(studykit, "question_for", None)
    if fn is None:
        raise BenchError("studykit.question_for does not exist in this studykit; use --baseline to check the scorer")
    return fn


def ask_all(pairs: Sequence[Pair], baseline: bool, progress: bool = True, context: bool = True) -> None:
    """Fill every pair's prediction (empty when there is no question). With *context*, studykit
    also reads the article's title and the paragraph's text before the sentence, as it reads an
    article (it names the sentence's "he" or "it" from them)."""
    asker = None if baseline else studykit_asker()
    total = len(pairs)
    shown = time.monotonic()
    for n, pair in enumerate(pairs, 1):
        if baseline:
            pair.prediction = baseline_question(pair.sentence, pair.answer, pair.start)
        else:
            try:
                result = asker(pair.sentence, pair.answer, pair.context or None) if context \
                    else asker(pair.sentence, pair.answer)
            except ImportError as exc:
                if n == 1:
                    raise BenchError(f"studykit.question_for is not usable here ({exc}); "
                                     "use --baseline to check the scorer") from None
                result, pair.error = None, f"{type(exc).__name__}: {exc}"
            except Exception as exc:  # counted and reported, never hidden
                result, pair.error = None, f"{type(exc).__name__}: {exc}"
            prompt = result if isinstance(result, str) else getattr(result, "prompt", None)
            pair.prediction = " ".join(prompt.split()) if isinstance(prompt, str) else ""
        if progress and sys.stderr.isatty() and time.monotonic() - shown > 1:
            shown = time.monotonic()
            print(f"\r  asked {n}/{total}", end="", file=sys.stderr, flush=True)
    if progress and sys.stderr.isatty() and total:
        print("\r" + " " * 30 + "\r", end="", file=sys.stderr, flush=True)


def make_pairs(items: Sequence[Item]) -> list[Pair]:
    pairs: "OrderedDict[tuple, Pair]" = OrderedDict()
    for it in items:
        key = (it.sentence, it.start, it.answer)
        if key not in pairs:
            pairs[key] = Pair(it.sentence, it.answer, it.start, it.context)
        pairs[key].items.append(it)
    return list(pairs.values())


# --- tokenising and scoring -------------------------------------------------------------------

def _coco_dir() -> Path:
    try:
        import pycocoevalcap
    except ImportError:
        raise BenchError("pycocoevalcap is not installed; pip install -e '.[bench]'") from None
    return Path(list(pycocoevalcap.__path__)[0]).resolve()  # a namespace package: no __file__


def tokenize(lines: Sequence[str]) -> list[str]:
    """Stanford PTB tokens, lower-cased, punctuation kept: the form of Du et al.'s files."""
    jars = sorted((_coco_dir() / "tokenizer").glob("stanford-corenlp-*.jar"))
    if not jars:
        raise BenchError("pycocoevalcap has no Stanford tokenizer jar; reinstall pycocoevalcap")
    todo = [i for i, line in enumerate(lines) if line.strip()]
    out = [""] * len(lines)
    if not todo:
        return out
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "lines.txt"
        src.write_text("\n".join(" ".join(lines[i].split()) for i in todo) + "\n", encoding="utf-8")
        cmd = ["java", "-cp", str(jars[-1]), "edu.stanford.nlp.process.PTBTokenizer",
               "-preserveLines", "-lowerCase", "-encoding", "utf-8", str(src)]
        try:
            run = subprocess.run(cmd, capture_output=True, check=False)
        except FileNotFoundError:
            raise BenchError("java not found; the tokenizer and METEOR need a Java runtime") from None
    got = run.stdout.decode("utf-8").split("\n")
    if run.returncode != 0 or len(got) < len(todo):
        raise BenchError(f"PTBTokenizer failed (exit {run.returncode}, {len(got)} of {len(todo)} lines): "
                         f"{run.stderr.decode(errors='replace').strip().splitlines()[-1:]}")
    for i, line in zip(todo, got):
        out[i] = line.strip()
    return out


def rouge_l(candidate: str, refs: Sequence[str]) -> float:
    if not candidate.split() or not any(r.split() for r in refs):
        return 0.0
    from pycocoevalcap.rouge.rouge import Rouge

    return float(Rouge().calc_score([candidate], [r for r in refs if r.split()]))


def score(gts: dict[str, list[str]], res: dict[str, str], meteor: bool = True) -> dict[str, float]:
    """BLEU-4, METEOR and ROUGE-L (x100) of tokenised predictions against tokenised references."""
    _coco_dir()
    from pycocoevalcap.bleu.bleu import Bleu

    keys = list(gts)
    if not keys:
        raise BenchError("nothing to score")
    g = {k: gts[k] for k in keys}
    r = {k: [res[k]] for k in keys}
    bleu, _ = Bleu(4).compute_score(g, r, verbose=0)
    out = {"bleu4": 100 * bleu[3]}
    if meteor:
        from pycocoevalcap.meteor.meteor import Meteor

        try:
            scorer = Meteor()
            m, _ = scorer.compute_score(g, r)
        except (OSError, ValueError) as exc:
            raise BenchError(f"METEOR failed ({exc}); it needs Java (java -version)") from None
        out["meteor"] = 100 * m
    rouge = [rouge_l(res[k], gts[k]) for k in keys]
    out["rouge_l"] = 100 * sum(rouge) / len(rouge)
    return out


def evaluate(items: Sequence[Item], pairs: Sequence[Pair], per_answer: bool = False,
             meteor: bool = True) -> tuple[dict, dict[str, str], dict[str, list[str]], dict[str, str]]:
    """Scores plus, per scored key, the prediction used, the references and the tokenised prediction."""
    prediction = {(p.sentence, p.start, p.answer): p.prediction for p in pairs}
    chosen: "OrderedDict[str, str]" = OrderedDict()
    refs: "OrderedDict[str, list[str]]" = OrderedDict()
    for it in items:
        key = it.qid if per_answer else it.group
        if key not in chosen:  # LMQG 'first': the question for the group's first pair
            chosen[key] = prediction[(it.sentence, it.start, it.answer)]
            refs[key] = []
        refs[key].append(it.question)
    keys = list(chosen)
    flat_refs = [q for k in keys for q in refs[k]]
    tokens = tokenize([chosen[k] for k in keys] + flat_refs)
    tok_pred = dict(zip(keys, tokens[:len(keys)]))
    rest = iter(tokens[len(keys):])
    tok_refs = {k: [next(rest) for _ in refs[k]] for k in keys}
    figures = score(tok_refs, tok_pred, meteor=meteor)
    covered = sum(1 for p in pairs if p.prediction.strip())
    figures["coverage"] = 100 * covered / len(pairs) if pairs else 0.0
    figures["n_scored"] = len(keys)
    figures["n_pairs"] = len(pairs)
    figures["n_questions"] = len(items)
    figures["errors"] = sum(1 for p in pairs if p.error)
    return figures, dict(chosen), tok_refs, tok_pred


# --- output -----------------------------------------------------------------------------------

def write_dump(path: Path, items: Sequence[Item], pairs: Sequence[Pair], per_answer: bool,
               tok_refs: dict[str, list[str]], tok_pred: dict[str, str]) -> None:
    """One JSON line per distinct pair: what was asked, what came out, what humans asked."""
    first_of: dict[str, tuple] = {}
    for it in items:
        first_of.setdefault(it.qid if per_answer else it.group, (it.sentence, it.start, it.answer))
    scored_keys = {v: k for k, v in first_of.items()}
    try:
        with open(path, "w", encoding="utf-8") as f:
            for p in pairs:
                key = (p.sentence, p.start, p.answer)
                groups = [it.qid for it in p.items] if per_answer else [p.items[0].group]
                row = {
                    "sentence": p.sentence,
                    "answer": p.answer,
                    "prediction": p.prediction,
                    "questions": [it.question for it in p.items],
                    "references": [r for g in groups for r in tok_refs.get(g, [])],
                    "scored": key in scored_keys,
                }
                if key in scored_keys:
                    k = scored_keys[key]
                    row["rouge_l"] = round(100 * rouge_l(tok_pred[k], row["references"]), 1)
                if p.error:
                    row["error"] = p.error
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise BenchError(f"{path}: cannot write ({exc.strerror})") from None


def print_table(figures: dict, label: str) -> None:
    rows = [("BLEU-4", f"{figures['bleu4']:.2f}")]
    if "meteor" in figures:
        rows.append(("METEOR", f"{figures['meteor']:.2f}"))
    rows += [("ROUGE-L", f"{figures['rouge_l']:.2f}"),
             ("coverage", f"{figures['coverage']:.1f}% of {figures['n_pairs']} pairs"),
             ("scored", f"{figures['n_scored']} {figures['level']}s, {figures['n_questions']} questions")]
    if figures.get("errors"):
        rows.append(("errors", f"{figures['errors']} pairs raised (counted as empty)"))
    rows.append(("time", f"{figures['seconds']:.0f} s"))
    width = max(len(r[0]) for r in rows)
    print(label)
    for name, value in rows:
        print(f"  {name:<{width}}  {value}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="BLEU-4 / METEOR / ROUGE-L of studykit.question_for on SQuAD "
                                             "(Du et al. 2017 sentence-level protocol).")
    ap.add_argument("path", type=Path, help="SQuAD v1 JSON file (or, with --du, the folder of src-/tgt- files)")
    ap.add_argument("--du", action="store_true", help="PATH holds Du et al.'s src-*.txt/tgt-*.txt sentence files")
    ap.add_argument("--squad", type=Path, metavar="JSON",
                    help="with --du: the SQuAD file the sentence files were made from (gives the answers)")
    ap.add_argument("--limit", type=int, metavar="N", help="score only the first N sentences")
    ap.add_argument("--baseline", action="store_true",
                    help='score the floor: the sentence with the answer replaced by "what", ending in "?"')
    ap.add_argument("--per-answer", action="store_true",
                    help="one item per question with its one human question as reference (LMQG answer level)")
    ap.add_argument("--no-meteor", action="store_true", help="skip METEOR (the slow, Java part)")
    ap.add_argument("--sentence-only", action="store_true",
                    help="give studykit the sentence alone, not the title and the paragraph's text before it")
    ap.add_argument("--out", type=Path, metavar="FILE.jsonl",
                    help="write sentence, answer, prediction and references of every pair")
    args = ap.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        ap.error("--limit must be at least 1")
    if args.squad and not args.du:
        ap.error("--squad goes with --du")
    t0 = time.monotonic()
    try:
        if args.du:
            items, dropped = du_items(args.path, args.squad, args.limit)
        else:
            items, dropped = squad_items(read_squad(args.path), args.limit)
        if not items:
            raise BenchError(f"{args.path}: no questions with an answer found")
        pairs = make_pairs(items)
        ask_all(pairs, args.baseline, context=not args.sentence_only)
        figures, _, tok_refs, tok_pred = evaluate(items, pairs, per_answer=args.per_answer,
                                                  meteor=not args.no_meteor)
        if args.out:
            write_dump(args.out, items, pairs, args.per_answer, tok_refs, tok_pred)
    except BenchError as exc:
        print(f"squad_qg: {exc}", file=sys.stderr)
        return 1
    figures["level"] = "answer" if args.per_answer else "sentence"
    figures["seconds"] = time.monotonic() - t0
    system = "baseline (answer -> what)" if args.baseline else "studykit.question_for"
    print_table(figures, f"{system} on {args.path}{' (Du et al. sentences)' if args.du else ''}")
    if dropped:
        print(f"  ({dropped} questions skipped: answer not found in the paragraph or in the Du files)")
    errors = [p.error for p in pairs if p.error]
    if errors:
        print(f"  first error: {errors[0][:200]}", file=sys.stderr)
    record = {"data": str(args.path), "system": "baseline" if args.baseline else "studykit",
              "level": figures["level"], "du": args.du, "limit": args.limit, "context": not args.sentence_only,
              **{k: round(v, 2) if isinstance(v, float) else v for k, v in figures.items() if k != "level"}}
    print(json.dumps(record))
    return 0


if __name__ == "__main__":
    sys.exit(main())
