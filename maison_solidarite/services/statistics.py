"""Statistics of any period, from the daily counts kept as visits are written (migration
0010): the work grows with the days of the period, not with the visits in the database."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Executable, extract, func, select
from sqlalchemy.orm import Session

from ..db.daily_counts import DailyCountRow, DailyHourRow, DailyProfileRow
from ..db.engine import Database
from ..db.models import CategoryRow, OrganisationRow
from ..domain.history import NOT_RECORDED, Provenance
from ..domain.people_figures import GatheringFigures
from ..domain.permanences import started, tally_permanences
from ..domain.roles import Action, requires
from ..domain.rota import ClosureCalendar, OfficeUse, occupancy
from ..domain.statistics import (
    AnnualReview,
    Line,
    PartnerPermanences,
    Period,
    Statistics,
    comparison_period,
    in_progress_to,
    lines,
)
from ..domain.visits import (
    AGE_BAND_LABELS,
    CHANNEL_LABELS,
    OUTCOME_LABELS,
    AgeBand,
    Channel,
    Outcome,
    ProfileField,
    by_listed_spelling,
)
from .context import DeskContext
from .figures import Known, paper_in
from .people_figures import gathering_figures
from .person_keys import ACROSS_YEARS
from .rota import RotaService
from .settings import enabled_profile_fields, neighbourhood_list, read_setting

Translate = Callable[[str, str], str]


def _counts(session: Session, query: Executable) -> dict[Any, int]:
    """{key: count} from a two-column aggregate query."""
    return {key: int(count) for key, count in session.execute(query)}


def _days(day: Any, period: Period) -> tuple[ColumnElement[bool], ...]:
    """The days of ``period``, on a daily count's ``day`` column."""
    return (day >= period.first, day <= period.last)


