"""A guest put on the air with "we have NAME on the line". Written for the purpose, in ASR style."""

from __future__ import annotations

from typing import Any

from storyline.speakers.have_on import guests_on_the_air
from transcripts import transcript_turns as _turns
from transcripts import voice_at as _voice


def test_a_full_name_after_we_have_and_before_on_the_line_is_a_guest() -> None:
    text = "And we have Helen Walsh on the line from the harbor ."
    assert [n for _, n, _ in guests_on_the_air(text)] == ["Helen Walsh"]
    assert list(guests_on_the_air("We have Harbor on the line .")) == []
    assert list(guests_on_the_air("We have ten minutes left .")) == []


ON_THE_LINE = """Good evening , this is Tide Watch , I'm Omar Kessel .
The storm reached the coast an hour ago .
And we have Helen Walsh on the line from the harbor .
Helen , what are you seeing ?
The waves are coming over the wall now .
The boats were all moved inland this afternoon , so the harbor is nearly empty .
Is anyone still out there ?
Only the coast guard , as far as I can tell .
Helen , thanks , stay safe .
Will do , Omar .
"""


def test_the_voice_put_on_the_air_answers_by_name(nlp: Any) -> None:
    document, turns = _turns(nlp, ON_THE_LINE)
    assert _voice(document, turns, "The waves are coming") == ("Helen Walsh", "guest")
    assert _voice(document, turns, "Only the coast guard") == ("Helen Walsh", "guest")
