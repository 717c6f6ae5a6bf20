"""Quotes of one document: direct, indirect and mixed, with their speakers.

Two signals are combined. Quotation marks give direct quotes (quote_marks); the dependency parse
gives cues with their subjects and complements (quote_syntax). A marked quote takes the nearest
cue of its sentence (or of the sentence it introduces with a colon, or of the one right after
it); an attribution whose complement holds a marked quote is mixed; one without marks is
indirect. A quote that opens a paragraph without a cue continues the previous speaker's
quotation. Speakers are resolved by quote_speakers; unresolved ones keep their own words.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.extract.quote_acts import with_acts
from storyline.extract.quote_bylines import byline_quotes
from storyline.extract.quote_colons import block_quotes, headline_quotes, label_quotes
from storyline.extract.quote_frames import colon_frame, trailing_frame
from storyline.extract.quote_insertions import inserted_cue_quotes, replace_halves
from storyline.extract.quote_lexicon import QuoteLexicon, lexicon
from storyline.extract.quote_marks import MarkedSpan, find_marked
from storyline.extract.quote_records import make_quote
from storyline.extract.quote_speakers import SpeakerFinder
from storyline.extract.quote_splits import join_split_quotes
from storyline.extract.quote_subjects import subject_of
from storyline.extract.quote_syntax import (
    Attribution,
    cue_lemma,
    doc_text,
    find_attributions,
    is_cue_verb,
    puts_it,
    sentence_of,
    source_phrase,
    trim,
)
from storyline.records import Document, LocalEntity, Mention, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

log = logging.getLogger(__name__)

_WORD = re.compile(r"\w+")
# A marked stretch shorter than this with no cue is a scare quote or a title ("so-called
# 'reset'"), not speech: fragments like "a shrimp among whales" count only through a cue.
MIN_UNCUED_WORDS = 6
# A cue further than this from its quotation (characters) belongs to another clause.
MAX_CUE_DISTANCE = 200
# An uncued quotation continues the previous speaker if that speaker was quoted this close before.
CONTINUATION_DISTANCE = 700


@dataclass(frozen=True, slots=True)
class _Cue:
    token: Token
    start: int
    end: int
    lemma: str
    source: Token | None


def find_quotes(
    document: Document, parsed: Doc, entities: tuple[LocalEntity, ...], mentions: tuple[Mention, ...]
) -> tuple[Quote, ...]:
    """Every quote of ``document``, in text order, plus the quotes of its transcript turns."""
    lex = lexicon()
    text = doc_text(parsed)
    finder = SpeakerFinder(parsed, entities, mentions, lex)
    marked = find_marked(text)
    attributions = [a for a in find_attributions(parsed, lex) if not _inside_any(a.cue_start, marked)]
    quotes: list[Quote] = []
    consumed: set[MarkedSpan] = set()
    for a in attributions:
        quote = _reported(a, marked, finder, text, consumed)
        if quote is not None:
            quotes.append(quote)
    for m, signed in byline_quotes(text, marked, finder):
        if m not in consumed:
            consumed.add(m)
            quotes.append(signed)
    reported = sorted((q for q in quotes if q.speaker is not None and q.cue in lex.speech), key=lambda q: q.end)
    quotes.extend(_direct(parsed, marked, consumed, finder, lex, reported))
    quotes = join_split_quotes(replace_halves(quotes, inserted_cue_quotes(parsed, finder, lex)), text)
    covered = [(q.start, q.end) for q in quotes]
    colons = (*headline_quotes(parsed, finder, lex), *block_quotes(parsed, finder, lex), *label_quotes(parsed, finder))
    for extra in colons:
        if not _overlaps(extra, covered):
            quotes.append(extra)
            covered.append((extra.start, extra.end))
    quotes = _outside_reports(quotes, lex)
    if document.kind == "transcript":
        quotes = [_first_person(q, document, text) for q in quotes]
    quotes.extend(_turn_quotes(document))
    return tuple(sorted(with_acts(quotes, lex), key=lambda q: (q.start, q.end)))


def _outside_reports(quotes: list[Quote], lex: QuoteLexicon) -> list[Quote]:
    """Quotes not inside the reported words of another speaker.

    In "Lee said Smith wants to leave", Smith's wish is Lee's statement: the words are Lee's, and
    a second quote credited to Smith would claim what Smith never said.
    """
    reports = [(q.start, q.end) for q in quotes if _reports_words(q, lex)]
    return [q for q in quotes if not any(_within(q, start, end) for start, end in reports)]


def _reports_words(quote: Quote, lex: QuoteLexicon) -> bool:
    """A quote of someone's words ("said ...", "according to ..."); a verb whose object is the
    content ("repeated a claim that Moscow denied") reports a thing, whose description may hold
    the statement of another source."""
    if quote.cue in lex.source_phrases:
        return True
    return quote.cue in lex.speech and quote.cue not in lex.objects


def _within(quote: Quote, start: int, end: int) -> bool:
    return start <= quote.start and quote.end <= end and end - start > quote.end - quote.start


def _overlaps(quote: Quote, spans: list[tuple[int, int]]) -> bool:
    return any(quote.start < end and start < quote.end for start, end in spans)


def _inside_any(pos: int, marked: tuple[MarkedSpan, ...]) -> bool:
    return any(m.start <= pos < m.end for m in marked)


def _in_paragraph(text: str, start: int, end: int, cue_start: int, cue_end: int) -> tuple[int, int]:
    """A content span clipped to the cue's paragraph (the parser's sentences can run across)."""
    before = text.rfind("\n\n", start, cue_start)
    after = text.find("\n\n", cue_end, end)
    return (before + 2 if before >= 0 else start), (after if after >= 0 else end)


def _cue_only(text: str) -> bool:
    return any(w.lower() in _CUE_FORMS for w in _WORD.findall(text))


# Inflected forms of the commonest cues, for the cheap check above (no parse at hand there).
_CUE_FORMS = {"said", "says", "told", "tells", "added", "adds", "asked", "wrote", "noted"}


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _reported(
    a: Attribution, marked: tuple[MarkedSpan, ...], finder: SpeakerFinder, text: str, consumed: set[MarkedSpan]
) -> Quote | None:
    """An indirect or mixed quote from a parsed attribution (None when marks make it direct)."""
    span = trim(text, *_in_paragraph(text, a.start, a.end, a.cue_start, a.cue_end))
    if span is None:
        return None
    start, end = span
    for m in marked:
        if start < m.start < end and m.start > a.cue_end and _SENTENCE_END.search(text, 0, m.start):
            # '..., he noted, may be late. "There is nothing ...," he said.': a quotation that
            # opens a new sentence after the cue is not part of its content (the parser merged
            # the two sentences).
            trimmed = trim(text, start, m.start)
            if trimmed is None:
                return None
            start, end = trimmed
            break
    inner = [m for m in marked if m.start < end and m.end > start]
    if any(_after_colon(text, start, end, m) for m in inner) and a.cue_start >= end:
        # 'Lee scolded him: "...," she said.': the quotation is what "she said"; the clause
        # before the colon is the narrative's, with a verb of its own. The direct quote holds it.
        return None
    outside = text[start:end]
    for m in sorted(inner, key=lambda m: -m.start):
        outside = outside[: max(0, m.start - start)] + " " + outside[max(0, m.end - start) :]
    if inner and _words(outside) < 2:
        return None  # the complement is the quotation itself: a direct quote, found from the marks
    if _words(outside) < 4 and _cue_only(text[start:end]):
        return None  # "…, he added, he said": the complement is another cue, not content
    for m in inner:
        consumed.add(m)
        start, end = min(start, m.start), max(end, m.end)
    speaker = finder.from_token(a.source, (start, end)) if a.source is not None else None
    quote = make_quote(text, start, end, "mixed" if inner else "indirect", speaker, a.lemma, a.cue_start, a.cue_end)
    if a.parts and (start, end) == (a.parts[0][0], a.parts[-1][1]):
        # The content runs on around its cue: the text is the content's parts, not the cue.
        joined = " ".join(text[s:e] for s, e in a.parts)
        quote = dataclasses.replace(quote, text=joined, parts=a.parts)
    return quote


def _after_colon(text: str, start: int, end: int, marked: MarkedSpan) -> bool:
    """Whether ``marked`` closes the span start..end and a colon inside the span introduces it."""
    before = text[start : marked.start].rstrip()
    return before.endswith(":") and len(before) > 1 and marked.end >= end - 1


# The end of a sentence right before a position: a full stop, question or exclamation mark,
# maybe a closing mark, then spaces.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]*\s+\Z")


def _direct(
    parsed: Doc,
    marked: tuple[MarkedSpan, ...],
    consumed: set[MarkedSpan],
    finder: SpeakerFinder,
    lex: QuoteLexicon,
    reported: list[Quote],
) -> list[Quote]:
    """Quotations in marks; one without a cue continues the chain it belongs to or the speaker
    quoted or reported just before it (``reported``: attributed statements, by end)."""
    text = doc_text(parsed)
    out: list[Quote] = []
    by_chain: dict[int, Quote] = {}
    last: Quote | None = None
    titles = {m for m in marked if _is_title(parsed, m, lex)}
    speech = tuple(m for m in marked if m not in titles)
    for m in speech:
        if m in consumed:
            continue
        cue = _nearest_cue(parsed, m, speech, lex)
        framed = _framed_cue(parsed, m, lex)
        if framed is not None and (cue is None or cue.end <= framed.start <= m.start):
            # "When Lee suggested ..., Ann shot back: '...'": the clause right before the
            # quotation attributes it, not a cue of an earlier clause.
            cue = framed
        if cue is not None:
            speaker = finder.from_token(cue.source, (m.start, m.end)) if cue.source is not None else None
            quote = make_quote(text, m.start, m.end, "direct", speaker, cue.lemma, cue.start, cue.end)
        else:
            previous = by_chain.get(m.chain)
            # "Lee said the port would close. / 'We have no choice.'": a reported statement
            # closer than the last quotation hands the word on too.
            said = [q for q in reported if q.end <= m.start and (last is None or q.end > last.end)]
            last = said[-1] if said else last
            near = last is not None and m.start - last.end < CONTINUATION_DISTANCE
            if previous is None and near and _opens_sentence(parsed, m) and _words(text[m.start : m.end]) >= 2:
                previous = last
            if previous is not None:
                quote = _continued(text, m, previous)
            elif _words(text[m.start : m.end]) >= MIN_UNCUED_WORDS and _opens_sentence(parsed, m):
                quote = make_quote(text, m.start, m.end, "direct", None, None, None, None)
            else:
                continue
        out.append(quote)
        by_chain[m.chain] = quote
        if quote.speaker_name is not None:
            last = quote
    return out


def _framed_cue(parsed: Doc, m: MarkedSpan, lex: QuoteLexicon) -> _Cue | None:
    """A clause before a colon or after the quotation that introduces it with a verb of any kind."""
    frame = colon_frame(parsed, m.start, lex) or trailing_frame(parsed, m.end, lex)
    if frame is None:
        return None
    verb = frame.verb
    return _Cue(verb, verb.idx, verb.idx + len(verb.text), verb.lemma_.lower(), frame.source)


def _is_title(parsed: Doc, m: MarkedSpan, lex: QuoteLexicon) -> bool:
    """A short marked name ("on 'Meet the Press'"): every word capitalised, or a prepositional object."""
    inner = doc_text(parsed)[m.start : m.end]
    words = _WORD.findall(inner)
    if not words or len(words) >= MIN_UNCUED_WORDS:
        return False
    span = parsed.char_span(m.start, m.end, alignment_mode="expand")
    if span is not None and span.root.head.lemma_.lower() in lex.speech and span.root.dep_ != "pobj":
        return False  # 'chanted "USA! USA!"', 'declared "GROWING PARTY"': said, capitals or not
    if all(w[0].isupper() or not w[0].isalpha() for w in words) and len(words) > 1:
        return True
    return span is not None and span.root.dep_ == "pobj"


def _continued(text: str, m: MarkedSpan, previous: Quote) -> Quote:
    return Quote(
        start=m.start,
        end=m.end,
        text=text[m.start : m.end],
        kind="direct",
        speaker=previous.speaker,
        speaker_name=previous.speaker_name,
        speaker_start=previous.speaker_start,
        speaker_end=previous.speaker_end,
        # No cue of its own: the paragraph only continues the quotation the cue introduced.
        cue=None,
    )


def _opens_sentence(parsed: Doc, m: MarkedSpan) -> bool:
    """Whether the quotation starts a sentence: after a paragraph break or a sentence's end."""
    before = doc_text(parsed)[max(0, m.start - 40) : m.start].rstrip()
    return not before or before[-1] in ".?!:\n\"'\u201d"


