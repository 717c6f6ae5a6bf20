"""The extent of a subject noun phrase and the mention that names it; the "by" phrase that
names whose an object noun is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.records import LocalEntity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

# Clause-level attachments that end a subject noun phrase ("Cho, a researcher at ...").
_NP_BREAKS = {"appos", "relcl", "acl", "punct", "cc", "conj", "advcl", "parataxis"}


def best_mention(found: list[Mention], entities: dict[str, LocalEntity], head: Token) -> Mention | None:
    """The mention that names the subject: the one holding its head, else a person, else any."""
    if not found:
        return None
    for m in found:
        if m.start <= head.idx < m.end:
            return m
    if head.pos_ == "NOUN":
        # "a spokesman for Ryan", "Ryan's aide", "officials who met Lee": a person named in a
        # dependent is not the speaker; an apposition renames the head ("an aide, Ann Lee") and
        # "by" or "from" names an author ("an analysis by the institute").
        names = [c for c in head.children if c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ in ("by", "from"))]
        found = [m for m in found if any(c.left_edge.idx <= m.start < _end(c.right_edge) for c in names)]
    for wanted in ("PERSON", "ORG"):  # "officials in Minsk" are not Minsk
        for m in found:
            if entities[m.entity].type == wanted:
                return m
    return None


def name_around(token: Token) -> tuple[int, int]:
    """The proper name a proper-noun head ends: the capitalised compounds right before it."""
    first = token
    for child in reversed(list(token.lefts)):
        if child.i != first.i - 1 or child.dep_ != "compound" or child.pos_ != "PROPN" or not child.text[:1].isupper():
            break
        first = child
    return first.idx, _end(token)


def _end(token: Token) -> int:
    return token.idx + len(token.text)


def np_span(token: Token) -> tuple[int, int]:
    """Character span of the subject noun phrase, without appositions or relative clauses; a
    noun joined to it ("residents and shop owners") is part of it."""
    left = token.left_edge
    right = token
    end: int | None = None
    children = list(token.rights)
    for n, child in enumerate(children):
        if child.dep_ == "cc" and any(_joined_noun(c) for c in children[n + 1 :]):
            continue
        if _joined_noun(child):
            end = np_span(child)[1]
            break
        if child.dep_ in _NP_BREAKS or (child.dep_ == "prep" and child.lower_ == "as"):
            break  # "seen by analysts as a win": the "as" phrase says what they see
        right = child.right_edge
    if end is not None:
        return left.idx, end
    doc = token.doc
    while right.i + 1 < len(doc) and not right.whitespace_ and "-" in (right.text, doc[right.i + 1].text):
        right = doc[right.i + 1]  # "ex-wife": the parser may split a hyphenated word into subjects
    return left.idx, right.idx + len(right.text)


def _joined_noun(token: Token) -> bool:
    return token.dep_ == "conj" and token.pos_ in ("NOUN", "PROPN")


# Tags and entity types of an actor a "by" phrase may name ("abuse by Lee", "a bid by Acme").
_ACTOR_TAGS = frozenset({"NNP", "NNPS"})
_ACTOR_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def by_actor(prep: Token) -> bool:
    """Whether ``prep`` is "by" with a named person or body as its object (not "by phone")."""
    if prep.lower_ != "by":
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and (objects[0].tag_ in _ACTOR_TAGS or objects[0].ent_type_ in _ACTOR_TYPES)


__all__ = ["best_mention", "by_actor", "name_around", "np_span"]
