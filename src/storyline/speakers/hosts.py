"""Hosts of an unlabelled transcript: who signs in, who signs in beside them, who is called co-host.

The host signs in most ("I'm NAME" at the open and the close; a promo for another show signs in
once). Another sign-in a sentence or two from the host's is a co-host's ("I'm A." "And I'm B."),
unless the host introduced that name (a guest saying who they are); one that goes on to say a
newsroom job is a journalist narrating their own piece, added once the guests are known.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from storyline.speakers.guests import INTRO
from storyline.speakers.intros import introductions
from storyline.speakers.late_intros import late_introductions
from storyline.speakers.names import same_person
from storyline.speakers.people import Roster, clean_name
from storyline.speakers.signins import framed_sign_in, newsroom_sign_in
from storyline.speakers.written import _END, NAME

if TYPE_CHECKING:
    from spacy.tokens import Doc

SIGN_IN = re.compile(rf"\b(?:I'm|I am|I\u2019m)\s+(?P<name>{NAME}){_END}", re.MULTILINE)
CO_HOST = re.compile(rf"\b(?i:co-?host|fellow host),?\s+(?P<name>{NAME})")
# "Jane Marlow here.": a host's sign-in as a sentence of its own, full name (tagged a person)
HERE_SIGN_IN = re.compile(rf"(?:^|(?<=[.!?] ))(?P<name>{NAME})\s+here\s*[.!,]", re.MULTILINE)
# "Live from Sacramento, this is Joanna Brightwater.", "This is Joanna Brightwater, KXJZ News.": a
# newscaster's sign-in, taken for a full name the tagger calls a person ("This is Morning Edition" is not)
THIS_IS_SIGN_IN = re.compile(rf"\b[Tt]his is\s+(?P<name>{NAME})(?=\s*(?:[,.!]|$|\bwith\b|\bin\b))", re.M)
CO_HOST_CHARS = 200  # two sign-ins this close (a sentence or two) are co-hosts introducing themselves
# "I'm Mia." "And I'm Jonah.": the second of two sign-ins said back to back
PAIRED = re.compile(r"\b[Aa]nd\s+(?:I'm|I am|I\u2019m)\s+$")


def add_hosts(roster: Roster, text: str, parsed: Doc | None, person_starts: set[int]) -> list[tuple[int, str]]:
    """Adds the hosts who sign in and the co-hosts; returns the journalists who signed in to narrate
    a piece of the show, (offset, name), for :func:`add_journalists` once the guests are known."""
    signed: list[tuple[int, str]] = []
    journalists: list[tuple[int, str]] = []
    newsroom: set[int] = set()  # sign-ins that go on to say a newsroom job
    framed: set[int] = set()  # sign-ins in the show's frame ("That's it for the show. I'm NAME.")
    sign_ins = list(SIGN_IN.finditer(text))
    for m in sign_ins:
        name = clean_name(m.group("name"))
        if len(name.split()) >= 2 or m.start("name") in person_starts or _paired_sign_in(m, sign_ins):
            signed.append((m.start("name"), name))
            if newsroom_sign_in(text, m.end("name")):
                newsroom.add(m.start("name"))
            elif framed_sign_in(text, m.start()):
                framed.add(m.start("name"))
    # "This is NAME" only where nobody says "I'm NAME": in a show that does, "This is Long Story."
    # names the show (which the tagger may call a person)
    for pattern in (HERE_SIGN_IN, THIS_IS_SIGN_IN) if not signed else (HERE_SIGN_IN,):
        for m in pattern.finditer(text):
            name = clean_name(m.group("name"))
            if len(name.split()) >= 2 and roster.is_person(name):
                signed.append((m.start("name"), name))
    signed.sort()
    if signed:
        # the host signs in most (a promo for another show signs in once); ties go to a sign-in in
        # the show's frame that names no newsroom job (the journalists' own pieces), else the first
        counts = Counter(next(n for _, n in signed if same_person(n, name)) for _, name in signed)

        def rank(n: str) -> tuple[int, bool, int]:
            ats = [a for a, m in signed if same_person(m, n)]
            return counts[n], any(a in framed for a in ats), -ats[0]

        primary = max(counts, key=rank)
        accepted = [a for a, n in signed if same_person(n, primary)]
        roster.add(primary, "host", accepted[0])
        for at, name in signed:
            # co-hosts sign in next to the host ("I'm A. And I'm B."); journalists sign in to narrate
            # their piece; another sign-in is a promo or a guest
            if same_person(name, primary):
                continue
            if any(abs(a - at) < CO_HOST_CHARS for a in accepted) and not _introduced(name, text):
                roster.add(name, "host", at)
            elif at in newsroom:
                journalists.append((at, name))
    if roster.hosts():
        for m in CO_HOST.finditer(text):  # "here with my co-host, Mary Childs": a second host
            name = clean_name(m.group("name"))
            if name and (parsed is None or roster.is_person(name)) and roster.find(name) is None:
                roster.add(name, "host", m.start("name"))
    return journalists


def add_journalists(roster: Roster, journalists: list[tuple[int, str]], text: str) -> None:
    """Adds the journalists who signed in to narrate their piece, as newsroom hosts."""
    introduced = [clean_name(m.group("name")) for m in INTRO.finditer(text)]
    for at, name in journalists:
        # one the host introduced ("I'm joined by NAME") is interviewed, not narrating a piece
        if roster.find(name) is None and not any(same_person(name, n) for n in introduced if n):
            roster.add(name, "host", at).newsroom = True


def _paired_sign_in(m: re.Match[str], sign_ins: list[re.Match[str]]) -> bool:
    """Two co-hosts sign in one after the other ("I'm A." "And I'm B."): a one-word name there is
    a first name, whether or not the tagger calls it a person."""
    for other in sign_ins:
        if other is m or abs(other.start() - m.start()) >= CO_HOST_CHARS:
            continue
        second = max(other, m, key=lambda s: s.start())
        if PAIRED.search(m.string[second.start() - 6 : second.start("name")]):
            return True
    return False


def _introduced(name: str, text: str) -> bool:
    """The host introduced ``name`` ("Our guest is NAME"): one who then says "I'm NAME" is a guest
    saying who they are, not a co-host signing in."""
    heard = [m.group("name") for m in INTRO.finditer(text)]
    heard += [n for _, n, _ in introductions(text)] + [n for _, n, _ in late_introductions(text)]
    return any(same_person(name, clean_name(n)) for n in heard if clean_name(n))


__all__ = ["CO_HOST", "SIGN_IN", "add_hosts", "add_journalists"]
