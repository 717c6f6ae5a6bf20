"""Reporters' pieces in news shows: handed over by name, signed off at the end.

A news show hands the floor to a correspondent ("NPR's Jane Doe reports.") whose piece runs
without questions and ends with a sign-off ("For NPR News, I'm Jane Doe in Kyiv.", "Jane Doe,
NPR News, Kyiv.") or with the host's credit ("That's NPR's Jane Doe."). Everything between the
hand-over and the end is the correspondent's, but for the clips played inside it.
"""

from __future__ import annotations

import re

from storyline.speakers.lexicon import phrase_pattern
from storyline.speakers.names import name_key, similar_words
from storyline.speakers.roster import Person, Roster
from storyline.speakers.units import Unit
from storyline.speakers.written import _WORD, NAME

MAX_PIECE_UNITS = 40  # a radio piece runs two to four minutes: some 15 to 40 sentences
_OUTLET_NEWS = rf"{_WORD}(?:\s+{_WORD}){{0,3}}\s+News"  # "NPR News", "Capital Public Radio News"
SIGN_OFF = re.compile(
    rf"^(?:(?:[Ff]or|[Ff]rom)\s+{_OUTLET_NEWS}(?:\s+in\s+{_WORD}(?:\s+{_WORD})?)?,?\s+)?(?:I'm|I am)\s+(?P<own>{NAME})"
    rf"(?=\s*(?:,|\.|$|\s+in\s|\s+at\s))|^(?P<dateline>{NAME}),\s+{_OUTLET_NEWS}\b"
)
CREDIT = re.compile(
    rf"^(?:[Aa]nd\s+)?(?:[Tt]hat's|[Tt]hat was)\s+{_WORD}['\u2019]s\s+(?P<name>{NAME})(?=\s*(?:[,.]|$|\s+reporting\b))"
)


# "Harbor Radio's Priya Sandoval reports.": the host hands the floor to a correspondent's piece
HAND_OVER = re.compile(rf"(?:^|[.!?]\s+)(?:{_WORD}\s+){{0,3}}?[A-Z][\w\-]*['\u2019]s\s+(?P<name>{NAME})\s+reports\.?$")


def _says_name(unit: Unit, name: str) -> bool:
    words = [w for w in re.findall(r"[\w'\-]+", unit.text) if w[:1].isupper()]
    parts = [p for p in name.split() if len(p) >= 3]
    return any(similar_words(w, p) for w in words for p in parts)


def _spoken_to(unit: Unit, firsts: list[str]) -> bool:
    """The unit says one of the first names between commas or at its edge ("Good morning, Nina.")."""
    return any(re.search(rf"(?:^|,)\s*{re.escape(first)}\s*(?:[,.?!]|$)", unit.text) for first in firsts)


def _signs_in(unit: Unit, host: Person) -> bool:
    """The unit says "I'm NAME" of the host ("I'm joined by NAME" is no sign-in)."""
    firsts = {v.split()[0] for v in [host.name, *host.variants] if v}
    return any(re.search(rf"\bI(?:'m| am)\s+{re.escape(f)}\b", unit.text, re.IGNORECASE) for f in firsts)


def narrated_pieces(units: list[Unit], roster: Roster) -> list[str | None]:
    """Per unit, the journalist whose signed-in piece it falls in ("I'm NAME, a reporter based in
    Denver."), or None where the show's host narrates: a piece runs from the sign-in to the next
    sign-in or to the host's break or closing line ("We'll be right back.")."""
    hosts = roster.hosts()
    current: str | None = None
    out: list[str | None] = []
    for unit in units:
        signing = [h for h in hosts if _signs_in(unit, h)]
        if signing:
            current = signing[0].name if signing[0].newsroom else None
        elif phrase_pattern("piece_ends").search(unit.text):
            current = None
        out.append(current)
    return out


def find_packages(units: list[Unit], roster: Roster) -> dict[int, str]:
    """Units of reporters' pieces and the reporter's name (the host's own sign-ins excluded)."""
    hosts = {name_key(h.name) for h in roster.hosts()}
    out: dict[int, str] = {}
    for i, unit in enumerate(units):
        text = unit.text.strip()
        signed = SIGN_OFF.match(text)
        credited = CREDIT.match(text) if signed is None else None
        found = signed or credited
        if found is None:
            continue
        name = " ".join(next(g for g in found.groups() if g).split())
        person = roster.find(name)
        if len(name.split()) < 2 or name_key(person.name if person else name) in hosts:
            continue
        if person is not None and person.role == "host":
            continue
        end = i if signed else i - 1
        start = next(
            (k for k in range(end - 1, max(-1, end - MAX_PIECE_UNITS), -1) if _says_name(units[k], name)), None
        )
        if start is None or end <= start:
            continue
        piece = range(start + 1, end + 1)
        firsts = [name.split()[0]] + [h.name.split()[0] for h in roster.hosts()]
        if any(units[k].question or _spoken_to(units[k], firsts) for k in piece):
            continue  # a conversation (a two-way), which the decoding follows
        person = roster.add(name, "guest", units[start].start) if person is None else person
        for k in piece:
            out[k] = person.name
    out.update(_handed_over(units, roster, out))
    return out


def _handed_over(units: list[Unit], roster: Roster, taken: dict[int, str]) -> dict[int, str]:
    """Pieces handed over ("NPR's Jane Doe reports.") and ended by the host's two-way with the
    correspondent ("Jane, how long ...?"): the units between are the correspondent's."""
    out: dict[int, str] = {}
    for i, unit in enumerate(units):
        m = HAND_OVER.search(unit.text.strip())
        person = roster.find(" ".join(m.group("name").split())) if m else None
        if person is None or person.role == "host" or i + 1 in taken:
            continue
        firsts = [person.first] + [v.split()[0] for v in person.variants if v]
        end = next(
            (k for k in range(i + 1, min(len(units), i + MAX_PIECE_UNITS)) if _spoken_to(units[k], firsts)), None
        )
        if end is None or end == i + 1 or any(units[k].question for k in range(i + 1, end)):
            continue
        for k in range(i + 1, end):
            out[k] = person.name
    return out


__all__ = ["find_packages", "narrated_pieces"]
