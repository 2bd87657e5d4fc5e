"""What the Maison counted before it used the app, and on paper since (migration 0012).

- ``past_totals``: a year's or a month's total of one request category, typed from the
  paper review or tally sheets of the years before the app. Entries are never changed:
  a new entry for the same period and category replaces the older one (the latest wins),
  so that entries made at two desks meet without a conflict.
- ``paper_tallies``: the counts of a paper tally sheet for one day (a morning, an
  afternoon or the whole day) and one category. Entries add up.
- ``history_sync``: on a desk that joined a hub, how far it has pulled these records.

Both kinds are records a desk owns: each carries a global ``uid``, the desk that made it
(``origin``, once joined) and the hub's change number (``hub_seq``), and travels like the
visits (services/sync/history.py).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, CheckConstraint, Date, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ..domain.history import HALVES, SOURCE_MAX
from .models import Base, _in

__all__ = ["SOURCE_MAX", "HistorySyncRow", "PaperTallyRow", "PastTotalRow"]


class PastTotalRow(Base):
    """A period's total of one category, before counting began live (month NULL: the year)."""

    __tablename__ = "past_totals"
    __table_args__ = (
        CheckConstraint("count >= 0", name="count"),
        CheckConstraint("month IS NULL OR month BETWEEN 1 AND 12", name="month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    month: Mapped[int | None] = mapped_column(Integer)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id", ondelete="RESTRICT"))
    count: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(SOURCE_MAX), default="")
    entered_by: Mapped[str] = mapped_column(String(64))
    entered_at: Mapped[datetime] = mapped_column(DateTime)
    desk_id: Mapped[str] = mapped_column(String(36))
    origin: Mapped[str | None] = mapped_column(String(36))
    hub_seq: Mapped[int | None] = mapped_column(BigInteger, index=True)


class PaperTallyRow(Base):
    """Visits counted on a paper tally sheet, for one day (or half day) and one category."""

    __tablename__ = "paper_tallies"
    __table_args__ = (
        CheckConstraint("count >= 0", name="count"),
        CheckConstraint(_in("half", list(HALVES)), name="half"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    half: Mapped[str] = mapped_column(String(16))
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id", ondelete="RESTRICT"))
    count: Mapped[int] = mapped_column(Integer)
    closed_day: Mapped[bool] = mapped_column(Boolean, default=False)  # entered on a day the Maison was closed
    entered_by: Mapped[str] = mapped_column(String(64))
    entered_at: Mapped[datetime] = mapped_column(DateTime)
    desk_id: Mapped[str] = mapped_column(String(36))
    origin: Mapped[str | None] = mapped_column(String(36))
    hub_seq: Mapped[int | None] = mapped_column(BigInteger, index=True)


class HistorySyncRow(Base):
    """On a desk that joined a hub: the hub's change number it has pulled these records up to."""

    __tablename__ = "history_sync"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cursor: Mapped[int] = mapped_column(BigInteger, server_default="0")
