"""Whom a pronoun argument of an event stands for: "he", "it", "they", and "I"/"we" in a quote.

A reader takes a pronoun for what the text has just been about:

- "I" and "we" in a direct quote are its speaker's side (:mod:`storyline.extract.event_voices`);
- "he"/"she": the person named last, else the person the report is about;
- "it" opening a sentence continues the company or product the sentence before is about (its
  main subject); "it was announced that", "it is unclear whether" stand for no one; any other
  "it" is the company or product named last, else the country;
- "they" reported by one firm ("Norvik have said that they ...") is that firm; any other
  "they" the last two entities of the latest type named.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from storyline.extract.event_args import EntityLocator

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
THING_PRONOUNS = {"it", "its", "itself"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}

Resolve = Callable[["Token", "EntityLocator"], list[str]]


def pronoun_entities(token: Token, locator: EntityLocator, entities_of: Resolve) -> list[str]:
    """The entities the pronoun ``token`` stands for; ``entities_of`` resolves other arguments."""
    lower = token.lower_
    if token.i in locator.voices:
        return list(locator.voices[token.i])  # "I", "we" in a direct quote
    if lower in PERSON_PRONOUNS:
        # "he" far from any name: the person the report is about
        return locator.recent(token.i, {"PERSON"}) or locator.salient(token.i, {"PERSON"})
    if lower in THING_PRONOUNS:
        if _is_expletive(token):
            return []
        found = _previous_main_subject(token, locator, entities_of)
        if found:
            return found
        # "it" is mostly a company or product in news; a country is usually "the country"
        return locator.recent(token.i, {"ORG", "PRODUCT"}) or locator.recent(token.i, {"GPE", "NORP"})
    if lower in PLURAL_PRONOUNS:
        speaker = _reporting_organisation(token, locator, entities_of)
        if speaker:
            return speaker
        # "they"/"their" after two people or two countries: the last two of the latest type
        last = locator.recent(token.i, {"PERSON", "ORG", "GPE", "NORP"})
        return locator.recent(token.i, {locator.type_of(last[0])}, 2) if last else []
    return []


def _reporting_organisation(pronoun: Token, locator: EntityLocator, entities_of: Resolve) -> list[str]:
    """ "Norvik have said that they will pay": the subject "they" of a reported clause is the one
    organisation reporting it (British English makes a firm plural)."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp":
        return []
    subjects = [c for c in clause.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    keys = [k for c in subjects for k in entities_of(c, locator)]
    return keys if len(keys) == 1 and locator.type_of(keys[0]) == "ORG" else []


def _is_expletive(pronoun: Token) -> bool:
    """ "It has been reported that ...", "It is unclear whether ...": an "it" that stands for
    the clause after it, not for anything named (a passive or an adjective and a clause)."""
    verb = pronoun.head
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or not any(c.dep_ in {"ccomp", "csubj"} for c in verb.children):
        return False
    return any(c.dep_ in {"auxpass", "acomp"} for c in verb.children)


def _previous_main_subject(pronoun: Token, locator: EntityLocator, entities_of: Resolve) -> list[str]:
    """ "The Lumo 5 was shown in May by Norvik's chief. It is slated for June.": "it" as the
    subject of a sentence continues the company or product the sentence before is about
    (its main clause's subject), though other names came in between."""
    sentence = pronoun.sent
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or pronoun.head.i != sentence.root.i or sentence.start == 0:
        return []
    if any(t.i < pronoun.i and t.pos_ in {"NOUN", "PROPN", "PRON"} for t in sentence):
        return []
    previous = pronoun.doc[sentence.start - 1].sent
    subjects = [c for c in previous.root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    keys = [k for c in subjects for k in entities_of(c, locator)]
    return [k for k in keys if locator.type_of(k) in {"ORG", "PRODUCT"}]


__all__ = ["PERSON_PRONOUNS", "PLURAL_PRONOUNS", "THING_PRONOUNS", "pronoun_entities"]
