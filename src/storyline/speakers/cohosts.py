"""Which of a show's hosts says each unit a host says.

The first host, unless co-hosts hand over: a sentence that speaks to one co-host by name is the
other's, and hands them the floor when it asks them or tells them what they did; the one signing
in says the rest of that line; the closing line before a sign-in is the signer's; in the sign-off
the last to sign in says goodbye.
"""

from __future__ import annotations

import re

from storyline.speakers.address import addresses, mentions
from storyline.speakers.roster import Person
from storyline.speakers.signins import closes_before_sign_in, names_oneself
from storyline.speakers.units import Unit, line_mode, prompt

# A co-host's sign-in this close to the end is the sign-off: the last to sign says the goodbye.
SIGN_OFF_UNITS = 4


def hosts_speaking(units: list[Unit], hosts: list[Person], is_guest: list[bool], text: str) -> list[str | None]:
    """Which host says each unit, were it a host's: the first host, unless co-hosts hand over.

    A sentence that speaks to one co-host by name ("Leila, what are you watching?") is the
    other's; after a question or a hand-over the one spoken to takes the floor until the next.
    A guest who answers one host by name ("Thank you, Owen.") answers the host who spoke last.
    In the closing, the co-host who signs off last says what follows.
    """
    current = hosts[0].name if hosts else None
    resume: tuple[int, str | None] | None = None  # where the floor goes back after a co-host's sign-in
    out: list[str | None] = []
    for i, (unit, guest) in enumerate(zip(units, is_guest, strict=True)):
        addressed = [h for h in hosts if addresses(unit, h)] if len(hosts) >= 2 and not guest else []
        replied = [h for h in hosts if i + 1 < len(units) and is_guest[i + 1] and addresses(units[i + 1], h)]
        if len(addressed) == 1:
            speaker = next(h.name for h in hosts if h is not addressed[0])
            out.append(speaker)
            current = addressed[0].name if unit.question or prompt(unit) or _hands_over(unit.text) else speaker
            continue
        if len(hosts) >= 2 and not guest and len(replied) == 1:
            current = replied[0].name  # "Good morning, Hana." "Good morning, Owen.": Owen said the first
        signed = [h for h in hosts if mentions(unit, h) and names_oneself(unit.text)]
        if resume is not None and i == resume[0]:
            current = resume[1]
        if len(hosts) >= 2 and len(signed) == 1:
            # "I'm A." "And I'm B. It's Tuesday.": the one signing in says the rest of the line (one
            # caption segment), then the floor goes back; near the end the last to sign says goodbye
            if len(units) - i > SIGN_OFF_UNITS and signed[0].name != current:
                resume = (_next_line(units, i, text), current)
            current = signed[0].name
        elif len(hosts) >= 2 and i + 1 < len(units) and closes_before_sign_in(unit.text, units[i + 1].text):
            following = [h for h in hosts if mentions(units[i + 1], h)]
            current = following[0].name if len(following) == 1 else current  # "That's the show. I'm A."
        out.append(current)
    return out


def other_host(unit: Unit, hosts: list[Person], last: str | None) -> str:
    """Two co-hosts and no guest: the other voice is the other co-host. A sentence that speaks
    to one of them by name ("So Jonah, guess what.") is the other's; else the one who did not
    say ``last``, the hosts' sentence before the other voice came in."""
    addressed = [h for h in hosts if addresses(unit, h)]
    if len(addressed) == 1:
        return next(h.name for h in hosts if h is not addressed[0])
    return next((h.name for h in hosts if h.name != last), hosts[1].name)


# "Keiko, you went to the arcade last week.": a co-host named first and told what they did is
# handed the floor to tell the rest, as by a question
_TOLD_TO = re.compile(r"^(?:so|and|now|okay|ok)?\s*,?\s*[A-Z][\w'\-]+\s*,\s+you(?:'ve| have| had)?\s+[a-z]+", re.I)


def _hands_over(text: str) -> bool:
    return _TOLD_TO.match(text) is not None


def _next_line(units: list[Unit], i: int, text: str) -> int:
    """The first unit after ``i`` that starts a new caption line (the next unit in wrapped prose)."""
    k = i + 1
    if not line_mode(text):
        return k
    while k < len(units) and "\n" not in text[units[k - 1].end : units[k].start]:
        k += 1
    return k


__all__ = ["SIGN_OFF_UNITS", "hosts_speaking", "other_host"]
