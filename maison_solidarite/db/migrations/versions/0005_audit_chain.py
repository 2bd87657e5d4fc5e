"""The audit trail becomes append-only and chained by hash.

Each entry stores the hash of the one before and its own, so that a changed or removed
entry breaks the chain (db check finds it). In SQLite, triggers refuse UPDATE and DELETE;
the only deletion allowed is the purge of old entries, which holds audit_purge_permit for
the length of its transaction and records where the chain resumes.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21
"""

import hashlib
import json

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

FIELDS = ("at", "actor", "desk_id", "action", "entity", "entity_key", "before", "after")


def entry_hash(previous: str, values: dict) -> str:
    """The same recipe as maison_solidarite.services.audit.entry_hash, frozen here."""
    payload = json.dumps([previous, *[str(values[f]) if values[f] is not None else None for f in FIELDS]], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("prev_hash", sa.String(64), nullable=False, server_default=""))
        batch.add_column(sa.Column("hash", sa.String(64), nullable=False, server_default=""))
    with op.batch_alter_table("audit_log") as batch:
        batch.alter_column("prev_hash", existing_type=sa.String(64), server_default=None)
        batch.alter_column("hash", existing_type=sa.String(64), server_default=None)
    op.create_table(
        "audit_purge_permit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_purge_permit"),
    )
    bind = op.get_bind()
    audit = sa.table("audit_log", sa.column("id"), sa.column("prev_hash"), sa.column("hash"), *[sa.column(f) for f in FIELDS])
    previous = ""
    for row in bind.execute(sa.select(audit).order_by(audit.c.id)).mappings().all():
        values = dict(row)
        values["at"] = (values["at"] if isinstance(values["at"], str) else values["at"].isoformat(sep=" "))[:19]
        digest = entry_hash(previous, values)
        bind.execute(audit.update().where(audit.c.id == row["id"]).values(prev_hash=previous, hash=digest))
        previous = digest
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
        )
        op.execute(
            "CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log "
            "WHEN NOT EXISTS (SELECT 1 FROM audit_purge_permit) "
            "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER audit_log_append_only_delete")
        op.execute("DROP TRIGGER audit_log_append_only_update")
    op.drop_table("audit_purge_permit")
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("hash")
        batch.drop_column("prev_hash")
