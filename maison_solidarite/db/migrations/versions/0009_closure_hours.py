"""A closure may take part of its days: the morning, the afternoon, or from one time to another.

Both columns are empty for a whole-day closure, as every closure written before this revision.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("closures", sa.Column("start_time", sa.Time(), nullable=True))
    op.add_column("closures", sa.Column("end_time", sa.Time(), nullable=True))


def downgrade() -> None:
    # A part-day closure would become a whole-day one: remove them rather than widen them.
    op.execute("DELETE FROM closures WHERE start_time IS NOT NULL OR end_time IS NOT NULL")
    op.drop_column("closures", "end_time")  # SQLite 3.35+ drops a column in place
    op.drop_column("closures", "start_time")
