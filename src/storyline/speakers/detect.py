"""Whether a plain-text capture reads as a transcript (for kind detection, which lives in ingest).

Signals: speaker labels that recur, a "Transcript" heading line, or broadcast talk: a sign-in
("From NPR, I'm NAME") together with several exchanges of question and answer opener.
"""

from __future__ import annotations

import re

from storyline.speakers.labels import find_labels
from storyline.speakers.lexicon import phrase_pattern
from storyline.speakers.roster import SIGN_IN

HEADING = re.compile(r"^\s*(?:transcript|full transcript|episode transcript)\s*:?\s*$", re.IGNORECASE | re.MULTILINE)
MIN_EXCHANGES = 2  # two question-then-answer pairs: an article quoting one exchange is not a transcript


def looks_like_transcript(text: str) -> bool:
    if HEADING.search(text) or find_labels(text):
        return True
    if not SIGN_IN.search(text):
        return False
    exchanges = 0
    openers = phrase_pattern("answer_openers")
    for m in re.finditer(r"\?\s+(?P<next>[^\n.?!]{1,60})", text):
        if openers.match(m.group("next").lower()):
            exchanges += 1
    return exchanges >= MIN_EXCHANGES


__all__ = ["looks_like_transcript"]
