"""Metadata from text captures in several layouts, written for these tests."""

from __future__ import annotations

import pytest

from storyline.ingest.dates import find_date, normalise_iso
from storyline.ingest.metadata import guess_metadata, inspect_metadata

PODCAST_PAGE = """The Daybreak Brief from Radio Kestrel - Why The Ferry Strike Matters Beyond Portoval
Episode Date: March 4, 2025Dock workers have stopped the ferries for a week. Host Tomas Vey talks with two reporters.
Transcript
This message comes from Lumen Bank.
The ferries have not moved for seven days.
From Radio Kestrel, I'm Tomas Vey.
"""

ARTICLE_PAGE = """Skip to main content
Menu
Search
WORLD
Harbour workers end strike after overnight talks in Portoval
Strikers gather at the harbour gate on Monday.
Ilse Varga/Kestrel Photo
By JANE ROE and Tomas Vey, Kestrel News
Published 3 March 2025
Last updated 4 March 2025, 09:10 GMT

PORTOVAL, Veldra (Reuters) — Dock workers in the port city ended a nine-day strike on Tuesday after union
leaders and the harbour authority agreed on a new shift schedule, officials said.

© 2025 Kestrel News Ltd. All rights reserved.
"""


def test_podcast_page_program_outlet_episode_title_and_date() -> None:
    meta = guess_metadata(PODCAST_PAGE, "ep.txt")
    assert meta.program == "The Daybreak Brief from Radio Kestrel"
    assert meta.outlet == "Radio Kestrel"
    assert meta.title == "Why The Ferry Strike Matters Beyond Portoval"
    assert meta.published == "2025-03-04"
    assert meta.dateline is None


def test_article_page_headline_after_chrome_byline_latest_date_dateline_and_outlet() -> None:
    meta, warnings = inspect_metadata(ARTICLE_PAGE, "a.txt")
    assert meta.title == "Harbour workers end strike after overnight talks in Portoval"
    assert meta.author == "Jane Roe and Tomas Vey"
    assert meta.published == "2025-03-04"  # the update, not the first publication
    assert meta.dateline == "Portoval"
    assert meta.outlet == "Kestrel News"  # the copyright line outweighs the agency in the dateline
    assert warnings == ()


def test_title_with_outlet_suffix_and_copyright_line() -> None:
    text = (
        "Bridge reopens after flood repairs | The Northern Ledger\n"
        "2025-03-04T09:10:00Z\n\n"
        "The bridge reopened to traffic on Tuesday morning after six weeks of repairs, the city said.\n\n"
        "Copyright 2025 The Northern Ledger\n"
    )
    meta = guess_metadata(text, "b.txt")
    assert meta.title == "Bridge reopens after flood repairs"
    assert meta.outlet == "The Northern Ledger"
    assert meta.published == "2025-03-04"


def test_known_outlet_suffix_without_other_cues() -> None:
    meta = guess_metadata(
        "Talks on fishing quotas stall again - Reuters\n\nNegotiators left without a deal.\n", "c.txt"
    )
    assert (meta.title, meta.outlet) == ("Talks on fishing quotas stall again", "Reuters")


def test_episode_title_program_outlet_separated_by_bars() -> None:
    text = "Ferry strike enters its second week | Morning Tide | Radio Kestrel\nAired Tuesday, March 11, 2025\n"
    meta = guess_metadata(text, "d.txt")
    assert (meta.title, meta.program, meta.outlet) == (
        "Ferry strike enters its second week",
        "Morning Tide",
        "Radio Kestrel",
    )
    assert meta.published == "2025-03-11"


def test_outlet_from_reporter_credit_and_sign_off() -> None:
    text = (
        "Inside the ferry strike\n\n"
        "KBN's Ada Lind reports from the harbour, where the gates stayed shut on Monday.\n"
        "I'm Ada Lind, and this is Harbour Watch from KBN.\n"
    )
    assert guess_metadata(text, "e.txt").outlet == "KBN"


def test_possessive_of_a_place_is_not_an_outlet() -> None:
    text = "Portoval talks resume\n\nVeldra's Prime Minister Ilan Sorn reports progress, aides said on Monday.\n"
    assert guess_metadata(text, "f.txt").outlet is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Updated Sept. 4th, 2024 at 3:15 p.m. ET", "2024-09-04"),
        ("Posted on 4 September 2024", "2024-09-04"),
        ("Published: 09/04/2024", "2024-09-04"),
        ("Tuesday, March 4, 2025 10:02 AM EST", "2025-03-04"),
        ("By Mara Ilves | Mar 4, 2025", "2025-03-04"),
        ("Date: 2025/03/04", "2025-03-04"),
    ],
)
def test_date_lines_in_several_formats(line: str, expected: str) -> None:
    text = f"Ferry service resumes after strike\n{line}\n\nThe ferries ran again on Tuesday, the operator said.\n"
    assert guess_metadata(text, "g.txt").published == expected


