"""Merge event mentions of all documents into story events.

Two mentions are one story event when they have the same type (and lemma, for ``other``),
share participants (two, or all of the smaller set when it has fewer) and have compatible
dates. A report date standing in for an event's date (basis ``document``) only bounds it: the
event happened on or before it. The newest report decides status and date (a day beats a
month it lies in); disagreements on place, date, quantity and status are kept in
``conflicts``. Each story event lists per source when it was reported (``reported``), so the
story can be rebuilt as known on any date (story/views.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from storyline.records import Conflict, DocAnalysis, Document, Event, EventDate, Report, StoryEvent
from storyline.resolve.entities import EntityIndex
from storyline.story.dates import (
    bounded_by_report,
    compatible,
    days_of,
    is_strong,
    months_of_week,
    shift_month,
    sort_key,
    specificity,
    week_of,
)
from storyline.story.salience import salience

# Statuses that move forward as a story develops; a change along them is news, not conflict.
PROGRESSION = {("expected", "occurred"), ("planned", "occurred"), ("expected", "planned"), ("planned", "expected")}


@dataclass
class _Mention:
    doc: str
    published: str | None
    event: Event
    participants: frozenset[str]
    place: str | None  # entity id or name


@dataclass
class _Cluster:
    key: tuple[str, str]
    participants: set[str] = field(default_factory=set)
    members: list[_Mention] = field(default_factory=list)
    docs: set[str] = field(default_factory=set)
    best: EventDate | None = None  # the finest date the text gives, else the earliest report date

    def add(self, m: _Mention) -> None:
        self.members.append(m)
        self.participants |= m.participants
        self.docs.add(m.doc)
        date = m.event.date
        if date is None:
            return
        if self.best is None or self._finer(date, self.best):
            self.best = date

    @staticmethod
    def _finer(date: EventDate, best: EventDate) -> bool:
        if is_strong(date):
            return not is_strong(best) or specificity(date.value) > specificity(best.value)
        return not is_strong(best) and date.value < best.value

    def date(self) -> EventDate | None:
        return self.best


def build_story(
    documents: Sequence[Document], analyses: Sequence[DocAnalysis], index: EntityIndex
) -> tuple[StoryEvent, ...]:
    """Story events of the corpus in timeline order (undated ones first)."""
    published = {d.id: d.metadata.published for d in documents}
    texts = {d.id: d.text for d in documents}
    mentions = []
    for analysis in analyses:
        for event in analysis.events:
            refs = frozenset(r for r in (index.ref(analysis.doc, p) for p in event.participants) if r)
            place = index.ref(analysis.doc, event.place) or event.place
            mentions.append(_Mention(analysis.doc, published.get(analysis.doc), event, refs, place))
    # dated mentions first, so an undated one can join the event whose date fits it best
    mentions.sort(key=lambda m: (m.event.date is None, m.published or "", m.doc, m.event.start))
    clusters = _cluster(mentions)
    names = {e.id: e.name for e in index.entities}
    items = [_story_event(c, names, texts) for c in clusters]
    counts = {e.id: len(e.mentions) for e in index.entities}
    support: dict[str, set[str]] = {}
    for m in mentions:
        if m.event.date is not None and is_strong(m.event.date):
            support.setdefault(m.event.date.value, set()).add(m.doc)
    scores = salience(items, counts, {value: len(docs) for value, docs in support.items()})
    items = [replace(item, salience=s) for item, s in zip(items, scores, strict=True)]
    items.sort(key=lambda s: (s.date is not None, sort_key(s.date.value if s.date else None), _first(s)))
    return tuple(items)


def _first(item: StoryEvent) -> str:
    return min((r.published or "" for r in item.reported), default="")


# How many candidate events a mention is compared with at most; the newest are kept. Far
# above what one entity's events of one type in one year reach in a news corpus, it only
# bounds the work on very large ones.
MAX_CANDIDATES = 500


def _parents(value: str) -> list[str]:
    """The periods containing a date value: a day's month, ISO week and year; a month's year."""
    parents = []
    if specificity(value) == 3:
        parents += [value[:7], week_of(value) or ""]
    if specificity(value) == 2:
        parents += months_of_week(value)
    if specificity(value) >= 1:
        parents.append(value[:4])
    return [p for p in parents if p]


def _granules(date: EventDate | None) -> list[str]:
    """Index keys of an event's date: a text date under "=" itself and "<" every period
    containing it; a report date under itself only (it joins only the same report date)."""
    if date is None:
        return [""]
    if not is_strong(date):
        return ["r" + date.value, "r" + date.value[:7]]
    return ["=" + date.value, *("<" + p for p in _parents(date.value))]


def _lookups(date: EventDate | None) -> list[str]:
    """Index keys where events whose date may be ``date`` are: the same value, finer values
    inside it and coarser periods containing it; for a report date, also the text dates of
    its month and the month before, and for a text date the report dates just after it
    (``bounded_by_report``)."""
    if date is None:
        return [""]
    if not is_strong(date):
        keys = ["r" + date.value]
        if date.basis == "document" and specificity(date.value) == 3:
            keys += [k + m for m in _month_and_previous(date.value) for k in ("=", "<")]
        return keys
    keys = ["=" + date.value, "<" + date.value, *("=" + p for p in _parents(date.value))]
    if specificity(date.value) >= 1:
        start = sort_key(date.value)[:7]
        keys += ["r" + m for m in (start, shift_month(start, 1))]
    return keys


def _month_and_previous(day: str) -> list[str]:
    return [day[:7], shift_month(day[:7], -1)]


def _near(published: str | None) -> list[str]:
    """Index keys of the month of a report and the months either side of it."""
    if not published or specificity(published[:10]) < 3:
        return []
    year, month = int(published[:4]), int(published[5:7])
    keys = []
    for shift in (-1, 0, 1):
        y, m = year + (month - 1 + shift) // 12, (month - 1 + shift) % 12 + 1
        keys += [f"<{y}-{m:02d}", f"={y}-{m:02d}", f"r{y}-{m:02d}"]
    return [*keys, "r" + published[:10]]


def _cluster(mentions: list[_Mention]) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    # candidates by (key, participant, date granule); dated mentions come first, so an
    # event's date is known when it is created and only ever gets finer
    by_date: dict[tuple[tuple[str, str], str, str], list[int]] = {}
    by_doc: dict[tuple[tuple[str, str], str], list[int]] = {}
    for m in mentions:
        key = (m.event.type, m.event.lemma if m.event.type == "other" else "")
        if not m.participants or (m.event.date is None and key[0] == "other"):
            found: set[int] = set(by_doc.get((key, m.doc), ()))
        elif m.event.date is None:
            # an undated mention looks for the event among those dated near its report
            near = _near(m.published) or ["*"]  # an undated report: any date will do
            found = {i for p in m.participants for g in near for i in by_date.get((key, p, g), ())}
            found |= set(by_doc.get((key, m.doc), ()))
        else:
            found = {i for p in m.participants for g in _lookups(m.event.date) for i in by_date.get((key, p, g), ())}
        candidates = sorted(found)[-MAX_CANDIDATES:]
        best, best_score = None, 0
        for i in candidates:
            score = _fit(clusters[i], m)
            if score > best_score:
                best, best_score = i, score
        if best is None:
            best = len(clusters)
            clusters.append(_Cluster(key))
        cluster = clusters[best]
        before = (set(cluster.participants), cluster.best)
        new_doc = m.doc not in cluster.docs
        cluster.add(m)
        for p in m.participants | cluster.participants:
            if p not in before[0] or cluster.best != before[1]:
                for g in _granules(cluster.best):
                    by_date.setdefault((key, p, g), []).append(best)
            if p not in before[0]:
                by_date.setdefault((key, p, "*"), []).append(best)
        if new_doc:
            by_doc.setdefault((key, m.doc), []).append(best)
    return clusters


def _fit(cluster: _Cluster, m: _Mention) -> int:
    """0 when ``m`` cannot join ``cluster``, else higher for a closer match."""
    shared = len(cluster.participants & m.participants)
    if m.participants and cluster.participants:
        if shared < min(2, len(cluster.participants), len(m.participants)):
            return 0
    elif m.participants or cluster.participants:
        return 0
    if not _dates_fit(cluster, m):
        return 0
    date = cluster.date()
    if m.event.date is None and date is not None and m.published:
        # an undated mention joins the event nearest its report: a preview the week
        # before, not a meeting a year later
        days = abs(days_of(sort_key(date.value)) - days_of(m.published))
        return 1 + shared * 1000 + max(0, 999 - days)
    same_date = date is not None and m.event.date is not None and date == m.event.date
    return 1 + shared * 1000 + int(same_date)


def _dates_fit(cluster: _Cluster, m: _Mention) -> bool:
    """Dates the text gives must agree; a report date only bounds a date in its own report.

    A mention dated by its report date alone joins mentions reported the same day, or an
    event the text dates shortly before that day (``bounded_by_report``): "Airbus sold ..."
    in two reports a year apart are two sales, and "their meeting" in a report of today is
    not the meeting it dates to last September, but "have defeated Boeing" reported on the
    1st is the defeat a later report dates "last month". The text's date then dates the event.
    """
    a, b = cluster.date(), m.event.date
    same_doc = m.doc in cluster.docs
    if a is None or b is None:
        return same_doc or (cluster.key[0] != "other" and len(cluster.participants & m.participants) >= 2)
    if is_strong(a) and is_strong(b):
        return compatible(a.value, b.value)
    if is_strong(a) != is_strong(b):
        text, report = (a, b) if is_strong(a) else (b, a)
        return report.basis == "document" and bounded_by_report(text.value, report.value)
    return a.value == b.value


def _story_event(cluster: _Cluster, names: dict[str, str], texts: dict[str, str]) -> StoryEvent:
    members = cluster.members
    newest = max(members, key=lambda m: (m.published or "", m.doc))
    # a hedge ("may meet") says less than a report; it decides only if nothing else does,
    # but a cancellation is a report of its own
    reliable = [m for m in members if m.event.status != "hypothetical" or m.event.modality == "cancelled"]
    deciding = max(reliable or members, key=lambda m: (m.published or "", m.doc))
    newest_doc = [m for m in members if m.doc == deciding.doc and m in (reliable or members)]
    # within the newest report, a plain report of the event beats a hedge or a preview of it
    status = min((m.event.status for m in newest_doc), key=_status_rank)
    date = _decided_date(members)
    places = list(dict.fromkeys(m.place for m in reversed(members) if m.place))
    place = next((m.place for m in reversed(members) if m.place), None)
    conflicts = []
    if len({_norm(names.get(p, p)) for p in places}) > 1:
        conflicts.append(Conflict("place", tuple(names.get(p, p) for p in places)))
    strong = list(dict.fromkeys(m.event.date.value for m in members if m.event.date and is_strong(m.event.date)))
    if any(not compatible(a, b) for a in strong for b in strong):
        conflicts.append(Conflict("date", tuple(strong)))
    quantities = list(dict.fromkeys(m.event.quantity for m in members if m.event.quantity))
    if len(quantities) > 1:
        conflicts.append(Conflict("quantity", tuple(quantities)))
    statuses = list(dict.fromkeys(m.event.status for m in members))
    if any(a != b and (a, b) not in PROGRESSION and (b, a) not in PROGRESSION for a in statuses for b in statuses):
        conflicts.append(Conflict("status", tuple(statuses)))
    first = members[0]
    ident = "S" + hashlib.sha1(f"{first.doc}:{first.event.key}".encode()).hexdigest()[:10]
    reported: dict[str, str | None] = {}
    for m in members:
        reported.setdefault(m.doc, m.published)
    participants = list(dict.fromkeys(p for m in members for p in sorted(m.participants)))
    sentence = newest.event
    text = texts.get(newest.doc, "")
    summary = (
        text[sentence.sentence_start : sentence.sentence_end].strip()
        if sentence.sentence_start is not None and sentence.sentence_end is not None
        else sentence.trigger
    )
    return StoryEvent(
        id=ident,
        type=cluster.key[0],
        participants=tuple(participants),
        date=date,
        place=place,
        status=status,
        events=tuple((m.doc, m.event.key) for m in members),
        sources=tuple(reported),
        conflicts=tuple(conflicts),
        summary=summary[:300],
        reported=tuple(Report(doc, pub) for doc, pub in reported.items()),
        lemma=newest.event.lemma,
    )


def _decided_date(members: list[_Mention]) -> EventDate | None:
    """The newest report's own date for the event, sharpened by any compatible finer date."""
    strong = [m for m in members if is_strong(m.event.date)]
    if strong:
        newest = max(strong, key=lambda m: (m.published or "", specificity(m.event.date.value if m.event.date else "")))
        chosen = newest.event.date
        assert chosen is not None
        finer = [
            m.event.date
            for m in strong
            if m.event.date is not None
            and compatible(m.event.date.value, chosen.value)
            and specificity(m.event.date.value) > specificity(chosen.value)
        ]
        return max(finer, key=lambda d: specificity(d.value)) if finer else chosen
    weak = [m.event.date for m in members if m.event.date is not None]
    return min(weak, key=lambda d: d.value) if weak else None


def _status_rank(status: str) -> int:
    return ["occurred", "denied", "claimed", "expected", "planned", "hypothetical"].index(status)


def _norm(name: str) -> str:
    return " ".join(name.lower().replace("the ", " ").split())


__all__ = ["build_story"]
