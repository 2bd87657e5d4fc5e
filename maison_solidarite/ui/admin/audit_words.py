"""The audit trail in words: actions, records and values as a person names them.

The entries keep their ids, codes and field names as they were written (the hash chain
covers them); they are put into words here, at display time only."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from ...domain.errors import QT_TRANSLATE_NOOP
from ...domain.permanences import RECURRENCE_LABELS
from ...domain.visits import AGE_BAND_LABELS, CHANNEL_LABELS, OUTCOME_LABELS
from ...services.audit import AuditEntry, RecordNames
from .accounts_dialog import role_label

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditLabels", "creation"),
    "update": QT_TRANSLATE_NOOP("AuditLabels", "change"),
    "delete": QT_TRANSLATE_NOOP("AuditLabels", "deletion"),
    "import": QT_TRANSLATE_NOOP("AuditLabels", "import"),
    "export": QT_TRANSLATE_NOOP("AuditLabels", "export"),
    "print": QT_TRANSLATE_NOOP("AuditLabels", "printing"),
    "backup": QT_TRANSLATE_NOOP("AuditLabels", "backup"),
    "restore": QT_TRANSLATE_NOOP("AuditLabels", "restore"),
    "purge": QT_TRANSLATE_NOOP("AuditLabels", "purge"),
    "login": QT_TRANSLATE_NOOP("AuditLabels", "login"),
    "logout": QT_TRANSLATE_NOOP("AuditLabels", "logout"),
    "failed_login": QT_TRANSLATE_NOOP("AuditLabels", "failed login"),
}
ENTITIES = {  # the filter's choices: the records a person looks for
    "visit": QT_TRANSLATE_NOOP("AuditLabels", "visit"),
    "permanence": QT_TRANSLATE_NOOP("AuditLabels", "permanence"),
    "permanence_change": QT_TRANSLATE_NOOP("AuditLabels", "permanence exception"),
    "closure": QT_TRANSLATE_NOOP("AuditLabels", "closure"),
    "office": QT_TRANSLATE_NOOP("AuditLabels", "office"),
    "organisation": QT_TRANSLATE_NOOP("AuditLabels", "partner"),
    "appointment": QT_TRANSLATE_NOOP("AuditLabels", "appointment"),
    "category": QT_TRANSLATE_NOOP("AuditLabels", "category"),
    "account": QT_TRANSLATE_NOOP("AuditLabels", "account"),
    "setting": QT_TRANSLATE_NOOP("AuditLabels", "setting"),
    "database": QT_TRANSLATE_NOOP("AuditLabels", "database"),
    "monthly_sheet": QT_TRANSLATE_NOOP("AuditLabels", "monthly sheet"),
    "annual_review": QT_TRANSLATE_NOOP("AuditLabels", "annual review"),
    "rota_week": QT_TRANSLATE_NOOP("AuditLabels", "week of the rota"),
    "rota_ics": QT_TRANSLATE_NOOP("AuditLabels", "calendar of the permanences"),
    "appointment_sheet": QT_TRANSLATE_NOOP("AuditLabels", "sheet of the appointments"),
    "directory_guide": QT_TRANSLATE_NOOP("AuditLabels", "guide of the permanences"),
    "audit_log": QT_TRANSLATE_NOOP("AuditLabels", "audit trail"),
}
FIELDS = {
    "visited_at": QT_TRANSLATE_NOOP("AuditFields", "Date and time"),
    "category_id": QT_TRANSLATE_NOOP("AuditFields", "Request"),
    "secondary_ids": QT_TRANSLATE_NOOP("AuditFields", "Other requests"),
    "category_ids": QT_TRANSLATE_NOOP("AuditFields", "Requests handled"),
    "channel": QT_TRANSLATE_NOOP("AuditFields", "Channel"),
    "outcome": QT_TRANSLATE_NOOP("AuditFields", "Outcome"),
    "organisation_id": QT_TRANSLATE_NOOP("AuditFields", "Partner"),
    "organisation": QT_TRANSLATE_NOOP("AuditFields", "Partner"),
    "first_visit": QT_TRANSLATE_NOOP("AuditFields", "First visit"),
    "age_band": QT_TRANSLATE_NOOP("AuditFields", "Age band"),
    "neighbourhood": QT_TRANSLATE_NOOP("AuditFields", "Neighbourhood"),
    "note_length": QT_TRANSLATE_NOOP("AuditFields", "Note (characters)"),
    "office_id": QT_TRANSLATE_NOOP("AuditFields", "Office"),
    "new_office_id": QT_TRANSLATE_NOOP("AuditFields", "New office"),
    "weekday": QT_TRANSLATE_NOOP("AuditFields", "Day"),
    "start": QT_TRANSLATE_NOOP("AuditFields", "Start"),
    "end": QT_TRANSLATE_NOOP("AuditFields", "End"),
    "valid_from": QT_TRANSLATE_NOOP("AuditFields", "From"),
    "valid_until": QT_TRANSLATE_NOOP("AuditFields", "Until"),
    "kind": QT_TRANSLATE_NOOP("AuditFields", "Recurrence"),
    "interval": QT_TRANSLATE_NOOP("AuditFields", "Every (weeks)"),
    "weeks_of_month": QT_TRANSLATE_NOOP("AuditFields", "Weeks of the month"),
    "dates": QT_TRANSLATE_NOOP("AuditFields", "Dates"),
    "original_date": QT_TRANSLATE_NOOP("AuditFields", "Planned date"),
    "cancelled": QT_TRANSLATE_NOOP("AuditFields", "Cancelled"),
    "new_date": QT_TRANSLATE_NOOP("AuditFields", "New date"),
    "new_start": QT_TRANSLATE_NOOP("AuditFields", "New start"),
    "new_end": QT_TRANSLATE_NOOP("AuditFields", "New end"),
    "first_day": QT_TRANSLATE_NOOP("AuditFields", "First day"),
    "last_day": QT_TRANSLATE_NOOP("AuditFields", "Last day"),
    "label": QT_TRANSLATE_NOOP("AuditFields", "Label"),
    "name": QT_TRANSLATE_NOOP("AuditFields", "Name"),
    "acronym": QT_TRANSLATE_NOOP("AuditFields", "Acronym"),
    "active": QT_TRANSLATE_NOOP("AuditFields", "In use"),
    "position": QT_TRANSLATE_NOOP("AuditFields", "Position"),
    "code": QT_TRANSLATE_NOOP("AuditFields", "Code"),
    "login": QT_TRANSLATE_NOOP("AuditFields", "Login"),
    "role": QT_TRANSLATE_NOOP("AuditFields", "Role"),
    "locked": QT_TRANSLATE_NOOP("AuditFields", "Locked"),
    "reason": QT_TRANSLATE_NOOP("AuditFields", "Reason"),
    "failed_attempts": QT_TRANSLATE_NOOP("AuditFields", "Failed attempts"),
    "rehashed": QT_TRANSLATE_NOOP("AuditFields", "Password protection renewed"),
    "count": QT_TRANSLATE_NOOP("AuditFields", "Number"),
    "visits": QT_TRANSLATE_NOOP("AuditFields", "Visits"),
    "imported": QT_TRANSLATE_NOOP("AuditFields", "Imported"),
    "already_present": QT_TRANSLATE_NOOP("AuditFields", "Already present"),
    "series": QT_TRANSLATE_NOOP("AuditFields", "Permanences"),
    "slots": QT_TRANSLATE_NOOP("AuditFields", "Appointments"),
    "from": QT_TRANSLATE_NOOP("AuditFields", "From"),
    "to": QT_TRANSLATE_NOOP("AuditFields", "To"),
    "until": QT_TRANSLATE_NOOP("AuditFields", "Until"),
    "before": QT_TRANSLATE_NOOP("AuditFields", "Older than"),
    "day": QT_TRANSLATE_NOOP("AuditFields", "Day"),
    "notes": QT_TRANSLATE_NOOP("AuditFields", "With the notes"),
    "bytes": QT_TRANSLATE_NOOP("AuditFields", "Size (bytes)"),
    "format": QT_TRANSLATE_NOOP("AuditFields", "Format"),
    "printer": QT_TRANSLATE_NOOP("AuditFields", "Printer"),
    "folder": QT_TRANSLATE_NOOP("AuditFields", "Folder"),
    "kept_aside": QT_TRANSLATE_NOOP("AuditFields", "Former database kept in"),
    "visits_kept_aside": QT_TRANSLATE_NOOP("AuditFields", "Visits kept aside"),
    "value": QT_TRANSLATE_NOOP("AuditFields", "Value"),
    "offer": QT_TRANSLATE_NOOP("AuditFields", "Offer"),
    "audience": QT_TRANSLATE_NOOP("AuditFields", "For whom"),
    "keywords": QT_TRANSLATE_NOOP("AuditFields", "Keywords"),
    "by_appointment": QT_TRANSLATE_NOOP("AuditFields", "By appointment"),
    "undocumented_ok": QT_TRANSLATE_NOOP("AuditFields", "People without residence papers"),
    "age_min": QT_TRANSLATE_NOOP("AuditFields", "Minimum age"),
    "age_max": QT_TRANSLATE_NOOP("AuditFields", "Maximum age"),
    "languages": QT_TRANSLATE_NOOP("AuditFields", "Languages"),
    "free": QT_TRANSLATE_NOOP("AuditFields", "Free"),
    "referent_name": QT_TRANSLATE_NOOP("AuditFields", "Referent"),
    "referent_phone": QT_TRANSLATE_NOOP("AuditFields", "Referent's phone"),
    "referent_email": QT_TRANSLATE_NOOP("AuditFields", "Referent's e-mail"),
    "address": QT_TRANSLATE_NOOP("AuditFields", "Address"),
    "outside_hours": QT_TRANSLATE_NOOP("AuditFields", "Hours elsewhere"),
    "appointments_enabled": QT_TRANSLATE_NOOP("AuditFields", "Takes appointments"),
    "slot_minutes": QT_TRANSLATE_NOOP("AuditFields", "Appointment length (minutes)"),
    "colour": QT_TRANSLATE_NOOP("AuditFields", "Colour"),
    "seed": QT_TRANSLATE_NOOP("AuditFields", "Draw"),
}
_ORDER = {name: position for position, name in enumerate(FIELDS)}  # the fields in a person's order
SETTINGS = {
    "profile_fields": QT_TRANSLATE_NOOP("AuditWords", "Profile fields recorded"),
    "structure_name": QT_TRANSLATE_NOOP("AuditWords", "Name of the structure"),
    "structure_address": QT_TRANSLATE_NOOP("AuditWords", "Address of the structure"),
    "opening_hours": QT_TRANSLATE_NOOP("AuditWords", "Opening hours"),
    "note_retention_days": QT_TRANSLATE_NOOP("AuditWords", "Retention of the notes (days)"),
    "audit_retention_months": QT_TRANSLATE_NOOP("AuditWords", "Retention of the audit trail (months)"),
    "appointment_retention_days": QT_TRANSLATE_NOOP("AuditWords", "Retention of the appointment contacts (days)"),
}
REASONS = {
    "password": QT_TRANSLATE_NOOP("AuditWords", "wrong password"),
    "unknown": QT_TRANSLATE_NOOP("AuditWords", "unknown login"),
    "switched_off": QT_TRANSLATE_NOOP("AuditWords", "account switched off"),
    "locked": QT_TRANSLATE_NOOP("AuditWords", "account locked"),
}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?$")


def _tr(text: str, context: str = "AuditWords") -> str:
    return QCoreApplication.translate(context, text)


def label(table: Mapping[Any, str], value: str, context: str = "AuditLabels") -> str:
    return _tr(table[value], context) if value in table else value


def action_words(entry: AuditEntry) -> str:
    return label(ACTIONS, entry.action)


def _day(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def _weekday(weekday: int) -> str:
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def _short_day(day: date) -> str:
    """'lundi 23/11': the way the rota names a day."""
    return f"{_weekday(day.weekday())} {day:%d/%m}"


def _scalar(value: object) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("AuditWords", "yes") if value else QCoreApplication.translate("AuditWords", "no")
        )
    if isinstance(value, int):
        return QLocale().toString(value)
    text = str(value)
    if _ISO_DATETIME.match(text):
        return datetime.fromisoformat(text).strftime("%d/%m/%Y %H:%M")
    if _ISO_DATE.match(text):
        return _day(date.fromisoformat(text))
    return text


def _enum(table: Mapping[Any, str], context: str = "Labels") -> Callable[[object, RecordNames], str]:
    return lambda value, _names: label(table, str(value), context) if value is not None else "—"


def _lookup(pick: Callable[[RecordNames], Mapping[int, str]]) -> Callable[[object, RecordNames], str]:
    def name(value: object, names: RecordNames) -> str:
        if value is None:
            return "—"
        if isinstance(value, list):
            return ", ".join(name(item, names) for item in value) or "—"
        return pick(names).get(int(str(value)), QCoreApplication.translate("AuditWords", "(removed)"))

    return name


_VALUES: dict[str, Callable[[object, RecordNames], str]] = {
    "category_id": _lookup(lambda n: n.categories),
    "secondary_ids": _lookup(lambda n: n.categories),
    "category_ids": _lookup(lambda n: n.categories),
    "organisation_id": _lookup(lambda n: n.organisations),
    "office_id": _lookup(lambda n: n.offices),
    "new_office_id": _lookup(lambda n: n.offices),
    "channel": _enum(CHANNEL_LABELS),
    "outcome": _enum(OUTCOME_LABELS),
    "age_band": _enum(AGE_BAND_LABELS),
    "kind": _enum(RECURRENCE_LABELS),
    "reason": _enum(REASONS, "AuditWords"),
    "role": lambda value, _names: role_label(str(value)),
    "weekday": lambda value, _names: _weekday(int(str(value))) if value is not None else "—",
    "seed": lambda value, _names: str(value),
    "printer": lambda value, _names: (
        str(value) if value else QCoreApplication.translate("AuditWords", "the computer's default printer")
    ),
}


def value_words(field: str, value: object, names: RecordNames) -> str:
    """One value as the person reads it: a name for an id, words for a code, a French date."""
    if field in _VALUES:
        try:
            return _VALUES[field](value, names)
        except (ValueError, TypeError, KeyError):  # a value of another shape than this field's
            return _scalar(value)
    if isinstance(value, list):
        return ", ".join(_scalar(item) for item in value) or "—"
    if isinstance(value, dict):
        return "; ".join(f"{k} {_scalar(v)}" for k, v in value.items())
    return _scalar(value)


def field_words(field: str) -> str:
    return label(FIELDS, field, "AuditFields")


def _words(field: str, value: str) -> str:
    return QCoreApplication.translate("AuditWords", "{field}: {value}").format(field=field_words(field), value=value)


def _pair(field: str, value: object, names: RecordNames) -> str:
    return _words(field, value_words(field, value, names))


def _ordered(fields: Iterable[str]) -> list[str]:
    return sorted(fields, key=lambda name: (_ORDER.get(name, len(_ORDER)), name))


def changes(entry: AuditEntry, names: RecordNames) -> tuple[str, str]:
    """The Before and After columns: for a change, the fields that changed only."""
    before, after = entry.before or {}, entry.after or {}
    if before and after:
        fields = [f for f in _ordered(set(before) | set(after)) if before.get(f) != after.get(f)]
        return (
            "\n".join(_pair(f, before.get(f), names) for f in fields),
            "\n".join(_pair(f, after.get(f), names) for f in fields),
        )

    def shown(values: Mapping[str, object]) -> str:
        pairs = ((f, value_words(f, values[f], names)) for f in _ordered(values))
        return "\n".join(_words(f, words) for f, words in pairs if words != "—")

    return shown(before), shown(after)
