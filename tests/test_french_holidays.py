"""The French public holidays computed here are the holidays package's, name by name."""

from __future__ import annotations

from datetime import date

import holidays
from hypothesis import given
from hypothesis import strategies as st

from maison_solidarite.domain.french_holidays import easter, french_holiday, holidays_of


def test_every_year_from_1982_to_2100_matches_the_holidays_package() -> None:
    for year in range(1982, 2101):  # the package's calendar ends in 2100
        theirs = dict(holidays.country_holidays("FR", language="fr", years=year))
        assert holidays_of(year) == theirs, year


@given(st.dates(min_value=date(1982, 1, 1), max_value=date(2100, 12, 31)))
def test_any_day_is_a_holiday_exactly_when_the_package_says(day: date) -> None:
    assert french_holiday(day) == holidays.country_holidays("FR", language="fr", years=day.year).get(day)


def test_easter_falls_on_a_sunday_between_22_march_and_25_april() -> None:
    for year in range(1900, 2300):
        sunday = easter(year)
        assert sunday.weekday() == 6 and date(year, 3, 22) <= sunday <= date(year, 4, 25), year
    assert easter(2026) == date(2026, 4, 5) and easter(2000) == date(2000, 4, 23)
