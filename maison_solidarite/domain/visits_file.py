"""The visits file: its columns, how each value is written and how it is read back.

Every field of a visit is a column, in this order: the date and the time, the request
and the secondary requests, the channel, the outcome, the partner it was oriented to, the
anonymous profile (first visit, age band, neighbourhood), the desk that logged it, the
note only when asked for, and last the visit's id, by which an import recognises it. The agent who logged it is left out: a
staff member's user name is personal data, the audit trail already says who did what,
and the file goes to spreadsheets and partners.

Two forms. By default the headers and the values are in words ("Date", "Motif",
"16/11/2026", "Accès aux droits sociaux", "Sur place", "Oui") for a coordinator's own
tables. With codes, the headers and the values are the codes the command line takes
("date", "category", "2026-11-16", "rights", "walk_in", "1") for other programs. The
import reads both, any case, without minding accents, and the older file with one
``datetime`` column.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TypeVar

from .categories import fold
from .errors import QT_TRANSLATE_NOOP, ValidationError
from .visits import AGE_BAND_LABELS, CHANNEL_LABELS, OUTCOME_LABELS, AgeBand, Channel, Outcome

Translate = Callable[[str, str], str]
E = TypeVar("E", bound=enum.StrEnum)
CONTEXT = "VisitsFile"
SECONDARY_SEPARATOR = " | "
_TIME = re.compile(r"(\d{1,2})[:hH](\d{2})(?::(\d{2}))?")  # 09:15, 9h15, 09:15:42

# (code, English header translated in context "VisitsFile", French header as people type it)
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("date", QT_TRANSLATE_NOOP("VisitsFile", "Date"), "Date"),
    ("time", QT_TRANSLATE_NOOP("VisitsFile", "Time"), "Heure"),
    ("category", QT_TRANSLATE_NOOP("VisitsFile", "Request"), "Motif"),
    ("secondary", QT_TRANSLATE_NOOP("VisitsFile", "Secondary requests"), "Motifs secondaires"),
    ("channel", QT_TRANSLATE_NOOP("VisitsFile", "Channel"), "Canal"),
    ("outcome", QT_TRANSLATE_NOOP("VisitsFile", "Outcome"), "Suite donnée"),
    ("orientation", QT_TRANSLATE_NOOP("VisitsFile", "Orientation"), "Orientation"),
    ("first_visit", QT_TRANSLATE_NOOP("VisitsFile", "First visit"), "Première visite"),
    ("age_band", QT_TRANSLATE_NOOP("VisitsFile", "Age band"), "Tranche d'âge"),
    ("neighbourhood", QT_TRANSLATE_NOOP("VisitsFile", "Neighbourhood"), "Quartier"),
    ("desk", QT_TRANSLATE_NOOP("VisitsFile", "Desk"), "Poste"),
    ("note", QT_TRANSLATE_NOOP("VisitsFile", "Note"), "Note"),
    ("id", QT_TRANSLATE_NOOP("VisitsFile", "Visit id"), "Identifiant"),
)
# The older file's one column for both, read still.
LEGACY_COLUMNS = (("datetime", "Date and time", "Date et heure"),)
# Other words people use for a column, read as well.
OTHER_HEADERS = {
    "category": ("Demande", "Catégorie"),
    "secondary": ("Demandes secondaires", "Catégories secondaires"),
    "outcome": ("Issue", "Suite"),
}
YES, NO = QT_TRANSLATE_NOOP("VisitsFile", "Yes"), QT_TRANSLATE_NOOP("VisitsFile", "No")
_YES_WORDS = ("1", "yes", "oui", "true", "vrai", "o", "y", "x")
_NO_WORDS = ("0", "no", "non", "false", "faux", "n")


@dataclass(frozen=True, slots=True)
class VisitLine:
    """One visit as the file holds it: codes and labels both, so that either form is written."""

    uid: str
    visited_at: datetime
    category: tuple[str, str]  # (code, label)
    secondary: tuple[tuple[str, str], ...]
    channel: Channel
    outcome: Outcome
    orientation: str | None  # the partner's acronym
    first_visit: bool | None
    age_band: AgeBand | None
    neighbourhood: str | None
    desk: str  # the desk's name where this computer knows it, else ""
    note: str | None


def column_codes(with_notes: bool) -> list[str]:
    return [code for code, _english, _french in COLUMNS if with_notes or code != "note"]


def header_row(with_notes: bool, codes: bool, translate: Translate) -> list[str]:
    return [
        code if codes else translate(CONTEXT, english)
        for code, english, _french in COLUMNS
        if with_notes or code != "note"
    ]


def value_row(line: VisitLine, with_notes: bool, codes: bool, translate: Translate) -> list[str]:
    """The cells of one line, in the order of ``column_codes``."""
    pick = 0 if codes else 1

    def label(labels: Mapping[E, str], value: E | None) -> str:
        if value is None:
            return ""
        return value if codes else translate("Labels", labels[value])

    first = {True: "1" if codes else translate(CONTEXT, YES), False: "0" if codes else translate(CONTEXT, NO)}
    cells = {
        "date": line.visited_at.date().isoformat() if codes else line.visited_at.strftime("%d/%m/%Y"),
        "time": line.visited_at.strftime("%H:%M:%S"),
        "category": line.category[pick],
        "secondary": SECONDARY_SEPARATOR.join(category[pick] for category in line.secondary),
        "channel": label(CHANNEL_LABELS, line.channel),
        "outcome": label(OUTCOME_LABELS, line.outcome),
        "orientation": line.orientation or "",
        "first_visit": "" if line.first_visit is None else first[line.first_visit],
        "age_band": label(AGE_BAND_LABELS, line.age_band),
        "neighbourhood": line.neighbourhood or "",
        "desk": line.desk,
        "note": line.note or "",
        "id": line.uid,
    }
    return [cells[code] for code in column_codes(with_notes)]


def header_words(translate: Translate) -> dict[str, str]:
    """Folded header → column code: codes, English, French, and the language's own words."""
    words: dict[str, str] = {}
    for code, english, french in COLUMNS + LEGACY_COLUMNS:
        others = OTHER_HEADERS.get(code, ())
        for word in (code, english, french, translate(CONTEXT, english), code.replace("_", " "), *others):
            words.setdefault(fold(word), code)
    return words


