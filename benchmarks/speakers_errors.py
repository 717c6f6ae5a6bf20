"""Sentence-by-sentence view of who the speakers stage says is talking, against the gold.

    python benchmarks/speakers_errors.py [--episode TEXT] [--errors] [--width N]
    python benchmarks/speakers_errors.py --summary
    python benchmarks/speakers_errors.py --own ...     # the self-written set (tests/data/speaker_set)
    python benchmarks/speakers_errors.py --fresh ...   # parse again (the cache is keyed on the
                                                        # capture, the cleaning code and the model)

Default mode: for each annotated episode of ../shared/bench/speakers-dev, one line per capture
line: index, gold speaker, predicted speaker (name or role), the text cut to ``--width``; errors
(the predicted name is not the gold name or one of its aliases) are marked ``!``; lines the
scorer would not find in any turn are marked ``?``. Lines are located with the scorer's own
locator, so the words counted here are the words it counts. ``--summary``: for every capture
of ../shared/bench/ads-dev (most have no speaker gold), the words each voice gets, so a change
can be checked on the episodes nobody annotated.

The cleaned documents and their spaCy parses are cached in the temporary folder, so a rerun
only runs the speakers stage (seconds). Exits 2 when ../shared is missing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

from scorers import ROOT, SHARED, load_scorer

CAPTURES = SHARED / "bench" / "ads-dev" / "captures.jsonl"
GOLD = SHARED / "bench" / "speakers-dev" / "gold.json"
SCORER = SHARED / "eval" / "speakers.py"
CACHE = Path(tempfile.gettempdir()) / "storyline-speakers-errors"
OWN = ROOT / "tests" / "data" / "speaker_set"


def _scorer() -> ModuleType:
    """The scorer module itself, for its locator and name normalisation."""
    return load_scorer(SCORER, "speakers_scorer")


def _code_key(model: str) -> str:
    """A hash of what the cached parse depends on: the cleaning code, its data and the model."""
    digest = hashlib.sha256(model.encode())
    src = ROOT / "src" / "storyline"
    for path in sorted([*(src / "clean").rglob("*.py"), *(src / "data" / "clean").rglob("*"), src / "nlp.py"]):
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _parsed(fresh: bool, captures: Path) -> list[tuple[Any, Any]]:
    """(Document, spaCy Doc) for every capture, from the cache when it is current."""
    from spacy.tokens import DocBin

    from storyline.clean import clean_capture
    from storyline.ingest import iter_captures
    from storyline.nlp import load_pipeline
    from storyline.settings import Settings

    settings = Settings()
    key = _code_key(settings.model)
    CACHE.mkdir(parents=True, exist_ok=True)
    nlp = load_pipeline(settings.model, settings.max_nlp_chars)
    out = []
    for capture in iter_captures([str(captures)], settings):
        if isinstance(capture, Exception):
            print(f"skipped: {capture}", file=sys.stderr)
            continue
        name = hashlib.sha256((key + capture.source + capture.content).encode()).hexdigest()[:24]
        path = CACHE / f"{name}.pickle"
        if path.exists() and not fresh:
            document, data = pickle.loads(path.read_bytes())
            doc = next(iter(DocBin().from_bytes(data).get_docs(nlp.vocab)))
        else:
            document = clean_capture(capture, settings)
            doc = nlp(document.text)
            path.write_bytes(pickle.dumps((document, DocBin(store_user_data=True, docs=[doc]).to_bytes())))
        out.append((document, doc))
    return out


def _turns(documents: list[tuple[Any, Any]]) -> dict[str, tuple[Any, tuple[Any, ...]]]:
    from storyline.speakers import find_turns

    return {Path(d.source).name: (d, find_turns(d, doc)) for d, doc in documents}


def _voice(turn: Any) -> str:
    return turn.speaker_name or f"<{turn.role}>"


def _episodes(
    gold: dict[str, Any], found: dict[str, Any], scorer: ModuleType, args: argparse.Namespace, captures_path: Path
) -> None:
    captures = scorer.load_captures(str(captures_path))
    total = Counter[str]()
    for source, entry in gold["episodes"].items():
        if args.episode and args.episode not in source:
            continue
        document, turns = found[Path(source).name]
        names = {
            label: {scorer.norm_name(label)} | {scorer.norm_name(a) for a in info.get("aliases", [])}
            for label, info in entry["speakers"].items()
        }
        locator = scorer.Locator([document.text[t.start : t.end] for t in turns])
        uncertain = set(entry.get("uncertain") or [])
        counts = Counter[str]()
        print(f"== {source}")
        for i, (label, line) in enumerate(zip(entry["labels"], captures[source].split("\n"), strict=False)):
            if label == "AD":
                continue
            words = scorer.words(line)
            span = locator.find(line) if turns else None
            turn = turns[locator.piece_of(span)] if span is not None else None
            if turn is None:
                mark, voice = "?", "-"
            else:
                voice = _voice(turn)
                right = scorer.norm_name(turn.speaker_name) in names.get(label, set())
                mark = " " if right or scorer.role_only(label) else "!"
            counts["words"] += words
            counts["wrong"] += words if mark != " " else 0
            if args.errors and mark == " ":
                continue
            doubt = "~" if i in uncertain else " "
            print(f"{mark}{doubt}{i:4d} {label[:18]:18} {voice[:18]:18} {line[: args.width]}")
        print(f"   wrong words {counts['wrong']} of {counts['words']}")
        total.update(counts)
    print(f"all: wrong words {total['wrong']} of {total['words']} (named ~ {1 - total['wrong'] / total['words']:.3f})")


def _summary(found: dict[str, Any]) -> None:
    for source, (document, turns) in sorted(found.items()):
        words = Counter[str]()
        for turn in turns:
            words[f"{_voice(turn)} ({turn.role})"] += len(document.text[turn.start : turn.end].split())
        shares = ", ".join(f"{voice} {n}" for voice, n in words.most_common())
        print(f"{source[:48]:48} turns {len(turns):3d}: {shares or '-'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--summary", action="store_true", help="words per voice in every ads-dev capture")
    parser.add_argument("--episode", help="only the annotated episode whose source contains this")
    parser.add_argument("--errors", action="store_true", help="print only the wrong lines")
    parser.add_argument("--width", type=int, default=90, help="characters of each line shown")
    parser.add_argument("--fresh", action="store_true", help="clean and parse again, ignoring the cache")
    parser.add_argument("--own", action="store_true", help="the self-written set of tests/data/speaker_set")
    args = parser.parse_args()
    captures, gold = (OWN / "captures.jsonl", OWN / "gold.json") if args.own else (CAPTURES, GOLD)
    if not captures.exists() or not gold.exists() or not SCORER.exists():
        print(f"no {SHARED} bench: nothing to diagnose", file=sys.stderr)
        return 2
    found = _turns(_parsed(args.fresh, captures))
    if args.summary:
        _summary(found)
        return 0
    _episodes(json.loads(gold.read_text(encoding="utf-8")), found, _scorer(), args, captures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
