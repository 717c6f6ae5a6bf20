"""Quotations signed with a dash and a name: ``"We need more buses." ― Carla Mendes``.

Reader reactions, vox pops and social posts are printed as a quotation followed, on the same
line, by a dash and the person's name (maybe with an age or a town after a comma). No verb
attributes them; the signature does. A quotation counts only when it is a sentence (it ends
in a full stop, a question or an exclamation mark inside its marks): a title followed by its
author ("Imagine" ― John Lennon) is not a quote.
"""

from __future__ import annotations

import re

from storyline.extract.quote_marks import MarkedSpan
from storyline.extract.quote_records import Speaker, make_quote
from storyline.extract.quote_speakers import SpeakerFinder
from storyline.records import Quote

_BLANK = r" \t\u00a0"
_SPACE = f"[{_BLANK}]"
_NAME_WORD = r"[A-Z][\w.'\u2019-]*"
# After the closing mark: a dash, a name of one to four capitalised words, then maybe ", 34,
# Phoenix" and the end of the line.
_SIGNATURE = re.compile(
    rf"{_SPACE}*[\u2015\u2014\u2013-]{_SPACE}*(?P<name>{_NAME_WORD}(?:{_SPACE}+{_NAME_WORD}){{0,3}})"
    rf"(?:,[^\n]*)?[{_BLANK}.]*(?:\n|\Z)"
)
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019\u00bb\s]*\Z")


def byline_quotes(text: str, marked: tuple[MarkedSpan, ...], finder: SpeakerFinder) -> list[tuple[MarkedSpan, Quote]]:
    """Each signed quotation with its quote, the signature's name as the speaker."""
    out: list[tuple[MarkedSpan, Quote]] = []
    for m in marked:
        signature = _SIGNATURE.match(text, m.end)
        if signature is None or not _SENTENCE_END.search(text, m.start, m.end):
            continue
        name = signature.group("name").rstrip(".")
        start = signature.start("name")
        key = finder.by_surname(name.split()[-1], start) if len(name.split()) > 1 else None
        speaker = Speaker(start, start + len(name), finder.name_of(key) if key else name, key)
        out.append((m, make_quote(text, m.start, m.end, "direct", speaker, None, None, None)))
    return out


__all__ = ["byline_quotes"]
