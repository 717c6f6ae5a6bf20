"""List the entity errors behind the MEANTIME named-mention score, to work from them.

usage: meantime_errors.py EXPORT.json [GOLD.json] [--section NAME ...]

Reads the scorer from ../shared/eval at run time and pairs system and gold mentions exactly as
it does. Sections (all by default):
- missed: named gold mentions no system mention overlaps, with the sentence around them;
- bounds: paired mentions whose spans differ (gold text | system text);
- split: gold entities whose paired mentions sit in two or more system entities;
- mixed: system entities whose paired mentions belong to two or more gold entities;
- spurious: unpaired system mentions in sentences where the gold has named mentions (the
  annotated part of an article; later sentences were mostly left unannotated).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from scorers import SHARED

sys.path.insert(0, str(SHARED / "eval"))

from entities_meantime import pair_mentions, system_mentions
from evalcommon import load_export

SECTIONS = ("missed", "bounds", "split", "mixed", "spurious")


def _sentence_of(doc: dict, pos: int) -> int:
    for start, end, sent in doc["tokens"]:
        if start <= pos < end or pos < start:
            return sent
    return -1


def _sentence_text(doc: dict, sent: int) -> str:
    toks = [(s, e) for s, e, n in doc["tokens"] if n == sent]
    return doc["text"][toks[0][0] : toks[-1][1]] if toks else ""


def analyse(export: dict, gold: dict, sections: tuple[str, ...]) -> None:
    gdocs = gold["documents"]
    names = {e.get("id"): f"{e.get('name')} [{e.get('type')}]" for e in export["entities"]}
    gold_by_doc: dict[str, list] = defaultdict(list)
    for key, ent in gold["entities"].items():
        for m in ent["mentions"]:
            gold_by_doc[m["doc"]].append((m["start"], m["end"], key, bool(m.get("named"))))
    sys_by_doc, _, _ = system_mentions(export, gdocs)
    gold_owner: dict[str, dict] = defaultdict(lambda: defaultdict(list))  # gold key -> sys key -> texts
    sys_owner: dict = defaultdict(lambda: defaultdict(list))  # sys key -> gold key -> texts
    out: dict[str, list[str]] = {s: [] for s in SECTIONS}
    for name in sorted(gdocs):
        doc, text = gdocs[name], gdocs[name]["text"]
        gm, sm = gold_by_doc.get(name, []), sys_by_doc.get(name, [])
        pairs = pair_mentions([(s, e) for s, e, _, _ in gm], [(s, e) for s, e, _ in sm])
        partner_of_gold = dict(pairs)
        paired_sys = {si for _, si in pairs}
        named_sents = {_sentence_of(doc, s) for s, _, _, ok in gm if ok}
        short = name[:40]
        for gi, (gs, ge, gkey, ok) in enumerate(gm):
            if not ok:
                continue
            si = partner_of_gold.get(gi)
            if si is None:
                sent = _sentence_of(doc, gs)
                out["missed"].append(f"{short} s{sent} '{text[gs:ge]}' ({gkey}) :: {_sentence_text(doc, sent)}")
                continue
            ss, se, skey = sm[si]
            if (ss, se) != (gs, ge):
                out["bounds"].append(f"{short} '{text[gs:ge]}' | '{text[ss:se]}'")
            gold_owner[gkey][skey].append(f"{text[ss:se]}@{name[:6]}")
            sys_owner[skey][gkey].append(f"{text[gs:ge]}@{name[:6]}")
        for si, (ss, se, skey) in enumerate(sm):
            if si in paired_sys:
                continue
            sent = _sentence_of(doc, ss)
            if sent in named_sents:
                out["spurious"].append(f"{short} s{sent} '{text[ss:se]}' -> {names.get(skey[1], skey)}")
    for gkey, owners in sorted(gold_owner.items()):
        if len(owners) > 1:
            gname = gold["entities"][gkey]["name"]
            parts = "; ".join(f"{names.get(k[1], k)}: {', '.join(v)}" for k, v in owners.items())
            out["split"].append(f"{gname} ({gkey}) -> {parts}")
    for skey, owners in sorted(sys_owner.items(), key=lambda kv: str(kv[0])):
        if len(owners) > 1:
            parts = "; ".join(f"{gold['entities'][k]['name']}: {', '.join(v)}" for k, v in owners.items())
            out["mixed"].append(f"{names.get(skey[1], skey)} -> {parts}")
    for section in sections:
        print(f"== {section}: {len(out[section])}")
        for line in out[section]:
            print("  " + line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("export")
    parser.add_argument("gold", nargs="?", default=str(SHARED / "bench/meantime-dev/gold.json"))
    parser.add_argument("--section", action="append", choices=SECTIONS)
    args = parser.parse_args()
    gold = json.loads(Path(args.gold).read_text(encoding="utf-8"))
    analyse(load_export(args.export), gold, tuple(args.section or SECTIONS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
