"""Speakers that are not the subject of the clause above the cue: the object of a verb that
makes someone speak ("forced Lee to admit"), the person on a recording ("footage of Lee
saying"), the last item of a list a relative clause follows, a name compounded with a claim noun."""

from __future__ import annotations

from typing import Any

from quoting import containing, quotes_of


def _speaker(names: dict[str, str], quote: Any) -> str | None:
    return names.get(quote.speaker) if quote.speaker is not None else None


def test_the_object_of_a_verb_that_makes_someone_speak_is_the_speaker(nlp: Any) -> None:
    text = (
        "Senator Ruth Okafor questioned the banker Paul Dremmel on Tuesday. "
        "Okafor also forced Dremmel to admit that no senior managers had been dismissed."
    )
    quotes, names = quotes_of(nlp, text)
    assert _speaker(names, containing(quotes, "no senior managers")) == "Paul Dremmel"


def test_a_person_on_a_recording_speaks_not_the_recording(nlp: Any) -> None:
    text = 'The ad uses footage of Tom Berg asking, "Why are we not ahead by fifty points, you might ask?"'
    quotes, names = quotes_of(nlp, text)
    assert _speaker(names, containing(quotes, "fifty points")) == "Tom Berg"


def test_an_object_that_is_no_person_leaves_the_subject_speaking(nlp: Any) -> None:
    text = "Mara Quint took the stage to say that the bridge would open in May."
    quotes, names = quotes_of(nlp, text)
    assert _speaker(names, containing(quotes, "bridge would open")) == "Mara Quint"


def test_a_relative_clause_after_a_list_refers_to_its_last_item(nlp: Any) -> None:
    text = (
        "The gala featured singers like Ann Borel, Tom Hadley, Rosa Ming and Carl Vetter, "
        "who joked of the hall, \u201cI have never seen a room this full in my long life.\u201d"
    )
    quotes, names = quotes_of(nlp, text)
    assert _speaker(names, containing(quotes, "room this full")) == "Carl Vetter"


def test_a_name_compounded_with_a_claim_noun_is_its_source(nlp: Any) -> None:
    text = "The court rejected the Halvorsen claim that the vote had been rigged in three districts."
    quotes, _ = quotes_of(nlp, text)
    (quote,) = [q for q in quotes if q.cue == "claim"]
    assert quote.speaker_start is not None and text[quote.speaker_start : quote.speaker_end] == "Halvorsen"


def test_a_heading_run_into_the_sentence_is_no_second_subject(nlp: Any) -> None:
    text = (
        "Dale Corrigan is a financial planner.\n\n"
        "THE BORROWING Back when he wrote his book, Mr. Corrigan said that he considered debt a last resort."
    )
    quotes, names = quotes_of(nlp, text)
    assert _speaker(names, containing(quotes, "last resort")) == "Dale Corrigan"


def test_a_passive_subject_said_what_its_participle_adjunct_says(nlp: Any) -> None:
    text = (
        "Ann Reyes was hurt in 2012. After saying her right foot was "
        "\u201cso swollen I could barely get my shoe on,\u201d she was taken to the naval hospital for tests."
    )
    quotes, names = quotes_of(nlp, text)
    assert _speaker(names, containing(quotes, "right foot")) == "Ann Reyes"


def test_a_pronoun_with_words_of_its_own_is_a_description(nlp: Any) -> None:
    text = "Ann Lee may run. Those close to her say that she would have to consider it."
    quotes, _ = quotes_of(nlp, text)
    quote = containing(quotes, "consider it")
    assert quote.speaker is None
    assert quote.speaker_name == "Those close to her"
