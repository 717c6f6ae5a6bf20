"""ASR repeats: a stretch of words the recognizer emitted twice in a row is kept once.

Speech recognisers sometimes decode one stretch of audio twice ("... the course of the
ammunition and ... the course of the war"). Compared word by word (case and punctuation
ignored, line breaks not counted), a run of at least :data:`MIN_REPEAT_WORDS` words followed at
once by the same run is such a repeat; the second copy is cut as ``duplicate``.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict

from storyline.clean.cuts import Cut

TOKEN = re.compile(r"\w+(?:['’]\w+)*")
# Speakers do repeat short phrases on purpose ("I think, I think"); six words or more repeated
# back to back is almost never deliberate speech. Longer than 80 words is out of range for the
# recogniser glitch and only costs time.
MIN_REPEAT_WORDS = 6
MAX_REPEAT_WORDS = 80


def find_repeats(raw: str) -> list[Cut]:
    """Cuts for the second copy of every back-to-back repeated run of words."""
    spans = [(m.start(), m.end()) for m in TOKEN.finditer(raw)]
    words = [raw[s:e].lower() for s, e in spans]
    where: dict[str, list[int]] = defaultdict(list)
    for i, w in enumerate(words):
        where[w].append(i)
    cuts: list[Cut] = []
    i = 0
    n = len(words)
    while i < n:
        length = _repeat_at(words, i, where[words[i]])
        if length:
            second = i + length
            end = spans[second + length][0] if second + length < n else spans[second + length - 1][1]
            cuts.append(Cut(spans[second][0], end, "duplicate"))
            i = second + length
        else:
            i += 1
    return cuts


def _repeat_at(words: list[str], i: int, positions: list[int]) -> int:
    """Length of the longest run starting at ``i`` that is repeated right after itself, or 0."""
    n = len(words)
    best = 0
    for k in range(bisect.bisect_left(positions, i + MIN_REPEAT_WORDS), len(positions)):
        p = positions[k]
        length = p - i
        if length > MAX_REPEAT_WORDS or p + length > n:
            break
        if words[i:p] == words[p : p + length]:
            best = length
    return best
