"""Referents of pronoun speakers: which earlier names a "she" or an "it" can stand for."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from documents import text_document
from quoting import containing, quotes_of
from storyline.extract.entities import find_entities
from storyline.extract.quotes import find_quotes


def _speaker(names: dict[str, str], quote: Any) -> str | None:
    return names.get(quote.speaker) if quote.speaker is not None else None


def test_a_pronoun_refers_to_a_source_named_inside_the_reported_words(nlp: Any) -> None:
    text = (
        "The film opens on Friday.\n\n"
        "Anna Berkow said she felt the law was worth a film because "
        "\u201cmost people do not know about that loophole,\u201d she said."
    )
    quotes, names = quotes_of(nlp, text)
    quote = containing(quotes, "loophole")
    assert quote.speaker_start is not None and text[quote.speaker_start : quote.speaker_end] == "she"
    assert _speaker(names, quote) == "Anna Berkow"


def test_it_never_refers_to_a_country_modifying_a_noun(nlp: Any) -> None:
    text = (
        "The Daily Ledger is a Florida newspaper.\n\n"
        "During the primaries, the Ledger gave Ann Voss a glowing endorsement:\n\n"
        "She knows the gritty specifics of health care policy. The former U.S. senator is a planner.\n\n"
        "Meanwhile, it attacked Tom Hale, saying he \u201chas offended voters with his insults and "
        "bombast and has no judgment.\u201d"
    )
    quotes, names = quotes_of(nlp, text)
    assert _speaker(names, containing(quotes, "offended voters")) == "Daily Ledger"


def test_she_refers_to_a_person_the_tagger_typed_as_an_organisation(nlp: Any) -> None:
    text = (
        "The film opens on Friday.\n\n"
        "Nora LaPierre made it. LaPierre said the law was worth a film.\n\n"
        "\u201cMost people do not know about that loophole,\u201d she said."
    )
    document = text_document(text, None)
    parsed = nlp(text)
    entities, mentions = find_entities(document, parsed)
    # The tagger sometimes types a surname of this kind as an organisation (seen on news text).
    entities = tuple(replace(e, type="ORG") if e.name == "Nora LaPierre" else e for e in entities)
    quotes = find_quotes(document, parsed, entities, mentions)
    names = {e.key: e.name for e in entities}
    assert _speaker(names, containing(quotes, "loophole")) == "Nora LaPierre"


def test_she_after_a_womans_description_names_no_one_before_it(nlp: Any) -> None:
    text = (
        "Kowalski was president then. My mother has softened with age, but even now at 86 she still "
        "says things such as, \u201cWe are not all meant to be equal, you know.\u201d"
    )
    quotes, _ = quotes_of(nlp, text)
    quote = containing(quotes, "meant to be equal")
    assert quote.speaker is None
    assert quote.speaker_start is not None and text[quote.speaker_start : quote.speaker_end] == "she"
