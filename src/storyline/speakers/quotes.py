"""A transcript's turns as direct quotes: what a guest or a played clip says is their quote."""

from __future__ import annotations

from storyline.records import Document, Quote

QUOTED_ROLES = ("guest", "clip")


def turn_quotes(document: Document) -> tuple[Quote, ...]:
    """One direct quote per named guest or clip turn (``from_turn=True``), over the turn's words."""
    quotes = []
    for turn in document.turns:
        if turn.role not in QUOTED_ROLES or not turn.speaker_name:
            continue
        start, end = turn.start, turn.end
        while start < end and document.text[start].isspace():
            start += 1
        while end > start and document.text[end - 1].isspace():
            end -= 1
        if end > start:
            quotes.append(
                Quote(
                    start=start,
                    end=end,
                    text=document.text[start:end],
                    kind="direct",
                    speaker_name=turn.speaker_name,
                    from_turn=True,
                )
            )
    return tuple(quotes)


__all__ = ["turn_quotes"]