def enum_words(labels: Mapping[E, str], translate: Translate, extra: Mapping[E, tuple[str, ...]]) -> dict[str, str]:
    """Folded word → code for an enum's values: its codes, its English and translated labels."""
    words: dict[str, str] = {}
    for code, english in labels.items():
        for word in (code.value, english, translate("Labels", english), *extra.get(code, ())):
            words.setdefault(fold(word), code.value)
    return words


def parse_first_visit(text: str) -> bool | None:
    folded = fold(text) if text else ""
    if not folded:
        return None
    if folded in _YES_WORDS:
        return True
    if folded in _NO_WORDS:
        return False
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", 'First visit "{value}": expected yes or no (oui, non, 1, 0).'), value=text
    )


def parse_day_and_time(day_text: str, time_text: str) -> datetime:
    """ "16/11/2026" or "2026-11-16", and "09:15" or "09:15:42", into one local date and time."""
    day = _parse_day(day_text.strip())
    found = _TIME.fullmatch(time_text.strip())
    try:
        if found is None:
            raise ValueError(time_text)
        hour, minute, second = (int(part or 0) for part in found.groups())
        return datetime.combine(day, time(hour, minute, second))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", '"{value}" is not a time (expected for example 09:30).'),
            value=time_text.strip(),
        ) from None


def _parse_day(text: str) -> date:
    for form in ("%d/%m/%Y", "%Y-%m-%d", "%d/%m/%y"):  # the last as a spreadsheet saves it
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", '"{value}" is not a date (expected for example 16/11/2026 or 2026-11-16).'),
        value=text,
    )


def split_secondary(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]
