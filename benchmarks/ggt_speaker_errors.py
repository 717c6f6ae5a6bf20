"""Matched quotes whose speaker name is wrong, on PolNeAR dev seen as GGT quotes.

    python benchmarks/ggt_speaker_errors.py EXPORT.json GOLD.json [--kind KIND] [--summary]

EXPORT.json and GOLD.json are what ``evaluate.py polnear-ggt --keep DIR`` leaves in DIR
(``polnear.json`` and ``polnear-ggt-gold.json``). Quotes are matched as the GGT scorer matches
them (threshold 0.3, its own code); for each matched quote whose speaker name is wrong, prints
the gold name and mention, our entity name and aliases, our ``speaker_mention`` and the
sentence around the gold mention. Each error gets a rough kind, so the causes can be counted
(``--summary``) and looked at one kind at a time (``--kind``):

- ``none``: we give no speaker name at all;
- ``pronoun``: the gold mention is a pronoun;
- ``description``: the gold mention is a description ("the senator"), or the gold name is one;
- ``other-person``: our name shares no word with the gold name;
- ``partial``: our name shares a word with the gold name (a surname only, a longer form).

The kinds describe the gold side as the proxy wrote it: its names come from heuristics
(``polnear_ggt.py``), so an error here may be the gold's own.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from scorers import SHARED, load_scorer

PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "his", "its", "their"})
PRONOUNS |= {"who", "whom", "which", "that"}


def _scorer() -> ModuleType:
    return load_scorer(SHARED / "eval" / "quotes_ggt.py", "quotes_ggt")


def scored_documents(
    ggt: ModuleType, export: dict[str, Any], gold_path: Path
) -> Iterator[tuple[str, dict[str, Any], dict[str, Any] | None, list[dict[str, Any]], list[Any]]]:
    """Per gold document, in name order: its source, gold, exported document (None when the
    export lacks it), our predictions in gold coordinates and the scorer's pairs at 0.3."""
    gold_docs = ggt.load_gold(str(gold_path))
    by_name = ggt.docs_by_name(export)
    qby = ggt.quotes_by_doc(export)
    ent_names = ggt.entity_names(export)
    for source in sorted(gold_docs):
        gd = gold_docs[source]
        doc = by_name.get(source)
        preds = ggt.predictions(doc, gd.get("text", ""), qby.get(doc.get("id"), []), ent_names) if doc else []
        pairs, _, _ = ggt.match_doc(gd.get("quotes", []), preds, 0.3)
        yield source, gd, doc, preds, pairs


def _kind(gold: dict[str, Any], names: set[str], clean: Any) -> str:
    mention = (gold.get("speaker_mention") or {}).get("text", "")
    if not names:
        return "none"
    if mention.lower().strip() in PRONOUNS:
        return "pronoun"
    ref = clean(gold.get("speaker", ""))
    if mention[:4].lower() in ("the ", "a ", "an ") or ref.startswith(("the ", "a ", "an ")):
        return "description"
    ours = {w for n in names for w in n.split()}
    return "partial" if ours & set(ref.split()) else "other-person"


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return " ".join(text[left : right + 1].split())


def errors(export_path: Path, gold_path: Path) -> list[dict[str, Any]]:
    ggt = _scorer()
    export = ggt.load_export(str(export_path))
    ent_names = ggt.entity_names(export)
    quotes = {q.get("id"): q for q in export["quotes"]}
    found = []
    for source, gd, doc, _, pairs in scored_documents(ggt, export, gold_path):
        if doc is None:
            continue
        for g, p, _ in pairs:
            name_ok, _, _ = ggt.judge(g, p)
            if name_ok:
                continue
            quote = quotes.get(p["id"], {})
            ours = quote.get("speaker_mention") or {}
            our_mention = doc.get("text", "")[ours["start"] : ours["end"]] if "start" in ours else None
            anchor = g.get("speaker_mention") or g
            found.append(
                {
                    "source": source,
                    "kind": _kind(g, p["names"], ggt.clean_name),
                    "gold": g.get("speaker", ""),
                    "gold_mention": (g.get("speaker_mention") or {}).get("text"),
                    "ours": ggt.speaker_names(quote, ent_names),
                    "our_mention": our_mention,
                    "sentence": _sentence(gd.get("text", ""), anchor["start"], anchor["end"]),
                }
            )
    return found


def listing_parser(description: str) -> argparse.ArgumentParser:
    """The arguments of both GGT error listings: the export, the gold and ``--summary``."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("export", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--summary", action="store_true", help="Only the count of each kind.")
    return parser


def scorer_missing() -> bool:
    """Whether the GGT scorer is missing (said on stderr): the listings match quotes with it."""
    if (SHARED / "eval" / "quotes_ggt.py").exists():
        return False
    print(f"no scorer under {SHARED}", file=sys.stderr)
    return True


def print_summary(found: list[dict[str, Any]], width: int) -> None:
    """The count of each kind of error, commonest first."""
    for kind, n in Counter(e["kind"] for e in found).most_common():
        print(f"{kind:{width}} {n}")


def main() -> int:
    parser = listing_parser(__doc__)
    parser.add_argument("--kind", help="Only errors of this kind.")
    args = parser.parse_args()
    if scorer_missing():
        return 2
    found = errors(args.export, args.gold)
    if args.summary:
        print_summary(found, 14)
        print(f"{'all':14} {len(found)}")
        return 0
    for e in found:
        if args.kind and e["kind"] != args.kind:
            continue
        print(f"[{e['kind']}] {e['source']}")
        print(f"  gold: {e['gold']!r} (mention {e['gold_mention']!r})")
        print(f"  ours: {json.dumps(e['ours'], ensure_ascii=False)} (mention {e['our_mention']!r})")
        print(f"  {e['sentence'][:300]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
