"""A speaker as found in the text, and the quote record that carries it."""

from __future__ import annotations

from dataclasses import dataclass

from storyline.records import Quote


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


__all__ = ["Speaker", "make_quote"]
