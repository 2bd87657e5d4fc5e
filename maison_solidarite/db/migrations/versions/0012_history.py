"""Past totals and paper tallies: what was counted before the app, and on paper since.

- ``past_totals``: a year's or a month's total of one category (the latest entry for a
  period and a category wins; entries are never changed).
- ``paper_tallies``: a paper tally sheet's counts for a day or half day and a category
  (entries add up).
- ``history_sync``: on a desk that joined a hub, the change number it pulled them up to.

See db/history_models.py; they travel between desks through services/sync/history.py.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("category_id", sa.Integer(), sa.ForeignKey("categories.id", ondelete="RESTRICT"), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("entered_by", sa.String(64), nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
        sa.Column("desk_id", sa.String(36), nullable=False),
        sa.Column("origin", sa.String(36), nullable=True),
        sa.Column("hub_seq", sa.BigInteger(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "past_totals",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(200), nullable=False, server_default=""),
        *_record_columns(),
        sa.CheckConstraint("count >= 0", name="ck_past_totals_count"),
        sa.CheckConstraint("month IS NULL OR month BETWEEN 1 AND 12", name="ck_past_totals_month"),
        sa.UniqueConstraint("uid", name="uq_past_totals_uid"),
    )
    op.create_index("ix_past_totals_year", "past_totals", ["year"])
    op.create_index("ix_past_totals_hub_seq", "past_totals", ["hub_seq"])
    op.create_table(
        "paper_tallies",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("half", sa.String(16), nullable=False),
        sa.Column("closed_day", sa.Boolean(), nullable=False, server_default=sa.false()),
        *_record_columns(),
        sa.CheckConstraint("count >= 0", name="ck_paper_tallies_count"),
        sa.CheckConstraint("half IN ('morning', 'afternoon', 'day')", name="ck_paper_tallies_half"),
        sa.UniqueConstraint("uid", name="uq_paper_tallies_uid"),
    )
    op.create_index("ix_paper_tallies_day", "paper_tallies", ["day"])
    op.create_index("ix_paper_tallies_hub_seq", "paper_tallies", ["hub_seq"])
    op.create_table(
        "history_sync",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("cursor", sa.BigInteger(), nullable=False, server_default="0"),
        sa.CheckConstraint("id = 1", name="ck_history_sync_one_row"),
    )


def downgrade() -> None:
    op.drop_table("history_sync")
    op.drop_index("ix_paper_tallies_hub_seq", "paper_tallies")
    op.drop_index("ix_paper_tallies_day", "paper_tallies")
    op.drop_table("paper_tallies")
    op.drop_index("ix_past_totals_hub_seq", "past_totals")
    op.drop_index("ix_past_totals_year", "past_totals")
    op.drop_table("past_totals")
