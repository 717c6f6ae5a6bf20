"""Clean: a capture in, a :class:`~storyline.records.Document` out, every removal kept."""

from storyline.clean.document import clean_capture

__all__ = ["clean_capture"]
