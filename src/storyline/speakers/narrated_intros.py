"""Tape voices a narrator presents in a sentence of narration, with no "says" and no interview.

Documentary shows present each voice by a sentence about them and then cut to their tape:
"Mara Quist has kept bees on this hill for forty years." / "I lost half my hives last spring."
The full name is the sentence's subject, or closes it ("The one who decides is the mayor, Mara
Quist."); the sentence speaks as no "I" and cites no speech, and the next one speaks as "I" and
says nothing of anyone in the third person: the one just named, speaking. Each name found is a
guest of the episode.

The names are the tagger's persons, and the capitalised words that open a sentence before its
verb ("Marta Kowalczyk has run the bakery ..."): the tagger takes many an unfamiliar surname for
a firm, and there is no tagger at all when the text is read without a parse. The sentences are
the speakers stage's units, the ones the voices are later given to.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from storyline.speakers.units import FIRST_SINGULAR, Unit
from storyline.speakers.written import _WORD

# "Marta Kowalczyk has run ...": two or three capitalised words opening the sentence, then a verb
SUBJECT = re.compile(rf"(?P<name>{_WORD}\s+{_WORD}(?:\s+{_WORD})?)\s+(?:is|was|has|had|[a-z]+s)\b")
THIRD_PERSON = re.compile(r"\b(?:he|she|his|her|him|he's|she's)\b", re.I)  # "they" may be the listeners
# "NAME said it this way in court.": a played clip cued by a speech verb, which the clips take
SPEECH = re.compile(r"\b(?:said|says|say|put it|told|tells|asked|asks|explained|argued|testified|spoke)\b", re.I)
# "This is ...", "I'm ...": a sign-in after the name, not the named person's tape
SIGNING = re.compile(r"^\s*(?:I'm|I am|this is)\b", re.I)


def narrated_introductions(units: Sequence[Unit], persons: list[tuple[int, int, str]]) -> Iterator[tuple[int, str]]:
    """(offset, name) of each full name presented by narration right before a first-person unit."""
    for unit, following in itertools.pairwise(units):
        if _narrates(unit.text) and _speaks_as_one(following.text):
            yield from _presented(unit, persons)


def _narrates(sentence: str) -> bool:
    """A sentence of narration: no question, no "I", no speech cited."""
    return "?" not in sentence and not FIRST_SINGULAR.search(sentence) and not SPEECH.search(sentence)


def _speaks_as_one(sentence: str) -> bool:
    """Tape in the first person: "I", no question, no sign-in, nobody spoken of as "he" or "she"."""
    if "?" in sentence or SIGNING.match(sentence) or THIRD_PERSON.search(sentence):
        return False
    return FIRST_SINGULAR.search(sentence) is not None


def _presented(unit: Unit, persons: list[tuple[int, int, str]]) -> Iterator[tuple[int, str]]:
    """(offset, name) of the full names ``unit`` presents: its subject, or the name closing it after a comma."""
    found: dict[int, str] = {}
    subject = SUBJECT.match(unit.text)
    if subject is not None:
        found[unit.start] = subject.group("name")
    for start, end, name in persons:
        if not unit.start <= start < unit.end or len(name.split()) < 2:
            continue
        before, after = unit.text[: start - unit.start], unit.text[end - unit.start :]
        closing = re.fullmatch(r"\W*", after) is not None and "," in before
        if not before.strip() or closing:
            found[start] = name  # where both read a name, the tagger's reading
    yield from sorted(found.items())


__all__ = ["narrated_introductions"]
