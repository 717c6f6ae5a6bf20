"""Ingest throughput against bare spaCy, at 1 and 2 workers, with peak memory.

    python benchmarks/throughput.py [--docs N] [--source captures.jsonl]

Texts: the first N captures of ../shared/bench/polnear-dev (real news) when present, else the
bundled examples repeated. For each worker count, the full ``storyline ingest`` (clean, speakers,
extract, resolve, story, store writes) runs on a fresh SQLite store in a child process, and so
does ``nlp.pipe`` over the same texts; the script prints documents/s, words/s, their ratio
(storyline / bare spaCy) and the child's peak RSS. Not a test: numbers go in the issue notes.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import resource
import sys
import tempfile
import time
from pathlib import Path

from scorers import ROOT, SHARED


def load_texts(source: Path | None, n: int) -> list[dict[str, str]]:
    if source and source.exists():
        lines = source.read_text(encoding="utf-8").splitlines()[:n]
        return [json.loads(line) for line in lines]
    examples = sorted((ROOT / "examples").glob("*.txt"))
    texts = [{"source": p.name, "text": p.read_text(encoding="utf-8")} for p in examples]
    return [dict(t, source=f"{i}-{t['source']}", text=t["text"] + f"\n({i})") for i in range(n) for t in texts][:n]


def run_storyline(captures: list[dict[str, str]], workers: int, queue: mp.Queue) -> None:  # type: ignore[type-arg]
    from storyline import Settings, SQLiteStore, ingest

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        path.write_text("\n".join(json.dumps(c) for c in captures), encoding="utf-8")
        store = SQLiteStore(str(Path(tmp) / "bench.db"))
        start = time.perf_counter()
        report = ingest([str(path)], Settings(workers=workers, db=str(Path(tmp) / "bench.db")), store)
        elapsed = time.perf_counter() - start
    peak = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    )
    queue.put((elapsed, peak, report.added))


def run_spacy(captures: list[dict[str, str]], workers: int, queue: mp.Queue) -> None:  # type: ignore[type-arg]
    from storyline.nlp import load_pipeline
    from storyline.settings import Settings

    texts = [c.get("text") or "" for c in captures]
    start = time.perf_counter()
    nlp = load_pipeline(Settings().model)
    for _ in nlp.pipe(texts, n_process=workers, batch_size=8):
        pass
    elapsed = time.perf_counter() - start
    queue.put((elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, len(texts)))


def measure(target: object, captures: list[dict[str, str]], workers: int) -> tuple[float, float]:
    queue: mp.Queue = mp.Queue()  # type: ignore[type-arg]
    proc = mp.Process(target=target, args=(captures, workers, queue))
    proc.start()
    elapsed, peak_kb, _ = queue.get()
    proc.join()
    return elapsed, peak_kb / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--source", type=Path, default=SHARED / "bench" / "polnear-dev" / "captures.jsonl")
    args = parser.parse_args()
    captures = [c for c in load_texts(args.source, args.docs) if c.get("text")]
    words = sum(len((c.get("text") or "").split()) for c in captures)
    print(f"{len(captures)} documents, {words} words")
    for workers in (1, 2):
        ours, our_mem = measure(run_storyline, captures, workers)
        bare, bare_mem = measure(run_spacy, captures, workers)
        print(
            f"workers={workers}: storyline {len(captures) / ours:.2f} docs/s {words / ours:.0f} words/s "
            f"peak {our_mem:.0f} MB | spaCy nlp.pipe {len(captures) / bare:.2f} docs/s {words / bare:.0f} words/s "
            f"peak {bare_mem:.0f} MB | ratio {bare / ours:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