def _nearest_cue(parsed: Doc, m: MarkedSpan, marked: tuple[MarkedSpan, ...], lex: QuoteLexicon) -> _Cue | None:
    """The cue of a marked quote: in its sentences, a colon-ended one before, or the next one."""
    sents = _sentences_around(parsed, m)
    best: tuple[int, _Cue] | None = None
    for sent in sents:
        for token in sent:
            if _inside_any(token.idx, marked):
                continue
            cue = _cue_at(token, lex)
            if cue is None:
                continue
            distance = m.start - token.idx if token.idx < m.start else token.idx - m.end
            if distance > MAX_CUE_DISTANCE:
                continue
            if _other_quote_between(token.idx, m, marked):
                continue
            score = distance + _cue_penalty(parsed, m, cue, lex)
            if best is None or score < best[0]:
                best = (score, cue)
    return best[1] if best else None


# Cue preferences for a quotation, in characters of distance: a speech verb ("said") over a verb
# that only takes the quote as its object ("criticized", "called"), and a cue whose clause holds
# the quotation over one that merely stands near it. Set on the PolNeAR training sample.
NOT_SPEECH_PENALTY = 120
UNLINKED_PENALTY = 60


def _cue_penalty(parsed: Doc, m: MarkedSpan, cue: _Cue, lex: QuoteLexicon) -> int:
    penalty = 0
    if cue.lemma not in lex.speech and cue.lemma not in lex.source_phrases:
        penalty += NOT_SPEECH_PENALTY
    inner = parsed.char_span(m.start, m.end, alignment_mode="contract")
    if inner is not None and len(inner) and not _linked(inner.root, cue.token):
        penalty += UNLINKED_PENALTY
    return penalty


