"""Speaker turns on small transcripts written for the purpose (labelled and unlabelled)."""

from __future__ import annotations

import dataclasses
from typing import Any

from storyline.clean import clean_capture
from storyline.records import Capture, Document, Turn
from storyline.settings import Settings
from storyline.speakers import find_turns, turn_quotes
from storyline.speakers.names import same_person, tidy_name


def _document(text: str, fmt: str = "text") -> Document:
    capture = Capture(source=f"show.{fmt}", content=text, format=fmt, kind="transcript")  # type: ignore[arg-type]
    return dataclasses.replace(clean_capture(capture, Settings()), kind="transcript")


def _turns(nlp: Any, text: str, fmt: str = "text") -> tuple[Document, tuple[Turn, ...]]:
    document = _document(text, fmt)
    return document, find_turns(document, nlp(document.text))


def _speaker_of(document: Document, turns: tuple[Turn, ...], words: str) -> Turn:
    at = document.text.index(words)
    return next(t for t in turns if t.start <= at < t.end)


UPPER_LABELS = """MARIA LOPEZ, HOST: Good evening. The council votes on the harbour bridge tonight.
TOM REED: The bridge has been closed for two years.
MARIA LOPEZ: Will the vote pass?
REED: I expect it will, narrowly.
"""


def test_upper_case_labels_with_roles_and_short_forms(nlp: Any) -> None:
    document, turns = _turns(nlp, UPPER_LABELS)
    assert [t.speaker_name for t in turns] == ["Maria Lopez", "Tom Reed", "Maria Lopez", "Tom Reed"]
    assert turns[0].role == "host" and turns[1].role == "guest"
    assert document.text[turns[1].start : turns[1].end] == "The bridge has been closed for two years."


def test_article_gets_no_turns(nlp: Any) -> None:
    document = dataclasses.replace(_document("MARIA LOPEZ: hi.\nTOM REED: hello.\nMARIA LOPEZ: bye."), kind="article")
    assert find_turns(document, nlp(document.text)) == ()


VTT = """WEBVTT

00:00:01.000 --> 00:00:03.000
<v Maria Lopez>Good evening, I'm Maria Lopez.</v>

00:00:03.500 --> 00:00:06.000
<v Tom Reed>Thanks for having me, the bridge matters to everyone here.</v>

00:00:06.500 --> 00:00:08.000
<v Maria Lopez>Why does it matter so much?</v>

00:00:08.500 --> 00:00:10.000
<v Tom Reed>Because half the town crosses it every day.</v>
"""


def test_labelled_vtt(nlp: Any) -> None:
    document, turns = _turns(nlp, VTT, "vtt")
    assert [t.speaker_name for t in turns] == ["Maria Lopez", "Tom Reed", "Maria Lopez", "Tom Reed"]
    assert turns[0].role == "host"
    last = turns[-1]
    assert document.text[last.start : last.end] == "Because half the town crosses it every day."


BRACKETS = """[Ana Silva]
Welcome back to the program. My guest studies rivers.
[Ben Ode]
Thanks. Rivers are moving faster than they used to.
[Ana Silva]
Why is that?
[Ben Ode]
Mostly because the snow melts earlier.
"""


def test_bracketed_speaker_lines(nlp: Any) -> None:
    document, turns = _turns(nlp, BRACKETS)
    assert [t.speaker_name for t in turns] == ["Ana Silva", "Ben Ode", "Ana Silva", "Ben Ode"]
    assert _speaker_of(document, turns, "snow melts").speaker_name == "Ben Ode"


TWO_HOSTS = """Hello and welcome to the Money Hour.
I'm Clara Voss.
And I'm Derek Lund.
Today we are joined by Nadia Pereira, an economist at the Coastal Institute.
Nadia, welcome to the show.
Thanks for having me.
Nadia, why are rents rising so fast in small towns?
Well, the short answer is that people moved out of the big cities.
I saw it in my own data first.
The numbers doubled in two years.
That is a remarkable shift.
Nadia Pereira is an economist at the Coastal Institute.
I'm Clara Voss.
"""


def test_two_hosts_one_guest(nlp: Any) -> None:
    document, turns = _turns(nlp, TWO_HOSTS)
    assert _speaker_of(document, turns, "And I'm Derek Lund").speaker_name == "Derek Lund"
    assert _speaker_of(document, turns, "Today we are joined").speaker_name == "Clara Voss"
    answer = _speaker_of(document, turns, "the short answer")
    assert (answer.speaker_name, answer.role) == ("Nadia Pereira", "guest")
    assert _speaker_of(document, turns, "Nadia, why are rents").role == "host"
    assert _speaker_of(document, turns, "I saw it in my own data").speaker_name == "Nadia Pereira"


CALL_IN = """This is Open Lines, I'm Rosa Diaz.
Our first caller is Sam Patel from Dayton.
Sam, what's on your mind?
Yeah, I drive a bus and I think the new schedule is a mess.
Nobody asked the drivers.
What would you change first?
I would put the early routes back.
Thanks for the call, Sam.
Our next caller is Greta Holm in Toledo.
Greta, go ahead, what do you think?
Well, I ride that bus every morning and it is always late now.
"""


