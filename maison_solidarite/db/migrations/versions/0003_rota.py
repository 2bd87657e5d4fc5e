"""The weekly rota: offices, permanence series, their exceptions, and closure days.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    offices = op.create_table(
        "offices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(60), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_offices"),
        sa.UniqueConstraint("name", name="uq_offices_name"),
    )
    op.bulk_insert(
        offices,
        [
            {"name": "Bureau 1", "position": 0, "active": True},
            {"name": "Bureau 2", "position": 1, "active": True},
        ],
    )
    op.create_table(
        "permanence_series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("end_time", sa.Time(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("interval", sa.Integer(), nullable=False),
        sa.Column("weeks_of_month", sa.String(20), nullable=False),
        sa.Column("dates", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('weekly', 'every_n_weeks', 'odd_weeks', 'even_weeks', 'weeks_of_month', 'dates')",
            name="ck_permanence_series_kind",
        ),
        sa.CheckConstraint("weekday BETWEEN 0 AND 6", name="ck_permanence_series_weekday"),
        sa.CheckConstraint("end_time > start_time", name="ck_permanence_series_times"),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name="fk_permanence_series_organisation_id_organisations",
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name="fk_permanence_series_office_id_offices", ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_permanence_series"),
    )
    op.create_index("ix_permanence_series_office", "permanence_series", ["office_id"])
    op.create_index("ix_permanence_series_organisation", "permanence_series", ["organisation_id"])
    op.create_table(
        "permanence_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("original_date", sa.Date(), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("new_date", sa.Date(), nullable=True),
        sa.Column("new_start", sa.Time(), nullable=True),
        sa.Column("new_end", sa.Time(), nullable=True),
        sa.Column("new_office_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["permanence_series.id"],
            name="fk_permanence_changes_series_id_permanence_series",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["new_office_id"], ["offices.id"], name="fk_permanence_changes_new_office_id_offices", ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_permanence_changes"),
        sa.UniqueConstraint("series_id", "original_date", name="uq_permanence_changes_occurrence"),
    )
    op.create_table(
        "closures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("label", sa.String(80), nullable=False),
        sa.CheckConstraint("last_day >= first_day", name="ck_closures_days"),
        sa.PrimaryKeyConstraint("id", name="pk_closures"),
    )


def downgrade() -> None:
    op.drop_table("closures")
    op.drop_table("permanence_changes")
    op.drop_index("ix_permanence_series_organisation", table_name="permanence_series")
    op.drop_index("ix_permanence_series_office", table_name="permanence_series")
    op.drop_table("permanence_series")
    op.drop_table("offices")
