"""Which named organisation or country a definite description as a speaker refers back to:
"the company said", "the carrier says", "the government said".

The description resolver of the entity stage decides (``storyline.extract.descriptions``), the
same one that finds event participants, so "the company" is one firm for a quote and for an
event of the same sentence. A speaker is one referent: "the companies said" stays unresolved.
Without a fitting name the speaker stays unresolved and keeps its own words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from storyline.extract.descriptions import DescriptionResolver

# Kinds of entity that speak as an organisation or a state; a person described by a role is
# found from the role words of the description ("the senator" -> "Senator Ann Lee").
SPEAKING_TYPES = frozenset({"ORG", "GPE"})


def referred_organisation(token: Token, descriptions: DescriptionResolver) -> str | None:
    """The key of the organisation or country a "the NOUN" subject refers back to, or None."""
    if token.tag_ not in ("NN", "NNP"):
        return None
    reference = descriptions.resolve(token)
    if reference is None or len(reference.entities) != 1:
        return None
    key = reference.entities[0]
    return key if descriptions.type_of(key) in SPEAKING_TYPES else None


__all__ = ["referred_organisation"]
