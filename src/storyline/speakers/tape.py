"""Where a guest's recorded tape is cut into the host's narration with no spoken cue.

Produced shows tell a guest's story in the host's voice and cut the guest's own words in
between: "There was an accident at his house." / "I lost my left arm." No "says" introduces
the tape, but the perspective flips: the host speaks of the guest in the third person, and
the next sentence speaks as "I" of the same life. Only the host speaks of the guest as "he"
or by name while the guest is being described, so a first-person sentence right after such a
description is the guest's tape, unless it is about someone else too ("He told me he ...").
"""

from __future__ import annotations

import re

from storyline.speakers.address import addresses, mentions, name_words
from storyline.speakers.names import name_key
from storyline.speakers.roster import Person
from storyline.speakers.units import FIRST_ANY, FIRST_SINGULAR, Unit, host_cue

THIRD_PERSON = re.compile(r"\b(?:he|she|his|her|him|he's|she's|he'd|she'd)\b", re.I)
MARKERS = re.compile(r"\bI mean\b", re.I)
# Tape cut into a story recounts what happened to the guest: past tense or "would". A host's own
# aside after describing someone is present-tense comment ("I love stories like this.").
RECOUNTS = re.compile(
    r"\b(?:was|were|had|did|would|went|got|came|saw|said|told|thought|knew|took|made|felt|lost|found|began|"
    r"left|woke|fell|ran|sat|stood|heard|kept|paid|spent|\w{2,}ed)\b",
    re.I,
)
# A pronoun refers to the person named last within this many sentences before it; further back
# the listener has lost the thread and the host names the person again.
PRONOUN_REACH = 3
OWN_WORDS = 8


def _last_named(units: list[Unit], i: int, guests: list[Person], persons: list[tuple[int, int, str]]) -> Person | None:
    """The guest named last before the end of unit ``i``, or None if the last person named is
    someone else or was named too far back. The reach runs on through sentences that go on
    saying "he" or "she" (a chain of pronouns keeps its referent)."""
    first = i
    while first > 0 and (first > i - PRONOUN_REACH or THIRD_PERSON.search(units[first - 1].text)):
        first -= 1
    start, end = units[first].start, units[i].end
    named: list[tuple[int, Person | None]] = []
    for s, _, name in persons:
        if start <= s < end:
            words = set(name_key(name).split())
            named.append((s, next((g for g in guests if words & name_words(g)), None)))
    for k in range(first, i + 1):
        for g in guests:
            if mentions(units[k], g):
                named.append((units[k].start, g))
    if not named:
        return None
    return max(named, key=lambda x: (x[0], x[1] is None))[1]


def speaks_of_guest(units: list[Unit], i: int, guests: list[Person], persons: list[tuple[int, int, str]]) -> bool:
    """Unit ``i`` tells of a guest in the third person: names them without speaking to them, or
    says "he" or "she" when the person named last is that guest."""
    unit = units[i]
    if any(mentions(unit, g) and not addresses(unit, g) for g in guests):
        return True
    return THIRD_PERSON.search(unit.text) is not None and _last_named(units, i, guests, persons) is not None


def spoken_of_after_own_words(
    units: list[Unit], i: int, guests: list[Person], persons: list[tuple[int, int, str]]
) -> bool:
    """Unit ``i`` says "he" or "she" of the guest right after a stretch in the first person.

    The stretch is the guest's own words ("When I woke up, I couldn't ..."): they name nobody
    else, so the "he" after it is still the guest named before it, and only another voice speaks
    of the guest so ("And he does it.").
    """
    unit = units[i]
    if unit.question or not THIRD_PERSON.search(unit.text) or FIRST_ANY.search(unit.text):
        return False
    k = i - 1
    while k >= 0 and i - k <= OWN_WORDS and _own_words(units[k]):
        k -= 1
    return k < i - 1 and k >= 0 and _last_named(units, k, guests, persons) is not None


def _own_words(unit: Unit) -> bool:
    return FIRST_SINGULAR.search(MARKERS.sub("", unit.text)) is not None and not THIRD_PERSON.search(unit.text)


def _speaks_as_i(unit: Unit) -> bool:
    """A statement in the first person singular about the speaker alone."""
    if unit.question or host_cue(unit) or THIRD_PERSON.search(unit.text):
        return False
    return FIRST_SINGULAR.search(MARKERS.sub("", unit.text)) is not None and RECOUNTS.search(unit.text) is not None


def uncued_tape(
    units: list[Unit], guests: list[Person], persons: list[tuple[int, int, str]], skip: set[int]
) -> set[int]:
    """Units that start a guest's tape right after the host described the guest (see module doc)."""
    found: set[int] = set()
    if not guests:
        return found
    for i in range(1, len(units)):
        if i in skip or i - 1 in skip or units[i - 1].question:
            continue
        unit = units[i]
        if any(mentions(unit, g) for g in guests) or not _speaks_as_i(unit):
            continue
        if speaks_of_guest(units, i - 1, guests, persons):
            found.add(i)
    return found


__all__ = ["speaks_of_guest", "spoken_of_after_own_words", "uncued_tape"]