def test_call_in_show_switches_callers(nlp: Any) -> None:
    document, turns = _turns(nlp, CALL_IN)
    assert _speaker_of(document, turns, "I drive a bus").speaker_name == "Sam Patel"
    assert _speaker_of(document, turns, "early routes back").speaker_name == "Sam Patel"
    assert _speaker_of(document, turns, "I ride that bus").speaker_name == "Greta Holm"
    assert _speaker_of(document, turns, "What would you change first?").speaker_name == "Rosa Diaz"


NO_INTRO = """What got you into beekeeping?
Well, my grandfather kept bees and I helped him every summer.
I was stung a lot.
Do you still get stung?
Oh, all the time, but I don't mind it anymore.
"""


def test_interview_without_introductions(nlp: Any) -> None:
    document, turns = _turns(nlp, NO_INTRO)
    first = _speaker_of(document, turns, "What got you")
    answer = _speaker_of(document, turns, "my grandfather")
    assert first.role == "host" and answer.role == "guest"
    assert answer.speaker_name is None and answer.confidence < 0.9  # unnamed: said, not guessed
    assert _speaker_of(document, turns, "Do you still").role == "host"
    assert _speaker_of(document, turns, "all the time").role == "guest"


CLIPS = """Good morning, I'm Ines Moreau.
The mayor spoke to reporters on Monday.
As Mayor Paul Grant put it,
We are not going to close the library.
The council meets again next week.
And we will keep every branch open for as long as I am here.
That's Paul Grant speaking at city hall.
"""


def test_clips_named_before_and_after(nlp: Any) -> None:
    document, turns = _turns(nlp, CLIPS)
    before = _speaker_of(document, turns, "We are not going to close")
    after = _speaker_of(document, turns, "keep every branch open")
    assert (before.speaker_name, before.role) == ("Paul Grant", "clip")
    assert (after.speaker_name, after.role) == ("Paul Grant", "clip")
    assert _speaker_of(document, turns, "The council meets").speaker_name == "Ines Moreau"


def test_garbled_name_in_credits_maps_to_the_introduced_guest(nlp: Any) -> None:
    text = (
        "From the newsroom, I'm Omar Haddad.\n"
        "We are joined by Jean Marsh, the chief economist at Northbank.\n"
        "Jean, welcome.\n"
        "Thanks, good to be here.\n"
        "Jean, what happens to prices now?\n"
        "Well, I think they keep rising for a while.\n"
        "Gene Marsh is the chief economist at Northbank.\n"
    )
    _, turns = _turns(nlp, text)
    names = {t.speaker_name for t in turns if t.role == "guest"}
    assert names == {"Jean Marsh"}


def test_turn_quotes_are_direct_quotes_of_guests_and_clips(nlp: Any) -> None:
    document, turns = _turns(nlp, UPPER_LABELS)
    quotes = turn_quotes(dataclasses.replace(document, turns=turns))
    assert [q.speaker_name for q in quotes] == ["Tom Reed", "Tom Reed"]
    assert all(q.from_turn and q.kind == "direct" for q in quotes)
    assert quotes[1].text == "I expect it will, narrowly."


def test_name_helpers() -> None:
    assert tidy_name("SHANKAR VEDANTAM") == "Shankar Vedantam"
    assert same_person("Derek Schafer", "Derek Shaffer")
    assert same_person("Gene Lee", "Jean Lee")
    assert not same_person("Jean Lee", "Jean Marsh")
    assert same_person("Angela", "Angela Stent")


def test_promo_sign_in_does_not_take_the_host_role(nlp: Any) -> None:
    text = (
        "I'm Lena Ortiz, and this is Tidewater.\n"
        "Today, the ferry strike enters its second week.\n"
        "Coming up on Harbor Notes, I'm Paul Reyes with the week in shipping.\n"
        "The union says talks resume Monday.\n"
        "I'm Lena Ortiz. Thanks for listening.\n"
    )
    document, turns = _turns(nlp, text)
    assert {t.speaker_name for t in turns if t.role == "host"} == {"Lena Ortiz"}
    assert _speaker_of(document, turns, "talks resume Monday").speaker_name == "Lena Ortiz"


def test_guest_introduced_by_role_sentence(nlp: Any) -> None:
    text = (
        "Good evening, I'm Lena Ortiz.\n"
        "Marta Kowalski is a professor of geology at the state university.\n"
        "Marta, what caused the landslide?\n"
        "Well, the slope had been saturated by three weeks of rain.\n"
        "I walked the site myself on Tuesday.\n"
    )
    document, turns = _turns(nlp, text)
    answer = _speaker_of(document, turns, "saturated")
    assert (answer.speaker_name, answer.role) == ("Marta Kowalski", "guest")


def test_looks_like_transcript() -> None:
    from storyline.speakers.detect import looks_like_transcript

    assert looks_like_transcript(TWO_HOSTS.replace("Nadia, welcome", "Nadia, are you ready?\nYes, welcome"))
    assert looks_like_transcript(UPPER_LABELS)
    assert not looks_like_transcript("The council met on Monday. It voted to repair the bridge.\nWork starts in May.")
