"""Subtitles (VTT, SRT): the spoken text without cue numbers, timings and markup.

A WebVTT voice tag (``<v Jane Roe>words</v>``) becomes a visible label, ``Jane Roe: words``,
so the speakers stage reads the transcript as labelled. A cue that continues the same voice
is not labelled again. Other tags (``<i>``, ``<c.yellow>``, timestamps) are dropped.
"""

from __future__ import annotations

import re

from storyline.records import Capture

TIMING = re.compile(r"^\s*(\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}\s+-->\s+")
VOICE = re.compile(r"<v(?:\.[\w.\-]+)?\s+([^>]+)>")
TAG = re.compile(r"</?[a-zA-Z][^>]*>|<\d{1,2}:\d{2}[^>]*>")
_HEADERS = ("WEBVTT", "NOTE", "STYLE", "REGION", "Kind:", "Language:")


def subtitle_to_text(capture: Capture) -> str:
    lines = []
    voice = None
    for line in capture.content.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(_HEADERS) or stripped.isdigit() or TIMING.match(stripped):
            continue
        m = VOICE.search(stripped)
        if m:
            name = m.group(1).strip()
            words = TAG.sub("", VOICE.sub("", stripped)).strip()
            if not words:
                continue
            stripped = words if name == voice else f"{name}: {words}"
            voice = name
        else:
            stripped = TAG.sub("", stripped).strip()
            if not stripped:
                continue
        lines.append(stripped)
    return "\n".join(lines)
