"""Audio of a court or a chamber played in a show without a spoken introduction.

"Mr. Chief Justice, and may it please the court." is no line of the host's or the guest's:
such forms of address belong to a hearing, an argument or a debate the show plays. The voice
is the person the host named just before ("Her lawyer, Dana Oakes, spoke first."), when the
host named someone other than a host or guest; else the clip stays unnamed.
"""

from __future__ import annotations

import functools
import re

from storyline.speakers.clips import MAX_CLIP_UNITS, complete_name
from storyline.speakers.lexicon import load_list
from storyline.speakers.names import name_key
from storyline.speakers.roster import Roster
from storyline.speakers.units import FIRST_ANY, SECOND, Unit, host_cue

LOOK_BACK = 2  # the host names the voice in the sentence or two before the audio


@functools.cache
def _formal() -> re.Pattern[str]:
    phrases = sorted(load_list("formal_addresses"), key=len, reverse=True)
    flexible = [re.escape(p).replace(",", r"\s*,?").replace(r"\.", r"\.?").replace(r"\ ", r"\s+") for p in phrases]
    return re.compile(r"\b(?:" + "|".join(flexible) + r")(?!\w)", re.IGNORECASE)


def formal_address(unit: Unit) -> bool:
    return _formal().search(unit.text) is not None


def _named_before(units: list[Unit], i: int, roster: Roster, persons: list[tuple[int, int, str]]) -> str | None:
    """The person named last in the sentences before unit ``i`` who is not on the show's roster
    as a host or guest, by a full name the episode uses."""
    start = units[max(0, i - LOOK_BACK)].start
    on_show = {name_key(w) for p in roster.people if p.role in ("host", "guest") for w in p.words()}
    named = [n for s, _, n in persons if start <= s < units[i].start and not set(name_key(n).split()) & on_show]
    full = complete_name(named[-1], roster, persons) if named else None
    return full if full and len(full.split()) >= 2 else None  # a lone misheard word names no one


def hearing_clips(
    units: list[Unit], roster: Roster, persons: list[tuple[int, int, str]], taken: set[int]
) -> dict[int, tuple[str | None, float]]:
    """Units of played hearing audio (see module doc) and their voice; ``taken`` units are left alone."""
    found: dict[int, tuple[str | None, float]] = {}
    for i, unit in enumerate(units):
        if i in taken or i in found or not formal_address(unit):
            continue
        name = _named_before(units, i, roster, persons)
        found[i] = (name, 0.6)
        k = i
        while k + 1 < len(units) and k + 1 not in taken and k - i < MAX_CLIP_UNITS:
            nxt = units[k + 1]
            if not formal_address(nxt) and (
                host_cue(nxt) or not (FIRST_ANY.search(nxt.text) or SECOND.search(nxt.text))
            ):
                break
            k += 1
            found[k] = (name, 0.5)
    return found


__all__ = ["formal_address", "hearing_clips"]
