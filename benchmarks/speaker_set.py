"""Build the self-written speaker set (tests/data/speaker_set) from its annotated transcripts.

    python benchmarks/speaker_set.py          # rewrite captures.jsonl and gold.json
    python benchmarks/speaker_set.py --check  # exit 1 when they are out of date

Each file in ``annotated/`` is one episode:
- ``# half: tune`` or ``# half: check`` says which half of the set it belongs to; other ``#``
  lines are comments;
- ``= CODE | Full Name | role | alias; alias`` declares a speaker (role host, guest or clip);
- ``CODE<TAB>sentence`` is one line of the transcript and its speaker; ``CODE?`` marks the
  label as a best reading (the gold's ``uncertain``).
The capture text is the sentences, one a line, as ASR transcripts come; the gold is in the
speakers-dev format with one more key per episode, ``half``, which the scorer ignores.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

SET = Path(__file__).resolve().parents[1] / "tests" / "data" / "speaker_set"
PREFIX = "own-"  # capture sources are "own-<file name>", kept apart from any other set's


def read_episode(path: Path) -> tuple[str, dict[str, Any]]:
    """(capture text, gold entry) of one annotated transcript."""
    speakers: dict[str, dict[str, Any]] = {}
    names: dict[str, str] = {}
    lines: list[str] = []
    labels: list[str] = []
    uncertain: list[int] = []
    half = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("# half:"):
            half = raw.split(":", 1)[1].strip()
        elif raw.startswith("#") or not raw.strip():
            continue
        elif raw.startswith("="):
            code, name, role, aliases = (part.strip() for part in raw[1:].split("|"))
            names[code] = name
            speakers[name] = {"role": role, "aliases": [a.strip() for a in aliases.split(";") if a.strip()]}
        else:
            code, sentence = raw.split("\t", 1)
            if code.endswith("?"):
                code = code[:-1]
                uncertain.append(len(lines))
            lines.append(sentence.strip())
            labels.append(names[code])
    if half not in ("tune", "check"):
        raise ValueError(f"{path.name}: no '# half: tune' or '# half: check' line")
    return "\n".join(lines), {"half": half, "speakers": speakers, "labels": labels, "uncertain": uncertain}


def build() -> tuple[str, str]:
    """(captures.jsonl text, gold.json text) for every annotated transcript."""
    captures: list[str] = []
    episodes: dict[str, Any] = {}
    for path in sorted((SET / "annotated").glob("*.txt")):
        text, entry = read_episode(path)
        source = PREFIX + path.name
        captures.append(json.dumps({"source": source, "text": text, "kind": "transcript"}, ensure_ascii=False))
        episodes[source] = entry
    gold = json.dumps({"episodes": episodes}, ensure_ascii=False, indent=1)
    return "\n".join(captures) + "\n", gold + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="Only report whether the built files are current.")
    args = parser.parse_args()
    captures, gold = build()
    targets = {SET / "captures.jsonl": captures, SET / "gold.json": gold}
    if args.check:
        stale = [p.name for p, text in targets.items() if not p.exists() or p.read_text(encoding="utf-8") != text]
        if stale:
            print("out of date: " + ", ".join(stale), file=sys.stderr)
            return 1
        return 0
    for path, text in targets.items():
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
