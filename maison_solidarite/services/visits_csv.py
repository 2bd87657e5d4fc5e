"""Import and export of visits as CSV. An import is all-or-nothing."""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from ..db.models import CategoryRow, OrganisationRow, VisitRow
from ..db.engine import Database
from ..domain.categories import fold
from ..domain.errors import QT_TRANSLATE_NOOP, ImportRejected, RowError, UserError, ValidationError
from ..domain.visits import (
    Channel,
    ExportedVisit,
    Outcome,
    check_note,
    check_visited_at,
    parse_channel,
    parse_datetime,
)
from ..reports.files import atomic_open
from ..reports.visits_csv import DELIMITER, ENCODING, OPTIONAL_COLUMNS, REQUIRED_COLUMNS, write_visits_csv
from ..domain.roles import Action, require
from . import audit
from .context import DeskContext

MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class ImportResult:
    imported: int
    already_present: int


@dataclass(frozen=True)
class _Parsed:
    uid: str | None
    visited_at: datetime
    category_id: int
    channel: Channel
    organisation_id: int | None
    note: str | None


def _read_text(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The file {path} is larger than {max} MB."), path=str(path), max=50
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be read: {reason}"), path=str(path), reason=exc.strerror
        ) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # A spreadsheet on Windows saves "CSV" in its own code page.
        return data.decode("cp1252", errors="strict")


def _header(reader_fields: list[str]) -> list[str]:
    names = [fold(name) for name in reader_fields]
    missing = [c for c in REQUIRED_COLUMNS if c not in names]
    if missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The first line of the file must name the columns; \"{missing}\" is missing "
                "(expected: datetime;category, then optionally channel, orientation, note, id).",
            ),
            missing=", ".join(missing),
        )
    unknown = [n for n in names if n not in REQUIRED_COLUMNS + OPTIONAL_COLUMNS]
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown column \"{column}\" in the first line of the file."),
            column=unknown[0],
        )
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The column \"{column}\" appears twice."), column=sorted(duplicates)[0]
        )
    return names


