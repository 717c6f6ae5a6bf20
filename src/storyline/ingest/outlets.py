"""Outlet and programme of a capture, from the general places a page or episode names them.

Every cue in ``data/ingest/outlet_cues.txt`` votes for an outlet name with its weight; the name
with the most weight wins. The programme comes from a podcast page's first line
(``data/ingest/program_lines.txt``).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass

from storyline.ingest import lexicon
from storyline.ingest.header import Lines, is_chrome

_CORPORATE = re.compile(
    r"(?:[,.]?\s+(?:all rights reserved|inc|llc|ltd|limited|corp|corporation|plc|gmbh|co)\.?)+\s*$", re.IGNORECASE
)
_TRAILING = re.compile(r"[\s.,;:|–—-]+$")
# An outlet name is short: the longest in outlets.txt has five words.
MAX_OUTLET_WORDS = 6


@dataclass(frozen=True, slots=True)
class ProgramLine:
    """What a podcast page's first line says: programme, outlet and episode title."""

    program: str | None
    outlet: str | None
    title: str | None


@functools.cache
def known_outlets() -> dict[str, str]:
    """Known outlet names by their lower-case form, without a leading "the"."""
    return {_key(name): name for name in lexicon.entries("outlets.txt")}


def _key(name: str) -> str:
    return re.sub(r"^the\s+", "", name.strip().lower())


def clean_outlet(name: str) -> str | None:
    """An outlet name without corporate suffixes, a leading lower-case "the" or punctuation."""
    name = _CORPORATE.sub("", name.strip())
    name = _TRAILING.sub("", name)
    if name.startswith("the "):
        name = name[4:]
    words = name.split()
    if not words or len(words) > MAX_OUTLET_WORDS or any(ch.isdigit() for ch in name):
        return None
    return name


def is_known_outlet(name: str) -> bool:
    return _key(name) in known_outlets()


_TWO_PART = re.compile(r"^(?P<program>[A-Z][^|]{1,50}?)\s+\|\s+(?P<outlet>[A-Z][^|]{1,40}?)$")
# A programme name is short ("Morning Tide", "The Daybreak Brief"); a headline is longer.
MAX_PROGRAM_WORDS = 5


def read_program_line(lines: Lines, spoken: bool = False) -> ProgramLine | None:
    """The programme line among the first lines after chrome, if the capture has one.

    For a capture that reads as a transcript (``spoken``), a first line "<Program> | <Outlet>"
    followed by the episode title counts too; on an article page the same shape is
    "<Headline> | <Outlet>".
    """
    candidates = [line for line in lines.header[:8] if not is_chrome(line)][:3]
    if spoken and len(candidates) >= 2:
        match = _TWO_PART.match(candidates[0])
        if match and len(match["program"].split()) <= MAX_PROGRAM_WORDS and match["program"].istitle():
            return ProgramLine(match["program"].strip(), clean_outlet(match["outlet"]), candidates[1])
    for line in candidates:
        for pattern in lexicon.patterns("program_lines.txt"):
            match = pattern.match(line)
            if match:
                groups = match.groupdict()
                outlet = clean_outlet(groups["outlet"]) if groups.get("outlet") else None
                return ProgramLine(
                    program=(groups.get("program") or "").strip() or None,
                    outlet=outlet,
                    title=(groups.get("title") or "").strip() or None,
                )
    return None


def vote_outlet(lines: Lines, program: ProgramLine | None, extra: dict[str, int] | None = None) -> str | None:
    """The outlet named with the most weight by the cues of ``outlet_cues.txt``."""
    votes: dict[str, int] = defaultdict(int)
    names: dict[str, str] = {}

    def vote(name: str | None, weight: int) -> None:
        if not name:
            return
        key = _key(name)
        votes[key] += weight
        # The first spelling seen wins; a known outlet's own spelling wins over any.
        names.setdefault(key, known_outlets().get(key, name))

    if program and program.outlet:
        vote(program.outlet, 3)
    for name, weight in (extra or {}).items():
        vote(name, weight)
    cues = lexicon.weighted_patterns("outlet_cues.txt")
    for line in dict.fromkeys((*lines.header, *lines.footer)):
        for cue in cues:
            if cue.pattern.pattern.startswith("^"):
                match = cue.pattern.search(line)
                if match:
                    vote(clean_outlet(match["outlet"]), cue.weight)
    unconfirmed: list[tuple[str, int]] = []
    for cue in cues:
        if cue.pattern.pattern.startswith("^"):
            continue
        for text in (lines.head_text, lines.tail_text):
            for match in cue.pattern.finditer(text):
                found = clean_outlet(match["outlet"])
                if found and cue.strict and not is_known_outlet(found):
                    unconfirmed.append((found, cue.weight))
                elif found:
                    vote(found, cue.weight)
    # "<Name>'s <Person> explains" names an outlet only when another cue names it too ("NATO's
    # Secretary General explains" does not make NATO the publisher).
    for found, weight in unconfirmed:
        if _key(found) in votes:
            vote(found, weight)
    if not votes:
        return None
    best = max(votes, key=lambda k: (votes[k], k in known_outlets()))
    return names[best]


def split_outlet_suffix(title: str, outlet: str | None) -> tuple[str, str | None]:
    """``("Headline", "Outlet")`` for a page title "Headline | Outlet" (or " - ", " : ").

    After a bar, a short capitalised name is the site's name (the usual page-title shape);
    after a dash or colon, which headlines use too, only a known or otherwise named outlet is.
    """
    match = re.match(r"^(?P<title>.+?)\s+(?P<sep>[|:–—-])\s+(?P<outlet>[^|:–—]{2,40})$", title)
    if not match:
        return title, None
    suffix = match["outlet"].strip()
    site_name = match["sep"] == "|" and len(suffix.split()) <= SITE_NAME_WORDS and _capitalised(suffix)
    if site_name or is_known_outlet(suffix) or (outlet is not None and _key(suffix) == _key(outlet)):
        return match["title"].strip(), suffix
    return title, None


# Site names after a bar have up to four words ("The Northern Ledger", "Radio Kestrel").
SITE_NAME_WORDS = 4


def _capitalised(name: str) -> bool:
    words = [w for w in name.split() if w.lower() not in ("of", "the", "and", "&", "for", "on")]
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() for w in words)


__all__ = ["ProgramLine", "clean_outlet", "is_known_outlet", "read_program_line", "split_outlet_suffix", "vote_outlet"]
