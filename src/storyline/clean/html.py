"""Web pages: the main text and metadata through trafilatura."""

from __future__ import annotations

from storyline.errors import CaptureError
from storyline.records import Capture, Metadata


def html_to_text(capture: Capture) -> tuple[str, Metadata]:
    """Main text of an HTML capture and the metadata found in the page."""
    import trafilatura

    text = trafilatura.extract(capture.content, include_comments=False, favor_recall=True)
    if not text or not text.strip():
        raise CaptureError("HTML page has no main text", source=capture.source, line=capture.line)
    meta = trafilatura.extract_metadata(capture.content)
    guessed = Metadata()
    if meta is not None:
        guessed = Metadata(
            title=meta.title or None,
            outlet=meta.sitename or None,
            author=meta.author or None,
            published=(meta.date or None),
            url=meta.url or None,
            language=None,
        )
    return text, guessed
