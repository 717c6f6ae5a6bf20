"""Subtitles (VTT, SRT): the spoken text without cue numbers and timings."""

from __future__ import annotations

import re

from storyline.records import Capture

TIMING = re.compile(r"^\s*(\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}\s+-->\s+")


def subtitle_to_text(capture: Capture) -> str:
    lines = []
    for line in capture.content.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(("WEBVTT", "NOTE")) or stripped.isdigit() or TIMING.match(stripped):
            continue
        lines.append(stripped)
    return "\n".join(lines)
