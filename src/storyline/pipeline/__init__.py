"""The runner: captures through the per-document stages, then the corpus stages."""

from storyline.pipeline.corpus import rebuild_corpus
from storyline.pipeline.document import process_capture
from storyline.pipeline.runner import IngestReport, ingest

__all__ = ["IngestReport", "ingest", "process_capture", "rebuild_corpus"]
