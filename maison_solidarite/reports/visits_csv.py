"""The visits CSV file: what ``visits export`` writes and ``visits import`` reads.

Semicolon-separated UTF-8 with a byte-order mark, so that a spreadsheet set up for
French opens it in columns with its accents intact. Text cells are made safe for
spreadsheets (``cells.safe_text``); the import undoes it.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import IO

from ..domain.visits import ExportedVisit
from .cells import safe_row

REQUIRED_COLUMNS = ("datetime", "category")
OPTIONAL_COLUMNS = ("id", "channel", "orientation", "note")
DELIMITER = ";"
ENCODING = "utf-8-sig"


def write_visits_csv(visits: Iterable[ExportedVisit], stream: IO[str], *, with_notes: bool = False) -> int:
    columns = ["id", "datetime", "category", "channel", "orientation"] + (["note"] if with_notes else [])
    writer = csv.writer(stream, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow(columns)
    count = 0
    for visit in visits:
        row: list[object] = [
            visit.uid,
            visit.visited_at.isoformat(timespec="seconds"),
            visit.category,
            visit.channel,
            visit.orientation or "",
        ]
        if with_notes:
            row.append(visit.note or "")
        writer.writerow(safe_row(row))
        count += 1
    return count
