"""Past totals and paper days: stored as totals and tallies, never as invented visits."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from maison_solidarite.db.history_models import PaperTallyRow, PastTotalRow
from maison_solidarite.db.models import AuditRow, VisitRow
from maison_solidarite.domain.errors import ImportRejected, ValidationError
from maison_solidarite.domain.history import Half, PastPeriod, PastTotalEntry, StartSource
from maison_solidarite.services import Services

from .conftest import Clock


def _write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "bilans.csv"
    path.write_text(text, encoding=encoding)
    return path


def _count(services: Services, table: type) -> int:
    with services.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def test_a_file_of_past_totals_is_stored_with_its_source_and_audited(services: Services, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "période;catégorie;nombre\n2024;rights;2100\n2024;SANTÉ;310\n2024;accès aux droits sociaux;2200\n",
    )
    with pytest.raises(ImportRejected) as refused:
        services.history.import_csv(path)  # the same category twice, by code and by label
    assert [row.line for row in refused.value.rows] == [4]
    assert _count(services, PastTotalRow) == 0
    path = _write(tmp_path, "2024;rights;2100\r\n2024;SANTÉ;310\r\n2023-12;emploi et insertion;45\r\n", "cp1252")
    assert services.history.import_csv(path) == 3
    totals = services.history.totals()
    assert [(str(t.period), t.category_code, t.count, t.source) for t in totals] == [
        ("2023-12", "jobs", 45, "bilans.csv"),
        ("2024", "rights", 2100, "bilans.csv"),
        ("2024", "health", 310, "bilans.csv"),
    ]
    assert _count(services, VisitRow) == 0  # no invented visit
    with services.db.read() as session:
        entry = session.scalars(select(AuditRow).order_by(AuditRow.id.desc())).first()
    assert entry is not None and (entry.action, entry.entity, entry.entity_key) == (
        "import",
        "past_totals",
        "bilans.csv",
    )


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("2024-13;rights;5", '"2024-13" is not a year or a month'),
        ("24;rights;5", '"24" is not a year or a month'),
        ("2024;rights;-5", '"-5" is not a count'),
        ("2024;rights;4,5", '"4,5" is not a count'),
        ("2024;astrologie;5", 'unknown category "astrologie"'),
        ("2024;rights", "expected three fields"),
        ("2026;rights;5", "is not before counting began"),
    ],
)
def test_a_bad_line_is_named_and_nothing_is_written(
    services: Services, category_ids: dict[str, int], tmp_path: Path, line: str, message: str
) -> None:
    services.visits.log(category_ids["rights"], datetime(2026, 3, 2, 10))
    path = _write(tmp_path, f"2023;health;12\n{line}\n")
    with pytest.raises(ImportRejected) as refused:
        services.history.import_csv(path)
    assert refused.value.rows[0].line == 2
    assert message in str(refused.value.rows[0].cause)
    assert _count(services, PastTotalRow) == 0


def test_a_year_has_yearly_or_monthly_totals_and_the_latest_entry_wins(services: Services) -> None:
    services.history.set_totals([PastTotalEntry(PastPeriod(2024), "rights", 100)], "bilan 2024")
    with pytest.raises(ImportRejected):
        services.history.set_totals([PastTotalEntry(PastPeriod(2024, 3), "rights", 10)])
    services.history.set_totals([PastTotalEntry(PastPeriod(2024), "rights", 120)], "bilan 2024 corrigé")
    assert [(t.count, t.source) for t in services.history.totals()] == [(120, "bilan 2024 corrigé")]


def test_counting_starts_at_the_earliest_record_or_the_date_set(
    services: Services, category_ids: dict[str, int]
) -> None:
    assert services.history.counting_start().day is None
    services.visits.log(category_ids["rights"], datetime(2026, 3, 2, 10))
    assert services.history.counting_start().day == date(2026, 3, 2)
    services.tallies.add(date(2026, 2, 27), {"rights": 4})
    assert services.history.counting_start().source is StartSource.PAPER
    start = services.history.set_counting_start(date(2026, 2, 2))
    assert (start.day, start.source, start.set_day) == (date(2026, 2, 2), StartSource.SET, date(2026, 2, 2))
    services.history.set_totals([PastTotalEntry(PastPeriod(2025, 12), "rights", 40)])
    assert services.history.counting_start().day == date(2025, 12, 1)


def test_a_paper_day_is_stored_with_who_and_when(services: Services, clock: Clock) -> None:
    stored = services.tallies.add(date(2026, 11, 16), {"rights": 12, "HEALTH": 3, "jobs": 0}, Half.MORNING)
    assert [(t.category_code, t.count, t.half) for t in stored] == [
        ("rights", 12, Half.MORNING),
        ("health", 3, Half.MORNING),
    ]
    assert [(t.entered_by, t.entered_at) for t in services.tallies.on_day(date(2026, 11, 16))] == [
        ("agent.test", clock())
    ] * 2
    assert _count(services, VisitRow) == 0


@pytest.mark.parametrize(
    ("day", "counts", "message"),
    [
        (date(2026, 11, 18), {"rights": 2}, "is in the future"),
        (date(2026, 11, 11), {"rights": 2}, "was closed on 11/11/2026"),  # Armistice
        (date(2026, 11, 15), {"rights": 2}, "does not open on 15/11/2026"),  # a Sunday
        (date(2026, 11, 16), {"astrologie": 2}, 'unknown category "astrologie"'),
        (date(2026, 11, 16), {"rights": -2}, "is not a count"),
        (date(2026, 11, 16), {"rights": 0}, "at least one count"),
    ],
)
def test_a_bad_paper_day_is_refused_and_nothing_is_written(
    services: Services, day: date, counts: dict[str, int], message: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        services.tallies.add(day, counts)
    assert message in str(refused.value)
    assert _count(services, PaperTallyRow) == 0


def test_a_closed_day_is_taken_once_confirmed_and_remembered(services: Services) -> None:
    stored = services.tallies.add(date(2026, 11, 15), {"rights": 7}, confirm_closed=True)
    assert stored[0].closed_day and services.tallies.on_day(date(2026, 11, 15))[0].closed_day


def test_the_live_visits_of_a_day_are_counted_by_category(services: Services, category_ids: dict[str, int]) -> None:
    for hour in (9, 10, 11):
        services.visits.log(category_ids["rights"], datetime(2026, 11, 16, hour))
    services.visits.log(category_ids["health"], datetime(2026, 11, 16, 14))
    assert services.tallies.live_counts(date(2026, 11, 16)) == {"rights": 3, "health": 1}


def test_an_agent_enters_a_paper_day_but_not_the_past_years(services: Services, tmp_path: Path) -> None:
    from dataclasses import replace

    from maison_solidarite.domain.roles import PermissionDenied, Role

    agent = Services.create(services.db, replace(services.ctx, role=Role.AGENT))
    assert agent.tallies.add(date(2026, 11, 16), {"rights": 3})[0].count == 3
    with pytest.raises(PermissionDenied):
        agent.history.set_totals([PastTotalEntry(PastPeriod(2024), "rights", 100)])
    with pytest.raises(PermissionDenied):
        agent.history.set_counting_start(date(2026, 1, 5))
    coordinator = Services.create(services.db, replace(services.ctx, role=Role.COORDINATOR))
    assert coordinator.history.set_counting_start(date(2026, 1, 5)).day == date(2026, 1, 5)
    assert _count(services, PastTotalRow) == 0


def test_an_empty_grid_stores_and_records_nothing(services: Services) -> None:
    with services.db.read() as session:
        before = session.scalar(select(func.count()).select_from(AuditRow))
    assert services.history.set_totals([]) == 0
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditRow)) == before


def test_a_paper_day_within_a_past_total_is_refused(services: Services) -> None:
    services.history.set_totals([PastTotalEntry(PastPeriod(2025, 3), "rights", 150)])
    with pytest.raises(ValidationError) as refused:
        services.tallies.add(date(2025, 3, 12), {"health": 4})
    assert "2025-03" in str(refused.value)
    assert services.tallies.add(date(2025, 4, 1), {"health": 4})[0].count == 4
    assert _count(services, PaperTallyRow) == 1
