"""Host cues: an interviewer who reflects at length in the first person between questions, a host
moving on to the next question. Transcripts written for the purpose, in ASR style (one sentence a
line, punctuation spaced off)."""

from __future__ import annotations

from typing import Any

from transcripts import transcript_turns as _turns
from transcripts import voice_at as _voice

REFLECTIVE = """This is Slow Read .
I'm Olga Feld .
My guest is Bettina Ruhl , who wrote a book about driving a snowplough .
Bettina , welcome .
Thanks , Olga .
Why did you write it ?
Because every winter I saw the same roads , and nobody ever asked what I saw .
The nights were long , and I had a notebook on the seat .
I want to stop there for a moment .
When I was a student I drove a night bus for a winter .
I never wrote a word about it .
So when I read your chapter about the frozen bridge , I had to put the book down .
What happened on the bridge ?
The truck in front of me slid sideways , and I stopped a foot from it .
"""


def test_a_host_speaking_of_the_guests_chapter_in_the_first_person_keeps_the_floor(nlp: Any) -> None:
    document, turns = _turns(nlp, REFLECTIVE)
    assert _voice(document, turns, "So when I read your chapter") == ("Olga Feld", "host")
    assert _voice(document, turns, "The truck in front") == ("Bettina Ruhl", "guest")


MAILBAG = """This is Ask the Vet .
I'm Olga Feld .
My guest is the vet Bettina Ruhl .
Bettina , why do cats eat grass ?
Cats eat grass to settle the stomach , mostly .
It is normal , and it does no harm .
If your cat eats a lot of it , though , see a vet .
Our next question came by email , from a reader in Hull .
She says her dog howls whenever the phone rings .
Is that normal ?
"""


def test_the_host_moving_on_to_the_next_question_takes_the_floor_back(nlp: Any) -> None:
    document, turns = _turns(nlp, MAILBAG)
    assert _voice(document, turns, "Our next question") == ("Olga Feld", "host")


CLOSING = """This is Slow Read .
I'm Olga Feld .
My guest is Bettina Ruhl , who drove a snowplough for thirty winters .
Bettina , what was the worst night ?
The night the bridge froze , no question .
The truck in front of me slid sideways .
Last question .
Would you do it again ?
Every winter , if they let me .
Bettina Ruhl , thank you for talking with me .
Thank you , it was a pleasure .
Slow Read is produced by Konrad Aschel .
"""


def test_last_question_is_the_hosts(nlp: Any) -> None:
    document, turns = _turns(nlp, CLOSING)
    assert _voice(document, turns, "Last question") == ("Olga Feld", "host")


def test_thanks_returned_with_a_word_on_the_visit_is_the_guests(nlp: Any) -> None:
    document, turns = _turns(nlp, CLOSING)
    assert _voice(document, turns, "Thank you , it was a pleasure") == ("Bettina Ruhl", "guest")
