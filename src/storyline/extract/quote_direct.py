"""Direct quotes: quotations in marks, with the cue found for them, or continuing the speaker
quoted or reported just before when they have none."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from storyline.extract.quote_cues import framed_cue, nearest_cue
from storyline.extract.quote_handover import new_speaker
from storyline.extract.quote_inverted import inverted_cue
from storyline.extract.quote_lexicon import QuoteLexicon
from storyline.extract.quote_marks import MarkedSpan
from storyline.extract.quote_records import Speaker, make_quote
from storyline.extract.quote_speakers import SpeakerFinder
from storyline.extract.quote_syntax import doc_text
from storyline.records import Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

_WORD = re.compile(r"\w+")
# A marked stretch shorter than this with no cue is a scare quote or a title ("so-called
# 'reset'"), not speech: fragments like "a shrimp among whales" count only through a cue.
MIN_UNCUED_WORDS = 6
# An uncued quotation continues the previous speaker if that speaker was quoted this close before.
CONTINUATION_DISTANCE = 700


def direct_quotes(
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
        # "Said the mayor: '...'": the word order names the cue the parse cannot see.
        inverted = inverted_cue(parsed, m, lex)
        cue = inverted or nearest_cue(parsed, m, speech, lex)
        framed = None if inverted else framed_cue(parsed, m, lex)
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
            handed = None
            if previous is None and near and _opens_sentence(parsed, m) and _words(text[m.start : m.end]) >= 2:
                previous = last
                # "Ann said ... / Lee identified cost as the reason. / '...'": Lee has the word.
                handed = _handed_over(parsed, m, last, finder, lex) if last is not None else None
            if handed is not None:
                quote = make_quote(text, m.start, m.end, "direct", handed, None, None, None)
                quote = dataclasses.replace(quote, floating=_named_before(text, handed.start, handed.end, m.start))
            elif previous is not None:
                quote = _continued(text, m, previous)
            elif _words(text[m.start : m.end]) >= MIN_UNCUED_WORDS and _opens_sentence(parsed, m):
                quote = make_quote(text, m.start, m.end, "direct", None, None, None, None)
            elif out and _coordinated(text, out[-1], m):
                # 'told them to "vote early" and then "bring a friend"': one quote of one cue.
                out[-1] = _with_part(text, out[-1], m)
                by_chain[m.chain] = out[-1]
                continue
            else:
                continue
        out.append(quote)
        by_chain[m.chain] = quote
        if quote.speaker_name is not None:
            last = quote
    return out


def _is_title(parsed: Doc, m: MarkedSpan, lex: QuoteLexicon) -> bool:
    """A short marked name ("on 'Meet the Press'"): every word capitalised, or a prepositional object."""
    inner = doc_text(parsed)[m.start : m.end]
    words = _WORD.findall(inner)
    if not words or len(words) >= MIN_UNCUED_WORDS:
        return False
    if _named(doc_text(parsed)[max(0, m.start - 40) : m.start], words):
        return True
    span = parsed.char_span(m.start, m.end, alignment_mode="expand")
    if span is not None and span.root.head.lemma_.lower() in lex.speech and span.root.dep_ != "pobj":
        return False  # 'chanted "USA! USA!"', 'declared "GROWING PARTY"': said, capitals or not
    if all(w[0].isupper() or not w[0].isalpha() for w in words) and len(words) > 1:
        return True
    return span is not None and span.root.dep_ == "pobj"


# Lower-case words a title may hold ("Fox and Friends", "Contract with America").
_TITLE_JOINERS = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to", "with"})
# What a title follows: an owner ("MSNBC's", "his 1994") or the word that gives it ("titled").
_OWNED = re.compile(r"(?:[\w.]+['\u2019]s?|\b(?:his|her|its|their)(?:\s+\d{4})?)\s*\Z")
_TITLED = re.compile(r"\b(?:titled|entitled)\s*\Z", re.IGNORECASE)


def _named(before: str, words: list[str]) -> bool:
    """Whether a marked stretch is a name given a show, a book or an advertisement: after
    "titled", or title-cased after its owner ("MSNBC's 'Morning Joe'", "his 1994 'Contract
    with America'"); a lower-case phrase after an owner ("Lee's 'very nice words'") is quoted."""
    if _TITLED.search(before):
        return True
    capitalised = all(w[0].isupper() or w.lower() in _TITLE_JOINERS for w in words) and words[0][0].isupper()
    return capitalised and _OWNED.search(before) is not None


def _handed_over(
    parsed: Doc, m: MarkedSpan, previous: Quote, finder: SpeakerFinder, lex: QuoteLexicon
) -> Speaker | None:
    """The person named as speaking or presenting between ``previous`` and ``m``, if not its speaker."""
    subject = new_speaker(parsed, previous.end, m.start, lex)
    speaker = finder.from_token(subject, (m.start, m.end)) if subject is not None else None
    if speaker is None or (speaker.entity is not None and speaker.entity == previous.speaker):
        return None
    return speaker


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
        floating=_named_before(text, previous.speaker_start, previous.speaker_end, m.start),
    )


# A sentence's end: a full stop, question or exclamation mark, perhaps closed by a quotation
# mark, then a space or line break.
_SENTENCE_END = re.compile("[.?!][\"'\u201d\u2019]?\\s")


def _named_before(text: str, speaker_start: int | None, speaker_end: int | None, start: int) -> bool:
    """Whether the speaker mention ends a sentence or more before the quotation at ``start``: the
    quotation floats, carried over from the sentence that named its speaker."""
    if speaker_start is None or speaker_end is None or speaker_end > start:
        return False
    return _SENTENCE_END.search(text, speaker_end, start) is not None


# Between two quotations of one cue: a conjunction, maybe with "then" or "also" ("and then").
_COORDINATION = re.compile(r"\s*,?\s*(?:and|or|but)(?:\s+(?:then|also))?\s*")


def _coordinated(text: str, previous: Quote, m: MarkedSpan) -> bool:
    """Whether quotation ``m`` is coordinated with the cued quotation right before it, inside
    one sentence (the first does not end in a full stop, question or exclamation mark)."""
    if previous.cue is None or previous.end > m.start:
        return False
    if text[previous.start : previous.end].rstrip("\"'\u201d\u2019 ")[-1:] in ".?!":
        return False
    return _COORDINATION.fullmatch(text, previous.end, m.start) is not None


def _with_part(text: str, previous: Quote, m: MarkedSpan) -> Quote:
    parts = previous.parts or ((previous.start, previous.end),)
    return dataclasses.replace(
        previous,
        end=m.end,
        text=f"{previous.text} {text[m.start : m.end]}",
        parts=(*parts, (m.start, m.end)),
    )


def _opens_sentence(parsed: Doc, m: MarkedSpan) -> bool:
    """Whether the quotation starts a sentence: after a paragraph break or a sentence's end."""
    before = doc_text(parsed)[max(0, m.start - 40) : m.start].rstrip()
    return not before or before[-1] in ".?!:\n\"'\u201d"


def _words(text: str) -> int:
    return len(_WORD.findall(text))


__all__ = ["direct_quotes"]
