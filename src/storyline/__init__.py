"""storyline: news captures in, a sourced, time-aware knowledge base of a story out.

The Python API mirrors the CLI::

    from storyline import Settings, SQLiteStore, ingest, build_export
    store = SQLiteStore("story.db")
    report = ingest(["captures/"], Settings(), store)
    data = build_export(store)
"""

from storyline.errors import CaptureError, ConfigError, ModelError, StageError, StoreError, StorylineError
from storyline.export import build_export
from storyline.pipeline import IngestReport, ingest, process_capture
from storyline.records import Capture, Document, Metadata
from storyline.settings import Settings, load_settings
from storyline.store import MemoryStore, SQLiteStore

__version__ = "0.1.0"

__all__ = [
    "Capture",
    "CaptureError",
    "ConfigError",
    "Document",
    "IngestReport",
    "MemoryStore",
    "Metadata",
    "ModelError",
    "SQLiteStore",
    "Settings",
    "StageError",
    "StoreError",
    "StorylineError",
    "build_export",
    "ingest",
    "load_settings",
    "process_capture",
]
