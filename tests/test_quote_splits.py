"""A quotation split by its cue clause is one quote with its parts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from quoting import containing, quotes_of
from storyline.export import validate_export

SPLIT = (
    "Ines Okafor chairs the ferry board in Port Alder.\n\n"
    '"The timetable stays as it is," Okafor said, "until the new pier is finished in spring."'
)


def test_split_quotation_is_one_quote_with_two_parts(nlp: Any) -> None:
    quotes, _ = quotes_of(nlp, SPLIT)
    quote = containing(quotes, "timetable stays")
    assert "until the new pier" in quote.text and "Okafor said" not in quote.text
    assert len([q for q in quotes if "pier" in q.text or "timetable" in q.text]) == 1
    first, second = quote.parts
    assert SPLIT[first[0] : first[1]].startswith('"The timetable')
    assert SPLIT[second[0] : second[1]].endswith('spring."')
    assert (quote.start, quote.end) == (first[0], second[1])
    assert SPLIT[quote.speaker_start : quote.speaker_end] == "Okafor"
    assert quote.cue == "say"


def test_two_sentences_stay_two_quotes(nlp: Any) -> None:
    text = (
        "Ines Okafor chairs the ferry board in Port Alder.\n\n"
        '"The timetable stays as it is," Okafor said. "The new pier will be finished in spring."'
    )
    quotes, _ = quotes_of(nlp, text)
    first = containing(quotes, "timetable stays")
    assert "pier" not in first.text and not first.parts
    assert containing(quotes, "new pier") is not first


def test_export_gives_the_parts_of_a_split_quote(run_captures: Callable[..., dict[str, Any]]) -> None:
    export = run_captures([{"source": "ferry.txt", "text": SPLIT}])
    assert validate_export(export) == []
    quote = next(q for q in export["quotes"] if "timetable" in q["text"])
    text = export["documents"][0]["text"]
    assert [text[p["start"] : p["end"]][:4] for p in quote["parts"]] == ['"The', '"unt']
    assert all("parts" not in q for q in export["quotes"] if q is not quote)


def test_reported_sentence_around_its_cue_is_one_quote(nlp: Any) -> None:
    text = (
        "Ines Okafor chairs the ferry board in Port Alder. "
        "The new pier, she said, will double the number of crossings next summer."
    )
    quotes, _ = quotes_of(nlp, text)
    quote = containing(quotes, "The new pier")
    assert quote.kind == "indirect"
    assert quote.text == "The new pier will double the number of crossings next summer"
    assert [text[s:e] for s, e in quote.parts] == ["The new pier", "will double the number of crossings next summer"]
    assert text[quote.speaker_start : quote.speaker_end] == "she"


def test_according_to_inside_its_clause_keeps_both_sides(nlp: Any) -> None:
    text = "The ferry levy, according to the harbour board, would cost commuters forty dollars a month."
    quotes, _ = quotes_of(nlp, text)
    quote = containing(quotes, "would cost commuters")
    assert quote.text == "The ferry levy would cost commuters forty dollars a month"
    assert [text[s:e] for s, e in quote.parts] == ["The ferry levy", "would cost commuters forty dollars a month"]
    assert quote.cue == "according to"


def test_split_carried_on_by_a_conjunction_is_one_quote(nlp: Any) -> None:
    text = (
        "Ines Okafor chairs the ferry board in Port Alder.\n\n"
        '"I respect the captains," Okafor said, but "when it comes to safety, the captains have a long '
        'record of cutting corners."'
    )
    quotes, _ = quotes_of(nlp, text)
    quote = containing(quotes, "respect the captains")
    assert "cutting corners" in quote.text and "Okafor said" not in quote.text
    assert len(quote.parts) == 2


def test_reported_half_and_its_quotation_are_one_mixed_quote(nlp: Any) -> None:
    text = (
        "Ines Okafor chairs the ferry board in Port Alder.\n\n"
        'Most of the passengers were tourists, Okafor said, and "I had to stop and think about the winter."'
    )
    quotes, _ = quotes_of(nlp, text)
    quote = containing(quotes, "passengers were tourists")
    assert "stop and think" in quote.text and quote.kind == "mixed"
    assert len(quote.parts) == 2


def test_mixed_half_and_its_quotation_are_one_quote(nlp: Any) -> None:
    text = (
        "Ines Okafor chairs the ferry board in Port Alder.\n\n"
        'The new pier is "solid as a rock," Bruno Lenz wrote in a letter to the board, and "a credit to the town."'
    )
    quotes, _ = quotes_of(nlp, text)
    quote = containing(quotes, "solid as a rock")
    assert "credit to the town" in quote.text
    assert len([q for q in quotes if "credit to the town" in q.text]) == 1


def test_unfinished_reported_half_joins_the_quotation_after_its_cue(nlp: Any) -> None:
    text = (
        "Ines Okafor chairs the ferry board in Port Alder.\n\n"
        'There was, she said, "an unspoken deal between the town and the ferry company."'
    )
    quotes, _ = quotes_of(nlp, text)
    quote = containing(quotes, "unspoken deal")
    assert quote.text.startswith("There was") and quote.kind == "mixed"
    assert len(quotes) == 1


def test_unfinished_reported_content_alone_is_no_quote(nlp: Any) -> None:
    text = "That was what Bruno Lenz said when he left the ferry board in 2019."
    quotes, _ = quotes_of(nlp, text)
    assert not [q for q in quotes if q.text.strip() == "That was"]


def test_quotations_coordinated_under_one_cue_are_one_quote(nlp: Any) -> None:
    text = (
        "Tom Pike spoke at a rally in Dover on Friday.\n\n"
        'Pike tells his supporters at the rally to "go to the town hall and vote" and then "go to some '
        'other hall and stand there with your friends and make sure it is all fair."'
    )
    quotes, _ = quotes_of(nlp, text)
    quote = containing(quotes, "town hall and vote")
    assert "make sure it is all fair" in quote.text and len(quote.parts) == 2
    assert quote.speaker_name is not None and quote.cue == "tell"


def test_quotation_set_off_by_a_dash_after_the_reported_words_joins_them(nlp: Any) -> None:
    text = (
        "Tom Pike spoke at a rally in Dover on Friday.\n\n"
        'Pike beamed and asked the crowd to welcome the mayor - "my new best friend."'
    )
    quotes, _ = quotes_of(nlp, text)
    quote = containing(quotes, "my new best friend")
    assert quote.text.startswith("the crowd to welcome") and quote.kind == "mixed"
    assert len([q for q in quotes if "best friend" in q.text]) == 1
