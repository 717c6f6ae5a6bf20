"""An uncued quotation after the narrative hands the word to someone new is not the previous
speaker's."""

from __future__ import annotations

from typing import Any

import pytest

from quoting import quote_fields

_OPENING = "The harbour board met on Friday.\n\n\u201cThe port cannot close this winter,\u201d Dana Orlov said.\n\n"
_BOATS = "\u201cThe boats burn more than they earn, and every owner in the bay knows it by now.\u201d\n"


@pytest.mark.parametrize(
    ("narration", "speaker"),
    [
        # A named subject presenting something takes the next uncued quotation.
        (
            "On the evening radio, Milo Brandt identified the cost of fuel as the main reason for the losses. ",
            "Milo Brandt",
        ),
        # An uncued quotation still continues the speaker when nobody new speaks.
        ("The board will vote next week.\n\n", "Dana Orlov"),
    ],
)
def test_the_speaker_of_an_uncued_quotation_after_narration(nlp: Any, narration: str, speaker: str) -> None:
    assert quote_fields(nlp, _OPENING + narration + _BOATS, "The boats burn")["speaker"] == speaker
