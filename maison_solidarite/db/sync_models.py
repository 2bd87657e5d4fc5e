"""The tables of several desks and a hub (migration 0008); see services/sync/."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base


class TombstoneRow(Base):
    """A deleted visit's id: the deletion travels, and a late copy cannot bring the visit back."""

    __tablename__ = "visit_tombstones"

    uid: Mapped[str] = mapped_column(String(36), primary_key=True)
    origin: Mapped[str | None] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer)
    deleted_at: Mapped[datetime] = mapped_column(DateTime)
    hub_seq: Mapped[int | None] = mapped_column(BigInteger, index=True)


class SyncStateRow(Base):
    """On a desk that joined a hub: which hub, who this desk is, and how far it has pulled."""

    __tablename__ = "sync_state"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hub: Mapped[str] = mapped_column(Text)  # the URL, never with a password
    structure_uid: Mapped[str] = mapped_column(String(36))
    desk_uid: Mapped[str] = mapped_column(String(36))
    desk_name: Mapped[str] = mapped_column(String(60))
    site: Mapped[str] = mapped_column(String(60))
    cursor: Mapped[int] = mapped_column(BigInteger, server_default="0")
    shared_generation: Mapped[int] = mapped_column(BigInteger, server_default="0")
    audit_pushed_through: Mapped[int] = mapped_column(Integer, server_default="0")
    joined_at: Mapped[datetime] = mapped_column(DateTime)
    last_sync_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_attempt_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(Text)


class OutboxRow(Base):
    """A visit this desk changed since its last push; the token changes with each change."""

    __tablename__ = "sync_outbox"

    uid: Mapped[str] = mapped_column(String(36), primary_key=True)
    token: Mapped[str] = mapped_column(String(16))
    # The version this desk's first change since its last push was made on (migration 0011).
    base: Mapped[int | None] = mapped_column(Integer)


class ApplyingRow(Base):
    """Present only inside the transaction that applies what the hub sent (the triggers stay quiet)."""

    __tablename__ = "sync_applying"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)


class HubIdentityRow(Base):
    """On the hub: the structure it belongs to, and the generation of its shared records."""

    __tablename__ = "hub_identity"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    structure_uid: Mapped[str] = mapped_column(String(36))
    structure_name: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    shared_generation: Mapped[int] = mapped_column(BigInteger, server_default="1")


class HubDeskRow(Base):
    __tablename__ = "hub_desks"

    desk_uid: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    site: Mapped[str] = mapped_column(String(60), index=True)
    joined_at: Mapped[datetime] = mapped_column(DateTime)
    last_push_at: Mapped[datetime | None] = mapped_column(DateTime)
    pushed_through: Mapped[int] = mapped_column(BigInteger, server_default="0")


class HubAuditRow(Base):
    """Each desk's audit chain on the hub, side by side, as the desk wrote it."""

    __tablename__ = "hub_audit"

    desk_uid: Mapped[str] = mapped_column(String(36), primary_key=True)
    entry_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(64))
    desk_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(32))
    entity_key: Mapped[str] = mapped_column(String(64))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    key_id: Mapped[str | None] = mapped_column(String(16))
    seal: Mapped[str | None] = mapped_column(String(64))


class HubEditRow(Base):
    """On the hub: a visit whose current version a coordinator made there (migration 0011)."""

    __tablename__ = "hub_edits"

    uid: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
