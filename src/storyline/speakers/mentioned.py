"""Guests named in passing: correspondents handed the floor or credited, people described or said to say.

After the sign-ins and introductions, a correspondent credited by outlet ("That's NPR's Jane
Doe.") or handed the floor ("Jane Doe joins us now from Kyiv.") is a guest; a full name with an
interviewee's role ("NAME is a professor of ...") is one too, and "NAME says" names a guest when
none is known yet, or when the named person's own words follow. A mention of someone already on
the roster is one more spelling of them, for :mod:`~storyline.speakers.spellings` to weigh.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from storyline.speakers.guests import guest_role
from storyline.speakers.names import name_key
from storyline.speakers.people import Person, Roster, clean_name
from storyline.speakers.written import NAME

if TYPE_CHECKING:
    from spacy.tokens import Doc

IS_ROLE = re.compile(rf"(?P<name>{NAME})(?:\s+(?P<verb>is)|,)\s+(?:(?:a|an|the)\s+)?(?P<desc>[^.?!\n]{{3,120}})")
APPOSITIVE = re.compile(rf"(?P<name>{NAME}),\s+(?:a|an|the|who|one of)\s+(?P<desc>[^.?!\n]{{3,120}})")
SAYS = re.compile(rf"(?P<name>{NAME})\s+(?:says|tells (?:us|me)|explains|recalls|remembers|argues)\b")
# A correspondent handed the floor or credited after it: "NPR's Nina Totenberg has been following
# the case", "Here's NPR's Jane Doe.", "That's NPR's Jane Doe." (an outlet's possessive is required,
# so "Russia's Vladimir Putin has ..." is not taken for a guest).
OUTLET = r"[A-Z][\w\-]*['\u2019]s\s+"
REPORTER = re.compile(
    rf"(?:\b(?:[Hh]ere's|[Tt]hat's|[Tt]hat was)\s+{OUTLET}(?P<credit>{NAME})(?!\s+(?:speaking|talking|testifying))"
    rf"|\b{OUTLET}(?P<name>{NAME})\s+(?:has been (?:following|covering|reporting|tracking|looking into)|"
    r"is (?:here|with us|on the line|joining us|following|covering)|joins us|reports (?:from|on)|reports(?=\.)|covers|"
    r"has (?:more|the story|details|this report|that story)\b)"
    # without an outlet only the phrases that hand over the floor: "Jane Doe joins us now from Kyiv."
    rf"|(?<![\w'\u2019] )(?P<joins>{NAME})\s+(?:joins us|joins me|is with us|is with me|is on the line|"
    r"is here with (?:us|me)))"
)
OWN_WORDS = re.compile(r"\b(?:I|I'm|I've|I'd|[Mm]e|[Mm]y)\b")
OF_OTHERS = re.compile(r"\b(?:he|she|his|her|him|he's|she's)\b", re.I)


def add_reporters(roster: Roster, text: str, parsed: Doc | None) -> None:
    """Adds the correspondents handed the floor or credited after it."""
    for m in REPORTER.finditer(text):
        part = next(g for g in ("credit", "name", "joins") if m.group(g))
        at = m.start(part)
        name = clean_name(m.group(part))
        while len(name.split()) > 2 and parsed is not None and not roster.is_person(name):
            name = name.split(" ", 1)[1]  # "Hydrologist Tomas Ekberg joins us": a role word before the name
        if name and len(name.split()) >= 2 and (parsed is None or roster.is_person(name)) and not roster.hosted(name):
            roster.add(name, "guest", at)


def add_mentioned(roster: Roster, text: str, parsed: Doc | None, mentions: list[tuple[int, int, str]]) -> None:
    """Adds the guests described by role or said to say, and hears the known ones mentioned so."""
    person_starts = {s for s, _, _ in mentions}
    for pattern in (IS_ROLE, APPOSITIVE, SAYS):
        for m in pattern.finditer(text):
            name = clean_name(m.group("name"))
            if not name or (m.start("name") not in person_starts and len(name.split()) < 2):
                continue
            if name_key(name) in roster.not_people or (parsed is not None and not roster.is_person(name)):
                continue
            desc = m.groupdict().get("desc") or ""
            known = roster.find(name, description=desc)
            if known is not None and known.role != "host":
                known.hear(name, m.start("name"))
                if desc:
                    known.descriptions.append(desc)
            elif (
                known is None and pattern is IS_ROLE and m.group("verb") and len(name.split()) >= 2 and guest_role(desc)
            ):
                roster.add(name, "guest", m.start("name"), description=desc)
            elif known is None and pattern is SAYS and not _credits_a_quote(text, m.end()):
                heard = _loosely_heard(name, roster, m.start("name"), mentions) if len(name.split()) == 1 else None
                if heard is not None:  # "Rindy says" of the guest introduced as Wendy
                    heard.hear(name, m.start("name"))
                elif not roster.guests() or (len(name.split()) == 1 and _own_words_follow(text, m.end())):
                    roster.add(name, "guest", m.start("name"))


def _own_words_follow(text: str, says_end: int) -> bool:
    """ "Jakub says the list changed his job." / "Before, it was driving." / "Now when I stop the van
    ...": within the two sentences after a "NAME says" one speaks as "I" and of no "he" or "she", so
    the named person's tape follows: they are a voice of the show, even when a guest is known. Only
    for a first name alone: a narrator calls the people met on location so, while a public figure
    whose words a host reads out and answers is named in full ("Jane Roe says ..." / "I think ...")."""
    rest = re.split(r"(?<=[.!?])\s+", text[says_end : says_end + 600])[1:3]
    return any(OWN_WORDS.search(s) and not OF_OTHERS.search(s) for s in rest)


def _credits_a_quote(text: str, says_end: int) -> bool:
    """ "..., fisherman Ivan Horvat says.": the "says" closes the sentence, so it credits the words
    before it (a played voice), unlike "Wendy says you can ..." leading into the guest's tape."""
    return re.match(r"\s*[.,;!?]", text[says_end : says_end + 3]) is not None


def _loosely_heard(word: str, roster: Roster, at: int, mentions: list[tuple[int, int, str]]) -> Person | None:
    """The guest whose first name a one-word name at ``at`` may be an ASR mishearing of.

    When two guests' names are as close ("Rindy" is as near Wendy as Brian), the one named
    last before ``at`` is taken: a host says "NAME says" of the guest under discussion.
    """
    # ratio 0.6: a five-letter name with two letters misheard ("Rindy"/"Wendy")
    close = [
        g
        for g in roster.guests()
        if abs(len(g.first) - len(word)) <= 1
        and SequenceMatcher(None, name_key(g.first), name_key(word)).ratio() >= 0.6
    ]
    if len(close) <= 1:
        return close[0] if close else None
    last_named = {id(g): max((s for s, _, n in mentions if s < at and roster.find(n) is g), default=-1) for g in close}
    latest = max(close, key=lambda g: last_named[id(g)])
    return latest if last_named[id(latest)] >= 0 else None


__all__ = ["add_mentioned", "add_reporters"]
