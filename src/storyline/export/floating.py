"""Floating quotes in the export: a quoted sentence after an attributed one, with no cue of its own.

``"We looked at every option," Lee said. "None of them worked."``: the second quotation is
Lee's, but nothing in its sentence names her. The quote stage marks such a quote
(``Quote.floating``) as it carries the speaker over; the quote keeps its speaker, and its speaker
mention, the words that name or refer to the speaker *at the quote*, is left out (as the Gender
Gap Tracker annotates such quotes). The record still holds the span its speaker was carried from.

Only a mention that names the speaker is dropped ("Lee said. ..."), or a description resolved
to a name ("the CEO said. ..." for Ann Lee): the quote's speaker name says who spoke as well. A
pronoun or an unresolved description ("she said", "the minister said") stays, as the one link
from the quote back to the words that refer to its speaker (PolNeAR scores a floating quote's
source by that span).
"""

from __future__ import annotations

import re

from storyline.records import Quote

_WORD = re.compile(r"\w+")
# Words capitalised at a sentence's start that name nobody.
_CLOSED_CLASS = frozenset({"the", "a", "an", "he", "she", "it", "they", "i", "we", "you", "this", "that"})


def mention_names_speaker(quote: Quote, text: str) -> bool:
    """Whether the speaker mention holds a capitalised word of the speaker's name ("Lee" of "Ann Lee")."""
    if quote.speaker_start is None or quote.speaker_end is None or not quote.speaker_name:
        return False
    name = {w.lower() for w in _WORD.findall(quote.speaker_name)}
    mention = _WORD.findall(text[quote.speaker_start : quote.speaker_end])
    if mention[:1] and mention[0].lower() == "the" and "the" not in name:
        return True  # a description the speaker's name stands in for
    return any(w[0].isupper() and w.lower() in name and w.lower() not in _CLOSED_CLASS for w in mention)


__all__ = ["mention_names_speaker"]
