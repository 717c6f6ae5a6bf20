"""Dates an event mention takes from the rest of its document, not from its own sentence.

- the lead's day: news tells "yesterday's" event first and then elaborates on it, so undated
  reports of the document take the day its lead names (``date_from_lead``, ``lead_time``);
- another mention of the same event: "X has arrived" takes the day "X arrived early
  Wednesday" gives (``date_from_mentions``);
- the event whose clause governs it: a plan or a state a report tells undated holds as of the
  statement ("Y says it will be compensated") (``date_of_governing_event``).

The first two only replace a report date standing in for the event (basis ``document``); the
third dates an event that had none. The new date has basis ``context``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from typing import TYPE_CHECKING

from storyline.records import Event, EventDate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from storyline.extract.event_dates import PlacedTime

# The lead of a news report: its first event mentions (headline and first sentence or two).
LEAD_EVENTS = 12
# How far before the report date a lead's day may lie to stand for the whole report: a week
# covers "on Tuesday" and "yesterday"; older dates are background, not the news of the day.
LEAD_DAYS = 7
# The lead's sentences: headline, date line and the first three body sentences.
LEAD_SENTENCES = 5
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
# A report may date an event a day ahead of its own date: the event's place lies east of the
# newsroom ("Updated June 18 ... arrived early Wednesday" in Pyongyang).
MENTION_DAYS_AHEAD = 1


def date_from_lead(events: list[Event], published: str | None, lead_day: EventDate | None) -> None:
    """Undated reports take the day the lead gives: news tells "yesterday's" event first and
    then elaborates on it, so the report date would put the elaboration a day or more late."""
    if not published:
        return
    lead = lead_day or _lead_date(events, published)
    if lead is None:
        return
    for index, event in enumerate(events):
        if event.date is not None and event.date.basis == "document":
            context = EventDate(lead.value, lead.text, lead.start, lead.end, "context")
            events[index] = dataclasses.replace(event, date=context)


def date_from_mentions(events: list[Event], published: str | None) -> None:
    """An event reported undated ("X has arrived in Y") takes the day another mention of the
    same event in the document gives ("X arrived early Wednesday"): same word or named type,
    a shared participant, both occurred, and a day close to the report (a week before, up to
    a day after: the place of the event may be a time zone ahead of the newsroom)."""
    report = _iso_day(published)
    if report is None:
        return
    dated = [
        e
        for e in events
        if e.date is not None and e.date.basis in {"clause", "sentence"} and e.status == "occurred" and e.participants
    ]
    for index, event in enumerate(events):
        if event.date is None or event.date.basis != "document" or event.status != "occurred":
            continue
        for other in dated:
            same = other.lemma == event.lemma or (other.type == event.type and event.type != "other")
            if not same or not set(other.participants) & set(event.participants):
                continue
            day = _iso_day(other.date.value if other.date else None)
            if day is None or not -MENTION_DAYS_AHEAD <= (report - day).days <= LEAD_DAYS:
                continue
            assert other.date is not None
            date = EventDate(other.date.value, other.date.text, other.date.start, other.date.end, "context")
            events[index] = dataclasses.replace(event, date=date)
            break


def date_of_governing_event(trigger: Token, events: list[Event], by_token: dict[int, int]) -> EventDate | None:
    """The date of the nearest dated event among the trigger's syntactic ancestors ("says" in
    "Y says that it will be compensated"), as basis ``context``: the statement's date, which a
    plan or state it reports holds as of; None when no governing event has a date."""
    for ancestor in trigger.ancestors:
        index = by_token.get(ancestor.i)
        date = events[index].date if index is not None else None
        if date is not None:
            return dataclasses.replace(date, basis="context")
    return None


def _iso_day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def lead_time(parsed: Doc, placed: list[PlacedTime], published: str | None) -> EventDate | None:
    """The first day named in the lead sentences (headline, date line and the first body
    sentences), if it lies shortly before the report date: "Sunday was chosen ..." dates the
    unveiling the report is about even when no event of that sentence carries the date."""
    report = _iso_day(published)
    if report is None:
        return None
    sentences = list(itertools.islice(parsed.sents, LEAD_SENTENCES))
    if not sentences:
        return None
    end = sentences[-1].end
    for p in placed:
        if p.first >= end:
            break
        day = _iso_day(p.time.value[:10] if _DAY.match(p.time.value) else None)
        if day is not None and 0 < (report - day).days <= LEAD_DAYS:
            return EventDate(day.isoformat(), p.time.text, p.time.start, p.time.end, "context")
    return None


def _lead_date(events: list[Event], published: str) -> EventDate | None:
    """The day the first dated report of the document gives, if it lies shortly before the
    report date (up to a week: "on Tuesday", "yesterday"); else None. A week ("this week",
    ``2031-W11``) counts from its Monday and dates the undated reports as a week: on the
    TimeLine dev set this beats leaving them on the report day (F1 0.3868 vs 0.3856)."""
    try:
        report = dt.date.fromisoformat(published[:10])
    except ValueError:
        return None
    for event in events[:LEAD_EVENTS]:
        date = event.date
        if date is None or date.basis not in {"clause", "sentence"} or event.status != "occurred":
            continue
        try:
            day = dt.date.fromisoformat(date.value)
        except ValueError:
            continue
        if day == report:
            continue  # the date line, or an event of the report's own day: no shift
        return date if 0 < (report - day).days <= LEAD_DAYS else None
    return None


__all__ = ["date_from_lead", "date_from_mentions", "date_of_governing_event", "lead_time"]
