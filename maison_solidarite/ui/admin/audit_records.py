"""The record an audit entry is about, named as a person would: never its id."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QLocale

from ...domain.errors import QT_TRANSLATE_NOOP
from ...services.audit import AuditEntry, RecordNames
from .audit_words import ENTITIES, SETTINGS, label

COLLECTIONS = {  # records named by a word, not by one row: imports, exports, purges
    ("visit", "csv"): QT_TRANSLATE_NOOP("AuditWords", "Visits (CSV file)"),
    ("visit", "demo"): QT_TRANSLATE_NOOP("AuditWords", "Demonstration visits"),
    ("visit", "notes"): QT_TRANSLATE_NOOP("AuditWords", "Notes of the visits"),
    ("organisation", "csv"): QT_TRANSLATE_NOOP("AuditWords", "Partner directory (CSV file)"),
    ("organisation", "demo"): QT_TRANSLATE_NOOP("AuditWords", "Demonstration partners"),
    ("appointment", "contacts"): QT_TRANSLATE_NOOP("AuditWords", "Contacts of the appointments"),
    ("account", "switched_off"): QT_TRANSLATE_NOOP("AuditWords", "Switched-off accounts"),
    ("account", "?"): QT_TRANSLATE_NOOP("AuditWords", "Unknown login"),
    ("directory_guide", "pdf"): QT_TRANSLATE_NOOP("AuditWords", "Guide of the permanences"),
    ("audit_log", "older"): QT_TRANSLATE_NOOP("AuditWords", "Older entries of the audit trail"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditWords", text)


def _snapshot(entry: AuditEntry, field: str) -> object:
    for values in (entry.after, entry.before):
        if values and values.get(field) is not None:
            return values[field]
    return None


def _weekday(weekday: int) -> str:
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def _partner(names: RecordNames, organisation_id: object) -> str:
    try:
        return names.organisations.get(int(str(organisation_id)), "?")
    except ValueError:
        return "?"


def _visit(entry: AuditEntry, names: RecordNames) -> str:
    at = _snapshot(entry, "visited_at")
    if at is None:
        return label(ENTITIES, "visit")
    when = datetime.fromisoformat(str(at))
    return QCoreApplication.translate("AuditWords", "Visit of {date} at {time}").format(
        date=f"{when:%d/%m}", time=f"{when:%H:%M}"
    )


def _permanence(entry: AuditEntry, names: RecordNames) -> str:
    known = names.series.get(int(entry.key)) if entry.key.isdigit() else None
    organisation: object
    if known is not None:
        weekday, start, organisation = known
    else:
        weekday, organisation = int(str(_snapshot(entry, "weekday") or 0)), _snapshot(entry, "organisation_id")
        start = time.fromisoformat(str(_snapshot(entry, "start") or "00:00"))
    return QCoreApplication.translate("AuditWords", "Permanence of {weekday} at {time} ({partner})").format(
        weekday=_weekday(weekday), time=f"{start:%H:%M}", partner=_partner(names, organisation)
    )


def _permanence_change(entry: AuditEntry, names: RecordNames) -> str:
    series, _, day = entry.key.partition(":")
    known = names.series.get(int(series)) if series.isdigit() else None
    when = date.fromisoformat(day)
    return QCoreApplication.translate("AuditWords", "Permanence of {day} ({partner})").format(
        day=f"{_weekday(when.weekday())} {when:%d/%m}", partner=_partner(names, known[2] if known else None)
    )


def _closure(entry: AuditEntry, names: RecordNames) -> str:
    known = names.closures.get(int(entry.key)) if entry.key.isdigit() else None
    name = known[0] if known else str(_snapshot(entry, "label") or "")
    return QCoreApplication.translate("AuditWords", 'Closure "{label}"').format(label=name)


def _appointment(entry: AuditEntry, names: RecordNames) -> str:
    known = names.appointments.get(int(entry.key)) if entry.key.isdigit() else None
    if known is None:
        day, start, partner = _snapshot(entry, "day"), _snapshot(entry, "start"), _snapshot(entry, "organisation")
        day = date.fromisoformat(str(day)) if day else None
    else:
        day, start, partner = known[1], f"{known[2]:%H:%M}", _partner(names, known[0])
    if day is None:
        return label(ENTITIES, "appointment")
    return QCoreApplication.translate("AuditWords", "Appointment of {date} at {time} ({partner})").format(
        date=f"{day:%d/%m}", time=start, partner=partner or "?"
    )


def _appointment_sheet(entry: AuditEntry, names: RecordNames) -> str:
    organisation, _, day = entry.key.partition(":")
    return QCoreApplication.translate("AuditWords", "Appointments of {date} ({partner})").format(
        date=f"{date.fromisoformat(day):%d/%m/%Y}", partner=_partner(names, organisation)
    )


def _monthly_sheet(entry: AuditEntry, _names: RecordNames) -> str:
    year, _, month = entry.key.partition("-")
    month_name = QLocale().standaloneMonthName(int(month), QLocale.FormatType.LongFormat)
    return QCoreApplication.translate("AuditWords", "Monthly sheet of {month} {year}").format(
        month=month_name, year=year
    )


def _rota_ics(entry: AuditEntry, names: RecordNames) -> str:
    if not entry.key.isdigit():
        return QCoreApplication.translate("AuditWords", "Calendar of every permanence")
    return QCoreApplication.translate("AuditWords", "Calendar of the permanences of {partner}").format(
        partner=_partner(names, entry.key)
    )


_NAMERS: dict[str, Callable[[AuditEntry, RecordNames], str]] = {
    "visit": _visit,
    "permanence": _permanence,
    "permanence_change": _permanence_change,
    "closure": _closure,
    "appointment": _appointment,
    "appointment_sheet": _appointment_sheet,
    "monthly_sheet": _monthly_sheet,
    "rota_ics": _rota_ics,
    "annual_review": lambda e, _n: QCoreApplication.translate("AuditWords", "Annual review {year}").format(year=e.key),
    "rota_week": lambda e, _n: QCoreApplication.translate("AuditWords", "Rota of the week of {date}").format(
        date=f"{date.fromisoformat(e.key):%d/%m/%Y}"
    ),
    "account": lambda e, _n: QCoreApplication.translate("AuditWords", "Account {login}").format(login=e.key),
    "category": lambda e, n: QCoreApplication.translate("AuditWords", 'Category "{label}"').format(
        label=n.category_codes.get(e.key) or _snapshot(e, "label") or e.key
    ),
    "organisation": lambda e, n: QCoreApplication.translate("AuditWords", "Partner {name}").format(name=e.key),
    "office": lambda e, n: QCoreApplication.translate("AuditWords", 'Office "{name}"').format(
        name=n.offices.get(int(e.key)) or _snapshot(e, "name") or "?"
    ),
    "setting": lambda e, _n: label(SETTINGS, e.key, "AuditWords"),
    "database": lambda e, _n: QCoreApplication.translate("AuditWords", "Backup {file}").format(file=e.key),
}


def record_words(entry: AuditEntry, names: RecordNames) -> str:
    """'Visite du 26/11 à 10:42', 'Permanence du lundi 23/11 (ADIL)', 'Compte nadia'…"""
    collection = COLLECTIONS.get((entry.entity, entry.key))
    if collection is not None:
        return _tr(collection)
    namer = _NAMERS.get(entry.entity)
    try:
        return namer(entry, names) if namer is not None else label(ENTITIES, entry.entity)
    except ValueError:  # a key of an unexpected shape: the kind of record, at least
        return label(ENTITIES, entry.entity)
