"""Quotations signed with a dash and a name."""

from __future__ import annotations

from typing import Any

from quoting import containing, quotes_of

TEXT = (
    "Riders react to the fare increase\n\n"
    "We asked commuters in Halverton what they make of it.\n\n"
    "\u201cI take two buses to work. This raise costs me a day of groceries every month.\u201d \u2015 Nadia Ferreira\n"
    "\u201cThe service got worse while the price went up. Who agreed to this?\u201d\u2015 Owen Castell, 52, Brookmere\n"
)


def test_signed_quotations_take_the_signature_as_speaker(nlp: Any) -> None:
    quotes, _ = quotes_of(nlp, TEXT)
    first = containing(quotes, "two buses to work")
    second = containing(quotes, "service got worse")
    assert first.speaker_name == "Nadia Ferreira" and first.kind == "direct" and first.cue is None
    assert second.speaker_name == "Owen Castell"
    assert TEXT[second.speaker_start : second.speaker_end] == "Owen Castell"


def test_a_title_and_its_author_is_no_quote(nlp: Any) -> None:
    text = "The band closed with one song.\n\n\u201cHarbour Lights\u201d \u2014 Mara Quinn\n"
    quotes, _ = quotes_of(nlp, text)
    assert not [q for q in quotes if "Harbour Lights" in q.text]


def test_a_closing_mark_typed_for_the_opening_one_still_opens_the_quotation(nlp: Any) -> None:
    text = (
        "We asked commuters in Halverton what they make of it.\n\n"
        "\u201dThe lanes are a disgrace. Nobody asked the shops on Main Street.\u201d \u2015 Dana Whitfield\n"
        "\u201cI ride the bus every day and the lanes save me twenty minutes.\u201d \u2015 Omar Haddad\n"
    )
    quotes, _ = quotes_of(nlp, text)
    first = containing(quotes, "lanes are a disgrace")
    assert first.speaker_name == "Dana Whitfield" and first.kind == "direct"
    assert first.text.startswith("\u201dThe lanes") and first.text.endswith("Street.\u201d")
    assert containing(quotes, "ride the bus").speaker_name == "Omar Haddad"
