"""A title the parser split off a name as a subject of its own: "Board chair Ann Lee said ...".

The parse may give the cue two subjects, the title ("chair") and the name ("Lee") after it, and
the first is then taken for the source. A common noun that runs straight into a name which is
also the cue's subject is that name's title: the name is the source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def name_before_title(subjects: list[Token]) -> list[Token]:
    """``subjects`` of one cue with a name put before the title the parser split off it."""
    if len(subjects) < 2:
        return subjects
    first, second = subjects[0], subjects[1]
    title = first.tag_ in ("NN", "NNS") and first.dep_ == second.dep_ == "nsubj"
    named = second.ent_type_ == "PERSON" or second.pos_ == "PROPN"
    if title and named and first.right_edge.i + 1 == second.left_edge.i:
        return [second, first, *subjects[2:]]
    return subjects


__all__ = ["name_before_title"]
