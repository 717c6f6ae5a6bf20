"""A cold open: the episode starts with a few sentences of someone's tape, and only then does the
host open the show ("This is Open Hours." "I'm Ruth Ambler.").

Shows that open cold play a guest or a witness speaking in the first person ("I still hear him
say that every morning.") before the frame. The sentences before the host's first sign-in are
that tape when one of them says "I" and none asks a question, reads as the host's cue ("Today
on the show ..."), or names someone of the episode (a host's teaser tells of the guest).
"""

from __future__ import annotations

import re

from storyline.speakers.address import mentions
from storyline.speakers.roster import Roster
from storyline.speakers.signins import names_oneself
from storyline.speakers.units import FIRST_SINGULAR, Unit, host_cue

# A cold open in a produced show runs a handful of sentences; a sign-in later than this is no
# show's opening frame (a host signing in again after the first segment).
MAX_COLD_OPEN = 12
MIN_COLD_OPEN = 2  # one sentence before the sign-in is as often the host's hello
# The show named at the head of its frame: "This is Open Hours", "You're listening to ...",
# "Welcome to ...", "From Harbor Radio, this is ..."
SHOW_OPEN = re.compile(
    r"^(?:(?:hello|hi|hey)(?: and| everyone| everybody)?,?\s+)?"
    r"(?:welcome (?:back )?to|you're listening to|this is (?-i:[A-Z])|from (?-i:[A-Z])[^.?!]{0,60}this is)",
    re.I,
)
FRAME_REACH = 2  # the host's sign-in comes within two sentences of the show's name


def _signs_in(unit: Unit, roster: Roster) -> bool:
    return names_oneself(unit.text) and any(mentions(unit, h) for h in roster.hosts())


def cold_open(units: list[Unit], roster: Roster) -> range:
    """The units of a cold open before the show's frame (an empty range when there is none)."""
    frame = None
    for k, unit in enumerate(units[: MAX_COLD_OPEN + 1]):
        if _signs_in(unit, roster):
            frame = k
            break
        if SHOW_OPEN.match(unit.text) and any(_signs_in(u, roster) for u in units[k + 1 : k + 1 + FRAME_REACH]):
            frame = k
            break
    if frame is None or frame < MIN_COLD_OPEN:
        return range(0)
    before = units[:frame]
    if not any(FIRST_SINGULAR.search(u.text) for u in before):
        return range(0)
    if any(u.question or host_cue(u) or any(mentions(u, p) for p in roster.people) for u in before):
        return range(0)
    return range(frame)


__all__ = ["cold_open"]
