"""Turns of a transcript document (empty for articles).

Labelled transcripts ("NAME:", "[Name]", VTT voice tags turned into "Name: " by cleaning) are
read as labelled; otherwise the speakers stage builds a roster from sign-ins and
introductions and attributes each sentence (:mod:`storyline.speakers.attribute`).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from storyline.records import Document, Role, Turn
from storyline.speakers.attribute import Voice, attribute
from storyline.speakers.labels import Labelled, find_labels
from storyline.speakers.names import name_key, split_name
from storyline.speakers.roster import build_roster, person_mentions
from storyline.speakers.units import split_units

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)
_ROLES: tuple[Role, ...] = ("host", "guest", "clip", "unknown")


def find_turns(document: Document, parsed: Doc | None) -> tuple[Turn, ...]:
    """Speaker turns over the clean text of a transcript; () for an article."""
    if document.kind != "transcript" or not document.text.strip():
        return ()
    labelled = find_labels(document.text)
    if labelled:
        return _labelled_turns(document.text, parsed, labelled)
    return _unlabelled_turns(document.text, parsed)


def _role(value: str | None) -> Role:
    for role in _ROLES:
        if value == role:
            return role
    return "unknown"


def _labelled_turns(text: str, parsed: Doc | None, labelled: tuple[Labelled, ...]) -> tuple[Turn, ...]:
    """One turn per label; names completed from fuller labels and spelled as the text spells them."""
    full_names = [lab.name for lab in labelled if len(lab.name.split()) >= 2]
    mentioned = [name for _, _, name in person_mentions(text, parsed)]
    roles: dict[str, str] = {}
    host_given = any(lab.role == "host" for lab in labelled)
    first = labelled[0].name
    turns = []
    for lab in labelled:
        name = _complete(lab.name, full_names, mentioned)
        role = lab.role or ("clip" if lab.after_soundbite else None)
        if role is None:
            own = text[lab.start : lab.end]
            signs_in = any(f"I'm {w}" in own or f"this is {w}" in own.lower() for w in name.split()[:1])
            role = roles.get(name) or ("host" if signs_in or (not host_given and lab.name == first) else "guest")
        roles.setdefault(name, role)
        turns.append(Turn(lab.start, lab.end, name, _role(role), 1.0))
    return tuple(turns)


def _complete(name: str, full_names: list[str], mentioned: list[str]) -> str:
    """A one-word label ("SHAPIRO") as the full name it stands for; casing as in the text."""
    if len(name.split()) == 1:
        for full in full_names:
            if any(name_key(name) == name_key(w) for w in full.split()):
                name = full
                break
        else:
            for full in mentioned:
                if len(full.split()) >= 2 and name_key(name) in {name_key(w) for w in split_name(full)}:
                    name = full
                    break
    for spelled in mentioned:
        if name_key(spelled) == name_key(name):
            return spelled
    return name


def _unlabelled_turns(text: str, parsed: Doc | None) -> tuple[Turn, ...]:
    units = split_units(text, parsed)
    roster = build_roster(text, parsed, units)
    log.debug("roster: %s", [(p.name, p.role) for p in roster.people])
    voices = attribute(units, roster, person_mentions(text, parsed), text)
    turns: list[Turn] = []
    current: Voice | None = None
    start = end = 0
    for unit, voice in zip(units, voices, strict=True):
        if current is not None and (voice.name, voice.role) == (current.name, current.role):
            end = unit.end
            continue
        if current is not None:
            turns.append(Turn(start, end, current.name, _role(current.role), current.confidence))
        current, start, end = voice, unit.start, unit.end
    if current is not None:
        turns.append(Turn(start, end, current.name, _role(current.role), current.confidence))
    return tuple(turns)


__all__ = ["find_turns"]
