"""Search and ask: find sentences, quotes, claims and events; answer a question from them.

Every result is a span of a document's clean text (:class:`SearchUnit`), never generated text.
"""

from storyline.search.engine import (
    FtsIndex,
    Hit,
    Query,
    ScanIndex,
    SearchIndex,
    ensure_indexed,
    entity_names,
    open_index,
    search,
)
from storyline.search.units import UNIT_KINDS, SearchUnit, UnitKind, units_of

__all__ = [
    "UNIT_KINDS",
    "FtsIndex",
    "Hit",
    "Query",
    "ScanIndex",
    "SearchIndex",
    "SearchUnit",
    "UnitKind",
    "ensure_indexed",
    "entity_names",
    "open_index",
    "search",
    "units_of",
]