def test_missing_fields_are_none_and_the_missing_date_is_a_warning() -> None:
    text = "the ferries ran again on tuesday, the operator said, after a strike that lasted nine days.\n"
    meta, warnings = inspect_metadata(text, "h.txt")
    assert (meta.outlet, meta.program, meta.author, meta.published, meta.dateline) == (None,) * 5
    assert warnings == ("no publication date found; relative dates have no anchor",)


def test_impossible_date_is_reported_not_hidden() -> None:
    text = "Ferry service resumes\nUpdated February 30, 2025\n\nThe ferries ran again, the operator said.\n"
    meta, warnings = inspect_metadata(text, "i.txt")
    assert meta.published is None
    assert any("no such day" in w and "February 30, 2025" in w for w in warnings)


def test_unreadable_labelled_date_is_reported() -> None:
    text = "Ferry service resumes\nPublished 2025-3\n\nThe ferries ran again, the operator said.\n"
    _, warnings = inspect_metadata(text, "j.txt")
    assert any("cannot read the date" in w for w in warnings)


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        (
            "NEW YORK (AP) — The city council voted on Monday to expand the ferry service across the harbour.",
            "New York",
        ),
        ("LONDON—Ministers met on Tuesday to discuss the strike and its effect on trade with the continent.", "London"),
        (
            "PORT-AU-PRINCE, Haiti — Aid workers said on Monday that the port had reopened after the storm.",
            "Port-Au-Prince",
        ),
        ("WASHINGTON, D.C. -- Officials said on Monday that the talks would resume later this week.", "Washington"),
    ],
)
def test_datelines(opening: str, place: str) -> None:
    text = f"Ferry service resumes after long strike\n\n{opening}\n"
    assert guess_metadata(text, "k.txt").dateline == place


def test_first_line_of_speech_is_not_a_title() -> None:
    text = "HOST: Good morning and welcome back to the show, where today we talk about the strike.\nGUEST: Thanks.\n"
    assert guess_metadata(text, "l.txt").title is None


def test_headline_with_a_deck_after_a_semicolon() -> None:
    text = "Strike ends at the harbour;\nUnion and port agree on shifts\n\nThe strike ended on Tuesday.\n"
    assert guess_metadata(text, "m.txt").title == "Strike ends at the harbour; Union and port agree on shifts"


def test_subtitles_give_no_title_and_no_date_warning() -> None:
    vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Lena Morrow>Good morning and welcome to the show.\n"
    meta, warnings = inspect_metadata(vtt, "n.vtt")
    assert meta.title is None and warnings == ()


def test_find_date_and_normalise_iso() -> None:
    found = find_date("It happened on December 31st, 1999, at midnight.")
    assert found is not None and found.iso == "1999-12-31" and found.text == "December 31st, 1999"
    assert find_date("no date here") is None
    assert normalise_iso("2024-06-18T14:30:00Z") == "2024-06-18"
    assert normalise_iso("June 18, 2024") == "2024-06-18"
    assert normalise_iso("18/06/2024") == "2024-06-18"  # the first number cannot be a month
    assert normalise_iso("soon") is None


def test_subtitle_comment_gives_the_date() -> None:
    vtt = "WEBVTT\n\nNOTE\nEvening news clip, March 7, 2025.\n\n00:00:01.000 --> 00:00:04.000\nGood evening.\n"
    assert guess_metadata(vtt, "o.vtt").published == "2025-03-07"


def test_wire_page_with_url_line_date_first_line_and_agency_dateline() -> None:
    text = (
        "https://news.example/world/karsovia-border-2025-03-04/\n"
        "World\n"
        "Listen · 4:12\n"
        "Karsovia keeps border shut as talks near\n"
        "By Jane Roe\n"
        "March 4, 2025 6:40 PM GMT Updated 2 hours ago\n\n"
        "TESK, March 4 (Reuters) - Karsovia kept its main border crossing with Veldra closed on Tuesday, "
        "officials said.\n"
    )
    meta = guess_metadata(text, "w.txt")
    assert meta.url == "https://news.example/world/karsovia-border-2025-03-04/"
    assert meta.title == "Karsovia keeps border shut as talks near"
    assert meta.published == "2025-03-04"
    assert meta.dateline == "Tesk"
    assert meta.outlet == "Reuters"  # only the agency names an outlet here
    assert meta.author == "Jane Roe"


def test_abbreviated_weekday_and_dotted_time() -> None:
    text = "Ferry strike talks collapse\nTue 4 Mar 2025 18.40 GMT\n\nTalks broke down late on Tuesday.\n"
    assert guess_metadata(text, "x.txt").published == "2025-03-04"


def test_a_sentence_with_a_date_is_not_a_date_line() -> None:
    text = "Ferry strike talks collapse\nThe ferry is to run on May 3, 2025, the company said.\n"
    assert guess_metadata(text, "y.txt").published is None


