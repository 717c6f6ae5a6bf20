"""Speakers the article names but the entity tagger missed ("Coun. Ann Lee said ..." with no
entity for Ann Lee). A later "she said" refers to her, not to someone tagged further back: the
pronoun takes her name as written, with no entity, rather than skip her.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.extract.quote_lexicon import QuoteLexicon
from storyline.extract.quote_noun_phrases import name_around
from storyline.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Span


def unnamed_source(
    sent: Span, limit: int, sources: set[int], mentions: list[Mention], gender: str, lex: QuoteLexicon
) -> tuple[int, int, str] | None:
    """The last proper name in ``sent`` before ``limit`` that is the source of a speech cue, is
    covered by no entity mention and fits ``gender``: its span and its words without a title."""
    found: tuple[int, int, str] | None = None
    for token in sent:
        if token.idx >= limit or token.i not in sources or token.pos_ != "PROPN":
            continue
        start, end = name_around(token)
        if any(m.start < end and start < m.end for m in mentions):
            continue
        words = _without_titles(sent.doc.text[start:end].split(), lex)
        if len(words) < 2 or not _fits(words[0], gender, lex):
            continue  # a lone capitalised word is as often a place or a body as a person
        found = (start, end, " ".join(words))
    return found


def _without_titles(words: list[str], lex: QuoteLexicon) -> list[str]:
    """ "Coun. Ann Lee" -> ["Ann", "Lee"]: abbreviated titles before a name are not the name."""
    abbreviations = {p.split()[0] for p in lex.title_abbreviations}
    while words and (words[0].endswith(".") or words[0].lower() in abbreviations):
        words = words[1:]
    return words


def _fits(first: str, gender: str, lex: QuoteLexicon) -> bool:
    """Whether a first name fits the pronoun's gender; an unknown name fits either."""
    low = first.lower()
    if gender == "f":
        return low not in lex.male_names or low in lex.female_names
    if gender == "m":
        return low not in lex.female_names or low in lex.male_names
    return True


__all__ = ["unnamed_source"]
