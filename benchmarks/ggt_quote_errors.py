"""Quote spans the GGT metric misses or counts extra, on PolNeAR dev seen as GGT quotes.

    python benchmarks/ggt_quote_errors.py EXPORT.json GOLD.json [--side fn|fp] [--summary]

EXPORT.json and GOLD.json are what ``evaluate.py polnear-ggt --keep DIR`` leaves in DIR
(``polnear.json`` and ``polnear-ggt-gold.json``). Quotes are matched as the GGT scorer
matches them (threshold 0.3, its own code). Prints each false negative (a gold quote no
prediction covers more than 30%) and each false positive (a prediction left unmatched) with
its sentence, our cue and act, and a rough kind, so the causes can be counted (``--summary``):

- ``fn-none``: no prediction overlaps the gold quote at all;
- ``fn-partial``: a prediction overlaps it but covers 30% or less (or was taken by another);
- ``fp-overlap``: the prediction overlaps a gold quote (a split, or a second reading);
- ``fp-alone``: the prediction overlaps no gold quote (we see a quote the gold does not).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ggt_speaker_errors import _scorer, _sentence, listing_parser, print_summary, scored_documents, scorer_missing


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def errors(export_path: Path, gold_path: Path) -> list[dict[str, Any]]:
    ggt = _scorer()
    export = ggt.load_export(str(export_path))
    quotes = {q.get("id"): q for q in export["quotes"]}
    found = []
    for source, gd, _, preds, pairs in scored_documents(ggt, export, gold_path):
        text = gd.get("text", "")
        gold = gd.get("quotes", [])
        matched_g = {id(g) for g, _, _ in pairs}
        matched_p = {id(p) for _, p, _ in pairs}
        for g in gold:
            if id(g) in matched_g:
                continue
            span = (g["start"], g["end"])
            near = [p for p in preds if _overlaps(span, p["span"])]
            found.append(
                {
                    "source": source,
                    "kind": "fn-partial" if near else "fn-none",
                    "quote": text[span[0] : span[1]],
                    "other": [text[p["span"][0] : p["span"][1]] for p in near],
                    "sentence": _sentence(text, *span),
                }
            )
        for p in preds:
            if id(p) in matched_p:
                continue
            span = p["span"]
            near = [g for g in gold if _overlaps(span, (g["start"], g["end"]))]
            q = quotes.get(p["id"], {})
            found.append(
                {
                    "source": source,
                    "kind": "fp-overlap" if near else "fp-alone",
                    "quote": text[span[0] : span[1]],
                    "cue": q.get("cue"),
                    "act": q.get("act"),
                    "kind_q": q.get("kind"),
                    "other": [text[g["start"] : g["end"]] for g in near],
                    "sentence": _sentence(text, *span),
                }
            )
    return found


def main() -> int:
    parser = listing_parser(__doc__)
    parser.add_argument("--side", choices=("fn", "fp"), help="Only false negatives or false positives.")
    args = parser.parse_args()
    if scorer_missing():
        return 2
    found = errors(args.export, args.gold)
    if args.summary:
        print_summary(found, 12)
        return 0
    for e in found:
        if args.side and not e["kind"].startswith(args.side):
            continue
        print(f"[{e['kind']}] {e['source']} cue={e.get('cue')!r} act={e.get('act')} {e.get('kind_q')}")
        print(f"  quote: {e['quote'][:200]!r}")
        for o in e["other"]:
            print(f"  other: {o[:200]!r}")
        print(f"  {e['sentence'][:300]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
