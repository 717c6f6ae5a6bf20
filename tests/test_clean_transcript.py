"""Cleaning podcast transcripts: page furniture, sponsor reads without keywords, ASR repeats."""

from __future__ import annotations

from storyline.clean import clean_capture
from storyline.clean.repeats import find_repeats
from storyline.records import Capture, Document
from storyline.settings import Settings

SHOW = [
    "Welcome back to the Harbor Report, I'm your host Dana Fields.",
    "Today we are talking about the fishing fleet in the northern bay.",
    "The fleet has shrunk by half in ten years, and the town council wants to know why.",
    "My guest is Omar Reyes, who has fished these waters for thirty years.",
    "Omar, what changed on the water?",
    "The fish moved north when the water got warmer, and the quotas did not move with them.",
    "So the boats have to travel much farther for the same catch.",
    "That means more fuel, more time away, and smaller profits for every crew.",
    "Some families sold their boats to the big companies from the south.",
    "We'll be right back.",
]
# A host-read ad: no "sponsor", no "this message comes from", only its shape and its address.
READ = [
    "Are you tired of waking up with a sore back every single morning?",
    "Most of us sleep on a mattress that is far too old for our bodies.",
    "Cloudnest makes a foam mattress that adapts to the way you sleep.",
    "You get one hundred nights to try it at home, and shipping is free.",
    "Go to cloudnest dot com slash harbor and use code harbor for twenty percent off your order.",
    "That's cloudnest dot com slash harbor.",
]
BACK = [
    "And we're back with Omar Reyes.",
    "Omar, what would help the fleet most right now?",
    "Honestly, a quota that follows the fish instead of the map would help every crew in town.",
    "The council meets again in March to vote on the new rules.",
    "Some captains have already started to share boats to cut their costs.",
    "Others are training their children for jobs on shore instead.",
    "Thank you for joining us, Omar.",
    "Thank you for having me.",
]
EPISODE = "\n".join(SHOW + READ + BACK) + "\n"


def clean(text: str) -> Document:
    return clean_capture(Capture(source="episode.txt", content=text, kind="transcript"), Settings())


def test_host_read_ad_without_keywords_is_removed() -> None:
    doc = clean(EPISODE)
    ads = " ".join(r.text for r in doc.removed if r.reason == "ad")
    for sentence in READ[2:]:
        assert sentence in ads
    assert "cloudnest" not in doc.text.lower()


def test_show_sentences_stay() -> None:
    doc = clean(EPISODE)
    for sentence in SHOW[:9] + BACK[1:]:
        assert sentence in doc.text, sentence


def test_transcript_page_furniture_is_removed() -> None:
    page = (
        "Harbor Report - The Shrinking Fleet\n"
        "Episode Date: March 3, 2025In this episode we visit the bay.Write to us at bay@example.org."
        "Learn more about sponsor message choices: podcastchoices.com/adchoicesHarbor Privacy Policy\n"
        "Transcript\nDiscussion (0)\n" + EPISODE
    )
    doc = clean(page)
    got = {r.text.strip(): r.reason for r in doc.removed}
    assert got["Transcript"] == "boilerplate"
    assert got["Discussion (0)"] == "boilerplate"
    assert got["Write to us at bay@example.org."] == "boilerplate"
    # The description and its date stay: they name the episode's people and anchor its dates.
    assert "March 3, 2025In this episode we visit the bay." in doc.text
    assert "privacy" not in doc.text.lower() and "podcastchoices" not in doc.text
    assert [doc.text[h.start : h.end] for h in doc.headings] == ["Harbor Report - The Shrinking Fleet"]


def test_asr_repeat_is_kept_once() -> None:
    text = (
        "The council said the harbor will close for repairs in the spring and the harbor will close for repairs "
        "in the spring and reopen in June.\nThat is the plan.\n"
    )
    doc = clean(text)
    assert doc.text.count("will close for repairs in the spring") == 1
    assert "reopen in June" in doc.text
    assert [r.reason for r in doc.removed] == ["duplicate"]


def test_short_repeats_are_speech_not_errors() -> None:
    assert find_repeats("I think, I think we should go. No, no, no.") == []


def test_repeat_across_a_line_break_is_found() -> None:
    cuts = find_repeats("we have to fix the roof before the\nrain we have to fix the roof before the rain comes")
    assert len(cuts) == 1
