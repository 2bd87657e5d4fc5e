"""SQLAlchemy 2.0 typed models. Alembic owns the schema; these describe it."""

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
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ..domain.roles import Role
from ..domain.rota import RecurrenceKind
from ..domain.visits import NEIGHBOURHOOD_MAX, NOTE_MAX, AgeBand, Channel, Outcome

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _in(column: str, values: list[str]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class CategoryRow(Base):
    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    label: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


organisation_categories = Table(
    "organisation_categories",
    Base.metadata,
    Column("organisation_id", ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True),
    Column("category_id", ForeignKey("categories.id", ondelete="RESTRICT"), primary_key=True),
)


class OrganisationRow(Base):
    """A partner and its sheet (fiche partenaire)."""

    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    acronym: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    colour: Mapped[str] = mapped_column(String(7), default="#5b7db1")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    offer: Mapped[str] = mapped_column(Text, default="")
    audience: Mapped[str] = mapped_column(Text, default="")
    keywords: Mapped[str] = mapped_column(Text, default="")
    by_appointment: Mapped[bool] = mapped_column(Boolean, default=False)
    undocumented_ok: Mapped[bool | None] = mapped_column(Boolean)
    age_min: Mapped[int | None] = mapped_column(Integer)
    age_max: Mapped[int | None] = mapped_column(Integer)
    languages: Mapped[str] = mapped_column(String(120), default="")
    free: Mapped[bool | None] = mapped_column(Boolean)
    referent_name: Mapped[str] = mapped_column(String(80), default="")
    referent_phone: Mapped[str] = mapped_column(String(20), default="")
    referent_email: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    outside_hours: Mapped[str] = mapped_column(Text, default="")
    appointments_enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    slot_minutes: Mapped[int] = mapped_column(Integer, default=30)

    categories: Mapped[list[CategoryRow]] = relationship(secondary=organisation_categories, lazy="selectin")


visit_secondary_categories = Table(
    "visit_secondary_categories",
    Base.metadata,
    Column("visit_id", ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True),
    Column("category_id", ForeignKey("categories.id", ondelete="RESTRICT"), primary_key=True),
)


class VisitRow(Base):
    __tablename__ = "visits"
    __table_args__ = (
        CheckConstraint(_in("channel", [c.value for c in Channel]), name="channel"),
        CheckConstraint(_in("outcome", [o.value for o in Outcome]), name="outcome"),
        CheckConstraint("age_band IS NULL OR " + _in("age_band", [a.value for a in AgeBand]), name="age_band"),
        CheckConstraint(f"note IS NULL OR length(note) <= {NOTE_MAX}", name="note_length"),
        # Statistics read a period's categories from this index alone.
        Index("ix_visits_visited_at_category", "visited_at", "category_id"),
        Index("ix_visits_desk_created", "desk_id", "created_at"),
        Index("ix_visits_hub_seq", "hub_seq"),
        # The notes left to purge, found without reading every visit (migration 0010).
        Index(
            "ix_visits_note_left",
            "visited_at",
            sqlite_where=text("note IS NOT NULL"),
            postgresql_where=text("note IS NOT NULL"),
        ),
        # A person's visits, found by their key (migration 0014); most visits carry none.
        Index("ix_visits_person_key", "person_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    visited_at: Mapped[datetime] = mapped_column(DateTime)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id", ondelete="RESTRICT"))
    channel: Mapped[str] = mapped_column(String(16), default=Channel.WALK_IN.value)
    outcome: Mapped[str] = mapped_column(String(16), default=Outcome.ANSWERED.value)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="RESTRICT"))
    first_visit: Mapped[bool | None] = mapped_column(Boolean)
    age_band: Mapped[str | None] = mapped_column(String(16))
    neighbourhood: Mapped[str | None] = mapped_column(String(NEIGHBOURHOOD_MAX))
    note: Mapped[str | None] = mapped_column(String(NOTE_MAX))
    desk_id: Mapped[str] = mapped_column(String(36))
    agent: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # Several desks (migration 0008): raised by each edit; the desk that logged it; the hub's change number.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    origin: Mapped[str | None] = mapped_column(String(36))
    hub_seq: Mapped[int | None] = mapped_column(BigInteger)
    # The visitor's person key (domain/person_key.py), never a name (migration 0014).
    person_key: Mapped[str | None] = mapped_column(String(64))

    secondary: Mapped[list[CategoryRow]] = relationship(secondary=visit_secondary_categories, lazy="selectin")


