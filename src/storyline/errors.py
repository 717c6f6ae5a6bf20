"""The one exception hierarchy of storyline.

    StorylineError              anything storyline raises on purpose
    ├── CaptureError            a capture cannot be read or is not usable (names file and line)
    ├── StoreError              the store cannot be opened, migrated or written
    ├── ConfigError             a setting or settings file is wrong
    ├── ModelError              the NLP model is missing or cannot be loaded
    └── StageError              a pipeline stage failed on one document

Every error carries the source (file or URL) and, where it applies, the line it concerns, so
the CLI can print one line per problem: ``SOURCE:LINE: message``.
"""

from __future__ import annotations


class StorylineError(Exception):
    """Base of every error storyline raises on purpose."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        self.line = line

    def __str__(self) -> str:
        where = self.source or ""
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class CaptureError(StorylineError):
    """A capture could not be read: binary, empty, too large, malformed, undecodable."""


class StoreError(StorylineError):
    """The store could not be opened, migrated or written."""


class ConfigError(StorylineError):
    """A setting or a settings file is invalid."""


class ModelError(StorylineError):
    """The configured NLP model is not installed or failed to load."""


class StageError(StorylineError):
    """A pipeline stage failed on one document."""

    def __init__(self, message: str, *, stage: str, source: str | None = None, line: int | None = None) -> None:
        super().__init__(f"{stage}: {message}", source=source, line=line)
        self.stage = stage


__all__ = ["CaptureError", "ConfigError", "ModelError", "StageError", "StoreError", "StorylineError"]
