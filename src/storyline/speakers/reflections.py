"""The interviewer's reflection on an answer, put to the guest and confirmed by them.

"So what I find so interesting about that is ... And so your mind came up with ... You've just
made it a little easier." "Exactly.": a sentence that weighs what was just said (a reaction,
:func:`storyline.speakers.units.reaction`) opens the interviewer's turn, and a lone reply
("Exactly.", "Yes.") to a statement a few sentences later closes it. In between no question and
no reply marks another change, so one voice says the whole stretch, however much of it is in
the first person ("when I'm sitting on my couch ..."): the switch comes at the reaction, not at
the last sentence before the reply.
"""

from __future__ import annotations

from storyline.speakers.units import Unit, backchannel, reaction, reply

# The reaction opens the reflection at most this many sentences before the statement the guest
# confirms. Set on dev, where the reflection that moved was four sentences long (3 finds none of
# it: named 0.868; 4: 0.876); at 5 and more a reaction five sentences up took the guest's story
# before it along to the host (0.871).
REACH = 4


def reflections(units: list[Unit], clips: set[int]) -> list[tuple[int, int]]:
    """(first, last) units of each reflection: the reaction and the statement a lone reply confirms."""
    found = []
    for r in range(2, len(units)):
        last = r - 1
        if not reply(units[r]) or backchannel(units[r]) or units[last].question or reply(units[last]):
            continue
        if last in clips or r in clips:
            continue
        for k in range(last - 1, max(-1, last - 1 - REACH), -1):
            if k in clips or units[k].question or reply(units[k]):
                break
            if reaction(units[k]):
                found.append((k, last))
                break
    return found


__all__ = ["REACH", "reflections"]
