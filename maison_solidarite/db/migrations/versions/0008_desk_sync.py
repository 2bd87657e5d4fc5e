"""Several desks and a hub: versions, origins and tombstones for visits, an outbox, a cursor.

Every computer keeps its own SQLite database and writes there first; a PostgreSQL hub,
migrated by these same revisions, is where the desks meet (services/sync/).

- ``visits`` gain ``version`` (raised by each edit), ``origin`` (the desk that logged the
  visit, the only one that may change it offline) and ``hub_seq`` (on the hub: the
  change number the hub gave the visit's last version; desks pull by it).
- ``visit_tombstones`` keeps a deleted visit's id, so that a deletion travels and a late
  copy of the visit cannot bring it back.
- ``sync_state`` (one row, on a desk that joined a hub), ``sync_outbox`` (the visits this
  desk changed since its last push) and ``sync_applying`` (present only inside the
  transaction that applies what the hub sent, so that the triggers below stay quiet).
- On the hub: ``hub_identity`` (which structure the hub belongs to, and the generation of
  its shared records), ``hub_desks`` and ``hub_audit`` (each desk's audit chain, side by
  side), and the ``hub_change_seq`` sequence.

On SQLite, triggers fill the outbox and raise versions for every write path (the window,
the command line, imports, purges) once the desk has joined a hub; a desk that has not
joined writes nothing more than before.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

JOINED = "EXISTS (SELECT 1 FROM sync_state) AND NOT EXISTS (SELECT 1 FROM sync_applying)"
QUEUE = "INSERT OR REPLACE INTO sync_outbox (uid, token) VALUES ({uid}, lower(hex(randomblob(8))))"
# Every column a person can change: the bookkeeping columns (origin, version, hub_seq) are left out.
DATA_COLUMNS = (
    "visited_at, category_id, channel, outcome, organisation_id, first_visit, age_band, neighbourhood, note, agent"
)

SQLITE_TRIGGERS = (
    f"""CREATE TRIGGER visits_sync_insert AFTER INSERT ON visits WHEN {JOINED}
    BEGIN
        UPDATE visits SET origin = (SELECT desk_uid FROM sync_state) WHERE id = NEW.id AND origin IS NULL;
        {QUEUE.format(uid="NEW.uid")};
    END""",
    f"""CREATE TRIGGER visits_sync_update AFTER UPDATE OF {DATA_COLUMNS} ON visits WHEN {JOINED}
    BEGIN
        UPDATE visits SET version = OLD.version + 1 WHERE id = NEW.id;
        {QUEUE.format(uid="NEW.uid")};
    END""",
    f"""CREATE TRIGGER visits_sync_delete AFTER DELETE ON visits WHEN {JOINED}
    BEGIN
        INSERT OR REPLACE INTO visit_tombstones (uid, origin, version, deleted_at)
            VALUES (OLD.uid, OLD.origin, OLD.version + 1, CURRENT_TIMESTAMP);
        {QUEUE.format(uid="OLD.uid")};
    END""",
    f"""CREATE TRIGGER visit_secondary_sync_insert AFTER INSERT ON visit_secondary_categories WHEN {JOINED}
    BEGIN
        INSERT OR REPLACE INTO sync_outbox (uid, token)
            SELECT uid, lower(hex(randomblob(8))) FROM visits WHERE id = NEW.visit_id;
    END""",
    f"""CREATE TRIGGER visit_secondary_sync_delete AFTER DELETE ON visit_secondary_categories WHEN {JOINED}
    BEGIN
        INSERT OR REPLACE INTO sync_outbox (uid, token)
            SELECT uid, lower(hex(randomblob(8))) FROM visits WHERE id = OLD.visit_id;
    END""",
)
TRIGGER_NAMES = (
    "visits_sync_insert",
    "visits_sync_update",
    "visits_sync_delete",
    "visit_secondary_sync_insert",
    "visit_secondary_sync_delete",
)


def upgrade() -> None:
    # Plain ADD COLUMN: a batch copy of the table would lose nothing here, but is not needed.
    op.add_column("visits", sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    op.add_column("visits", sa.Column("origin", sa.String(36), nullable=True))
    op.add_column("visits", sa.Column("hub_seq", sa.BigInteger(), nullable=True))
    op.create_index("ix_visits_hub_seq", "visits", ["hub_seq"])
    op.create_table(
        "visit_tombstones",
        sa.Column("uid", sa.String(36), primary_key=True),
        sa.Column("origin", sa.String(36), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.Column("hub_seq", sa.BigInteger(), nullable=True, index=True),
    )
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("hub", sa.Text(), nullable=False),
        sa.Column("structure_uid", sa.String(36), nullable=False),
        sa.Column("desk_uid", sa.String(36), nullable=False),
        sa.Column("desk_name", sa.String(60), nullable=False),
        sa.Column("site", sa.String(60), nullable=False),
        sa.Column("cursor", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("shared_generation", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("audit_pushed_through", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("joined_at", sa.DateTime(), nullable=False),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.Column("last_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.CheckConstraint("id = 1", name="one_row"),
    )
    op.create_table(
        "sync_outbox",
        sa.Column("uid", sa.String(36), primary_key=True),
        sa.Column("token", sa.String(16), nullable=False),
    )
    op.create_table("sync_applying", sa.Column("id", sa.Integer(), primary_key=True))
    op.create_table(
        "hub_identity",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("structure_uid", sa.String(36), nullable=False),
        sa.Column("structure_name", sa.String(120), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("shared_generation", sa.BigInteger(), nullable=False, server_default="1"),
        sa.CheckConstraint("id = 1", name="one_row"),
    )
    op.create_table(
        "hub_desks",
        sa.Column("desk_uid", sa.String(36), primary_key=True),
        sa.Column("name", sa.String(60), nullable=False, unique=True),
        sa.Column("site", sa.String(60), nullable=False, index=True),
        sa.Column("joined_at", sa.DateTime(), nullable=False),
        sa.Column("last_push_at", sa.DateTime(), nullable=True),
        sa.Column("pushed_through", sa.BigInteger(), nullable=False, server_default="0"),
    )
    op.create_table(
        "hub_audit",
        sa.Column("desk_uid", sa.String(36), primary_key=True),
        sa.Column("entry_id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("desk_id", sa.String(36), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("entity_key", sa.String(64), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("key_id", sa.String(16), nullable=True),
        sa.Column("seal", sa.String(64), nullable=True),
    )
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("CREATE SEQUENCE hub_change_seq")
    elif dialect == "sqlite":
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("DROP SEQUENCE hub_change_seq")
    elif dialect == "sqlite":
        for name in TRIGGER_NAMES:
            op.execute(f"DROP TRIGGER {name}")
    for table in ("hub_audit", "hub_desks", "hub_identity", "sync_applying", "sync_outbox", "sync_state"):
        op.drop_table(table)
    op.drop_table("visit_tombstones")
    op.drop_index("ix_visits_hub_seq", "visits")
    op.drop_column("visits", "hub_seq")
    op.drop_column("visits", "origin")
    op.drop_column("visits", "version")
