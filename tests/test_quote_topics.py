"""A verb of speaking with a noun phrase for content reports no words: act "topic", a stance."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from quoting import containing, quotes_of
from storyline import MemoryStore
from storyline.cli.quotes import quote_rows
from storyline.export import validate_export

TEXT = (
    "Mayor Lena Ortiz criticized the council's budget on Tuesday. "
    "Ortiz said the budget was too small. "
    "Senator Paul Brandt talked about the flood defences at a town hall. "
    "He criticized that the repairs came late. "
    "The governor announced the closure of the bridge."
)


def test_an_object_of_criticism_or_talk_is_a_topic(nlp: Any) -> None:
    quotes, _ = quotes_of(nlp, TEXT)
    assert containing(quotes, "council's budget").act == "topic"
    assert containing(quotes, "flood defences").act == "topic"


def test_a_clause_stays_speech_whatever_the_verb(nlp: Any) -> None:
    quotes, _ = quotes_of(nlp, TEXT)
    assert containing(quotes, "budget was too small").act == "speech"
    assert containing(quotes, "repairs came late").act == "speech"


def test_an_object_that_stands_for_the_message_stays_speech(nlp: Any) -> None:
    quotes, _ = quotes_of(nlp, TEXT)
    assert containing(quotes, "closure of the bridge").act == "speech"


def test_a_noun_with_a_that_clause_carries_what_was_said(nlp: Any) -> None:
    quotes, _ = quotes_of(nlp, "Lena Ortiz criticized the claim that the dam had been inspected.")
    assert containing(quotes, "dam had been inspected").act == "speech"


def test_a_quotation_stays_speech(nlp: Any) -> None:
    quotes, _ = quotes_of(nlp, 'Lena Ortiz criticized "a budget written for another city."')
    assert containing(quotes, "written for another city").act == "speech"


def test_topics_are_exported_as_stances(run_captures: Callable[..., dict[str, Any]]) -> None:
    export = run_captures([{"source": "budget.txt", "text": TEXT}])
    assert validate_export(export) == []
    assert not any("council's budget" in q["text"] for q in export["quotes"])
    assert any(s["act"] == "topic" and "council's budget" in s["text"] for s in export["stances"])


def test_cli_lists_topics_on_request(store_of: Callable[..., MemoryStore]) -> None:
    store = store_of([{"source": "budget.txt", "text": TEXT}])
    assert not any("council's budget" in r.text for r in quote_rows(store))
    topics = list(quote_rows(store, act="topic"))
    assert topics and all(r.act == "topic" for r in topics)
    assert any("council's budget" in r.text for r in topics)