def _linked(root: Token, cue: Token) -> bool:
    """The quotation hangs from the cue, or the cue from the quotation (a parenthetical)."""
    return cue in root.ancestors or root in cue.ancestors or root.head == cue.head


def _other_quote_between(pos: int, m: MarkedSpan, marked: tuple[MarkedSpan, ...]) -> bool:
    lo, hi = (pos, m.start) if pos < m.start else (m.end, pos)
    return any(o is not m and o.chain != m.chain and lo <= o.start and o.end <= hi for o in marked)


def _cue_at(token: Token, lex: QuoteLexicon) -> _Cue | None:
    lemma = cue_lemma(token)
    if is_cue_verb(token, lex.cue_verbs):
        return _Cue(token, token.idx, token.idx + len(token.text), lemma, subject_of(token))
    if puts_it(token):
        source = subject_of(token)
        if source is None or source.i > token.i:  # never in the quotation after it
            # "As Lee, a pilot, put it": the parser may read "as Lee" as a prepositional phrase.
            marks = [g for c in token.children if c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
            source = marks[0] if marks else None
        return _Cue(token, token.idx, token.idx + len(token.text), "put it", source)
    if token.lower_ in lex.phrase_starts:
        phrase = source_phrase(token, lex)
        if phrase is not None:
            return _Cue(token, phrase.cue_start, phrase.cue_end, phrase.lemma, phrase.source)
    return None


def _sentences_around(parsed: Doc, m: MarkedSpan) -> list[Span]:
    first = parsed.char_span(m.start, m.start + 1, alignment_mode="expand")
    last = parsed.char_span(max(m.start, m.end - 1), m.end, alignment_mode="expand")
    if first is None or last is None:
        return []
    sents: list[Span] = []
    sent = sentence_of(first[0])
    while True:
        sents.append(sent)
        if sent.end >= len(parsed) or sent.end_char >= m.end:
            break
        sent = sentence_of(parsed[sent.end])
    before = sents[0]
    if before.start > 0 and not doc_text(parsed)[before.start_char : m.start].strip():
        prev = sentence_of(parsed[before.start - 1])
        if prev.text.rstrip().endswith(":"):
            sents.insert(0, prev)
    after = sents[-1]
    if after.end < len(parsed):
        following = sentence_of(parsed[after.end])
        gap = doc_text(parsed)[m.end : following.start_char]
        if "\n" not in gap:
            sents.append(following)
    return sents


def _first_person(quote: Quote, document: Document, text: str) -> Quote:
    """In a transcript, "I think ..." is said by whoever holds the turn."""
    if quote.speaker_start is None or quote.speaker_end is None or quote.speaker is not None:
        return quote
    if text[quote.speaker_start : quote.speaker_end].lower() not in ("i", "we"):
        return quote
    for turn in document.turns:
        if turn.start <= quote.speaker_start < turn.end and turn.speaker_name:
            return dataclasses.replace(quote, speaker_name=turn.speaker_name)
    return quote


def _turn_quotes(document: Document) -> list[Quote]:
    """Quotes of transcript turns, from the speakers stage where it provides them."""
    if document.kind != "transcript":
        return []
    try:
        from storyline import speakers
    except ImportError:  # pragma: no cover - the package is part of storyline
        return []
    turn_quotes = getattr(speakers, "turn_quotes", None)
    if turn_quotes is None:
        return []
    try:
        return [q for q in turn_quotes(document) if isinstance(q, Quote)]
    except Exception:  # a failing optional stage must not lose the article's quotes
        log.warning("turn quotes failed for %s", document.source, exc_info=True)
        return []


__all__ = ["find_quotes"]
