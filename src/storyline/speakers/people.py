"""The roster's records: the voices of an episode and the names the tagger reads as persons.

A :class:`Person` keeps every spelling heard for one voice; the :class:`Roster` finds the person
a name can be (a full name against full names, a shared description joining two spellings the
ear kept apart) and adds new ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from storyline.speakers.names import name_key, same_person, split_name, strip_titles, tidy_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

_STOP_NAMES = {"i", "we", "you", "he", "she", "they", "it", "this", "that", "so", "and", "but", "the", "welcome"}


@dataclass
class Person:
    """A voice of the episode; ``variants`` are every spelling heard for it."""

    name: str
    role: str  # host / guest / clip
    variants: list[str] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    group: int | None = None  # people introduced in one sentence form a panel
    first_seen: int = 0
    newsroom: bool = False  # a journalist who signed in to narrate a piece of the show
    archival: bool = False  # heard only in audio dated to another time ("That was NAME in 1998.")
    heard_at: set[int] = field(default_factory=set)  # where the spellings in ``variants`` were heard

    def hear(self, name: str, at: int) -> None:
        """One more spelling of the person, heard at ``at``."""
        self.variants.append(name)
        self.heard_at.add(at)

    @property
    def first(self) -> str:
        return split_name(self.name)[0]

    def words(self) -> set[str]:
        """Lower-case name words (first names and surnames of every variant)."""
        return {name_key(w) for v in [self.name, *self.variants] for w in v.split() if len(w) > 1}


@dataclass
class Roster:
    people: list[Person] = field(default_factory=list)
    not_people: set[str] = field(default_factory=set)  # name keys the tagger gives only to non-persons
    person_words: set[str] = field(default_factory=set)  # words of names the tagger calls PERSON

    def is_person(self, name: str) -> bool:
        """Whether ``name`` can be a person: its words were tagged PERSON somewhere, none a place or firm."""
        key = name_key(name)
        return bool(key) and key not in self.not_people and all(w in self.person_words for w in key.split())

    def hosts(self) -> list[Person]:
        return [p for p in self.people if p.role == "host"]

    def guests(self) -> list[Person]:
        return [p for p in self.people if p.role == "guest"]

    def hosted(self, name: str) -> bool:
        """Whether ``name`` is one of the hosts already on the roster."""
        return any(same_person(name, h.name) for h in self.hosts())

    def find(self, name: str, *, description: str = "") -> Person | None:
        """The roster person ``name`` can be, if any."""
        for person in self.people:
            shared = bool(description) and any(_shared_description(description, d) for d in person.descriptions)
            forms = [person.name, *person.variants]
            if len(name.split()) >= 2:  # a full name is compared with full names only ("Hidden Brain" is not Brian)
                forms = [f for f in forms if len(f.split()) >= 2]
            if any(same_person(name, v, shared_description=shared) for v in forms):
                return person
        return None

    def add(self, name: str, role: str, at: int, *, description: str = "", group: int | None = None) -> Person:
        """The person ``name`` is (added if new); a host or guest role wins over a clip role."""
        person = self.find(name, description=description)
        if person is None:
            person = Person(name, role, [name], first_seen=at, group=group, heard_at={at})
            self.people.append(person)
        else:
            person.hear(name, at)
            if person.role == "clip" and role != "clip":
                person.role = role
            if person.group is None:
                person.group = group
        if description:
            person.descriptions.append(description)
        return person


def clean_name(name: str) -> str:
    """``name`` without titles and without the pronouns and joiners a pattern may catch at its ends."""
    name = strip_titles(tidy_name(name))
    words = name.split()
    while words and words[-1].lower() in _STOP_NAMES:
        words.pop()
    while words and words[0].lower() in _STOP_NAMES:
        words.pop(0)
    return " ".join(words)


def _shared_description(a: str, b: str) -> bool:
    """Two descriptions of one role: at least two content words in common."""
    stop = {"the", "a", "an", "of", "for", "at", "and", "in", "on", "former", "is", "who"}
    wa = {w for w in re.findall(r"[a-z]+", a.lower()) if w not in stop and len(w) > 2}
    wb = {w for w in re.findall(r"[a-z]+", b.lower()) if w not in stop and len(w) > 2}
    return len(wa & wb) >= 2


def person_mentions(text: str, parsed: Doc | None) -> list[tuple[int, int, str]]:
    """(start, end, name) of every PERSON entity, titles stripped."""
    out = []
    if parsed is not None:
        for ent in parsed.ents:
            if ent.label_ == "PERSON":
                name = clean_name(ent.text)
                if name and name[0].isupper():
                    out.append((ent.start_char, ent.end_char, name))
    return out


def not_people(parsed: Doc | None, mentions: list[tuple[int, int, str]]) -> set[str]:
    """Name keys the tagger only ever gives to places, organisations and the like ("North Carolina")."""
    if parsed is None:
        return set()
    people = {name_key(n) for _, _, n in mentions}
    others = set()
    for ent in parsed.ents:
        if ent.label_ != "PERSON":
            key = name_key(ent.text)
            others.add(key)
            others.update(key.split())
    return others - people


__all__ = ["Person", "Roster", "clean_name", "not_people", "person_mentions"]
