"""The date of an event mention: the time expression of its clause, else of the sentence part
that governs it, else the document's published date for reports of what has happened.

``EventDate.basis`` keeps which of these it rests on. Times come from the times stage; when it
found none (it may be switched off), :func:`fallback_times` picks up plain explicit dates so
that events still get a date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storyline.ingest.dates import MONTHS as _MONTHS
from storyline.records import EventDate, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# A value usable as a calendar date: a year, month, day or ISO week, possibly partial.
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")
# Expressions of a day that name no day of their own ("later in the day", "that same day").
_SAME_DAY = re.compile(r"\b(?:the|that|same)\s+(?:same\s+)?day\b(?!\s+(?:before|after|earlier|later))", re.IGNORECASE)
# Words that open a clause happening at the same time as the one it modifies.
SAME_TIME_MARKERS = {"when", "as", "while"}
_DATE_VALUE = re.compile(r"^\d{4}(-(\d{2}|W\d{2}|XX))?(-(\d{2}|XX))?$")


@dataclass(frozen=True, slots=True)
class PlacedTime:
    time: TimeExpression
    root: Token
    first: int  # token index
    last: int


def place_times(parsed: Doc, times: tuple[TimeExpression, ...]) -> list[PlacedTime]:
    """Dated time expressions with the tokens they cover."""
    placed = []
    text = parsed.text
    for time in times:
        if time.type not in {"DATE", "TIME"} or not _DATE_VALUE.match(time.value[:10].rstrip("T")):
            continue
        if _is_date_line(text, time):
            continue  # a dateline ("June 8, 2010" on its own line) dates the report, not an event
        span = parsed.char_span(time.start, time.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        placed.append(PlacedTime(time, span.root, span.start, span.end - 1))
    return _resolve_same_day(placed)


def _resolve_same_day(placed: list[PlacedTime]) -> list[PlacedTime]:
    """ "arrived early Wednesday, ... to meet later in the day": a time that names "the day"
    without saying which refers back to the day named just before it in its sentence; the
    times stage reads it against the report date, which is wrong whenever the two differ."""
    out: list[PlacedTime] = []
    for p in placed:
        if _SAME_DAY.search(p.time.text):
            sentence = p.root.sent
            earlier = [
                q
                for q in out
                if sentence.start <= q.first < p.first
                and _DAY_VALUE.match(q.time.value)
                and not _SAME_DAY.search(q.time.text)
            ]
            if earlier and earlier[-1].time.value[:10] != p.time.value[:10]:
                time = dataclasses.replace(p.time, value=earlier[-1].time.value[:10])
                p = PlacedTime(time, p.root, p.first, p.last)
        out.append(p)
    return out


def _is_date_line(text: str, time: TimeExpression) -> bool:
    line_start = text.rfind("\n", 0, time.start) + 1
    line_end = text.find("\n", time.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return line.strip(" \t.,") == time.text.strip(" \t.,")


def _clause_head(token: Token) -> Token:
    """The verb heading the clause of ``token`` (the token itself for a verb)."""
    for _ in range(12):  # parse trees of news sentences are rarely deeper; guards cycles
        if token.pos_ in {"VERB", "AUX"} or token.head.i == token.i:
            return token
        token = token.head
    return token


def _governs(time_root: Token, trigger: Token) -> bool:
    """Does the time attach to the trigger itself or, for a noun trigger, to its phrase?"""
    token = time_root
    for _ in range(12):
        if token.i == trigger.i:
            return True
        if token.head.i == token.i or token.pos_ in {"VERB", "AUX"}:
            return False
        token = token.head
    return False


def _own_time_below(trigger: Token, upper: Token) -> bool:
    """Does a clause with a time of its own lie between ``trigger`` and the verb ``upper``
    above it: a reported clause ("said on Monday that it had signed") or a past participle
    describing a noun ("began on Wednesday at the court, located in London")? Measured on the
    MEANTIME/TimeLine dev articles: the upper time mostly does not date such events there."""
    token = trigger
    for _ in range(12):
        if token.i == upper.i or token.head.i == token.i:
            return False
        if token.dep_ in {"ccomp", "parataxis"} or (token.dep_ == "acl" and token.tag_ == "VBN"):
            return True
        token = token.head
    return False


def _describes_other_object(p: PlacedTime, trigger: Token) -> bool:
    """Is the time part of a direct object other than the trigger's own phrase ("violated the
    1991 agreement", "replaced its 2005 model")? It dates the object, not the verb taking it."""
    token = p.root
    for _ in range(6):  # noun phrases of news sentences are rarely deeper
        if token.head.i == token.i or token.pos_ in {"VERB", "AUX"}:
            return False
        if token.dep_ == "dobj" and token.pos_ in {"NOUN", "PROPN"}:
            return token.i != trigger.i and token.i not in {a.i for a in trigger.ancestors}
        token = token.head
    return False


