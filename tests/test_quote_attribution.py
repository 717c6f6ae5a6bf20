"""Quote speakers in harder positions: inverted cues, described names, colons, pronouns, titles."""

from __future__ import annotations

from typing import Any

from test_quotes import containing, quotes_of


def _mention(text: str, quote: Any) -> str | None:
    if quote.speaker_start is None:
        return None
    return text[quote.speaker_start : quote.speaker_end]


def test_inverted_cue_takes_an_untagged_name_after_it(nlp: Any) -> None:
    # The small tagger reads this surname as an adverb, not a name.
    text = "\u201cHaving access to the file is valuable,\u201d said Skelly, explaining the detour."
    quotes, _ = quotes_of(nlp, text)
    assert _mention(text, containing(quotes, "access to the file")) == "Skelly"


def test_name_after_told_is_the_addressee_not_the_speaker(nlp: Any) -> None:
    text = "Harriet Vale endorsed the mayor, but told The Tribune on Monday that the work would start in May."
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "work would start")
    assert quote.speaker is not None and names[quote.speaker] == "Harriet Vale"


def test_name_described_by_an_apposition_before_a_participle_cue(nlp: Any) -> None:
    text = (
        "Mitt Romney, the former governor, tweeted in response: "
        '"Important distinction: the mayor funds parks and schools."'
    )
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "Important distinction")
    assert quote.speaker is not None and names[quote.speaker] == "Mitt Romney"
