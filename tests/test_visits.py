"""Logging, editing, deleting and undoing visits, with the audit trail and the counters."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import text

from maison_solidarite.domain.errors import NotFoundError, ValidationError
from maison_solidarite.domain.visits import EDITABLE_FIELDS, AgeBand, Channel, Outcome, ProfileField
from maison_solidarite.services import Services
from maison_solidarite.services.audit import entries
from maison_solidarite.services.context import DeskContext
from maison_solidarite.services.visits import VisitChange

from .conftest import T0


def count_visits(services: Services) -> int:
    with services.db.read() as session:
        return session.execute(text("SELECT count(*) FROM visits")).scalar_one()


def test_log_records_now_with_desk_agent_and_a_unique_id(services, category_ids) -> None:
    first = services.visits.log(category_ids["rights"])
    second = services.visits.log(category_ids["rights"])
    assert first.uid != second.uid and len(first.uid) == 36
    stored = services.visits.get(first.uid)
    assert stored.visited_at == T0
    assert stored.channel == Channel.WALK_IN and stored.outcome == Outcome.ANSWERED
    assert (stored.desk_id, stored.agent) == ("desk-test", "agent.test")


def test_a_visit_holds_no_name_column(services) -> None:
    with services.db.read() as session:
        columns = [row[1] for row in session.execute(text("PRAGMA table_info(visits)"))]
    assert not [c for c in columns if "name" in c or "phone" in c or "mail" in c]


def test_details_are_recorded(services, category_ids) -> None:
    org = services.organisations.add("CRESUS", "CRESUS Bourgogne")
    visit = services.visits.log(
        category_ids["finance"],
        T0 - timedelta(minutes=20),
        secondary_ids=(category_ids["housing"], category_ids["finance"]),
        channel=Channel.PHONE,
        organisation_id=org.id,
        first_visit=True,
        age_band=AgeBand.FROM_40_TO_59,
        neighbourhood="  Fontaine   d'Ouche ",
        note="Facture d'énergie impayée",
    )
    stored = services.visits.get(visit.uid)
    assert stored.secondary_ids == (category_ids["housing"],)  # the main one is not repeated
    assert stored.outcome == Outcome.ORIENTED  # a partner means the visitor was oriented
    assert stored.neighbourhood == "Fontaine d'Ouche"
    assert stored.note == "Facture d'énergie impayée"
    assert stored.visited_at == datetime(2026, 11, 17, 9, 40)


def test_unknown_category_is_refused_and_nothing_written(services) -> None:
    with pytest.raises(NotFoundError):
        services.visits.log(9999)
    assert count_visits(services) == 0


@pytest.mark.parametrize("minutes, accepted", [(4, True), (5, True), (6, False), (60 * 24, False)])
def test_at_most_five_minutes_in_the_future(services, category_ids, minutes, accepted) -> None:
    at = T0 + timedelta(minutes=minutes)
    if accepted:
        assert services.visits.log(category_ids["rights"], at).visited_at == at
    else:
        with pytest.raises(ValidationError) as caught:
            services.visits.log(category_ids["rights"], at)
        assert "future" in str(caught.value)
        assert count_visits(services) == 0


def test_note_is_bounded(services, category_ids) -> None:
    assert services.visits.log(category_ids["rights"], note="é" * 280).note == "é" * 280
    with pytest.raises(ValidationError) as caught:
        services.visits.log(category_ids["rights"], note="x" * 281)
    assert caught.value.params == {"length": 281, "max": 280}
    assert count_visits(services) == 1


def test_a_switched_off_category_cannot_be_used_for_new_visits(services, category_ids) -> None:
    services.categories.set_active(category_ids["other"], False)
    with pytest.raises(ValidationError):
        services.visits.log(category_ids["other"])
    assert count_visits(services) == 0


def test_update_changes_only_what_is_given_and_is_audited(services, category_ids, clock) -> None:
    visit = services.visits.log(category_ids["rights"], note="secret text")
    clock.advance(minutes=2)
    updated = services.visits.update(visit.uid, VisitChange(channel=Channel.PHONE, note="another secret"))
    assert updated.channel == Channel.PHONE and updated.category_id == category_ids["rights"]
    trail = entries(services.db, "visit", visit.uid)
    assert [e.action for e in trail] == ["create", "update"]
    assert trail[1].before["channel"] == "walk_in" and trail[1].after["channel"] == "phone"
    assert trail[1].actor == "agent.test" and trail[1].at == T0 + timedelta(minutes=2)
    with services.db.read() as session:
        raw = " ".join(str(r) for r in session.execute(text("SELECT before, after FROM audit_log")))
    assert "secret" not in raw  # the audit trail keeps the note's length, never its text
    assert trail[1].after["note_length"] == len("another secret")


def test_a_change_names_every_editable_field_and_none_clears_a_field(services, category_ids) -> None:
    assert {f.name for f in dataclasses.fields(VisitChange)} == EDITABLE_FIELDS
    visit = services.visits.log(category_ids["rights"], note="Rappeler", secondary_ids=(category_ids["other"],))
    unchanged = services.visits.update(visit.uid, VisitChange())
    assert unchanged == visit
    assert [e.action for e in entries(services.db, "visit", visit.uid)] == ["create"]  # nothing changed: no entry
    cleared = services.visits.update(visit.uid, VisitChange(note=None))
    assert cleared.note is None and cleared.secondary_ids == visit.secondary_ids


def test_choosing_answered_at_the_desk_drops_the_partner(services, category_ids) -> None:
    org = services.organisations.add("CAF", "CAF de Côte-d'Or")
    visit = services.visits.log(category_ids["rights"], organisation_id=org.id)
    updated = services.visits.update(visit.uid, VisitChange(outcome=Outcome.ANSWERED))
    assert (updated.outcome, updated.organisation_id) == (Outcome.ANSWERED, None)
    again = services.visits.update(visit.uid, VisitChange(organisation_id=org.id))
    assert (again.outcome, again.organisation_id) == (Outcome.ORIENTED, org.id)


def test_a_failed_update_changes_nothing(services, category_ids) -> None:
    visit = services.visits.log(category_ids["rights"])
    with pytest.raises(ValidationError):
        services.visits.update(visit.uid, VisitChange(channel=Channel.PHONE, note="x" * 300))
    assert services.visits.get(visit.uid).channel == Channel.WALK_IN
    assert [e.action for e in entries(services.db, "visit", visit.uid)] == ["create"]


def test_delete_keeps_the_visit_in_the_audit_trail(services, category_ids) -> None:
    visit = services.visits.log(category_ids["health"], secondary_ids=(category_ids["rights"],))
    services.visits.delete(visit.uid)
    assert count_visits(services) == 0
    with services.db.read() as session:
        assert session.execute(text("SELECT count(*) FROM visit_secondary_categories")).scalar() == 0
    trail = entries(services.db, "visit", visit.uid)
    assert trail[-1].action == "delete" and trail[-1].before["category_id"] == category_ids["health"]
    with pytest.raises(NotFoundError):
        services.visits.delete(visit.uid)


def test_undo_removes_the_last_visit_of_this_desk_only(services, db, clock, category_ids) -> None:
    other_desk = Services.create(db, DeskContext("desk-2", "agent.two", clock))
    mine = services.visits.log(category_ids["rights"])
    clock.advance(minutes=1)
    theirs = other_desk.visits.log(category_ids["health"])
    undone = services.visits.undo_last()
    assert undone is not None and undone.uid == mine.uid
    assert services.visits.undo_last() is None
    assert other_desk.visits.get(theirs.uid).uid == theirs.uid


def test_undo_does_not_reach_into_yesterday(services, clock, category_ids) -> None:
    services.visits.log(category_ids["rights"])
    clock.advance(days=1)
    assert services.visits.undo_last() is None
    assert count_visits(services) == 1


def test_switched_off_profile_fields_are_not_stored(services, category_ids) -> None:
    services.settings.set_profile_fields({ProfileField.FIRST_VISIT})
    visit = services.visits.log(
        category_ids["rights"], first_visit=True, age_band=AgeBand.UNDER_25, neighbourhood="Grésilles"
    )
    assert (visit.first_visit, visit.age_band, visit.neighbourhood) == (True, None, None)
    assert services.settings.profile_fields() == {ProfileField.FIRST_VISIT}


def test_counters_for_today_week_and_month(services, clock, category_ids) -> None:
    rights, health = category_ids["rights"], category_ids["health"]
    # Tuesday 17 November 2026: the week began on Monday 16, the month on the 1st.
    for at, category in [
        (datetime(2026, 10, 31, 10), rights),  # last month: not counted
        (datetime(2026, 11, 2, 10), rights),  # this month
        (datetime(2026, 11, 16, 9), rights),  # this week
        (datetime(2026, 11, 16, 16), health),  # this week
        (datetime(2026, 11, 17, 9, 30), rights),  # today
    ]:
        clock.current = at
        services.visits.log(category, at)
    counts = {c.category_id: c for c in services.visits.counters(date(2026, 11, 17))}
    assert (counts[rights].today, counts[rights].week, counts[rights].month) == (1, 2, 3)
    assert (counts[health].today, counts[health].week, counts[health].month) == (0, 1, 1)


def test_counters_when_the_week_began_last_month(services, clock, category_ids) -> None:
    clock.current = datetime(2026, 12, 2, 12)  # Wednesday; the week began on Monday 30 November
    services.visits.log(category_ids["rights"], datetime(2026, 11, 30, 10))
    services.visits.log(category_ids["rights"], datetime(2026, 12, 1, 10))
    (count,) = services.visits.counters(date(2026, 12, 2))
    assert (count.today, count.week, count.month) == (0, 2, 1)
