"""Ingest a batch: read captures, process new ones (in worker processes), store each atomically.

A bad capture never stops the batch: with the ``record`` policy (default) its error is kept in
the store's failures and reported; ``skip`` only reports it; ``raise`` stops at it.
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from storyline.errors import StorylineError
from storyline.ingest import document_id, iter_captures
from storyline.pipeline.corpus import rebuild_corpus
from storyline.pipeline.document import process_capture
from storyline.records import Capture, Metadata
from storyline.settings import Settings
from storyline.store.base import Store, StoredDocument, stage_reached

log = logging.getLogger(__name__)

Progress = Callable[[int, str], None]


@dataclass
class IngestReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failures: list[StorylineError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


@dataclass(frozen=True, slots=True)
class _Failed:
    """A per-capture failure as it crosses a process boundary."""

    source: str
    line: int | None
    message: str


def ingest(paths: Iterable[str], settings: Settings, store: Store, progress: Progress | None = None) -> IngestReport:
    """Ingest everything under ``paths`` into ``store`` and rebuild the corpus stages."""
    report = IngestReport()
    seen: set[str] = set()
    read_again: set[str] = set()

    def forget_old_failures(origin: str | None) -> None:
        # A file read again replaces its failures of earlier runs: fixed lines lose theirs.
        if origin and origin not in read_again:
            read_again.add(origin)
            store.clear_failures([origin])

    def pending() -> Iterator[Capture]:
        for item in iter_captures(paths, settings):
            if isinstance(item, StorylineError):
                forget_old_failures(item.source)
                _fail(report, store, settings, item)
                continue
            forget_old_failures(item.origin or item.source)
            doc_id = document_id(item)
            if doc_id in seen:
                report.unchanged += 1
                continue
            seen.add(doc_id)
            stage = store.stage_of(doc_id)
            if stage is not None and stage_reached(stage, settings.until) and not _given_changed(store, doc_id, item):
                report.unchanged += 1
                report.documents.append(doc_id)
                continue
            yield item

    for done, (capture, result) in enumerate(_run(pending(), settings), start=1):
        if isinstance(result, _Failed):
            _fail(report, store, settings, StorylineError(result.message, source=result.source, line=result.line))
        else:
            existed = store.stage_of(result.document.id) is not None
            store.put_document(result)
            store.clear_failures([capture.source])
            report.updated += existed
            report.added += not existed
            report.documents.append(result.document.id)
            report.warnings.extend(f"{capture.source}: {w}" for w in result.document.warnings)
        if progress:
            progress(done, capture.source)
    if report.added or report.updated or not store.get_entities().entities:
        rebuild_corpus(store, settings)
    return report


def _given_changed(store: Store, doc_id: str, capture: Capture) -> bool:
    """True if a stored capture came with other given metadata or kind (a corrected JSON Lines
    record): its content is the same, so its id is, but it must be processed again."""
    if capture.given == Metadata() and capture.kind is None:
        return False  # a plain file: nothing given that could have changed
    stored = store.get_document(doc_id)
    return stored is not None and (stored.capture.given, stored.capture.kind) != (capture.given, capture.kind)


def _fail(report: IngestReport, store: Store, settings: Settings, error: StorylineError) -> None:
    if settings.on_error == "raise":
        raise error
    report.failures.append(error)
    if settings.on_error == "record":
        store.put_failure(error.source or "?", error.line, error.message)
    # The report carries the failure and the CLI prints it once; the log only traces it.
    log.info("%s", error)


def _process_safely(capture: Capture, settings: Settings) -> StoredDocument | _Failed:
    try:
        return process_capture(capture, settings)
    except StorylineError as exc:
        if capture.origin and exc.source in (None, capture.source):
            # A JSON Lines record: name the file and line it came from, then the record.
            return _Failed(capture.origin, capture.line, f"{capture.source}: {exc.message}")
        return _Failed(exc.source or capture.source, exc.line if exc.line is not None else capture.line, exc.message)
    except Exception as exc:
        log.exception("processing %s failed", capture.source)
        where = f"{capture.source}: " if capture.origin else ""
        return _Failed(capture.origin or capture.source, capture.line, f"{where}{type(exc).__name__}: {exc}")


def _run(captures: Iterator[Capture], settings: Settings) -> Iterator[tuple[Capture, StoredDocument | _Failed]]:
    if settings.workers <= 1:
        for capture in captures:
            yield capture, _process_safely(capture, settings)
        return
    # A bounded window of submitted captures keeps memory flat on large batches.
    window = settings.workers * 4
    with cf.ProcessPoolExecutor(max_workers=settings.workers) as pool:
        queue: list[tuple[Capture, cf.Future[StoredDocument | _Failed]]] = []
        for capture in captures:
            queue.append((capture, pool.submit(_process_safely, capture, settings)))
            if len(queue) >= window:
                first, future = queue.pop(0)
                yield first, future.result()
        for capture, future in queue:
            yield capture, future.result()
