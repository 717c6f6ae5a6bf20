"""Product names the tagger misses: brand words, versions, bare model numbers."""

from __future__ import annotations

from typing import Any

from storyline.extract.entities import find_entities
from storyline.offsets import OffsetMap
from storyline.records import Document, LocalEntity, Mention, Metadata


def _entities(nlp: Any, text: str) -> tuple[tuple[LocalEntity, ...], tuple[Mention, ...]]:
    document = Document(
        id="d1",
        source="t.txt",
        kind="article",
        format="text",
        raw=text,
        text=text,
        offsets=OffsetMap.identity(len(text)),
        metadata=Metadata(published="2031-03-04"),
    )
    return find_entities(document, nlp(text))


def _spans(text: str, mentions: tuple[Mention, ...]) -> set[str]:
    return {text[m.start : m.end] for m in mentions}


def test_brand_words_with_versions_are_products(nlp: Any) -> None:
    text = "Quill swamped by zPad 7 pre-orders\n\nBuyers said the zTunes shop and the zOS 3 update were slow."
    entities, mentions = _entities(nlp, text)
    spans = _spans(text, mentions)
    assert {"zPad 7", "zTunes", "zOS 3"} <= spans
    kinds = {e.name: e.type for e in entities}
    assert kinds["zPad 7"] == "PRODUCT"
