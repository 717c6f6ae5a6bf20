"""Entity mentions of one document, grouped into document-local entities.

Mentions come from the tagger's entities, trimmed and completed by the rules of
:mod:`storyline.extract.entity_mentions`; :mod:`storyline.extract.entity_linking` groups them
(surnames to full names, acronyms to expansions, capitals acting for countries). Titles and
roles become descriptions dated by the document's published date. A transcript's turn speaker
names join the entities (:mod:`storyline.extract.entity_speakers`). Pronouns are left to the
quotes stage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.extract.entity_linking import link_mentions
from storyline.extract.entity_mentions import KEPT_LABELS, find_candidates
from storyline.extract.entity_speakers import add_speakers
from storyline.records import Document, LocalEntity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_entities(document: Document, parsed: Doc) -> tuple[tuple[LocalEntity, ...], tuple[Mention, ...]]:
    """The document-local entities of ``document`` and their mentions in its clean text."""
    candidates = find_candidates(parsed, document.metadata.published)
    entities, mentions = link_mentions(candidates, document.text)
    return add_speakers(entities, mentions, (t.speaker_name for t in document.turns))


__all__ = ["KEPT_LABELS", "find_entities"]
