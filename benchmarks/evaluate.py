"""Run storyline on a scored data set from ../shared and print the scorer's report.

    python benchmarks/evaluate.py NAME [--workers N] [--keep DIR]

NAME is one of the keys of ``SETS``. Prints the scorer's output and, last, one line
``NAME metric=value ...`` with the headline numbers. Exits 2 when ../shared is missing.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import polnear_ggt
from scorers import ROOT, SHARED

# The self-written quote set kept in the repository (tests/data/quote_set/README.md).
QUOTE_SET = "tests/data/quote_set"

# The self-written speaker set lives in the project; only its scorer comes from ../shared.
OWN_SPEAKERS = "tests/data/speaker_set"


@dataclass(frozen=True)
class EvalSet:
    inputs: tuple[str, ...]  # relative to SHARED, or to the repository when local
    scorer: str  # relative to SHARED/eval
    gold: str  # relative like the inputs
    extra: tuple[str, ...] = ()  # more scorer arguments, relative like the inputs
    metrics: tuple[str, ...] = ()  # lines "name: value" to report
    # Rewrites the gold into the scorer's shape at run time: (gold, target) -> target.
    convert: Callable[[Path, Path], Path] | None = None
    # Halves of the gold scored apart (episodes whose "half" is the name); metrics become "half.metric".
    halves: tuple[str, ...] = ()
    local: bool = False  # inputs and gold are relative to the repository, not SHARED

    def path(self, relative: str) -> Path:
        return (ROOT if self.local else SHARED) / relative


def quote_set_half(split: str) -> Callable[[Path, Path], Path]:
    """A converter keeping the quote-set gold documents of one split ("tune" or "check")."""

    def write(source: Path, target: Path) -> Path:
        documents = json.loads(source.read_text(encoding="utf-8"))["documents"]
        kept = {name: doc for name, doc in documents.items() if doc.get("split") == split}
        target.write_text(json.dumps({"documents": kept}, ensure_ascii=False), encoding="utf-8")
        return target

    return write


def quote_set(split: str | None) -> EvalSet:
    """The self-written quote set (all of it, or one half), scored as the held-out GGT set."""
    return EvalSet(
        (f"{QUOTE_SET}/captures.jsonl",),
        "quotes_ggt.py",
        f"{QUOTE_SET}/gold.json",
        metrics=("f1", "f1@0.8", "speaker", "speaker_span", "verb"),
        convert=None if split is None else quote_set_half(split),
        local=True,
    )


SETS = {
    "seeds": EvalSet(("seeds",), "score.py", "gold", metrics=("overall",)),
    "zyte": EvalSet(("bench/zyte/captures.jsonl",), "clean_zyte.py", "bench/zyte/gold.json", metrics=("f1",)),
    "ads": EvalSet(("bench/ads-dev/captures.jsonl",), "ads.py", "bench/ads-dev/gold.json", metrics=("f1",)),
    "speakers": EvalSet(
        ("bench/ads-dev/captures.jsonl",),
        "speakers.py",
        "bench/speakers-dev/gold.json",
        extra=("bench/ads-dev/captures.jsonl",),
        metrics=("mapped", "named", "ads_kept"),
    ),
    # Transcripts written for the project (tests/data/speaker_set): rules are tuned on the "tune"
    # half only; the "check" half shows whether they hold on shapes they were not written for.
    "speakers-own": EvalSet(
        (f"{OWN_SPEAKERS}/captures.jsonl",),
        "speakers.py",
        f"{OWN_SPEAKERS}/gold.json",
        extra=(f"{OWN_SPEAKERS}/captures.jsonl",),
        metrics=("tune.mapped", "tune.named", "check.mapped", "check.named"),
        halves=("tune", "check"),
        local=True,
    ),
    "timex": EvalSet(
        ("bench/timex-timebank/captures.jsonl",), "timex.py", "bench/timex-timebank/gold.json", metrics=("f1",)
    ),
    "polnear": EvalSet(
        ("bench/polnear-dev/captures.jsonl",),
        "quotes_polnear.py",
        "bench/polnear-dev/gold.json",
        metrics=("f1", "source"),
    ),
    # PolNeAR dev scored as the held-out Gender Gap Tracker set is: speech only, resolved names.
    "polnear-ggt": EvalSet(
        ("bench/polnear-dev/captures.jsonl",),
        "quotes_ggt.py",
        "bench/polnear-dev/gold.json",
        metrics=("f1", "f1@0.8", "speaker", "speaker_span", "verb"),
        convert=polnear_ggt.write_gold,
    ),
    "polnear-train": EvalSet(
        ("bench/polnear-train-sample/captures.jsonl",),
        "quotes_polnear.py",
        "bench/polnear-train-sample/gold.json",
        metrics=("f1", "source"),
    ),
    "quotes-own": quote_set(None),
    "quotes-own-tune": quote_set("tune"),
    "quotes-own-check": quote_set("check"),
    "meantime": EvalSet(
        ("bench/meantime-dev/captures.jsonl",),
        "entities_meantime.py",
        "bench/meantime-dev/gold.json",
        metrics=("conll_f1",),
    ),
    "timeline": EvalSet(
        ("bench/meantime-dev/captures.jsonl",), "timeline_semeval.py", "bench/meantime-dev/gold.json", metrics=("f1",)
    ),
}


# Exports written by this run, shared by the sets that read the same inputs.
_MADE: set[Path] = set()


def export_for(name: str, workdir: Path, workers: int = 1) -> Path:
    """Ingest the set's inputs into a fresh store under ``workdir`` and export it as JSON.

    Sets that share their inputs (ads and speakers, meantime and timeline) share one export
    within a run; an export left in a kept folder by an earlier run is made again, never reused.
    """
    from storyline import SQLiteStore, build_export, ingest, load_settings

    spec = SETS[name]
    name = next(n for n, s in SETS.items() if s.inputs == spec.inputs)
    out = workdir / f"{name}.json"
    if out in _MADE:
        return out
    db = workdir / f"{name}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    settings = load_settings(None, db=str(db), workers=workers)
    store = SQLiteStore(str(db))
    inputs = [str(spec.path(p)) for p in spec.inputs]
    if name == "seeds":
        inputs = sorted(str(p) for p in (SHARED / "seeds").glob("*.txt"))
    ingest(inputs, settings, store)
    out.write_text(json.dumps(build_export(store), ensure_ascii=False), encoding="utf-8")
    store.close()
    _MADE.add(out)
    return out


def score(name: str, export: Path) -> tuple[str, dict[str, float]]:
    spec = SETS[name]
    gold = spec.path(spec.gold)
    if spec.convert is not None:
        gold = spec.convert(gold, export.with_name(f"{name}-gold.json"))
    if not spec.halves:
        return _run_scorer(spec, gold, export)
    outputs: list[str] = []
    values: dict[str, float] = {}
    episodes = json.loads(gold.read_text(encoding="utf-8"))["episodes"]
    for half in spec.halves:
        part = export.with_name(f"{name}-{half}-gold.json")
        chosen = {k: v for k, v in episodes.items() if v.get("half") == half}
        part.write_text(json.dumps({"episodes": chosen}, ensure_ascii=False), encoding="utf-8")
        output, found = _run_scorer(spec, part, export)
        outputs.append(f"== {half} ==\n{output}")
        values.update({f"{half}.{k}": v for k, v in found.items()})
    return "\n".join(outputs), values


def _run_scorer(spec: EvalSet, gold: Path, export: Path) -> tuple[str, dict[str, float]]:
    cmd = [sys.executable, str(SHARED / "eval" / spec.scorer), str(export), str(gold)]
    cmd += [str(spec.path(e)) for e in spec.extra]
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    output = result.stdout + result.stderr
    values: dict[str, float] = {}
    for line in output.splitlines():
        m = re.match(r"^\s*([\w.@]+):\s*([0-9.]+)", line)
        if m:
            try:
                values[m.group(1)] = float(m.group(2))
            except ValueError:
                continue
    return output, values


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("name", choices=sorted(SETS))
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--keep", help="Folder for the store and export (default: a temporary one).")
    args = parser.parse_args()
    if not SHARED.exists():
        print(f"no {SHARED}: nothing to evaluate", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(args.keep or tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        export = export_for(args.name, workdir, args.workers)
        output, values = score(args.name, export)
    print(output)
    print(args.name, " ".join(f"{k}={values[k]:.3f}" for k in SETS[args.name].metrics if k in values))
    return 0


if __name__ == "__main__":
    sys.exit(main())
