"""From a capture to a document: main text, removals with reasons, the exact offset map."""

from __future__ import annotations

from storyline.clean.html import html_to_text
from storyline.clean.subtitles import subtitle_to_text
from storyline.ingest.metadata import detect_kind, guess_metadata
from storyline.ingest.readers import document_id
from storyline.offsets import OffsetMap
from storyline.records import Capture, Document
from storyline.settings import Settings


def clean_capture(capture: Capture, settings: Settings) -> Document:
    """The document for ``capture``: depends only on the capture and the settings."""
    del settings  # no cleaning option yet; kept so every stage has the same signature
    if capture.format == "html":
        raw, guessed = html_to_text(capture)
    elif capture.format in ("vtt", "srt"):
        raw, guessed = subtitle_to_text(capture), guess_metadata(capture.content, capture.source)
    else:
        raw, guessed = capture.content, guess_metadata(capture.content, capture.source)
    metadata = capture.given.merged_over(guessed)
    kind = capture.kind or detect_kind(capture, raw)
    return Document(
        id=document_id(capture),
        source=capture.source,
        kind=kind,
        format=capture.format,
        raw=raw,
        text=raw,
        offsets=OffsetMap.identity(len(raw)),
        metadata=metadata,
        warnings=capture.warnings,
    )
