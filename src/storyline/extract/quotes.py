"""Quotes of one document: direct, indirect and mixed, with their speakers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.records import Document, LocalEntity, Mention, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_quotes(
    document: Document, parsed: Doc, entities: tuple[LocalEntity, ...], mentions: tuple[Mention, ...]
) -> tuple[Quote, ...]:
    del document, parsed, entities, mentions
    return ()
