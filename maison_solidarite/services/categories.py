"""Request categories: listed, added, renamed, reordered, switched off; deleted only if unused."""

from __future__ import annotations

import builtins

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.models import CategoryRow, VisitRow, visit_secondary_categories
from ..domain.categories import Category, check_code, check_label, code_from_label, fold
from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.roles import Action, requires
from . import audit
from .context import DeskContext
from .lookup import find_by_words, get_or_raise


def to_category(row: CategoryRow) -> Category:
    return Category(id=row.id, code=row.code, label=row.label, position=row.position, active=row.active)


def _snapshot(row: CategoryRow) -> dict[str, object]:
    return {"code": row.code, "label": row.label, "position": row.position, "active": row.active}


def get_row(session: Session, category_id: int) -> CategoryRow:
    return get_or_raise(
        session, CategoryRow, category_id, QT_TRANSLATE_NOOP("Errors", "There is no category number {id}.")
    )


def find_row(session: Session, text: str) -> CategoryRow:
    """A category by its code or its label, whatever the case and accents."""
    return find_by_words(
        session, CategoryRow, ("code", "label"), text, QT_TRANSLATE_NOOP("Errors", 'Unknown category "{value}".')
    )


class CategoryService:
    def __init__(self, db: Database, ctx: DeskContext) -> None:
        self.db, self.ctx = db, ctx

    @requires(Action.LOG_VISITS)
    def list(self, active_only: bool = False) -> list[Category]:
        query = select(CategoryRow).order_by(CategoryRow.position, CategoryRow.id)
        if active_only:
            query = query.where(CategoryRow.active.is_(True))
        with self.db.read() as session:
            return [to_category(r) for r in session.scalars(query)]

    @requires(Action.LOG_VISITS)
    def find(self, text: str) -> Category:
        with self.db.read() as session:
            return to_category(find_row(session, text))

    @requires(Action.EDIT_CATEGORIES)
    def add(self, label: str, code: str | None = None) -> Category:
        label = check_label(label)
        with self.db.write() as session:
            taken = set(session.scalars(select(CategoryRow.code)))
            code = check_code(code) if code else code_from_label(label, taken)
            if code in taken:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", 'The code "{code}" is already used by another category.'), code=code
                )
            if any(fold(existing) == fold(label) for existing in session.scalars(select(CategoryRow.label))):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", 'A category is already called "{label}".'), label=label
                )
            position = (session.scalar(select(func.max(CategoryRow.position))) or 0) + 1
            row = CategoryRow(code=code, label=label, position=position, active=True)
            session.add(row)
            session.flush()
            audit.record(session, self.ctx, "create", "category", code, None, _snapshot(row))
            return to_category(row)

    @requires(Action.EDIT_CATEGORIES)
    def rename(self, category_id: int, label: str) -> Category:
        label = check_label(label)
        with self.db.write() as session:
            row = get_row(session, category_id)
            clash = session.scalars(select(CategoryRow).where(CategoryRow.id != category_id)).all()
            if any(fold(other.label) == fold(label) for other in clash):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", 'A category is already called "{label}".'), label=label
                )
            before = _snapshot(row)
            row.label = label
            audit.record(session, self.ctx, "update", "category", row.code, before, _snapshot(row))
            return to_category(row)

    @requires(Action.EDIT_CATEGORIES)
    def set_active(self, category_id: int, active: bool) -> Category:
        with self.db.write() as session:
            row = get_row(session, category_id)
            before = _snapshot(row)
            row.active = active
            audit.record(session, self.ctx, "update", "category", row.code, before, _snapshot(row))
            return to_category(row)

    @requires(Action.EDIT_CATEGORIES)
    def reorder(self, ordered_ids: builtins.list[int]) -> builtins.list[Category]:
        with self.db.write() as session:
            rows = {r.id: r for r in session.scalars(select(CategoryRow))}
            if sorted(ordered_ids) != sorted(rows):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The new order must list every category once."))
            for position, category_id in enumerate(ordered_ids):
                row = rows[category_id]
                if row.position != position:
                    before = _snapshot(row)
                    row.position = position
                    audit.record(session, self.ctx, "update", "category", row.code, before, _snapshot(row))
            return [to_category(rows[i]) for i in ordered_ids]

    @requires(Action.EDIT_CATEGORIES)
    def delete(self, category_id: int) -> None:
        """Delete an unused category. One that visits use is switched off instead, by the caller."""
        with self.db.write() as session:
            row = get_row(session, category_id)
            used = session.scalar(
                select(
                    exists().where(VisitRow.category_id == category_id)
                    | exists().where(visit_secondary_categories.c.category_id == category_id)
                )
            )
            if used:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        'The category "{label}" is used by recorded visits, so it cannot be deleted: '
                        "switch it off instead, and past statistics keep their meaning.",
                    ),
                    label=row.label,
                )
            audit.record(session, self.ctx, "delete", "category", row.code, _snapshot(row), None)
            session.delete(row)
