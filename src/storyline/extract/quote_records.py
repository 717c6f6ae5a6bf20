"""A speaker as found in the text, and the quote record that carries it."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from storyline.records import LocalEntity, Quote


@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker mention: its span, the words there, and the local entity when resolved."""

    start: int
    end: int
    name: str
    entity: str | None = None


def make_quote(
    text: str,
    start: int,
    end: int,
    kind: str,
    speaker: Speaker | None,
    cue: str | None,
    cue_start: int | None,
    cue_end: int | None,
) -> Quote:
    """A quote of ``text[start:end]`` with its speaker (if any) and its cue."""
    return Quote(
        start=start,
        end=end,
        text=text[start:end],
        kind=kind,  # type: ignore[arg-type]
        speaker=speaker.entity if speaker else None,
        speaker_name=speaker.name if speaker else None,
        speaker_start=speaker.start if speaker else None,
        speaker_end=speaker.end if speaker else None,
        cue=cue,
        cue_start=cue_start,
        cue_end=cue_end,
    )


def with_named_speaker(quote: Quote, entities: tuple[LocalEntity, ...]) -> Quote:
    """A quote whose speaker words name a person of the document but point at no entity gets
    that person: the turn holder's name given to an "I" of a transcript ("Ahmed"), or a
    description with the name in apposition ("an economist at the university, Rosa Lind").
    A first name or surname alone counts only when one person of the document bears it."""
    if quote.speaker is not None or not quote.speaker_name:
        return quote
    key = _person_named(_appositive_name(quote.speaker_name), entities)
    return dataclasses.replace(quote, speaker=key) if key else quote


def _appositive_name(words: str) -> str:
    """The name after the last comma of a description ("a lawyer, Ann Lee" -> "Ann Lee"), or
    the words themselves."""
    head, comma, tail = words.rpartition(",")
    tail = tail.strip()
    if comma and head.strip() and tail and all(w[:1].isupper() for w in tail.split()):
        return tail
    return words.strip()


def _person_named(name: str, entities: tuple[LocalEntity, ...]) -> str | None:
    """The key of the person called ``name`` (in full or by an alias), else of the only person
    whose first name or surname ``name`` is."""
    wanted = name.lower()
    persons = [e for e in entities if e.type == "PERSON"]
    for entity in persons:
        if wanted in (n.lower() for n in (entity.name, *entity.aliases)):
            return entity.key
    if len(wanted.split()) != 1:
        return None
    bearers = {e.key for e in persons if wanted in _first_and_last(e.name)}
    return bearers.pop() if len(bearers) == 1 else None


def _first_and_last(name: str) -> tuple[str, ...]:
    words = name.lower().split()
    return (words[0], words[-1]) if len(words) > 1 else ()


__all__ = ["Speaker", "make_quote", "with_named_speaker"]