class StatisticsService:
    def __init__(self, db: Database, ctx: DeskContext, rota: RotaService | None = None) -> None:
        self.db, self.ctx = db, ctx
        self.rota = rota or RotaService(db, ctx)

    @requires(Action.READ_STATISTICS)
    def compute(
        self, period: Period, translate: Translate, *, compare: bool = True, permanences: bool = True
    ) -> Statistics:
        """Every figure of the period (live visits, paper days and past totals); labels are
        translated with ``translate``. See domain.statistics.Statistics for what is None."""
        today = self.ctx.now().date()
        compared = comparison_period(period, today)
        with self.db.read() as session:
            categories = list(session.scalars(select(CategoryRow).order_by(CategoryRow.position, CategoryRow.id)))
            partners = {r.id: r for r in session.scalars(select(OrganisationRow))}
            known = Known.of(session)
            counts = _Counts.of(session, period)
            paper, past = paper_in(session, period), known.past_in(period)
            matrix = _weekday_hour(session, period)
            previous = known.by_category(session, compared) if compare else None
            provenance = Provenance(
                counts.total,
                paper.total,
                paper.days,
                sum(past.values()),
                known.start,
                in_progress_to(period, today),
                paper.closed_days,
            )
            profile = self._profile(session, period, counts.total + provenance.not_recorded, translate, provenance)
            gatherings = self._gatherings(session, period)
        by_category = counts.by_category + paper.by_category + past
        total = sum(by_category.values())
        shown = [c for c in categories if c.active or by_category[c.id] or (previous is not None and previous[c.id])]
        stats = Statistics(
            period=period,
            total=total,
            previous_total=None if previous is None else sum(previous.values()),
            by_category=lines(
                [(c.code, c.label, by_category[c.id]) for c in shown],
                total,
                None if previous is None else {c.code: previous.get(c.id, 0) for c in shown},
            ),
            by_channel=lines(
                [(c.value, translate("Labels", CHANNEL_LABELS[c]), counts.by_channel[c.value]) for c in Channel]
                + _not_recorded(provenance, translate),
                total,
            ),
            by_outcome=lines(
                [(o.value, translate("Labels", OUTCOME_LABELS[o]), counts.by_outcome[o.value]) for o in Outcome]
                + _not_recorded(provenance, translate),
                total,
            ),
            by_orientation=_orientations(counts, partners),
            weekday_hour=matrix,
            profile=profile,
            known=known.knows(period) and period.first <= today,  # a period to come: nothing known yet
            in_progress_to=provenance.in_progress_to,
            compared=compared if compare else None,
            provenance=provenance,
            gatherings=gatherings,
        )
        if permanences:
            stats = self._with_permanences(stats, period, partners)
        return stats

    def _gatherings(self, session: Session, period: Period) -> GatheringFigures:
        """Distinct people, actions and meetings, with the keys' choice of period (a year or across years)."""
        across = bool(read_setting(self.db, ACROSS_YEARS, False))
        return gathering_figures(session, period.first, period.last, self.ctx.now(), across_years=across)

    def _profile(
        self, session: Session, period: Period, total: int, translate: Translate, provenance: Provenance
    ) -> dict[str, list[Line]]:
        """The profile fields switched on; the paper and past counts are among those not noted."""
        enabled = enabled_profile_fields(session)
        unknown = provenance.not_recorded

        def values(name: str) -> dict[str, int]:
            query = (
                select(DailyProfileRow.value, func.sum(DailyProfileRow.visits))
                .where(*_days(DailyProfileRow.day, period), DailyProfileRow.field == name)
                .group_by(DailyProfileRow.value)
                .having(func.sum(DailyProfileRow.visits) > 0)
            )
            return _counts(session, query)

        result: dict[str, list[Line]] = {}
        if ProfileField.FIRST_VISIT in enabled:
            counts = values("first_visit")
            result[ProfileField.FIRST_VISIT.value] = lines(
                [
                    ("yes", translate("Statistics", "First visit"), counts.get("yes", 0)),
                    ("no", translate("Statistics", "Known visitor"), counts.get("no", 0)),
                    ("unknown", translate("Statistics", "Not noted"), counts.get("", 0) + unknown),
                ],
                total,
            )
        if ProfileField.AGE_BAND in enabled:
            counts = values("age_band")
            result[ProfileField.AGE_BAND.value] = lines(
                [(b.value, translate("Labels", AGE_BAND_LABELS[b]), counts.get(b.value, 0)) for b in AgeBand]
                + [("unknown", translate("Statistics", "Not noted"), counts.get("", 0) + unknown)],
                total,
            )
        if ProfileField.NEIGHBOURHOOD in enabled:
            stored = [(name, n) for name, n in values("neighbourhood").items() if name]
            rows = by_listed_spelling(stored, neighbourhood_list(session))
            noted = sum(n for _name, n in rows)
            result[ProfileField.NEIGHBOURHOOD.value] = lines(
                [(name, name, n) for name, n in rows]  # no None: they are filtered out
                + [("unknown", translate("Statistics", "Not noted"), total - noted)],
                total,
            )
        return result

    def _with_permanences(self, stats: Statistics, period: Period, partners: dict[int, OrganisationRow]) -> Statistics:
        occurrences = self.rota.occurrences(period.first, period.last)
        if not occurrences:
            return stats
        now = self.ctx.now()
        per_partner = sorted(
            (
                PartnerPermanences(
                    partners[pid].acronym, partners[pid].name, t.held, t.minutes, t.cancelled, t.not_held, t.planned
                )
                for pid, t in tally_permanences(occurrences, now).items()
            ),
            key=lambda p: (-p.minutes, p.acronym),
        )
        hours = self.rota.opening_hours()
        calendar: ClosureCalendar = self.rota.closure_calendar()
        # the offices' use up to today: what is still to come is neither held nor open yet
        held, until = started(occurrences, now), min(period.last, now.date())
        offices = [
            OfficeUse(office, *occupancy(held, hours, office.id, period.first, until, calendar))
            for office in self.rota.offices()
        ]
        return Statistics(**{**stats.__dict__, "permanences": per_partner, "offices": offices})

    @requires(Action.READ_STATISTICS)
    def annual_review(self, year: int, translate: Translate) -> AnnualReview:
        """The year's figures, three years of totals and the monthly curve, with None where
        not known; a year in progress is compared with the same days of the year before."""
        period = Period.year(year)
        stats = self.compute(period, translate)
        now = self.ctx.now()
        with self.db.read() as session:
            known = Known.of(session)
            years = list(range(year - 2, year + 1))
            # a review of the current year stops at this month: the months to come have no visits yet
            months = [m for m in range(1, 13) if (year, m) <= (now.year, now.month)]
            figures = known.totals(session, [Period.year(y) for y in years] + [Period.month(year, m) for m in months])
            totals = list(zip(years, figures[: len(years)], strict=True))
            by_month = list(zip(months, figures[len(years) :], strict=True))
            compared = known.total(session, stats.compared) if stats.in_progress_to and stats.compared else None
        return AnnualReview(
            year=year,
            statistics=stats,
            totals_by_year=totals,
            by_month=by_month,
            in_progress_to=stats.in_progress_to,
            compared_total=compared,
        )

    @requires(Action.READ_STATISTICS)
    def first_visit_day(self) -> date | None:
        with self.db.read() as session:
            first = session.scalar(select(func.min(DailyCountRow.day)).where(DailyCountRow.visits > 0))
        return first


