"""Where the speaker may change, and the host/guest decoding over the per-unit cue scores.

A switch of speaker costs (log-odds), less where the floor usually changes hands: after a
question, before the host's next question, before a lone reply, where the host takes the floor
back from a guest just asked; more where one voice surely goes on (a sentence cut in two, the
one who said "Yes." to a statement). A two-state Viterbi decoding then puts each unit with the
host or the guest, so a lone ambiguous sentence follows its neighbours.
"""

from __future__ import annotations

import itertools

from storyline.speakers.address import about_guest
from storyline.speakers.cohesion import carries_on
from storyline.speakers.roster import Person
from storyline.speakers.units import (
    Unit,
    answer_opener,
    continues_sentence,
    host_cue,
    line_mode,
    reply,
    thanks_returned,
)

# After a question or a hand-over the guest holds the floor for a while (8 to 12 sentences alike
# on dev; see HOST_PRIOR in :mod:`storyline.speakers.attribute`).
FLOOR_UNITS = 10

SWITCH_COST = 1.0  # log-odds: one clear cue (a "you" question, an answer opener) outweighs it
# A lone "Yes." after a statement, or "Thank you." after thanks, answers someone else: a switch
# there is favoured.
REPLY_COST = 0.8
# After a lone "Yes." to a statement put to "you", the one who said it goes on (see REPLY_LEAN in
# :mod:`storyline.speakers.attribute`): a switch right after it costs more.
REPLIER_GOES_ON = 2.0
TURNING_COST = 0.8  # where the floor usually changes hands a switch is cheaper (0.5 to 1.0 tried on dev)
START_GUEST = -2.0  # episodes open with the host
# The host takes the floor back by asking: a switch before a question costs less still. Tried on
# dev: 0.6 keeps answers' last sentences with the guest; 0.8 and above do not; 0.5 breaks a lead-in.
QUESTION_COST = 0.6
# The host also takes the floor back with a sentence that weighs the answer or speaks of the guest
# ("So one implication of this is ...", "Wendy added a twist to the study."): while the guest holds
# the floor (asked within FLOOR_UNITS), a switch back to the host costs there what it costs before
# a question, so the answer's last plain sentences stay the guest's. One way only: nobody starts
# an answer that way. On dev 10 or 20 units alike; at any distance from the question, the guest's
# tape in a produced show took in the host's narration about them.
TAKING_BACK_COST = QUESTION_COST
# A caption line holds one voice's segment unless a question, an answer opener or a reply marks
# the change inside it ("He said taxes went up. But nothing ... changed."): a switch mid-line
# without such a cue costs more.
SAME_LINE_COST = 1.5
# ASR cut one sentence in two ("... bad ones." / "If we only stop to ..."): one voice says both.
SENTENCE_GOES_ON = 3.0
# A statement opening with "Instead," or "Again," carries on the speaker's own sentence before
# (:mod:`storyline.speakers.cohesion`): a switch there costs two clear cues, less than a
# sentence cut in two, as a connective is a softer tie than a clause without its main clause.
CARRIES_ON = 2.0


def decode(scores: list[float], costs: tuple[list[float], list[float]]) -> list[bool]:
    """True where the unit is the guest's: Viterbi over host/guest with a switch cost.

    ``costs``: the cost of a switch before each unit, and of a switch from the guest back to
    the host (:func:`switch_costs`).
    """
    if not scores:
        return []
    either, back_costs = costs
    host, guest = -scores[0] / 2, scores[0] / 2 + START_GUEST
    back: list[tuple[bool, bool]] = []
    for s, cost, back_cost in zip(scores[1:], either[1:], back_costs[1:], strict=True):
        from_h_to_g = host - cost
        from_g_to_h = guest - back_cost
        new_host = max(host, from_g_to_h) - s / 2
        new_guest = max(guest, from_h_to_g) + s / 2
        # (host came from guest, guest came from guest); ties: switch as late as possible
        back.append((host <= from_g_to_h, guest > from_h_to_g))
        host, guest = new_host, new_guest
    state = guest > host
    path = [state]
    for host_from_guest, guest_from_guest in reversed(back):
        state = guest_from_guest if state else host_from_guest
        path.append(state)
    return list(reversed(path))


def _switch_cost(
    units: list[Unit], i: int, asking: set[int], answered: set[int], same_line: set[int], held: set[int]
) -> float:
    """What a change of speaker before unit ``i`` costs (log-odds)."""
    unit = units[i]
    if i == 0:
        return SWITCH_COST
    if i in held:
        return SENTENCE_GOES_ON
    previous = units[i - 1]
    if continues_sentence(unit) and not previous.question:
        return SENTENCE_GOES_ON
    if carries_on(unit, previous):
        return CARRIES_ON
    if (reply(unit) and not reply(previous) and not previous.question) or thanks_returned(unit, previous):
        return REPLY_COST
    if answer_opener(unit) or previous.question:
        return TURNING_COST
    if i in asking:
        return QUESTION_COST
    if i - 1 in answered:
        return REPLIER_GOES_ON
    if i in same_line:
        return SAME_LINE_COST
    return SWITCH_COST


def same_line_units(units: list[Unit], text: str) -> set[int]:
    """Units that go on the caption line of the unit before them; none in wrapped prose, whose
    line breaks say nothing of who speaks."""
    if not line_mode(text):
        return set()
    return {k for k in range(1, len(units)) if "\n" not in text[units[k - 1].end : units[k].start]}


def _taking_back(units: list[Unit], asks: list[int], guests: list[Person], clips: set[int]) -> set[int]:
    """Where the host takes the floor back from the guest just asked: the first unit after the
    question or prompt (and within FLOOR_UNITS) that weighs the answer, sums it up ("In other
    words, ...") or names the guest in the third person."""
    out = set()
    for ask, following in itertools.zip_longest(asks, asks[1:], fillvalue=len(units)):
        for i in range(ask + 1, min(following, ask + FLOOR_UNITS + 1)):
            if i not in clips and (host_cue(units[i]) or about_guest(units[i], guests)):
                out.add(i)
                break
    return out


def switch_costs(
    units: list[Unit],
    asks: list[int],
    answered: set[int],
    guests: list[Person],
    clips: set[int],
    same_line: set[int] | None = None,
    reflected: list[tuple[int, int]] | None = None,
) -> tuple[list[float], list[float]]:
    """The cost of a switch before each unit, and of a switch from the guest back to the host
    (lower where the host takes the floor back). ``asks``: units that put a question or a
    prompt to the guest, in order; ``answered``: units that reply to a statement put to "you";
    ``same_line``: units on the same line of the transcript as the unit before them;
    ``reflected``: (first, last) units of the interviewer's reflections on an answer
    (:mod:`storyline.speakers.reflections`), which one voice says from the first on."""
    asking = {i for i in asks if units[i].question}
    held = {i for first, last in reflected or [] for i in range(first + 1, last + 1)}
    costs = [_switch_cost(units, i, asking, answered, same_line or set(), held) for i in range(len(units))]
    back = _taking_back(units, asks, guests, clips) | {first for first, _ in reflected or []}
    return costs, [min(c, TAKING_BACK_COST) if i in back else c for i, c in enumerate(costs)]


__all__ = ["FLOOR_UNITS", "decode", "same_line_units", "switch_costs"]
