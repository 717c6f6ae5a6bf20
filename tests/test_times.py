"""The TIMEX3 normaliser on plain text: no spaCy involved."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.extract.timex import annotate, interval, normalise
from storyline.extract.timex import calendar as cal

ANCHOR = "2024-06-18"  # a Tuesday in ISO week 25


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("June 18, 2024", "2024-06-18"),
        ("Sept. 13, 2023", "2023-09-13"),
        ("2024-06-18", "2024-06-18"),
        ("13 September 2023", "2023-09-13"),
        ("Monday, September 11th, 2023", "2023-09-11"),
        ("March 2024", "2024-03"),
        ("in 2019", "2019"),
        ("fiscal 1989", "1989"),
        ("the 1990s", "199"),
        ("the late 1970s", "197"),
        ("the 21st century", "20"),
        ("nineteen ninety-six", "1996"),
        ("the year two thousand", "2000"),
        ("last month", "2024-05"),
        ("last year", "2023"),
        ("next year", "2025"),
        ("this week", "2024-W25"),
        ("last week", "2024-W24"),
        ("this summer", "2024-SU"),
        ("today", "2024-06-18"),
        ("yesterday", "2024-06-17"),
        ("tomorrow", "2024-06-19"),
        ("now", "PRESENT_REF"),
        ("currently", "PRESENT_REF"),
        ("recently", "PAST_REF"),
        ("the past year", "2023"),
        ("two weeks ago", "2024-W23"),
        ("three years ago", "2021"),
        ("nine months", "P9M"),
        ("two years", "P2Y"),
        ("24 hours", "PT24H"),
        ("a minute and a half", "PT1M30S"),
        ("two and a half years", "P2Y6M"),
        ("a five-year plan", "P5Y"),
        ("every week", "P1W"),
        ("annually", "P1Y"),
        ("2:30 p.m.", "2024-06-18T14:30"),
        ("noon", "2024-06-18T12:00"),
        ("this morning", "2024-06-18TMO"),
        ("last night", "2024-06-17TNI"),
        ("the third quarter", "2024-Q3"),
        ("the third quarter of 2022", "2022-Q3"),
        ("the first half", "2024-H1"),
        ("the past three summers", "XXXX-SU"),
    ],
)
def test_values_against_anchor(text: str, value: str) -> None:
    assert normalise(text, ANCHOR) == value


def test_decades_without_number_are_vague() -> None:
    assert normalise("it has lasted for decades", ANCHOR) == "PXE"
    assert normalise("decades", ANCHOR) is None  # a bare plural needs a cue ("for", "in")


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("They met on Tuesday.", "past", "2024-06-18"),
        ("They met on Friday.", "past", "2024-06-14"),
        ("They will meet on Friday.", "future", "2024-06-21"),
        ("They are meeting on Monday.", "future", "2024-06-24"),
        ("He arrived early Wednesday.", "past", "2024-06-19"),
        ("He arrived late Wednesday.", "past", "2024-06-12"),  # not yet late Wednesday anywhere
        ("He arrived Wednesday.", "past", "2024-06-12"),
        ("last Tuesday", None, "2024-06-11"),
        ("next Tuesday", None, "2024-06-25"),
        ("It happened in March.", "past", "2024-03"),
        ("It happened in September.", "past", "2023-09"),
        ("It will happen in September.", "future", "2024-09"),
        ("It will happen in March.", "future", "2025-03"),
        ("last spring", None, "2024-SP"),
        ("last summer", None, "2023-SU"),
        ("last May", None, "2023-05"),  # the month just before is "last month"
        ("last April", None, "2024-04"),
        ("next July", None, "2025-07"),
        ("next August", None, "2024-08"),
    ],
)
def test_tense_decides_direction(text: str, tense: str | None, value: str) -> None:
    assert normalise(text, ANCHOR, tense=tense) == value  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # A modifier and a part of the day naming the same edge of the day: the day.
        ("She landed early Wednesday morning.", "DATE", "2024-06-19"),
        ("She landed late Monday night.", "DATE", "2024-06-17"),
        ("She will land early tomorrow morning.", "DATE", "2024-06-19"),
        # Otherwise the part of the day stays in the value.
        ("She landed Monday night.", "TIME", "2024-06-17TNI"),
        ("She landed early Monday evening.", "TIME", "2024-06-17TEV"),
        ("She landed late Monday morning.", "TIME", "2024-06-17TMO"),
        ("She will land tomorrow morning.", "TIME", "2024-06-19TMO"),
    ],
)
def test_edge_of_the_day(text: str, kind: str, value: str) -> None:
    found = annotate(text, ANCHOR, lambda start, end: "past")
    assert [(t.type, t.value) for t in found] == [(kind, value)]


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("Islam will one day be the largest faith there.", "future", "FUTURE_REF"),
        ("The strike lasted one day.", "past", "P1D"),
        ("It came one day after the vote.", "past", "P1D"),
        ("It was an overnight success.", "past", None),
    ],
)
def test_one_day_and_overnight_readings(text: str, tense: str, value: str | None) -> None:
    assert normalise(text, ANCHOR, tense=tense) == value  # type: ignore[arg-type]


def test_one_day_before_a_time_word_stays_a_duration() -> None:
    found = annotate("The court cut the hearing to one day last week.", ANCHOR, lambda s, e: "past")
    assert [(t.text, t.value) for t in found] == [("one day", "P1D"), ("last week", "2024-W24")]


def test_the_following_month_counts_from_the_month_named() -> None:
    found = annotate("In March, it got an offer. The following month, it was sold.", ANCHOR)
    assert [t.value for t in found] == ["2024-03", "2024-04"]


def test_year_boundaries_and_iso_weeks() -> None:
    # 2024-12-30 is a Monday in ISO week 1 of 2025; 2021-01-01 is in 2020-W53.
    assert normalise("this week", "2024-12-30") == "2025-W01"
    assert normalise("this week", "2021-01-01") == "2020-W53"
    assert normalise("last week", "2021-01-08") == "2020-W53"
    assert normalise("last month", "2024-01-15") == "2023-12"
    assert normalise("next month", "2023-12-15") == "2024-01"
    assert normalise("yesterday", "2024-01-01") == "2023-12-31"
    assert normalise("last quarter", "2024-02-10") == "2023-Q4"
    assert normalise("in December", "2024-01-05", tense="past") == "2023-12"
    assert normalise("this winter", "2023-12-20") == "2024-WI"


def test_leap_days() -> None:
    assert normalise("Feb. 29, 2024", None) == "2024-02-29"
    assert normalise("Feb. 29, 2023", None) != "2023-02-29"  # no such day
    assert normalise("tomorrow", "2024-02-28") == "2024-02-29"
    assert normalise("tomorrow", "2023-02-28") == "2023-03-01"
    assert normalise("on Feb. 29", "2025-01-10", tense="past") == "2024-02-29"


def test_missing_anchor_leaves_relative_values_open() -> None:
    assert normalise("June 18, 2024", None) == "2024-06-18"
    assert normalise("in 2019", None) == "2019"
    assert normalise("yesterday", None) == "PAST_REF"
    assert normalise("next week", None) == "FUTURE_REF"
    assert normalise("on Tuesday", None) == "XXXX-WXX-2"
    assert normalise("in March", None) == "XXXX-03"
    assert normalise("the third quarter", None) == "XXXX-Q3"
    assert normalise("2:30 p.m.", None) == "XXXX-XX-XXT14:30"
    assert normalise("nine months", None) == "P9M"


def test_anchor_may_be_a_datetime_or_a_date() -> None:
    assert normalise("today", "2024-06-18T23:10:00Z") == "2024-06-18"
    assert normalise("today", dt.date(2024, 6, 18)) == "2024-06-18"
    assert normalise("today", "not a date") == "PRESENT_REF"


def test_spans_follow_timebank() -> None:
    text = "Profit fell in the third quarter and over the past two months, early next year and nearly four years ago."
    spans = [t.text for t in annotate(text, ANCHOR)]
    assert spans == ["the third quarter", "the past two months", "early next year", "nearly four years ago"]
    assert [t.text for t in annotate("Talks began over the weekend.", ANCHOR)] == ["the weekend"]


def test_no_times_in_plain_numbers_and_names() -> None:
    assert annotate("The 1,500 workers earned $2000 and 15% more.", ANCHOR) == []
    assert annotate("May I ask a question?", ANCHOR) == []
    assert normalise("The stock hit a 52-week low.", ANCHOR) == "P52W"


def test_reference_quarter_for_year_earlier() -> None:
    text = "Third-quarter profit rose to $5 million from $4 million a year earlier."
    found = annotate(text, "1989-10-27")
    assert [(t.text, t.value) for t in found] == [("Third-quarter", "1989-Q3"), ("a year earlier", "1988-Q3")]


def test_calendar_helpers() -> None:
    assert cal.week(dt.date(2026, 1, 1)) == "2026-W01"
    assert cal.week(dt.date(2027, 1, 1)) == "2026-W53"
    assert cal.season_of(dt.date(2024, 12, 5)) == (2025, "WI")
    assert cal.weekday_near(dt.date(2024, 6, 18), 2, "before") == dt.date(2024, 6, 11)
    assert cal.parse_anchor(None) is None


def test_articles_of_hyphenated_modifiers_stay_with_the_noun() -> None:
    found = annotate("The third-quarter loss widened; the eight-year contract ends.", "1989-10-27")
    assert [(t.text, t.value) for t in found] == [("third-quarter", "1989-Q3"), ("eight-year", "P8Y")]


def test_decade_spellings_and_model_names() -> None:
    assert normalise("in the late 1980's", ANCHOR) == "198"
    assert normalise("the '80s", ANCHOR) == "198"
    assert annotate("a fleet of KC-30s", ANCHOR) == []
    assert normalise("the twenties", "1989-01-01") == "192"
    assert normalise("the twenties", "2031-01-01") == "202"


def test_titles_are_not_times() -> None:
    assert annotate('He told "This Week" viewers', ANCHOR) == []
    assert normalise("This week, talks resume", ANCHOR) == "2024-W25"


def test_earlier_and_later_with_small_units_are_durations() -> None:
    assert [(t.text, t.value) for t in annotate("Three days later, it fell.", ANCHOR)] == [("Three days", "P3D")]
    assert [(t.text, t.value) for t in annotate("A year later, it fell.", ANCHOR)] == [("A year later", "2025")]


def test_clock_time_with_a_date() -> None:
    assert normalise("until 5 p.m. EST, Nov. 6", "1989-10-30") == "1989-11-06T17:00"
    assert normalise("at noon Thursday", ANCHOR, tense="future") == "2024-06-20T12:00"


def test_ages_are_not_decades() -> None:
    assert annotate("people in their 20s and 30s", ANCHOR) == []
    assert normalise("music of the 90s", ANCHOR) == "199"


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2024-06-18", "2024-06-18", "2024-06-18"),
        ("2024-06-18T14:30", "2024-06-18", "2024-06-18"),
        ("2024-06-19TMO", "2024-06-19", "2024-06-19"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2023-02", "2023-02-01", "2023-02-28"),
        ("2024-W25", "2024-06-17", "2024-06-23"),
        ("2020-W53", "2020-12-28", "2021-01-03"),
        ("2024-W25-WE", "2024-06-22", "2024-06-23"),
        ("2024-Q4", "2024-10-01", "2024-12-31"),
        ("2024-H1", "2024-01-01", "2024-06-30"),
        ("2024-WI", "2023-12-01", "2024-02-29"),
        ("2024-SU", "2024-06-01", "2024-08-31"),
        ("2024", "2024-01-01", "2024-12-31"),
        ("199", "1990-01-01", "1999-12-31"),
        ("20", "2000-01-01", "2099-12-31"),
    ],
)
def test_interval(value: str, first: str, last: str) -> None:
    assert interval(value) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


@pytest.mark.parametrize("value", ["P9M", "PAST_REF", "XXXX-06", "XXXX-WXX-2", "2021-W54", "2024-02-30"])
def test_interval_of_open_values(value: str) -> None:
    assert interval(value) is None


def test_year_ended_is_a_stretch_of_a_year() -> None:
    found = annotate("Sales for the year ended Sept. 30 rose; for the year, volume was flat.", "1989-11-02")
    assert [(t.text, t.type, t.value) for t in found] == [
        ("the year", "DURATION", "P1Y"),
        ("Sept. 30", "DATE", "1989-09-30"),
        ("the year", "DATE", "1989"),
    ]


def test_days_counted_from_the_last_named_day() -> None:
    found = annotate("Shares fell on Friday from the previous Friday. The next day they rose.", ANCHOR)
    assert [(t.text, t.value) for t in found] == [
        ("Friday", "2024-06-14"),
        ("the previous Friday", "2024-06-07"),
        ("The next day", "2024-06-15"),
    ]


def test_soon_as_a_conjunction_is_no_time() -> None:
    assert annotate("He left soon after the vote, as soon as he could.", ANCHOR) == []
    assert normalise("Talks will resume soon.", ANCHOR) == "FUTURE_REF"


_PIECES = [
    "on", "Tuesday", "May", "may", "2024", "1,500", "the", "last", "week", "3", "p.m.", "Sept.", "13,",
    "fiscal", "third-quarter", "a", "year", "ago", "earlier", "nearly", "two", "months", "every", "'90s",
    "Feb.", "29", "now", "-", ".", "\n", "early", "Wednesday", "morning", "Q4", "12:30", "GMT", "Christmas",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES) | st.text(max_size=6), max_size=25),
    st.sampled_from([None, "2024-06-18", "2020-02-29", "2021-01-01", "1999-12-31"]),
)
def test_annotate_never_fails_and_spans_hold(words: list[str], anchor: str | None) -> None:
    text = " ".join(words)
    found = annotate(text, anchor)
    previous_end = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert t.start >= previous_end  # in order, no overlaps
        assert text[t.start : t.end] == t.text
        assert t.value
        previous_end = t.end


def test_later_counts_from_the_last_named_year() -> None:
    found = annotate("They met in 2019. Four years later, they met again.", ANCHOR)
    assert [(t.text, t.value) for t in found] == [("2019", "2019"), ("Four years later", "2023")]
    assert normalise("They met four years ago.", ANCHOR) == "2020"  # "ago" counts from the anchor


@pytest.mark.parametrize(
    ("text", "value"),
    [("half an hour", "PT30M"), ("a half-hour", "PT30M"), ("half a century", "P50Y"), ("1.5 hours", "PT1H30M")],
)
def test_halves(text: str, value: str) -> None:
    assert normalise(text, ANCHOR) == value


def test_clock_times_take_the_day_next_to_them() -> None:
    found = annotate("The blast came at 3 a.m. on Wednesday.", ANCHOR, lambda start, end: "past")
    assert [(t.text, t.value) for t in found] == [("3 a.m.", "2024-06-12T03:00"), ("Wednesday", "2024-06-12")]


def test_in_a_unit_or_two_is_a_vague_future() -> None:
    found = annotate("Rates may fall in a year or two, and the plan lasts a year.", ANCHOR)
    assert [(t.text, t.value) for t in found] == [("a year or two", "FUTURE_REF"), ("a year", "P1Y")]


def test_later_in_the_day_is_the_day_last_named() -> None:
    found = annotate("He landed early Wednesday and met them later in the day.", ANCHOR, lambda s, e: "past")
    assert [t.value for t in found] == ["2024-06-19", "2024-06-19"]
    found = annotate("Talks began on Monday. Today he said more would come later in the day.", ANCHOR)
    assert [t.value for t in found][-1] == "2024-06-18"  # "today" is the day last named


def test_a_weekday_shares_the_plural_part_of_day_after_it() -> None:
    found = annotate("The show airs Monday and Tuesday nights; they met Monday and Tuesday.", ANCHOR)
    assert [t.value for t in found] == ["XXXX-WXX-1TNI", "XXXX-WXX-2TNI", "2024-06-17", "2024-06-18"]


def test_since_a_month_points_to_the_past_whatever_the_tense() -> None:
    # present perfect reads as "nearest"; December is six months away either side of June
    assert normalise("has been trying since December", "2031-06-09", tense="present") == "2030-12"
    assert normalise("will meet in December", "2031-06-09", tense="present") == "2031-12"
