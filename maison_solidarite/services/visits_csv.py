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

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.models import VisitRow, visit_secondary_categories
from ..domain.errors import QT_TRANSLATE_NOOP, ImportRejected, RowError, UserError, ValidationError
from ..domain.roles import Action, requires
from ..domain.visits import content_uid
from ..domain.visits_file import Translate
from ..i18n import load_catalog
from ..reports.files import atomic_open
from ..reports.visits_csv import DELIMITER, ENCODING, write_visits_csv
from . import audit
from .context import DeskContext
from .csv_input import TextOpener, csv_rows, open_csv_file, sniff_separator, text_opener
from .import_ledger import ImportLedger
from .visits_export import visit_lines
from .visits_rows import ParsedVisit, RowReader, read_header

BATCH_ROWS = 5000
MAX_REPORTED_ERRORS = 100  # a file of bad lines is refused naming the first ones, counting all
Progress = Callable[[int, int], None]  # (rows written or recognised, rows in the file)


@dataclass(frozen=True)
class ImportResult:
    imported: int
    already_present: int


def _changed() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file changed while it was being imported. Import it again: the visits already imported will be recognised.",
        )
    )


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

    def _check(self, opener: TextOpener, now: datetime, ledger: ImportLedger) -> tuple[RowReader, str, int]:
        """The first pass: every line checked, each good one given its uid in the ledger."""
        with opener() as stream:
            separator = sniff_separator(stream)
            if separator is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file is empty."))
            rows = csv_rows(stream, separator)
            reader = RowReader(self.db, read_header(next(rows)[1]), now)
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
    def _enter(line: int, parsed: ParsedVisit, reader: RowReader, ledger: ImportLedger) -> None:
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
        reader: RowReader,
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
                batch: list[tuple[int, ParsedVisit]] = []
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

    def _row(self, uid: str, p: ParsedVisit, now: datetime) -> dict[str, object]:
        return {
            "uid": uid,
            "visited_at": p.visited_at,
            "category_id": p.category_id,
            "channel": p.channel.value,
            "outcome": p.outcome.value,
            "organisation_id": p.organisation_id,
            "first_visit": p.first_visit,
            "age_band": p.age_band.value if p.age_band else None,
            "neighbourhood": p.neighbourhood,
            "note": p.note,
            "desk_id": self.ctx.desk_id,
            "agent": self.ctx.agent,
            "created_at": now,
            "updated_at": now,
        }

    def _write_batch(self, batch: list[tuple[int, ParsedVisit]], ledger: ImportLedger, now: datetime) -> int:
        uids = ledger.uids(batch[0][0], batch[-1][0])
        if len(uids) != len(batch) or any(line not in uids or p.uid not in (None, uids[line]) for line, p in batch):
            raise _changed()
        with self.db.write() as session:
            wanted = list(uids.values())
            existing: set[str] = set()
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                existing.update(session.scalars(select(VisitRow.uid).where(VisitRow.uid.in_(chunk))))
            fresh = [(uids[line], p) for line, p in batch if uids[line] not in existing]
            rows = [self._row(uid, p, now) for uid, p in fresh]
            if rows:
                session.connection().execute(insert(cast(Table, VisitRow.__table__)), rows)  # Core: one executemany
            self._write_secondary(session, {uid: p.secondary_ids for uid, p in fresh if p.secondary_ids})
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

    @staticmethod
    def _write_secondary(session: Session, secondary: dict[str, tuple[int, ...]]) -> None:
        """The secondary requests of the visits just written, by their uids."""
        wanted = list(secondary)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            ids = session.execute(select(VisitRow.uid, VisitRow.id).where(VisitRow.uid.in_(chunk)))
            links = [{"visit_id": visit_id, "category_id": c} for uid, visit_id in ids for c in secondary[uid]]
            session.connection().execute(insert(visit_secondary_categories), links)

    @requires(Action.EXPORT_VISITS)
    def export_file(
        self,
        start: date,
        end: date,
        path: Path,
        *,
        with_notes: bool = False,
        codes: bool = False,
        translate: Translate | None = None,
    ) -> int:
        """Write the visits from ``start`` to ``end`` (both included) to ``path``: headers and
        values in words (``translate``'s language, French when not given) or, with ``codes``, as codes."""
        if end < start:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The period ends ({end}) before it starts ({start})."),
                start=start.strftime("%d/%m/%Y"),
                end=end.strftime("%d/%m/%Y"),
            )
        words = translate or load_catalog("fr").translate
        low = datetime.combine(start, time())
        high = datetime.combine(end + timedelta(days=1), time())
        with self.db.read() as session, atomic_open(path, "w", encoding=ENCODING, newline="") as stream:
            lines = visit_lines(session, low, high)
            count = write_visits_csv(lines, stream, words, with_notes=with_notes, codes=codes)
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
