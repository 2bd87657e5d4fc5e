"""The visits CSV file: what ``visits export`` writes and ``visits import`` reads.

Semicolon-separated UTF-8 with a byte-order mark, so that a spreadsheet set up for
French opens it in columns with its accents intact. The columns and the two forms (words
or codes) are in ``domain/visits_file.py``. Text cells are made safe for spreadsheets
(``cells.safe_text``); the import undoes it.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import IO

from ..domain.visits_file import Translate, VisitLine, header_row, value_row
from .cells import safe_row

DELIMITER = ";"
ENCODING = "utf-8-sig"


def write_visits_csv(
    visits: Iterable[VisitLine],
    stream: IO[str],
    translate: Translate,
    *,
    with_notes: bool = False,
    codes: bool = False,
) -> int:
    writer = csv.writer(stream, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow(header_row(with_notes, codes, translate))
    count = 0
    for visit in visits:
        writer.writerow(safe_row(list(value_row(visit, with_notes, codes, translate))))
        count += 1
    return count
