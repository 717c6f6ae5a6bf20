"""Capture formats by file suffix, and what a capture's content must hold for its format and
size: an HTML page some body text, subtitles their cue timings."""

from __future__ import annotations

import re
from pathlib import Path

from storyline.errors import CaptureError
from storyline.records import CaptureFormat
from storyline.settings import Settings

SUFFIX_FORMATS: dict[str, CaptureFormat] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".vtt": "vtt",
    ".srt": "srt",
}
SUPPORTED = (*SUFFIX_FORMATS, ".jsonl")
_HTML_HIDDEN = re.compile(r"<(script|style|head|template|noscript)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(r"<[^>]*>")


def _too_large(size: int, settings: Settings) -> str:
    return (
        f"file is {size / 1e6:.1f} MB, over the {settings.max_capture_bytes / 1e6:g} MB limit "
        "(setting max_capture_bytes)"
    )


def _check_html(html: str, source: str, line: int | None, prefix: str = "") -> None:
    """A page whose body holds no text at all fails here, with a reason, not later."""
    visible = _HTML_TAG.sub(" ", _HTML_HIDDEN.sub(" ", html))
    if not visible.strip():
        raise CaptureError(f"{prefix}HTML page has no body text", source=source, line=line)


def _check_subtitles(text: str, fmt: CaptureFormat, source: str) -> None:
    if "-->" not in text:
        raise CaptureError(f'no cue timings ("-->") in this {fmt.upper()} file', source=source)


def _format_from_name(name: str) -> CaptureFormat:
    fmt = SUFFIX_FORMATS.get(Path(name).suffix.lower(), "text")
    return "text" if fmt == "html" else fmt


__all__ = ["SUFFIX_FORMATS", "SUPPORTED"]
