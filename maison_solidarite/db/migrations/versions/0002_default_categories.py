"""The default request categories, from the Dijon annual review.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

from maison_solidarite.domain.categories import DEFAULT_CATEGORIES

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

categories = sa.table(
    "categories",
    sa.column("code", sa.String),
    sa.column("label", sa.String),
    sa.column("position", sa.Integer),
    sa.column("active", sa.Boolean),
)


def upgrade() -> None:
    existing = {row[0] for row in op.get_bind().execute(sa.select(categories.c.code))}
    rows = [
        {"code": code, "label": label, "position": n, "active": True}
        for n, (code, label) in enumerate(DEFAULT_CATEGORIES)
        if code not in existing
    ]
    if rows:
        op.bulk_insert(categories, rows)


def downgrade() -> None:
    op.execute(categories.delete().where(categories.c.code.in_([code for code, _label in DEFAULT_CATEGORIES])))
