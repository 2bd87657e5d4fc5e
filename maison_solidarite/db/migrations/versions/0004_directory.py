"""The partner directory (sheets, categories handled) and appointments in permanences.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SHEET_COLUMNS = (
    ("offer", sa.Text(), False, ""),
    ("audience", sa.Text(), False, ""),
    ("keywords", sa.Text(), False, ""),
    ("by_appointment", sa.Boolean(), False, sa.false()),
    ("undocumented_ok", sa.Boolean(), True, None),
    ("age_min", sa.Integer(), True, None),
    ("age_max", sa.Integer(), True, None),
    ("languages", sa.String(120), False, ""),
    ("free", sa.Boolean(), True, None),
    ("referent_name", sa.String(80), False, ""),
    ("referent_phone", sa.String(20), False, ""),
    ("referent_email", sa.String(120), False, ""),
    ("address", sa.Text(), False, ""),
    ("outside_hours", sa.Text(), False, ""),
    ("appointments_enabled", sa.Boolean(), False, sa.false()),
    ("slot_minutes", sa.Integer(), False, "30"),
)


def upgrade() -> None:
    with op.batch_alter_table("organisations") as batch:
        for name, kind, nullable, default in SHEET_COLUMNS:
            batch.add_column(sa.Column(name, kind, nullable=nullable, server_default=default))
    with op.batch_alter_table("organisations") as batch:
        for name, kind, nullable, _default in SHEET_COLUMNS:
            batch.alter_column(name, existing_type=kind, existing_nullable=nullable, server_default=None)
    op.create_table(
        "organisation_categories",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name="fk_organisation_categories_organisation_id_organisations",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["category_id"], ["categories.id"], name="fk_organisation_categories_category_id_categories", ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("organisation_id", "category_id", name="pk_organisation_categories"),
    )
    op.create_table(
        "appointments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("occurrence_date", sa.Date(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("end_time", sa.Time(), nullable=False),
        sa.Column("first_name", sa.String(40), nullable=True),
        sa.Column("phone", sa.String(20), nullable=True),
        sa.Column("initials", sa.String(5), nullable=True),
        sa.Column("purge_on", sa.Date(), nullable=False),
        sa.Column("purged", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("agent", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisations.id"], name="fk_appointments_organisation_id_organisations", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["series_id"], ["permanence_series.id"], name="fk_appointments_series_id_permanence_series", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_appointments"),
        sa.UniqueConstraint("series_id", "occurrence_date", "start_time", name="uq_appointments_slot"),
    )
    op.create_index("ix_appointments_purge_on", "appointments", ["purge_on"])


def downgrade() -> None:
    op.drop_index("ix_appointments_purge_on", table_name="appointments")
    op.drop_table("appointments")
    op.drop_table("organisation_categories")
    with op.batch_alter_table("organisations") as batch:
        for name, *_rest in reversed(SHEET_COLUMNS):
            batch.drop_column(name)