def _complement_of(verb: Token, trigger: Token) -> bool:
    """Does ``verb``'s clause lie inside ``trigger``'s complement, with no subject of its own
    ("voted to disband the panel monitoring ... in March")?"""
    token = verb
    for _ in range(8):  # complements of news sentences are rarely deeper
        if token.i == trigger.i:
            return True
        if token.head.i == token.i or token.dep_ in {"ccomp", "advcl", "relcl", "conj", "ROOT"}:
            return False
        if token.dep_ == "acl" and token.tag_ == "VBN":
            return False  # "violates an agreement reached in 1991": the reaching has its own time
        if (
            token.i != verb.i
            and token.pos_ in {"VERB", "AUX"}
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
        ):
            return False
        if token.i == verb.i and any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
            return False
        token = token.head
    return False


def anchor_date(
    trigger: Token, placed: list[PlacedTime], published: str | None, dated_by_report: bool
) -> EventDate | None:
    """The date of the event named by ``trigger``; see the module docstring."""
    sentence = trigger.sent
    in_sentence = [
        p for p in placed if sentence.start <= p.first < sentence.end and not _describes_other_object(p, trigger)
    ]
    clause = _clause_head(trigger)
    in_clause = [p for p in in_sentence if _in_clause(p, trigger, clause)]
    if in_clause:
        # "Yesterday, at this year's conference, X unveiled ...": the finest date wins
        return _date(_finest(in_clause), "clause")
    ancestors = {t.i for t in trigger.ancestors}
    for p in in_sentence:
        upper = _clause_head(p.root)
        if _complement_of(upper, trigger):
            return _date(p, "sentence")
        if upper.i in ancestors:
            # "said on Monday that it had signed ...": the saying's day does not date what is
            # reported; that happened on or before it, when the text does not say
            return None if _own_time_below(trigger, upper) else _date(p, "sentence")
    when = _when_clause_date(clause, in_sentence)
    if when is not None:
        return when
    fragment = _fragment_date(trigger, placed)
    if fragment is not None:
        return fragment
    if dated_by_report and published:
        return EventDate(published, None, None, None, "document")
    return None


def _when_clause_date(clause: Token, in_sentence: list[PlacedTime]) -> EventDate | None:
    """ "When the Air Force picked X on February 29, Y challenged the award": a "when" clause
    with a date of its own dates the clause it modifies, which shares its time."""
    for sub in clause.children:
        if sub.dep_ != "advcl" or not any(
            c.lower_ in SAME_TIME_MARKERS for c in sub.children if c.dep_ in {"advmod", "mark"}
        ):
            continue
        dated = [p for p in in_sentence if _clause_head(p.root).i == sub.i]
        if dated:
            return _date(_finest(dated), "sentence")
    return None


def _fragment_date(trigger: Token, placed: list[PlacedTime]) -> EventDate | None:
    """ "The last time they met, it was a different world. April 2019, in Vladivostok.": a
    verbless sentence right after the trigger's that gives a date elaborates that sentence
    (spoken and feature style), so its date dates the events the sentence left undated."""
    doc = trigger.doc
    end = trigger.sent.end
    if end >= len(doc):
        return None
    if not any(p.first >= end for p in placed):
        return None
    following = doc[end].sent
    dates = [p for p in placed if following.start <= p.first < following.end]
    if not dates or any(t.pos_ in {"VERB", "AUX"} for t in following):
        return None
    return _date(_finest(dates), "sentence")


