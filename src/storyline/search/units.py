"""What search finds: sentences, quotes, claims and events of one stored document.

Each :class:`SearchUnit` is a span of the document's clean text, so every hit (and every
piece of an answer) is a sentence of a capture, with offsets back to it.

* ``sentence``: every sentence of the clean text;
* ``quote``: a direct or mixed quote (its content span);
* ``claim``: an indirect quote or an attributed belief, plan or evidence (a stance), or the
  sentence of an event whose status is claimed or denied; a stance of act "topic" ("criticized
  her record") states no proposition and is found through its sentence only;
* ``event``: the sentence of any other event mention.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from storyline.records import DocAnalysis, Event
from storyline.search.sentences import split_sentences

if TYPE_CHECKING:
    from storyline.store.base import StoredDocument

UnitKind = Literal["sentence", "quote", "claim", "event"]
UNIT_KINDS: tuple[UnitKind, ...] = ("quote", "claim", "event", "sentence")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def span_path(doc: str, start: int, end: int) -> str:
    """The workspace path of a span (``storyline serve``): its document's page with the span marked."""
    return f"/doc/{doc}?hl={start}-{end}#hl"


@dataclass(frozen=True, slots=True)
class SearchUnit:
    """One searchable span of a document's clean text."""

    doc: str
    kind: UnitKind
    start: int
    end: int
    text: str
    ref: str | None = None  # quote number ("q3") or event key
    date: str | None = None  # the event's date when known, else the document's published date
    entities: tuple[str, ...] = ()  # names of the entities mentioned in the span (and speaker)
    title: str = ""
    source: str = ""
    outlet: str | None = None

    @property
    def href(self) -> str:
        return span_path(self.doc, self.start, self.end)


def units_of(stored: StoredDocument) -> list[SearchUnit]:
    """All search units of one stored document, in text order within each kind."""
    document, analysis = stored.document, stored.analysis
    sentences = list(split_sentences(document.text))
    names = _MentionNames(analysis)
    meta = document.metadata

    def unit(
        kind: UnitKind, start: int, end: int, ref: str | None = None, date: str | None = None, extra: Sequence[str] = ()
    ) -> SearchUnit:
        found = tuple(dict.fromkeys((*names.within(start, end), *extra)))
        return SearchUnit(
            document.id,
            kind,
            start,
            end,
            document.text[start:end],
            ref,
            date or meta.published,
            found,
            title=meta.title or document.source,
            source=document.source,
            outlet=meta.outlet,
        )

    out = [unit("sentence", s, e) for s, e in sentences]
    if analysis is None:
        return out
    for number, quote in enumerate(analysis.quotes):
        if quote.end <= quote.start or quote.act == "topic":
            continue
        kind: UnitKind = "claim" if quote.kind == "indirect" else "quote"
        speaker = (quote.speaker_name,) if quote.speaker_name else ()
        out.append(unit(kind, quote.start, quote.end, f"q{number}", extra=speaker))
    for event in analysis.events:
        start, end = _event_sentence(event, sentences)
        kind = "claim" if event.status in ("claimed", "denied") or event.claimed_by or event.denied_by else "event"
        date = event.date.value if event.date and _ISO_DATE.match(event.date.value) else None
        participants = [n for n in (names.name_of(p) for p in event.participants) if n]
        out.append(unit(kind, start, end, event.key, date, participants))
    return out


def _event_sentence(event: Event, sentences: list[tuple[int, int]]) -> tuple[int, int]:
    given_start, given_end = event.sentence_start, event.sentence_end
    if given_start is not None and given_end is not None and given_end > given_start:
        return given_start, given_end
    i = bisect.bisect_right([s for s, _ in sentences], event.start) - 1
    if i >= 0 and sentences[i][0] <= event.start < sentences[i][1]:
        return sentences[i][0], max(sentences[i][1], event.end)
    return event.start, event.end


class _MentionNames:
    """Entity names mentioned within a span, from the document's mentions (sorted by start)."""

    def __init__(self, analysis: DocAnalysis | None) -> None:
        self._names = {e.key: e.name for e in analysis.entities} if analysis else {}
        mentions = sorted(analysis.mentions, key=lambda m: m.start) if analysis else []
        self._starts = [m.start for m in mentions]
        self._mentions = mentions

    def within(self, start: int, end: int) -> list[str]:
        i = bisect.bisect_left(self._starts, start)
        found = []
        while i < len(self._mentions) and self._mentions[i].start < end:
            mention = self._mentions[i]
            if mention.end <= end:
                found.append(self._names.get(mention.entity, mention.text))
            i += 1
        return found

    def name_of(self, key: str) -> str | None:
        return self._names.get(key)


__all__ = ["UNIT_KINDS", "SearchUnit", "UnitKind", "span_path", "units_of"]
