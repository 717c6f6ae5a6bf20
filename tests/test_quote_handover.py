"""An uncued quotation after the narrative hands the word to someone new is not the previous
speaker's."""

from __future__ import annotations

from typing import Any

from test_quotes import containing, quotes_of

_OPENING = "The harbour board met on Friday.\n\n\u201cThe port cannot close this winter,\u201d Dana Orlov said.\n\n"


def test_a_named_subject_presenting_something_takes_the_next_uncued_quotation(nlp: Any) -> None:
    text = _OPENING + (
        "On the evening radio, Milo Brandt identified the cost of fuel as the main reason for the losses. "
        "\u201cThe boats burn more than they earn, and every owner in the bay knows it by now.\u201d\n"
    )
    quotes, names = quotes_of(nlp, text)
    assert names.get(containing(quotes, "The boats burn").speaker or "") == "Milo Brandt"


def test_an_uncued_quotation_still_continues_the_speaker_when_nobody_new_speaks(nlp: Any) -> None:
    text = _OPENING + (
        "The board will vote next week.\n\n"
        "\u201cThe boats burn more than they earn, and every owner in the bay knows it by now.\u201d\n"
    )
    quotes, names = quotes_of(nlp, text)
    assert names.get(containing(quotes, "The boats burn").speaker or "") == "Dana Orlov"
