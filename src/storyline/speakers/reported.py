"""Questions reported, not asked: "Researchers looked at this and asked how much willpower matters?"

ASR output puts a question mark after an indirect question too, but a statement that tells what
someone asked ("they asked how ...", "she wondered whether ...") puts no question to the other
voice: its main clause is declarative. One that opens as a question ("Did they ask how ...?") or
speaks to "you" ("You once asked whether ...?") still asks.
"""

from __future__ import annotations

import re

REPORTED = re.compile(
    r"\b(?:asked|wondered|wanted to know)\s+(?:\w+\s+)?(?:how|whether|if|what|why|when|where|who|which)\b", re.I
)
# A sentence that opens with an auxiliary or a question word is a question however it goes on
QUESTION_OPENING = re.compile(
    r"^\W*(?:(?:and|so|but|now|well)\W+)?"
    r"(?:do|does|did|is|are|was|were|can|could|will|would|should|have|has|had|how|what|why|when|where|who|which)\b",
    re.I,
)
SECOND = re.compile(r"\b(?:you|your|you're|you've|you'd|you'll|yours)\b", re.I)


def reported_question(text: str) -> bool:
    """The question mark closes an indirect question inside a statement."""
    return REPORTED.search(text) is not None and QUESTION_OPENING.match(text) is None and SECOND.search(text) is None


__all__ = ["reported_question"]
