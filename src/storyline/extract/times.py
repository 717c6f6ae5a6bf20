"""Temporal expressions of one document, normalised against its published date."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.records import Document, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_times(document: Document, parsed: Doc) -> tuple[TimeExpression, ...]:
    del document, parsed
    return ()
