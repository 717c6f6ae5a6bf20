"""Played messages whose speaker says who they are: a voicemail, a listener's recorded question.

"Hi, this is Carla from Tucson." / "I wake up at three every night ..." / "Is something wrong
with me?" -- a greeting and "this is", "it's" or "my name is" with a name opens the message;
it runs on while it speaks as "I" (or asks), until someone speaks to the caller by name
("Carla, first of all, ...") or a host's cue. A show's host signs in with the same words ("Hi,
this is Nadia Farouk."), so a name on the roster as a host is no caller, and a message must be
announced in the sentence or two before it ("Our first one is a voicemail.").
"""

from __future__ import annotations

import re

from storyline.speakers.address import addresses, mentions
from storyline.speakers.clips import MAX_CLIP_UNITS
from storyline.speakers.roster import Person, Roster
from storyline.speakers.units import FIRST_ANY, Unit, host_cue
from storyline.speakers.written import _WORD

# "Hi, this is Carla", "Hey, Ask the Night, it's Dmitri", "Hello, my name is Ann Lee": a greeting,
# maybe the show's name, then the speaker's own name closing the clause
SELF_INTRO = re.compile(
    rf"^(?:[Hh]i|[Hh]ey|[Hh]ello|[Gg]ood (?:morning|afternoon|evening))\b[^.?!]{{0,40}}?"
    rf"\b(?:this is|it's|it\u2019s|my name is|I'm|I am)\s+(?P<name>{_WORD}(?:\s+{_WORD})?)(?=\s*(?:[,.!?]|from\b|$))"
)


# The sentence or two before a played message announce it ("Our first one is a voicemail."); a
# greeting with no such lead-in ("Hey, it's Michael." opening an episode) is the host's own.
ANNOUNCED = re.compile(
    r"\b(?:voice ?mails?|messages?|callers?|calls?|called|listeners?|questions?|recording|writes|wrote)\b", re.I
)
LEAD_IN = 2


def _announced(units: list[Unit], i: int) -> bool:
    return any(ANNOUNCED.search(units[k].text) for k in range(max(0, i - LEAD_IN), i))


def _spoken_to(unit: Unit, caller: Person) -> bool:
    return addresses(unit, caller) or mentions(unit, caller)


def caller_messages(units: list[Unit], roster: Roster, taken: set[int]) -> dict[int, tuple[str | None, float]]:
    """Units of played self-introduced messages (see module doc) and their voice; ``taken`` units
    (clips found otherwise) are left alone. Callers are added to the roster as clip voices."""
    found: dict[int, tuple[str | None, float]] = {}
    for i, unit in enumerate(units):
        m = SELF_INTRO.match(unit.text)
        if m is None or i in taken or i in found or not _announced(units, i):
            continue
        known = roster.find(m.group("name"))
        if known is not None and known.role == "host":
            continue
        caller = roster.add(m.group("name"), "clip", unit.start)
        found[i] = (caller.name, 0.6)
        k = i
        while k + 1 < len(units) and k + 1 not in taken and k - i < MAX_CLIP_UNITS:
            nxt = units[k + 1]
            if host_cue(nxt) or _spoken_to(nxt, caller) or not (FIRST_ANY.search(nxt.text) or nxt.question):
                break
            k += 1
            found[k] = (caller.name, 0.5)
    return found


__all__ = ["caller_messages"]
