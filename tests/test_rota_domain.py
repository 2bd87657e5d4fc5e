"""Recurrence expansion and conflict detection, against plain oracles over a year."""

from __future__ import annotations

import calendar
from datetime import date, time, timedelta

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from maison_solidarite.domain.permanences import MIDDAY, ClosurePart, closure_times
from maison_solidarite.domain.rota import (
    DEFAULT_OPENING_HOURS,
    LAST,
    Change,
    Closure,
    ClosureCalendar,
    Occurrence,
    Recurrence,
    RecurrenceKind,
    Series,
    Status,
    expand,
    first_conflict,
    occupancy,
)

YEAR_START = date(2026, 1, 1)
YEAR_END = date(2026, 12, 31)


# -- an oracle written differently: look at every day, count by hand ------------------
def oracle_days(series: Series, first: date, last: date) -> list[date]:
    days = []
    day = first
    while day <= last:
        if series.valid_from <= day and (series.valid_until is None or day <= series.valid_until):
            rule = series.recurrence
            if rule.kind == RecurrenceKind.DATES:
                ok = day in rule.dates
            elif day.weekday() != series.weekday:
                ok = False
            elif rule.kind == RecurrenceKind.WEEKLY:
                ok = True
            elif rule.kind == RecurrenceKind.EVERY_N_WEEKS:
                # weeks are counted Monday to Sunday from valid_from's week
                monday0 = series.valid_from - timedelta(days=series.valid_from.weekday())
                ok = ((day - monday0).days // 7) % rule.interval == 0
            elif rule.kind in (RecurrenceKind.ODD_WEEKS, RecurrenceKind.EVEN_WEEKS):
                week = day.isocalendar()[1]
                ok = (week % 2 == 1) == (rule.kind == RecurrenceKind.ODD_WEEKS)
            else:
                same = [
                    d
                    for d in range(1, calendar.monthrange(day.year, day.month)[1] + 1)
                    if date(day.year, day.month, d).weekday() == series.weekday
                ]
                index = same.index(day.day) + 1
                ok = index in rule.weeks_of_month or (LAST in rule.weeks_of_month and index == len(same))
            if ok:
                days.append(day)
        day += timedelta(days=1)
    return days


DAYS = st.dates(min_value=date(2025, 6, 1), max_value=date(2027, 6, 30))
TIMES = st.sampled_from([time(9, 0), time(9, 30), time(10, 0), time(11, 0), time(13, 30), time(14, 0), time(15, 30)])


@st.composite
def recurrences(draw) -> Recurrence:
    kind = draw(st.sampled_from(list(RecurrenceKind)))
    if kind == RecurrenceKind.EVERY_N_WEEKS:
        return Recurrence(kind, interval=draw(st.integers(1, 6)))
    if kind == RecurrenceKind.WEEKS_OF_MONTH:
        return Recurrence(
            kind, weeks_of_month=frozenset(draw(st.sets(st.sampled_from([1, 2, 3, 4, 5, LAST]), min_size=1)))
        )
    if kind == RecurrenceKind.DATES:
        return Recurrence(kind, dates=tuple(draw(st.lists(st.dates(YEAR_START, YEAR_END), min_size=1, max_size=8))))
    return Recurrence(kind)


@st.composite
def series_strategy(draw, series_id: int = 1) -> Series:
    start = draw(TIMES)
    length = draw(st.sampled_from([30, 60, 90, 120, 180]))
    end = time((start.hour * 60 + start.minute + length) // 60, (start.minute + length) % 60)
    valid_from = draw(DAYS)
    until = draw(st.one_of(st.none(), st.integers(0, 500).map(lambda n: valid_from + timedelta(days=n))))
    return Series(
        id=series_id,
        organisation_id=draw(st.integers(1, 4)),
        office_id=draw(st.integers(1, 2)),
        weekday=draw(st.integers(0, 4)),
        start=start,
        end=end,
        valid_from=valid_from,
        valid_until=until,
        recurrence=draw(recurrences()),
    )


@settings(max_examples=300, deadline=None)
@given(series=series_strategy())
def test_expansion_matches_the_day_by_day_oracle(series: Series) -> None:
    got = [o.day for o in expand([series], [], YEAR_START, YEAR_END)]
    assert got == oracle_days(series, YEAR_START, YEAR_END)


def test_the_issue_examples() -> None:
    caf = Series(1, 1, 1, 1, time(9), time(12), date(2026, 1, 1))  # every Tuesday morning
    cresus = Series(
        2, 2, 1, 3, time(9), time(12), date(2026, 1, 1), recurrence=Recurrence(RecurrenceKind.EVERY_N_WEEKS, interval=2)
    )
    adavip = Series(
        3,
        3,
        2,
        0,
        time(9),
        time(12),
        date(2026, 1, 1),
        recurrence=Recurrence(RecurrenceKind.WEEKS_OF_MONTH, weeks_of_month=frozenset({1, 3})),
    )
    occurrences = expand([caf, cresus, adavip], [], date(2026, 3, 1), date(2026, 3, 31))
    march = {sid: [o.day.day for o in occurrences if o.series_id == sid] for sid in (1, 2, 3)}
    assert march[1] == [3, 10, 17, 24, 31]  # Tuesdays
    assert march[2] == [12, 26]  # every other Thursday from 1 January 2026 (a Thursday)
    assert march[3] == [2, 16]  # 1st and 3rd Monday


def test_last_week_of_the_month_and_odd_iso_weeks_across_a_53_week_year() -> None:
    last_friday = Series(
        1,
        1,
        1,
        4,
        time(9),
        time(12),
        date(2026, 1, 1),
        recurrence=Recurrence(RecurrenceKind.WEEKS_OF_MONTH, weeks_of_month=frozenset({LAST})),
    )
    assert [o.day for o in expand([last_friday], [], date(2026, 1, 1), date(2026, 3, 31))] == [
        date(2026, 1, 30),
        date(2026, 2, 27),
        date(2026, 3, 27),
    ]
    odd = Series(2, 1, 1, 0, time(9), time(12), date(2026, 12, 1), recurrence=Recurrence(RecurrenceKind.ODD_WEEKS))
    # 2026 has 53 ISO weeks: week 53 (28 Dec) and week 1 of 2027 (4 Jan) are both odd.
    days = [o.day for o in expand([odd], [], date(2026, 12, 20), date(2027, 1, 12))]
    assert [
        d.isocalendar()[1] for d in (date(2026, 12, 21), date(2026, 12, 28), date(2027, 1, 4), date(2027, 1, 11))
    ] == [52, 53, 1, 2]
    assert days == [date(2026, 12, 28), date(2027, 1, 4)]


def test_exceptions_cancel_move_and_closures_suspend() -> None:
    weekly = Series(1, 1, 1, 1, time(9), time(12), date(2026, 1, 1))
    changes = [
        Change(1, date(2026, 3, 3), cancelled=True),
        Change(1, date(2026, 3, 10), new_date=date(2026, 3, 12), new_start=time(14), new_end=time(16), new_office_id=2),
        Change(1, date(2026, 2, 24), new_date=date(2026, 3, 5)),  # moved in from outside the window
        Change(1, date(2026, 3, 31), new_date=date(2026, 4, 2)),  # moved out of the window
    ]
    closures = ClosureCalendar((Closure(1, date(2026, 3, 17), date(2026, 3, 17), "Travaux"),))
    got = {
        (o.day, o.status, o.office_id, o.start)
        for o in expand([weekly], changes, date(2026, 3, 1), date(2026, 3, 31), closures)
    }
    assert got == {
        (date(2026, 3, 3), Status.CANCELLED, 1, time(9)),
        (date(2026, 3, 5), Status.SCHEDULED, 1, time(9)),
        (date(2026, 3, 12), Status.SCHEDULED, 2, time(14)),
        (date(2026, 3, 17), Status.CLOSED, 1, time(9)),
        (date(2026, 3, 24), Status.SCHEDULED, 1, time(9)),
    }


# -- conflicts against a minute-by-minute oracle --------------------------------------
def oracle_conflict_days(candidate: Series, existing: list[Series], first: date, last: date) -> list[date]:
    """Days on which the candidate shares a minute with another in its office, or its organisation elsewhere."""
    taken_office: dict[tuple[date, int], set[int]] = {}
    taken_org: dict[tuple[date, int], set[int]] = {}
    for series in existing:
        for day in oracle_days(series, first, last):
            minutes = set(range(series.start.hour * 60 + series.start.minute, series.end.hour * 60 + series.end.minute))
            taken_office.setdefault((day, series.office_id), set()).update(minutes)
            taken_org.setdefault((day, series.organisation_id), set()).update(minutes)
    days = []
    for day in oracle_days(candidate, first, last):
        minutes = set(
            range(candidate.start.hour * 60 + candidate.start.minute, candidate.end.hour * 60 + candidate.end.minute)
        )
        if minutes & taken_office.get((day, candidate.office_id), set()) or minutes & taken_org.get(
            (day, candidate.organisation_id), set()
        ):
            days.append(day)
    return days


@settings(max_examples=200, deadline=None)
@given(
    candidate=series_strategy(99),
    others=st.lists(st.integers(1, 98).flatmap(lambda i: series_strategy(i)), max_size=6, unique_by=lambda s: s.id),
)
def test_conflict_detection_matches_the_minute_oracle(candidate: Series, others: list[Series]) -> None:
    existing = expand(others, [], YEAR_START, YEAR_END)
    # the existing series must not clash among themselves for the oracle to be about the candidate
    if first_conflict(existing, []) is not None:
        return
    conflict = first_conflict(expand([candidate], [], YEAR_START, YEAR_END), existing)
    expected = oracle_conflict_days(candidate, others, YEAR_START, YEAR_END)
    if expected:
        assert conflict is not None and conflict.day == expected[0]
    else:
        assert conflict is None


def test_even_weeks_against_first_tuesday() -> None:
    even = Series(1, 1, 1, 1, time(9), time(12), date(2026, 1, 1), recurrence=Recurrence(RecurrenceKind.EVEN_WEEKS))
    first_tuesday = Series(
        2,
        2,
        1,
        1,
        time(11),
        time(12),
        date(2026, 1, 1),
        recurrence=Recurrence(RecurrenceKind.WEEKS_OF_MONTH, weeks_of_month=frozenset({1})),
    )
    conflict = first_conflict(
        expand([first_tuesday], [], YEAR_START, YEAR_END), expand([even], [], YEAR_START, YEAR_END)
    )
    # 1st Tuesdays of 2026: 6 Jan (week 2, even) -> the first clash.
    assert conflict is not None and conflict.day == date(2026, 1, 6)


def test_occupancy_counts_held_minutes_over_open_minutes() -> None:
    weekly = Series(1, 1, 1, 1, time(9), time(12), date(2026, 1, 1))
    occurrences = expand([weekly], [], date(2026, 3, 2), date(2026, 3, 8))
    used, open_ = occupancy(occurrences, DEFAULT_OPENING_HOURS, 1, date(2026, 3, 2), date(2026, 3, 8))
    assert (used, open_) == (180, 5 * 390)
    closed = ClosureCalendar((Closure(1, date(2026, 3, 3), date(2026, 3, 3), "Fermé"),))
    occurrences = expand([weekly], [], date(2026, 3, 2), date(2026, 3, 8), closed)
    assert occupancy(occurrences, DEFAULT_OPENING_HOURS, 1, date(2026, 3, 2), date(2026, 3, 8), closed) == (0, 4 * 390)


def test_a_cancelled_occurrence_frees_its_slot() -> None:
    weekly = Series(1, 1, 1, 1, time(9), time(12), date(2026, 1, 1))
    existing = expand([weekly], [Change(1, date(2026, 3, 3), cancelled=True)], date(2026, 3, 3), date(2026, 3, 3))
    one_off = Occurrence(2, 2, 1, date(2026, 3, 3), time(10), time(11), date(2026, 3, 3))
    assert first_conflict([one_off], existing) is None


def test_parse_opening_spans() -> None:
    import pytest

    from maison_solidarite.domain.errors import ValidationError
    from maison_solidarite.domain.rota import format_spans, parse_spans

    assert parse_spans("13:30-17:00, 9:00 – 12:00") == ((time(9), time(12)), (time(13, 30), time(17)))
    assert parse_spans("9h00-12h00") == ((time(9), time(12)),)
    assert parse_spans("  ") == ()
    assert format_spans(parse_spans("9:00-12:00;13:30-17:00")) == "09:00-12:00, 13:30-17:00"
    for bad in ("9-12", "matin", "12:00-09:00", "10:00-10:00"):
        with pytest.raises(ValidationError):
            parse_spans(bad)


def test_only_series_that_may_share_a_day_are_expanded() -> None:
    from maison_solidarite.domain.rota import could_meet

    tuesday = Series(1, 1, 1, 1, time(9), time(12), date(2026, 1, 1))
    thursday = Series(2, 2, 1, 3, time(9), time(12), date(2026, 1, 1))
    dates = Series(
        3,
        3,
        1,
        4,
        time(9),
        time(12),
        date(2026, 1, 1),
        recurrence=Recurrence(RecurrenceKind.DATES, dates=(date(2026, 3, 6),)),
    )
    candidate = Series(9, 9, 1, 1, time(10), time(11), date(2026, 1, 1))
    assert [s.id for s in could_meet(candidate, [tuesday, thursday, dates], [])] == [1, 3]
    moved = [Change(2, date(2026, 3, 5), new_date=date(2026, 3, 10))]  # a Thursday moved to a Tuesday
    assert [s.id for s in could_meet(candidate, [tuesday, thursday, dates], moved)] == [1, 2, 3]


# -- closures that take part of a day ---------------------------------------------------
def test_a_closure_says_which_part_of_its_days_it_takes() -> None:
    day = date(2026, 11, 23)
    assert Closure(1, day, day, "Inventaire").part == ClosurePart.WHOLE_DAY
    assert Closure(1, day, day, "Réunion", *closure_times(ClosurePart.MORNING)).part == ClosurePart.MORNING
    assert Closure(1, day, day, "Réunion", *closure_times(ClosurePart.AFTERNOON)).part == ClosurePart.AFTERNOON
    assert closure_times(ClosurePart.AFTERNOON) == (MIDDAY, None)
    hours = Closure(1, day, day, "Formation", *closure_times(ClosurePart.HOURS, time(10), time(11, 30)))
    assert (hours.part, hours.start, hours.end) == (ClosurePart.HOURS, time(10), time(11, 30))


def test_a_half_day_closure_suspends_only_the_permanences_it_covers() -> None:
    monday = date(2026, 11, 23)
    morning = Series(1, 1, 1, 0, time(9), time(12), date(2026, 1, 1))
    afternoon = Series(2, 2, 2, 0, time(14), time(17), date(2026, 1, 1))
    across = Series(3, 3, 1, 0, time(12, 30), time(13, 30), date(2026, 1, 1))
    closures = ClosureCalendar((Closure(1, monday, monday, "Réunion d'équipe", MIDDAY, None),))
    got = {
        o.series_id: (o.status, o.closure) for o in expand([morning, afternoon, across], [], monday, monday, closures)
    }
    assert got == {
        1: (Status.SCHEDULED, None),
        2: (Status.CLOSED, "Réunion d'équipe"),
        3: (Status.CLOSED, "Réunion d'équipe"),  # it runs into the closed afternoon
    }
    assert closures.reason(monday) is None  # the day itself is open
    assert [c.label for c in closures.partial(monday)] == ["Réunion d'équipe"]
    assert closures.partial(monday + timedelta(days=1)) == []


minutes = st.integers(min_value=0, max_value=24 * 60 - 1).map(lambda m: time(m // 60, m % 60))


@given(a=minutes, b=minutes, c=minutes, d=minutes, whole=st.booleans())
def test_a_closure_covers_a_permanence_exactly_when_some_minute_of_both_is_shared(
    a: time, b: time, c: time, d: time, whole: bool
) -> None:
    (start, end), (p_start, p_end) = sorted((a, b)), sorted((c, d))
    assume(start < end and p_start < p_end)  # a permanence and a closure last a minute at least
    day = date(2026, 11, 24)
    closure = Closure(1, day, day, "x") if whole else Closure(1, day, day, "x", start, end)
    shared = any(
        (whole or start <= time(m // 60, m % 60) < end) and p_start <= time(m // 60, m % 60) < p_end
        for m in range(24 * 60)
    )
    assert closure.covers(day, p_start, p_end) == shared
    assert not closure.covers(day + timedelta(days=1), p_start, p_end)
    assert closure.covers(day) == whole
