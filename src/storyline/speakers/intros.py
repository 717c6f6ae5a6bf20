"""Introductions the plain "joined by NAME" pattern of the roster does not read.

News shows often say a guest's role before the name ("I'm joined by an economist at Prairie
State University, Rosa Lindqvist."), and call-in shows put a caller on the air with the name
first ("Denise, you're on the air.", "Ahmed is on the line from Westgate.") or say who is next
("Next up is Denise, calling from Oak Hill."); news shows hand over to a colleague by job and
name ("Our correspondent Felix Grant is at the parliament.") or by what they cover for the show ("Leo
Castellanos covers the legislature for us."); a short role may also stand before the name with no
comma ("I'm joined by the historian Hannah Stolz, who ..."). Each found name is a guest of the episode.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from storyline.speakers.have_on import guests_on_the_air
from storyline.speakers.lexicon import alternation
from storyline.speakers.welcomes import welcomed_guests
from storyline.speakers.written import _END, _WORD, NAME, OWNER

# The cues that introduce the one who will speak, not those that cite someone ("according to").
_JOINS = (
    r"joined by|with me (?:is|are|now)|(?:my|our) guests? (?:is|are|today is|this week is)|we welcome|please welcome|"
    r"talks? with|spoke with|speaks with|talked to|talked with|(?:I'm|I am|we're|we are) here with"
)
# "Dr. ", "Sen. ": an abbreviated title before the name, whose stop would end the name
_DOTTED = r"(?:[A-Z][a-z]{1,3}\.\s+)?"
# The role first, a comma, then the name closing the clause: "... joined by an economist at
# Prairie State University, Rosa Lindqvist."
ROLE_FIRST = re.compile(
    rf"\b(?i:{_JOINS})\s+(?P<desc>(?i:a|an|the|our|my)\s+[^,.?!\n]{{3,100}}?),\s+{OWNER}{_DOTTED}(?P<name>{NAME}){_END}"
)
# The role first with no comma, in a few lower-case words: "I'm joined by the historian Hannah Stolz."
ROLE_BEFORE = re.compile(
    rf"\b(?i:{_JOINS})\s+(?P<desc>(?i:a|an|the|our|my)(?:\s+[a-z][\w\-]*){{1,4}})\s+{_DOTTED}(?P<name>{NAME}){_END}"
)
# "Leo Castellanos covers the legislature for us.": a colleague who reports for the show, at a
# sentence's start (a newsmaker is not said to cover anything "for us")
COVERS_FOR_US = re.compile(
    rf"(?:^|(?<=[.!?] ))(?P<name>{NAME})\s+(?:covers|reports on|follows|has been (?:covering|following))\s+"
    r"[^.?!\n]{3,80}?\s+for us\b",
    re.MULTILINE,
)
# "Joining us now from Fresno is our agriculture reporter, Mina Saleh.", "Joining me is Mina Saleh."
JOINING = re.compile(
    rf"\b(?i:joining (?:us|me)(?: now)?(?: from (?-i:[A-Z][\w\-]*)(?:\s+(?-i:[A-Z][\w\-]*))?)?(?: now)? (?:is|are))\s+"
    rf"(?:(?P<desc>(?i:a|an|the|our|my)\s+[^,.?!\n]{{3,100}}?),\s+)?{OWNER}(?P<name>{NAME}){_END}"
)
# "Next up is Denise", "On the line is Frank": who is next on a call-in show
NEXT_UP = re.compile(rf"\b(?i:next up is|up next is|next up,|next up we have|on the line is)\s+(?P<name>{NAME})")
# "Denise, you're on the air.", "Ahmed is on the line from Westgate.": a caller at the start of a sentence
ON_AIR = re.compile(
    rf"(?:^|(?<=[.!?] ))(?P<name>{_WORD}(?:\s+{_WORD})?)"
    r"(?=\s+is (?:on the line|on line \w+|calling|calling in|joining us)\b"
    r"|,\s+(?:you're on the air|you're on|go ahead)\b)",
    re.MULTILINE,
)


@functools.cache
def _colleague() -> re.Pattern[str]:
    """ "Our political correspondent Felix Grant is at the parliament.": a colleague handed the floor
    by job and name, with where they are or that they are here."""
    roles = alternation("newsroom_roles")
    return re.compile(
        rf"\b(?i:{roles})\s+(?P<name>{NAME})\s+"
        r"(?:is (?:at|in|outside|on|with us|with me|here|there|joining us|following|covering)|joins us|joins me)\b"
    )


def introductions(text: str) -> Iterator[tuple[int, str, str]]:
    """(start, name as written, description) of each introduction of the kinds above."""
    for pattern in (ROLE_FIRST, ROLE_BEFORE, JOINING, NEXT_UP, ON_AIR, COVERS_FOR_US, _colleague()):
        for m in pattern.finditer(text):
            yield m.start("name"), m.group("name"), m.groupdict().get("desc") or ""
    yield from welcomed_guests(text)
    yield from guests_on_the_air(text)


__all__ = ["introductions"]
