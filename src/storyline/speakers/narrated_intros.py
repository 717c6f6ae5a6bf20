"""Tape voices a narrator presents in a sentence of narration, with no "says" and no interview.

Documentary shows present each voice by a sentence about them and then cut to their tape:
"Mara Quist has kept bees on this hill for forty years." / "I lost half my hives last spring."
The full name is the sentence's subject, or closes it ("The one who decides is the mayor, Mara
Quist."), and the next sentence speaks as "I" and says nothing of anyone in the third person:
the one just named, speaking. Each name found is a guest of the episode.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from storyline.speakers.units import FIRST_SINGULAR

SENTENCE = re.compile(r"[^.?!\n]+[.?!]*")
THIRD_PERSON = re.compile(r"\b(?:he|she|his|her|him|he's|she's)\b", re.I)  # "they" may be the listeners
# "This is ...", "I'm ...": a sign-in after the name, not the named person's tape
# "NAME said it this way in court.": a played clip cued by a speech verb, which the clips take
SPEECH = re.compile(r"\b(?:said|says|say|put it|told|tells|asked|asks|explained|argued|testified|spoke)\b", re.I)
SIGNING = re.compile(r"^\s*(?:I'm|I am|this is)\b", re.I)


def narrated_introductions(text: str, persons: list[tuple[int, int, str]]) -> Iterator[tuple[int, str]]:
    """(offset, name) of each full name presented by narration right before a first-person sentence."""
    sentences = [(m.start(), m.end()) for m in SENTENCE.finditer(text) if m.group().strip()]
    for start, end, name in persons:
        if len(name.split()) < 2:
            continue
        k = next((j for j, (s, e) in enumerate(sentences) if s <= start < e), None)
        if k is None or k + 1 >= len(sentences):
            continue
        s, e = sentences[k]
        sentence, following = text[s:e], text[slice(*sentences[k + 1])]
        subject = not text[s:start].strip()
        closing = re.fullmatch(r"\W*", text[end:e]) is not None and "," in text[s:start]
        if not (subject or closing) or "?" in sentence or FIRST_SINGULAR.search(sentence) or SPEECH.search(sentence):
            continue
        if "?" in following or SIGNING.match(following) or THIRD_PERSON.search(following):
            continue
        if FIRST_SINGULAR.search(following):
            yield start, name


__all__ = ["narrated_introductions"]
