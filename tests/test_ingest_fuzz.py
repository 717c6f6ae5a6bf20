"""Readers and metadata on arbitrary input: a clear CaptureError or a result, never a crash."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline import CaptureError, Settings
from storyline.ingest.decoding import decode
from storyline.ingest.jsonl import read_jsonl
from storyline.ingest.kind import transcript_score
from storyline.ingest.metadata import inspect_metadata
from storyline.records import Capture

# Text with the characters metadata rules react to: capitals, digits, dashes, colons, bars.
NEWSY = st.text(
    st.sampled_from(list("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop0123456789 \n\t,.:;|-—–()'’\"©")), max_size=400
)
LINES = st.lists(
    st.sampled_from(
        [
            "Updated June 31, 2024 at 4:00 PM ET",
            "Episode Date: February 29, 2023",
            "Published: 13/13/2020",
            "By JANE ROE, Staff Writer",
            "Copyright 2024",
            "From , I'm ",
            "SEOUL —",
            "A | B | C",
            "X from Y - Z",
            "WEBVTT",
            "00:00:01.000 --> 00:00:02.000",
            "NOTE",
            "",
        ]
    )
    | NEWSY,
    max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=600))
def test_decode_gives_text_or_a_capture_error(data: bytes) -> None:
    try:
        text, warnings = decode(data, "x")
    except CaptureError as exc:
        assert exc.source == "x" and exc.message
        return
    assert text.strip() and all(isinstance(w, str) for w in warnings)


@settings(max_examples=200, deadline=None)
@given(LINES)
def test_metadata_never_crashes_and_dates_are_real_days(lines: list[str]) -> None:
    text = "\n".join(lines)
    meta, warnings = inspect_metadata(text, "x.txt")
    if meta.published is not None:
        assert dt.date.fromisoformat(meta.published).isoformat() == meta.published
    for value in (meta.title, meta.outlet, meta.program, meta.author, meta.dateline):
        assert value is None or (value.strip() == value and value)
    assert all(isinstance(w, str) for w in warnings)
    assert isinstance(transcript_score(text), int)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.binary(max_size=80)
        | st.builds(
            lambda d: json.dumps(d).encode(),
            st.dictionaries(
                st.sampled_from(["source", "text", "html", "kind", "published", "title"]),
                st.none() | st.text(max_size=30) | st.integers(),
                max_size=5,
            ),
        ),
        max_size=6,
    )
)
def test_json_lines_give_captures_or_errors_with_line_numbers(lines: list[bytes]) -> None:
    items = list(read_jsonl(lines, "f.jsonl", Settings()))
    for item in items:
        assert isinstance(item, (Capture, CaptureError))
        if isinstance(item, CaptureError):
            assert item.source == "f.jsonl"
        else:
            assert item.line is not None and item.origin == "f.jsonl"
            assert item.given.published is None or len(item.given.published) == 10
