"""Quotes that float: a quoted sentence after an attributed one, with no cue of its own.

``"We looked at every option," Lee said. "None of them worked."``: the second quotation is
Lee's, but nothing in its sentence names her. The quote keeps its speaker; its speaker mention,
the words that name or refer to the speaker *at the quote*, is empty (as the Gender Gap
Tracker annotates such "floating" quotes). The record still holds the span its speaker was
carried from.

Only a mention that names the speaker is dropped ("Lee said. ..."), or a description resolved
to a name ("the CEO said. ..." for Ann Lee): the quote's speaker name says who spoke as well. A
pronoun or an unresolved description ("she said", "the minister said") stays, as the one link
from the quote back to the words that refer to its speaker (PolNeAR scores a floating quote's
source by that span).
"""

from __future__ import annotations

import re

from storyline.records import Quote

# A sentence's end: a full stop, question or exclamation mark, perhaps closed by a quotation
# mark, then a space or line break.
_SENTENCE_END = re.compile("[.?!][\"'\u201d\u2019]?\\s")
_WORD = re.compile(r"\w+")
# Words capitalised at a sentence's start that name nobody.
_CLOSED_CLASS = frozenset({"the", "a", "an", "he", "she", "it", "they", "i", "we", "you", "this", "that"})


def is_floating(quote: Quote, text: str) -> bool:
    """Whether ``quote`` is a quotation without a cue whose speaker was named in an earlier sentence."""
    if quote.cue_start is not None or quote.from_turn or quote.kind != "direct" or quote.speaker_end is None:
        return False
    if quote.speaker_start is None or quote.speaker_end > quote.start:
        return False
    return _SENTENCE_END.search(text, quote.speaker_end, quote.start) is not None


def mention_names_speaker(quote: Quote, text: str) -> bool:
    """Whether the speaker mention holds a capitalised word of the speaker's name ("Lee" of "Ann Lee")."""
    if quote.speaker_start is None or quote.speaker_end is None or not quote.speaker_name:
        return False
    name = {w.lower() for w in _WORD.findall(quote.speaker_name)}
    mention = _WORD.findall(text[quote.speaker_start : quote.speaker_end])
    if mention[:1] and mention[0].lower() == "the" and "the" not in name:
        return True  # a description the speaker's name stands in for
    return any(w[0].isupper() and w.lower() in name and w.lower() not in _CLOSED_CLASS for w in mention)


__all__ = ["is_floating", "mention_names_speaker"]
