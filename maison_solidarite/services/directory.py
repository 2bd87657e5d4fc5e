"""The partner directory: sheets, search as you type, orientation proposals, CSV, the guide."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.models import CategoryRow, OrganisationRow
from ..domain.categories import fold
from ..domain.directory import (
    SEARCH_HORIZON,
    GuideEntry,
    PartnerSheet,
    SearchEntry,
    check_sheet,
    conditions_of,
    describe_series,
    next_per_partner,
    rank,
)
from ..domain.errors import QT_TRANSLATE_NOOP, ImportRejected, RowError, UserError, ValidationError
from ..domain.roles import Action, requires
from ..domain.rota import Occurrence
from ..domain.statistics import NumberFormat
from ..reports.cells import safe_row
from ..reports.files import atomic_open, write_bytes
from . import audit
from .context import DeskContext
from .csv_input import csv_rows, open_csv_file, sniff_separator
from .lookup import get_or_raise
from .rota import RotaService
from .settings import sheet_context

Translate = Callable[[str, str], str]
SHEET_FIELDS = [f.name for f in fields(PartnerSheet) if f.name not in ("id", "category_ids")]
CSV_COLUMNS = ["acronym", "name", "categories", *[f for f in SHEET_FIELDS if f not in ("acronym", "name")]]
YES, NO = ("oui", "yes", "true", "1", "o", "y"), ("non", "no", "false", "0", "n")


def to_sheet(row: OrganisationRow) -> PartnerSheet:
    return PartnerSheet(
        id=row.id,
        category_ids=tuple(sorted(c.id for c in row.categories)),
        **{name: getattr(row, name) for name in SHEET_FIELDS},
    )


def _snapshot(sheet: PartnerSheet) -> dict[str, object]:
    """What the audit trail keeps of a sheet (the referent's contact is a work contact)."""
    return {name: getattr(sheet, name) for name in SHEET_FIELDS} | {"category_ids": list(sheet.category_ids)}


@dataclass(frozen=True)
class SearchResult:
    sheet: PartnerSheet
    score: int
    next_occurrence: Occurrence | None


@dataclass(frozen=True)
class SearchIndex:
    entries: list[SearchEntry]
    sheets: dict[int | None, PartnerSheet]
    upcoming: dict[int, Occurrence]

    def search(self, query: str) -> list[SearchResult]:
        return [
            SearchResult(self.sheets[entry.organisation_id], score, self.upcoming.get(entry.organisation_id))
            for entry, score in rank(self.entries, query)
            if entry.organisation_id in self.sheets
        ]


@dataclass(frozen=True)
class Proposal:
    sheet: PartnerSheet
    next_occurrence: Occurrence | None


class DirectoryService:
    def __init__(self, db: Database, ctx: DeskContext, rota: RotaService | None = None) -> None:
        self.db, self.ctx = db, ctx
        self.rota = rota or RotaService(db, ctx)

    # -- reading -------------------------------------------------------------------
    @requires(Action.READ_DIRECTORY)
    def sheets(self, active_only: bool = False) -> list[PartnerSheet]:
        query = select(OrganisationRow).order_by(OrganisationRow.acronym)
        if active_only:
            query = query.where(OrganisationRow.active.is_(True))
        with self.db.read() as session:
            return [to_sheet(r) for r in session.scalars(query)]

    @requires(Action.READ_DIRECTORY)
    def sheet(self, organisation_id: int) -> PartnerSheet:
        with self.db.read() as session:
            return to_sheet(self._row(session, organisation_id))

    def _upcoming(self) -> dict[int, Occurrence]:
        now = self.ctx.now()
        occurrences = self.rota.occurrences(now.date(), now.date() + SEARCH_HORIZON)
        return next_per_partner(occurrences, now.date(), now.time())

    @requires(Action.READ_DIRECTORY)
    def search_entries(self, translate: Translate) -> list[SearchEntry]:
        with self.db.read() as session:
            labels = {c.id: c.label for c in session.scalars(select(CategoryRow))}
        return [
            SearchEntry.of(
                sheet, [labels[c] for c in sheet.category_ids if c in labels], conditions_of(sheet, translate)
            )
            for sheet in self.sheets(active_only=True)
        ]

    @requires(Action.READ_DIRECTORY)
    def index(self, translate: Translate) -> SearchIndex:
        """Everything a search needs, read once: then each key typed costs only the ranking."""
        return SearchIndex(
            self.search_entries(translate), {s.id: s for s in self.sheets(active_only=True)}, self._upcoming()
        )

    @requires(Action.READ_DIRECTORY)
    def search(self, query: str, translate: Translate) -> list[SearchResult]:
        """Partners matching every word typed, best first, each with its next permanence."""
        return self.index(translate).search(query)

    @requires(Action.READ_DIRECTORY)
    def proposals(self, category_id: int, limit: int = 9) -> list[Proposal]:
        """The active partners that handle a category, the soonest permanence first."""
        upcoming = self._upcoming()
        handling = [s for s in self.sheets(active_only=True) if category_id in s.category_ids]
        far = datetime.max
        handling.sort(key=lambda s: (upcoming[s.id].starts_at if s.id in upcoming else far, s.acronym))
        return [Proposal(s, upcoming.get(s.id) if s.id is not None else None) for s in handling[:limit]]

    # -- writing -------------------------------------------------------------------
    @requires(Action.EDIT_DIRECTORY)
    def save(self, sheet: PartnerSheet) -> PartnerSheet:
        """Create the sheet (id None) or replace it; refused whole if any field is wrong."""
        sheet = check_sheet(sheet)
        with self.db.write() as session:
            saved = self._save(session, sheet)
        return saved

    def _save(self, session: Session, sheet: PartnerSheet) -> PartnerSheet:
        clash = session.scalars(select(OrganisationRow).where(OrganisationRow.id != (sheet.id or 0))).all()
        if any(fold(other.acronym) == fold(sheet.acronym) for other in clash):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", 'Another partner already has the acronym "{acronym}".'),
                acronym=sheet.acronym,
            )
        categories = {c.id: c for c in session.scalars(select(CategoryRow))}
        unknown = [c for c in sheet.category_ids if c not in categories]
        if unknown:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no category number {id}."), id=unknown[0])
        if sheet.id is None:
            row = OrganisationRow()
            session.add(row)
            before = None
        else:
            row = self._row(session, sheet.id)
            before = _snapshot(to_sheet(row))
        for name in SHEET_FIELDS:
            setattr(row, name, getattr(sheet, name))
        row.categories = [categories[c] for c in sheet.category_ids]
        session.flush()
        saved = to_sheet(row)
        audit.record(
            session, self.ctx, "update" if before else "create", "organisation", row.acronym, before, _snapshot(saved)
        )
        return saved

    # -- CSV -----------------------------------------------------------------------
    @requires(Action.READ_DIRECTORY)
    def export_csv(self, path: Path) -> int:
        with self.db.read() as session:
            codes = {c.id: c.code for c in session.scalars(select(CategoryRow))}
        sheets = self.sheets()
        with atomic_open(path, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
            writer.writerow(CSV_COLUMNS)
            for sheet in sheets:
                row: list[object] = []
                for column in CSV_COLUMNS:
                    if column == "categories":
                        row.append(",".join(codes[c] for c in sheet.category_ids))
                        continue
                    value = getattr(sheet, column)
                    row.append("oui" if value is True else "non" if value is False else "" if value is None else value)
                writer.writerow(safe_row(row))
        with self.db.write() as session:
            audit.record(session, self.ctx, "export", "organisation", "csv", None, {"count": len(sheets)})
        return len(sheets)

    @requires(Action.EDIT_DIRECTORY)
    def import_csv(self, path: Path) -> int:
        """Create or update partners by acronym; every bad line is reported and nothing written.

        The file is UTF-8 or Windows-1252 (``csv_input``); the quote the export puts in
        front of a text that a spreadsheet would run is taken off again.
        """
        with open_csv_file(path) as opener, opener() as stream:
            sheets = self._read_sheets(stream)
        with self.db.write() as session:
            for sheet in sheets:
                self._save(session, sheet)
        return len(sheets)

    def _read_sheets(self, stream: TextIO) -> list[PartnerSheet]:
        rows = csv_rows(stream, sniff_separator(stream) or ";")
        header = [fold(h) for h in next(rows, (1, []))[1]]
        unknown = [h for h in header if h not in CSV_COLUMNS]
        if unknown:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", 'Unknown column "{column}" in the first line of the file.'),
                column=unknown[0],
            )
        for required in ("acronym", "name"):
            if required not in header:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", 'The first line of the file must name the column "{column}".'),
                    column=required,
                )
        with self.db.read() as session:
            categories = {}
            for c in session.scalars(select(CategoryRow)):
                categories[fold(c.code)] = c.id
                categories.setdefault(fold(c.label), c.id)
            existing = {fold(r.acronym): r.id for r in session.scalars(select(OrganisationRow))}
        sheets: list[PartnerSheet] = []
        errors: list[RowError] = []
        seen: set[str] = set()
        try:
            for line, fields_ in rows:
                if not any(fields_):
                    continue
                try:
                    if len(fields_) != len(header):
                        raise ValidationError(
                            QT_TRANSLATE_NOOP("Errors", "{found} columns instead of {expected}"),
                            found=len(fields_),
                            expected=len(header),
                        )
                    sheet = check_sheet(
                        self._sheet_from(dict(zip(header, fields_, strict=False)), categories, existing)
                    )
                    if fold(sheet.acronym) in seen:
                        raise ValidationError(
                            QT_TRANSLATE_NOOP("Errors", 'Another partner already has the acronym "{acronym}".'),
                            acronym=sheet.acronym,
                        )
                    seen.add(fold(sheet.acronym))
                    sheets.append(sheet)
                except UserError as exc:
                    errors.append(RowError(line, exc))
        except RowError as exc:  # the csv module cannot read further
            errors.append(exc)
        if errors:
            raise ImportRejected(errors)
        return sheets

    @staticmethod
    def _sheet_from(values: dict[str, str], categories: dict[str, int], existing: dict[str, int]) -> PartnerSheet:
        def flag(name: str) -> bool | None:
            value = fold(values.get(name, ""))
            if not value:
                return None
            if value in YES:
                return True
            if value in NO:
                return False
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", '"{value}" is not yes or no (oui or non).'), value=values[name]
            )

        def number(name: str) -> int | None:
            value = values.get(name, "")
            if not value:
                return None
            try:
                return int(value)
            except ValueError:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", '"{value}" is not a whole number.'), value=value
                ) from None

        category_ids = []
        for code in filter(None, (c.strip() for c in values.get("categories", "").replace("|", ",").split(","))):
            if fold(code) not in categories:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", 'Unknown category "{value}".'), value=code)
            category_ids.append(categories[fold(code)])
        acronym = values.get("acronym", "")
        return PartnerSheet(
            id=existing.get(fold(acronym)),
            acronym=acronym,
            name=values.get("name", ""),
            colour=values.get("colour") or "#5b7db1",
            active=flag("active") is not False,
            category_ids=tuple(category_ids),
            offer=values.get("offer", ""),
            audience=values.get("audience", ""),
            keywords=values.get("keywords", ""),
            by_appointment=bool(flag("by_appointment")),
            undocumented_ok=flag("undocumented_ok"),
            age_min=number("age_min"),
            age_max=number("age_max"),
            languages=values.get("languages", ""),
            free=flag("free"),
            referent_name=values.get("referent_name", ""),
            referent_phone=values.get("referent_phone", ""),
            referent_email=values.get("referent_email", ""),
            address=values.get("address", ""),
            outside_hours=values.get("outside_hours", ""),
            appointments_enabled=bool(flag("appointments_enabled")),
            slot_minutes=number("slot_minutes") or 30,
        )

    # -- the printed guide ---------------------------------------------------------
    @requires(Action.READ_DIRECTORY)
    def guide_entries(self, translate: Translate) -> list[GuideEntry]:
        today = self.ctx.now().date()
        with self.db.read() as session:
            labels = {c.id: c.label for c in session.scalars(select(CategoryRow))}
        offices = {o.id: o.name for o in self.rota.offices(active_only=False)}
        series = [s for s in self.rota.series() if s.valid_until is None or s.valid_until >= today]
        upcoming = self._upcoming()
        return [
            GuideEntry(
                sheet=sheet,
                categories=[labels[c] for c in sheet.category_ids if c in labels],
                permanences=[
                    describe_series(s, translate, offices, today) for s in series if s.organisation_id == sheet.id
                ],
                next_occurrence=upcoming.get(sheet.id) if sheet.id is not None else None,
                conditions=conditions_of(sheet, translate),
            )
            for sheet in self.sheets(active_only=True)
        ]

    @requires(Action.READ_DIRECTORY)
    def guide_pdf(self, translate: Translate, numbers: NumberFormat) -> bytes:
        from ..reports.directory_pdf import guide  # loaded when a document is made

        data = guide(self.guide_entries(translate), sheet_context(self.db, self.ctx, translate, numbers))
        with self.db.write() as session:
            audit.record(session, self.ctx, "export", "directory_guide", "pdf", None, {"bytes": len(data)})
        return data

    @requires(Action.READ_DIRECTORY)
    def save_guide(self, translate: Translate, numbers: NumberFormat, path: Path) -> None:
        write_bytes(path, self.guide_pdf(translate, numbers))

    @staticmethod
    def _row(session: Session, organisation_id: int) -> OrganisationRow:
        return get_or_raise(
            session, OrganisationRow, organisation_id, QT_TRANSLATE_NOOP("Errors", "There is no partner number {id}.")
        )
