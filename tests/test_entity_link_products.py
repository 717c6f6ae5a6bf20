"""A bare product name and the one version of it a document names."""

from __future__ import annotations

from typing import Any

from documents import entities_of
from storyline.records import LocalEntity, Mention


def _entity_of(text: str, span: str, found: tuple[tuple[LocalEntity, ...], tuple[Mention, ...]]) -> str:
    entities, mentions = found
    start = text.index(span)
    key = next(m.entity for m in mentions if m.start == start)
    return next(e.name for e in entities if e.key == key)


def test_a_bare_name_is_the_one_version_named(nlp: Any) -> None:
    text = "Quill ships zPad 7 tablets today. Buyers said their zPad ran hot."
    assert _entity_of(text, "zPad ran", entities_of(nlp, text)) == "zPad 7"
    text = "Quill ships zPad 7 tablets today. Buyers said the zPad 3.0 update and their zPad ran hot."
    assert _entity_of(text, "zPad ran", entities_of(nlp, text)) == "zPad 7"  # 3.0 is its software


def test_two_versions_or_a_line_cue_keep_the_bare_name_apart(nlp: Any) -> None:
    text = "Quill ships zPad 7 tablets today, and zPad 6 prices fall. Buyers said their zPad ran hot."
    assert _entity_of(text, "zPad ran", entities_of(nlp, text)) == "zPad"
    text = "Quill ships zPad 7 tablets today. Buyers said the original zPad ran hot, and their zPad was old."
    assert _entity_of(text, "zPad was", entities_of(nlp, text)) == "zPad"
