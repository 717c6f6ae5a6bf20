"""Who says each unit of an unlabelled transcript.

Passes: (1) host or guest for every unit, by a two-state Viterbi decoding over the per-unit
cue scores (a switch of speaker costs, less where the floor usually changes hands: after a
question, before the host's next question, before a lone reply; so a lone ambiguous sentence
follows its neighbours; :mod:`storyline.speakers.floor`); (2) which guest, from the address or
the mention in the host's lead-in, else the panel's turn-taking, and which co-host, from who
speaks to whom (:mod:`storyline.speakers.cohosts`); (3) reporters' pieces
(:mod:`storyline.speakers.packages`, with the tape inside them, :mod:`storyline.speakers.piece_tape`)
and clips named just before or after (:mod:`storyline.speakers.clips`) take over the units they cover.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from storyline.speakers.address import about_guest, addresses, mentions, name_words, vocative
from storyline.speakers.callers import caller_messages
from storyline.speakers.clips import HERES, find_clips, leads_into_clip
from storyline.speakers.cohosts import hosts_speaking, other_host
from storyline.speakers.cold_open import cold_open
from storyline.speakers.floor import FLOOR_UNITS, decode, same_line_units, switch_costs
from storyline.speakers.hearings import hearing_clips
from storyline.speakers.names import name_key
from storyline.speakers.packages import find_packages, narrated_pieces
from storyline.speakers.panel import PANEL_MENTION, is_panel, panel_talk
from storyline.speakers.piece_tape import piece_tape
from storyline.speakers.reflections import reflections
from storyline.speakers.roster import Person, Roster
from storyline.speakers.signins import closes_before_sign_in, names_oneself
from storyline.speakers.tape import spoken_of_after_own_words, uncued_tape
from storyline.speakers.units import (
    FIRST_ANY,
    FIRST_SINGULAR,
    SECOND,
    Unit,
    answers_thanks,
    backchannel,
    guest_lean,
    prompt,
    reply,
    thanks_returned,
)

# The statement a lone reply answers is the other voice's, nearly as surely as a question is.
STATED_QUESTION = 3.0
# A statement put to the other voice ("You've made it easier.") and answered by a lone "Yes." is a
# question in all but its mark: the one who says "Yes." takes the floor and goes on ("Yes." "One of
# our first studies ..."), so the reply leans to them and a switch right after it costs more. On
# dev 1.0 for either moved nothing; 2.0 for both gave the guest her answer after "Yes." (and the
# co-host of a two-host chat the "Yeah." after a statement and what they add to it).
REPLY_LEAN = 2.0
# Without a question a sentence leans a little to the host (narration is the host's); after a
# question or a hand-over the guest holds the floor for a while. Values from the dev episodes:
# 8 to 12 sentences of held floor and a 0.2 lean score alike; 0.3 or 25 sentences lose answers.
HOST_PRIOR = 0.2
TAPE_CUE = 2.5  # the sentence after "NAME says ..." leans to NAME as much as an answer after a question
SAYS_NOW = re.compile(r"\b(?:says|tells (?:us|me)|explains|recalls|remembers|argues)\b")
ASKED_PRIOR = 0.05
# A cold open's tape before the show's frame (:mod:`storyline.speakers.cold_open`) is someone
# else's: as strong as the episode's opening lean to the host (START_GUEST) and a cue beside it.
COLD_OPEN = 4.0
# Between two questions put to the guest no more than EXCHANGE_UNITS sentences apart, the guest
# holds the floor except for the host's lead-in to the next question (LEAD_IN_UNITS sentences),
# so an answer's last sentences stay the guest's. Tried on dev: 15 to 20 apart, a lead-in of 2
# and a lean of 0.2 alike; 25 apart or a lean of 0.3 lets narration between clips go to the guest.
EXCHANGE_UNITS = 15
LEAD_IN_UNITS = 2
EXCHANGE_LEAN = 0.2
# A question that names the guest in the third person is put to the listener: no answer follows.
RHETORICAL = 1.0
# A sentence that names a played clip's speaker in full ("Ryan Park's answer was ...") is narration
# about the clip, as one naming the guest is; weaker, and only by the full name, as a guest speaks
# of the newsmakers heard in the show too, by surname ("under Putin, the relationship ...").
CLIP_NAMED = 1.5
# A sentence that names the host between commas is said to the host (a reporter's greeting, thanks).
HOST_ADDRESSED = 3.0
# A question that names the guest ("Tomas, how high is the water?") is answered by them.
ANSWER_BONUS = 1.0
# Any other question put to the other voice (not about the guest, not to oneself) is answered next.
ANSWER_AFTER = 1.0
# "And he does it." right after the guest's own words in the first person: the guest does not
# call themself "he", so this is the host's narration again (:func:`spoken_of_after_own_words`).
# One clear cue's weight; on dev 0.5 to 2.0 alike.
SPOKEN_OF = 1.0


# "On Monday, the president promised help." right before the played clip: the one who plays it
# leads into it. One clear cue's weight (as SPOKEN_OF).
CLIP_LEAD_IN = 1.0


# "That's a huge jump. Did he give you a reason?": a few words weighing what was just said, right
# before a question put to "you", open the asker's turn. One clear cue's weight.
REACTION_BEFORE_QUESTION = 1.0
BRIEF_REACTION = re.compile(r"^\W*(?:that's|that is|wow|oh|gosh|goodness|ouch)\b", re.I)
BRIEF_WORDS = 6  # a reaction, not a statement of one's own ("That's when I decided to ...")


# A reaction that opens a reflection the guest then confirms ("What I find so interesting about
# that is ..." ... "Exactly.") is the interviewer's: the weight of two clear cues, the reaction and
# the confirmation, so a first-person aside inside it ("I mean, I kill every plant ...") does not
# take the stretch back to the guest (on dev 1.0 to 2.0 alike; 0.5 left it with the guest).
REFLECTION_OPENS = 2.0


# A guest who says "I'm NAME" of themself speaks; the weight of the host's naming of a guest, turned.
SELF_NAMED = 3.0


def _names_self(unit: Unit, person: Person) -> bool:
    """The unit says "I'm NAME" with the person's first name."""
    firsts = {w for w in (person.first, *(v.split()[0] for v in person.variants if v)) if len(w) >= 3}
    return any(re.search(rf"\bI(?:'m|\u2019m| am)\s+{re.escape(f)}\b", unit.text) for f in firsts)


