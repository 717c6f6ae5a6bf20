"""The event vocabulary: types with CAMEO root codes, trigger words and status cues (data files)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True, slots=True)
class EventType:
    name: str
    cameo: str | None
    description: str


@dataclass(frozen=True, slots=True)
class Lexicon:
    types: dict[str, EventType]
    verbs: dict[str, str]  # verb lemma -> type
    nouns: dict[str, str]  # noun lemma -> type
    cues: dict[str, str]  # cue (lemma or phrase) -> status or "cancelled"
    event_nouns: frozenset[str]
    not_events: frozenset[str]
    vehicles: frozenset[str] = frozenset()
    company_roles: frozenset[str] = frozenset()  # "spokeswoman", "executive": who speaks for a firm
    object_control: frozenset[str] = frozenset()  # "ask", "allow": the object acts in the "to" clause


def _lines(name: str) -> list[list[str]]:
    text = resources.files("storyline.data.events").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            rows.append(line.split())
    return rows


@functools.cache
def load_lexicon() -> Lexicon:
    """The shipped vocabulary, read once per process."""
    types = {}
    for row in _lines("types.txt"):
        types[row[0]] = EventType(row[0], None if row[1] == "-" else row[1], " ".join(row[2:]))
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    for lemma, pos, kind in _lines("triggers.txt"):
        (verbs if pos == "VERB" else nouns)[lemma.replace("_", " ")] = kind
    cues = {" ".join(row[:-1]): row[-1] for row in _lines("status_cues.txt")}
    return Lexicon(
        types,
        verbs,
        nouns,
        cues,
        event_nouns=frozenset(row[0] for row in _lines("event_nouns.txt")),
        not_events=frozenset(row[0] for row in _lines("not_events.txt")),
        vehicles=frozenset(row[0] for row in _lines("vehicles.txt")),
        company_roles=frozenset(row[0] for row in _lines("company_roles.txt")),
        object_control=frozenset(row[0] for row in _lines("object_control.txt")),
    )


__all__ = ["EventType", "Lexicon", "load_lexicon"]
