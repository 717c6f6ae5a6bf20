"""Labelled transcripts: speaker labels written in the text ("NAME:", "[Name]", "HOST NAME:").

A transcript counts as labelled when labels recur (a name labelled twice, three labels in
all). Each turn covers the words after its label up to the next label; the label itself is
not spoken and stays out of the turn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.speakers.lexicon import load_table
from storyline.speakers.names import tidy_name

# "ARI SHAPIRO, HOST:", "JEAN LEE:", "Dr. Jane Roe:", "HOST ARI SHAPIRO:", ">> JOHN KING:", "- Sam:"
_NAME_WORD = r"(?:[A-Z][\w'\u2019.\-]*)"
# A label in capitals, up to five words ("JEAN LEE", "MR. OBAMA"); the quote stage reads the labels
# of interviews printed in articles with it too.
UPPER_NAME = r"[A-Z][A-Z'\u2019.\-]*(?:\s+[A-Z][A-Z'\u2019.\-]*){0,4}"
_TITLE = rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|de|van|von|bin|al)){{0,3}}"
PREFIX = re.compile(
    rf"^[ \t]*(?:>>\s*|-\s*)?(?P<label>(?:{UPPER_NAME}|{_TITLE})(?:\s*,\s*(?P<role>[A-Za-z][\w \-]{{0,30}}))?)"
    r"[ \t]*:[ \t]+(?=\S)",
    re.MULTILINE,
)
BRACKET = re.compile(r"^[ \t]*\[(?P<label>[A-Z][^\]\n]{0,40})\][ \t]*:?[ \t]*", re.MULTILINE)
SOUNDBITE = re.compile(r"\((?:SOUNDBITE|ARCHIVAL|ARCHIVED|AUDIO)[^)\n]*\)|\bSOUNDBITE\b", re.IGNORECASE)

# A label word list: "Transcript:" or "Note:" is a heading, not a speaker.
_NOT_SPEAKERS = {"note", "notes", "transcript", "update", "editor's note", "source", "sources", "warning", "q", "a"}
MIN_LABELS = 3  # fewer than three labels is more likely prose with a colon than a transcript


@dataclass(frozen=True, slots=True)
class Labelled:
    """One labelled stretch: the speaker label and the span of the words after it."""

    label: str
    name: str
    role: str | None
    start: int
    end: int
    after_soundbite: bool = False


def _role_of(words: str) -> str | None:
    table = load_table("label_roles")
    lowered = words.lower()
    for key, role in table.items():
        if re.search(rf"\b{re.escape(key)}\b", lowered):
            return role
    return None


def _clean_label(label: str) -> tuple[str, str | None]:
    """(name, role) of a raw label: a leading or trailing role word is split off."""
    name, _, trailer = label.partition(",")
    role = _role_of(trailer) if trailer else None
    words = name.split()
    if len(words) > 1 and _role_of(words[0]) is not None and words[0].isalpha():  # "HOST ARI SHAPIRO"
        role = role or _role_of(words[0])
        words = words[1:]
    elif len(words) == 1 and _role_of(words[0]) is not None:  # "HOST:" alone
        role = _role_of(words[0])
    return tidy_name(" ".join(words)), role


def find_labels(text: str) -> tuple[Labelled, ...]:
    """The labelled stretches of ``text``, or () when it does not read as a labelled transcript."""
    hits: list[tuple[int, int, str, str | None]] = []  # (label start, words start, name, role)
    for pattern in (PREFIX, BRACKET):
        for m in pattern.finditer(text):
            raw = m.group("label").strip()
            if raw.lower().rstrip(".") in _NOT_SPEAKERS or len(raw) > 60:
                continue
            name, role = _clean_label(raw)
            if name:
                hits.append((m.start(), m.end(), name, role))
    hits.sort()
    names = [h[2] for h in hits]
    if len(hits) < MIN_LABELS or max(names.count(n) for n in set(names)) < 2:
        return ()
    out = []
    for i, (label_start, start, name, role) in enumerate(hits):
        end = hits[i + 1][0] if i + 1 < len(hits) else len(text)
        while end > start and text[end - 1].isspace():
            end -= 1
        before = text[hits[i - 1][1] if i else 0 : label_start]
        after_soundbite = bool(SOUNDBITE.search(before[-120:]))
        out.append(Labelled(text[label_start:start].strip(), name, role, start, end, after_soundbite))
    return tuple(o for o in out if o.end > o.start)


__all__ = ["UPPER_NAME", "Labelled", "find_labels"]
