"""Whom the first-person words of a direct quote stand for: "I", "my", "we", "our".

Inside a direct quote "I" is its speaker. "We" is the organisation the speaker speaks for: the
speaker itself when it is an organisation, else the organisation named in a phrase that
introduces the speaker somewhere in the document ("Norvik CEO Jan Berg", "Jan Berg, head of
Norvik"); a company role with no firm named ("Chief executive Jan Berg", roles in
``data/events/company_roles.txt``) speaks for the firm the report mentions most. Any other
person leaves "we" unresolved: a senator's "we" may be her office, her state or her party, and
a guess would add the wrong participant.
Indirect quotes are left out: their "we" is the reporter's or the speaker's, the text does not
say which.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from storyline.extract.event_lexicon import load_lexicon
from storyline.records import LocalEntity, Mention, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

FIRST_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})
FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
# Dependents of a name that introduce it ("Norvik CEO Jan Berg", "Jan Berg, head of Norvik");
# a clause inside the phrase ("Berg, who met Norvik's rivals") says something else about it.
_PHRASE_DEPS = frozenset({"compound", "appos", "nmod", "poss", "prep", "pobj", "conj", "cc", "amod", "det"})
# Steps up from a name to the head of its phrase ("the head of Norvik, Jan Berg": Berg is an
# apposition of "head"); noun phrases of news are rarely deeper.
_CLIMB = 3


def quote_voices(
    parsed: Doc,
    quotes: Iterable[Quote],
    entities: dict[str, LocalEntity],
    mentions: list[Mention],
    by_token: dict[int, str],
    full: dict[str, str],
) -> dict[int, list[str]]:
    """Token index of a first-person pronoun in a direct quote -> the entities it stands for.
    ``full`` maps short names to the entity they stand for ("Berg" -> "Jan Berg")."""
    voices: dict[int, list[str]] = {}
    groups: dict[str, list[str]] = {}
    for quote in quotes:
        if quote.kind == "indirect" or quote.speaker is None or quote.speaker not in entities:
            continue
        speaker = full.get(quote.speaker, quote.speaker)
        if speaker not in groups:
            groups[speaker] = _group_of(parsed, speaker, entities, mentions, by_token, full)
        for start, end in quote.parts or ((quote.start, quote.end),):
            span = parsed.char_span(start, end, alignment_mode="expand")
            for token in span if span is not None else ():
                if token.pos_ != "PRON":
                    continue
                if token.lower_ in FIRST_SINGULAR:
                    voices[token.i] = [speaker]
                elif token.lower_ in FIRST_PLURAL and groups[speaker]:
                    voices[token.i] = groups[speaker]
    return voices


def _group_of(
    parsed: Doc,
    speaker: str,
    entities: dict[str, LocalEntity],
    mentions: list[Mention],
    by_token: dict[int, str],
    full: dict[str, str],
) -> list[str]:
    """The organisation ``speaker`` speaks for: itself, or the first named in a phrase that
    introduces it."""
    if entities[speaker].type == "ORG":
        return [speaker]
    roles = load_lexicon().company_roles
    speaks_for_a_firm = False
    for mention in mentions:
        if full.get(mention.entity, mention.entity) != speaker:
            continue
        span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        for token in _phrase(span.root):
            key = by_token.get(token.i)
            if key is not None and key != speaker and entities[key].type == "ORG":
                return [key]
            speaks_for_a_firm = speaks_for_a_firm or (key is None and token.lower_ in roles)
    if speaks_for_a_firm:
        # "Chief executive Jan Berg": the firm the report is about, the one it mentions most
        counts = Counter(m.entity for m in mentions if m.entity in entities and entities[m.entity].type == "ORG")
        return [counts.most_common(1)[0][0]] if counts else []
    return []


def _phrase(name: Token) -> list[Token]:
    """The tokens of the noun phrase ``name`` stands in, without its clauses."""
    head = name
    for _ in range(_CLIMB):
        if head.dep_ not in {"appos", "compound"} or head.head.i == head.i:
            break
        head = head.head
    found: list[Token] = []
    stack = [head]
    while stack:
        token = stack.pop()
        found.append(token)
        stack.extend(c for c in token.children if c.dep_ in _PHRASE_DEPS)
    return found


__all__ = ["FIRST_PLURAL", "FIRST_SINGULAR", "quote_voices"]
