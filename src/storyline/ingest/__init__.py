"""Ingest: files, folders, globs, standard input and JSON Lines in; :class:`Capture` records out."""

from storyline.ingest.readers import document_id, iter_captures

__all__ = ["document_id", "iter_captures"]
