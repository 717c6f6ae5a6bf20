"""Article or transcript, from general signals of speech and of print."""

from __future__ import annotations

from storyline.ingest.kind import TRANSCRIPT_SCORE, detect_kind, transcript_score
from storyline.records import Capture

ARTICLE = """Harbour workers end strike after overnight talks

By Mara Ilves
Updated March 4, 2025

PORTOVAL, Veldra — Dock workers in the port city ended a nine-day strike on Tuesday after union leaders and
the harbour authority agreed on a new shift schedule, officials said.

"We have a deal that protects night crews," union secretary Ona Brel told reporters outside the harbour gate.

The strike had stranded some 40 cargo ships and halted ferry traffic to the islands, the authority said.
"""

INTERVIEW = """TOMAS VEY: Welcome back. The ferries have not moved in a week. Ona, what happened?
ONA BREL: Well, we asked for one thing, and that was safe night shifts.
TOMAS VEY: And the harbour authority said no?
ONA BREL: They said not this year. So we stopped work.
TOMAS VEY: How long can you hold out?
ONA BREL: As long as it takes, honestly.
"""

# An unlabelled speech-to-text transcript: short lines, no blank lines, talk in the first person.
SPOKEN_LINES = "\n".join(
    [
        "So I went down to the harbour on Monday morning",
        "and you could see the ships just sitting there",
        "and I thought, we can't keep doing this",
        "because my neighbours work on those boats",
        "and our town lives on the ferries, you know",
    ]
    * 5
)


def kind_of(text: str, **fields: object) -> str:
    return detect_kind(Capture(source="x.txt", content=text, **fields), text)  # type: ignore[arg-type]


def test_news_article_is_an_article() -> None:
    assert kind_of(ARTICLE) == "article"
    assert transcript_score(ARTICLE) < 0


def test_speaker_labelled_interview_is_a_transcript() -> None:
    assert kind_of(INTERVIEW) == "transcript"


def test_unlabelled_spoken_lines_are_a_transcript() -> None:
    assert transcript_score(SPOKEN_LINES) >= TRANSCRIPT_SCORE


def test_podcast_page_markers() -> None:
    page = (
        "Harbour Watch - Episode 12: The Ferry Strike\nEpisode Date: March 4, 2025\nTranscript\n"
        "This message comes from Lumen Bank.\nHello, I'm Tomas Vey.\n"
    )
    assert kind_of(page) == "transcript"


def test_one_marker_alone_is_not_enough() -> None:
    assert kind_of("The podcast industry grew last year, a trade group said in a report on Monday.") == "article"


def test_a_list_of_labelled_lines_in_an_article_is_not_an_interview() -> None:
    text = ARTICLE + "\nIowa: 12 delegates.\nOhio: 9 delegates.\nMaine: 4 delegates.\nUtah: 6 delegates.\n"
    assert kind_of(text) == "article"


def test_subtitles_and_given_kind() -> None:
    assert kind_of("WEBVTT\n\n00:00.000 --> 00:01.000\nHi.", format="vtt") == "transcript"
    assert kind_of(INTERVIEW, kind="article") == "article"


def test_transcription_service_layout_is_a_transcript() -> None:
    text = "\n".join(
        f"Speaker {1 + n % 2} ({n // 60:02d}:{n % 60:02d}):\nWe talked about the harbour and what it means for us."
        for n in range(0, 600, 37)
    )
    assert kind_of(text) == "transcript"


def test_broadcast_transcript_with_role_labels_and_tape_marks() -> None:
    text = (
        "TOMAS VEY, HOST:\nThe ferries are moving again.\n"
        "(SOUNDBITE OF ARCHIVED BROADCAST)\n"
        "ONA BREL: We have a deal.\n"
        "TOMAS VEY, HOST: Ona Brel speaking on Tuesday. Anna Keller joins us now.\n"
        "ANNA KELLER, BYLINE: Thanks, Tomas. The first boats left at dawn.\n"
        "TOMAS VEY, HOST: And the trucks?\n"
        "ANNA KELLER, BYLINE: Still waiting, but moving.\n"
        "(COMMERCIAL BREAK)\n"
    )
    assert kind_of(text) == "transcript"


def test_line_layout_of_text_from_html_does_not_count() -> None:
    html = Capture(source="x.html", content="<html></html>", format="html")
    assert detect_kind(html, SPOKEN_LINES.replace("you", "they").replace("I ", "she ")) == "article"


def test_a_dateline_with_a_date_and_an_agency_is_a_sign_of_print() -> None:
    body = "Dock workers ended a strike on Tuesday after talks with the harbour authority, officials said.\n"
    dated = "PORTOVAL, Veldra, March 4 (Harbour Wire) — " + body
    assert transcript_score(dated) < transcript_score(body)
