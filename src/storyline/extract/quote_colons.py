"""Attributions around a colon that the parse alone does not show.

- Headlines: "Reid: 'Never underestimate him'", "Poll: Trump trails in Ohio". Headlines and
  standfirsts put the source before a colon and drop the speech verb. A line counts when what
  precedes the colon is short and names a source: an entity mention, a person the article
  names ("Lee:" for Ann Lee, which the tagger may miss in a headline) or a source noun ("Poll",
  "Report", "Officials"); a heading word ("Watch:", "Exclusive:") names none.
- Block quotations: "Hewitt writes:" closing a paragraph, the quoted passage as the next one,
  often without quotation marks.
The speaker is resolved like any subject.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline.extract.quote_interviews import is_heading, person_spelled, persons_named
from storyline.extract.quote_lexicon import QuoteLexicon
from storyline.extract.quote_records import Speaker, make_quote
from storyline.extract.quote_speakers import SpeakerFinder
from storyline.extract.quote_subjects import subject_of
from storyline.extract.quote_syntax import doc_text, is_cue_verb, sentence_of
from storyline.records import LocalEntity, Quote

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
SOURCE_NOUNS = {
    "poll", "polls", "survey", "report", "study", "newspaper", "officials", "sources", "analysis",
    "insiders", "experts", "critics", "aides", "analysts", "lawmakers", "residents", "voters",
}  # fmt: skip


def _is_statement(parsed: Doc, source: Span, start: int, end: int, known: bool) -> bool:
    """A quotation after a named source, or a clause of five words or more after a source;
    ``known``: the source names a person of the document."""
    if any(t.pos_ in ("VERB", "AUX") for t in source):
        return False  # "The fix is in: ...": a clause before the colon, not a source
    person = known or any(t.ent_type_ in ("PERSON", "ORG") for t in source)
    named = all(t.text[:1].isupper() for t in source if t.is_alpha)
    if doc_text(parsed)[start] in QUOTE_OPENERS:
        # A quotation after a capitalised name ("Reid: 'Never ...'") even where the tagger,
        # short of context in a headline, found no entity.
        return person or named or source.root.lower_ in SOURCE_NOUNS
    if not person and source.root.lower_ not in SOURCE_NOUNS:
        return False
    content = parsed.char_span(start, end, alignment_mode="expand")
    if content is None or len([t for t in content if t.is_alpha]) < MIN_CLAUSE_WORDS:
        return False
    if not doc_text(parsed)[: source.start_char].strip():
        # The headline itself drops its verbs ("Poll: Lee a big draw among young voters").
        return True
    return any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VB", "VBG", "VBN") for t in content)


def headline_quotes(parsed: Doc, finder: SpeakerFinder, lex: QuoteLexicon) -> list[Quote]:
    """Quotes from lines of the form "SOURCE: content"."""
    del lex
    out: list[Quote] = []
    text = doc_text(parsed)
    persons: list[LocalEntity] | None = None  # the document's persons, listed at the first headline line
    for m in _LINE.finditer(text):
        source = m.group("source")
        if len(source.split()) > MAX_SOURCE_WORDS or not source[:1].isupper():
            continue
        if is_heading(source) and source.strip().lower() not in SOURCE_NOUNS:
            continue  # "WATCH: ...", "Exclusive: ...": a heading; "Poll: ..." cites a poll
        span = parsed.char_span(m.start("source"), m.end("source"), alignment_mode="expand")
        if span is None:
            continue
        start, end = m.start("content"), m.end("content")
        # "Pence: ... won't be at debate": the tagger, short of context in a headline, may miss
        # the name the article then writes in full.
        if persons is None:
            persons = persons_named(finder)
        known = person_spelled(source.strip(), m.start("source"), finder, persons)
        if not _is_statement(parsed, span, start, end, known is not None):
            continue
        while end > start and text[end - 1] in ". ":
            end -= 1
        speaker = finder.from_token(span.root)
        if known is not None and (speaker is None or speaker.entity is None):
            speaker = Speaker(span.start_char, span.end_char, finder.name_of(known), known)
        if speaker is None or not (span.start_char <= speaker.start and speaker.end <= span.end_char):
            # The parse of a headline runs the source into the content ("Poll: Lee Leads"):
            # the words before the colon are the source.
            speaker = Speaker(span.start_char, span.end_char, source.strip(), None)
        kind = "direct" if text[start] in QUOTE_OPENERS else "indirect"
        out.append(make_quote(text, start, end, kind, speaker, ":", m.end("source"), m.end("source") + 1))
    return out


_BLOCK = re.compile(r":[ \t]*\n\s*(?P<content>[^\n]{20,})")


def block_quotes(parsed: Doc, finder: SpeakerFinder, lex: QuoteLexicon) -> list[Quote]:
    """The paragraph after one that ends "X writes:" / "she said:", as X's direct quote."""
    out: list[Quote] = []
    text = doc_text(parsed)
    for m in _BLOCK.finditer(text):
        colon = parsed.char_span(m.start(), m.start() + 1, alignment_mode="expand")
        if colon is None:
            continue
        sent = sentence_of(colon[0])
        cues = [t for t in sent if t.i < colon[0].i and is_cue_verb(t, lex.speech)]
        if not cues:
            continue
        cue = cues[-1]
        start, end = m.start("content"), m.end("content")
        source = subject_of(cue)
        speaker = finder.from_token(source, (start, end)) if source is not None else None
        out.append(
            make_quote(text, start, end, "direct", speaker, cue.lemma_.lower(), cue.idx, cue.idx + len(cue.text))
        )
    return out


__all__ = ["block_quotes", "headline_quotes"]