def _in_clause(p: PlacedTime, trigger: Token, clause: Token) -> bool:
    if _governs(p.root, trigger):
        return True
    if trigger.pos_ in {"VERB", "AUX"}:
        return _clause_head(p.root).i == trigger.i
    return _governs(p.root, clause) or (_clause_head(p.root).i == clause.i and clause.i != trigger.i)


def _finest(times: list[PlacedTime]) -> PlacedTime:
    """The time naming the finest date, the first of equals: "flew Tuesday ... at 18:00 UTC"
    takes Tuesday, as a clock time with no day of its own was put on the report's day."""
    return max(times, key=lambda p: len(p.time.value.split("T", 1)[0]))


def _date(p: PlacedTime, basis: str) -> EventDate:
    value = p.time.value
    if "T" in value:
        value = value.split("T", 1)[0]
    return EventDate(value, p.time.text, p.time.start, p.time.end, basis)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- fallback
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_EXPLICIT = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
    rf"|\b(?P<day2>\d{{1,2}})\s+{_MONTH.replace('month', 'month2')}\s+(?P<year2>(?:19|20)\d\d)\b"
    rf"|\b(?:in|since|by|until|of|from)\s+(?:(?:early|late|mid)[- ])?{_MONTH.replace('month', 'month3')}"
    rf"(?:\s+(?P<year3>(?:19|20)\d\d))?\b(?!\s*\d)"
    r"|\b(?P<rel>this|last|next)\s+(?P<unit>week|month|year)\b"
    r"|\b(?:in|since|by|until|of|from)\s+(?P<year4>(?:19|20)\d\d)\b"
    r"|\b(?P<deictic>yesterday|today|tomorrow)\b"
    r"|\b(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def fallback_times(text: str, published: str | None) -> tuple[TimeExpression, ...]:
    """Explicit dates ("Sept. 13, 2023", "in March", "in 2019", "last year") found by pattern."""
    anchor = _parse_iso(published)
    found = []
    for m in _EXPLICIT.finditer(text):
        value = _value(m, anchor)
        if value is None:
            continue
        start = m.start("month3") if m.group("month3") else m.start("year4") if m.group("year4") else m.start()
        found.append(TimeExpression(start, m.end(), text[start : m.end()], "DATE", value, published))
    return tuple(found)


def _value(m: re.Match[str], anchor: dt.date | None) -> str | None:
    if m.group("month") and m.group("day"):
        if m.group("month").lower() == "may" and not m.group("year"):
            return None  # "may 5" is more often the modal before a number than a date
        year = int(m.group("year")) if m.group("year") else anchor.year if anchor else None
        if year is None:
            return None
        return f"{year}-{_MONTHS[m.group('month').lower()]:02d}-{int(m.group('day')):02d}"
    if m.group("month2"):
        return f"{m.group('year2')}-{_MONTHS[m.group('month2').lower()]:02d}-{int(m.group('day2')):02d}"
    if m.group("month3"):
        month = _MONTHS[m.group("month3").lower()]
        if m.group("year3"):
            return f"{m.group('year3')}-{month:02d}"
        if anchor is None:
            return None
        # a bare month in news means the latest such month up to the report, else this year's
        year = anchor.year if month <= anchor.month else anchor.year - 1
        return f"{year}-{month:02d}"
    if m.group("rel") and anchor is not None:
        step = {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()]
        unit = m.group("unit").lower()
        if unit == "year":
            return str(anchor.year + step)
        if unit == "month":
            month = anchor.month + step
            year = anchor.year + (month - 1) // 12
            return f"{year}-{(month - 1) % 12 + 1:02d}"
        year, week, _ = (anchor + dt.timedelta(weeks=step)).isocalendar()
        return f"{year}-W{week:02d}"
    if m.group("year4"):
        return m.group("year4")
    if anchor is None:
        return None
    if m.group("deictic"):
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group("deictic").lower()]
        return (anchor + dt.timedelta(days=shift)).isoformat()
    if m.group("weekday"):
        # news mostly reports the past: the latest such weekday on or before the report date
        wanted = _WEEKDAYS.index(m.group("weekday").lower())
        return (anchor - dt.timedelta(days=(anchor.weekday() - wanted) % 7)).isoformat()
    return None


def _parse_iso(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


__all__ = ["PlacedTime", "anchor_date", "fallback_times", "place_times"]
