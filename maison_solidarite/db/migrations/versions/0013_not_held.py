"""A permanence the partner did not come to: ``permanence_changes.not_held``.

The desk records it on the day, from the reception's "who is here" panel; the statistics
count the permanences held, cancelled in advance, and not held. An exception row that only
says "not held" moves nothing.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("permanence_changes") as table:
        table.add_column(sa.Column("not_held", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("permanence_changes") as table:
        table.alter_column("not_held", existing_type=sa.Boolean(), server_default=None)


def downgrade() -> None:
    # An exception that only said "not held" would read as a change of nothing: it goes.
    op.execute(
        "DELETE FROM permanence_changes WHERE not_held AND NOT cancelled AND new_date IS NULL"
        " AND new_start IS NULL AND new_end IS NULL AND new_office_id IS NULL"
    )
    with op.batch_alter_table("permanence_changes") as table:
        table.drop_column("not_held")
