"""A cue inserted between commas inside the reported sentence."""

from __future__ import annotations

from typing import Any

from quoting import containing, quotes_of

BANK = "Marta Lind runs the savings bank in Orrefors. "


def test_inserted_cue_takes_the_whole_sentence(nlp: Any) -> None:
    text = BANK + "These tellers, Lind explained at the hearing, were well paid and trained."
    quotes, _ = quotes_of(nlp, text)
    quote = containing(quotes, "These tellers")
    assert quote.text == "These tellers were well paid and trained"
    assert [text[s:e] for s, e in quote.parts] == ["These tellers", "were well paid and trained"]
    assert text[quote.speaker_start : quote.speaker_end] == "Lind"
    assert quote.cue == "explain"


def test_inserted_cue_with_its_hearer(nlp: Any) -> None:
    text = BANK + "The difference now, she told me on Friday, is that the bank has more capital."
    quotes, _ = quotes_of(nlp, text)
    quote = containing(quotes, "The difference now")
    assert quote.text == "The difference now is that the bank has more capital"


def test_a_verb_with_its_own_object_is_no_insertion(nlp: Any) -> None:
    text = BANK + "Last spring, regulators charged two former clerks, Ann Moss and Ed Lyle, with fraud."
    quotes, _ = quotes_of(nlp, text)
    assert not [q for q in quotes if q.parts]


def test_inserted_cue_with_a_quotation_after_it_is_one_mixed_quote(nlp: Any) -> None:
    text = BANK + 'The tellers, Lind explained at the hearing, were "well paid," earning about $40,000 a year.'
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "well paid")
    assert quote.kind == "mixed" and quote.text.startswith("The tellers were")
    assert quote.speaker is not None and "Lind" in names[quote.speaker]
    assert len([q for q in quotes if "well paid" in q.text]) == 1


def test_frame_before_an_inserted_cue_leaves_the_quotation_direct(nlp: Any) -> None:
    quotes, _ = quotes_of(nlp, BANK + 'Asked about the branch, Lind said, "We will wait."')
    quote = containing(quotes, "We will wait")
    assert quote.kind == "direct" and "Asked" not in quote.text
