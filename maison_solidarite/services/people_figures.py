"""Distinct people and gatherings of a period, read with the indexes, never visit by visit.

- the period's visits are counted on the index on ``visited_at`` (a range of the period's
  days): their number, those with a key, and their distinct keys (one row per person);
- "seen before" probes each of those keys on the index on ``person_key``, back to the 1st of
  January for keys that change each year (domain/people_figures.py);
- events are few (a few dozen a year): their attendance is read event by event.

``gathering_figures(session, first, last, now, across_years)`` gives the domain's
``GatheringFigures``; ``gatherings_dict`` gives them as plain data for ``stats --format json``.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, and_, exists, func, select
from sqlalchemy.orm import Session, aliased

from ..db.event_models import EventRow, ProjectRow, project_partners
from ..db.models import CategoryRow, OrganisationRow, VisitRow
from ..domain.events import EventKind, EventStatus, PersonStatus
from ..domain.people_figures import (
    ActionFigures,
    GatheringFigures,
    HeldAction,
    HeldMeeting,
    MeetingFigures,
    PeopleFigures,
    ProjectLine,
    action_figures,
    count_people,
    lookback_start,
    meeting_figures,
)
from .attendance import read_attendance


def _between(first: date, last: date) -> tuple[datetime, datetime]:
    return datetime.combine(first, time.min), datetime.combine(last + timedelta(days=1), time.min)


def _visits_in(first: date, last: date) -> ColumnElement[bool]:
    start, end = _between(first, last)
    return and_(VisitRow.visited_at >= start, VisitRow.visited_at < end)


def _held_events(session: Session, first: date, last: date, now: datetime) -> list[EventRow]:
    """The period's events not cancelled that have begun (a past event still "planned" took place)."""
    rows = session.scalars(
        select(EventRow)
        .where(EventRow.day >= first, EventRow.day <= last, EventRow.status != EventStatus.CANCELLED.value)
        .order_by(EventRow.day, EventRow.start_time, EventRow.id)
    )
    return [r for r in rows if datetime.combine(r.day, r.start_time) <= now]


def _participant_keys(session: Session, first: date, last: date, now: datetime) -> set[str]:
    """Keys present at the actions held from ``first`` to ``last``."""
    keys: set[str] = set()
    for row in _held_events(session, first, last, now):
        if row.kind == EventKind.ACTION.value:
            attendance = read_attendance(session, row.id)
            keys.update(p.person_key for p in attendance.people if p.status == PersonStatus.PRESENT)
    return keys


def people_in(
    session: Session,
    first: date,
    last: date,
    now: datetime,
    *,
    across_years: bool,
    participants: set[str] | None = None,
) -> PeopleFigures:
    """Distinct people from ``first`` to ``last``: visits on the date index, keys on the key index.
    ``participants``: the keys present at the period's actions, when the caller has read them."""
    in_period = _visits_in(first, last)
    visits, keyed = session.execute(select(func.count(), func.count(VisitRow.person_key)).where(in_period)).one()
    keyed_in_period = (in_period, VisitRow.person_key.is_not(None))
    visitor_keys = {k for k in session.scalars(select(VisitRow.person_key).where(*keyed_in_period).distinct()) if k}
    if participants is None:
        participants = _participant_keys(session, first, last, now)
    back = lookback_start(first, across_years=across_years)
    seen: set[str] = set()
    if back is None or back < first:  # else nothing lies before the period in the key's year
        seen = _seen_before(session, keyed_in_period, back, first)
        seen |= _participant_keys(session, back or date.min, first - timedelta(days=1), now)
        seen |= _seen_in_visits(session, participants - visitor_keys - seen, back, first)
    return count_people(visits, keyed, visitor_keys, participants, seen, across_years=across_years)


def _seen_before(
    session: Session, keyed_in_period: tuple[ColumnElement[bool], ...], back: date | None, first: date
) -> set[str]:
    """The period's distinct visitor keys that a visit from ``back`` to before ``first`` carries:
    one probe of the key's index per person, not per visit."""
    period_keys = select(VisitRow.person_key.label("key")).where(*keyed_in_period).distinct().subquery()
    earlier = aliased(VisitRow)
    before = [earlier.person_key == period_keys.c.key, earlier.visited_at < _between(first, first)[0]]
    if back is not None:
        before.append(earlier.visited_at >= _between(back, back)[0])
    return {k for k in session.scalars(select(period_keys.c.key).where(exists().where(*before))) if k}


def _seen_in_visits(session: Session, keys: set[str], back: date | None, first: date) -> set[str]:
    """Those of ``keys`` (participants who made no visit in the period) seen at a visit before it."""
    found: set[str] = set()
    ordered = sorted(keys)
    for i in range(0, len(ordered), 500):
        query = select(VisitRow.person_key).where(
            VisitRow.person_key.in_(ordered[i : i + 500]), VisitRow.visited_at < _between(first, first)[0]
        )
        if back is not None:
            query = query.where(VisitRow.visited_at >= _between(back, back)[0])
        found.update(k for k in session.scalars(query.distinct()) if k)
    return found


