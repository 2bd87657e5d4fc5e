"""Past totals (the years before the app) and the day counting began, for each site.

- ``HistoryService.import_csv(path)``: a CSV of ``period;category;count`` lines
  (``period`` YYYY or YYYY-MM, ``category`` a code or a label in any case, the header line
  optional), all or nothing; a bad line is named with its number and nothing is written.
- ``HistoryService.set_totals(entries, source)``: the same rules, for the grid a
  coordinator types in the window.
- ``HistoryService.totals()``: what is stored (the latest entry for each period and category).
- ``HistoryService.counting_start()`` / ``set_counting_start(day)``: the day counting
  began: the earliest of the first visit logged, the first paper day, the first past
  total, and the date a coordinator set (a setting of the site).

A past total is refused for a period that does not end before counting began live (the
first visit or paper day): those days are counted already. In one year the totals are
either yearly or monthly, so that no visit is counted twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ..db.daily_counts import DailyCountRow
from ..db.engine import Database
from ..db.history_models import SOURCE_MAX, PaperTallyRow, PastTotalRow
from ..db.models import CategoryRow
from ..db.sync_models import SyncStateRow
from ..domain.categories import fold
from ..domain.errors import QT_TRANSLATE_NOOP, ImportRejected, RowError, UserError, ValidationError
from ..domain.history import (
    CountingStart,
    PastPeriod,
    PastTotal,
    PastTotalEntry,
    StartSource,
    earliest_start,
    parse_count,
    parse_past_period,
)
from ..domain.roles import Action, requires
from . import audit
from .context import DeskContext
from .csv_input import csv_rows, open_csv_file, sniff_separator
from .settings import _put, setting_in

COUNTING_START = "counting_start"  # {site: "YYYY-MM-DD"}; site "" for a desk that works alone
_HEADER = {"period", "periode", "annee", "mois", "year", "month"}


# -- reading, in the caller's transaction --------------------------------------------------
def latest_totals(session: Session) -> dict[tuple[int, int | None, int], int]:
    """{(year, month or None, category id): count}, the latest entry of each key."""
    rows = session.execute(
        select(PastTotalRow.year, PastTotalRow.month, PastTotalRow.category_id, PastTotalRow.count).order_by(
            PastTotalRow.entered_at, PastTotalRow.id
        )
    )
    return {(int(y), None if m is None else int(m), int(c)): int(n) for y, m, c, n in rows}


def live_start(session: Session) -> date | None:
    """The first day counted live: the first visit logged, or the first paper day."""
    first_visit = session.scalar(select(func.min(DailyCountRow.day)).where(DailyCountRow.visits > 0))
    first_paper = session.scalar(select(func.min(PaperTallyRow.day)))
    days = [d for d in (first_visit, first_paper) if d is not None]
    return min(days) if days else None


def _site(session: Session) -> str | None:
    """This desk's site; None on the hub or alone (then every site's date counts)."""
    return session.scalar(select(SyncStateRow.site))


def _set_days(session: Session) -> dict[str, str]:
    stored = setting_in(session, COUNTING_START, {})
    return {str(k): str(v) for k, v in stored.items()} if isinstance(stored, dict) else {}


def counting_start_in(session: Session) -> CountingStart:
    """The day counting began here (the hub: the earliest of its sites)."""
    site, days = _site(session), _set_days(session)
    if site is None:  # the hub (every site), or a desk alone ("" only)
        chosen = list(days.values())
    else:  # this site's date, or the one set while the desk worked alone
        chosen = [days[key] for key in (site, "") if key in days][:1]
    set_day = min((date.fromisoformat(d) for d in chosen), default=None)
    first_visit = session.scalar(select(func.min(DailyCountRow.day)).where(DailyCountRow.visits > 0))
    first_paper = session.scalar(select(func.min(PaperTallyRow.day)))
    first_past = session.execute(
        select(PastTotalRow.year, PastTotalRow.month)
        .order_by(PastTotalRow.year, PastTotalRow.month.is_not(None), PastTotalRow.month)
        .limit(1)
    ).first()
    past = None if first_past is None else PastPeriod(int(first_past[0]), first_past[1]).first
    return earliest_start(
        {StartSource.VISIT: first_visit, StartSource.PAPER: first_paper, StartSource.PAST: past}, set_day
    )


def _category_lookup(session: Session) -> dict[str, CategoryRow]:
    """Each category by its folded code and its folded label."""
    lookup: dict[str, CategoryRow] = {}
    for row in session.scalars(select(CategoryRow)):
        lookup.setdefault(fold(row.label), row)
        lookup[fold(row.code)] = row
    return lookup


def _unknown_category(value: str) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("Errors", 'unknown category "{value}"'), value=value)


class HistoryService:
    """Past totals and the counting start; ``shared`` is where settings are written (the hub, once joined)."""

    def __init__(self, db: Database, ctx: DeskContext, shared: Database | None = None) -> None:
        self.db, self.ctx = db, ctx
        self.shared = shared or db

    @requires(Action.IMPORT_VISITS)
    def import_csv(self, path: Path) -> int:
        """Store the past totals of ``path``, all or nothing; return how many lines were stored.

        ImportRejected (each bad line named with its number) when any line is bad."""
        with open_csv_file(path) as opener, opener() as stream:
            separator = sniff_separator(stream) or ";"
            lines = list(csv_rows(stream, separator))
        entries: list[tuple[int, PastTotalEntry]] = []
        errors: list[RowError] = []
        for number, fields in lines:
            if not any(fields):
                continue
            if number == 1 and fields and fold(fields[0]) in _HEADER:
                continue
            try:
                entries.append((number, _entry(fields)))
            except UserError as exc:
                errors.append(RowError(number, exc))
        return self._store(entries, errors, path.name)

    @requires(Action.IMPORT_VISITS)
    def set_totals(self, entries: Sequence[PastTotalEntry], source: str = "") -> int:
        """Store past totals typed in the window (the same rules as the file); return how many.

        ImportRejected, numbered from 1 in the order given, when any is bad."""
        return self._store(list(enumerate(entries, start=1)), [], source)

    def _store(self, entries: list[tuple[int, PastTotalEntry]], errors: list[RowError], source: str) -> int:
        with self.db.write() as session:
            lookup, stored = _category_lookup(session), latest_totals(session)
            began = live_start(session)
            checked = _check(entries, lookup, stored, began, errors)
            if errors:
                raise ImportRejected(sorted(errors, key=lambda e: e.line))
            if not checked:
                return 0  # nothing to store, nothing to record
            now, source = self.ctx.now(), source[:SOURCE_MAX]
            values = [
                {
                    "uid": str(uuid.uuid4()),
                    "year": e.period.year,
                    "month": e.period.month,
                    "category_id": category_id,
                    "count": e.count,
                    "source": source,
                    "entered_by": self.ctx.agent,
                    "entered_at": now,
                    "desk_id": self.ctx.desk_id,
                    "origin": session.scalar(select(SyncStateRow.desk_uid)),
                }
                for e, category_id in checked
            ]
            if values:
                session.execute(insert(PastTotalRow), values)
            periods = sorted({str(e.period) for e, _ in checked})
            audit.record(
                session,
                self.ctx,
                "import",
                "past_totals",
                source or "grid",
                None,
                {"lines": len(values), "periods": ", ".join(periods)},
            )
        return len(values)

    @requires(Action.READ_STATISTICS)
    def totals(self) -> list[PastTotal]:
        """The past totals stored: the latest entry for each period and category, in order."""
        with self.db.read() as session:
            categories = {r.id: r for r in session.scalars(select(CategoryRow))}
            latest: dict[tuple[int, int | None, int], PastTotalRow] = {}
            for row in session.scalars(select(PastTotalRow).order_by(PastTotalRow.entered_at, PastTotalRow.id)):
                latest[(row.year, row.month, row.category_id)] = row
        result = [
            PastTotal(
                PastPeriod(r.year, r.month),
                categories[r.category_id].code,
                categories[r.category_id].label,
                r.count,
                r.source,
                r.entered_by,
                r.entered_at,
            )
            for r in latest.values()
        ]
        return sorted(result, key=lambda t: (t.period.year, t.period.month or 0, categories_position(t, categories)))

    @requires(Action.READ_STATISTICS)
    def counting_start(self) -> CountingStart:
        """The day counting began for this desk's site, and what set it."""
        with self.db.read() as session:
            return counting_start_in(session)

    @requires(Action.IMPORT_VISITS)
    def set_counting_start(self, day: date | None) -> CountingStart:
        """Set (None: forget) the day this site began counting; it counts only if it comes
        before the first visit, paper day and past total. Recorded in the audit trail."""
        with self.db.read() as session:
            site = _site(session) or ""
        with self.shared.write() as session:
            days = _set_days(session)
            before = dict(days)
            if day is None:
                days.pop(site, None)
            else:
                days[site] = day.isoformat()
            _put(session, self.ctx, COUNTING_START, days, before or None)
        with self.db.read() as session:
            return counting_start_in(session)


