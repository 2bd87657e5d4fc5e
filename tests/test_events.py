"""Events and their attendance on a real SQLite file: plans, office checks, series, attendance."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from maison_solidarite.db.event_models import EventRow, PersonAttendanceRow
from maison_solidarite.domain.errors import NotFoundError, ValidationError
from maison_solidarite.domain.events import EventDraft, EventKind, EventStatus, PartnerStatus
from maison_solidarite.domain.roles import PermissionDenied, Role
from maison_solidarite.domain.rota import Recurrence, RecurrenceKind
from maison_solidarite.services import Services
from maison_solidarite.services.attendance import PartnerMark
from maison_solidarite.services.context import DeskContext

TUESDAY = date(2026, 11, 17)  # T0's day
KEYS = ["7K2M9QXD4H", "ABCDEFGH12", "ZZZZZZZZZ0"]


@pytest.fixture
def rota(services: Services) -> dict[str, int]:
    """CRESUS on Tuesdays 9:00-12:00 in the first office; the second office is free."""
    offices = services.rota.offices()
    cresus = services.organisations.add("CRESUS", "CRESUS Bourgogne")
    caf = services.organisations.add("CAF", "CAF de Côte-d'Or")
    services.rota.add_series(cresus.id, offices[0].id, 1, time(9), time(12), date(2026, 11, 3))
    return {"cresus": cresus.id, "caf": caf.id, "office": offices[0].id, "free": offices[1].id}


def action(day: date = TUESDAY, office: int | None = None, **kw: object) -> EventDraft:
    values: dict[str, object] = {
        "kind": EventKind.ACTION,
        "title": "Petit-déjeuner santé",
        "day": day,
        "start": time(9),
        "end": time(10, 30),
        "office_id": office,
    }
    return EventDraft(**(values | kw))  # type: ignore[arg-type]


def count(services: Services, table: str) -> int:
    with services.db.read() as session:
        return int(session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_an_event_is_planned_read_back_and_audited(services: Services, rota) -> None:
    [made] = services.events.add(action(office=rota["free"], partner_ids=(rota["caf"], rota["caf"])))
    assert made.status == EventStatus.PLANNED and made.partner_ids == (rota["caf"],)
    assert services.events.between(TUESDAY, TUESDAY) == [made]
    assert services.events.event(made.id).title == "Petit-déjeuner santé"
    assert services.audit.trail(entity="event")[0].after["title"] == "Petit-déjeuner santé"  # type: ignore[index]


def test_an_event_in_an_office_a_permanence_takes_is_refused_with_nothing_written(services, rota) -> None:
    with pytest.raises(ValidationError) as refused:
        services.events.add(action(office=rota["office"], start=time(11), end=time(13)))
    assert "Bureau 1" in refused.value.render() and "09:00 to 12:00" in refused.value.render()
    assert "CRESUS" in refused.value.render() and "17/11/2026" in refused.value.render()
    assert count(services, "events") == 0 and count(services, "event_partners") == 0


def test_two_events_in_one_office_at_once_are_refused_and_a_permanence_may_not_take_an_events_office(
    services, rota
) -> None:
    [first] = services.events.add(action(office=rota["free"]))
    with pytest.raises(ValidationError, match="Petit-déjeuner santé"):
        services.events.add(action(office=rota["free"], title="Atelier numérique", start=time(10), end=time(11)))
    with pytest.raises(ValidationError, match="Petit-déjeuner santé"):
        services.rota.add_series(rota["caf"], rota["free"], 1, time(10), time(11), TUESDAY)
    services.events.set_status(first.id, EventStatus.CANCELLED)  # a cancelled event frees its office
    services.rota.add_series(rota["caf"], rota["free"], 1, time(10), time(11), TUESDAY + timedelta(days=7))
    assert count(services, "events") == 1


def test_a_series_recurs_with_the_rotas_rules_and_leaves_out_the_closed_days(services, rota) -> None:
    services.rota.add_closure(date(2026, 12, 15), date(2026, 12, 15), "Fermeture")
    rule = Recurrence(RecurrenceKind.WEEKS_OF_MONTH, weeks_of_month=frozenset({1, 3}))
    made = services.events.add(action(day=date(2026, 12, 1), office=rota["free"]), rule, date(2027, 1, 31))
    assert [e.day for e in made] == [date(2026, 12, 1), date(2027, 1, 5), date(2027, 1, 19)]
    assert len({e.series_id for e in made}) == 1 and made[0].series_id is not None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    start=st.integers(min_value=7 * 4, max_value=19 * 4).map(lambda q: time(q // 4, q % 4 * 15)),
    minutes=st.sampled_from([15, 30, 60, 90, 180]),
)
def test_an_event_clashes_with_the_permanence_exactly_when_their_times_overlap(services, rota, start, minutes) -> None:
    end_minutes = start.hour * 60 + start.minute + minutes
    if end_minutes >= 24 * 60:
        return
    end = time(end_minutes // 60, end_minutes % 60)
    day = TUESDAY + timedelta(days=7 * (1 + start.hour))  # a Tuesday of its own for each example
    clashes = start < time(12) and time(9) < end
    try:
        services.events.add(action(day=day, office=rota["office"], start=start, end=end))
    except ValidationError:
        assert clashes
    else:
        assert not clashes
        with services.db.write() as session:
            session.execute(text("DELETE FROM events"))


def test_bad_events_are_refused_in_french(services, rota) -> None:
    for bad in (
        action(title="  "),
        action(start=time(11), end=time(10)),
        action(office=rota["free"], place="Salle des fêtes"),
    ):
        with pytest.raises(ValidationError) as refused:
            services.events.add(bad)
        assert refused.value.render().endswith("Nothing was saved.")
    with pytest.raises(NotFoundError):
        services.events.add(action(office=999))
    with pytest.raises(NotFoundError):
        services.events.add(action(partner_ids=(999,)))
    assert count(services, "events") == 0


def test_attendance_on_a_future_or_cancelled_event_is_refused(services, rota, clock) -> None:
    [later] = services.events.add(action(day=TUESDAY + timedelta(days=1)))
    with pytest.raises(ValidationError, match="once it has begun"):
        services.attendance.set_headcount(later.id, 10)
    [today] = services.events.add(action(start=time(8), end=time(9)))
    services.events.set_status(today.id, EventStatus.CANCELLED)
    with pytest.raises(ValidationError, match="cancelled"):
        services.attendance.add_people(today.id, KEYS[:1])
    assert count(services, "event_headcounts") == 0 and count(services, "person_attendance") == 0


def test_a_person_listed_twice_refuses_the_whole_list(services, rota) -> None:
    [event] = services.events.add(action(start=time(8), end=time(9)))
    with pytest.raises(ValidationError, match="twice"):
        services.attendance.add_people(event.id, [KEYS[0], KEYS[1], KEYS[0]])
    assert count(services, "person_attendance") == 0
    services.attendance.add_people(event.id, KEYS[:2])
    with pytest.raises(ValidationError, match="twice"):
        services.attendance.add_people(event.id, [KEYS[2], KEYS[1]])
    attendance = services.attendance.of(event.id)
    assert {p.person_key for p in attendance.people} == set(KEYS[:2]) and attendance.present == 2
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(PersonAttendanceRow)) == 2
    trail = services.audit.trail(entity="person_attendance")
    assert trail[0].after == {"count": 2, "day": "2026-11-17", "status": "present", "title": "Petit-déjeuner santé"}


def test_a_meetings_partners_are_invited_before_and_marked_after_the_latest_entry_wins(services, rota, clock) -> None:
    meeting = EventDraft(EventKind.MEETING, "Réunion plénière", TUESDAY + timedelta(days=2), time(14), time(16))
    [event] = services.events.add(meeting)
    services.attendance.mark_partner(event.id, rota["caf"], PartnerStatus.INVITED)
    services.attendance.mark_partner(event.id, rota["cresus"], PartnerStatus.INVITED)
    with pytest.raises(ValidationError):
        services.attendance.mark_partner(event.id, rota["caf"], PartnerStatus.PRESENT, people=2)
    clock.advance(days=2, hours=5)
    services.attendance.mark_partner(event.id, rota["caf"], PartnerStatus.PRESENT, people=3, speaker=True)
    clock.advance(minutes=1)
    attendance = services.attendance.mark_partner(event.id, rota["cresus"], PartnerStatus.EXCUSED)
    assert [(p.organisation_id, p.status, p.people, p.speaker) for p in attendance.partners] == [
        (rota["cresus"], PartnerStatus.EXCUSED, None, False),
        (rota["caf"], PartnerStatus.PRESENT, 3, True),
    ]
    assert attendance.present == 3
    with pytest.raises(ValidationError, match="partner meeting"):
        services.attendance.set_headcount(event.id, 12)
    with pytest.raises(ValidationError, match="Only a partner present"):
        services.attendance.mark_partner(event.id, rota["cresus"], PartnerStatus.ABSENT, people=1)


@pytest.mark.parametrize(
    ("begun", "last", "refusal"),
    [
        (False, PartnerMark(0, PartnerStatus.PRESENT, 2), "once it has begun"),
        (True, PartnerMark(-1, PartnerStatus.ABSENT), "twice"),
        (True, PartnerMark(0, PartnerStatus.EXCUSED, 1), "Only a partner present"),
        (True, PartnerMark(0, PartnerStatus.ABSENT, None, True), "Only a partner present"),
    ],
)
def test_a_list_of_partners_whose_last_line_is_refused_writes_nothing(
    services, rota, begun: bool, last: PartnerMark, refusal: str
) -> None:
    day = TUESDAY if begun else TUESDAY + timedelta(days=2)
    [event] = services.events.add(EventDraft(EventKind.MEETING, "Réunion plénière", day, time(8), time(9)))
    first = PartnerMark(rota["caf"], PartnerStatus.INVITED)
    bad = PartnerMark(
        rota["caf"] if last.organisation_id == -1 else rota["cresus"], last.status, last.people, last.speaker
    )
    with pytest.raises(ValidationError, match=refusal):
        services.attendance.mark_partners(event.id, [first, bad])
    assert count(services, "partner_attendance") == 0
    assert services.audit.trail(entity="partner_attendance") == []
    assert services.attendance.of(event.id).partners == ()
    attendance = services.attendance.mark_partners(
        event.id, [first, PartnerMark(rota["cresus"], PartnerStatus.INVITED)]
    )
    assert {p.organisation_id for p in attendance.partners} == {rota["caf"], rota["cresus"]}
    assert count(services, "partner_attendance") == 2


def test_a_list_of_partners_on_a_cancelled_meeting_writes_nothing(services, rota) -> None:
    [event] = services.events.add(EventDraft(EventKind.MEETING, "Réunion plénière", TUESDAY, time(8), time(9)))
    services.events.set_status(event.id, EventStatus.CANCELLED)
    marks = [PartnerMark(rota["caf"], PartnerStatus.PRESENT, 1), PartnerMark(rota["cresus"], PartnerStatus.INVITED)]
    with pytest.raises(ValidationError, match="was cancelled"):
        services.attendance.mark_partners(event.id, marks)
    with pytest.raises(ValidationError, match="at least one partner"):
        services.attendance.mark_partners(event.id, [])
    assert count(services, "partner_attendance") == 0


def test_a_headcount_is_replaced_by_the_next_and_agents_record_but_do_not_plan(services, rota, db, clock) -> None:
    [event] = services.events.add(action(start=time(8), end=time(9)))
    agent = Services.create(db, DeskContext("desk-test", "nadia", clock, role=Role.AGENT))
    agent.attendance.set_headcount(event.id, 9)
    clock.advance(minutes=1)
    assert agent.attendance.set_headcount(event.id, 11).headcount == 11
    agent.events.set_status(event.id, EventStatus.HELD)
    with pytest.raises(PermissionDenied):
        agent.events.set_status(event.id, EventStatus.CANCELLED)
    with pytest.raises(PermissionDenied):
        agent.events.add(action(day=TUESDAY + timedelta(days=3)))
    assert services.events.event(event.id).status == EventStatus.HELD
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(EventRow)) == 1


def test_a_project_is_led_together_by_partners(services, rota) -> None:
    project = services.events.add_project("Forum de l'accès aux droits", 2026, (rota["caf"], rota["cresus"]))
    assert services.events.projects(2026) == [project] and services.events.projects(2025) == []
    with pytest.raises(ValidationError):
        services.events.add_project(" ", 2026, ())


def test_the_audit_trail_names_events_and_their_attendance_in_words(services, rota, clock) -> None:
    from maison_solidarite.services.audit_words import Wording, change_lines, record_words

    [event] = services.events.add(action(start=time(8), end=time(9), partner_ids=(rota["caf"],)))
    services.events.set_status(event.id, EventStatus.HELD)
    services.attendance.set_headcount(event.id, 9)
    names, w = services.audit.names(), Wording(lambda _c, text: text)
    said = {
        (e.entity, e.action): (record_words(e, names, w), change_lines(e, names, w))
        for e in services.audit.trail()
        if e.entity in {"event", "event_headcount"}
    }
    assert said[("event", "create")][0] == "Event « Petit-déjeuner santé » of 17/11/2026"
    assert "Partners: CAF" in said[("event", "create")][1] and "Kind: Collective action" in said[("event", "create")][1]
    assert said[("event", "update")][1] == ["Status: Planned → Held"]  # only what changed
    assert said[("event_headcount", "create")] == (
        "Attendance at « Petit-déjeuner santé » of 17/11/2026",
        ["Number: 9", "Day: 17/11/2026", "Title: Petit-déjeuner santé"],
    )


def test_a_permanence_moved_into_an_events_office_and_an_event_moved_onto_one_are_refused(services, rota) -> None:
    next_tuesday = TUESDAY + timedelta(days=7)
    [event] = services.events.add(action(day=next_tuesday, office=rota["free"], start=time(9), end=time(10)))
    cresus_series = services.rota.series(rota["cresus"])[0].id
    with pytest.raises(ValidationError, match="Petit-déjeuner santé"):
        services.rota.move_occurrence(cresus_series, next_tuesday, new_office_id=rota["free"])
    with pytest.raises(ValidationError, match="CRESUS"):
        services.events.edit(event.id, action(day=next_tuesday, office=rota["office"], start=time(9), end=time(10)))
    assert services.events.event(event.id).office_id == rota["free"]  # unchanged
    moved = services.events.edit(event.id, action(day=next_tuesday, office=rota["free"], start=time(8), end=time(9)))
    assert (moved.start, moved.version) == (time(8), 2)


def test_participants_keys_go_with_the_person_keys_retention_and_their_number_stays(services, rota, db, ctx) -> None:
    from maison_solidarite.services.person_keys import purge_keys

    old_day, recent_day = date(2024, 6, 4), date(2025, 6, 3)  # before and after the cutoff, 1 November 2024
    [old] = services.events.add(action(day=old_day))
    [counted] = services.events.add(action(day=old_day, title="Atelier budget"))
    [recent] = services.events.add(action(day=recent_day))
    services.attendance.add_people(old.id, KEYS)
    services.attendance.add_people(counted.id, KEYS[:2])
    services.attendance.set_headcount(counted.id, 14)  # typed: kept as it is
    services.attendance.add_people(recent.id, KEYS[:1])
    purge_keys(db, ctx)
    assert services.attendance.of(old.id).people == () and services.attendance.of(old.id).headcount == 3
    assert services.attendance.of(counted.id).headcount == 14
    assert [p.person_key for p in services.attendance.of(recent.id).people] == KEYS[:1]
    purges = [e for e in services.audit.trail(entity="person_attendance") if e.action == "purge"]
    assert [e.after for e in purges] == [{"before": "2024-11-01", "count": 5}]
    purge_keys(db, ctx)  # a second start finds nothing more to erase, and counts nothing twice
    assert count(services, "event_headcounts") == 2 and count(services, "person_attendance") == 1


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(marks=st.lists(st.tuples(st.booleans(), st.sampled_from(list(PartnerStatus))), min_size=1, max_size=8))
def test_a_partners_latest_entry_is_its_attendance(services, rota, clock, marks) -> None:
    meeting = EventDraft(EventKind.MEETING, "Groupe de travail", TUESDAY, time(8), time(9))
    [event] = services.events.add(meeting)
    expected: dict[int, PartnerStatus] = {}
    for is_caf, status in marks:
        partner = rota["caf"] if is_caf else rota["cresus"]
        clock.advance(seconds=1)
        services.attendance.mark_partner(event.id, partner, status)
        expected[partner] = status
    assert {p.organisation_id: p.status for p in services.attendance.of(event.id).partners} == expected
    with services.db.write() as session:
        session.execute(text("DELETE FROM events"))
