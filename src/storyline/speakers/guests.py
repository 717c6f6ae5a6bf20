"""Guests of an unlabelled transcript from the ways a show introduces them.

"I'm joined by NAME, ...", "..., and by NAME" (a panel introduced in one sentence), the forms of
:mod:`~storyline.speakers.intros` (a role before the name, a caller on the air), those that say
the name is a person's (:mod:`~storyline.speakers.late_intros`) and the voices a narrator presents
before their tape (:mod:`~storyline.speakers.narrated_intros`). Each introduction is a group:
people introduced in one sentence form a panel.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from storyline.speakers.intros import _DOTTED, introductions
from storyline.speakers.late_intros import late_introductions
from storyline.speakers.lexicon import phrase_pattern
from storyline.speakers.names import name_key
from storyline.speakers.narrated_intros import narrated_introductions
from storyline.speakers.people import Roster, clean_name
from storyline.speakers.units import Unit
from storyline.speakers.written import NAME, OWNER

if TYPE_CHECKING:
    from spacy.tokens import Doc

INTRO = re.compile(
    rf"\b(?i:joined by|with me (?:is|are|now)|(?:my|our) guests? (?:is|are|today is|this week is)|"
    rf"talks? with|spoke with|speaks with|talked to|talked with|here to meet|going to meet|I'm joined by|"
    rf"we welcome|please welcome|"
    rf"according to|interviewed|caller is|we go to|let's go to)\s+{OWNER}{_DOTTED}(?P<name>{NAME})"
)
LIST_MORE = re.compile(rf",?\s+and\s+(?:by\s+|with\s+)?{OWNER}(?P<name>{NAME})")  # "..., and by NAME"


def add_introduced(
    roster: Roster, text: str, parsed: Doc | None, units: Sequence[Unit], mentions: list[tuple[int, int, str]]
) -> None:
    """Adds the guests the show introduces, each introduction its own group."""
    group = 0
    for m in INTRO.finditer(text):
        group += 1
        name = clean_name(m.group("name"))
        if not name or any(name_key(name) == name_key(h.name) for h in roster.hosts()):
            continue
        desc = _description_after(text, m.end("name"))
        if parsed is not None and not roster.is_person(name) and not _described_as_person(name, desc):
            continue
        roster.add(name, "guest", m.start("name"), description=desc, group=group)
        rest = text[m.end("name") : m.end("name") + 250]
        cut = re.search(r"[.?!\n]", rest)
        for more in LIST_MORE.finditer(rest[: cut.start() if cut else len(rest)]):
            other = clean_name(more.group("name"))
            at = m.end("name") + more.end("name")
            more_desc = _description_after(text, at)
            if (
                other
                and len(other.split()) >= 2
                and (parsed is None or roster.is_person(other) or _described_as_person(other, more_desc))
            ):
                roster.add(other, "guest", at, description=more_desc, group=group)
    for at, written, desc in introductions(text):
        name = clean_name(written)
        if name and not roster.hosted(name) and (parsed is None or _introduced_person(roster, name)):
            group += 1
            roster.add(name, "guest", at, description=desc, group=group)
    # these forms say the name is a person's ("a man named", "her name is"), whatever the tagger says
    for at, written, desc in late_introductions(text):
        name = clean_name(written)
        if name and not roster.hosted(name):
            group += 1
            roster.add(name, "guest", at, description=desc, group=group)
    for at, written in narrated_introductions(units, mentions):
        name = clean_name(written)
        if (
            len(name.split()) >= 2  # a full name: "And Jack was ..." opens with no name of two words
            and not roster.hosted(name)
            and roster.find(name) is None
            and (parsed is None or _introduced_person(roster, name))
        ):
            group += 1
            roster.add(name, "guest", at, group=group)


def _introduced_person(roster: Roster, name: str) -> bool:
    """A name in an introduction is a person if the tagger says so, or if it is a full name whose
    first name the tagger calls a person elsewhere: the tagger takes many an unfamiliar surname for a
    firm ("Leo Castellanos covers the legislature for us." tagged ORG, "Leo" PERSON)."""
    words = name_key(name).split()
    return roster.is_person(name) or (len(words) >= 2 and words[0] in roster.person_words)


def _described_as_person(name: str, description: str) -> bool:
    """A full name introduced with "who ..." or an interviewee's role ("Marcus Feld, who heads the
    union"): a person, whatever the tagger called the name."""
    if len(name.split()) < 2:
        return False
    return description.lower().startswith("who ") or guest_role(description)


def guest_role(description: str) -> bool:
    """The description opens with an interviewee's role ("professor of ...", "the former bureau chief")."""
    head = " ".join(description.lower().split()[:4])
    return phrase_pattern("guest_roles").search(head) is not None


def _description_after(text: str, at: int) -> str:
    m = re.match(r",\s+(?P<desc>[^,.?!\n]{3,120})", text[at:])
    return m.group("desc") if m else ""


__all__ = ["INTRO", "add_introduced", "guest_role"]
