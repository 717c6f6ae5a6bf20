"""Turn speakers as entity evidence: a transcript's roster names join the document's entities.

A speaker named on a turn ("Jacob Alder") is the entity the text calls by that name or by its
surname or first name alone ("Alder"); that entity takes the full name. A name that speaks turns
is a person, whatever the tagger took it for: the entity of that name is retyped, and the
entities of its ASR spellings ("Jacob Aldor" in the sign-off) join it, so the speaker, its
variants and its mentions are one person. A speaker the text never names becomes an entity
without mentions, so the turn can still point at an entity and later episodes with the same
speaker resolve to it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from storyline.extract.entity_names import clean_surface, name_key
from storyline.records import LocalEntity, Mention
from storyline.speakers.names import same_person, similar_words

SPEAKS = "speaks turns of the transcript"


def add_speakers(
    entities: tuple[LocalEntity, ...], mentions: tuple[Mention, ...], speakers: Iterable[str | None]
) -> tuple[tuple[LocalEntity, ...], tuple[Mention, ...]]:
    """``entities`` with each distinct turn speaker name linked to or added as a person, and
    ``mentions`` pointing at the entities that took in others."""
    out = list(entities)
    moved: dict[str, str] = {}  # key of an entity merged into a speaker -> the speaker's key
    for raw in dict.fromkeys(s for s in speakers if s):
        name = clean_surface(raw)
        key = name_key(name)
        words = key.split()
        if not words or not name[:1].isupper():
            continue  # role labels ("host", "unnamed diver") are no names
        named = [i for i, e in enumerate(out) if _names(e, key)]
        if len(words) < 2:
            continue  # a one-word name ("Frank") may also be a place or a firm: left as tagged
        named += [i for i, e in enumerate(out) if i not in named and _spelled_as(e, name)]
        parts = [i for i, e in enumerate(out) if i not in named and e.type == "PERSON" and _part_of(e.name, words)]
        if len(parts) == 1:
            named.append(parts[0])
        if len(named) == 1 and out[named[0]].type == "PERSON" and _names(out[named[0]], key):
            continue  # the tagger's person already
        if named:
            named.sort()
            keeper = out[named[0]].key
            out, merged = _merge_into_speaker(out, named, name)
            moved.update(dict.fromkeys(merged, keeper))
            continue
        new_key = next(k for n in range(len(out), 2 * len(out) + 1) if (k := f"s{n}") not in {e.key for e in out})
        out.append(LocalEntity(new_key, name, "PERSON", why=(f"'{name}' {SPEAKS}",)))
    moved = {k: _final(v, moved) for k, v in moved.items()}
    kept = tuple(dataclasses.replace(m, entity=moved[m.entity]) if m.entity in moved else m for m in mentions)
    return tuple(out), kept


def _names(entity: LocalEntity, key: str) -> bool:
    return key == name_key(entity.name) or key in {name_key(a) for a in entity.aliases}


def _spelled_as(entity: LocalEntity, name: str) -> bool:
    """An entity whose full name is an ASR spelling of the speaker's ("Nadia Farow" for Farrow)."""
    return len(entity.name.split()) >= 2 and same_person(entity.name, name)


def _part_of(entity_name: str, words: list[str]) -> bool:
    """A one-word person that is the speaker's first name or surname, as heard ("Markus" of Marcus)."""
    key = name_key(entity_name)
    return key in (words[0], words[-1]) or (
        " " not in key and any(similar_words(key, w) for w in (words[0], words[-1]))
    )


def _merge_into_speaker(out: list[LocalEntity], named: list[int], name: str) -> tuple[list[LocalEntity], list[str]]:
    """The first entity of ``named`` becomes the person ``name`` and takes in the others."""
    first = out[named[0]]
    others = [out[i] for i in named[1:]]
    aliases = [a for e in (first, *others) for a in (e.name, *e.aliases)]
    why = [w for e in (first, *others) for w in e.why]
    if first.type != "PERSON":
        why.append(f"'{first.name}' {SPEAKS}: a person, not {first.type}")
    why += [
        f"'{e.name}' is a spelling or part of the turn speaker name '{name}'"
        for e in (first, *others)
        if name_key(e.name) != name_key(name)
    ]
    person = dataclasses.replace(
        first,
        name=name,
        type="PERSON",
        aliases=tuple(a for a in dict.fromkeys(aliases) if name_key(a) != name_key(name)),
        descriptions=tuple(d for e in (first, *others) for d in e.descriptions),
        why=tuple(why),
        type_cue=SPEAKS if first.type != "PERSON" or any(e.type != "PERSON" for e in others) else first.type_cue,
    )
    drop = set(named[1:])
    rest = [person if i == named[0] else e for i, e in enumerate(out) if i not in drop]
    return rest, [e.key for e in others]


def _final(key: str, moved: dict[str, str]) -> str:
    seen = {key}
    while key in moved and moved[key] not in seen:
        key = moved[key]
        seen.add(key)
    return key


__all__ = ["add_speakers"]