def test_program_bar_outlet_line_on_a_transcript_page() -> None:
    text = (
        "Morning Tide | Radio Kestrel\n"
        "Ferry Strike Enters Its Second Week\n"
        "Episode Date: March 11, 2025\n"
        "Transcript\n"
        "Good morning, I'm Tomas Vey. We start at the harbour, where you can still see the ships waiting.\n"
    )
    meta = guess_metadata(text, "p.txt")
    assert (meta.program, meta.outlet, meta.title) == (
        "Morning Tide",
        "Radio Kestrel",
        "Ferry Strike Enters Its Second Week",
    )


def test_same_shape_on_an_article_page_is_headline_and_outlet() -> None:
    text = "Ferry Strike Ends | Radio Kestrel\n\nPORTOVAL — The ferry strike ended on Tuesday, the union said.\n"
    meta = guess_metadata(text, "q.txt")
    assert (meta.program, meta.outlet, meta.title) == (None, "Radio Kestrel", "Ferry Strike Ends")


def test_language() -> None:
    from storyline.ingest.metadata import guess_language

    english = "The ferries ran again on Tuesday after the strike, and the union said it was pleased with the deal. " * 3
    german = "Die Fähren fuhren am Dienstag nach dem Streik wieder, und die Gewerkschaft zeigte sich zufrieden. " * 3
    assert guess_language(english) == "en"
    assert guess_language(german) is None
    assert guess_language("Kurz.") == "en"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Copyright 2025 Kestrel News Ltd. All rights reserved.", "Kestrel News"),
        ("© 2020-2025 The Northern Ledger, LLC", "The Northern Ledger"),
        ("Copyright © 2025 U.S. Harbor Report. All rights reserved.", "U.S. Harbor Report"),
        ("(c) 2025 Radio Kestrel", "Radio Kestrel"),
    ],
)
def test_copyright_lines(line: str, outlet: str) -> None:
    text = f"Ferry service resumes after strike\n\nThe ferries ran again on Tuesday.\n\n{line}\n"
    assert guess_metadata(text, "r.txt").outlet == outlet


def test_dates_of_related_stories_further_down_do_not_count() -> None:
    text = (
        "Ferry strike ends after nine days\n"
        "Published March 3, 2025\n"
        "Updated March 4, 2025\n\n"
        "The strike ended on Tuesday after overnight talks between the union and the port, officials said.\n\n"
        "Related\n"
        "Union calls new vote on ferry schedules\n"
        "Published March 20, 2025\n"
    )
    assert guess_metadata(text, "s.txt").published == "2025-03-04"


def test_footer_date_when_the_header_has_none() -> None:
    body = "\n".join(
        f"Paragraph {n} about the harbour and the strike, with enough words to be body text." for n in range(50)
    )
    text = f"Ferry strike ends after nine days\n\n{body}\n\nPublished 4 March 2025\n"
    assert guess_metadata(text, "t.txt").published == "2025-03-04"


def test_role_labelled_speaker_line_is_not_a_title() -> None:
    text = "TOMAS VEY, HOST:\nThe ferries are moving again.\nANNA KELLER, BYLINE: The first boats left at dawn.\n"
    assert guess_metadata(text, "u.txt").title is None


def test_episode_number_then_date_and_archive_notices() -> None:
    text = "Harbour Watch\nEpisode 42 · March 6, 2025\nThe ferry strike, explained\nTranscript\nWelcome back.\n"
    assert guess_metadata(text, "v.txt").published == "2025-03-06"
    archived = "This article is more than 1 year old\nKarsovia shuts border as river row escalates\n"
    assert guess_metadata(archived, "w.txt").title == "Karsovia shuts border as river row escalates"


def test_date_from_the_page_address_when_nothing_else_gives_one() -> None:
    text = (
        "https://news.example/2025/03/04/ferry-strike-ends/\nFerry strike ends after nine days\n\nThe strike ended.\n"
    )
    meta, warnings = inspect_metadata(text, "z.txt")
    assert meta.published == "2025-03-04" and warnings == ()
    assert guess_metadata(text.replace("/03/04/", "/13/04/"), "z.txt").published is None


def test_site_name_above_the_headline_is_not_the_title() -> None:
    text = (
        "Northwind Radio News\n"
        "Karsovia reopens Lindmark crossing to grain trucks\n"
        "Updated March 7, 2025\n\n"
        "The crossing reopened on Monday, officials said, after talks in Tesk.\n\n"
        "Copyright 2025 Northwind Radio News\n"
    )
    meta = guess_metadata(text, "aa.txt")
    assert (meta.title, meta.outlet) == ("Karsovia reopens Lindmark crossing to grain trucks", "Northwind Radio News")
    assert guess_metadata("BBC News\nFerry strike talks collapse in Portoval\n", "ab.txt").title == (
        "Ferry strike talks collapse in Portoval"
    )
