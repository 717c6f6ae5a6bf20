"""Names the tagger cut in two at a joining word, put back together from evidence in the text.

"European Aeronautic Defence and Space Company (EADS)": the tagger reads "Defence and Space" as
two organisations joined by "and". The bracketed acronym after the second part spells the
initials of both parts together, so they are one name. Two parties named side by side ("Northrop
Grumman and Lockheed Martin (LM)") keep their own initials and stay apart.
"""

from __future__ import annotations

import re

from storyline.extract.entity_names import clean_surface, initials
from storyline.extract.entity_tokens import Candidate

_JOINER = re.compile(r"^\s+(?:and|&)\s+$")
_BRACKETED_ACRONYM = re.compile(r"^\s*\(([A-Z]{2,6})\)")


def join_at_bracketed_acronym(text: str, found: list[Candidate]) -> list[Candidate]:
    """Join 'X and Y (ACR)' into one organisation when ACR begins the initials of 'X and Y' but
    not those of 'Y' alone."""
    ordered = sorted(found, key=lambda c: (c.start, -c.end))
    out: list[Candidate] = []
    for cand in ordered:
        prev = out[-1] if out else None
        acronym = _BRACKETED_ACRONYM.match(text[cand.end : cand.end + 12])
        if (
            prev is not None
            and acronym is not None
            and prev.label == cand.label == "ORG"
            and prev.form == cand.form == "name"
            and _JOINER.match(text[prev.end : cand.start])
            and initials(text[prev.start : cand.end]).startswith(acronym.group(1))
            and not initials(cand.name).startswith(acronym.group(1))
        ):
            name = clean_surface(text[prev.start : cand.end])
            out[-1] = Candidate(
                prev.start,
                cand.end,
                name,
                "ORG",
                descriptions=prev.descriptions + cand.descriptions,
                actor=prev.actor or cand.actor,
                locative=prev.locative,
                note="one name spelt by its bracketed acronym",
            )
            continue
        out.append(cand)
    return out


__all__ = ["join_at_bracketed_acronym"]
