"""A light sentence splitter for the search index.

The index is filled inside the store's write of each document, where no parse is at hand and
a spaCy run would double the ingest cost; a regular expression over the clean text, with a
list of abbreviations (``data/search/abbreviations.txt``), finds the sentence ends that
matter for search: a hit needs a readable sentence around it, not a linguist's segmentation.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from importlib import resources

# A sentence ends at . ! ? (with closing quotes or brackets after it) followed by space and
# something that can open a sentence, or at a line break (paragraphs, transcript lines).
_END = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])|\n+""")
_WORD_BEFORE = re.compile(r"(\w+)\.?$")

# Longer sentences are cut at the nearest space past this many characters: a hit shows the
# sentence, and a run-on "sentence" of a transcript with no punctuation would be a page.
MAX_SENTENCE = 600


@functools.cache
def abbreviations() -> frozenset[str]:
    text = resources.files("storyline.data").joinpath("search/abbreviations.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text``, without surrounding white space."""
    start = 0
    for match in _END.finditer(text):
        end = match.end() if match.group().strip() else match.start()
        if match.group().startswith(".") and _is_abbreviation(text[start : match.start()]):
            continue
        yield from _trimmed(text, start, end)
        start = match.end()
    yield from _trimmed(text, start, len(text))


def _is_abbreviation(before: str) -> bool:
    word = _WORD_BEFORE.search(before)
    if not word:
        return False
    token = word.group(1)
    # Single capitals are initials ("J. Smith", "U.S."), not sentence ends.
    return token.lower() in abbreviations() or (len(token) == 1 and token.isupper())


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        yield start, cut
        start = cut + 1
    if end > start:
        yield start, end


__all__ = ["MAX_SENTENCE", "split_sentences"]