class VisitCsvService:
    def __init__(self, db: Database, ctx: DeskContext) -> None:
        self.db, self.ctx = db, ctx

    def import_file(self, path: Path) -> ImportResult:
        return self.import_text(_read_text(path))

    def import_text(self, text: str) -> ImportResult:
        """Check every row, then write them all in one transaction, or none."""
        require(self.ctx.role, Action.IMPORT_VISITS)
        text = text.lstrip("\ufeff")
        if not text.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file is empty."))
        first_line = text.splitlines()[0]
        delimiter = max((";", ",", "\t"), key=first_line.count)
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        try:
            names = _header(next(reader))
        except csv.Error as exc:
            raise RowError(1, ValidationError(QT_TRANSLATE_NOOP("Errors", "malformed line ({reason})"), reason=str(exc)))
        now = self.ctx.now()
        with self.db.read() as session:
            categories = {}
            for row in session.scalars(select(CategoryRow)):
                categories[fold(row.code)] = row.id
                categories.setdefault(fold(row.label), row.id)
            organisations = {}
            for org in session.scalars(select(OrganisationRow)):
                organisations[fold(org.acronym)] = org.id
                organisations.setdefault(fold(org.name), org.id)

        parsed: list[_Parsed] = []
        errors: list[RowError] = []
        seen_uids: set[str] = set()
        while True:
            try:
                fields = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                errors.append(
                    RowError(reader.line_num, ValidationError(QT_TRANSLATE_NOOP("Errors", "malformed line ({reason})"), reason=str(exc)))
                )
                break
            if not any(f.strip() for f in fields):
                continue  # a spreadsheet's empty line
            try:
                parsed.append(self._parse_row(names, fields, categories, organisations, now, seen_uids))
            except UserError as exc:
                errors.append(RowError(reader.line_num, exc))
        if errors:
            raise ImportRejected(errors)
        if not parsed:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file has a header line but no visit."))
        return self._write(parsed, now)

    def _parse_row(
        self,
        names: list[str],
        fields: list[str],
        categories: dict[str, int],
        organisations: dict[str, int],
        now: datetime,
        seen_uids: set[str],
    ) -> _Parsed:
        if len(fields) != len(names):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{found} columns instead of {expected}"),
                found=len(fields),
                expected=len(names),
            )
        values = dict(zip(names, (f.strip() for f in fields)))
        visited_at = check_visited_at(parse_datetime(values["datetime"]), now)
        category_id = categories.get(fold(values["category"]))
        if category_id is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown category \"{value}\"."), value=values["category"])
        channel = parse_channel(values["channel"]) if values.get("channel") else Channel.WALK_IN
        organisation_id = None
        if values.get("orientation"):
            organisation_id = organisations.get(fold(values["orientation"]))
            if organisation_id is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Unknown partner \"{value}\"."), value=values["orientation"]
                )
        uid = values.get("id") or None
        if uid is not None:
            try:
                uid = str(uuid.UUID(uid))
            except ValueError:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "\"{value}\" is not a visit id."), value=uid) from None
            if uid in seen_uids:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "the id {value} appears twice in the file."), value=uid)
            seen_uids.add(uid)
        return _Parsed(uid, visited_at, category_id, channel, organisation_id, check_note(values.get("note")))

    def _write(self, parsed: list[_Parsed], now: datetime) -> ImportResult:
        with self.db.write() as session:
            wanted = [p.uid for p in parsed if p.uid]
            existing: set[str] = set()
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                existing.update(session.scalars(select(VisitRow.uid).where(VisitRow.uid.in_(chunk))))
            rows = [
                {
                    "uid": p.uid or str(uuid.uuid4()),
                    "visited_at": p.visited_at,
                    "category_id": p.category_id,
                    "channel": p.channel.value,
                    "outcome": (Outcome.ORIENTED if p.organisation_id else Outcome.ANSWERED).value,
                    "organisation_id": p.organisation_id,
                    "note": p.note,
                    "desk_id": self.ctx.desk_id,
                    "agent": self.ctx.agent,
                    "created_at": now,
                    "updated_at": now,
                }
                for p in parsed
                if p.uid not in existing
            ]
            if rows:
                session.execute(insert(VisitRow), rows)
            audit.record(
                session, self.ctx, "import", "visit", "csv", None, {"imported": len(rows), "already_present": len(existing)}
            )
        return ImportResult(imported=len(rows), already_present=len(existing))

    def export_file(self, start: date, end: date, path: Path, *, with_notes: bool = False) -> int:
        """Write the visits from ``start`` to ``end`` (both included) to ``path``."""
        require(self.ctx.role, Action.EXPORT_VISITS)
        if end < start:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The period ends ({end}) before it starts ({start})."),
                start=start.strftime("%d/%m/%Y"),
                end=end.strftime("%d/%m/%Y"),
            )
        low = datetime.combine(start, time())
        high = datetime.combine(end + timedelta(days=1), time())
        query = (
            select(VisitRow.uid, VisitRow.visited_at, CategoryRow.code, VisitRow.channel, OrganisationRow.acronym, VisitRow.note)
            .join(CategoryRow, CategoryRow.id == VisitRow.category_id)
            .outerjoin(OrganisationRow, OrganisationRow.id == VisitRow.organisation_id)
            .where(VisitRow.visited_at >= low, VisitRow.visited_at < high)
            .order_by(VisitRow.visited_at, VisitRow.id)
        )
        with self.db.read() as session, atomic_open(path, "w", encoding=ENCODING, newline="") as stream:
            count = write_visits_csv(
                (ExportedVisit(*row) for row in session.execute(query)), stream, with_notes=with_notes
            )
        with self.db.write() as session:
            audit.record(
                session,
                self.ctx,
                "export",
                "visit",
                "csv",
                None,
                {"from": start.isoformat(), "to": end.isoformat(), "count": count, "notes": with_notes},
            )
        return count


__all__ = ["DELIMITER", "ImportResult", "VisitCsvService"]
