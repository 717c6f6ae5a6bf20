"""Quotes of one document: direct, indirect and mixed, with their speakers.

Two signals are combined. Quotation marks give direct quotes (quote_marks); the dependency parse
gives cues with their subjects and complements (quote_syntax). A marked quote takes the nearest
cue of its sentence (or of the sentence it introduces with a colon, or of the one right after
it); an attribution whose complement holds a marked quote is mixed; one without marks is
indirect. A quote that opens a paragraph without a cue continues the previous speaker's
quotation. Speakers are resolved by quote_speakers; unresolved ones keep their own words.

This module combines the finders: quote_reported (indirect and mixed), quote_direct (marked,
with cues from quote_cues), quote_asides (contents a dash aside interrupts),
quote_bylines, quote_insertions, quote_colons, quote_interviews
(interview transcripts printed in articles), quote_transcripts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.extract.quote_acts import with_acts
from storyline.extract.quote_asides import across_asides
from storyline.extract.quote_bylines import byline_quotes
from storyline.extract.quote_colons import block_quotes, headline_quotes
from storyline.extract.quote_cues import inside_any
from storyline.extract.quote_direct import direct_quotes
from storyline.extract.quote_fronted import without_unset_fronted
from storyline.extract.quote_insertions import inserted_cue_quotes, replace_halves
from storyline.extract.quote_interviews import Interview, interview_quotes
from storyline.extract.quote_lexicon import lexicon
from storyline.extract.quote_marks import MarkedSpan, find_marked
from storyline.extract.quote_paragraph_runs import join_paragraph_runs
from storyline.extract.quote_records import with_named_speaker
from storyline.extract.quote_reported import outside_reports, reported_quote
from storyline.extract.quote_speakers import SpeakerFinder
from storyline.extract.quote_splits import join_split_quotes, without_fragments
from storyline.extract.quote_syntax import doc_text, find_attributions
from storyline.extract.quote_transcripts import first_person, turn_quotes
from storyline.records import Document, LocalEntity, Mention, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from storyline.extract.descriptions import DescriptionResolver


def find_quotes(
    document: Document,
    parsed: Doc,
    entities: tuple[LocalEntity, ...],
    mentions: tuple[Mention, ...],
    descriptions: DescriptionResolver | None = None,
) -> tuple[Quote, ...]:
    """Every quote of ``document``, in text order, plus the quotes of its transcript turns;
    ``descriptions`` is the document's resolver shared with the event stage."""
    lex = lexicon()
    text = doc_text(parsed)
    finder = SpeakerFinder(parsed, entities, mentions, lex, descriptions)
    marked = find_marked(text)
    attributions = [a for a in find_attributions(parsed, lex) if not inside_any(a.cue_start, marked)]
    quotes: list[Quote] = []
    consumed: set[MarkedSpan] = set()
    for a in attributions:
        quote = reported_quote(a, marked, finder, text, consumed)
        if quote is not None:
            quotes.append(quote)
    for m, signed in byline_quotes(text, marked, finder):
        if m not in consumed:
            consumed.add(m)
            quotes.append(signed)
    reported = sorted((q for q in quotes if q.speaker is not None and q.cue in lex.speech), key=lambda q: q.end)
    quotes.extend(direct_quotes(parsed, marked, consumed, finder, lex, reported))
    quotes = without_fragments(
        join_split_quotes(replace_halves(quotes, inserted_cue_quotes(parsed, finder, lex)), text)
    )
    quotes = join_paragraph_runs(quotes, marked)
    quotes = across_asides(quotes, parsed)
    interview = interview_quotes(parsed, finder) if document.kind != "transcript" else Interview()
    quotes = [q for q in quotes if not interview.covers(q)]
    covered = [(q.start, q.end) for q in quotes]
    colons = (*headline_quotes(parsed, finder, lex), *block_quotes(parsed, finder, lex))
    for extra in colons:
        if not _overlaps(extra, covered) and not interview.covers(extra):
            quotes.append(extra)
            covered.append((extra.start, extra.end))
    quotes = without_unset_fronted(outside_reports(quotes, lex), text, parsed)
    if document.kind == "transcript":
        quotes = [first_person(q, document, text) for q in quotes]
    quotes = [with_named_speaker(q, entities) for q in quotes]
    # A label resolves by its own rule (quote_interviews): a name the labels alone spell is no one.
    quotes.extend(interview.turns)
    quotes.extend(turn_quotes(document))
    return tuple(sorted(with_acts(quotes, lex, parsed), key=lambda q: (q.start, q.end)))


def _overlaps(quote: Quote, spans: list[tuple[int, int]]) -> bool:
    return any(quote.start < end and start < quote.end for start, end in spans)


__all__ = ["find_quotes"]