def gathering_figures(
    session: Session, first: date, last: date, now: datetime, *, across_years: bool
) -> GatheringFigures:
    """People, actions and meetings from ``first`` to ``last``, and the projects of its years."""
    labels = {cid: str(label) for cid, label in session.execute(select(CategoryRow.id, CategoryRow.label))}
    acronyms = {oid: str(name) for oid, name in session.execute(select(OrganisationRow.id, OrganisationRow.acronym))}
    actions: list[HeldAction] = []
    meetings: list[HeldMeeting] = []
    for row in _held_events(session, first, last, now):
        attendance = read_attendance(session, row.id)
        if row.kind == EventKind.ACTION.value:
            keys = frozenset(p.person_key for p in attendance.people if p.status == PersonStatus.PRESENT)
            theme = labels.get(row.category_id, "") if row.category_id is not None else row.theme
            actions.append(HeldAction(row.day, theme, attendance.present, keys))
        else:
            meetings.append(HeldMeeting(row.day, row.title, attendance.partners))
    return GatheringFigures(
        people=people_in(  # the actions' keys read above, not read a second time
            session, first, last, now, across_years=across_years, participants={k for a in actions for k in a.keys}
        ),
        actions=action_figures(actions),
        meetings=meeting_figures(meetings, _projects(session, first.year, last.year, acronyms)),
        partner_names=acronyms,
    )


def _projects(session: Session, first_year: int, last_year: int, acronyms: dict[int, str]) -> list[ProjectLine]:
    rows = list(
        session.scalars(
            select(ProjectRow)
            .where(ProjectRow.year >= first_year, ProjectRow.year <= last_year)
            .order_by(ProjectRow.year, ProjectRow.title)
        )
    )
    partners: dict[int, list[str]] = {}
    for project_id, organisation_id in session.execute(
        select(project_partners.c.project_id, project_partners.c.organisation_id).where(
            project_partners.c.project_id.in_([r.id for r in rows])
        )
    ):
        partners.setdefault(project_id, []).append(acronyms.get(organisation_id, "?"))
    return [ProjectLine(r.title, r.year, tuple(sorted(partners.get(r.id, [])))) for r in rows]


def gatherings_dict(figures: GatheringFigures) -> dict[str, object]:
    """The figures as plain data (for JSON): counts, and shares and rates as fractions of 1."""
    return {
        "people": _people_dict(figures.people),
        "actions": _actions_dict(figures.actions),
        "meetings": _meetings_dict(figures.meetings, figures.partner_names),
    }


def _people_dict(people: PeopleFigures) -> dict[str, object]:
    per_person = people.visits_per_person
    return {
        "visits": people.visits,
        "keyed_visits": people.keyed_visits,
        "key_share": round(people.key_share, 6),
        "distinct": people.people,
        "distinct_visitors": people.visitors,
        "distinct_participants": people.participants,
        "new": people.new,
        "returning": people.returning,
        "visits_per_person": None if per_person is None else round(per_person, 6),
        "key_across_years": people.across_years,
    }


def _actions_dict(actions: ActionFigures) -> dict[str, object]:
    return {
        "sessions": actions.sessions,
        "attendances": actions.attendances,
        "distinct_participants": actions.participants,
        "mean_attendance": round(actions.mean, 6),
        "by_theme": [
            {
                "theme": t.theme,
                "sessions": t.sessions,
                "attendances": t.attendances,
                "distinct_participants": t.participants,
                "mean_attendance": round(t.mean, 6),
            }
            for t in actions.by_theme
        ],
    }


def _meetings_dict(meetings: MeetingFigures, names: dict[int, str]) -> dict[str, object]:
    return {
        "held": meetings.held,
        "invited": meetings.invited,
        "present": meetings.present,
        "excused": meetings.excused,
        "people_sent": meetings.people,
        "participation_rate": None if meetings.rate is None else round(meetings.rate, 6),
        "partners_engaged": meetings.engaged,
        "by_meeting": [
            {
                "date": m.day.isoformat(),
                "title": m.title,
                "invited": m.invited,
                "present": m.present,
                "excused": m.excused,
                "absent": m.absent,
                "people_sent": m.people,
                "speakers": m.speakers,
            }
            for m in meetings.meetings
        ],
        "by_partner": [
            {
                "acronym": names.get(p.organisation_id, "?"),
                "invited": p.invited,
                "present": p.present,
                "excused": p.excused,
                "participation_rate": round(p.rate, 6),
            }
            for p in meetings.partners
        ],
        "projects": [{"title": p.title, "year": p.year, "partners": list(p.partners)} for p in meetings.projects],
    }
