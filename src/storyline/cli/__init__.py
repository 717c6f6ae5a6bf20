"""The command line: ``storyline COMMAND``. Each command lives in its own module."""

from storyline.cli import browse, export, ingest  # noqa: F401 - registers the commands
from storyline.cli.app import main

__all__ = ["main"]
