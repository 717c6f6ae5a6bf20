"""A role written before a name and set off by a comma: "The board's director of education,
Dr. Ann Lee, said ...", "Its chief executive, Ann Lee, ...".

The parser hangs the name on the role as its apposition, so the role is the head of the phrase
and the name its dependent, the other way round from "Ann Lee, the director, said". The role is
a description of the person all the same, and a later "the director said" refers back by it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.extract.entity_roles import make_description
from storyline.extract.entity_tokens import doc_text, token_end
from storyline.records import Description

if TYPE_CHECKING:
    from spacy.tokens import Span

# Longer stretches before the name are clauses, not roles (as for an apposition after a name).
_MAX_ROLE_TOKENS = 12


def fronted_role(span: Span, published: str | None) -> list[Description]:
    """The role noun phrase a name is the apposition of, when it stands before the name and a
    comma ends it; a form of address or title between the comma and the name is the name's."""
    root = span.root
    role = root.head
    if root.dep_ != "appos" or role.i >= span.start or role.pos_ != "NOUN":
        return []
    doc = span.doc
    comma = next((t for t in doc[role.i + 1 : span.start] if t.text == ","), None)
    if comma is None or any(t.dep_ != "compound" or t.head.i != root.i for t in doc[comma.i + 1 : span.start]):
        return []
    first = role.left_edge
    if comma.i - first.i > _MAX_ROLE_TOKENS or any(t.is_punct for t in doc[first.i : comma.i]):
        return []
    return [make_description(first.idx, token_end(doc[comma.i - 1]), doc_text(doc), published)]


__all__ = ["fronted_role"]
