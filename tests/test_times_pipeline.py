"""find_times on parsed documents: tense from the parse, vetoes, anchors, the export shape."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from documents import text_document
from storyline.extract.times import find_times

TEXT = (
    "The two leaders met on Monday in the capital. The minister said he will travel there on Friday "
    "and that the talks are expected to end in March. Some 2000 soldiers have been deployed since 2019, "
    "and the mission will last nine months."
)


def test_tense_sets_direction(nlp: Any) -> None:
    document = text_document(TEXT, "2024-06-19")  # a Wednesday
    found = {t.text: t for t in find_times(document, nlp(TEXT))}
    assert found["Monday"].value == "2024-06-17"  # past: the same week
    assert found["Friday"].value == "2024-06-21"  # future: the coming Friday
    assert found["March"].value == "2025-03"  # expected to end: the next March
    assert found["2019"].value == "2019"
    assert found["nine months"].value == "P9M"
    assert found["nine months"].type == "DURATION"
    assert "2000" not in found  # a count of soldiers, not a year
    for t in found.values():
        assert TEXT[t.start : t.end] == t.text
        assert t.anchor == "2024-06-19"


def test_missing_anchor_is_visible(nlp: Any) -> None:
    document = text_document(TEXT, None)
    found = {t.text: t for t in find_times(document, nlp(TEXT))}
    assert found["Monday"].value == "XXXX-WXX-1"
    assert found["2019"].value == "2019"
    assert all(t.anchor is None for t in found.values())


def test_export_carries_times(run_captures: Callable[..., dict[str, Any]]) -> None:
    text = "Officials said yesterday that the bridge, closed last month, will reopen in the third quarter."
    export = run_captures([{"source": "bridge.txt", "text": text, "published": "2024-06-18"}])
    values = {t["text"]: t["value"] for t in export["times"]}
    assert values == {"yesterday": "2024-06-17", "last month": "2024-05", "the third quarter": "2024-Q3"}
    assert all(t["anchor"] == "2024-06-18" for t in export["times"])


def test_rates_are_not_durations(nlp: Any) -> None:
    text = "The plant makes 400 cars a week and saves $2 million a year. It was built within a year."
    found = find_times(text_document(text, "2024-06-19"), nlp(text))
    assert [(t.text, t.start) for t in found] == [("a year", text.rindex("a year"))]


def test_a_unit_after_an_adverb_is_a_duration(nlp: Any) -> None:
    text = "The meeting lasted nearly an hour."
    found = find_times(text_document(text, "2024-06-19"), nlp(text))
    assert [(t.text, t.value) for t in found] == [("nearly an hour", "PT1H")]


def test_names_are_not_times(nlp: Any) -> None:
    text = "Theresa May met April Ryan in March. Over 2000 people came in the 2000s."
    found = {t.text: t.value for t in find_times(text_document(text, "2024-06-19"), nlp(text))}
    assert found == {"March": "2024-03", "the 2000s": "200"}


def test_an_infinitive_after_a_simple_past_takes_the_nearest_month(nlp: Any) -> None:
    text = "The bank agreed in October to buy the small lender in January. It had planned to sell its unit Friday."
    document = text_document(text, "2024-11-05")  # a Tuesday
    found = {t.text: t.value for t in find_times(document, nlp(text))}
    assert found["January"] == "2025-01"  # to buy, after "agreed": ahead of the anchor
    assert found["Friday"] == "2024-11-01"  # after a pluperfect: still in the past


def test_the_morning_of_the_day_last_named(nlp: Any) -> None:
    text = "Shares fell on Tuesday. Traders sold heavily in the morning, and losses grew overnight."
    document = text_document(text, "2024-06-21")  # a Friday
    found = {t.text: t.value for t in find_times(document, nlp(text))}
    assert found["Tuesday"] == "2024-06-18"
    assert found["the morning"] == "2024-06-18TMO"
    assert found["overnight"] == "2024-06-17TNI"  # the night before the day spoken of
