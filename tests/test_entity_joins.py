"""Names cut at a joining word, put back together by a bracketed acronym."""

from __future__ import annotations

from storyline.extract.entity_joins import join_at_bracketed_acronym
from storyline.extract.entity_tokens import Candidate


def _cands(text: str, *names: str) -> list[Candidate]:
    out = []
    for name in names:
        start = text.index(name)
        out.append(Candidate(start, start + len(name), name, "ORG"))
    return out


def test_acronym_spelling_both_parts_joins_them() -> None:
    text = "Rivals lost to Baltic Aeronautic Defence and Space Company (BADS) on Friday."
    found = join_at_bracketed_acronym(text, _cands(text, "Baltic Aeronautic Defence", "Space Company"))
    assert [c.name for c in found] == ["Baltic Aeronautic Defence and Space Company"]


def test_two_parties_with_their_own_acronym_stay_apart() -> None:
    text = "Shares of Northrop Grumman and Lockheed Martin (LM) rose."
    found = join_at_bracketed_acronym(text, _cands(text, "Northrop Grumman", "Lockheed Martin"))
    assert [c.name for c in found] == ["Northrop Grumman", "Lockheed Martin"]
    plain = "Talks between Baltic Aeronautic Defence and Space Company ended."
    found = join_at_bracketed_acronym(plain, _cands(plain, "Baltic Aeronautic Defence", "Space Company"))
    assert len(found) == 2, "no acronym, no evidence"
