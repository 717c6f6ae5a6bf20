"""The self-written speaker set (tests/data/speaker_set): its built files match the annotated
transcripts, and every line has a declared speaker."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import speaker_set  # noqa: E402


def test_captures_and_gold_are_built_from_the_annotated_transcripts() -> None:
    captures, gold = speaker_set.build()
    assert (speaker_set.SET / "captures.jsonl").read_text(encoding="utf-8") == captures
    assert (speaker_set.SET / "gold.json").read_text(encoding="utf-8") == gold


def test_every_episode_has_a_half_a_label_a_line_and_declared_speakers() -> None:
    _, gold = speaker_set.build()
    episodes = json.loads(gold)["episodes"]
    captures = [json.loads(line) for line in speaker_set.build()[0].splitlines()]
    texts = {c["source"]: c["text"] for c in captures}
    assert len(episodes) == 19
    assert sorted(e["half"] for e in episodes.values()) == ["check"] * 4 + ["tune"] * 15
    for source, entry in episodes.items():
        lines = texts[source].split("\n")
        assert 40 <= len(lines) <= 90
        assert len(entry["labels"]) == len(lines)
        assert set(entry["labels"]) <= set(entry["speakers"])
