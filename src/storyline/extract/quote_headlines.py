"""Headline attributions: "Reid: 'Never underestimate him'", "Poll: Trump trails in Ohio".

Headlines and standfirsts put the source before a colon and drop the speech verb. A line counts
when what precedes the colon is short and names a source: an entity mention or a source noun
("Poll", "Report", "Officials"). The speaker is resolved like any subject.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline.extract.quote_lexicon import QuoteLexicon
from storyline.extract.quote_speakers import SpeakerFinder
from storyline.records import Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# A source before a headline colon is a name or a short description: past four words it is a
# sentence with a colon in it ("The result: ..."), not a headline attribution.
MAX_SOURCE_WORDS = 4
_LINE = re.compile(r"^[ \t]*(?P<source>[^\n:]{2,60}?)[ \t]*:[ \t]+(?P<content>[^\n]{8,})$", re.MULTILINE)
# Report-like nouns that a headline cites as a source without a name.
QUOTE_OPENERS = "\"'\u2018\u201c"
# An unquoted headline statement has a finite verb and some length; "Jeb Bush: Survive to S.C"
# is a campaign's motto as a caption, not a report.
MIN_CLAUSE_WORDS = 5
SOURCE_NOUNS = {"poll", "polls", "survey", "report", "study", "newspaper", "officials", "sources", "analysis"}


def _is_statement(parsed: Doc, source: Span, start: int, end: int) -> bool:
    """A quotation after a named source, or a clause of five words or more after a source."""
    person = any(t.ent_type_ in ("PERSON", "ORG") for t in source)
    if not person and source.root.lower_ not in SOURCE_NOUNS:
        return False
    if parsed.text[start] in QUOTE_OPENERS:
        return True
    content = parsed.char_span(start, end, alignment_mode="expand")
    if content is None or len([t for t in content if t.is_alpha]) < MIN_CLAUSE_WORDS:
        return False
    return any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VB", "VBG", "VBN") for t in content)


def headline_quotes(parsed: Doc, finder: SpeakerFinder, lex: QuoteLexicon) -> list[Quote]:
    """Quotes from lines of the form "SOURCE: content"."""
    del lex
    out: list[Quote] = []
    text = parsed.text
    for m in _LINE.finditer(text):
        source = m.group("source")
        if len(source.split()) > MAX_SOURCE_WORDS or not source[:1].isupper():
            continue
        span = parsed.char_span(m.start("source"), m.end("source"), alignment_mode="expand")
        if span is None:
            continue
        start, end = m.start("content"), m.end("content")
        if not _is_statement(parsed, span, start, end):
            continue
        while end > start and text[end - 1] in ". ":
            end -= 1
        speaker = finder.from_token(span.root)
        out.append(
            Quote(
                start=start,
                end=end,
                text=text[start:end],
                kind="direct" if text[start] in QUOTE_OPENERS else "indirect",
                speaker=speaker.entity if speaker else None,
                speaker_name=speaker.name if speaker else source,
                speaker_start=speaker.start if speaker else m.start("source"),
                speaker_end=speaker.end if speaker else m.end("source"),
                cue=":",
                cue_start=m.end("source"),
                cue_end=m.end("source") + 1,
            )
        )
    return out


__all__ = ["headline_quotes"]
