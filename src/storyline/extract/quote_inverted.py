"""Inverted cues: a sentence that opens with its speech verb and names the speaker after it,
then hands over to a quotation with a colon or a comma ("Said the mayor: '...'", "Added Ellis,
'...'"). The parser tends to read the opening verb as the first word of a proper noun, so no
verb of the parse cues the quotation; the word order itself does."""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import TYPE_CHECKING

from storyline.extract.quote_cues import Cue
from storyline.extract.quote_lexicon import QuoteLexicon
from storyline.extract.quote_marks import MarkedSpan
from storyline.extract.quote_syntax import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words between the verb and the colon or comma: a name or a short description ("the
# company's chief engineer"); anything longer is a clause of its own, not an inverted subject.
MAX_SUBJECT_WORDS = 6
# Regular verb endings and what replaces them in the base form ("added" -> "add").
_REGULAR = (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ied", "y"))
_SUBJECT_STARTS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "PRON", "NUM"})
_HEADS = frozenset({"PROPN", "NOUN", "PRON"})
_CLOSING = "\"'\u201d\u2019"
# A short capitalised word with a period ("Mr.", "Dr.", "Sen.", "Lt.") is a title before a
# name, not the end of a sentence: "Said Sen. Ravel: ..." is one sentence.
_TITLE_ABBREVIATION = re.compile(r"(?:^|\s)[A-Z][a-z]{0,3}\.$")


@functools.cache
def _irregular() -> dict[str, str]:
    text = resources.files("storyline.data").joinpath("quotes", "speech_verb_irregular.txt").read_text("utf-8")
    pairs = (line.split("#", 1)[0].split() for line in text.splitlines())
    return {p[0].lower(): p[1].lower() for p in pairs if len(p) == 2}


def speech_lemma(word: str, lex: QuoteLexicon) -> str | None:
    """The speech verb a form belongs to ("Said" -> "say", "Quipped" -> "quip"), else None."""
    word = word.lower()
    candidates = [word, _irregular().get(word, "")]
    candidates += [word[: len(word) - len(suffix)] + ending for suffix, ending in _REGULAR if word.endswith(suffix)]
    if word.endswith("ed") and len(word) > 4 and word[-3] == word[-4]:
        candidates.append(word[:-3])  # "quipped" -> "quip"
    return next((c for c in candidates if c in lex.speech), None)


def inverted_cue(parsed: Doc, m: MarkedSpan, lex: QuoteLexicon) -> Cue | None:
    """The opening speech verb of the sentence that introduces quotation ``m``, with the name
    or description after it as the source; None unless the sentence has that shape."""
    text = doc_text(parsed)
    before = text[: m.start].rstrip(" \t")
    if not before or before[-1] not in ":,":
        return None
    punct = parsed.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if punct is None or punct[0].i == 0:
        return None
    end = punct[0].i
    first = end - 1
    while first > 0 and end - first <= MAX_SUBJECT_WORDS + 1 and not _opens_sentence(parsed[first], text):
        first -= 1
    verb = parsed[first]
    if not _opens_sentence(verb, text) or not verb.text[:1].isupper():
        return None
    lemma = speech_lemma(verb.text, lex)
    if lemma is None:
        return None
    # The subject ends at its first comma ("Said Ellis, a farmer, '...'": Ellis) or preposition.
    subject: list[Token] = []
    for token in parsed[first + 1 : end]:
        if token.text in {",", ":"} or token.pos_ == "ADP":
            break
        subject.append(token)
    if not subject or subject[0].pos_ not in _SUBJECT_STARTS or any(t.pos_ in ("VERB", "AUX") for t in subject):
        return None
    heads = [t for t in subject if t.pos_ in _HEADS]
    if not heads:
        return None
    return Cue(verb, verb.idx, verb.idx + len(verb.text), lemma, heads[-1])


def _opens_sentence(token: Token, text: str) -> bool:
    """The token starts the text, a line, or follows a sentence's end (closing marks aside)."""
    lead = text[: token.idx].rstrip(" \t")
    if not lead or lead.endswith("\n"):
        return True
    if _TITLE_ABBREVIATION.search(lead):
        return False
    return lead.rstrip(_CLOSING)[-1:] in (".", "?", "!")


__all__ = ["inverted_cue", "speech_lemma"]
