"""Cross-document entity resolution: one :class:`Entity` per referent for the whole corpus.

Document-local entities are nodes; the rules of :mod:`storyline.resolve.rules` (same name up
to spelling or spacing, shared aliases and one-word short forms, designators, acronyms,
facility synonyms, sound-alike names with a shared role, formal and familiar given names,
surnames) and :mod:`storyline.resolve.product_rules` (parts of product names, models, a maker's
name before a product, shops named after a product) merge them, each through a blocking key so
the cost grows about linearly with the corpus. Every merge keeps its reason in ``Entity.why``.

Entity ids derive from the canonical name and type (stable across runs and ingest order).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from storyline.extract.entity_lexicon import lexicon
from storyline.extract.entity_names import is_acronym, name_key, person_key
from storyline.records import Description, DocAnalysis, Entity, Span
from storyline.resolve.rules import RULES, Clusters, Node, role_words


@dataclass(frozen=True, slots=True)
class EntityIndex:
    """The corpus entities and the map from (doc id, local key) to entity id."""

    entities: tuple[Entity, ...]
    by_local: dict[tuple[str, str], str]

    def ref(self, doc: str, key: str | None) -> str | None:
        return self.by_local.get((doc, key)) if key is not None else None


def resolve_entities(analyses: Sequence[DocAnalysis]) -> EntityIndex:
    """Link the document-local entities of ``analyses`` into corpus entities."""
    nodes: list[Node] = []
    spans: list[list[Span]] = []
    locals_: list[tuple[str, str]] = []
    descriptions: list[tuple[Description, ...]] = []
    for analysis in sorted(analyses, key=lambda a: a.doc):
        count = Counter(m.entity for m in analysis.mentions)
        by_key: dict[str, list[Span]] = {}
        for m in analysis.mentions:
            by_key.setdefault(m.entity, []).append(Span(analysis.doc, m.start, m.end))
        for local in analysis.entities:
            nodes.append(
                Node(
                    doc=analysis.doc,
                    key=local.key,
                    name=local.name,
                    type=local.type,
                    mentions=count.get(local.key, 0),
                    name_key=_node_key(local.name, local.type),
                    alias_keys=tuple(name_key(a) for a in local.aliases),
                    aliases=local.aliases,
                    role_words=role_words(d.text for d in local.descriptions),
                    why=local.why,
                    type_cue=local.type_cue,
                )
            )
            spans.append(by_key.get(local.key, []))
            locals_.append((analysis.doc, local.key))
            descriptions.append(local.descriptions)
    clusters = Clusters(nodes)
    for rule in RULES:
        rule(clusters)
    entities: list[Entity] = []
    by_local: dict[tuple[str, str], str] = {}
    used: set[str] = set()
    for root, members in sorted(clusters.groups().items(), key=lambda kv: _order(nodes, kv[1])):
        kind = clusters.type_of(members)
        name = _canonical(nodes, members, kind)
        entity_id = _entity_id(name, kind, used, [locals_[i] for i in members])
        aliases = _aliases(nodes, members, name)
        mentions = sorted({s for i in members for s in spans[i]}, key=lambda s: (s.doc, s.start, s.end))
        described = _descriptions(descriptions[i] for i in sorted(members, key=lambda i: nodes[i].doc))
        why = list(dict.fromkeys(w for i in members for w in nodes[i].why))
        why += clusters.why.get(root, [])
        entities.append(
            Entity(
                id=entity_id,
                name=name,
                type=kind,
                aliases=tuple(aliases),
                descriptions=tuple(described),
                mentions=tuple(mentions),
                members=tuple(locals_[i] for i in members),
                why=tuple(dict.fromkeys(why)),
            )
        )
        for i in members:
            by_local[locals_[i]] = entity_id
    return EntityIndex(tuple(entities), by_local)


def _node_key(name: str, kind: str) -> str:
    """The key the rules compare: a person's without 'Jr.', a name with a country short form spelt out."""
    return person_key(name_key(name)) if kind == "PERSON" else _place_prefixed(name_key(name))


def _place_prefixed(key: str) -> str:
    """'us air force' -> 'united states air force': a leading country short form spelt out."""
    words = key.split()
    known = lexicon().known
    for width in (2, 1):
        head = " ".join(words[:width])
        if len(words) > width and head in known and known[head].type == "GPE":
            return " ".join([name_key(known[head].name), *words[width:]])
    return key


def _order(nodes: list[Node], members: list[int]) -> tuple[int, str]:
    return (-sum(nodes[i].mentions for i in members), min(nodes[i].name for i in members))


def _canonical(nodes: list[Node], members: list[int], kind: str) -> str:
    """The gazetteer name if any, else the commonest full name (a person's longest form wins ties)."""
    known = lexicon().known
    for i in members:
        entry = known.get(nodes[i].name_key)
        if entry is not None and entry.name == nodes[i].name:
            return entry.name
    votes: Counter[str] = Counter()
    for i in members:
        votes[nodes[i].name] += max(nodes[i].mentions, 1)
    words = max(len(n.split()) for n in votes)

    def rank(name: str) -> tuple[bool, bool, int, int, str]:
        full = len(name.split()) >= min(words, 2) or kind != "PERSON"  # then the commonest full name
        return (full, not is_acronym(name), votes[name], len(name), name)

    return max(votes, key=rank)


def _aliases(nodes: list[Node], members: list[int], name: str) -> list[str]:
    seen = {name}
    out = []
    for i in sorted(members, key=lambda i: (nodes[i].doc, nodes[i].key)):
        for alias in (nodes[i].name, *nodes[i].aliases):
            if alias not in seen:
                seen.add(alias)
                out.append(alias)
    return out


def _descriptions(groups: Iterable[tuple[Description, ...]]) -> list[Description]:
    out: list[Description] = []
    seen: set[str] = set()
    for group in groups:
        for d in group:
            if name_key(d.text) not in seen:
                seen.add(name_key(d.text))
                out.append(d)
    return sorted(out, key=lambda d: (d.as_of or "", d.text))


def _entity_id(name: str, kind: str, used: set[str], members: list[tuple[str, str]]) -> str:
    """'E' + hash of the canonical name key and type; a second entity with both adds its first member."""
    base = f"{name_key(name) or name}\0{kind}"
    entity_id = "E" + hashlib.sha1(base.encode()).hexdigest()[:10]
    if entity_id in used:
        first = min(members)
        entity_id = "E" + hashlib.sha1(f"{base}\0{first[0]}\0{first[1]}".encode()).hexdigest()[:10]
    used.add(entity_id)
    return entity_id


__all__ = ["EntityIndex", "resolve_entities"]
