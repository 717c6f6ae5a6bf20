"""Played clips in an unlabelled transcript: named before ("As NAME put it,", "Here's NAME")
or after ("That's NAME speaking") the audio, which runs a few sentences at most."""

from __future__ import annotations

import re

from storyline.speakers.address import addresses, mentions, vocative
from storyline.speakers.lexicon import phrase_pattern
from storyline.speakers.names import name_key, similar_words, strip_titles, tidy_name
from storyline.speakers.roster import Roster
from storyline.speakers.units import FIRST_ANY, SECOND, Unit, host_cue
from storyline.speakers.written import _WORD, NAME

MAX_CLIP_UNITS = 6  # a played clip in news audio runs a few sentences at most


def speech_verb(text: str) -> bool:
    lowered = text.lower()
    return phrase_pattern("speech_verbs").search(lowered) is not None


_AFTER = re.compile(
    rf"^(?:[Aa]nd\s+)?(?:[Tt]hat's|[Tt]hat was|[Tt]hat is|[Tt]hat\u2019s)\s+"
    rf"(?:the\s+(?:[a-z]+\s+){{1,3}})?"  # "That was the union leader NAME ..."
    rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,5}})"
    r"(?=\s*(?:[,.!?;]|$|\b(?:speaking|talking|testifying|at|in|on|from|during|with|there|again)\b))"
)
# "Here's Governor Jeff Landry speaking ...", "Here's NPR's Jane Doe.": the named voice comes next
HERES = re.compile(rf"^(?:[Aa]nd\s+|[Ss]o\s+)?[Hh]ere(?:'s| is)\s+(?:{_WORD}['\u2019]s\s+)?[A-Z]")
_PLAY = re.compile(r"\b(?:take a listen|have a listen|let's listen|listen to this|let me (?:just )?play)\b", re.I)
_LISTEN = re.compile(
    r"\b(?:take a listen|have a listen|let's listen|listen to this|let me (?:just )?play|here's (?:what|how)|"
    r"(?:said|put|described|explained|summed) it (?:up )?(?:this way|like this))\b"
    # a character named with the show or film the next audio is taken from
    r"|\bfrom the (?:tv |television |hit )?(?:series|show|sitcom|movie|film)\b",
    re.I,
)


def _clip_name(roster: Roster, persons: list[tuple[int, int, str]], unit: Unit) -> str | None:
    """The person named in ``unit`` as the speaker of the audio next to it (last name in the unit)."""
    named = [n for s, e, n in persons if s >= unit.start and e <= unit.end]
    if named and len(named[-1].split()) == 1:  # "Jeff" tagged alone in "Governor Jeff Landry"
        fuller = [strip_titles(tidy_name(x)) for x in re.findall(NAME, unit.text)]
        named += [
            f
            for f in fuller
            if named[-1] in f.split()[1:] + f.split()[:1] and not set(name_key(f).split()) & roster.not_people
        ][-1:]
    if not named:
        m = re.findall(NAME, unit.text)
        named = [strip_titles(tidy_name(x)) for x in m if len(x.split()) >= 2]
    if not named:
        return None
    return complete_name(named[-1], roster, persons)


def _heard_person(roster: Roster, name: str) -> bool:
    """A clip's speaker as named before it: tagged a person, or a tagged first name with a surname
    the tagger missed ("Governor Jeff Landry"), and no word of it a place or firm."""
    words = name_key(name).split()
    if not words or set(words) & roster.not_people or name_key(name) in roster.not_people:
        return False
    return roster.is_person(name) or (len(words) >= 2 and words[0] in roster.person_words)


def _clip_continues(unit: Unit, roster: Roster, name: str) -> bool:
    """A unit after a clip's first sentence that is still the clip: spoken to or by someone, or short."""
    person = roster.find(name)
    if person is not None and mentions(unit, person):
        return False
    if host_cue(unit) or vocative(unit, roster) or any(addresses(unit, p) for p in roster.people):
        return False
    return bool(FIRST_ANY.search(unit.text) or SECOND.search(unit.text)) or unit.words <= 4


# "That was NAME in 1998.", "... a few hours later.", "... at the time.": the audio is from another
# time, so its voice is archival, not someone in the conversation
_DATED = re.compile(
    r"\b(?:in (?:the )?(?:1[89]|20)\d\d|(?:\w+ )?(?:hours?|days?|weeks?|months?|years?|decades?) "
    r"(?:later|earlier|before|after|ago)|at the time|back then)\b",
    re.I,
)
# A sentence that says audio is about to play ("Let's begin with a sound many people remember.",
# "There's one more piece of tape I want to play."), and one that dates it right after ("This is from
# a year after the flood.").
_PRESENTS = re.compile(r"\b(?:a sound|tape|clip|recording|audio|listen|hear|play)\b", re.I)
_DATES = re.compile(r"^(?:[Tt]his|[Tt]hat|[Ii]t)(?: is|'s| was) from\b")


