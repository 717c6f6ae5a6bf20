"""Whether an attribution's content is a noun phrase its cue is about, not words that were said.

"She criticized [her record]", "he cited [the report]", "they talked about [the polls]": the
cue is a verb of speaking, but its content is an object, the target or topic of the talk.
Nobody's words are reported, so the attribution is a stance of act "topic", not a quote. The
test is syntactic: the content's top tokens (those whose head lies outside it) are a noun
phrase, the cue's direct object or the object of its preposition ("talk [about] X"), with at
most a preposition ("cited X [as proof]", "blamed X [for Y]") or an object predicate beside it.
A content headed by a verb (a clause, "that ...", an infinitive "X to do Y"), one holding a
quotation, and a statement noun with a "that" clause ("the claim that ...") report words
and stay speech. Only cues of the lexicon's ``topic_verbs`` are asked: for a verb such as
"announce" or "deny", an object can stand for the message itself ("announced the arrest",
"denied any involvement").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.extract.quote_lexicon import QuoteLexicon
from storyline.records import Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Parts of speech a noun phrase's head has; dependencies that make it the cue's object.
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_OBJECT = frozenset({"dobj", "pobj", "dative"})
# What may stand beside the object at the top of the content: punctuation, a conjunction, a
# preposition ("as", "for", "of") and an object predicate ("called the plan [a hoax]").
_BESIDE = frozenset({"punct", "cc", "prep", "oprd"})


def names_a_topic(quote: Quote, parsed: Doc, lex: QuoteLexicon) -> bool:
    """Whether ``quote`` is an unquoted noun phrase that a verb of ``lex.topic_verbs`` is about."""
    if quote.kind != "indirect" or quote.from_turn or not quote.cue:
        return False
    if quote.cue.lower().split()[0] not in lex.topic_verbs:
        return False
    span = parsed.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tops = _tops(span)
    objects = [t for t in tops if t.dep_ in _OBJECT and t.pos_ in _NOMINAL]
    if not objects or not all(t in objects or t.dep_ in _BESIDE for t in tops):
        return False
    return not any(_states_a_proposition(t, lex) for t in objects)


def _states_a_proposition(noun: Token, lex: QuoteLexicon) -> bool:
    """Whether ``noun`` names a statement and has a "that" clause for its content ("the claim that
    ...", "his warning that ..."): the noun phrase then carries what was said, as a clause would.
    Other nouns with such a clause ("the fact that ...") state no one's words."""
    if noun.lemma_.lower() not in lex.cue_nouns:
        return False
    return any(
        c.dep_ in ("acl", "ccomp") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        for c in noun.children
    )


def _tops(span: Span) -> list[Token]:
    """The tokens of ``span`` whose head lies outside it (or that are their own head)."""
    return [t for t in span if t.head.i == t.i or not span.start <= t.head.i < span.end]


__all__ = ["names_a_topic"]
