"""Daily counts kept as visits are written, so that figures do not grow with the database.

Three small tables, each a day's count of visits by:
- ``daily_counts``: request category × channel × outcome × partner (0 for none);
- ``daily_profile``: profile field (first_visit, age_band, neighbourhood) × value ('' for
  not recorded);
- ``daily_hours``: hour of the day (the weekday follows from the day).

Triggers keep them in the same transaction as every insert, edit and deletion of a visit,
whatever writes it (the window, the command line, an import, a purge, a synchronisation),
on SQLite and on PostgreSQL. ``db check`` compares them with a count of the visits, and
``db check --repair`` rebuilds them from the visits.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

COUNTED = "visited_at, category_id, channel, outcome, organisation_id, first_visit, age_band, neighbourhood"


def _sqlite_add(row: str, delta: str) -> str:
    day = f"date({row}.visited_at)"
    profile = (
        ("first_visit", f"CASE {row}.first_visit WHEN 1 THEN 'yes' WHEN 0 THEN 'no' ELSE '' END"),
        ("age_band", f"coalesce({row}.age_band, '')"),
        ("neighbourhood", f"coalesce({row}.neighbourhood, '')"),
    )
    statements = [
        f"INSERT INTO daily_counts (day, category_id, channel, outcome, organisation_id, visits) "
        f"VALUES ({day}, {row}.category_id, {row}.channel, {row}.outcome, coalesce({row}.organisation_id, 0), {delta}) "
        f"ON CONFLICT (day, category_id, channel, outcome, organisation_id) DO UPDATE SET visits = visits + {delta};",
        f"INSERT INTO daily_hours (day, hour, visits) "
        f"VALUES ({day}, CAST(strftime('%H', {row}.visited_at) AS INTEGER), {delta}) "
        f"ON CONFLICT (day, hour) DO UPDATE SET visits = visits + {delta};",
    ]
    statements += [
        f"INSERT INTO daily_profile (day, field, value, visits) VALUES ({day}, '{field}', {value}, {delta}) "
        f"ON CONFLICT (day, field, value) DO UPDATE SET visits = visits + {delta};"
        for field, value in profile
    ]
    return "\n        ".join(statements)


SQLITE_TRIGGERS = (
    f"CREATE TRIGGER visits_count_insert AFTER INSERT ON visits BEGIN\n        {_sqlite_add('NEW', '1')}\n    END",
    f"CREATE TRIGGER visits_count_delete AFTER DELETE ON visits BEGIN\n        {_sqlite_add('OLD', '-1')}\n    END",
    f"CREATE TRIGGER visits_count_update AFTER UPDATE OF {COUNTED} ON visits BEGIN\n"
    f"        {_sqlite_add('OLD', '-1')}\n        {_sqlite_add('NEW', '1')}\n    END",
)

POSTGRES_FUNCTIONS = (
    """
CREATE FUNCTION visits_count_add(v visits, delta integer) RETURNS void AS $$
BEGIN
    INSERT INTO daily_counts (day, category_id, channel, outcome, organisation_id, visits)
        VALUES (v.visited_at::date, v.category_id, v.channel, v.outcome, coalesce(v.organisation_id, 0), delta)
        ON CONFLICT (day, category_id, channel, outcome, organisation_id)
        DO UPDATE SET visits = daily_counts.visits + delta;
    INSERT INTO daily_hours (day, hour, visits)
        VALUES (v.visited_at::date, extract(hour FROM v.visited_at)::integer, delta)
        ON CONFLICT (day, hour) DO UPDATE SET visits = daily_hours.visits + delta;
    INSERT INTO daily_profile (day, field, value, visits) VALUES
        (v.visited_at::date, 'first_visit',
         CASE v.first_visit WHEN true THEN 'yes' WHEN false THEN 'no' ELSE '' END, delta),
        (v.visited_at::date, 'age_band', coalesce(v.age_band, ''), delta),
        (v.visited_at::date, 'neighbourhood', coalesce(v.neighbourhood, ''), delta)
        ON CONFLICT (day, field, value) DO UPDATE SET visits = daily_profile.visits + delta;
END
$$ LANGUAGE plpgsql
""",
    """
CREATE FUNCTION visits_count() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM visits_count_add(OLD, -1);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM visits_count_add(NEW, 1);
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql
""",
    "CREATE TRIGGER visits_count_insert_delete AFTER INSERT OR DELETE ON visits "
    "FOR EACH ROW EXECUTE FUNCTION visits_count()",
    f"CREATE TRIGGER visits_count_update AFTER UPDATE OF {COUNTED} ON visits "
    "FOR EACH ROW EXECUTE FUNCTION visits_count()",
)


def upgrade() -> None:
    op.create_table(
        "daily_counts",
        sa.Column("day", sa.Date(), primary_key=True),
        sa.Column("category_id", sa.Integer(), primary_key=True),
        sa.Column("channel", sa.String(16), primary_key=True),
        sa.Column("outcome", sa.String(16), primary_key=True),
        sa.Column("organisation_id", sa.Integer(), primary_key=True),
        sa.Column("visits", sa.Integer(), nullable=False),
    )
    op.create_table(
        "daily_profile",
        sa.Column("day", sa.Date(), primary_key=True),
        sa.Column("field", sa.String(16), primary_key=True),
        sa.Column("value", sa.String(80), primary_key=True),
        sa.Column("visits", sa.Integer(), nullable=False),
    )
    op.create_table(
        "daily_hours",
        sa.Column("day", sa.Date(), primary_key=True),
        sa.Column("hour", sa.Integer(), primary_key=True),
        sa.Column("visits", sa.Integer(), nullable=False),
    )
    # The notes left to purge, found without reading every visit (the purge at each start).
    op.create_index(
        "ix_visits_note_left",
        "visits",
        ["visited_at"],
        sqlite_where=sa.text("note IS NOT NULL"),
        postgresql_where=sa.text("note IS NOT NULL"),
    )
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_FUNCTIONS:
            op.execute(statement)
    else:
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)
    from maison_solidarite.db.daily_counts import REBUILD

    for statement in REBUILD[op.get_bind().dialect.name]:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER visits_count_update ON visits")
        op.execute("DROP TRIGGER visits_count_insert_delete ON visits")
        op.execute("DROP FUNCTION visits_count()")
        op.execute("DROP FUNCTION visits_count_add(visits, integer)")
    else:
        for name in ("visits_count_insert", "visits_count_delete", "visits_count_update"):
            op.execute(f"DROP TRIGGER {name}")
    op.drop_index("ix_visits_note_left", "visits")
    for table in ("daily_hours", "daily_profile", "daily_counts"):
        op.drop_table(table)