def _audio_lead_in(units: list[Unit], i: int, cues: set[int]) -> int | None:
    """The unit, a few before the after-cue ``i``, that presents the audio played before ``i``, if
    any; the clip is what lies between them (a sentence dating it belongs to the presenter)."""
    for k in range(i - 2, max(-1, i - MAX_CLIP_UNITS - 2), -1):
        if k in cues or _AFTER.match(units[k].text):
            return None
        if _PRESENTS.search(units[k].text) and not units[k].question:
            while k + 2 < i and _DATES.match(units[k + 1].text):
                k += 1
            return k
    return None


def complete_name(name: str, roster: Roster, persons: list[tuple[int, int, str]]) -> str:
    """A short name ("Putin", "Breyer") as the fullest form the episode uses for that person."""
    known = roster.find(name)
    if known is not None:
        return known.name
    if len(name.split()) >= 2:
        return name
    fuller = [n for _, _, n in persons if len(n.split()) >= 2 and any(similar_words(name, w) for w in n.split())]
    return max(fuller, key=fuller.count) if fuller else name


def find_clips(
    units: list[Unit], roster: Roster, persons: list[tuple[int, int, str]]
) -> tuple[dict[int, tuple[str, float]], set[int]]:
    """Clips named before ("As NAME put it,") or after ("That's NAME speaking") their audio.

    Returns the clip units with the clip's speaker and a confidence, and the units that name the
    clip (the host's).
    """
    clips: dict[int, tuple[str, float]] = {}
    cues: set[int] = set()
    guest_keys = {name_key(g.name) for g in roster.guests()}
    for i, unit in enumerate(units):
        after = _AFTER.match(unit.text)
        if after and i > 0:
            name = complete_name(strip_titles(tidy_name(after.group("name"))), roster, persons)
            found = roster.find(name)
            if (
                not roster.is_person(name)
                or name_key(name) in guest_keys
                or (found is not None and found.role == "host")
            ):
                continue
            cues.add(i)
            voice = roster.add(name, "clip", unit.start)
            if voice.role == "clip" and _DATED.search(unit.text[after.end() :]):
                voice.archival = True
            lead_in = _audio_lead_in(units, i, cues)
            if lead_in is not None:  # "Let's begin with a sound ..." <the clip> "That was NAME in 1998."
                for k in range(lead_in + 1, i):
                    clips[k] = (name, 0.75)
                continue
            k = i - 1
            while k >= 0 and i - k <= MAX_CLIP_UNITS:
                clips[k] = (name, 0.75)
                if k - 1 < 0 or not FIRST_ANY.search(units[k - 1].text) or (k - 1) in cues:
                    break
                k -= 1
            continue
        stripped = unit.text.rstrip()
        before = stripped.endswith((",", ":")) and speech_verb(stripped)
        listen = bool(_LISTEN.search(stripped) or HERES.match(stripped))
        if (before or listen) and i + 1 < len(units) and i not in clips:
            named = _clip_name(roster, persons, unit)
            if named is None and _PLAY.search(stripped):  # "Take a listen.": the name came just before
                for back in range(i - 1, max(-1, i - 3), -1):
                    named = _clip_name(roster, persons, units[back])
                    if named:
                        break
            if named is None or any(similar_words(named, h.name) for h in roster.hosts()):
                continue
            if not _heard_person(roster, named) or name_key(named) in guest_keys:
                continue
            name = named
            roster.add(name, "clip", unit.start)
            cues.add(i)
            k = i + 1
            while k + 1 < len(units) and _LISTEN.search(units[k].text):  # "... what he says. Take a listen."
                cues.add(k)
                k += 1
            clips[k] = (name, 0.7)
            while k + 1 < len(units) and k - i < MAX_CLIP_UNITS and _clip_continues(units[k + 1], roster, name):
                k += 1
                clips[k] = (name, 0.6)
    return clips, cues


def leads_into_clip(units: list[Unit], i: int, clips: set[int]) -> bool:
    """Unit ``i`` tells, in the third person, what someone said, and the next unit is played tape:
    the presenter's lead-in ("On Monday, the president promised help." <the clip>)."""
    return (
        i not in clips
        and i + 1 in clips
        and speech_verb(units[i].text)
        and not FIRST_ANY.search(units[i].text)
        and not units[i].question
    )


__all__ = ["HERES", "MAX_CLIP_UNITS", "complete_name", "find_clips", "leads_into_clip", "speech_verb"]
