"""Guests named after they have started talking, or named apart from the sentence that presents them.

An interview may open on the guest's voice and name them only at the close ("My guest was the
glassblower Ana Costa."), present them first by what they did and give the name in a sentence of
its own ("His name is Ana Costa, and he joins me from Lisbon."), or name them only when thanking
them ("Ana Costa, thank you for talking with me."). A panel may be named all at once only after
each was presented in a sentence of their own ("We're back with Ana Costa, Ivo Lind and Mei Sato.",
"Ana Costa, Ivo Lind, Mei Sato, thank you all."). A narrator names the one they went to meet ("I
went to see a woman named Ana Costa, who ..."). Each name found is a guest of the episode.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from storyline.speakers.written import _END, NAME

# "Dr. ": an abbreviated title before the name, whose stop would end the name
_DOTTED = r"(?:[A-Z][a-z]{1,3}\.\s+)?"
# "His name is NAME": the person the host has been describing, named in a sentence of their own
NAMED_AS = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir) (?:full )?name is\s+{_DOTTED}(?P<name>{NAME}){_END}")
# "My guest was the glassblower NAME.", "Our guest today has been NAME.": the credit at the close
GUEST_WAS = re.compile(
    r"\b(?i:my|our) guests?(?: (?:today|tonight|this week|this hour))? (?:was|were|has been|have been)\s+"
    rf"(?P<desc>(?:the|a|an)(?:\s+[a-z][\w\-]*){{1,4}}\s+)?{_DOTTED}(?P<name>{NAME}){_END}"
)
# "NAME, thank you for talking with me.", "NAME, author of ..., thanks for coming in.": one the host
# thanks by full name at a sentence's start, for being on the show
# (not a guest's "Hi Carmen, thanks for having me.", greeting the host)
THANKED = re.compile(
    rf"(?:^|(?<=[.!?] ))(?!(?i:hi|hey|hello|oh|well|yes|okay|and|so|good)\b)(?P<name>{NAME})\s*,\s+"
    r"(?:(?P<desc>[a-z][^,.?!\n]{3,80}),\s+)?"
    r"(?i:thank you|thanks)(?: (?:so much|very much))?,?\s+(?:for(?! having)|as always)\b",
    re.MULTILINE,
)

# "We're back with A, B and C.", "A, B and C, thank you all.": full names listed together, as a panel
_FULL = rf"{_DOTTED}[A-Z][\w\-]*\s+[A-Z][\w\-]*"
_LIST = rf"{_FULL}(?:\s*,\s+{_FULL})*(?:\s*,)?\s+and\s+{_FULL}|{_FULL}(?:\s*,\s+{_FULL}){{2,}}"
PANEL = re.compile(
    rf"\b(?i:(?:we're|we are) back with|back with|joined (?:again )?by|with me (?:are|again are)|here with)\s+"
    rf"(?P<names>{_LIST})(?=\s*[.!?,]|$)"
    rf"|(?:^|(?<=[.!?] ))(?P<thanked>{_LIST}|{_FULL}(?:\s*,\s+{_FULL})+)\s*,\s+(?i:thank you|thanks)\b",
    re.MULTILINE,
)
# "I went to see a man named NAME": the one a narrator went to meet, whose tape is to come
MET_NAMED = re.compile(
    r"\b(?i:met|visited|went to see|went to meet|sat down with|spent (?:a|the) day with|talked to|talked with|"
    rf"spoke to|spoke with)\s+(?:a|an)\s+(?:[a-z]+\s+){{0,3}}?named\s+{_DOTTED}(?P<name>{NAME}){_END}"
)


def _panel(text: str) -> Iterator[tuple[int, str, str]]:
    for m in PANEL.finditer(text):
        group = "names" if m.group("names") else "thanked"
        start = m.start(group)
        for part in re.finditer(_FULL, m.group(group)):
            if part.group() != "and":
                yield start + part.start(), part.group(), ""


def late_introductions(text: str) -> Iterator[tuple[int, str, str]]:
    """(start, name as written, description) of each guest named in one of the forms above."""
    yield from _panel(text)
    for pattern in (NAMED_AS, GUEST_WAS, THANKED, MET_NAMED):
        for m in pattern.finditer(text):
            name = m.group("name")
            if pattern is THANKED and len(name.split()) < 2:
                continue  # "Anna, thanks for the question": a first name alone is any caller or colleague
            yield m.start("name"), name, (m.groupdict().get("desc") or "").strip()


__all__ = ["late_introductions"]
