"""The entity stage's lexicons, read once from ``storyline/data/entities``.

Every file holds one entry a line with ``#`` comments; see each file's header for its meaning.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from storyline.extract.entity_names import name_key


def _lines(name: str) -> list[str]:
    text = resources.files("storyline.data").joinpath("entities", name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@dataclass(frozen=True, slots=True)
class Known:
    """A name the gazetteer knows: its canonical form and type."""

    name: str
    type: str


@dataclass(frozen=True, slots=True)
class ShortForm:
    phrase: str
    target: str
    also: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Lexicon:
    titles: frozenset[str]
    org_heads: frozenset[str]
    org_classes: frozenset[str]
    product_classes: frozenset[str]
    designators: frozenset[str]  # name keys
    junk: frozenset[str]  # name keys
    known: dict[str, Known]  # name key -> canonical name and type
    capitals: dict[str, str]  # capital name key -> country canonical name
    strong: frozenset[str]  # keys of countries, big cities and aliases: may retype a PERSON
    cities: frozenset[str]  # keys of big cities that are no capital and no alias ("Toyota", "Aba")
    facility_classes: dict[str, str]  # class phrase (lower) -> synonym-group representative
    short_forms: tuple[ShortForm, ...]
    outlet_words: frozenset[str]  # lower-case phrases: "store", "music store"
    units: frozenset[str]  # case kept: "GB", "GHz"
    given_names: dict[str, str]  # name key of a given name -> key of its full form ("tom" -> "thomas")
    event_heads: frozenset[str] = frozenset()  # case kept: "Conference", "Show"
    business_heads: frozenset[str] = frozenset()  # case kept: "Aircraft", "Motors"
    speaker_roles: frozenset[str] = frozenset()  # lower case: "spokesman"

    def facility_class(self, words: str) -> str | None:
        return self.facility_classes.get(words.lower())

    def facility_signature(self, key: str) -> tuple[str, str] | None:
        """(distinctive name, class) of a facility name key: "vostochny spaceport" -> ("vostochny", "cosmodrome")."""
        words = key.split()
        for width in (3, 2, 1):
            if len(words) > width:
                kind = self.facility_class(" ".join(words[-width:]))
                if kind is not None:
                    name = [w for w in words[:-width] if w not in _FACILITY_SCOPE] or words[:-width]
                    return " ".join(name), kind
        return None


# Words of a facility's name that say its reach, not which one it is: "Changi International
# Airport" is "Changi Airport".
_FACILITY_SCOPE = frozenset({"international", "intl"})


@functools.cache
def lexicon() -> Lexicon:
    known: dict[str, Known] = {}
    capitals: dict[str, str] = {}
    capital_names: dict[str, str] = {}
    for line in _lines("countries.tsv"):
        name, capital, _iso = [*line.split("\t"), "", ""][:3]
        known.setdefault(name_key(name), Known(name.strip(), "GPE"))
        if capital.strip():
            capitals[name_key(capital)] = name.strip()
            capital_names[name_key(capital)] = capital.strip()
    for line in _lines("capitals_extra.tsv"):
        name, country = line.split("\t")[:2]
        capitals[name_key(name)] = country.strip()
        capital_names[name_key(name)] = name.strip()
    countries = set(known)
    for line in _lines("places.txt"):
        known.setdefault(name_key(line), Known(line.strip(), "GPE"))
    strong = set(known)
    cities = strong - countries - set(capitals)
    for capital_key in capitals:
        known.setdefault(capital_key, Known(capital_names[capital_key], "GPE"))
    aliases: set[str] = set()
    for line in _lines("aliases.tsv"):
        parts = line.split("\t")
        canonical, kind = parts[0].strip(), parts[1].strip()
        entry = Known(canonical, kind)
        for alias in [canonical, *(parts[2].split("|") if len(parts) > 2 else [])]:
            if alias.strip():
                aliases.add(alias)
                known[name_key(alias)] = entry
                strong.add(name_key(alias))
    facility: dict[str, str] = {}
    for line in _lines("facility_classes.tsv"):
        words = [w.strip().lower() for w in line.split("\t") if w.strip()]
        for word in words:
            facility.setdefault(word, words[0])
    short_forms = []
    for line in _lines("short_forms.tsv"):
        parts = [*line.split("\t"), "", ""][:3]
        also = tuple(a.strip() for a in parts[2].split("|") if a.strip())
        short_forms.append(ShortForm(parts[0].strip(), parts[1].strip(), also))
    given_names: dict[str, str] = {}
    for line in _lines("given_names.tsv"):
        full, short = [*line.split("\t"), ""][:2]
        for form in [full, *short.split("|")]:
            if form.strip():
                given_names[name_key(form)] = name_key(full)
    return Lexicon(
        titles=frozenset(w.lower() for w in _lines("titles.txt")),
        org_heads=frozenset(w.strip() for w in _lines("org_heads.txt")),
        org_classes=frozenset(w.strip().lower() for w in _lines("org_classes.txt")),
        product_classes=frozenset(w.strip().lower() for w in _lines("product_classes.txt")),
        designators=frozenset(name_key(w) for w in _lines("org_designators.txt")),
        junk=frozenset(name_key(w) for w in _lines("junk.txt")),
        known=known,
        capitals=capitals,
        strong=frozenset(strong),
        cities=frozenset(cities - {name_key(a) for a in aliases}),
        facility_classes=facility,
        short_forms=tuple(short_forms),
        outlet_words=frozenset(w.strip().lower() for w in _lines("outlet_words.txt")),
        given_names=given_names,
        units=frozenset(w.strip() for w in _lines("units.txt")),
        event_heads=frozenset(w.strip() for w in _lines("event_heads.txt")),
        business_heads=frozenset(w.strip() for w in _lines("business_heads.txt")),
        speaker_roles=frozenset(w.strip().lower() for w in _lines("speaker_roles.txt")),
    )


__all__ = ["Known", "Lexicon", "ShortForm", "lexicon"]
