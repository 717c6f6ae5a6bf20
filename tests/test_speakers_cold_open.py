"""A cold open: first-person tape before the host opens the show. Written for the purpose, in
ASR style."""

from __future__ import annotations

from typing import Any

from transcripts import transcript_turns as _turns
from transcripts import voice_at as _voice

COLD_OPEN = """You never really own a boat , the sea just lends it to you .
I learned that the winter my engine quit ten miles out .
My brother had to tow me home in the dark .
This is Working Water , stories from the coast .
I'm Lotte Vranken .
My guest today has built wooden boats by hand for thirty years .
When did you build your first one ?
I was nineteen , and it leaked like a basket .
It took me a whole summer to make it float .
What changed after that ?
I stopped rushing .
Aldo Petrakis , thank you for talking with me .
Thank you , Lotte .
"""

TEASER = """Today we go out to sea with a boatbuilder .
He has worked on the same beach his whole life .
This is Working Water , stories from the coast .
I'm Lotte Vranken .
When did you build your first boat ?
I was nineteen , and it leaked like a basket .
Aldo Petrakis , thank you for talking with me .
Thank you , Lotte .
"""


def test_first_person_tape_before_the_hosts_sign_in_is_not_the_host(nlp: Any) -> None:
    document, turns = _turns(nlp, COLD_OPEN)
    assert _voice(document, turns, "I learned that the winter") == ("Aldo Petrakis", "guest")
    assert _voice(document, turns, "My brother had to tow") == ("Aldo Petrakis", "guest")
    assert _voice(document, turns, "This is Working Water")[1] == "host"


def test_a_hosts_teaser_before_the_sign_in_stays_the_hosts(nlp: Any) -> None:
    document, turns = _turns(nlp, TEASER)
    assert _voice(document, turns, "Today we go out to sea")[1] == "host"
    assert _voice(document, turns, "He has worked on the same beach")[1] == "host"
