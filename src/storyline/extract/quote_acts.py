"""What kind of act a quote reports: something said, thought, intended or shown.

News attributes more than speech. "Lee said the port will close" is a statement; "Lee believes
the port will close" a belief, "Lee wants to close the port" an intention, "a poll shows support
is falling" evidence. Annotation schemes that ask "who said what" (the Gender Gap Tracker's
quotes) count statements only; schemes of attribution (PolNeAR) count them all. Every quote
keeps its content and speaker; ``act`` says which it is, so a reader after statements can keep
``act == "speech"`` and one after every attributed proposition can keep all.

The act follows the cue: words in quotation marks, a transcript turn and a quote without a cue
(a quotation continuing another) are speech; otherwise the cue's lemma is looked up in the
lexicon, speech verbs first, so that "promise" and "vow" (speech and intention) count as speech.
A verb of speaking whose content is a noun phrase it is about ("criticized her record", "talked
about the polls") reports no words: its act is "topic" (quote_topics), as is a content too short
to be words said ("confirmed their address", quote_short).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from storyline.extract.quote_lexicon import QuoteLexicon
from storyline.extract.quote_short import is_short_object
from storyline.extract.quote_topics import names_a_topic
from storyline.records import Quote, QuoteAct

if TYPE_CHECKING:
    from spacy.tokens import Doc


def speech_act(quote: Quote, lex: QuoteLexicon, parsed: Doc | None = None) -> QuoteAct:
    """The act ``quote`` reports, from its kind and its cue's lemma (and, with the document's
    parse, whether its content is a noun phrase the cue is about)."""
    act = _act_of_cue(quote, lex)
    if act == "speech" and parsed is not None and (names_a_topic(quote, parsed, lex) or is_short_object(quote, parsed)):
        return "topic"
    return act


def _act_of_cue(quote: Quote, lex: QuoteLexicon) -> QuoteAct:
    cue = (quote.cue or "").lower()
    if quote.from_turn or quote.kind != "indirect" or not cue:
        return "speech"
    first = cue.split()[0]
    if cue in lex.evidence or first in lex.evidence:
        return "evidence"
    if cue in lex.source_phrases or cue in lex.source_adverbs or cue in lex.cue_nouns:
        return "speech"
    if cue in lex.speech or cue in lex.denial or cue in lex.objects or first in lex.speech:
        return "speech"
    if cue in lex.intention:
        return "intention"
    if cue in lex.cognition or cue in lex.characterizing or cue in lex.stance_adjectives or first in lex.cognition:
        return "thought"
    return "speech"


def with_acts(quotes: list[Quote], lex: QuoteLexicon, parsed: Doc | None = None) -> list[Quote]:
    """``quotes`` with their ``act`` set (``parsed``: the document's parse, for "topic")."""
    return [dataclasses.replace(q, act=speech_act(q, lex, parsed)) for q in quotes]


__all__ = ["speech_act", "with_acts"]
