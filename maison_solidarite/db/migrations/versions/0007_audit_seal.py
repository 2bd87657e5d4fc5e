"""Audit entries are sealed with a key kept outside the database; PostgreSQL refuses edits too.

``hash`` stays the public sha256 chain. ``seal`` is an HMAC of that hash with a key that
lives in the user's configuration folder, never in the database, and ``key_id`` names the
key: someone who edits the database file alone can recompute the chain, not the seals.
Entries written before this revision have neither (they are accepted only before the
first sealed one). On PostgreSQL a trigger refuses UPDATE, TRUNCATE, and DELETE outside
the purge's transaction, as the SQLite triggers of 0005 do.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

POSTGRES_FUNCTION = """
CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM audit_purge_permit) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$ LANGUAGE plpgsql
"""


def upgrade() -> None:
    # Plain ADD COLUMN: a batch copy of the table would drop the append-only triggers.
    op.add_column("audit_log", sa.Column("key_id", sa.String(16), nullable=True))
    op.add_column("audit_log", sa.Column("seal", sa.String(64), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.execute(POSTGRES_FUNCTION)
        op.execute(
            "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"
        )
        op.execute(
            "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_log_no_truncate ON audit_log")
        op.execute("DROP TRIGGER audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION audit_log_append_only()")
    op.drop_column("audit_log", "seal")  # SQLite 3.35+ drops a column in place, triggers kept
    op.drop_column("audit_log", "key_id")
