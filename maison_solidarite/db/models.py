"""SQLAlchemy 2.0 typed models. Alembic owns the schema; these describe it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

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


class OrganisationRow(Base):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    acronym: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    colour: Mapped[str] = mapped_column(String(7), default="#5b7db1")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


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


class SettingRow(Base):
    """Settings of the structure, shared by every desk of the database (JSON values)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
