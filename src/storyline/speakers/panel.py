"""Panel guests who speak of one another.

With two or more guests on the show, each spoken to by name (so all are there, not one met on
location and another heard on tape), a guest answers the others by name ("I agree with Victor on
the direction", "I think Sam and I disagree less than it sounded"): a sentence that names a guest
and speaks in the first person is then as much a guest's as the host's, so naming a guest leans
to the host less than it does in a one-guest interview.
"""

from __future__ import annotations

import re

from storyline.speakers.address import addresses
from storyline.speakers.roster import Person
from storyline.speakers.units import Unit

# The lean to the host of a sentence naming a guest, in a panel and in the first person: a weak
# cue (one clear cue is 1.0; the one-guest interview's naming is 3.5).
PANEL_MENTION = 1.0
# "I agree with", "Sam and I": the speaker's own view set against or beside another's
_OWN_VIEW = re.compile(r"\b(?:I|I'm|I've|I'd|me|my)\b")


def is_panel(units: list[Unit], guests: list[Person]) -> bool:
    """Two or more guests are each spoken to by name somewhere in the episode."""
    return sum(any(addresses(u, g) for u in units) for g in guests) >= 2


def panel_talk(unit: Unit) -> bool:
    """A unit of a panel show that names a guest is panel talk when it speaks as "I" and asks nothing."""
    return not unit.question and _OWN_VIEW.search(unit.text) is not None


__all__ = ["PANEL_MENTION", "is_panel", "panel_talk"]
