"""A floating quote (a quotation after the sentence that named its speaker, with no cue of its
own) keeps its speaker in the export; the mention is dropped when it names the speaker or is a
description resolved to a name, kept when it is a pronoun or an unresolved description."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from quoting import containing, quotes_of

TEXT = (
    "The mill will close in June.\n\n"
    '"We looked at every option," said Gerald Finch, the owner. "None of them worked."\n\n'
    '"It is a sad day," Finch said, "for all of us."'
)


def _quote(export: dict[str, Any], words: str) -> dict[str, Any]:
    return next(q for q in export["quotes"] if words in q["text"])


def test_floating_quote_has_a_speaker_but_no_mention(run_captures: Callable[..., dict[str, Any]]) -> None:
    export = run_captures([{"source": "mill.txt", "text": TEXT}])
    floating = _quote(export, "None of them worked")
    assert floating["speaker_name"] == "Gerald Finch"
    assert floating["speaker_mention"] is None


def test_cued_quotes_keep_their_mention(run_captures: Callable[..., dict[str, Any]]) -> None:
    export = run_captures([{"source": "mill.txt", "text": TEXT}])
    for words in ("every option", "sad day"):
        assert _quote(export, words)["speaker_mention"] is not None


def test_a_floating_quote_after_a_pronoun_keeps_the_pronoun(run_captures: Callable[..., dict[str, Any]]) -> None:
    text = TEXT.replace('said Gerald Finch, the owner. "None', 'he said. "None').replace(
        "The mill will close in June.", "Gerald Finch will close his mill in June."
    )
    export = run_captures([{"source": "mill.txt", "text": text}])
    assert _quote(export, "None of them worked")["speaker_mention"] is not None


def test_a_floating_quote_after_a_resolved_description_has_no_mention(
    run_captures: Callable[..., dict[str, Any]],
) -> None:
    text = (
        "Labour Minister Gerald Finch met the mill's owners on Monday.\n\n"
        '"We looked at every option," the minister said. "None of them worked."'
    )
    export = run_captures([{"source": "mill.txt", "text": text}])
    floating = _quote(export, "None of them worked")
    assert floating["speaker_name"] == "Gerald Finch"
    assert floating["speaker_mention"] is None


def test_the_quote_stage_marks_the_quotes_that_float(nlp: Any) -> None:
    quotes, _ = quotes_of(nlp, TEXT)
    assert containing(quotes, "None of them worked").floating
    assert not containing(quotes, "every option").floating
    assert not containing(quotes, "sad day").floating


def test_a_quotation_handed_to_the_subject_of_the_sentence_before_floats(nlp: Any) -> None:
    text = (
        "The harbour board met on Friday.\n\n\u201cThe port cannot close this winter,\u201d Dana Orlov said.\n\n"
        "On the evening radio, Milo Brandt identified the cost of fuel as the main reason for the losses. "
        "\u201cThe boats burn more than they earn, and every owner in the bay knows it by now.\u201d\n"
    )
    quotes, names = quotes_of(nlp, text)
    boats = containing(quotes, "The boats burn")
    assert boats.speaker is not None and names[boats.speaker] == "Milo Brandt"
    assert boats.floating
