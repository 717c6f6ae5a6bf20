"""Person names the tagger makes of speech around a name, not of the name itself.

News inverts a speech verb before its speaker at the start of a sentence ("Said Lee: ...",
"Adds Lee, ..."), and the tagger runs the capitalised verb into the name; the person is the
name after the verb. A capitalised word standing alone as a question or exclamation ("Harsh?
Perhaps.") is read as a person's name too; it names no one unless the document uses it in a
name elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import replace

from storyline.extract.entity_tokens import Candidate
from storyline.extract.quote_inverted import speech_lemma
from storyline.extract.quote_lexicon import lexicon as quote_lexicon

# What may stand before the start of a sentence: its end, a line break, an opening mark.
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?:;\u201d\"']\s+|\n\s*)[\u201c\"'(]?$")
# The inverted speaker is followed by the quotation's colon or comma.
_INTRODUCES = re.compile(r"\s*[:,]")
_SENTENCE_AFTER = re.compile(r"\s*[?!]")


def _inflected_speech_verb(word: str) -> bool:
    """A past or third-person form of a speech verb ("Added", "Says", "Cried"); the bare lemma is
    left out, as it starts many names and commands ("Pray", "Note")."""
    lemma = speech_lemma(word, quote_lexicon())
    return lemma is not None and lemma != word.lower()


def without_speech_verbs(text: str, found: list[Candidate]) -> list[Candidate]:
    """'Said Lee' at the start of "Said Lee: ..." is Lee. A word the document also uses inside a
    name elsewhere ("Said" as a given name) is kept; so is a name the quotation does not follow,
    unless the document names the person without the word."""
    elsewhere = _name_words_elsewhere(text, found)
    out = []
    for c in found:
        words = c.name.split()
        first = words[0] if words else ""
        if (
            c.label == "PERSON"
            and len(words) >= 2
            and first[:1].isupper()
            and _inflected_speech_verb(first)
            and _SENTENCE_BEFORE.search(text[max(0, c.start - 4) : c.start]) is not None
            and first not in elsewhere
            and (_INTRODUCES.match(text, c.end) is not None or words[-1] in elsewhere)
        ):
            start = c.start + c.name.index(words[1])
            c = replace(c, start=start, name=" ".join(words[1:]), note="speech verb before the name dropped")
        out.append(c)
    return out


def without_lone_questions(text: str, found: list[Candidate]) -> list[Candidate]:
    """'Harsh?' as a sentence of its own is no person, unless the document uses the word in a
    name elsewhere."""
    elsewhere = _name_words_elsewhere(text, found)
    return [c for c in found if not _lone_question(text, c) or c.name in elsewhere]


def _lone_question(text: str, c: Candidate) -> bool:
    return (
        c.label == "PERSON"
        and " " not in c.name
        and _SENTENCE_AFTER.match(text, c.end) is not None
        and _SENTENCE_BEFORE.search(text[max(0, c.start - 4) : c.start]) is not None
    )


def _name_words_elsewhere(text: str, found: list[Candidate]) -> set[str]:
    """Words of names that stand where nothing marks them as a sentence's inverted verb or a lone
    question: inside a sentence, or a name of more than the word."""
    words: set[str] = set()
    for c in found:
        parts = c.name.split()
        at_start = _SENTENCE_BEFORE.search(text[max(0, c.start - 4) : c.start]) is not None
        if not at_start:
            words.update(parts)
        elif len(parts) > 1:
            words.update(parts[1:])
        elif not _lone_question(text, c):
            words.update(parts)
    return words


__all__ = ["without_lone_questions", "without_speech_verbs"]
