"""Each queued change of a visit remembers the version it was made on; the hub remembers
the versions a coordinator made there.

So that a desk that changed a visit twice offline (its version two ahead) does not pass
over a coordinator's change made on the hub in the meantime (one ahead): the hub takes a
desk's edit only if the edit was made on the version the hub holds, or if the hub's
version is the desk's own. See services/sync/changes.py.

- ``sync_outbox.base``: the version of the visit when this desk first changed it since its
  last push (NULL for a visit logged here and not pushed yet). The triggers keep the first
  base and renew only the token.
- ``hub_edits``: on the hub, a visit whose current version a coordinator made there.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

JOINED = "EXISTS (SELECT 1 FROM sync_state) AND NOT EXISTS (SELECT 1 FROM sync_applying)"
TOKEN = "lower(hex(randomblob(8)))"
KEEP_BASE = "ON CONFLICT (uid) DO UPDATE SET token = excluded.token"
DATA_COLUMNS = (
    "visited_at, category_id, channel, outcome, organisation_id, first_visit, age_band, neighbourhood, note, agent"
)
NAMES = (
    "visits_sync_insert",
    "visits_sync_update",
    "visits_sync_delete",
    "visit_secondary_sync_insert",
    "visit_secondary_sync_delete",
)

TRIGGERS = (
    f"""CREATE TRIGGER visits_sync_insert AFTER INSERT ON visits WHEN {JOINED}
    BEGIN
        UPDATE visits SET origin = (SELECT desk_uid FROM sync_state) WHERE id = NEW.id AND origin IS NULL;
        INSERT INTO sync_outbox (uid, token, base) VALUES (NEW.uid, {TOKEN}, NULL) {KEEP_BASE};
    END""",
    f"""CREATE TRIGGER visits_sync_update AFTER UPDATE OF {DATA_COLUMNS} ON visits WHEN {JOINED}
    BEGIN
        UPDATE visits SET version = OLD.version + 1 WHERE id = NEW.id;
        INSERT INTO sync_outbox (uid, token, base) VALUES (NEW.uid, {TOKEN}, OLD.version) {KEEP_BASE};
    END""",
    f"""CREATE TRIGGER visits_sync_delete AFTER DELETE ON visits WHEN {JOINED}
    BEGIN
        INSERT OR REPLACE INTO visit_tombstones (uid, origin, version, deleted_at)
            VALUES (OLD.uid, OLD.origin, OLD.version + 1, CURRENT_TIMESTAMP);
        INSERT INTO sync_outbox (uid, token, base) VALUES (OLD.uid, {TOKEN}, OLD.version) {KEEP_BASE};
    END""",
    f"""CREATE TRIGGER visit_secondary_sync_insert AFTER INSERT ON visit_secondary_categories WHEN {JOINED}
    BEGIN
        INSERT INTO sync_outbox (uid, token, base)
            SELECT uid, {TOKEN}, version FROM visits WHERE id = NEW.visit_id {KEEP_BASE};
    END""",
    f"""CREATE TRIGGER visit_secondary_sync_delete AFTER DELETE ON visit_secondary_categories WHEN {JOINED}
    BEGIN
        INSERT INTO sync_outbox (uid, token, base)
            SELECT uid, {TOKEN}, version FROM visits WHERE id = OLD.visit_id {KEEP_BASE};
    END""",
)


def upgrade() -> None:
    op.add_column("sync_outbox", sa.Column("base", sa.Integer(), nullable=True))
    op.create_table(
        "hub_edits",
        sa.Column("uid", sa.String(36), primary_key=True),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":
        for name in NAMES:
            op.execute(f"DROP TRIGGER {name}")
        for statement in TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        from importlib import import_module

        previous = import_module("maison_solidarite.db.migrations.versions.0008_desk_sync")
        for name in NAMES:
            op.execute(f"DROP TRIGGER {name}")
        for statement in previous.SQLITE_TRIGGERS:
            op.execute(statement)
    op.drop_table("hub_edits")
    op.drop_column("sync_outbox", "base")
