"""A guest who answers after a played clip: the clip's cue names the clip's voice, not the one
who answers the host's question about it. Written for the purpose, in ASR style."""

from __future__ import annotations

from typing import Any

from transcripts import transcript_turns as _turns
from transcripts import voice_at as _voice

CLIP_THEN_ANSWER = """This is Capitol Notes , I'm Vera Lindholm .
Every week our regular contributor helps me sort out the session .
Marcus Feeney is with us , as always .
Hi Marcus .
Hi Vera , glad to be here .
So the housing bill finally came to the floor .
It did , and the debate was louder than anyone expected .
The sponsor gave a speech that people are still quoting .
Let's hear it .
Here's Senator Ottoline Graves on the floor on Tuesday .
I have heard every excuse for doing nothing .
I will not hear another one .
That is not how the senator usually sounds on the floor .
What stood out to you ?
The tone , mostly .
She usually keeps her speeches dry and full of numbers .
This time she was talking to the gallery as much as to the chamber .
Does it pass ?
Probably , but not by much .
Marcus Feeney , thanks as always .
Thanks , Vera .
"""


def test_the_answer_after_a_clip_goes_to_the_guest_not_the_clips_voice(nlp: Any) -> None:
    document, turns = _turns(nlp, CLIP_THEN_ANSWER)
    assert _voice(document, turns, "I have heard every excuse") == ("Ottoline Graves", "clip")
    assert _voice(document, turns, "The tone , mostly") == ("Marcus Feeney", "guest")
    assert _voice(document, turns, "She usually keeps") == ("Marcus Feeney", "guest")
