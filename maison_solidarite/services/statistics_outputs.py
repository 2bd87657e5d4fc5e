"""The statistics as documents: the monthly sheet, the annual review (PDF, xlsx), JSON and CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.review import ReviewDocument
from ..domain.roles import Action, requires
from ..domain.statistics import Line, NumberFormat, Period, Statistics
from ..reports.cells import Figure, safe_row
from ..reports.context import SheetContext
from ..reports.files import write_bytes
from . import audit
from .figures import Known
from .people_figures import gatherings_dict
from .review import logo_in, observations_in
from .settings import sheet_context
from .statistics import StatisticsService
from .sync.coverage import coverage_text, desk_coverage

Translate = Callable[[str, str], str]


def statistics_dict(stats: Statistics) -> dict[str, object]:
    """The figures as plain data (for JSON): counts, and shares as fractions of 1."""

    def lines(items: Iterable[Line]) -> list[dict[str, object]]:
        return [{"code": i.code, "label": i.label, "count": i.count, "share": round(i.share, 6)} for i in items]

    provenance = stats.provenance
    return {
        "from": stats.period.first.isoformat(),
        "to": stats.period.last.isoformat(),
        "known": stats.known,
        "in_progress_to": None if stats.in_progress_to is None else stats.in_progress_to.isoformat(),
        "compared_from": None if stats.compared is None else stats.compared.first.isoformat(),
        "compared_to": None if stats.compared is None else stats.compared.last.isoformat(),
        "provenance": None
        if provenance is None
        else {
            "live": provenance.live,
            "paper": provenance.paper,
            "paper_days": provenance.paper_days,
            "paper_days_closed": provenance.closed_days,
            "past_totals": provenance.past,
            "total": provenance.total,
            "counting_began": None if provenance.counting_start is None else provenance.counting_start.isoformat(),
        },
        "total": stats.total if stats.known else None,  # before counting began: not known, never 0
        "previous_total": stats.previous_total,
        "change": None if stats.change is None else round(stats.change, 6),
        "by_category": [
            {**line, "previous": c.previous}
            for line, c in zip(lines(stats.by_category), stats.by_category, strict=True)
        ],
        "by_channel": lines(stats.by_channel),
        "by_outcome": lines(stats.by_outcome),
        "by_orientation": lines(stats.by_orientation),
        "weekday_hour": [{"weekday": d, "hour": h, "count": n} for (d, h), n in sorted(stats.weekday_hour.items())],
        "profile": {name: lines(items) for name, items in stats.profile.items()},
        "permanences": [
            {
                "acronym": p.acronym,
                "held": p.held,
                "hours": round(p.minutes / 60, 2),
                "cancelled": p.cancelled,
                "not_held": p.not_held,
                "planned": p.planned,
            }
            for p in stats.permanences
        ],
        "offices": [
            {
                "office": o.office.name,
                "hours_held": round(o.minutes_held / 60, 2),
                "hours_open": round(o.minutes_open / 60, 2),
                "occupancy": round(o.occupancy, 6),
            }
            for o in stats.offices
        ],
        **({} if stats.gatherings is None else gatherings_dict(stats.gatherings)),
    }


class StatisticsOutputs:
    def __init__(self, statistics: StatisticsService) -> None:
        self.statistics = statistics
        self.db, self.ctx = statistics.db, statistics.ctx

    @requires(Action.READ_STATISTICS)
    def context(self, translate: Translate, numbers: NumberFormat) -> SheetContext:
        """The structure, the time, and on several desks which desks the figures cover."""
        context = sheet_context(self.db, self.ctx, translate, numbers)
        with self.db.read() as session:
            logo = logo_in(session)
        return replace(context, coverage=coverage_text(self.db, translate), logo=logo)

    @requires(Action.READ_STATISTICS)
    def review_document(self, year: int, translate: Translate) -> ReviewDocument:
        """The review of ``year``: its figures, the coordinator's observations, where the figures come from."""
        review = self.statistics.annual_review(year, translate)
        provenance = review.statistics.provenance
        with self.db.read() as session:
            observations = observations_in(session, year)
            known = Known.of(session)
            past_years = {y for y, _month, _category in known.past}
            before_first = known.total(session, Period.year(review.totals_by_year[0][0] - 1))
        return ReviewDocument(
            review=review,
            observations=observations,
            in_progress_until=review.in_progress_to,
            counting_began=None if provenance is None else provenance.counting_start,
            paper_visits=0 if provenance is None else provenance.paper,
            paper_days=0 if provenance is None else provenance.paper_days,
            paper_closed_days=0 if provenance is None else provenance.closed_days,
            past_total_years=tuple(sorted(past_years & {y for y, _n in review.totals_by_year})),
            before_first=before_first,
        )

    def _audit(self, action: str, what: str, key: str, detail: dict[str, object]) -> None:
        with self.db.write() as session:
            audit.record(session, self.ctx, action, what, key, None, detail)

    @requires(Action.READ_STATISTICS)
    def monthly_pdf(self, period: Period, translate: Translate, numbers: NumberFormat) -> bytes:
        from ..reports.statistics_pdf import monthly_sheet  # loaded when a document is made

        data = monthly_sheet(self.statistics.compute(period, translate), self.context(translate, numbers))
        self._audit("export", "monthly_sheet", period.first.isoformat()[:7], {"bytes": len(data)})
        return data

    @requires(Action.READ_STATISTICS)
    def wall_pdf(self, period: Period, translate: Translate, numbers: NumberFormat) -> bytes:
        """The month for the wall: one page, its total and its first requests in large type."""
        from ..reports.wall_sheet import wall_sheet

        data = wall_sheet(self.statistics.compute(period, translate), self.context(translate, numbers))
        self._audit("export", "monthly_sheet", f"{period.first:%Y-%m}", {"format": "wall", "bytes": len(data)})
        return data

    @requires(Action.READ_STATISTICS)
    def record_print(self, period: Period, printer: str | None) -> None:
        """Record that the monthly sheet of ``period`` went to ``printer`` (None: the system's)."""
        self._audit("print", "monthly_sheet", f"{period.first:%Y-%m}", {"printer": printer})

    @requires(Action.READ_STATISTICS)
    def annual_pdf(self, year: int, translate: Translate, numbers: NumberFormat) -> bytes:
        from ..reports.review_pdf import annual_review

        data = annual_review(self.review_document(year, translate), self.context(translate, numbers))
        self._audit("export", "annual_review", str(year), {"format": "pdf", "bytes": len(data)})
        return data

    @requires(Action.READ_STATISTICS)
    def annual_xlsx(self, year: int, translate: Translate, numbers: NumberFormat) -> bytes:
        from ..reports.statistics_xlsx import annual_workbook

        data = annual_workbook(self.review_document(year, translate), self.context(translate, numbers))
        self._audit("export", "annual_review", str(year), {"format": "xlsx", "bytes": len(data)})
        return data

    @requires(Action.READ_STATISTICS)
    def save_annual(self, year: int, translate: Translate, numbers: NumberFormat, path: Path) -> None:
        suffix = path.suffix.lower()
        if suffix == ".pdf":
            write_bytes(path, self.annual_pdf(year, translate, numbers))
        elif suffix == ".xlsx":
            write_bytes(path, self.annual_xlsx(year, translate, numbers))
        else:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", 'The annual review is written as .pdf or .xlsx, not "{suffix}".'),
                suffix=suffix or path.name,
            )

    @requires(Action.READ_STATISTICS)
    def as_json(self, period: Period, translate: Translate) -> str:
        figures = statistics_dict(self.statistics.compute(period, translate))
        figures["desks"] = [
            {
                "desk": d.name,
                "site": d.site,
                "this_desk": d.this_desk,
                "known_until": d.known_until.isoformat() if d.known_until else None,
            }
            for d in desk_coverage(self.db)
        ]
        return json.dumps(figures, ensure_ascii=False, indent=2)

    @requires(Action.READ_STATISTICS)
    def as_csv(self, period: Period, translate: Translate, numbers: NumberFormat) -> str:
        """One line per figure: section;code;label;count;share — for a spreadsheet.

        Codes and labels are made safe (``cells.safe_cell``); counts and shares stay figures.
        """
        stats = self.statistics.compute(period, translate)
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow(["section", "code", "label", "count", "share"])
        share = Figure(numbers.number(1.0 if stats.total else 0.0, 4))
        writer.writerow(["total", "", "", stats.total, share] if stats.known else ["total", "", "", "", ""])
        if stats.provenance is not None and stats.known:  # where the total comes from
            for code, label, count in (
                ("live", translate("Statistics", "Visits logged live"), stats.provenance.live),
                ("paper", translate("Statistics", "Counted on paper"), stats.provenance.paper),
                ("paper_days", translate("Statistics", "Paper days"), stats.provenance.paper_days),
                ("past_totals", translate("Statistics", "Past totals"), stats.provenance.past),
            ):
                writer.writerow(["provenance", code, label, count, ""])
        for section, items in (
            ("category", stats.by_category),
            ("channel", stats.by_channel),
            ("outcome", stats.by_outcome),
            ("orientation", stats.by_orientation),
        ):
            for line in items:
                writer.writerow(
                    safe_row([section, line.code, line.label, line.count, Figure(numbers.number(line.share, 4))])
                )
        return buffer.getvalue()
