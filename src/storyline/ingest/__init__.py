"""Ingest: files, folders, globs, standard input and JSON Lines in; :class:`Capture` records out.

Also what a capture's text says about itself (:func:`guess_metadata`) and whether it is an
article or a transcript (:func:`detect_kind`); the clean stage applies both.
"""

from storyline.ingest.metadata import detect_kind, guess_metadata, inspect_metadata
from storyline.ingest.readers import document_id, iter_captures

__all__ = ["detect_kind", "document_id", "guess_metadata", "inspect_metadata", "iter_captures"]
