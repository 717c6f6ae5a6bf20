"""Subtitles to text: timings and cue numbers out, VTT voices kept as visible labels."""

from __future__ import annotations

from storyline.clean.subtitles import subtitle_to_text
from storyline.records import Capture

VTT = """WEBVTT

00:00:01.000 --> 00:00:03.000
<v Maria Lopez>Good evening, I'm Maria Lopez.</v>

00:00:03.500 --> 00:00:05.000
<v Maria Lopez>Tonight, the harbour bridge.</v>

00:00:05.500 --> 00:00:08.000
<v Tom Reed><i>Thanks</i> for having me.</v>
"""

SRT = """1
00:00:01,000 --> 00:00:02,500
PAT KANE: The vote is tomorrow.

2
00:00:03,000 --> 00:00:04,000
LEE WONG: We expect it to pass.
"""


def test_vtt_voices_become_labels_once_per_voice() -> None:
    text = subtitle_to_text(Capture(source="a.vtt", content=VTT, format="vtt"))
    assert text.splitlines() == [
        "Maria Lopez: Good evening, I'm Maria Lopez.",
        "Tonight, the harbour bridge.",
        "Tom Reed: Thanks for having me.",
    ]


def test_srt_keeps_speaker_prefixes_and_drops_numbers_and_timings() -> None:
    text = subtitle_to_text(Capture(source="a.srt", content=SRT, format="srt"))
    assert text == "PAT KANE: The vote is tomorrow.\nLEE WONG: We expect it to pass."
