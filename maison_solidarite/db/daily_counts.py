"""The daily counts (migration 0010): their models, how they are rebuilt from the visits,
and how they are compared with a count of the visits.

Triggers keep them as visits are written; ``db check`` compares, ``db check --repair``
rebuilds. The rebuild and the comparison are written once here, for both databases.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base


class DailyCountRow(Base):
    """A day's visits by request category × channel × outcome × partner (0: none)."""

    __tablename__ = "daily_counts"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    category_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    outcome: Mapped[str] = mapped_column(String(16), primary_key=True)
    organisation_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    visits: Mapped[int] = mapped_column(Integer)


class DailyProfileRow(Base):
    """A day's visits by profile field × value ('' for not recorded)."""

    __tablename__ = "daily_profile"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    field: Mapped[str] = mapped_column(String(16), primary_key=True)
    value: Mapped[str] = mapped_column(String(80), primary_key=True)
    visits: Mapped[int] = mapped_column(Integer)


class DailyHourRow(Base):
    """A day's visits by hour of the day."""

    __tablename__ = "daily_hours"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    hour: Mapped[int] = mapped_column(Integer, primary_key=True)
    visits: Mapped[int] = mapped_column(Integer)


# What each table holds, as a query over the visits: (table, key columns, the same from visits).
_DAY = {"sqlite": "date(visited_at)", "postgresql": "visited_at::date"}
_HOUR = {
    "sqlite": "CAST(strftime('%H', visited_at) AS INTEGER)",
    "postgresql": "extract(hour FROM visited_at)::integer",
}
_FIRST = {
    "sqlite": "CASE first_visit WHEN 1 THEN 'yes' WHEN 0 THEN 'no' ELSE '' END",
    "postgresql": "CASE first_visit WHEN true THEN 'yes' WHEN false THEN 'no' ELSE '' END",
}


def sources(dialect: str) -> dict[str, str]:
    """For each table, the SELECT over the visits that gives its rows (visits > 0 only)."""
    day = _DAY[dialect]
    return {
        "daily_counts": (
            f"SELECT {day} AS day, category_id, channel, outcome, coalesce(organisation_id, 0) AS organisation_id, "
            f"count(*) AS visits FROM visits GROUP BY 1, 2, 3, 4, 5"
        ),
        "daily_hours": f"SELECT {day} AS day, {_HOUR[dialect]} AS hour, count(*) AS visits FROM visits GROUP BY 1, 2",
        "daily_profile": (
            f"SELECT {day} AS day, 'first_visit' AS field, {_FIRST[dialect]} AS value, count(*) AS visits "
            f"FROM visits GROUP BY 1, 2, 3 "
            f"UNION ALL SELECT {day}, 'age_band', coalesce(age_band, ''), count(*) FROM visits GROUP BY 1, 2, 3 "
            f"UNION ALL SELECT {day}, 'neighbourhood', coalesce(neighbourhood, ''), count(*) "
            f"FROM visits GROUP BY 1, 2, 3"
        ),
    }


COLUMNS = {
    "daily_counts": "day, category_id, channel, outcome, organisation_id, visits",
    "daily_hours": "day, hour, visits",
    "daily_profile": "day, field, value, visits",
}

REBUILD = {
    dialect: [
        statement
        for table, query in sources(dialect).items()
        for statement in (f"DELETE FROM {table}", f"INSERT INTO {table} ({COLUMNS[table]}) {query}")
    ]
    for dialect in ("sqlite", "postgresql")
}


def differences(dialect: str) -> dict[str, str]:
    """For each table, a query counting the rows where the table and the visits disagree."""
    result = {}
    for table, query in sources(dialect).items():
        kept = f"SELECT {COLUMNS[table]} FROM {table} WHERE visits <> 0"
        counted = f"SELECT * FROM ({query}) AS counted"
        result[table] = (
            f"SELECT count(*) FROM (SELECT * FROM ({kept} EXCEPT {counted}) AS extra "
            f"UNION ALL SELECT * FROM ({counted} EXCEPT {kept}) AS missing) AS d"
        )
    return result
