"""Turn speakers as entity evidence: a transcript's roster names join the document's entities.

A speaker named on a turn ("Jacob Alder") is the entity the text calls by that name or by its
surname or first name alone ("Alder"); that entity takes the full name. A speaker the text never
names becomes an entity without mentions, so the turn can still point at an entity and later
episodes with the same speaker resolve to it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from storyline.extract.entity_names import clean_surface, name_key
from storyline.records import LocalEntity


def add_speakers(entities: tuple[LocalEntity, ...], speakers: Iterable[str | None]) -> tuple[LocalEntity, ...]:
    """``entities`` with each distinct turn speaker name linked to or added as a person."""
    out = list(entities)
    for raw in dict.fromkeys(s for s in speakers if s):
        name = clean_surface(raw)
        key = name_key(name)
        words = key.split()
        if not words or not name[:1].isupper():
            continue  # role labels ("host", "unnamed diver") are no names
        if any(key == name_key(e.name) or key in {name_key(a) for a in e.aliases} for e in out):
            continue
        parts = [
            i
            for i, e in enumerate(out)
            if e.type == "PERSON" and len(words) >= 2 and name_key(e.name) in (words[0], words[-1])
        ]
        if len(parts) == 1:
            e = out[parts[0]]
            out[parts[0]] = dataclasses.replace(
                e,
                name=name,
                aliases=(*e.aliases, e.name),
                why=(*e.why, f"'{e.name}' is part of the turn speaker name '{name}'"),
            )
            continue
        if len(words) >= 2:
            out.append(LocalEntity(f"s{len(out)}", name, "PERSON", why=(f"'{name}' speaks turns of the transcript",)))
    return tuple(out)


__all__ = ["add_speakers"]
