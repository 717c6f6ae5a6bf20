"""Guests introduced by being welcomed by full name, with no "joined by" before it.

Science and culture shows often present a guest by what they do, then turn to them with the
name and a welcome: "My first guest studies glaciers." / "Doctor Ana Lind, welcome to the show."
or "Welcome to the program, Ana Lind." The one welcomed by full name (a title before it is
dropped) is a guest of the episode.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from storyline.speakers.names import strip_titles
from storyline.speakers.written import _END, _WORD

# A full name, with a title or two before it ("Doctor", "Professor"), as the whole of a vocative
_FULL = rf"{_WORD}(?:\s+{_WORD}){{1,3}}"
# The welcome itself: "welcome", "welcome to the show", "welcome back", "welcome in"
_WELCOME = r"(?i:welcome)(?:\s+(?:back|in|to (?:the|our) (?:show|program|programme|podcast|studio)))?"
# "Doctor Ana Lind, welcome to the show." at a sentence's start
NAME_FIRST = re.compile(rf"(?:^|(?<=[.!?] ))(?P<name>{_FULL})\s*,\s+{_WELCOME}\s*[.!,]", re.MULTILINE)
# "Welcome to the show, Ana Lind." at a sentence's start, the name closing it
WELCOME_FIRST = re.compile(rf"(?:^|(?<=[.!?] )){_WELCOME}\s*,\s+(?P<name>{_FULL}){_END}", re.MULTILINE)


def welcomed_guests(text: str) -> Iterator[tuple[int, str, str]]:
    """(start, name as written without titles, "") of each guest welcomed by full name."""
    for pattern in (NAME_FIRST, WELCOME_FIRST):
        for m in pattern.finditer(text):
            written = m.group("name")
            name = strip_titles(written)
            if len(name.split()) >= 2:
                yield m.start("name") + written.index(name), name, ""


__all__ = ["welcomed_guests"]
