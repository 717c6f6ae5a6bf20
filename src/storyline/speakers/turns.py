"""Turns of a transcript document (empty for articles)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.records import Document, Turn

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_turns(document: Document, parsed: Doc | None) -> tuple[Turn, ...]:
    del parsed
    if document.kind != "transcript":
        return ()
    return ()
