"""The story: mentions merged across reports, newest report deciding, conflicts kept, as-of views."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from storyline.offsets import OffsetMap
from storyline.records import Conflict, DocAnalysis, Document, Event, EventDate, Metadata, StoryEvent
from storyline.resolve.entities import EntityIndex
from storyline.story.dates import bounded_by_report
from storyline.story.merge import build_story
from storyline.story.views import changes_since, involving, story_as_of, top

Run = Callable[..., dict[str, Any]]


def _names(export: dict[str, Any], refs: list[str]) -> set[str]:
    names = {e["id"]: e["name"] for e in export["entities"]}
    return {names.get(r, r) for r in refs}


def _story_of(export: dict[str, Any], kind: str, *names: str) -> list[dict[str, Any]]:
    return [s for s in export["story"] if s["type"] == kind and set(names) <= _names(export, s["participants"])]


def test_expected_then_reported_event_is_one_story_event_with_a_place_conflict(run_captures: Run) -> None:
    export = run_captures(
        [
            {
                "source": "a.txt",
                "published": "2024-03-04",
                "text": "Angela Merkel and Emmanuel Macron are expected to meet in Berlin this week.",
            },
            {
                "source": "b.txt",
                "published": "2024-03-20",
                "text": "Angela Merkel and Emmanuel Macron met in Hamburg on March 6, 2024.",
            },
        ]
    )
    (item,) = _story_of(export, "meet", "Angela Merkel", "Emmanuel Macron")
    assert len(item["sources"]) == 2
    assert item["date"]["value"] == "2024-03-06"
    assert item["status"] == "occurred"
    (conflict,) = [c for c in item["conflicts"] if c["field"] == "place"]
    assert set(conflict["values"]) == {"Berlin", "Hamburg"}
    assert [r["published"] for r in item["reported"]] == ["2024-03-04", "2024-03-20"]
    assert 0 < item["salience"] <= 1
    rows = [e for e in export["events"] if e["id"] in item["events"]]
    assert {r["story_id"] for r in rows} == {item["id"]}


def test_planned_event_later_cancelled(run_captures: Run) -> None:
    export = run_captures(
        [
            {
                "source": "a.txt",
                "published": "2024-01-10",
                "text": "Germany and France plan to sign a trade treaty in Paris on March 3, 2024.",
            },
            {"source": "b.txt", "published": "2024-02-20", "text": "Germany and France cancelled the trade treaty."},
        ]
    )
    (item,) = _story_of(export, "agreement", "Germany", "France")
    assert len(item["sources"]) == 2
    assert item["status"] == "hypothetical"  # the newest report calls it off
    assert item["date"]["value"] == "2024-03-03"
    assert any(c["field"] == "status" for c in item["conflicts"])
    cancelled = [e for e in export["events"] if e["id"] in item["events"] and e["modality"] == "cancelled"]
    assert cancelled


def test_two_outlets_disagree_on_a_number(run_captures: Run) -> None:
    export = run_captures(
        [
            {
                "source": "a.txt",
                "published": "2024-05-03",
                "text": "Iran delivered 300 drones to Russia on May 2, 2024.",
            },
            {
                "source": "b.txt",
                "published": "2024-05-04",
                "text": "Iran delivered 500 drones to Russia on May 2, 2024.",
            },
        ]
    )
    (item,) = _story_of(export, "supply", "Iran", "Russia")
    (conflict,) = [c for c in item["conflicts"] if c["field"] == "quantity"]
    assert set(conflict["values"]) == {"300 drones", "500 drones"}


def test_event_reported_a_year_later_keeps_both_reports(run_captures: Run) -> None:
    export = run_captures(
        [
            {"source": "a.txt", "published": "2023-05-10", "text": "Angela Merkel visited Paris on May 9, 2023."},
            {
                "source": "b.txt",
                "published": "2024-05-15",
                "text": "Angela Merkel visited Paris on May 9, 2023, a year before her retirement.",
            },
        ]
    )
    (item,) = _story_of(export, "visit", "Angela Merkel")
    assert item["date"]["value"] == "2023-05-09"
    assert sorted(r["published"] for r in item["reported"]) == ["2023-05-10", "2024-05-15"]


def test_events_far_apart_in_time_stay_apart(run_captures: Run) -> None:
    export = run_captures(
        [
            {
                "source": "a.txt",
                "published": "2019-04-26",
                "text": "Angela Merkel met Emmanuel Macron in Paris on April 25, 2019.",
            },
            {
                "source": "b.txt",
                "published": "2024-03-20",
                "text": "Angela Merkel met Emmanuel Macron in Paris on March 19, 2024.",
            },
        ]
    )
    items = _story_of(export, "meet", "Angela Merkel", "Emmanuel Macron")
    assert [i["date"]["value"] for i in items] == ["2019-04-25", "2024-03-19"]  # timeline order


# ------------------------------------------------------------------ records-level views


def _doc(doc_id: str, published: str) -> Document:
    return Document(
        doc_id, f"{doc_id}.txt", "article", "text", "x", "x", OffsetMap.identity(1), Metadata(published=published)
    )


def _event(key: str, status: str, date: str | None, place: str | None = None) -> Event:
    return Event(
        key,
        0,
        1,
        "x",
        "meet",
        "meet",
        participants=("a", "b"),
        place=place,
        status=status,  # type: ignore[arg-type]
        date=EventDate(date, date, 0, 1, "clause") if date else None,
    )


def _corpus() -> tuple[list[Document], list[DocAnalysis], EntityIndex]:
    docs = [_doc("d1", "2024-01-05"), _doc("d2", "2024-02-01")]
    analyses = [
        DocAnalysis("d1", events=(_event("v0", "expected", "2024-W03", "P1"),)),
        DocAnalysis("d2", events=(_event("v0", "occurred", "2024-01-17", "P2"),)),
    ]
    by_local = {(d, k): f"E{k}" for d in ("d1", "d2") for k in ("a", "b")}
    return docs, analyses, EntityIndex((), by_local)


def test_as_of_view_shows_the_story_as_known_then() -> None:
    docs, analyses, index = _corpus()
    (now,) = build_story(docs, analyses, index)
    assert now.status == "occurred" and now.date is not None and now.date.value == "2024-01-17"
    assert now.conflicts == (Conflict("place", ("P2", "P1")),)
    (then,) = story_as_of(docs, analyses, index, "2024-01-10")
    assert then.status == "expected" and then.date is not None and then.date.value == "2024-W03"
    assert then.sources == ("d1",)
    assert story_as_of(docs, analyses, index, "2023-12-31") == ()


def test_changes_since_a_date() -> None:
    docs, analyses, index = _corpus()
    before = story_as_of(docs, analyses, index, "2024-01-10")
    now = build_story(docs, analyses, index)
    kinds = {(c.kind, c.before, c.after) for c in changes_since(before, now)}
    assert ("status", "expected", "occurred") in kinds
    assert ("date", "2024-W03", "2024-01-17") in kinds
    assert changes_since(now, now) == []


def test_entity_and_top_views() -> None:
    docs, analyses, index = _corpus()
    story = build_story(docs, analyses, index)
    assert involving(story, {"Ea"}) == story
    assert involving(story, {"Ez"}) == ()
    items = (
        StoryEvent("s1", "meet", (), None, None, "occurred", (), (), salience=0.2),
        StoryEvent("s2", "meet", (), None, None, "occurred", (), (), salience=0.9),
        StoryEvent("s3", "meet", (), None, None, "occurred", (), (), salience=0.5),
    )
    assert [s.id for s in top(items, 2)] == ["s2", "s3"]


def test_a_later_hedge_does_not_undo_a_report() -> None:
    docs = [_doc("d1", "2024-01-20"), _doc("d2", "2024-02-01")]
    analyses = [
        DocAnalysis("d1", events=(_event("v0", "occurred", "2024-01-17"),)),
        DocAnalysis("d2", events=(_event("v0", "hypothetical", "2024-01-17"),)),
    ]
    by_local = {(d, k): f"E{k}" for d in ("d1", "d2") for k in ("a", "b")}
    (item,) = build_story(docs, analyses, EntityIndex((), by_local))
    assert item.status == "occurred"
    assert len(item.sources) == 2


def _weak(key: str, report: str) -> Event:
    return Event(
        key, 0, 1, "x", "meet", "meet", participants=("a", "b"), date=EventDate(report, None, None, None, "document")
    )


def test_a_report_dated_mention_joins_the_event_a_later_report_dates_shortly_before() -> None:
    docs = [_doc("d1", "2031-03-01"), _doc("d2", "2031-03-27"), _doc("d3", "2032-03-01")]
    analyses = [
        DocAnalysis("d1", events=(_weak("v0", "2031-03-01"),)),
        DocAnalysis("d2", events=(_event("v0", "occurred", "2031-02"),)),
        DocAnalysis("d3", events=(_weak("v0", "2032-03-01"),)),  # a year on: another meeting
    ]
    by_local = {(d, k): f"E{k}" for d in ("d1", "d2", "d3") for k in ("a", "b")}
    first, second = build_story(docs, analyses, EntityIndex((), by_local))
    assert first.date is not None and first.date.value == "2031-02"
    assert sorted(first.sources) == ["d1", "d2"]
    assert second.sources == ("d3",)


def test_a_report_day_bounds_text_dates_shortly_before_it() -> None:
    assert bounded_by_report("2031-02", "2031-03-01")
    assert bounded_by_report("2031-03-20", "2031-03-27")
    assert not bounded_by_report("2031-03", "2031-03-27")  # the report day may be the event's
    assert not bounded_by_report("2031-01", "2031-03-27")  # long before: another event
    assert not bounded_by_report("2031", "2032-01-02")  # a year says too little
