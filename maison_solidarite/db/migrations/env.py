"""Alembic environment. The application passes its own connection in
``config.attributes["connection"]``; there is no alembic.ini to keep in step."""

from alembic import context

from maison_solidarite.db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
