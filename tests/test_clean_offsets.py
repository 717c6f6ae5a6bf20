"""The offset map of a cleaned document is exact, and removals are exactly the raw text they name."""

from __future__ import annotations

import pytest

from storyline.clean import clean_capture
from storyline.clean.cuts import Cut, apply_cuts
from storyline.records import Capture, Document
from storyline.settings import Settings
from test_clean_text import PAGE
from test_clean_transcript import EPISODE


def check_exact(doc: Document) -> None:
    covered = [False] * len(doc.raw)
    for cs, rs, n in doc.offsets.blocks:
        assert doc.text[cs : cs + n] == doc.raw[rs : rs + n]
        for i in range(rs, rs + n):
            covered[i] = True
    copied = sum(n for _, _, n in doc.offsets.blocks)
    assert copied == len(doc.text), "clean text holds only copied raw runs"
    for r in doc.removed:
        assert doc.raw[r.raw_start : r.raw_end] == r.text
        for i in range(r.raw_start, r.raw_end):
            assert not covered[i], "a removed character is also in the clean text"
            covered[i] = True
    assert all(covered), "every raw character is either kept or removed"
    for i in range(0, len(doc.text), 7):
        raw_pos = doc.offsets.to_raw(i)
        assert doc.raw[raw_pos] == doc.text[i]
        assert doc.offsets.to_clean(raw_pos) == i


@pytest.mark.parametrize("text,kind", [(PAGE, None), (EPISODE, "transcript")])
def test_cleaned_documents_map_exactly(text: str, kind: str | None) -> None:
    doc = clean_capture(Capture(source="x.txt", content=text, kind=kind), Settings())  # type: ignore[arg-type]
    assert doc.removed
    check_exact(doc)


def test_overlapping_cuts_are_merged() -> None:
    raw = "aaaa bbbb cccc dddd"
    cleaned = apply_cuts(raw, [Cut(5, 10, "ad"), Cut(7, 15, "ad"), Cut(0, 2, "duplicate")])
    assert cleaned.text == "aa dddd"
    assert [(r.raw_start, r.raw_end, r.reason) for r in cleaned.removed] == [(0, 2, "duplicate"), (5, 15, "ad")]
