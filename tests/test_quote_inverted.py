"""A sentence that opens with its speech verb ("Said Ravel: '...'") cues the quotation after it,
and the name or description after the verb is its speaker."""

from __future__ import annotations

from typing import Any

import pytest

from quoting import containing, quotes_of
from storyline.extract.quote_inverted import speech_lemma
from storyline.extract.quote_lexicon import lexicon

INTRO = "Tomas Ravel runs the ferry company in Port Alder. The harbour board met on Monday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ('Said Ravel: "The ferry will not run this winter."', "say"),
        ('Added Ravel, "We have asked the board for help twice."', "add"),
        ('Explained Ravel: "Nobody wants to pay for the repairs."', "explain"),
        ('Added Dr. Ravel, "We have asked the board for help twice."', "add"),
        ('Explained Sen. Ravel: "Nobody wants to pay for the repairs."', "explain"),
        ('Says Ravel: "The ferry will not run this winter."', "say"),
        ('The board said nothing. Quipped Ravel: "The ferry will not run this winter."', "quip"),
    ],
)
def test_opening_speech_verb_names_the_speaker(nlp: Any, sentence: str, cue: str) -> None:
    quotes, names = quotes_of(nlp, INTRO + sentence)
    quote = containing(quotes, "this winter" if "winter" in sentence else "the")
    assert quote.cue == cue
    assert quote.speaker is not None and names[quote.speaker] == "Tomas Ravel"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('Says the mayor: "The harbour needs a new pier before spring."', "the mayor"),
        ('Said the company\'s chief engineer, "The hull is older than the crew."', "the company's chief engineer"),
    ],
)
def test_opening_speech_verb_with_a_description(nlp: Any, sentence: str, speaker: str) -> None:
    quotes, _ = quotes_of(nlp, INTRO + sentence)
    quote = containing(quotes, '"The')
    assert quote.cue == "say"
    assert quote.speaker_name == speaker


def test_speech_lemma_of_forms() -> None:
    lex = lexicon()
    assert speech_lemma("Said", lex) == "say"
    assert speech_lemma("Added", lex) == "add"
    assert speech_lemma("quipped", lex) == "quip"
    assert speech_lemma("Says", lex) == "say"
    assert speech_lemma("Harbour", lex) is None


def test_opening_clause_is_not_an_inverted_cue(nlp: Any) -> None:
    # "Asked about ..." opens a participle clause: the speaker is the subject after it.
    quotes, names = quotes_of(nlp, INTRO + 'Asked about the repairs, Ravel said: "Nobody wants to pay for them."')
    quote = containing(quotes, "Nobody wants")
    assert quote.speaker is not None and names[quote.speaker] == "Tomas Ravel"
    assert quote.cue == "say"
