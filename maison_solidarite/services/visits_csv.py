"""Import and export of visits as CSV.

An import reads the file twice, streaming, so that its size does not decide the memory
it takes. The first pass checks every line and writes nothing: one bad line and the
whole file is refused, naming every bad line. The second pass writes the lines in
batches of ``BATCH_ROWS``, each batch its own short write transaction, so that another
desk waits at most one batch, never the whole file.

A visit already in the database is recognised and not imported again: by its id when
the file gives one, otherwise by a uid derived from its content (``content_uid``), the
n-th of several identical lines of a file getting the n-th uid. Importing a file twice
therefore adds nothing the second time, and an import interrupted after some batches
(the computer switched off, the database busy) is finished by importing the same file
again: the batches already written are recognised, the rest is imported.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import cast

from sqlalchemy import Table, insert, select

from ..db.engine import Database
from ..db.models import CategoryRow, OrganisationRow, VisitRow
from ..domain.categories import fold
from ..domain.errors import QT_TRANSLATE_NOOP, ImportRejected, RowError, UserError, ValidationError
from ..domain.roles import Action, requires
from ..domain.visits import (
    Channel,
    ExportedVisit,
    Outcome,
    check_note,
    check_visited_at,
    content_uid,
    parse_channel,
    parse_datetime,
)
from ..reports.files import atomic_open
from ..reports.visits_csv import DELIMITER, ENCODING, OPTIONAL_COLUMNS, REQUIRED_COLUMNS, write_visits_csv
from . import audit
from .context import DeskContext
from .csv_input import TextOpener, csv_rows, open_csv_file, sniff_separator, text_opener
from .import_ledger import ImportLedger

BATCH_ROWS = 5000
MAX_REPORTED_ERRORS = 100  # a file of bad lines is refused naming the first ones, counting all
Progress = Callable[[int, int], None]  # (rows written or recognised, rows in the file)


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
    outcome: Outcome
    organisation_id: int | None
    note: str | None


def _header(reader_fields: list[str]) -> list[str]:
    names = [fold(name) for name in reader_fields]
    missing = [c for c in REQUIRED_COLUMNS if c not in names]
    if missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                'The first line of the file must name the columns; "{missing}" is missing '
                "(expected: datetime;category, then optionally channel, orientation, note, id).",
            ),
            missing=", ".join(missing),
        )
    unknown = [n for n in names if n not in REQUIRED_COLUMNS + OPTIONAL_COLUMNS]
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", 'Unknown column "{column}" in the first line of the file.'),
            column=unknown[0],
        )
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", 'The column "{column}" appears twice.'), column=sorted(duplicates)[0]
        )
    return names


def _changed() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file changed while it was being imported. Import it again: the visits already imported will be recognised.",
        )
    )


class _RowReader:
    """Turns the fields of one line into a visit, with the database's categories and partners."""

    def __init__(self, db: Database, names: list[str], now: datetime) -> None:
        self.names, self.now = names, now
        with db.read() as session:
            categories = list(session.scalars(select(CategoryRow)))
            partners = list(session.scalars(select(OrganisationRow)))
        # A code or an acronym wins over a label or a name that folds the same.
        self.codes = {row.id: row.code for row in categories}
        self.categories = {fold(row.label): row.id for row in categories} | {
            fold(row.code): row.id for row in categories
        }
        self.acronyms = {org.id: org.acronym for org in partners}
        self.organisations = {fold(org.name): org.id for org in partners} | {
            fold(org.acronym): org.id for org in partners
        }

    def parse(self, fields: list[str]) -> _Parsed:
        if len(fields) != len(self.names):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{found} columns instead of {expected}"),
                found=len(fields),
                expected=len(self.names),
            )
        values = dict(zip(self.names, fields, strict=False))
        visited_at = check_visited_at(parse_datetime(values["datetime"]), self.now)
        category_id = self.categories.get(fold(values["category"]))
        if category_id is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", 'Unknown category "{value}".'), value=values["category"])
        channel = parse_channel(values["channel"]) if values.get("channel") else Channel.WALK_IN
        organisation_id = None
        if values.get("orientation"):
            organisation_id = self.organisations.get(fold(values["orientation"]))
            if organisation_id is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", 'Unknown partner "{value}".'), value=values["orientation"]
                )
        uid = values.get("id") or None
        if uid is not None:
            try:
                uid = str(uuid.UUID(uid))
            except ValueError:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", '"{value}" is not a visit id.'), value=uid) from None
        outcome = Outcome.ORIENTED if organisation_id else Outcome.ANSWERED
        return _Parsed(uid, visited_at, category_id, channel, outcome, organisation_id, check_note(values.get("note")))

    def content(self, p: _Parsed) -> tuple[str, ...]:
        """What a visit says, normalised: the source of the uid of a line without one."""
        partner = self.acronyms[p.organisation_id] if p.organisation_id else ""
        profile = ("", "", "")  # first visit, age band, neighbourhood: not in the file
        when = p.visited_at.isoformat(timespec="seconds")
        return (when, self.codes[p.category_id], p.channel.value, p.outcome.value, partner, *profile, p.note or "")


def _data_lines(stream_rows: Iterator[tuple[int, list[str]]]) -> Iterator[tuple[int, list[str]]]:
    return ((line, fields) for line, fields in stream_rows if any(fields))  # a spreadsheet's empty line


