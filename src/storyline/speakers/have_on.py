"""Guests put on the air with "we have": "And we have Ana Lind on the line from the stadium.",
"We've got Ana Lind with us from Kyiv."

Live shows bring in a reporter or a caller this way, with no "joined by"; the name (a full name,
so a team or a place said after "we have" is not taken) is a guest of the episode.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from storyline.speakers.written import _WORD

# "we have", "we've got", "I have", then a full name and where the voice is with respect to the show
HAVE_ON = re.compile(
    rf"\b(?i:we have|we've got|we now have|I have|I've got)\s+(?P<name>{_WORD}(?:\s+{_WORD}){{1,2}})\s+"
    r"(?i:on the line|on the phone|with us|with me|joining us|joining me|in the studio|live)\b"
)


def guests_on_the_air(text: str) -> Iterator[tuple[int, str, str]]:
    """(start, name as written, "") of each guest put on the air with "we have NAME on the line"."""
    for m in HAVE_ON.finditer(text):
        yield m.start("name"), m.group("name"), ""


__all__ = ["guests_on_the_air"]
