"""Finding a row by id, or by what a person typed (any case, with or without accents)."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.categories import fold
from ..domain.errors import NotFoundError

Row = TypeVar("Row")


def get_or_raise(session: Session, model: type[Row], row_id: int, template: str) -> Row:
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(template, id=row_id)
    return row


def find_by_words(session: Session, model: type[Row], fields: tuple[str, ...], text: str, template: str) -> Row:
    """The first row whose ``fields`` match ``text`` once folded; the first field wins ties."""
    wanted = fold(text)
    rows = list(session.scalars(select(model)))
    for field in fields:
        for row in rows:
            if fold(getattr(row, field)) == wanted:
                return row
    raise NotFoundError(template, value=text.strip())