class VisitCsvService:
    def __init__(self, db: Database, ctx: DeskContext) -> None:
        self.db, self.ctx = db, ctx

    @requires(Action.IMPORT_VISITS)
    def import_file(self, path: Path, progress: Progress | None = None) -> ImportResult:
        """Import ``path`` (UTF-8 or Windows-1252); ``progress(done, total)`` follows the writing."""
        with open_csv_file(path) as opener:
            return self._import(opener, progress)

    @requires(Action.IMPORT_VISITS)
    def import_text(self, text: str, progress: Progress | None = None) -> ImportResult:
        return self._import(text_opener(text), progress)

    def _import(self, opener: TextOpener, progress: Progress | None) -> ImportResult:
        now = self.ctx.now()
        with ImportLedger() as ledger:
            reader, separator, total = self._check(opener, now, ledger)
            return self._write(opener, reader, separator, ledger, total, progress, now)

    def _check(self, opener: TextOpener, now: datetime, ledger: ImportLedger) -> tuple[_RowReader, str, int]:
        """The first pass: every line checked, each good one given its uid in the ledger."""
        with opener() as stream:
            separator = sniff_separator(stream)
            if separator is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file is empty."))
            rows = csv_rows(stream, separator)
            reader = _RowReader(self.db, _header(next(rows)[1]), now)
            errors: list[RowError] = []
            bad = good = 0
            try:
                for line, fields in _data_lines(rows):
                    try:
                        self._enter(line, reader.parse(fields), reader, ledger)
                        good += 1
                    except UserError as exc:
                        bad += 1
                        if len(errors) < MAX_REPORTED_ERRORS:
                            errors.append(RowError(line, exc))
            except RowError as exc:  # the csv module cannot read further
                bad += 1
                errors.append(exc)
        if errors:
            raise ImportRejected(errors, total=bad)
        if not good:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file has a header line but no visit."))
        return reader, separator, good

    @staticmethod
    def _enter(line: int, parsed: _Parsed, reader: _RowReader, ledger: ImportLedger) -> None:
        uid = parsed.uid
        if uid is None:
            content = reader.content(parsed)
            uid = content_uid(content, 0)  # the first of identical lines; it also names them all
            occurrence = ledger.occurrence(uid)
            if occurrence:
                uid = content_uid(content, occurrence)
        if not ledger.add(line, uid):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "the id {value} appears twice in the file."), value=uid)

    def _write(
        self,
        opener: TextOpener,
        reader: _RowReader,
        separator: str,
        ledger: ImportLedger,
        total: int,
        progress: Progress | None,
        now: datetime,
    ) -> ImportResult:
        """The second pass: the same lines again, written batch by batch."""
        imported = done = 0
        if progress:
            progress(0, total)
        try:
            with opener() as stream:
                rows = csv_rows(stream, separator)
                next(rows)  # the header, already checked
                batch: list[tuple[int, _Parsed]] = []
                for line, fields in _data_lines(rows):
                    batch.append((line, reader.parse(fields)))
                    if len(batch) == BATCH_ROWS or done + len(batch) == total:
                        imported += self._write_batch(batch, ledger, now)
                        done += len(batch)
                        batch = []
                        if progress:
                            progress(done, total)
            if batch or done != total:
                raise _changed()
        except (ValidationError, UnicodeDecodeError, StopIteration) as exc:
            # The first pass found every line good: the file is no longer what it was.
            raise _changed() from exc
        return ImportResult(imported=imported, already_present=total - imported)

    def _write_batch(self, batch: list[tuple[int, _Parsed]], ledger: ImportLedger, now: datetime) -> int:
        uids = ledger.uids(batch[0][0], batch[-1][0])
        if len(uids) != len(batch) or any(line not in uids or p.uid not in (None, uids[line]) for line, p in batch):
            raise _changed()
        with self.db.write() as session:
            wanted = list(uids.values())
            existing: set[str] = set()
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                existing.update(session.scalars(select(VisitRow.uid).where(VisitRow.uid.in_(chunk))))
            rows = [
                {
                    "uid": uids[line],
                    "visited_at": p.visited_at,
                    "category_id": p.category_id,
                    "channel": p.channel.value,
                    "outcome": p.outcome.value,
                    "organisation_id": p.organisation_id,
                    "note": p.note,
                    "desk_id": self.ctx.desk_id,
                    "agent": self.ctx.agent,
                    "created_at": now,
                    "updated_at": now,
                }
                for line, p in batch
                if uids[line] not in existing
            ]
            if rows:
                session.connection().execute(insert(cast(Table, VisitRow.__table__)), rows)  # Core: one executemany
            audit.record(
                session,
                self.ctx,
                "import",
                "visit",
                "csv",
                None,
                {"imported": len(rows), "already_present": len(existing)},
            )
        return len(rows)

    @requires(Action.EXPORT_VISITS)
    def export_file(self, start: date, end: date, path: Path, *, with_notes: bool = False) -> int:
        """Write the visits from ``start`` to ``end`` (both included) to ``path``."""
        if end < start:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The period ends ({end}) before it starts ({start})."),
                start=start.strftime("%d/%m/%Y"),
                end=end.strftime("%d/%m/%Y"),
            )
        low = datetime.combine(start, time())
        high = datetime.combine(end + timedelta(days=1), time())
        query = (
            select(
                VisitRow.uid,
                VisitRow.visited_at,
                CategoryRow.code,
                VisitRow.channel,
                OrganisationRow.acronym,
                VisitRow.note,
            )
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
