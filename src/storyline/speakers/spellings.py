"""Each roster person's spelling, settled by vote over every variant heard in the episode.

A name garbled once ("Gene Lee") yields to the spelling heard most ("Jean Lee"); the tagger's
mentions of the person count as well as the sign-ins, introductions and credits.
"""

from __future__ import annotations

from collections import Counter

from storyline.speakers.names import similar_words, split_name
from storyline.speakers.people import Person, Roster


def settle_spellings(roster: Roster, mentions: list[tuple[int, int, str]]) -> None:
    """Each person's name becomes the first name and surname spelled most often in the episode.

    A mention already heard as a variant counts once. On a tie the spelling the person was first
    named with (the sign-in, the introduction, the credit) wins over the later mentions: ASR
    garbles a name said in passing more often than the one spelled out as the guest is presented.
    """
    for person in roster.people:
        heard = list(person.variants)
        heard += [
            name
            for at, _, name in mentions
            if at not in person.heard_at and (roster.find(name) is person or _given_name_of(name, person))
        ]
        firsts: Counter[str] = Counter()
        lasts: Counter[str] = Counter()
        first0, last0 = split_name(person.name)
        for name in heard:
            f, last = split_name(name)
            if last:
                firsts[f] += 1
                lasts[last] += 1
            elif f:  # a one-word mention: a first name or a surname
                if first0 and f != last0 and similar_words(f, first0):
                    firsts[f] += 1
                elif last0 and similar_words(f, last0):
                    lasts[f] += 1
        person.variants = heard
        if firsts and lasts:
            person.name = f"{_best(firsts, first0)} {_best(lasts, last0)}"


def _given_name_of(name: str, person: Person) -> bool:
    """A full name whose first name is the one-word name ``person`` is known by ("Rick Allen" for Rick)."""
    return len(person.name.split()) == 1 and len(name.split()) >= 2 and similar_words(name.split()[0], person.name)


def _best(counts: Counter[str], introduced: str) -> str:
    """Most frequent spelling; ties go to the spelling in ordinary capitalisation, then to the
    one the person was introduced with."""
    return max(counts, key=lambda w: (counts[w], not w.isupper(), w == introduced, w))


__all__ = ["settle_spellings"]
