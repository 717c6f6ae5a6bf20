"""The nouns that refer back and the word lists that tell an entity's kind.

The nouns, the entity types they stand for and their kind come from
``data/entities/descriptions.tsv``; a firm is told from a public body by
``data/entities/public_bodies.txt``, an agency from a body outside government by
``data/entities/civil_bodies.txt`` and by a firm's designators ("Inc"); a country is one the
gazetteer knows.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from storyline.extract.entity_lexicon import lexicon as entity_lexicon

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class DescriptionNoun:
    """A noun that refers back: the entity types it stands for, in order, and its kind."""

    noun: str
    types: tuple[str, ...]
    kind: str = ""  # "firm", "body", "state" or "" (any entity of ``types``)
    markers: frozenset[str] = frozenset()  # name words of the kind ("airways" for "airline")


@functools.cache
def description_nouns() -> dict[str, DescriptionNoun]:
    """The shipped nouns (read once per process)."""
    text = resources.files("storyline.data").joinpath("entities", "descriptions.tsv").read_text(encoding="utf-8")
    out: dict[str, DescriptionNoun] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        noun, types, kind, words = [*line.split("\t"), "", ""][:4]
        out[noun] = DescriptionNoun(noun, tuple(types.split(",")), kind.strip(), frozenset(words.split()))
    return out


def _word_list(name: str) -> frozenset[str]:
    text = resources.files("storyline.data").joinpath("entities", name).read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if (w := line.split("#", 1)[0].strip().lower()))


@functools.cache
def public_body_words() -> frozenset[str]:
    """Name words that mark a public body, a party, a school or an outlet: no firm."""
    return _word_list("public_bodies.txt")


@functools.cache
def _civil_words() -> frozenset[str]:
    """Name words that mark a body outside government: no agency."""
    return _word_list("civil_bodies.txt")


@functools.cache
def _designators() -> frozenset[str]:
    """Words that mark a firm's name ("Inc", "Ltd"): no agency. "International" and "Group"
    name public bodies too ("International Atomic Energy Agency")."""
    return frozenset(w.lower().rstrip(".") for w in entity_lexicon().designators) - {"international", "group"}


@functools.cache
def _countries() -> frozenset[str]:
    """Name keys of countries and of the names they go by ("U.S.")."""
    lex = entity_lexicon()
    names = set(lex.capitals.values())
    return frozenset(key for key, known in lex.known.items() if known.type == "GPE" and known.name in names)


def _last_word(name: str) -> str:
    words = _WORD.findall(name.lower())
    return words[-1] if words else ""


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


@functools.cache
def _same_kind(entry: DescriptionNoun) -> frozenset[str]:
    """The nouns sharing ``entry``'s name words: "carrier" for "airline" and back."""
    return frozenset(n for n, e in description_nouns().items() if e.markers and e.markers == entry.markers)


__all__ = ["DescriptionNoun", "description_nouns", "public_body_words"]
