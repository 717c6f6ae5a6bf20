"""A pronoun refers to the nearest speaker even when the tagger gave that speaker no entity."""

from __future__ import annotations

from typing import Any

from documents import text_document
from quoting import containing
from storyline.extract.entities import find_entities
from storyline.extract.quotes import find_quotes

TEXT = (
    "Mayor Ruth Halloran said the levy would fund snow clearing.\n\n"
    "Not everyone agreed. Coun. Gilles Arsenault, who voted against it, said seniors would pay the most.\n\n"
    '"We keep promising relief and then we raise the bill," he said.'
)


def _quotes_missing(nlp: Any, text: str, missed: str) -> tuple[Any, dict[str, str]]:
    """The quotes of ``text`` when the tagger found no entity for ``missed``."""
    document = text_document(text, None)
    parsed = nlp(text)
    entities, mentions = find_entities(document, parsed)
    kept = tuple(e for e in entities if missed not in e.name)
    keys = {e.key for e in kept}
    assert len(kept) < len(entities), [e.name for e in entities]
    mentions = tuple(m for m in mentions if m.entity in keys)
    return find_quotes(document, parsed, kept, mentions), {e.key: e.name for e in kept}


def test_he_takes_the_untagged_councillor_not_the_tagged_mayor(nlp: Any) -> None:
    quotes, _ = _quotes_missing(nlp, TEXT, "Arsenault")
    quote = containing(quotes, "promising relief")
    assert quote.speaker is None
    assert quote.speaker_name == "Gilles Arsenault"


def test_a_pronoun_of_the_other_gender_skips_the_untagged_name(nlp: Any) -> None:
    quotes, _ = _quotes_missing(nlp, TEXT.replace('" he said', '" she said'), "Arsenault")
    quote = containing(quotes, "promising relief")
    assert quote.speaker_name != "Gilles Arsenault"
