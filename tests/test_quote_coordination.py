"""Two cues of one speaker in one sentence give two quotes with the same speaker."""

from __future__ import annotations

from typing import Any

import pytest

from quoting import containing, quotes_of

INTRO = "Mara Quill chairs the harbour board in Port Alder.\n\n"


@pytest.mark.parametrize(
    ("sentence", "second", "cue"),
    [
        ("Quill said the ferry would run late this winter, adding that the pier needs repairs.", "pier", "add"),
        ("Quill said the ferry would run late this winter and warned that fares could rise.", "fares", "warn"),
        ("Quill said the ferry would run late, but she denied that the crew was to blame.", "crew", "deny"),
        ("Quill said the ferry would run late this winter, arguing that the storms were worse.", "storms", "argue"),
        (
            "Quill said the ferry would run late this winter, though she acknowledged it was unlikely to matter.",
            "unlikely",
            "acknowledge",
        ),
    ],
)
def test_second_cue_gives_its_own_quote(nlp: Any, sentence: str, second: str, cue: str) -> None:
    quotes, names = quotes_of(nlp, INTRO + sentence)
    first = containing(quotes, "ferry would run late")
    assert second not in first.text
    other = containing(quotes, second)
    assert other.cue == cue
    for quote in (first, other):
        assert quote.speaker is not None and names[quote.speaker] == "Mara Quill"


def test_coordinated_content_stays_one_quote(nlp: Any) -> None:
    quotes, _ = quotes_of(nlp, INTRO + "Quill said the ferry would run late and the crew would strike.")
    assert "crew would strike" in containing(quotes, "ferry would run late").text


def test_second_cue_read_as_a_complement(nlp: Any) -> None:
    quotes, names = quotes_of(nlp, INTRO + "Quill said the ferry was late and warned that fares could rise.")
    first = containing(quotes, "ferry was late")
    assert "fares" not in first.text
    second = containing(quotes, "fares could rise")
    assert second.speaker is not None and names[second.speaker] == "Mara Quill"


def test_noun_before_second_cue_is_its_subject(nlp: Any) -> None:
    # The parser reads "other members" as part of the first content: the second "said" is theirs,
    # not the first speaker's.
    text = INTRO + "Some members said they would boycott the vote and other members said they were not interested."
    quotes, _ = quotes_of(nlp, text)
    assert all(q.speaker_name != "Some members" for q in quotes if q.text.startswith("they were not"))


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        (
            "Quill said her son was relieved and hoped to pay the fine over time.",
            "her son was relieved and hoped to pay the fine over time",
        ),
        (
            "Quill said she had lost two boats in the storm last year and feared it would happen again.",
            "she had lost two boats in the storm last year and feared it would happen again",
        ),
    ],
)
def test_coordinated_hope_or_fear_continues_the_content(nlp: Any, sentence: str, whole: str) -> None:
    quotes, _ = quotes_of(nlp, INTRO + sentence)
    assert containing(quotes, whole.split(" and ")[0]).text == whole
