"""Reported sentences with the cue set off by commas inside them: "These staff, Lind explained
at the hearing, were well paid."

The writer inserts the attribution into the reported sentence; the parser hangs it anywhere (as
the root, a clause of its own, an adverbial), so the clause-based reading may find one half of
the content, or none. Read from the punctuation instead: a finite speech verb with its subject
and a few adjuncts (no object but the hearer: "he told reporters") between two commas, at least
two words of the sentence before it and two after, and no other verb in the insertion. The
content is the sentence without the insertion, one quote with the two parts (see
quote_splits); the subject is the speaker.

A quotation before the insertion leaves the sentence to the quotation readers (a split direct
quote); one after it makes the quote mixed.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from storyline.extract.quote_lexicon import QuoteLexicon
from storyline.extract.quote_records import make_quote
from storyline.extract.quote_speakers import SpeakerFinder
from storyline.extract.quote_syntax import cue_lemma, doc_text, trim
from storyline.records import Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# An insertion is short: "she said", "Ms. Lind noted on Friday", "the agency said in a June
# report". In tokens, each side of the verb.
MAX_INSERTION_TOKENS = 8
MIN_SIDE_WORDS = 2
_WORD = re.compile(r"\w+")
# An inserted cue is a finite verb ("said", "says", "argues"); "..., with polls showing ...,"
# is a participle clause, not an attribution.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_MARKS = re.compile("[\"\u201c\u201d]|''")


def inserted_cue_quotes(parsed: Doc, finder: SpeakerFinder, lex: QuoteLexicon) -> list[Quote]:
    """One quote per reported sentence with an inserted cue."""
    text = doc_text(parsed)
    out: list[Quote] = []
    for sent in parsed.sents:
        for verb in sent:
            quote = _around_insertion(verb, sent, text, finder, lex)
            if quote is not None:
                out.append(quote)
    return out


def _around_insertion(verb: Token, sent: Span, text: str, finder: SpeakerFinder, lex: QuoteLexicon) -> Quote | None:
    if verb.pos_ != "VERB" or verb.tag_ not in _FINITE or cue_lemma(verb) not in lex.speech:
        return None
    if any(c.dep_ == "dobj" and c.pos_ != "PRON" for c in verb.children) and cue_lemma(verb) != "tell":
        return None  # "prosecutors charged two developers": the verb has its own object
    doc = verb.doc
    left = _comma(doc, verb.i, -1, sent)
    right = _comma(doc, verb.i, 1, sent)
    if left is None or right is None:
        return None
    inside = doc[left + 1 : right]
    if any(t.pos_ in ("VERB", "AUX") and t.i != verb.i and t.dep_ != "aux" for t in inside):
        return None
    subjects = [t for t in doc[left + 1 : verb.i] if t.dep_ in ("nsubj", "nsubjpass") or t.pos_ in ("PROPN", "PRON")]
    if not subjects:
        return None
    before = trim(text, sent.start_char, doc[left].idx)
    after = trim(text, doc[right].idx + 1, sent.end_char)
    if before is None or after is None or _MARKS.search(text, before[0], before[1]):
        return None  # a quotation before the cue: a split direct quote, for the quotation readers
    if min(len(_WORD.findall(text[s:e])) for s, e in (before, after)) < MIN_SIDE_WORDS:
        return None
    source = next((t for t in subjects if t.dep_ in ("nsubj", "nsubjpass")), subjects[-1])
    speaker = finder.from_token(source, (before[0], after[1]))
    kind = "mixed" if _MARKS.search(text, after[0], after[1]) else "indirect"
    if kind == "mixed" and not _clause_around(doc, left, right, text, after[0]):
        return None
    quote = make_quote(text, before[0], after[1], kind, speaker, cue_lemma(verb), verb.idx, verb.idx + len(verb.text))
    joined = f"{text[before[0] : before[1]]} {text[after[0] : after[1]]}"
    return dataclasses.replace(quote, text=joined, parts=(before, after))


def _clause_around(doc: Doc, left: int, right: int, text: str, after: int) -> bool:
    """Whether a sentence with a quotation after its insertion is one reported clause around the
    cue: a subject before it ("These staff, she said, were "well paid""), its words going on
    after it. A frame before the cue ("Asked about it, she said, "...""), or a quotation, a
    conjunction or a participle ("adding") opening the part after it, leaves the quotation to
    the quotation readers."""
    first = next((t for t in doc[doc[left].sent.start : left] if not t.is_punct), None)
    if first is None or first.pos_ not in _SUBJECT_STARTS:
        return False
    opener = doc[right + 1] if right + 1 < len(doc) else None
    if opener is None or opener.dep_ == "cc" or opener.tag_ == "VBG":
        return False  # "..., she said, and ...", "..., she said, adding ..."
    return not (_MARKS.match(text, after) or opener.is_quote)


# First words of a subject noun phrase ("These staff", "The plan", "Acts of protest", "Many").
_SUBJECT_STARTS = frozenset({"DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"})


def _comma(doc: Doc, start: int, step: int, sent: Span) -> int | None:
    """The index of the comma that closes the insertion on one side of the verb, if near."""
    i = start + step
    while sent.start <= i < sent.end and abs(i - start) <= MAX_INSERTION_TOKENS:
        token = doc[i]
        if token.text == ",":
            return i
        if token.is_punct:
            return None
        i += step
    return None


def replace_halves(quotes: list[Quote], inserted: list[Quote]) -> list[Quote]:
    """``quotes`` with the inserted-cue quotes in place of what the clause reading made of them."""
    if not inserted:
        return quotes
    cues = {q.cue_start for q in inserted}
    spans = [(q.start, q.end, q.kind) for q in inserted]
    # A quotation inside the second part of a mixed one is that quote's ("These staff, she said,
    # were "well paid""); elsewhere a direct quote stands on its own.
    kept = [
        q
        for q in quotes
        if q.cue_start not in cues
        and not any(s <= q.start and q.end <= e for s, e, kind in spans if q.kind != "direct" or kind == "mixed")
    ]
    return kept + inserted


__all__ = ["inserted_cue_quotes", "replace_halves"]
