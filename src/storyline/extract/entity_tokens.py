"""Shared pieces of the entity mention rules: the candidate record and token helpers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.extract.entity_lexicon import Lexicon
from storyline.records import Description, MentionForm

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


ARTICLES = frozenset({"the", "a", "an"})

# Prepositions after which a capital is the place something happens, not a government acting.
LOCATIVE = frozenset({"in", "to", "from", "at", "near", "into", "across", "outside", "inside", "through", "via"})

ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dobj", "iobj", "agent", "dative"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A name mention before grouping: its span, cleaned name, type and what came with it."""

    start: int
    end: int
    name: str
    label: str
    form: MentionForm = "name"
    descriptions: tuple[Description, ...] = ()
    target: str | None = None  # canonical name a short form refers to
    actor: bool = False  # used as an agent (subject, object, possessor), not as a place
    locative: bool = False  # object of a place preposition
    note: str = ""


def doc_text(doc: Doc) -> str:
    """The document text; spaCy rebuilds ``Doc.text`` from the tokens on every access."""
    cached = doc.user_data.get("storyline_text")
    if cached is None:
        cached = doc.user_data["storyline_text"] = doc.text
    return str(cached)


def token_end(token: Token) -> int:
    return token.idx + len(token.text)


def is_title(token: Token, lex: Lexicon) -> bool:
    return token.lower_ in lex.titles


def capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and any(ch.isalpha() for ch in token.text)


def usage(span: Span) -> tuple[bool, bool]:
    """(actor, locative): is the name an agent of the clause, or the place of a preposition?"""
    root = span.root
    token = root
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ in LOCATIVE:
        return False, True
    if token.dep_ == "compound":
        return False, False
    if token.dep_ == "poss" and token.head.pos_ == "PROPN":
        return False, True  # "London's FTSE 100", "Singapore's Changi Airport": where the name is
    return token.dep_ in ACTOR_DEPS or (token.dep_ == "ROOT" and token.i == span.end - 1), False


__all__ = [
    "ACTOR_DEPS",
    "ARTICLES",
    "LOCATIVE",
    "Candidate",
    "capitalised",
    "doc_text",
    "is_title",
    "token_end",
    "usage",
]
