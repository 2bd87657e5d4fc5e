"""Gatherings and who came to them (migration 0014); see domain/events.py.

Shared records (they belong to the hub once a desk joined one, like the rota, because an
event takes an office the rota's checks must see):

- ``event_series``: the recurrence of a series of events, with the rota's rules.
- ``events``: one collective action or partner meeting, its place and status.
- ``event_partners``: the partners who lead an event.
- ``projects`` and ``project_partners``: the projects partners led together, by year.

Records a desk owns (entries never changed: the latest entry for an event and a partner,
or an event and a person, wins), which travel like the paper tallies
(services/sync/history.py):

- ``partner_attendance``: a partner invited, present, excused or absent at an event.
- ``person_attendance``: a person, by key only, present, excused or absent at an event.
- ``event_headcounts``: how many people came to an action counted by head.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    Time,
)
from sqlalchemy.orm import Mapped, mapped_column

from ..domain.events import (
    PERSON_KEY_MAX,
    PLACE_MAX,
    PROJECT_MAX,
    SUBKIND_MAX,
    THEME_MAX,
    TITLE_MAX,
    EventKind,
    EventStatus,
    PartnerStatus,
    PersonStatus,
)
from ..domain.rota import RecurrenceKind
from .models import Base, _in

__all__ = [
    "EventHeadcountRow",
    "EventRow",
    "EventSeriesRow",
    "PartnerAttendanceRow",
    "PersonAttendanceRow",
    "ProjectRow",
    "event_partners",
    "project_partners",
]


class EventSeriesRow(Base):
    """The rule a series of events recurs by; each of its events is a row of ``events``."""

    __tablename__ = "event_series"
    __table_args__ = (
        CheckConstraint(_in("kind", [k.value for k in RecurrenceKind]), name="kind"),
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    weekday: Mapped[int] = mapped_column(Integer)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16))
    interval: Mapped[int] = mapped_column(Integer, default=1)
    weeks_of_month: Mapped[str] = mapped_column(String(20), default="")
    dates: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class EventRow(Base):
    __tablename__ = "events"
    __table_args__ = (
        CheckConstraint(_in("kind", [k.value for k in EventKind]), name="kind"),
        CheckConstraint(_in("status", [s.value for s in EventStatus]), name="status"),
        CheckConstraint("end_time > start_time", name="times"),
        Index("ix_events_day", "day"),
        Index("ix_events_office_day", "office_id", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    subkind: Mapped[str] = mapped_column(String(SUBKIND_MAX), default="")
    title: Mapped[str] = mapped_column(String(TITLE_MAX))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id", ondelete="RESTRICT"))
    theme: Mapped[str] = mapped_column(String(THEME_MAX), default="")
    day: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)
    office_id: Mapped[int | None] = mapped_column(ForeignKey("offices.id", ondelete="RESTRICT"))
    place: Mapped[str] = mapped_column(String(PLACE_MAX), default="")
    status: Mapped[str] = mapped_column(String(16), default=EventStatus.PLANNED.value)
    series_id: Mapped[int | None] = mapped_column(ForeignKey("event_series.id", ondelete="SET NULL"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


event_partners = Table(
    "event_partners",
    Base.metadata,
    Column("event_id", ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("organisation_id", ForeignKey("organisations.id", ondelete="RESTRICT"), primary_key=True),
)


class ProjectRow(Base):
    """A project partners led together in a year."""

    __tablename__ = "projects"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    title: Mapped[str] = mapped_column(String(PROJECT_MAX))
    year: Mapped[int] = mapped_column(Integer, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


project_partners = Table(
    "project_partners",
    Base.metadata,
    Column("project_id", ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True),
    Column("organisation_id", ForeignKey("organisations.id", ondelete="RESTRICT"), primary_key=True),
)


class _Entry:
    """The columns of a record a desk owns (like a paper tally)."""

    uid: Mapped[str] = mapped_column(String(36), unique=True)
    entered_by: Mapped[str] = mapped_column(String(64))
    entered_at: Mapped[datetime] = mapped_column(DateTime)
    desk_id: Mapped[str] = mapped_column(String(36))
    origin: Mapped[str | None] = mapped_column(String(36))
    hub_seq: Mapped[int | None] = mapped_column(BigInteger, index=True)


class PartnerAttendanceRow(_Entry, Base):
    __tablename__ = "partner_attendance"
    __table_args__ = (
        CheckConstraint(_in("status", [s.value for s in PartnerStatus]), name="status"),
        CheckConstraint("people IS NULL OR people >= 0", name="people"),
        Index("ix_partner_attendance_event", "event_id", "organisation_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="RESTRICT"))
    status: Mapped[str] = mapped_column(String(16))
    people: Mapped[int | None] = mapped_column(Integer)
    speaker: Mapped[bool] = mapped_column(Boolean, default=False)


class PersonAttendanceRow(_Entry, Base):
    __tablename__ = "person_attendance"
    __table_args__ = (
        CheckConstraint(_in("status", [s.value for s in PersonStatus]), name="status"),
        Index("ix_person_attendance_event", "event_id", "person_key"),
        Index("ix_person_attendance_key", "person_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    person_key: Mapped[str] = mapped_column(String(PERSON_KEY_MAX))
    status: Mapped[str] = mapped_column(String(16))


class EventHeadcountRow(_Entry, Base):
    __tablename__ = "event_headcounts"
    __table_args__ = (
        CheckConstraint("count >= 0", name="count"),
        Index("ix_event_headcounts_event", "event_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    count: Mapped[int] = mapped_column(Integer)
