"""Who speaks in an unlabelled transcript: hosts from sign-ins, guests from introductions.

Names are gathered from the spaCy PERSON entities and from the sign-in and introduction
patterns (ASR text often escapes the tagger), then each person's spelling is settled by vote
over every variant heard in the episode, so a name garbled once ("Gene Lee") yields to the
spelling heard most ("Jean Lee"), and a credit that repeats the introduction's description
merges two spellings the ear kept apart.

The steps, in order, each in its module: the hosts (:mod:`~storyline.speakers.hosts`), the
guests introduced (:mod:`~storyline.speakers.guests`), the correspondents and the people named in
passing (:mod:`~storyline.speakers.mentioned`), the journalists narrating their own pieces, and
the spellings (:mod:`~storyline.speakers.spellings`). The records are in
:mod:`~storyline.speakers.people`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from storyline.speakers.guests import INTRO, add_introduced
from storyline.speakers.hosts import CO_HOST, SIGN_IN, add_hosts, add_journalists
from storyline.speakers.mentioned import add_mentioned, add_reporters
from storyline.speakers.names import name_key
from storyline.speakers.people import Person, Roster, not_people, person_mentions
from storyline.speakers.spellings import settle_spellings
from storyline.speakers.units import Unit, split_units

if TYPE_CHECKING:
    from spacy.tokens import Doc


def build_roster(text: str, parsed: Doc | None, units: Sequence[Unit] | None = None) -> Roster:
    """Hosts and guests named by sign-ins, introductions and credits, spellings settled; ``units``
    are the text's sentence units (split here when not given)."""
    roster = Roster()
    mentions = person_mentions(text, parsed)
    roster.not_people = not_people(parsed, mentions)
    roster.person_words = {w for _, _, n in mentions for w in name_key(n).split()}
    journalists = add_hosts(roster, text, parsed, {s for s, _, _ in mentions})
    add_introduced(roster, text, parsed, split_units(text, parsed) if units is None else units, mentions)
    add_reporters(roster, text, parsed)
    add_mentioned(roster, text, parsed, mentions)
    add_journalists(roster, journalists, text)
    settle_spellings(roster, mentions)
    return roster


__all__ = ["CO_HOST", "INTRO", "SIGN_IN", "Person", "Roster", "build_roster", "person_mentions"]
