"""Sentences whose opening ties them to the speaker's own sentence before.

"The habit is not the easiest thing to do." / "Instead, it's what you usually do." -- a
connective such as "instead", "again" or "then" at the head of a statement carries on the line
of thought just put, so the voice that said the sentence before says this one too. A question
so opened ("Then what happened?") asks the other voice and is no such sentence, nor is one that
follows a question (the answer may open with "Then I left.").
"""

from __future__ import annotations

import functools
import re

from storyline.speakers.lexicon import alternation
from storyline.speakers.units import Unit


@functools.cache
def _opening() -> re.Pattern[str]:
    return re.compile(r"^\W*(?:" + alternation("continuing_connectives") + r")\b(?!')", re.IGNORECASE)


def carries_on(unit: Unit, previous: Unit) -> bool:
    """``unit`` opens with a connective that goes on with ``previous``, said by the same voice."""
    return not unit.question and not previous.question and _opening().match(unit.text) is not None


__all__ = ["carries_on"]
