"""Archival clips named after they play ("That was NAME in 1998."): the clip runs back to the
sentence that presented the audio, and a second clip of the same voice is named "again".
Written for the purpose, in ASR style."""

from __future__ import annotations

from typing import Any

from transcripts import transcript_turns as _turns
from transcripts import voice_at as _voice

ARCHIVE = """This is Long Ago , I'm Carl Benning .
Thirty years ago this month , the mine at Greyhill closed .
Here with me is the writer Oona Pell , who grew up in Greyhill .
Oona , welcome .
Thanks , Carl .
Let's start with a recording many families there still keep .
The shaft is closing on Friday , and it is closing for good .
Go home and tell your families before the papers do .
That was the union leader Frank Addler in 1994 .
Oona , what do you remember of that week ?
Mostly the silence .
Nobody in our street said anything for days .
There's one more piece of tape I want to play .
This is from the last shift .
We came up at six .
Nobody looked back at the wheel .
That was Frank Addler again , at the gate .
"""


def test_an_archival_clip_runs_back_to_the_sentence_that_presents_it(nlp: Any) -> None:
    document, turns = _turns(nlp, ARCHIVE)
    assert _voice(document, turns, "The shaft is closing") == ("Frank Addler", "clip")
    assert _voice(document, turns, "Go home and tell") == ("Frank Addler", "clip")
    assert _voice(document, turns, "Let's start with a recording")[1] == "host"


def test_a_clip_named_again_after_it_plays_is_that_voice_and_its_dating_line_the_hosts(nlp: Any) -> None:
    document, turns = _turns(nlp, ARCHIVE)
    assert _voice(document, turns, "We came up at six") == ("Frank Addler", "clip")
    assert _voice(document, turns, "Nobody looked back") == ("Frank Addler", "clip")
    assert _voice(document, turns, "This is from the last shift")[1] == "host"


DATED = """This is Long Ago , I'm Carl Benning .
Here with me is the writer Oona Pell , who grew up in Greyhill .
Oona , welcome .
Thanks , Carl .
Oona , what did the town expect that spring ?
Nobody expected anything .
We thought the mine would go on forever .
Let's start with a recording many families there still keep .
The shaft is closing on Friday , and it is closing for good .
Go home and tell your families before the papers do .
That was the union leader Frank Addler in 1994 .
Addler had worked the shaft himself for twenty years .
What happened after that speech ?
The men went home early .
My father sat in the kitchen all night without a word .
"""


def test_a_voice_heard_only_in_dated_audio_takes_no_answer_after_it(nlp: Any) -> None:
    document, turns = _turns(nlp, DATED)
    assert _voice(document, turns, "The shaft is closing") == ("Frank Addler", "clip")
    assert _voice(document, turns, "My father sat in the kitchen")[0] == "Oona Pell"
