"""Editing the rota: conflicts, exceptions that survive edits, closures, permissions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest
from sqlalchemy import text

from maison_solidarite.domain.errors import NotFoundError, ValidationError
from maison_solidarite.domain.permanences import ClosurePart, closure_times
from maison_solidarite.domain.roles import PermissionDenied, Role
from maison_solidarite.domain.rota import LAST, Recurrence, RecurrenceKind, Status
from maison_solidarite.services import Services
from maison_solidarite.services.audit import entries
from maison_solidarite.services.context import DeskContext
from maison_solidarite.services.rota import EditScope, SeriesChange


@pytest.fixture
def orgs(services: Services) -> dict[str, int]:
    return {
        acronym: services.organisations.add(acronym, name).id
        for acronym, name in [("CAF", "CAF de Côte-d'Or"), ("CRESUS", "CRESUS Bourgogne"), ("ADAVIP", "ADAVIP 21")]
    }


@pytest.fixture
def offices(services: Services) -> list[int]:
    return [o.id for o in services.rota.offices()]


def series_count(services: Services) -> int:
    with services.db.read() as session:
        return session.execute(text("SELECT count(*) FROM permanence_series")).scalar_one()


def day_of(services: Services, day: date, organisation_id: int | None = None) -> list[tuple]:
    return [(o.office_id, o.start, o.end, o.status) for o in services.rota.occurrences(day, day, organisation_id)]


TUESDAY = 1
START = date(2026, 11, 17)  # the clock's Tuesday


def test_two_offices_by_default(services) -> None:
    assert [o.name for o in services.rota.offices()] == ["Bureau 1", "Bureau 2"]


def test_an_overlap_in_the_same_office_is_refused_naming_both_and_the_first_date(services, orgs, offices) -> None:
    services.rota.add_series(orgs["CAF"], offices[0], TUESDAY, time(9), time(12), START)
    fortnight = Recurrence(RecurrenceKind.EVERY_N_WEEKS, interval=2)
    with pytest.raises(ValidationError) as caught:
        services.rota.add_series(
            orgs["CRESUS"], offices[0], TUESDAY, time(11), time(12), date(2026, 12, 1), recurrence=fortnight
        )
    message = caught.value.render()
    assert "CRESUS (Bureau 1, 11:00–12:00)" in message and "CAF (Bureau 1, 09:00–12:00)" in message
    assert "Tuesday 01/12/2026" in message
    assert series_count(services) == 1


def test_an_organisation_cannot_be_in_both_offices_at_once(services, orgs, offices) -> None:
    services.rota.add_series(orgs["CAF"], offices[0], TUESDAY, time(9), time(12), START)
    with pytest.raises(ValidationError) as caught:
        services.rota.add_series(orgs["CAF"], offices[1], TUESDAY, time(10), time(11), START)
    assert "two offices at once" in str(caught.value)
    assert series_count(services) == 1


def test_an_even_week_series_against_a_first_tuesday_series(services, orgs, offices) -> None:
    services.rota.add_series(
        orgs["CAF"], offices[0], TUESDAY, time(9), time(12), START, recurrence=Recurrence(RecurrenceKind.EVEN_WEEKS)
    )
    first_tuesday = Recurrence(RecurrenceKind.WEEKS_OF_MONTH, weeks_of_month=frozenset({1}))
    with pytest.raises(ValidationError) as caught:
        services.rota.add_series(
            orgs["ADAVIP"], offices[0], TUESDAY, time(11), time(12), START, recurrence=first_tuesday
        )
    # First Tuesdays: 1 Dec 2026 is in ISO week 49 (odd), 5 Jan 2027 in week 1 (odd), 2 Feb 2027 in week 5,
    # 2 Mar in week 9, 6 Apr in week 14 (even): the first clash.
    assert "06/04/2027" in str(caught.value)
    # the last Tuesday of the month, in the other office, is fine
    services.rota.add_series(
        orgs["ADAVIP"],
        offices[1],
        TUESDAY,
        time(11),
        time(12),
        START,
        recurrence=Recurrence(RecurrenceKind.WEEKS_OF_MONTH, weeks_of_month=frozenset({LAST})),
    )


@pytest.mark.parametrize(
    "kwargs, words",
    [
        ({"start": time(12), "end": time(9)}, "ends (09:00) before it starts (12:00)"),
        ({"start": time(10), "end": time(10)}, "zero minutes"),
        ({"recurrence": Recurrence(RecurrenceKind.WEEKS_OF_MONTH)}, "at least one week of the month"),
        ({"recurrence": Recurrence(RecurrenceKind.DATES)}, "at least one date"),
        ({"start": time(8), "end": time(10)}, "outside the opening hours"),
        ({"start": time(11), "end": time(14)}, "outside the opening hours"),  # over the lunch closure
        ({"weekday": 5}, "Saturday is outside the opening hours"),
        ({"valid_until": date(2026, 1, 1)}, "before its first day"),
    ],
)
def test_bad_series_are_refused_and_nothing_written(services, orgs, offices, kwargs, words) -> None:
    args = {
        "organisation_id": orgs["CAF"],
        "office_id": offices[0],
        "weekday": TUESDAY,
        "start": time(9),
        "end": time(12),
        "valid_from": START,
    }
    args.update(kwargs)
    with pytest.raises(ValidationError) as caught:
        services.rota.add_series(**args)
    assert words in caught.value.render()
    assert series_count(services) == 0


def test_unknown_office_or_organisation(services, orgs, offices) -> None:
    with pytest.raises(NotFoundError):
        services.rota.add_series(orgs["CAF"], 999, TUESDAY, time(9), time(12), START)
    with pytest.raises(NotFoundError):
        services.rota.add_series(999, offices[0], TUESDAY, time(9), time(12), START)
    assert series_count(services) == 0


def test_cancel_and_move_one_occurrence(services, orgs, offices) -> None:
    caf = services.rota.add_series(orgs["CAF"], offices[0], TUESDAY, time(9), time(12), START)
    services.rota.cancel_occurrence(caf.id, date(2026, 11, 24))
    services.rota.move_occurrence(
        caf.id, date(2026, 12, 1), new_start=time(13, 30), new_end=time(16), new_office_id=offices[1]
    )
    assert day_of(services, date(2026, 11, 24)) == [(offices[0], time(9), time(12), Status.CANCELLED)]
    assert day_of(services, date(2026, 12, 1)) == [(offices[1], time(13, 30), time(16), Status.SCHEDULED)]
    services.rota.restore_occurrence(caf.id, date(2026, 11, 24))
    assert day_of(services, date(2026, 11, 24)) == [(offices[0], time(9), time(12), Status.SCHEDULED)]
    with pytest.raises(ValidationError):
        services.rota.cancel_occurrence(caf.id, date(2026, 11, 25))  # a Wednesday: no such occurrence


def test_a_move_into_a_closed_day_is_refused(services, orgs, offices) -> None:
    caf = services.rota.add_series(orgs["CAF"], offices[0], TUESDAY, time(9), time(12), START)
    with pytest.raises(ValidationError) as caught:
        services.rota.move_occurrence(caf.id, date(2026, 12, 22), new_date=date(2026, 12, 25))
    assert "closed on 25/12/2026 (Noël)" in caught.value.render()
    services.rota.add_closure(date(2026, 12, 29), date(2026, 12, 31), "Inventaire")
    with pytest.raises(ValidationError):
        services.rota.move_occurrence(caf.id, date(2026, 12, 22), new_date=date(2026, 12, 30))
    assert services.rota.changes() == []


def test_a_move_onto_another_permanence_is_refused(services, orgs, offices) -> None:
    caf = services.rota.add_series(orgs["CAF"], offices[0], TUESDAY, time(9), time(12), START)
    services.rota.add_series(orgs["CRESUS"], offices[1], TUESDAY, time(9), time(12), START)
    with pytest.raises(ValidationError) as caught:
        services.rota.move_occurrence(caf.id, date(2026, 11, 24), new_office_id=offices[1])
    assert "CAF (Bureau 2, 09:00–12:00) overlaps CRESUS (Bureau 2, 09:00–12:00)" in str(caught.value)


def test_editing_the_whole_series_keeps_the_exceptions(services, orgs, offices) -> None:
    caf = services.rota.add_series(orgs["CAF"], offices[0], TUESDAY, time(9), time(12), START)
    services.rota.cancel_occurrence(caf.id, date(2026, 12, 8))
    services.rota.move_occurrence(caf.id, date(2026, 12, 15), new_office_id=offices[1])
    services.rota.edit(caf.id, date(2026, 11, 24), EditScope.SERIES, SeriesChange(start=time(9, 30), end=time(11, 30)))
    assert day_of(services, date(2026, 11, 24)) == [(offices[0], time(9, 30), time(11, 30), Status.SCHEDULED)]
    assert day_of(services, date(2026, 12, 8))[0][3] == Status.CANCELLED
    assert day_of(services, date(2026, 12, 15)) == [(offices[1], time(9, 30), time(11, 30), Status.SCHEDULED)]


def test_a_series_change_keeps_what_it_does_not_give_and_none_removes_the_last_day(services, orgs, offices) -> None:
    caf = services.rota.add_series(orgs["CAF"], offices[0], TUESDAY, time(9), time(12), START, date(2027, 6, 29))
    assert SeriesChange().applied_to(caf) == caf and SeriesChange(valid_until=None).given() == {"valid_until"}
    endless = services.rota.edit(caf.id, START, EditScope.SERIES, SeriesChange(valid_until=None))
    assert endless == replace(caf, valid_until=None) and services.rota.series() == [endless]
    with pytest.raises(ValueError, match="office and its times only"):
        services.rota.edit(caf.id, START, EditScope.OCCURRENCE, SeriesChange(weekday=2, start=time(10)))
    assert services.rota.changes() == []


def test_editing_this_and_the_following_splits_the_series(services, orgs, offices) -> None:
    caf = services.rota.add_series(orgs["CAF"], offices[0], TUESDAY, time(9), time(12), START)
    services.rota.cancel_occurrence(caf.id, date(2026, 11, 24))  # before the split: stays
    services.rota.cancel_occurrence(caf.id, date(2026, 12, 15))  # after: goes with the new part
    tail = services.rota.edit(caf.id, date(2026, 12, 8), EditScope.FOLLOWING, SeriesChange(office_id=offices[1]))
    assert tail.id != caf.id and tail.valid_from == date(2026, 12, 8)
    assert day_of(services, date(2026, 12, 1)) == [(offices[0], time(9), time(12), Status.SCHEDULED)]
    assert day_of(services, date(2026, 12, 8)) == [(offices[1], time(9), time(12), Status.SCHEDULED)]
    assert day_of(services, date(2026, 11, 24))[0][3] == Status.CANCELLED
    assert day_of(services, date(2026, 12, 15)) == [(offices[1], time(9), time(12), Status.CANCELLED)]
    assert [s.valid_until for s in services.rota.series()] == [date(2026, 12, 7), None]


def test_this_and_following_keeps_a_fortnightly_rhythm(services, orgs, offices) -> None:
    fortnight = Recurrence(RecurrenceKind.EVERY_N_WEEKS, interval=2)
    cresus = services.rota.add_series(
        orgs["CRESUS"], offices[0], 3, time(9), time(12), date(2026, 11, 19), recurrence=fortnight
    )
    services.rota.edit(cresus.id, date(2026, 12, 17), EditScope.FOLLOWING, SeriesChange(start=time(10)))
    days = [(o.day, o.start) for o in services.rota.occurrences(date(2026, 11, 19), date(2027, 1, 31))]
    assert days == [
        (date(2026, 11, 19), time(9)),
        (date(2026, 12, 3), time(9)),
        (date(2026, 12, 17), time(10)),
        (date(2026, 12, 31), time(10)),
        (date(2027, 1, 14), time(10)),
        (date(2027, 1, 28), time(10)),
    ]


def test_a_refused_edit_changes_nothing(services, orgs, offices) -> None:
    caf = services.rota.add_series(orgs["CAF"], offices[0], TUESDAY, time(9), time(12), START)
    services.rota.add_series(orgs["CRESUS"], offices[1], TUESDAY, time(9), time(12), START)
    before = services.rota.series()
    with pytest.raises(ValidationError):
        services.rota.edit(caf.id, date(2026, 12, 8), EditScope.FOLLOWING, SeriesChange(office_id=offices[1]))
    assert services.rota.series() == before


def test_closures_suspend_occurrences_and_name_the_partners_affected(services, orgs, offices) -> None:
    services.rota.add_series(orgs["CAF"], offices[0], TUESDAY, time(9), time(12), START)
    services.rota.add_series(orgs["CRESUS"], offices[1], 2, time(14), time(17), START)
    closure, affected = services.rota.add_closure(date(2026, 12, 1), date(2026, 12, 4), "Travaux au rez-de-chaussée")
    assert {(o.organisation_id, o.day) for o in affected} == {
        (orgs["CAF"], date(2026, 12, 1)),
        (orgs["CRESUS"], date(2026, 12, 2)),
    }
    assert day_of(services, date(2026, 12, 1))[0][3] == Status.CLOSED
    services.rota.remove_closure(closure.id)
    assert day_of(services, date(2026, 12, 1))[0][3] == Status.SCHEDULED


def test_public_holidays_are_closures(services, orgs, offices) -> None:
    services.rota.add_series(orgs["CRESUS"], offices[1], 4, time(9), time(12), START)  # Fridays
    (christmas,) = services.rota.occurrences(date(2026, 12, 25), date(2026, 12, 25))
    assert (christmas.status, christmas.closure) == (Status.CLOSED, "Noël")


@pytest.mark.parametrize(
    "first, last, label",
    [(date(2026, 12, 4), date(2026, 12, 1), "Travaux"), (date(2026, 12, 1), date(2026, 12, 1), "  ")],
)
def test_bad_closures(services, first, last, label) -> None:
    with pytest.raises(ValidationError):
        services.rota.add_closure(first, last, label)
    assert services.rota.closures() == []


def test_only_coordinators_change_the_rota(services, db, clock, orgs, offices) -> None:
    caf = services.rota.add_series(orgs["CAF"], offices[0], TUESDAY, time(9), time(12), START)
    agent = Services.create(db, DeskContext("desk-2", "agent.two", clock, role=Role.AGENT))
    for action in (
        lambda: agent.rota.add_series(orgs["CRESUS"], offices[1], TUESDAY, time(9), time(12), START),
        lambda: agent.rota.cancel_occurrence(caf.id, date(2026, 11, 24)),
        lambda: agent.rota.move_occurrence(caf.id, date(2026, 11, 24), new_office_id=offices[1]),
        lambda: agent.rota.edit(caf.id, START, EditScope.SERIES, SeriesChange(start=time(10))),
        lambda: agent.rota.delete_series(caf.id),
        lambda: agent.rota.add_closure(START, START, "Fermé"),
    ):
        with pytest.raises(PermissionDenied) as caught:
            action()
        assert "coordinator" in str(caught.value)
    assert agent.rota.series() == [caf] and agent.rota.changes() == [] and agent.rota.closures() == []
    assert len(agent.rota.week(START).occurrences) == 1  # agents read it


def test_today_says_who_is_here_now_and_who_comes_next(services, clock, orgs, offices) -> None:
    services.rota.add_series(orgs["CAF"], offices[0], TUESDAY, time(9), time(12), START)
    services.rota.add_series(orgs["CRESUS"], offices[0], TUESDAY, time(13, 30), time(17), START)
    services.rota.add_series(orgs["ADAVIP"], offices[1], TUESDAY, time(14), time(16), START)
    first, second = services.rota.today()  # Tuesday 10:00
    assert (first.now.organisation_id, first.next.organisation_id) == (orgs["CAF"], orgs["CRESUS"])
    assert (second.now, second.next.organisation_id) == (None, orgs["ADAVIP"])
    clock.current = datetime(2026, 11, 17, 14, 30)
    first, second = services.rota.today()
    assert (first.now.organisation_id, first.next) == (orgs["CRESUS"], None)
    assert second.now.organisation_id == orgs["ADAVIP"]


def test_week_occupancy(services, orgs, offices) -> None:
    services.rota.add_series(orgs["CAF"], offices[0], TUESDAY, time(9), time(12), START)
    services.rota.add_series(orgs["CRESUS"], offices[0], 3, time(13, 30), time(17), START)
    week = services.rota.week(date(2026, 11, 19))
    assert week.monday == date(2026, 11, 16)
    assert [(w.minutes_held, w.minutes_open) for w in week.offices] == [(180 + 210, 5 * 390), (0, 5 * 390)]
    assert round(week.offices[0].occupancy * 100, 1) == 20.0


def test_every_rota_change_is_audited(services, orgs, offices) -> None:
    caf = services.rota.add_series(orgs["CAF"], offices[0], TUESDAY, time(9), time(12), START)
    services.rota.cancel_occurrence(caf.id, date(2026, 11, 24))
    services.rota.edit(caf.id, START, EditScope.SERIES, SeriesChange(end=time(11)))
    services.rota.delete_series(caf.id)
    assert [e.action for e in entries(services.db, "permanence")] == ["create", "update", "delete"]
    assert [e.action for e in entries(services.db, "permanence_change")] == ["create"]


def test_opening_hours_are_configurable(services, orgs, offices) -> None:
    from maison_solidarite.domain.rota import DEFAULT_OPENING_HOURS

    hours = dict(DEFAULT_OPENING_HOURS)
    hours[5] = ((time(9), time(12)),)  # open on Saturday mornings
    services.rota.set_opening_hours(hours)
    services.rota.add_series(orgs["CAF"], offices[0], 5, time(9), time(11), START)
    assert services.rota.opening_hours()[5] == ((time(9), time(12)),)
    assert len(services.rota.week(START).offices) == 2


def test_hours_that_would_strand_a_permanence_are_refused(services, orgs, offices) -> None:
    from maison_solidarite.domain.rota import DEFAULT_OPENING_HOURS

    services.rota.add_series(orgs["CAF"], offices[0], TUESDAY, time(13, 30), time(17), START)
    shorter = dict(DEFAULT_OPENING_HOURS)
    shorter[TUESDAY] = ((time(9), time(12)), (time(13, 30), time(16)))
    with pytest.raises(ValidationError) as caught:
        services.rota.set_opening_hours(shorter)
    assert "CAF" in caught.value.render()
    assert services.rota.opening_hours()[TUESDAY][1] == (time(13, 30), time(17))
    overlapping = dict(DEFAULT_OPENING_HOURS)
    overlapping[0] = ((time(9), time(13)), (time(12), time(17)))
    with pytest.raises(ValidationError) as caught:
        services.rota.set_opening_hours(overlapping)
    assert "overlap" in caught.value.render()


def test_offices_are_configurable(services, orgs, offices) -> None:
    third = services.rota.add_office("Salle de réunion")
    renamed = services.rota.rename_office(offices[1], "Bureau des partenaires")
    assert [o.name for o in services.rota.offices()] == ["Bureau 1", "Bureau des partenaires", "Salle de réunion"]
    with pytest.raises(ValidationError):
        services.rota.add_office("bureau 1")
    services.rota.add_series(orgs["CAF"], third.id, TUESDAY, time(9), time(12), START)
    with pytest.raises(ValidationError) as caught:
        services.rota.set_office_active(third.id, False)
    assert "24/11/2026" not in caught.value.render() and "17/11/2026" in caught.value.render()
    services.rota.set_office_active(renamed.id, False)
    assert [o.name for o in services.rota.offices()] == ["Bureau 1", "Salle de réunion"]
    with pytest.raises(ValidationError):
        services.rota.add_series(orgs["CRESUS"], renamed.id, TUESDAY, time(9), time(12), START)


def test_one_off_dates_start_on_their_first_date(services, orgs, offices) -> None:
    dates = (date(2032, 3, 5), date(2032, 4, 2))  # far from the form's start date
    series = services.rota.add_series(
        orgs["CAF"],
        offices[1],
        0,
        time(14),
        time(16),
        date(2016, 1, 4),
        recurrence=Recurrence(RecurrenceKind.DATES, dates=dates),
    )
    assert series.valid_from == date(2032, 3, 5) and series.weekday == 4
    assert [o.day for o in services.rota.occurrences(date(2032, 1, 1), date(2032, 12, 31))] == list(dates)


# -- closures that take part of a day ---------------------------------------------------
def test_an_afternoon_closure_suspends_the_afternoon_only_and_reception_sees_it(services, orgs, offices, clock) -> None:
    services.rota.add_series(orgs["CAF"], offices[0], TUESDAY, time(9), time(12), START)
    services.rota.add_series(orgs["CRESUS"], offices[1], TUESDAY, time(14), time(17), START)
    clock.current = datetime(2026, 11, 17, 13, 45)  # the clock's Tuesday, after lunch
    closure, affected = services.rota.add_closure(
        START, START, "Réunion d'équipe", *closure_times(ClosurePart.AFTERNOON)
    )
    assert closure.part == ClosurePart.AFTERNOON
    assert [(o.organisation_id, o.start) for o in affected] == [(orgs["CRESUS"], time(14))]
    assert day_of(services, START) == [
        (offices[0], time(9), time(12), Status.SCHEDULED),
        (offices[1], time(14), time(17), Status.CLOSED),
    ]
    # "who is here today": nobody comes next in Bureau 2, and the day itself is open
    assert [o.next for o in services.rota.today()] == [None, None]
    assert services.rota.closure_calendar().reason(START) is None
    assert [c.label for c in services.rota.closure_calendar().partial(START)] == ["Réunion d'équipe"]
    # the stored closure keeps its times, and the audit trail says them
    (stored,) = services.rota.closures()
    assert (stored.start, stored.end) == (time(13), None)
    created = [e for e in entries(services.db) if e.entity == "closure"][-1]
    assert created.after is not None and created.after["start"] == "13:00" and "end" not in created.after


def test_a_move_into_the_closed_part_of_a_day_is_refused_and_the_rest_of_the_day_stays_open(
    services, orgs, offices
) -> None:
    caf = services.rota.add_series(orgs["CAF"], offices[0], TUESDAY, time(9), time(12), START)
    monday = date(2026, 11, 23)
    services.rota.add_closure(monday, monday, "Formation", time(10), time(11))
    with pytest.raises(ValidationError) as caught:
        services.rota.move_occurrence(caf.id, date(2026, 12, 1), new_date=monday)  # 09:00-12:00 meets 10:00-11:00
    assert "closed for part of 23/11/2026 (Formation)" in caught.value.render()
    assert day_of(services, monday) == [] and day_of(services, date(2026, 12, 1))[0][3] == Status.SCHEDULED
    services.rota.move_occurrence(caf.id, date(2026, 12, 1), new_date=monday, new_start=time(11), new_end=time(12))
    assert day_of(services, monday) == [(offices[0], time(11), time(12), Status.SCHEDULED)]


def test_a_closure_that_ends_before_it_starts_is_refused_and_writes_nothing(services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.rota.add_closure(START, START, "Formation", time(11), time(10))
    assert "11:00" in caught.value.render() and "10:00" in caught.value.render()
    assert services.rota.closures() == []
