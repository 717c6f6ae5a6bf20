"""Compare the entity timelines of an export with the TimeLine gold, target by target.

usage: timeline_errors.py EXPORT.json [GOLD.json] [--target NAME] [--section NAME ...]

Reads the scorer from ../shared/eval at run time and builds the system timelines exactly as it
does. Sections (all by default), per target:
- missed: gold events the system timeline lacks, with their gold date;
- extra: system events the gold timeline lacks, with their system date;
- date: events on both timelines with another date (gold | system), with the date's basis;
- order: pairs of shared events whose order differs (one before the other in one timeline,
  the other way round or on the same line in the other).
Each event is shown with its sentence. A summary of counts per target ends the report.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from scorers import SHARED

sys.path.insert(0, str(SHARED / "eval"))

from evalcommon import load_export
from timeline_semeval import EventNamer, gold_lines, story_index, system_timeline

SECTIONS = ("missed", "extra", "date", "order")


def _sentence(gold: dict, event_id: str) -> str:
    """The words of the sentence an id ("DOCID-SENTENCE-WORDS") names."""
    parts = event_id.split("-")
    for name, doc in gold["documents"].items():
        ref = str(doc.get("semeval_id") or doc.get("doc_id"))
        if "-".join(parts[:-2]) in {ref, name} or parts[0] in {ref, name}:
            try:
                sent = int(parts[-2]) if parts[-2].isdigit() else int(parts[1])
            except (IndexError, ValueError):
                return ""
            words = [doc["text"][s:e] for s, e, n in doc.get("tokens", []) if n == sent]
            return " ".join(words)[:220]
    return ""


def _bases(export: dict, namer: EventNamer, corpus: str | None) -> dict[str, str]:
    """Event id -> the basis of the first exported row named so."""
    out: dict[str, str] = {}
    for row in export["events"]:
        name = namer.name(row, corpus)
        d = row.get("date")
        if name and name not in out:
            out[name] = d.get("basis", "?") if isinstance(d, dict) else "-"
    return out


def _positions(lines: list) -> dict[str, tuple[int, str]]:
    pos: dict[str, tuple[int, str]] = {}
    for order, date, events in lines:
        for ev in events:
            pos.setdefault(ev, (order, date))
    return pos


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("export")
    ap.add_argument("gold", nargs="?", default=str(SHARED / "bench/meantime-dev/gold.json"))
    ap.add_argument("--target", action="append", help="only these targets (repeatable)")
    ap.add_argument("--section", action="append", choices=SECTIONS)
    args = ap.parse_args(argv)
    sections = set(args.section or SECTIONS)
    gold = json.loads(Path(args.gold).read_text(encoding="utf-8"))
    export = load_export(args.export)
    namer = EventNamer(export, gold)
    story_of, story_pos = story_index(export)
    summary = []
    for _stem, tl in sorted(gold["timelines"].items()):
        if args.target and tl["target"] not in args.target:
            continue
        glines = gold_lines(tl)
        slines, _ = system_timeline(export, tl["target"], namer, story_of, story_pos, tl.get("corpus"))
        gpos = _positions([ln for ln in glines if ln[0] != 0])
        spos = _positions([ln for ln in slines if ln[0] != 0])
        bases = _bases(export, namer, tl.get("corpus"))
        missed = [e for e in gpos if e not in spos]
        extra = [e for e in spos if e not in gpos]
        shared = [e for e in gpos if e in spos]
        wrong = [e for e in shared if gpos[e][1] != spos[e][1]]
        flips = []
        for i, a in enumerate(shared):
            for b in shared[i + 1 :]:
                g = (gpos[a][0] > gpos[b][0]) - (gpos[a][0] < gpos[b][0])
                s = (spos[a][0] > spos[b][0]) - (spos[a][0] < spos[b][0])
                if g != s:
                    flips.append((a, b, g, s))
        print(f"== {tl['target']} ({tl.get('corpus')}): gold {len(gpos)} system {len(spos)}")
        if "missed" in sections:
            for e in missed:
                print(f"  missed {e} gold {gpos[e][1]} | {_sentence(gold, e)}")
        if "extra" in sections:
            for e in extra:
                print(f"  extra  {e} sys {spos[e][1]} ({bases.get(e, '?')}) | {_sentence(gold, e)}")
        if "date" in sections:
            for e in wrong:
                print(f"  date   {e} gold {gpos[e][1]} sys {spos[e][1]} ({bases.get(e, '?')}) | {_sentence(gold, e)}")
        if "order" in sections:
            for a, b, g, s in flips[:20]:
                print(f"  order  {a} vs {b}: gold {g:+d} sys {s:+d}")
        summary.append((tl["target"], len(gpos), len(spos), len(missed), len(extra), len(wrong), len(flips)))
    print("\ntarget: gold system missed extra wrong-date order-flips")
    totals: Counter[str] = Counter()
    for target, *counts in summary:
        print(f"  {target}: " + " ".join(str(c) for c in counts))
        totals.update(dict(zip(("gold", "system", "missed", "extra", "date", "order"), counts, strict=True)))
    print("total: " + " ".join(f"{k} {v}" for k, v in totals.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
