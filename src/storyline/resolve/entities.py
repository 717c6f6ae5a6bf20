"""Cross-document entity resolution."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from storyline.records import DocAnalysis, Entity, Span


@dataclass(frozen=True, slots=True)
class EntityIndex:
    """The corpus entities and the map from (doc id, local key) to entity id."""

    entities: tuple[Entity, ...]
    by_local: dict[tuple[str, str], str]

    def ref(self, doc: str, key: str | None) -> str | None:
        return self.by_local.get((doc, key)) if key is not None else None


def resolve_entities(analyses: Sequence[DocAnalysis]) -> EntityIndex:
    groups: dict[tuple[str, str], list[tuple[str, str]]] = {}
    names: dict[tuple[str, str], str] = {}
    mentions: dict[tuple[str, str], list[Span]] = {}
    for analysis in analyses:
        local = {e.key: e for e in analysis.entities}
        for entity in analysis.entities:
            ident = (entity.name.lower(), entity.type)
            groups.setdefault(ident, []).append((analysis.doc, entity.key))
            names.setdefault(ident, entity.name)
        for mention in analysis.mentions:
            entity = local[mention.entity]
            ident = (entity.name.lower(), entity.type)
            mentions.setdefault(ident, []).append(Span(analysis.doc, mention.start, mention.end))
    entities = []
    by_local = {}
    for ident, members in groups.items():
        entity_id = "E" + hashlib.sha1("\0".join(ident).encode()).hexdigest()[:10]
        entities.append(
            Entity(entity_id, names[ident], ident[1], mentions=tuple(mentions.get(ident, ())), members=tuple(members))
        )
        for member in members:
            by_local[member] = entity_id
    return EntityIndex(tuple(entities), by_local)
