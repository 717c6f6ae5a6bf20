"""Store: where documents, their analyses and the corpus-level results live.

:class:`Store` is the protocol; :class:`SQLiteStore` is the default backend and
:class:`MemoryStore` serves tests and one-off runs.
"""

from storyline.store.base import Failure, Store, StoredDocument
from storyline.store.memory import MemoryStore
from storyline.store.sqlite import SQLiteStore, open_store

__all__ = ["Failure", "MemoryStore", "SQLiteStore", "Store", "StoredDocument", "open_store"]
