"""Sentence-embedding throughput and memory of the NumPy all-MiniLM-L6-v2 (needs the model).

    PYTHONPATH=src python benchmarks/embed_speed.py [--sentences 2000] [--batch 32] [--words 8-40]

Not a test. Sentences are random runs of whole words drawn from the model's own vocabulary
(each one word piece, as most news words are), 8 to 40 words long by default: news sentences
average 20-25 words. Reports model load time, sentences/s and word pieces/s in wall-clock and
in CPU time (all threads; the wall clock depends on what else the machine runs), and resident
memory before loading, after loading and at its peak.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from pathlib import Path

from storyline.search import minilm


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def sentences(folder: Path, count: int, shortest: int, longest: int, seed: int = 7) -> list[str]:
    vocab = (folder / "vocab.txt").read_text(encoding="utf-8").split("\n")
    words = [w for w in vocab if w.isalpha() and w.isascii() and len(w) >= 3]
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        body = rng.choices(words, k=rng.randint(shortest, longest))
        out.append(" ".join(body).capitalize() + ".")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=minilm.BATCH)
    parser.add_argument("--words", default="8-40", help="sentence length range in words")
    args = parser.parse_args()
    folder = minilm.model_dir()
    if folder is None or not minilm.runtime_available():
        raise SystemExit(f"the model is not installed: {minilm.INSTALL_HINT}")
    shortest, longest = (int(n) for n in args.words.split("-"))
    texts = sentences(folder, args.sentences, shortest, longest)
    before = rss_mb()
    start = time.perf_counter()
    model = minilm.load()
    load_s = time.perf_counter() - start
    loaded = rss_mb()
    pieces = sum(sum(e.attention_mask) for e in model.tokenizer.encode_batch(texts[:500])) / min(500, len(texts))
    model.encode(texts[:8])  # warm up BLAS
    wall, cpu = time.perf_counter(), time.process_time()
    vectors = model.encode(texts, batch_size=args.batch)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    assert vectors.shape == (len(texts), 384)
    n = len(texts)
    print(f"{n} sentences, {shortest}-{longest} words, {pieces:.1f} word pieces on average, batch {args.batch}")
    print(f"model load: {load_s:.2f} s")
    print(f"wall clock: {wall:.1f} s = {n / wall:.1f} sentences/s, {n * pieces / wall:.0f} pieces/s")
    print(f"CPU time:   {cpu:.1f} s = {n / cpu:.1f} sentences per CPU second, {n * pieces / cpu:.0f} pieces/s")
    print(f"memory: {before:.0f} MB before load, {loaded:.0f} MB loaded, peak {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
