"""From a capture to a document: main text, removals with reasons, the exact offset map.

``raw`` is the text that removals and offsets refer to: the capture content for text and
subtitle captures; for HTML pages, the main text trafilatura extracts (see
:mod:`storyline.clean.html`), the page itself staying in the stored capture.
"""

from __future__ import annotations

from storyline.clean.cuts import Cut, Mark, apply_cuts
from storyline.clean.html import html_to_text, refine_page_text
from storyline.clean.subtitles import subtitle_to_text
from storyline.clean.text import clean_page_text
from storyline.clean.transcript import clean_transcript, looks_like_transcript_page
from storyline.ingest.metadata import detect_kind, guess_metadata
from storyline.ingest.readers import document_id
from storyline.records import Capture, Document, Kind
from storyline.settings import Settings


def clean_capture(capture: Capture, settings: Settings) -> Document:
    """The document for ``capture``: depends only on the capture and the settings."""
    if capture.format == "html":
        raw, guessed = html_to_text(capture)
    elif capture.format in ("vtt", "srt"):
        raw, guessed = subtitle_to_text(capture), guess_metadata(capture.content, capture.source)
    else:
        raw, guessed = capture.content, guess_metadata(capture.content, capture.source)
    metadata = capture.given.merged_over(guessed)
    kind: Kind = capture.kind or detect_kind(capture, raw)
    cuts: list[Cut] = []
    marks: list[Mark] = []
    if capture.format in ("vtt", "srt"):
        pass  # subtitles are spoken text already; the speakers stage reads them as they are
    elif capture.format == "html":
        cuts, marks = refine_page_text(raw, metadata.title, capture.content)
    elif kind == "transcript" or (capture.format == "text" and looks_like_transcript_page(raw)):
        cuts, marks = clean_transcript(raw, settings)
    else:
        cuts, marks = clean_page_text(raw)
    cleaned = apply_cuts(raw, cuts, marks)
    return Document(
        id=document_id(capture),
        source=capture.source,
        kind=kind,
        format=capture.format,
        raw=raw,
        text=cleaned.text,
        offsets=cleaned.offsets,
        metadata=metadata,
        removed=cleaned.removed,
        headings=cleaned.headings,
        captions=cleaned.captions,
        warnings=capture.warnings,
    )
