"""How far back a pronoun cue looks for its speaker: sentences where the same pronoun speaks,
quoted sentences of one speaker's turn, and names that only modify a noun."""

from __future__ import annotations

from typing import Any

from quoting import containing, quotes_of


def test_a_sentence_where_the_same_pronoun_speaks_is_skipped(nlp: Any) -> None:
    text = (
        "Tom Hale, a farmer, spoke at the hall on Tuesday.\n\n"
        "The old rules were fair, he said, but the new ones favour Jim Brody and Carl Dunn.\n\n"
        '"We will not accept that," he said.'
    )
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "will not accept")
    assert quote.speaker is not None and names[quote.speaker] == "Tom Hale"


def test_a_name_the_same_pronoun_describes_inside_its_sentence_stays_in_reach(nlp: Any) -> None:
    text = 'Mayor Tom Hale condemned what he called a reckless plan.\n\n"The council must stop it," he told reporters.'
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "council must stop")
    assert quote.speaker is not None and names[quote.speaker] == "Tom Hale"


def test_quoted_sentences_of_a_turn_keep_the_speaker_in_reach(nlp: Any) -> None:
    text = (
        "Mara Quist watched from the porch of the house.\n\n"
        '"Stop. Stop now. Put it down. Leave him alone. Please. Go home," she says.\n\n'
        "The crowd grew.\n\n"
        '"Why did you do it?" she shouts.'
    )
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "Why did you")
    assert quote.speaker is not None and names[quote.speaker] == "Mara Quist"


def test_a_name_modifying_a_noun_is_no_antecedent(nlp: Any) -> None:
    text = (
        "Ann Berg runs the food bank in the valley.\n\n"
        "Volunteers think the Lisa Dunn campaign forgot the town.\n\n"
        '"It is not enough," she said.'
    )
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "not enough")
    assert quote.speaker is not None and names[quote.speaker] == "Ann Berg"


def test_they_takes_a_named_group_that_spoke_in_the_sentence_before(nlp: Any) -> None:
    text = 'Democrats said the vote was a stunt.\n\n"The panel has no power to compel testimony," they said.'
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "no power to compel")
    assert quote.speaker is not None and names[quote.speaker] == "Democrats"


def test_they_after_a_group_that_did_not_speak_stays_unresolved(nlp: Any) -> None:
    text = 'Democrats lost the vote on Tuesday.\n\n"The panel has no power to compel testimony," they said.'
    quotes, _ = quotes_of(nlp, text)
    quote = containing(quotes, "no power to compel")
    assert quote.speaker is None and quote.speaker_name == "they"