class AuditRow(Base):
    """Who changed what, when, with the values before and after (never a note's text)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    actor: Mapped[str] = mapped_column(String(64))
    desk_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(32))
    entity_key: Mapped[str] = mapped_column(String(64))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")
    # HMAC of ``hash`` with the key kept outside the database, and which key (migration 0007).
    key_id: Mapped[str | None] = mapped_column(String(16))
    seal: Mapped[str | None] = mapped_column(String(64))


class AuditPurgePermitRow(Base):
    """Present only inside the transaction that purges old audit entries (see the triggers)."""

    __tablename__ = "audit_purge_permit"

    id: Mapped[int] = mapped_column(primary_key=True)


class AccountRow(Base):
    """A person who logs in at a desk. The password is stored as an argon2id hash only."""

    __tablename__ = "accounts"
    __table_args__ = (CheckConstraint(_in("role", [r.value for r in Role]), name="role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(32), unique=True)
    display_name: Mapped[str | None] = mapped_column(String(80))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime | None] = mapped_column(DateTime)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)
    switched_off_at: Mapped[datetime | None] = mapped_column(DateTime)


class SettingRow(Base):
    """Settings of the structure, shared by every desk of the database (JSON values)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class OfficeRow(Base):
    __tablename__ = "offices"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SeriesRow(Base):
    """A permanence series: one organisation, one office, one weekday and time, a recurrence."""

    __tablename__ = "permanence_series"
    __table_args__ = (
        CheckConstraint(_in("kind", [k.value for k in RecurrenceKind]), name="kind"),
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),
        CheckConstraint("end_time > start_time", name="times"),
        Index("ix_permanence_series_office", "office_id"),
        Index("ix_permanence_series_organisation", "organisation_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="RESTRICT"))
    office_id: Mapped[int] = mapped_column(ForeignKey("offices.id", ondelete="RESTRICT"))
    weekday: Mapped[int] = mapped_column(Integer)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16))
    interval: Mapped[int] = mapped_column(Integer, default=1)
    weeks_of_month: Mapped[str] = mapped_column(String(20), default="")  # "1,3" or "-1"
    dates: Mapped[str] = mapped_column(Text, default="")  # "2026-12-04,2027-01-08"
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ChangeRow(Base):
    """One occurrence of a series cancelled or moved, keyed by its original date."""

    __tablename__ = "permanence_changes"
    __table_args__ = (UniqueConstraint("series_id", "original_date", name="uq_permanence_changes_occurrence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("permanence_series.id", ondelete="CASCADE"))
    original_date: Mapped[date] = mapped_column(Date)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    new_date: Mapped[date | None] = mapped_column(Date)
    new_start: Mapped[time | None] = mapped_column(Time)
    new_end: Mapped[time | None] = mapped_column(Time)
    new_office_id: Mapped[int | None] = mapped_column(ForeignKey("offices.id", ondelete="RESTRICT"))
    not_held: Mapped[bool] = mapped_column(Boolean, default=False)  # migration 0013


class ClosureRow(Base):
    """Days or half days the Maison is closed besides public holidays (building closed, this afternoon)."""

    __tablename__ = "closures"
    __table_args__ = (CheckConstraint("last_day >= first_day", name="days"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    label: Mapped[str] = mapped_column(String(80))
    # On each of its days, from start_time to end_time; None: from the day's start, to its end.
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)


class AppointmentRow(Base):
    """A slot booked in a partner's permanence. The contact is personal data: purged on purge_on."""

    __tablename__ = "appointments"
    __table_args__ = (
        UniqueConstraint("series_id", "occurrence_date", "start_time", name="uq_appointments_slot"),
        Index("ix_appointments_purge_on", "purge_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"))
    series_id: Mapped[int] = mapped_column(ForeignKey("permanence_series.id", ondelete="CASCADE"))
    occurrence_date: Mapped[date] = mapped_column(Date)  # the occurrence's original date
    day: Mapped[date] = mapped_column(Date)  # where it is held (after a move)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)
    first_name: Mapped[str | None] = mapped_column(String(40))
    phone: Mapped[str | None] = mapped_column(String(20))
    initials: Mapped[str | None] = mapped_column(String(5))
    purge_on: Mapped[date] = mapped_column(Date)
    purged: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    agent: Mapped[str] = mapped_column(String(64))


# The tables of several desks live in their own module; importing them here registers them.
from . import daily_counts as daily_counts  # noqa: E402
from . import event_models as event_models  # noqa: E402
from . import history_models as history_models  # noqa: E402
from . import sync_models as sync_models  # noqa: E402
