"""The group a "they" speaking refers to when the group was described, not named.

"Critics of the plan say it is rushed. They added ...": "they" is the critics, a plural noun
that spoke in the sentence right before. "Farmers have asked for help, although they say ...":
"they" in a clause set into a sentence is the plural subject of that sentence. Named groups
("Democrats said ... They added") are resolved by the pronoun resolver from their entity; this
module gives a described group its own words as the name, the way a description that speaks
is named ("officials said"), never a guess beyond those two places.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from storyline.extract.quote_noun_phrases import np_span
from storyline.extract.quote_syntax import sentence_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# Tags of a plural common noun: a described group ("critics", "aides"). Proper plurals
# ("Democrats") are named groups, left to the entity-based resolution.
_PLURAL_NOUNS = frozenset({"NNS"})
# Clauses set into a sentence whose "they" is still the sentence's subject: "..., although
# they say", "..., saying they ...", "..., and they say" (a clause joined to the head).
_INNER_CLAUSES = frozenset({"advcl", "conj"})


def described_group(they: Token, is_source: Callable[[Token], bool]) -> tuple[int, int] | None:
    """The span of the described group ``they`` refers to, if it is one of the two sure places:
    the plural subject of the sentence's head when "they" speaks in a clause set into it, or
    the one plural noun that was the source of a cue in the sentence right before."""
    inner = _subject_of_head(they)
    if inner is not None:
        return np_span(inner)
    sent = sentence_of(they)
    if sent.start == 0 or _other_subject(they):
        return None  # "Lee spoke, and they said ...": "they" may take in someone named there
    before = sentence_of(they.doc[sent.start - 1])
    groups = [t for t in before if t.tag_ in _PLURAL_NOUNS and not t.ent_type_ and is_source(t)]
    return np_span(groups[0]) if len(groups) == 1 else None


def _other_subject(they: Token) -> bool:
    """Whether a clause above ``they`` has a subject of its own (not one inside the reported
    words: '"We lost," they said' has only "they")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c != they for verb in they.ancestors for c in verb.children)


def _subject_of_head(they: Token) -> Token | None:
    """ "Farmers have asked for help, although they say ...": the head's plural subject."""
    verb = they.head
    if they.dep_ != "nsubj" or verb.dep_ not in _INNER_CLAUSES:
        return None
    head = verb.head
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].i > they.i:
        return None
    subject = subjects[0]
    if subject.tag_ not in _PLURAL_NOUNS or subject.ent_type_:
        return None
    return subject


__all__ = ["described_group"]
