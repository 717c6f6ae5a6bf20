"""A floating quote (a quotation after the sentence that named its speaker, with no cue of its
own) keeps its speaker in the export; the mention is dropped when it names the speaker or is a
description resolved to a name, kept when it is a pronoun or an unresolved description."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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
