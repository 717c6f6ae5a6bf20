"""Entity mentions of one document, grouped into document-local entities."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.records import Document, LocalEntity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

KEPT_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}


def find_entities(document: Document, parsed: Doc) -> tuple[tuple[LocalEntity, ...], tuple[Mention, ...]]:
    del document
    keys: dict[tuple[str, str], str] = {}
    entities: list[LocalEntity] = []
    mentions: list[Mention] = []
    for ent in parsed.ents:
        if ent.label_ not in KEPT_LABELS:
            continue
        name = ent.text.strip()
        ident = (name.lower(), ent.label_)
        if ident not in keys:
            keys[ident] = f"e{len(keys)}"
            entities.append(LocalEntity(key=keys[ident], name=name, type=ent.label_))
        mentions.append(Mention(ent.start_char, ent.end_char, ent.text, keys[ident]))
    return tuple(entities), tuple(mentions)
