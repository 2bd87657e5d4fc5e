"""What every printed document is told: who prints it, when, in which language and number format.

Kept apart from the writers so that reading it does not load reportlab.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from ..domain.dates import MONTH_NAMES, long_date
from ..domain.statistics import NumberFormat, Period, PeriodKind

Translate = Callable[[str, str], str]


@dataclass(frozen=True)
class SheetContext:
    structure: str
    generated_at: datetime
    translate: Translate
    numbers: NumberFormat
    letterhead: str = ""  # name and address on one line; the name alone when empty
    # Several desks: which desks the figures cover and up to when (empty for a desk alone).
    coverage: str = ""
    logo: bytes | None = None  # the structure's logo (PNG), drawn small at the head of every page

    @property
    def heading(self) -> str:
        return self.letterhead or self.structure

    def month_name(self, month: int) -> str:
        return self.translate("Labels", MONTH_NAMES[month - 1])

    def period_title(self, period: Period) -> str:
        """ "novembre 2026" for a month, "du 1 au 14 novembre 2026" otherwise."""
        if period.kind == PeriodKind.MONTH:
            return f"{self.month_name(period.first.month)} {period.first.year}"
        if period.kind == PeriodKind.YEAR:
            return str(period.first.year)
        if period.first == period.last:
            return long_date(period.first, self.translate)
        return self.translate("StatisticsSheet", "{first} to {last}").format(
            first=long_date(
                period.first, self.translate, with_weekday=False, with_year=period.first.year != period.last.year
            ),
            last=long_date(period.last, self.translate, with_weekday=False),
        )

    def change(self, ratio: float | None) -> str:
        return self.numbers.change(ratio, self.translate("StatisticsSheet", "n/a"))