def categories_position(total: PastTotal, categories: dict[int, CategoryRow]) -> int:
    return next((r.position for r in categories.values() if r.code == total.category_code), 0)


def _entry(fields: list[str]) -> PastTotalEntry:
    """One line: period, category, count."""
    if len(fields) < 3 or any(f for f in fields[3:]):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "expected three fields: period;category;count ({count} found)"),
            count=len([f for f in fields if f]),
        )
    period = parse_past_period(fields[0])
    if not fields[1]:
        raise _unknown_category("")
    return PastTotalEntry(period, fields[1], parse_count(fields[2]))


def _check(
    entries: Iterable[tuple[int, PastTotalEntry]],
    lookup: dict[str, CategoryRow],
    stored: dict[tuple[int, int | None, int], int],
    began: date | None,
    errors: list[RowError],
) -> list[tuple[PastTotalEntry, int]]:
    """The entries with their category ids; each bad one appended to ``errors``."""
    monthly = {y: m is not None for (y, m, _c) in stored}
    seen: set[tuple[PastPeriod, int]] = set()
    checked: list[tuple[PastTotalEntry, int]] = []
    for number, entry in entries:
        try:
            checked.append((entry, _check_one(entry, lookup, monthly, seen, began)))
        except UserError as exc:
            errors.append(RowError(number, exc))
    return checked


def _check_one(
    entry: PastTotalEntry,
    lookup: dict[str, CategoryRow],
    monthly: dict[int, bool],
    seen: set[tuple[PastPeriod, int]],
    began: date | None,
) -> int:
    category = lookup.get(fold(entry.category))
    if category is None:
        raise _unknown_category(entry.category)
    if entry.count < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", '"{value}" is not a count: give a whole number, 0 or more.'),
            value=str(entry.count),
        )
    if began is not None and entry.period.last >= began:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{period} is not before counting began at the desk ({day}): refused."),
            period=str(entry.period),
            day=began.strftime("%d/%m/%Y"),
        )
    is_month = entry.period.month is not None
    if monthly.setdefault(entry.period.year, is_month) != is_month:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{year} has both yearly and monthly totals: give one or the other."),
            year=entry.period.year,
        )
    key = (entry.period, category.id)
    if key in seen:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{period} and {category} are given twice."),
            period=str(entry.period),
            category=category.label,
        )
    seen.add(key)
    return category.id
