"""Categories, organisations, visits, audit log and settings.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "categories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("label", sa.String(80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_categories"),
        sa.UniqueConstraint("code", name="uq_categories_code"),
    )
    op.create_table(
        "organisations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("acronym", sa.String(32), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("colour", sa.String(7), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_organisations"),
        sa.UniqueConstraint("acronym", name="uq_organisations_acronym"),
    )
    op.create_table(
        "visits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("visited_at", sa.DateTime(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("first_visit", sa.Boolean(), nullable=True),
        sa.Column("age_band", sa.String(16), nullable=True),
        sa.Column("neighbourhood", sa.String(80), nullable=True),
        sa.Column("note", sa.String(280), nullable=True),
        sa.Column("desk_id", sa.String(36), nullable=False),
        sa.Column("agent", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("channel IN ('walk_in', 'phone', 'email', 'appointment')", name="ck_visits_channel"),
        sa.CheckConstraint("outcome IN ('answered', 'oriented', 'appointment')", name="ck_visits_outcome"),
        sa.CheckConstraint(
            "age_band IS NULL OR age_band IN ('under_25', '25_39', '40_59', '60_plus')", name="ck_visits_age_band"
        ),
        sa.CheckConstraint("note IS NULL OR length(note) <= 280", name="ck_visits_note_length"),
        sa.ForeignKeyConstraint(
            ["category_id"], ["categories.id"], name="fk_visits_category_id_categories", ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name="fk_visits_organisation_id_organisations",
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_visits"),
        sa.UniqueConstraint("uid", name="uq_visits_uid"),
    )
    op.create_index("ix_visits_visited_at_category", "visits", ["visited_at", "category_id"])
    op.create_index("ix_visits_desk_created", "visits", ["desk_id", "created_at"])
    op.create_table(
        "visit_secondary_categories",
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visits.id"], name="fk_visit_secondary_categories_visit_id_visits", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["categories.id"],
            name="fk_visit_secondary_categories_category_id_categories",
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("visit_id", "category_id", name="pk_visit_secondary_categories"),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("desk_id", sa.String(36), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("entity_key", sa.String(64), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_table(
        "settings",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_settings"),
    )


def downgrade() -> None:
    op.drop_table("settings")
    op.drop_index("ix_audit_log_at", table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_table("visit_secondary_categories")
    op.drop_index("ix_visits_desk_created", table_name="visits")
    op.drop_index("ix_visits_visited_at_category", table_name="visits")
    op.drop_table("visits")
    op.drop_table("organisations")
    op.drop_table("categories")
