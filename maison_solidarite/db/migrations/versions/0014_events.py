"""Gatherings: collective actions, partner meetings, their attendance, and person keys.

- ``event_series``, ``events``, ``event_partners``: the events, their recurrence and the
  partners who lead them (shared records, like the rota).
- ``projects``, ``project_partners``: the projects partners led together, by year.
- ``partner_attendance``, ``person_attendance``, ``event_headcounts``: who came, entries a
  desk owns (the latest for an event and a partner or a person wins).
- ``visits.person_key``: a visitor's person key, never a name (nullable, indexed).

See db/event_models.py and domain/events.py.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

RECURRENCES = "'weekly', 'every_n_weeks', 'odd_weeks', 'even_weeks', 'weeks_of_month', 'dates'"
ENTRY_TABLES = ("partner_attendance", "person_attendance", "event_headcounts")

# A key given to a visit already logged is an edit that travels: the update trigger of 0011
# watches person_key too.
JOINED = "EXISTS (SELECT 1 FROM sync_state) AND NOT EXISTS (SELECT 1 FROM sync_applying)"
DATA_COLUMNS = (
    "visited_at, category_id, channel, outcome, organisation_id, first_visit, age_band, neighbourhood, note, agent"
)
UPDATE_TRIGGER = """CREATE TRIGGER visits_sync_update AFTER UPDATE OF {columns} ON visits WHEN {joined}
    BEGIN
        UPDATE visits SET version = OLD.version + 1 WHERE id = NEW.id;
        INSERT INTO sync_outbox (uid, token, base) VALUES (NEW.uid, lower(hex(randomblob(8))), OLD.version)
            ON CONFLICT (uid) DO UPDATE SET token = excluded.token;
    END"""


def _entry_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        sa.Column("entered_by", sa.String(64), nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
        sa.Column("desk_id", sa.String(36), nullable=False),
        sa.Column("origin", sa.String(36), nullable=True),
        sa.Column("hub_seq", sa.BigInteger(), nullable=True),
    ]


def _event_series() -> None:
    op.create_table(
        "event_series",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("interval", sa.Integer(), nullable=False),
        sa.Column("weeks_of_month", sa.String(20), nullable=False),
        sa.Column("dates", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(f"kind IN ({RECURRENCES})", name="ck_event_series_kind"),
        sa.CheckConstraint("weekday BETWEEN 0 AND 6", name="ck_event_series_weekday"),
        sa.UniqueConstraint("uid", name="uq_event_series_uid"),
    )


def _events() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("subkind", sa.String(32), nullable=False),
        sa.Column("title", sa.String(120), nullable=False),
        sa.Column("category_id", sa.Integer(), sa.ForeignKey("categories.id", ondelete="RESTRICT"), nullable=True),
        sa.Column("theme", sa.String(80), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("end_time", sa.Time(), nullable=False),
        sa.Column("office_id", sa.Integer(), sa.ForeignKey("offices.id", ondelete="RESTRICT"), nullable=True),
        sa.Column("place", sa.String(120), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("series_id", sa.Integer(), sa.ForeignKey("event_series.id", ondelete="SET NULL"), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('action', 'meeting')", name="ck_events_kind"),
        sa.CheckConstraint("status IN ('planned', 'held', 'cancelled')", name="ck_events_status"),
        sa.CheckConstraint("end_time > start_time", name="ck_events_times"),
        sa.UniqueConstraint("uid", name="uq_events_uid"),
    )
    op.create_index("ix_events_day", "events", ["day"])
    op.create_index("ix_events_office_day", "events", ["office_id", "day"])
    op.create_index("ix_events_series_id", "events", ["series_id"])
    op.create_table(
        "event_partners",
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column(
            "organisation_id",
            sa.Integer(),
            sa.ForeignKey("organisations.id", ondelete="RESTRICT"),
            primary_key=True,
        ),
    )


def _projects() -> None:
    op.create_table(
        "projects",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("title", sa.String(120), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("uid", name="uq_projects_uid"),
    )
    op.create_index("ix_projects_year", "projects", ["year"])
    op.create_table(
        "project_partners",
        sa.Column("project_id", sa.Integer(), sa.ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True),
        sa.Column(
            "organisation_id",
            sa.Integer(),
            sa.ForeignKey("organisations.id", ondelete="RESTRICT"),
            primary_key=True,
        ),
    )


def _attendance() -> None:
    op.create_table(
        "partner_attendance",
        sa.Column("id", sa.Integer(), primary_key=True),
        *_entry_columns(),
        sa.Column(
            "organisation_id",
            sa.Integer(),
            sa.ForeignKey("organisations.id", ondelete="RESTRICT"),
            nullable=False,
        ),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("people", sa.Integer(), nullable=True),
        sa.Column("speaker", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "status IN ('invited', 'present', 'excused', 'absent')", name="ck_partner_attendance_status"
        ),
        sa.CheckConstraint("people IS NULL OR people >= 0", name="ck_partner_attendance_people"),
        sa.UniqueConstraint("uid", name="uq_partner_attendance_uid"),
    )
    op.create_index("ix_partner_attendance_event", "partner_attendance", ["event_id", "organisation_id"])
    op.create_table(
        "person_attendance",
        sa.Column("id", sa.Integer(), primary_key=True),
        *_entry_columns(),
        sa.Column("person_key", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.CheckConstraint("status IN ('present', 'excused', 'absent')", name="ck_person_attendance_status"),
        sa.UniqueConstraint("uid", name="uq_person_attendance_uid"),
    )
    op.create_index("ix_person_attendance_event", "person_attendance", ["event_id", "person_key"])
    op.create_index("ix_person_attendance_key", "person_attendance", ["person_key"])
    op.create_table(
        "event_headcounts",
        sa.Column("id", sa.Integer(), primary_key=True),
        *_entry_columns(),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.CheckConstraint("count >= 0", name="ck_event_headcounts_count"),
        sa.UniqueConstraint("uid", name="uq_event_headcounts_uid"),
    )
    op.create_index("ix_event_headcounts_event", "event_headcounts", ["event_id"])
    for table in ENTRY_TABLES:
        op.create_index(f"ix_{table}_hub_seq", table, ["hub_seq"])


def upgrade() -> None:
    _event_series()
    _events()
    _projects()
    _attendance()
    op.add_column("visits", sa.Column("person_key", sa.String(64), nullable=True))
    op.create_index("ix_visits_person_key", "visits", ["person_key"])
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER visits_sync_update")
        op.execute(UPDATE_TRIGGER.format(columns=f"{DATA_COLUMNS}, person_key", joined=JOINED))


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.execute("DROP TRIGGER visits_sync_update")
    op.drop_index("ix_visits_person_key", "visits")
    op.drop_column("visits", "person_key")  # SQLite 3.35 drops a column in place: the triggers stay
    if sqlite:
        op.execute(UPDATE_TRIGGER.format(columns=DATA_COLUMNS, joined=JOINED))
    for table in (*ENTRY_TABLES, "project_partners", "projects", "event_partners", "events", "event_series"):
        op.drop_table(table)
