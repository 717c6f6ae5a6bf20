"""Vague references, written PAST_REF, PRESENT_REF or FUTURE_REF: "now", "soon", "recently", "one
day", "in a year or two"."""

from __future__ import annotations

import re

from storyline.extract.timex.context import Context, Value
from storyline.extract.timex.lexicon import lexicon

FLAGS = re.IGNORECASE
_PAST, _PRESENT, _FUTURE = "PAST_REF", "PRESENT_REF", "FUTURE_REF"
_SUBJECT_OR_MODAL = re.compile(
    r"\b(?:will|would|could|might|shall|should|must|can|may|to|he|she|they|we|you|who|it|i)\s+$", re.IGNORECASE
)


def _vague_future(m: re.Match[str], ctx: Context) -> Value | None:
    return ("DATE", _FUTURE)


def _one_day(m: re.Match[str], ctx: Context) -> Value | None:
    if not _SUBJECT_OR_MODAL.search(m.string[max(0, m.start() - 8) : m.start()]):
        return None
    return ("DATE", _PAST if ctx.tense == "past" else _FUTURE)


_CONJUNCTION = re.compile(r"\s+(?:after|before|as|thereafter)\b", FLAGS)


def _fuzzy(m: re.Match[str], ctx: Context) -> Value | None:
    phrase = re.sub(r"\s+", " ", m.group(0).lower())
    if phrase == "soon" and (
        _CONJUNCTION.match(m.string, m.end())
        or re.search(r"\bas\s+$", m.string[max(0, m.start() - 4) : m.start()], FLAGS)
    ):
        return None  # "soon after the vote", "as soon as": a conjunction, not a time
    value, kind = lexicon().fuzzy[phrase]
    return (kind, value)  # type: ignore[return-value]