def _not_recorded(provenance: Provenance, translate: Translate) -> list[tuple[str, str, int]]:
    """The line of a breakdown that paper days and past totals do not give (« non renseigné »)."""
    if not provenance.not_recorded:
        return []
    return [(NOT_RECORDED, translate("Statistics", "Not noted"), provenance.not_recorded)]


def _orientations(counts: _Counts, partners: dict[int, OrganisationRow]) -> list[Line]:
    return lines(
        sorted(
            ((partners[pid].acronym, partners[pid].name, n) for pid, n in counts.by_partner.items()),
            key=lambda item: (-item[2], item[0]),
        ),
        sum(counts.by_partner.values()),
    )


@dataclass
class _Counts:
    """The period's visits counted by request, channel, outcome and partner, in one query."""

    by_category: Counter[int] = field(default_factory=Counter)
    by_channel: Counter[str] = field(default_factory=Counter)
    by_outcome: Counter[str] = field(default_factory=Counter)
    by_partner: Counter[int] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.by_category.values())

    @classmethod
    def of(cls, session: Session, period: Period) -> _Counts:
        counts = cls()
        row = DailyCountRow
        grouped = (
            select(row.category_id, row.channel, row.outcome, row.organisation_id, func.sum(row.visits))
            .where(*_days(row.day, period))
            .group_by(row.category_id, row.channel, row.outcome, row.organisation_id)
        )
        for category_id, channel, outcome, partner_id, summed in session.execute(grouped):
            count = int(summed)
            if not count:
                continue
            counts.by_category[category_id] += count
            counts.by_channel[channel] += count
            counts.by_outcome[outcome] += count
            if partner_id:  # 0: oriented to no partner
                counts.by_partner[partner_id] += count
        return counts


def _weekday_hour(session: Session, period: Period) -> dict[tuple[int, int], int]:
    """Visits by (weekday, Monday = 0; hour)."""
    weekday = extract("dow", DailyHourRow.day)
    query = (
        select(weekday, DailyHourRow.hour, func.sum(DailyHourRow.visits))
        .where(*_days(DailyHourRow.day, period))
        .group_by(weekday, DailyHourRow.hour)
        .having(func.sum(DailyHourRow.visits) > 0)
    )
    return {((int(dow) + 6) % 7, int(h)): int(count) for dow, h, count in session.execute(query)}


def _year_before(session: Session, period: Period) -> dict[int, int]:
    """The same period a year earlier, counted by request."""
    row = DailyCountRow
    return _counts(
        session,
        select(row.category_id, func.sum(row.visits))
        .where(*_days(row.day, period.year_before()))
        .group_by(row.category_id),
    )
