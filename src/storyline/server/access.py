"""SQLite behind a web server: one writer, many readers.

Each server thread reads through its own connection (SQLite in WAL mode lets readers run
while the writer writes); every write goes through the single writer connection, one at a
time, under a lock (as datasette sends all writes through one writer thread).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from storyline.search import ensure_indexed
from storyline.store import SQLiteStore


class StoreAccess:
    def __init__(self, path: str) -> None:
        self.path = path
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._list_lock = threading.Lock()
        self._writer: SQLiteStore | None = None
        self._readers: list[SQLiteStore] = []
        with self.writer() as store:  # migrate and index what an older store lacks, once
            ensure_indexed(store)

    def reader(self) -> SQLiteStore:
        """This thread's read connection."""
        store: SQLiteStore | None = getattr(self._local, "store", None)
        if store is None:
            store = SQLiteStore(self.path)
            self._local.store = store
            with self._list_lock:
                self._readers.append(store)
        return store

    @contextmanager
    def writer(self) -> Iterator[SQLiteStore]:
        """The one write connection, held by one caller at a time."""
        with self._write_lock:
            if self._writer is None:
                self._writer = SQLiteStore(self.path)
            yield self._writer

    def close(self) -> None:
        with self._write_lock, self._list_lock:
            for store in [*self._readers, *([self._writer] if self._writer else [])]:
                store.close()
            self._readers, self._writer = [], None
