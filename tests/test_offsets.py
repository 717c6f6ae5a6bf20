"""The offset map between clean and raw text is exact both ways (hypothesis properties)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline import serde
from storyline.offsets import OffsetBuilder, OffsetMap


@dataclass(frozen=True)
class Built:
    raw: str
    text: str
    offsets: OffsetMap
    copied: dict[int, int]  # clean position -> raw position, for every copied character
    removed: frozenset[int]  # raw positions cleaning left out
    inserted: tuple[int, ...]  # clean positions of inserted characters


@st.composite
def builds(draw: st.DrawFn) -> Built:
    """A raw text cut into runs, each copied or dropped, with separators inserted anywhere."""
    raw = draw(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
    cuts = sorted(draw(st.sets(st.integers(0, len(raw)), max_size=12)) | {0, len(raw)})
    builder = OffsetBuilder(raw)
    copied: dict[int, int] = {}
    removed: set[int] = set()
    inserted: list[int] = []
    for start, end in itertools.pairwise(cuts):
        if draw(st.booleans()):
            separator = draw(st.sampled_from(["", "\n", " ", "\n\n", "¶"]))
            inserted.extend(range(builder.length, builder.length + len(separator)))
            builder.insert(separator)
        if draw(st.booleans()):
            for offset in range(end - start):
                copied[builder.length + offset] = start + offset
            builder.copy(start, end)
        else:
            removed.update(range(start, end))
    text, offsets = builder.build()
    return Built(raw, text, offsets, copied, frozenset(removed), tuple(inserted))


@given(builds())
def test_copied_characters_map_exactly_both_ways(b: Built) -> None:
    for c, r in b.copied.items():
        assert b.offsets.to_raw(c) == r
        assert b.text[c] == b.raw[r]
        assert b.offsets.to_clean(r) == c


@given(builds())
def test_removed_raw_positions_map_to_none(b: Built) -> None:
    for r in b.removed:
        assert b.offsets.to_clean(r) is None
    assert b.offsets.to_clean(-1) is None
    assert b.offsets.to_clean(len(b.raw)) is None


@given(builds())
def test_clean_text_is_copies_and_insertions_only(b: Built) -> None:
    assert len(b.text) == b.offsets.clean_length == len(b.copied) + len(b.inserted)
    assert b.offsets.raw_length == len(b.raw)
    assert set(b.copied).isdisjoint(b.inserted)


@given(builds())
def test_inserted_characters_point_at_the_next_copied_run(b: Built) -> None:
    for c in b.inserted:
        following = [r for cc, r in b.copied.items() if cc > c]
        preceding = [r for cc, r in b.copied.items() if cc < c]
        expected = min(following) if following else (max(preceding) + 1 if preceding else 0)
        assert b.offsets.to_raw(c) == expected


@given(builds(), st.data())
def test_spans_round_trip(b: Built, data: st.DataObject) -> None:
    if not b.copied:
        return
    positions = sorted(b.copied)
    i = data.draw(st.integers(0, len(positions) - 1))
    j = data.draw(st.integers(i, len(positions) - 1))
    start, end = positions[i], positions[j] + 1
    raw_start, raw_end = b.offsets.span_to_raw(start, end)
    assert raw_start == b.copied[start]
    assert raw_end == b.copied[end - 1] + 1
    assert b.offsets.to_clean(raw_start) == start
    assert b.offsets.to_clean(raw_end - 1) == end - 1
    # Every copied character of the span lies inside its raw span, in order.
    inside = [b.copied[c] for c in range(start, end) if c in b.copied]
    assert inside == sorted(inside) and raw_start <= inside[0] and inside[-1] < raw_end


@given(builds())
def test_offset_map_survives_serialisation(b: Built) -> None:
    again = serde.loads(OffsetMap, serde.dumps(b.offsets))
    assert again == b.offsets
    for c in range(len(b.text) + 1):
        assert again.to_raw(c) == b.offsets.to_raw(c)


@given(st.integers(0, 500))
def test_identity(length: int) -> None:
    offsets = OffsetMap.identity(length)
    for pos in range(0, length, 7):
        assert offsets.to_raw(pos) == pos
        assert offsets.to_clean(pos) == pos
    assert offsets.span_to_raw(0, length) == (0, length)


def test_empty_map() -> None:
    offsets = OffsetBuilder("").build()[1]
    assert offsets.to_raw(0) == 0 and offsets.to_clean(0) is None
    assert offsets.span_to_raw(0, 0) == (0, 0)


def test_runs_must_be_copied_in_order() -> None:
    builder = OffsetBuilder("abcdef")
    builder.copy(2, 4)
    with pytest.raises(ValueError, match="in order"):
        builder.copy(3, 5)
