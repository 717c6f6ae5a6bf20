"""Export: the store as contract-v1 JSON, JSON Lines or Markdown."""

from storyline.export.contract import build_export
from storyline.export.formats import write_export
from storyline.export.schema import load_schema, validate_export

__all__ = ["build_export", "load_schema", "validate_export", "write_export"]
