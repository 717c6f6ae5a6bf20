"""Tape of newsmakers inside a correspondent's piece, named in the sentence around it.

A piece is narrated in the third person; the voices cut into it speak as "I" or "we" ("We will
keep fighting it."). The correspondent names them in the sentence before ("Senator Ruth Okonkwo
says the bill goes too far.") or right after ("Senator Ruth Okonkwo led the opposition."). A
first-person stretch of the piece is that person's clip; one named nowhere near stays the
correspondent's.
"""

from __future__ import annotations

from storyline.speakers.clips import MAX_CLIP_UNITS, complete_name, speech_verb
from storyline.speakers.names import name_key
from storyline.speakers.roster import Roster
from storyline.speakers.units import FIRST_ANY, Unit, line_mode

# The name opens the sentence after the tape: at most this many words come before it ("State
# Senator Ruth Okonkwo led ...").
OPENING_WORDS = 4


def _tape_like(unit: Unit) -> bool:
    return FIRST_ANY.search(unit.text) is not None and not unit.question


def _same_line(units: list[Unit], k: int, text: str) -> bool:
    """Units ``k`` and ``k + 1`` are on one line of the transcript."""
    return "\n" not in text[units[k].end : units[k + 1].start]


def _named(unit: Unit, persons: list[tuple[int, int, str]], roster: Roster, reporter: str) -> list[tuple[int, str]]:
    """(start, name) of the people the unit names who are neither the show's hosts nor the reporter."""
    own = {name_key(w) for p in roster.people if p.role == "host" or p.name == reporter for w in p.words()}
    return [
        (s, n)
        for s, e, n in persons
        if unit.start <= s and e <= unit.end and len(n.split()) >= 2 and not set(name_key(n).split()) & own
    ]


def piece_tape(
    units: list[Unit], pieces: dict[int, str], roster: Roster, persons: list[tuple[int, int, str]], text: str
) -> dict[int, tuple[str, float]]:
    """First-person units of reporters' pieces (``pieces``: unit -> reporter) and whose tape they are;
    the sentences before them on one caption line of ``text`` go with them."""
    out: dict[int, tuple[str, float]] = {}
    one_a_line = line_mode(text)  # in wrapped prose a line says nothing of who speaks
    for i in sorted(pieces):
        if i in out or not _tape_like(units[i]) or (i - 1 in pieces and _tape_like(units[i - 1])):
            continue
        j = i
        while j + 1 in pieces and _tape_like(units[j + 1]) and j - i + 1 < MAX_CLIP_UNITS:
            j += 1
        reporter = pieces[i]
        first = i  # the tape's opening sentences on the same caption line need no "I" or "we"
        while one_a_line and first - 1 in pieces and _same_line(units, first - 1, text):
            if _named(units[first - 1], persons, roster, reporter):
                break  # "Senator NAME says ... . We will ...": the cue, the reporter's
            first -= 1
        while (
            one_a_line
            and j + 1 in pieces
            and _same_line(units, j, text)
            and not _named(units[j + 1], persons, roster, reporter)
        ):
            j += 1  # "... we cut the night buses. It's that simple."
        name: str | None = None
        if i - 1 in pieces and speech_verb(units[i - 1].text):  # "NAME says the bill goes too far."
            before = _named(units[i - 1], persons, roster, reporter)
            name = before[-1][1] if before else None
        if name is None and j + 1 < len(units):  # "Senator NAME led the opposition."
            after = _named(units[j + 1], persons, roster, reporter)
            opening = len(units[j + 1].text[: after[0][0] - units[j + 1].start].split()) if after else OPENING_WORDS
            name = after[0][1] if after and opening < OPENING_WORDS else None
        if name is not None:
            for k in range(first, j + 1):
                out[k] = (complete_name(name, roster, persons), 0.6)
    return out


__all__ = ["piece_tape"]
