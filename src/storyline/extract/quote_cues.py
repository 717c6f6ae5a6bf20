"""The cue of a marked quotation: the nearest speech verb or source phrase in its sentences
(or in a colon-ended sentence before it, or in the one right after it), preferring a speech
verb whose clause holds the quotation; or a clause that frames it with a verb of any kind."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.extract.quote_frames import colon_frame, trailing_frame
from storyline.extract.quote_lexicon import QuoteLexicon
from storyline.extract.quote_marks import MarkedSpan
from storyline.extract.quote_subjects import subject_of
from storyline.extract.quote_syntax import cue_lemma, doc_text, is_cue_verb, puts_it, sentence_of, source_phrase

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# A cue further than this from its quotation (characters) belongs to another clause.
MAX_CUE_DISTANCE = 200


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue of a quotation: its head token, its span, its lemma and its source when parsed."""

    token: Token
    start: int
    end: int
    lemma: str
    source: Token | None


def inside_any(pos: int, marked: tuple[MarkedSpan, ...]) -> bool:
    return any(m.start <= pos < m.end for m in marked)


def framed_cue(parsed: Doc, m: MarkedSpan, lex: QuoteLexicon) -> Cue | None:
    """A clause before a colon or after the quotation that introduces it with a verb of any kind."""
    frame = colon_frame(parsed, m.start, lex) or trailing_frame(parsed, m.end, lex)
    if frame is None:
        return None
    verb = frame.verb
    return Cue(verb, verb.idx, verb.idx + len(verb.text), verb.lemma_.lower(), frame.source)


def nearest_cue(parsed: Doc, m: MarkedSpan, marked: tuple[MarkedSpan, ...], lex: QuoteLexicon) -> Cue | None:
    """The cue of a marked quote: in its sentences, a colon-ended one before, or the next one."""
    sents = _sentences_around(parsed, m)
    best: tuple[int, Cue] | None = None
    for sent in sents:
        for token in sent:
            if inside_any(token.idx, marked):
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


def _cue_penalty(parsed: Doc, m: MarkedSpan, cue: Cue, lex: QuoteLexicon) -> int:
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


def _cue_at(token: Token, lex: QuoteLexicon) -> Cue | None:
    lemma = cue_lemma(token)
    if is_cue_verb(token, lex.cue_verbs):
        return Cue(token, token.idx, token.idx + len(token.text), lemma, subject_of(token))
    if puts_it(token):
        source = subject_of(token)
        if source is None or source.i > token.i:  # never in the quotation after it
            # "As Lee, a pilot, put it": the parser may read "as Lee" as a prepositional phrase.
            marks = [g for c in token.children if c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
            source = marks[0] if marks else None
        return Cue(token, token.idx, token.idx + len(token.text), "put it", source)
    if token.lower_ in lex.phrase_starts:
        phrase = source_phrase(token, lex)
        if phrase is not None:
            return Cue(token, phrase.cue_start, phrase.cue_end, phrase.lemma, phrase.source)
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


__all__ = ["MAX_CUE_DISTANCE", "Cue", "framed_cue", "inside_any", "nearest_cue"]
