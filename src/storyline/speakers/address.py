"""Whom a unit of a transcript names, and whom it speaks to by name."""

from __future__ import annotations

import re

from storyline.speakers.names import name_key, similar_words, split_name
from storyline.speakers.roster import Person, Roster
from storyline.speakers.units import Unit


def name_words(person: Person) -> set[str]:
    return {w for w in person.words() if len(w) >= 3}


POSSESSIVE = re.compile(r"['\u2019]s?$")  # "Rick's videos", "the Jones' house": Rick, Jones


# A surname this long, heard again with a letter wrong ("Pettibone" / "Petibone"), is the same
# name; shorter words are left to exact matches, as many short names differ by one letter.
MISHEARD_SURNAME = 6


def mentions(unit: Unit, person: Person) -> bool:
    words = {name_key(POSSESSIVE.sub("", w)) for w in re.findall(r"[\w'\u2019\-]+", unit.text) if w[:1].isupper()}
    if words & name_words(person):
        return True
    surnames = {name_key(split_name(v)[1]) for v in [person.name, *person.variants]} - {""}
    return any(
        similar_words(w, s) and not w.startswith(s)  # "the Solbergs' boat": the family, not the person
        for w in words
        for s in surnames
        if min(len(w), len(s)) >= MISHEARD_SURNAME
    )


# Words before a name said to someone: a discourse marker ("So, Angela, ...") or a greeting
# ("Hi Marcus.", "Good morning, Ana.").
_OPENER = r"^(?:so|and|now|ok|okay|well|hi|hey|hello|morning|good morning|good evening|welcome(?: back)?)"
# A first name clipped to its first syllable or more ("Des" for Desmond, "Alex" for Alexandra) is
# how a host greets a regular; three letters at least, capitalized as a name is.
_CLIPPED_MIN = 3


def _spoken_forms(word: str) -> str:
    """A pattern for ``word`` or, capitalized, a clipped form of it."""
    clipped = [re.escape(word[:n]) for n in range(len(word) - 1, _CLIPPED_MIN - 1, -1)]
    if not clipped or not word[:1].isupper():
        return re.escape(word)
    return rf"{re.escape(word)}|(?-i:{'|'.join(clipped)})"


def addresses(unit: Unit, person: Person) -> bool:
    """The unit speaks to ``person`` by name ("So, Angela, let's begin", "Talk about this, Wendy,"),
    the first name alone or with a surname ("Rosa Lindquist, thank you so much.")."""
    for word in {person.first, *(v.split()[0] for v in person.variants if v)}:
        if len(word) < 3:
            continue
        surname = r"(?:\s+(?-i:[A-Z][\w'\-]+))?"
        pattern = rf"(?:^|[,;]\s*|{_OPENER},?\s+)({_spoken_forms(word)}){surname}\s*(?:[,?!.]|$)"
        if re.search(pattern, unit.text, re.IGNORECASE):
            return True
    return False


def about_guest(unit: Unit, guests: list[Person]) -> bool:
    """The unit names a guest without speaking to them."""
    return any(mentions(unit, g) and not addresses(unit, g) for g in guests)


VOCATIVE = re.compile(r",\s+([A-Z][a-z]{2,})\s*,")


def vocative(unit: Unit, roster: Roster) -> bool:
    """A name said between commas ("This message, Randi, is ..."): someone is spoken to.

    List items between commas ("Russia, China, now ...") are places or firms, which the
    tagger marks somewhere in the episode; those are not taken for a name.
    """
    return any(name_key(m.group(1)) not in roster.not_people for m in VOCATIVE.finditer(unit.text))


__all__ = ["about_guest", "addresses", "mentions", "name_words", "vocative"]
