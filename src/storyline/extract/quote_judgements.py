"""Judgements reported as "seeing X as Y": "voters see [the economy as their top concern]",
through an idiom: "she took aim at [the provision]", or an adjective of belief: "aides are
hopeful [the vote will pass]".

A verb of the characterizing lexicon is a cue only with an "as" phrase after its object ("we saw
a car" reports nothing). The content runs from the object to the end of the "as" phrase; in the
passive ("the move is seen as a demotion") from the subject, as there is no object, and the
source is the "by" agent if any.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.extract.quote_subjects import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from storyline.extract.quote_lexicon import QuoteLexicon


def judgement(verb: Token, lex: QuoteLexicon) -> tuple[tuple[int, int], Token | None] | None:
    """The content span and source token of a "see X as Y" cue, or None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.characterizing:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i != verb.i), None)
    if obj is None or (obj.dep_ == "dobj") != (obj.i > verb.i):
        return None  # an object after the verb, or a passive subject before it
    # The parser hangs the "as" phrase on the verb or inside the object ("see [his push for a
    # stadium as a bluff]").
    inside = obj.subtree if obj.i > verb.i else ()
    # In the passive it may hang on the agent ("is seen by [analysts as a win]").
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    candidates = [*verb.children, *inside, *(t for a in agents for t in a.children)]
    as_phrase = next((c for c in candidates if _is_as(c) and c.i > max(verb.i, obj.i)), None)
    if as_phrase is None:
        return None
    end = max(as_phrase.right_edge.idx + len(as_phrase.right_edge.text), obj.right_edge.idx + len(obj.right_edge.text))
    return (obj.left_edge.idx, end), subject_of(verb)


def idiom(verb: Token, lex: QuoteLexicon) -> tuple[tuple[int, int], Token | None] | None:
    """ "took aim at [the provision]": the object of the idiom's preposition, the verb's subject."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    for noun in verb.children:
        if noun.dep_ != "dobj" or noun.i < verb.i:
            continue
        for prep in (*noun.children, *verb.children):
            if prep.dep_ != "prep" or prep.i < noun.i:
                continue
            if f"{lemma} {noun.lemma_.lower()} {prep.lower_}" not in lex.idioms:
                continue
            objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                right = objects[0].right_edge
                return (objects[0].left_edge.idx, right.idx + len(right.text)), subject_of(verb)
    return None


def stance(adjective: Token, lex: QuoteLexicon) -> tuple[tuple[int, int], Token | None] | None:
    """ "aides are hopeful [the vote will pass]": the adjective's clause, the copula's subject."""
    if adjective.dep_ != "acomp" or adjective.lemma_.lower() not in lex.stance_adjectives:
        return None
    # The parser hangs the clause on the adjective or on its copula.
    candidates = (*adjective.children, *adjective.head.children)
    clause = next((c for c in candidates if c.dep_ == "ccomp" and c.i > adjective.i), None)
    if clause is None:
        return None
    holder = subject_of(adjective.head)
    if holder is None or holder.lower_ == "it":
        return None  # "it is certain that ...": the writer's own judgement, no one's reported belief
    right = clause.right_edge
    return (clause.left_edge.idx, right.idx + len(right.text)), holder


def _is_as(token: Token) -> bool:
    return token.dep_ == "prep" and token.lower_ == "as" and any(token.children)


__all__ = ["idiom", "judgement", "stance"]
