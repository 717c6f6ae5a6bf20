"""What a quote reports: speech, thought, intention or evidence (``act``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from quoting import containing, quotes_of
from storyline.export import validate_export

TEXT = (
    "Councillor Ada Brennan said the tram line will open in May. "
    "Brennan believes the budget will hold. "
    "She wants to extend the line to the airport. "
    "A survey by the transit office shows that most riders support the extension."
)


def test_each_quote_says_what_it_reports(nlp: Any) -> None:
    quotes, _ = quotes_of(nlp, TEXT)
    assert containing(quotes, "tram line will open").act == "speech"
    assert containing(quotes, "budget will hold").act == "thought"
    assert containing(quotes, "extend the line").act == "intention"
    assert containing(quotes, "most riders support").act == "evidence"


def test_words_in_quotation_marks_are_speech(nlp: Any) -> None:
    quotes, _ = quotes_of(nlp, 'Ada Brennan thinks aloud: "The tram line will open in May, and on time."')
    assert containing(quotes, "tram line will open").act == "speech"


def test_export_and_cli_carry_the_act(run_captures: Callable[..., dict[str, Any]]) -> None:
    export = run_captures([{"source": "tram.txt", "text": TEXT}])
    assert validate_export(export) == []
    assert {q["act"] for q in export["quotes"]} == {"speech"}
    assert {"thought", "intention", "evidence"} <= {s["act"] for s in export["stances"]}
