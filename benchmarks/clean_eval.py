"""Score the cleaning stage alone (no spaCy) on a shared set: fast enough to run while iterating.

    python benchmarks/clean_eval.py zyte|ads|seeds [--limit N] [--keep FILE]

Runs :func:`storyline.clean.clean_capture` on each capture, writes a minimal export (documents
only) and runs the set's scorer on it. Also prints the mean cleaning time per document.
Exits 2 when ../shared is missing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scorers import SHARED
from storyline.clean import clean_capture
from storyline.errors import StorylineError
from storyline.ingest.readers import iter_captures
from storyline.records import Capture
from storyline.settings import Settings

SETS = {
    "zyte": (["bench/zyte/captures.jsonl"], "clean_zyte.py", "bench/zyte/gold.json"),
    "ads": (["bench/ads-dev/captures.jsonl"], "ads.py", "bench/ads-dev/gold.json"),
    "seeds": ([], "score.py", "gold"),
}


def clean_export(paths: list[str], limit: int | None) -> tuple[dict[str, object], float, int]:
    # The Zyte captures file is one 33 MB JSON Lines file: lift the per-file limit.
    settings = Settings(max_capture_bytes=200_000_000)
    documents: list[dict[str, object]] = []
    elapsed = 0.0
    for item in iter_captures(paths, settings):
        if limit is not None and len(documents) >= limit:
            break
        if not isinstance(item, Capture):
            continue
        start = time.perf_counter()
        try:
            doc = clean_capture(item, settings)
        except StorylineError:
            continue
        elapsed += time.perf_counter() - start
        documents.append(
            {
                "id": doc.id,
                "source": doc.source,
                "kind": doc.kind,
                "title": doc.metadata.title,
                "text": doc.text,
                "removed": [
                    {"text": r.text, "reason": r.reason, "raw_start": r.raw_start, "raw_end": r.raw_end}
                    for r in doc.removed
                ],
                "turns": [],
            }
        )
    export = {
        "version": 1,
        "documents": documents,
        "entities": [],
        "times": [],
        "quotes": [],
        "events": [],
        "story": [],
    }
    return export, elapsed, len(documents)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("name", choices=sorted(SETS))
    parser.add_argument("--limit", type=int)
    parser.add_argument("--keep", help="Write the export here.")
    args = parser.parse_args()
    if not SHARED.exists():
        print(f"no {SHARED}: nothing to evaluate", file=sys.stderr)
        return 2
    inputs, scorer, gold = SETS[args.name]
    paths = [str(SHARED / p) for p in inputs] or sorted(str(p) for p in (SHARED / "seeds").glob("*.txt"))
    export, elapsed, n = clean_export(paths, args.limit)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(args.keep or Path(tmp) / "export.json")
        out.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
        cmd = [sys.executable, str(SHARED / "eval" / scorer), str(out), str(SHARED / gold)]
        result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    print(result.stdout + result.stderr)
    print(f"{args.name}: {n} documents, {1000 * elapsed / max(n, 1):.1f} ms per document (cleaning)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