def _brief_reaction(unit: Unit) -> bool:
    return not unit.question and unit.words <= BRIEF_WORDS and BRIEF_REACTION.match(unit.text) is not None


@dataclass(frozen=True, slots=True)
class Voice:
    name: str | None
    role: str
    confidence: float


def signs_in_as_host(unit: Unit, roster: Roster) -> bool:
    """The unit says "I'm NAME" or "this is NAME" of one of the show's hosts."""
    return any(mentions(unit, h) for h in roster.hosts()) and names_oneself(unit.text)


def _asks(unit: Unit, guests: list[Person]) -> bool:
    """The unit puts a question to the other voice: not a speaker's question to themself
    ("... I think, what is there to shoot?") nor one about the guest ("So remember how Rick ...?")."""
    if prompt(unit):
        return True
    if not unit.question:
        return False
    if FIRST_SINGULAR.search(unit.text) and not SECOND.search(unit.text):
        return False
    return not about_guest(unit, guests)


def _full_name_said(unit: Unit, person: Person) -> bool:
    """The unit says the person's first name and surname together."""
    words = person.name.split()
    return len(words) >= 2 and re.search(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", unit.text) is not None


THIRD_PERSON = re.compile(r"\b(?:he|she|his|her|him|he's|she's)\b", re.I)


def _speaks_of_someone(unit: Unit) -> bool:
    """The unit tells of "him" or "her" and not of "I" or "we": narration, not a guest's own tape."""
    return THIRD_PERSON.search(unit.text) is not None and FIRST_ANY.search(unit.text) is None


def attribute(units: list[Unit], roster: Roster, persons: list[tuple[int, int, str]], text: str) -> list[Voice]:
    hosts = [h for h in roster.hosts() if not h.newsroom]  # the show's own; journalists narrate pieces
    guests = roster.guests()
    named_clips, cues = find_clips(units, roster, persons)
    clips: dict[int, tuple[str | None, float]] = dict(named_clips)
    clips.update(hearing_clips(units, roster, persons, set(clips) | cues))
    clips.update(caller_messages(units, roster, set(clips) | cues))
    scores = []
    last_prompt: int | None = None
    tape_cues: set[int] = set()
    # questions to the guest; one to a co-host by name ("Carla, what are you watching?") is not
    asks = [
        i
        for i, u in enumerate(units)
        if i not in clips and _asks(u, guests) and not any(addresses(u, h) for h in hosts)
    ]
    asking = {i for i in asks if units[i].question}
    clip_voices = [p for p in roster.people if p.role == "clip"]
    told = uncued_tape(units, guests, persons, set(clips) | cues)
    panel = is_panel(units, guests)
    for i, unit in enumerate(units):
        if i in clips:
            scores.append(0.0)
            continue
        floor_given = last_prompt is not None and i - last_prompt <= FLOOR_UNITS
        score = guest_lean(unit, units[i - 1] if i else None) - (ASKED_PRIOR if floor_given else HOST_PRIOR)
        before, after = bisect.bisect_left(asks, i) - 1, bisect.bisect_right(asks, i)  # the questions around i
        exchange = before >= 0 and after < len(asks) and asks[after] - asks[before] <= EXCHANGE_UNITS
        if exchange and asks[after] - i > LEAD_IN_UNITS:
            score += EXCHANGE_LEAN
        # after "NAME says ...", or an "I" recounting right after the host described the guest
        if (i and i - 1 in tape_cues and not _speaks_of_someone(unit)) or i in told:
            score += TAPE_CUE
        if unit.question or prompt(unit) or any(addresses(unit, g) for g in guests):
            last_prompt = i
        if (SAYS_NOW.search(unit.text) or HERES.match(unit.text)) and any(mentions(unit, g) for g in guests):
            tape_cues.add(i)  # "Wendy says you can ...": in produced audio the guest's tape follows
            last_prompt = i
        if any(_names_self(unit, g) for g in guests):
            score += SELF_NAMED  # "Well, I'm Ana Ruiz, a reporter ...": the guest says who they are
        elif any(addresses(unit, g) for g in guests) or vocative(unit, roster):
            score -= 3.0
        elif any(mentions(unit, g) for g in guests):
            score -= PANEL_MENTION if panel and panel_talk(unit) else 3.5
        elif any(_full_name_said(unit, p) for p in clip_voices):
            score -= CLIP_NAMED  # "Breyer's answer was ...": the host tells of a played voice
        if spoken_of_after_own_words(units, i, guests, persons):
            score -= SPOKEN_OF
        if leads_into_clip(units, i, set(clips)):
            score -= CLIP_LEAD_IN
        if i + 1 < len(units) and _brief_reaction(unit) and units[i + 1].question and SECOND.search(units[i + 1].text):
            score -= REACTION_BEFORE_QUESTION
        signing_off = i + 1 < len(units) and closes_before_sign_in(unit.text, units[i + 1].text)
        if i in cues or signing_off or signs_in_as_host(unit, roster):
            score -= 5.0
        elif any(addresses(unit, h) for h in hosts) and (
            len(hosts) == 1 or (i > 0 and any(addresses(units[i - 1], g) for g in guests))
        ):
            score += HOST_ADDRESSED  # "Good morning, Steve.", "Thank you, Steve.": someone speaks to the host
        scores.append(score)
    answered: set[int] = set()
    for i in range(1, len(units)):
        previous = units[i - 1]
        if previous.question and reply(units[i]) and not backchannel(units[i]) and i not in clips:
            answered.add(i)  # "... talking to the union?" "Not yet." "The union says ...": the replier goes on
        if i - 1 in clips or previous.question or reply(previous):
            continue
        if backchannel(units[i]):
            scores[i] -= STATED_QUESTION  # "Mm hmm.": the interviewer listening to the guest
            continue
        if answers_thanks(units[i]) or thanks_returned(units[i], previous):
            # "Priya, thanks." "You're welcome.": the one thanked answers, and the turn ends there;
            # "Ana and Marcus, thank you both." "Thank you.": so does a thanks said back
            scores[i] += REPLY_LEAN if scores[i - 1] < 0 else -REPLY_LEAN
            continue
        if reply(units[i]):
            scores[i - 1] -= STATED_QUESTION  # "..., that's the idea." "Yes.": the host's statement, answered
            # said to "you" ("You've made it easier." "Yes."), or itself to "you" ("You're right."): the replier
            if SECOND.search(previous.text) or SECOND.search(units[i].text):
                scores[i] += REPLY_LEAN
                answered.add(i)
    for i in range(1, len(units)):
        previous = units[i - 1]
        answering = previous.question and not (units[i].question or prompt(units[i])) and i not in clips
        if answering and any(addresses(previous, g) for g in guests):
            scores[i] += ANSWER_BONUS
        elif answering and i - 1 in asking:
            scores[i] += ANSWER_AFTER
        if previous.question and i not in clips and i - 1 not in clips and about_guest(previous, guests):
            scores[i] -= RHETORICAL  # "So remember how Rick's lawyer ...?": asked of the listener, not of him
    for i in cold_open(units, roster):
        scores[i] += COLD_OPEN
    reflected = reflections(units, set(clips))
    for first, _ in reflected:
        scores[first] -= REFLECTION_OPENS
    costs = switch_costs(units, asks, answered, guests, set(clips), same_line_units(units, text), reflected)
    is_guest = decode(scores, costs)
    voices: list[Voice] = []
    speaking = [
        piece or host
        for piece, host in zip(
            narrated_pieces(units, roster), hosts_speaking(units, hosts, is_guest, text), strict=True
        )
    ]
    # No guest introduced: the other voice is a guest if it ever answers a question (an interview),
    # else unknown; one label for all its stretches, as it is one voice.
    interviewed = any(g and i > 0 and not is_guest[i - 1] and units[i - 1].question for i, g in enumerate(is_guest))
    asked_host: str | None = None  # a stretch that answers a co-host spoken to by name is theirs
    last_host: str | None = None  # who said the last sentence the decoding gave the hosts
    for i, (unit, g) in enumerate(zip(units, is_guest, strict=True)):
        if g and (i == 0 or not is_guest[i - 1]):
            spoken_to = [h for h in hosts if i > 0 and addresses(units[i - 1], h)] if len(hosts) >= 2 else []
            asked_host = spoken_to[0].name if len(spoken_to) == 1 else None
        own = next((h for h in roster.hosts() if mentions(unit, h) and names_oneself(unit.text)), None)
        if own is not None:
            voices.append(Voice(own.name, "host", 0.95))
        elif g and asked_host is not None:
            voices.append(Voice(asked_host, "host", 0.6))
        elif g and not guests and len(hosts) == 2:
            voices.append(Voice(other_host(unit, hosts, last_host), "host", 0.5))
        elif g and (guests or interviewed):
            voices.append(Voice(None, "guest", 0.5 if guests else 0.4))
        elif g:  # another voice, but no guest was introduced and none is asked: say so rather than guess
            voices.append(Voice(None, "unknown", 0.3))
        else:
            voices.append(Voice(speaking[i], "host", 0.7 if len(hosts) < 2 else 0.6))
        last_host = voices[-1].name if not g else last_host
    _choose_guests(units, voices, [p for p in roster.people if p.role != "host"], set(clips))
    pieces = find_packages(units, roster)
    for i, name in pieces.items():
        voices[i] = Voice(name, "guest", 0.8)
    clips.update({i: c for i, c in piece_tape(units, pieces, roster, persons, text).items() if i not in clips})
    for i, (clip_name, confidence) in clips.items():
        voices[i] = Voice(clip_name, "clip", confidence)
    return voices


def _first_named_at(unit: Unit, person: Person) -> int:
    """Where ``unit`` first says a word of ``person``'s name (its length when it never does)."""
    words = name_words(person)
    return next(
        (m.start() for m in re.finditer(r"[\w'\u2019\-]+", unit.text) if name_key(m.group()) in words),
        len(unit.text),
    )


THANKS = re.compile(r"\b(?:thanks|thank you)\b", re.I)


def thanks(unit: Unit) -> bool:
    """The unit thanks someone at the end of their turn, not for coming on (a hand-over)."""
    return THANKS.search(unit.text) is not None and not prompt(unit)


def _choose_guests(units: list[Unit], voices: list[Voice], guests: list[Person], clips: set[int]) -> None:
    """Name each guest stretch after the guest the host addressed or named just before it.

    The lead-in is what the host said since anyone else last spoke: a played clip ends it, so
    the clip's own cue ("Here's the governor at the rally.") names no one who answers after it.
    """
    last_answer: Person | None = None
    i = 0
    while i < len(units):
        if voices[i].role != "guest":
            i += 1
            continue
        j = i
        while j < len(units) and voices[j].role == "guest":
            j += 1
        lead: list[Unit] = []
        k = i - 1
        while k >= 0 and voices[k].role != "guest" and k not in clips and len(lead) < 12:
            lead.append(units[k])
            k -= 1
        chosen: Person | None = None
        confidence = 0.5
        # the guest addressed in the lead-in, else the nearest named guest, else a named clip voice
        main = [g for g in guests if g.role == "guest"]
        others = [g for g in guests if g.role != "guest" and not g.archival]  # archival audio answers no one
        for test, among, level in ((addresses, main, 0.85), (mentions, main, 0.7), (mentions, others, 0.6)):
            for unit in lead:  # nearest first
                if test is addresses and thanks(unit):
                    continue  # "Thanks for calling, Denise.": said to the one whose turn ends
                found = [g for g in among if test(unit, g)]
                if len(found) > 1 and thanks(unit):
                    # "Ana Ruiz and Ben Cho, thank you both." "Thank you.": the first thanked answers first
                    found = sorted(found, key=lambda g: -_first_named_at(unit, g))
                if found:
                    chosen, confidence = found[-1], level
                    break
            if chosen is not None:
                break
        if chosen is None and last_answer is not None:
            panel = [g for g in guests if last_answer.group is not None and g.group == last_answer.group]
            others = [g for g in panel if g is not last_answer]
            chosen = others[0] if others else last_answer
            confidence = 0.55 if others else 0.6
        if chosen is None and guests:  # an introduced guest before a played voice, who answers no one
            chosen = min(main or guests, key=lambda g: g.first_seen)
            confidence = 0.4
        for n in range(i, j):
            voices[n] = Voice(chosen.name if chosen else None, "guest", confidence)
        last_answer = chosen or last_answer
        i = j


__all__ = ["Voice", "attribute"]
