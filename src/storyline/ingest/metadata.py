"""Metadata from the text of a capture: title, outlet, program, published date, dateline."""

from __future__ import annotations

from storyline.records import Capture, Kind, Metadata


def guess_metadata(text: str, source: str) -> Metadata:
    del source
    first = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return Metadata(title=first, language="en")


def detect_kind(capture: Capture, text: str) -> Kind:
    del text
    return "transcript" if capture.format in ("vtt", "srt") else "article"
