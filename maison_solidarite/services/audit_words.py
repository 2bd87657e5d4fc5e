"""The audit trail in words: actions, records and values as a person names them.

The same words for the window and the command line: each passes its own ``translate``
and its way of writing a whole number (Qt's locale, or the command line's language)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from ..domain.audit_words import ACTIONS, COLLECTIONS, ENTITIES, FIELDS, REASONS, ROLES, SETTINGS
from ..domain.dates import MONTH_NAMES, WEEKDAY_NAMES, Translate
from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.events import KIND_LABELS, PARTNER_STATUS_LABELS, STATUS_LABELS
from ..domain.permanences import RECURRENCE_LABELS
from ..domain.visits import AGE_BAND_LABELS, CHANNEL_LABELS, OUTCOME_LABELS
from .audit import AuditEntry, RecordNames

_ORDER = {name: position for position, name in enumerate(FIELDS)}  # the fields in a person's order
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?$")


@dataclass(frozen=True)
class Wording:
    """How the words are said: the translation, and a whole number as the reader writes it."""

    translate: Translate
    integer: Callable[[int], str] = str

    def say(self, text: str, context: str = "AuditWords") -> str:
        """``text``, marked where it is written (QT_TRANSLATE_NOOP), in the reader's language."""
        return self.translate(context, text)

    def weekday(self, weekday: int) -> str:
        """'lundi' for 0."""
        if not 0 <= weekday < len(WEEKDAY_NAMES):
            raise ValueError(weekday)
        return self.translate("Labels", WEEKDAY_NAMES[weekday])

    def month(self, month: int) -> str:
        """'novembre' for 11."""
        if not 1 <= month <= len(MONTH_NAMES):
            raise ValueError(month)
        return self.translate("Labels", MONTH_NAMES[month - 1])


def label(w: Wording, table: Mapping[Any, str], value: str, context: str = "AuditLabels") -> str:
    return w.say(table[value], context) if value in table else value


def action_words(entry: AuditEntry, w: Wording) -> str:
    return label(w, ACTIONS, entry.action)


def _scalar(value: object, w: Wording) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return w.say(QT_TRANSLATE_NOOP("AuditWords", "yes")) if value else w.say(QT_TRANSLATE_NOOP("AuditWords", "no"))
    if isinstance(value, int):
        return w.integer(value)
    text = str(value)
    if _ISO_DATETIME.match(text):
        return datetime.fromisoformat(text).strftime("%d/%m/%Y %H:%M")
    if _ISO_DATE.match(text):
        return date.fromisoformat(text).strftime("%d/%m/%Y")
    return text


Say = Callable[[object, RecordNames, Wording], str]


def _enum(table: Mapping[Any, str], context: str = "Labels") -> Say:
    return lambda value, _names, w: label(w, table, str(value), context) if value is not None else "—"


def _lookup(pick: Callable[[RecordNames], Mapping[int, str]]) -> Say:
    def name(value: object, names: RecordNames, w: Wording) -> str:
        if value is None:
            return "—"
        if isinstance(value, list):
            return ", ".join(name(item, names, w) for item in value) or "—"
        return pick(names).get(int(str(value)), w.say(QT_TRANSLATE_NOOP("AuditWords", "(removed)")))

    return name


_VALUES: dict[str, Say] = {
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
    "role": _enum(ROLES, "AccountsDialog"),
    "weekday": lambda value, _names, w: w.weekday(int(str(value))) if value is not None else "—",
    "seed": lambda value, _names, _w: str(value),
    "theme_id": _lookup(lambda n: n.categories),
    "partners": _lookup(lambda n: n.organisations),
    "event_kind": _enum(KIND_LABELS),
    "status": _enum(STATUS_LABELS | PARTNER_STATUS_LABELS),
    "printer": lambda value, _names, w: (
        str(value) if value else w.say(QT_TRANSLATE_NOOP("AuditWords", "the computer's default printer"))
    ),
}


def value_words(field: str, value: object, names: RecordNames, w: Wording) -> str:
    """One value as the person reads it: a name for an id, words for a code, a French date."""
    if field in _VALUES:
        try:
            return _VALUES[field](value, names, w)
        except (ValueError, TypeError, KeyError, IndexError):  # a value of another shape than this field's
            return _scalar(value, w)
    if isinstance(value, list):
        return ", ".join(_scalar(item, w) for item in value) or "—"
    if isinstance(value, dict):
        return "; ".join(f"{k} {_scalar(v, w)}" for k, v in value.items())
    return _scalar(value, w)


def field_words(field: str, w: Wording) -> str:
    return label(w, FIELDS, field, "AuditFields")


def _words(field: str, value: str, w: Wording) -> str:
    return w.say(QT_TRANSLATE_NOOP("AuditWords", "{field}: {value}")).format(field=field_words(field, w), value=value)


def _ordered(fields: Iterable[str]) -> list[str]:
    return sorted(fields, key=lambda name: (_ORDER.get(name, len(_ORDER)), name))


def _changed(entry: AuditEntry) -> list[str]:
    before, after = entry.before or {}, entry.after or {}
    return [f for f in _ordered(set(before) | set(after)) if _differ(before.get(f), after.get(f))]


def _differ(before: object, after: object) -> bool:
    """True and 1 are equal in Python, not in the entry's JSON: a change of kind is a change."""
    return before != after or type(before) is not type(after)


def _shown(values: Mapping[str, object], names: RecordNames, w: Wording) -> list[str]:
    pairs = ((f, value_words(f, values[f], names, w)) for f in _ordered(values))
    return [_words(f, words, w) for f, words in pairs if words != "—"]


def changes(entry: AuditEntry, names: RecordNames, w: Wording) -> tuple[str, str]:
    """The Before and After columns: for a change, the fields that changed only."""
    before, after = entry.before or {}, entry.after or {}
    if before and after:
        fields = _changed(entry)
        return (
            "\n".join(_words(f, value_words(f, before.get(f), names, w), w) for f in fields),
            "\n".join(_words(f, value_words(f, after.get(f), names, w), w) for f in fields),
        )
    return "\n".join(_shown(before, names, w)), "\n".join(_shown(after, names, w))


def change_lines(entry: AuditEntry, names: RecordNames, w: Wording) -> list[str]:
    """The same on one column: 'Tranche d'âge : — → 25 à 39' for a change, the values else."""
    before, after = entry.before or {}, entry.after or {}
    if not (before and after):
        return _shown(after or before, names, w)
    return [
        _words(f, f"{value_words(f, before.get(f), names, w)} → {value_words(f, after.get(f), names, w)}", w)
        for f in _changed(entry)
    ]


# -- the record an entry is about, named as a person would: never its id -------------------
def _snapshot(entry: AuditEntry, field: str) -> object:
    for values in (entry.after, entry.before):
        if values and values.get(field) is not None:
            return values[field]
    return None


def _partner(names: RecordNames, organisation_id: object) -> str:
    try:
        return names.organisations.get(int(str(organisation_id)), "?")
    except ValueError:
        return "?"


def _visit(entry: AuditEntry, names: RecordNames, w: Wording) -> str:
    at = _snapshot(entry, "visited_at")
    if at is None:
        return label(w, ENTITIES, "visit")
    when = datetime.fromisoformat(str(at))
    return w.say(QT_TRANSLATE_NOOP("AuditWords", "Visit of {date} at {time}")).format(
        date=f"{when:%d/%m}", time=f"{when:%H:%M}"
    )


def _permanence(entry: AuditEntry, names: RecordNames, w: Wording) -> str:
    known = names.series.get(int(entry.key)) if entry.key.isdigit() else None
    organisation: object
    if known is not None:
        weekday, start, organisation = known
    else:
        weekday, organisation = int(str(_snapshot(entry, "weekday") or 0)), _snapshot(entry, "organisation_id")
        start = time.fromisoformat(str(_snapshot(entry, "start") or "00:00"))
    return w.say(QT_TRANSLATE_NOOP("AuditWords", "Permanence of {weekday} at {time} ({partner})")).format(
        weekday=w.weekday(weekday), time=f"{start:%H:%M}", partner=_partner(names, organisation)
    )


def _permanence_change(entry: AuditEntry, names: RecordNames, w: Wording) -> str:
    series, _, day = entry.key.partition(":")
    known = names.series.get(int(series)) if series.isdigit() else None
    when = date.fromisoformat(day)
    return w.say(QT_TRANSLATE_NOOP("AuditWords", "Permanence of {day} ({partner})")).format(
        day=f"{w.weekday(when.weekday())} {when:%d/%m}", partner=_partner(names, known[2] if known else None)
    )


def _closure(entry: AuditEntry, names: RecordNames, w: Wording) -> str:
    known = names.closures.get(int(entry.key)) if entry.key.isdigit() else None
    name = known[0] if known else str(_snapshot(entry, "label") or "")
    return w.say(QT_TRANSLATE_NOOP("AuditWords", 'Closure "{label}"')).format(label=name)


def _appointment(entry: AuditEntry, names: RecordNames, w: Wording) -> str:
    known = names.appointments.get(int(entry.key)) if entry.key.isdigit() else None
    if known is None:
        day, start, partner = _snapshot(entry, "day"), _snapshot(entry, "start"), _snapshot(entry, "organisation")
        day = date.fromisoformat(str(day)) if day else None
    else:
        day, start, partner = known[1], f"{known[2]:%H:%M}", _partner(names, known[0])
    if day is None:
        return label(w, ENTITIES, "appointment")
    return w.say(QT_TRANSLATE_NOOP("AuditWords", "Appointment of {date} at {time} ({partner})")).format(
        date=f"{day:%d/%m}", time=start, partner=partner or "?"
    )


def _appointment_sheet(entry: AuditEntry, names: RecordNames, w: Wording) -> str:
    organisation, _, day = entry.key.partition(":")
    return w.say(QT_TRANSLATE_NOOP("AuditWords", "Appointments of {date} ({partner})")).format(
        date=f"{date.fromisoformat(day):%d/%m/%Y}", partner=_partner(names, organisation)
    )


def _monthly_sheet(entry: AuditEntry, _names: RecordNames, w: Wording) -> str:
    year, _, month = entry.key.partition("-")
    return w.say(QT_TRANSLATE_NOOP("AuditWords", "Monthly sheet of {month} {year}")).format(
        month=w.month(int(month)), year=year
    )


def _rota_ics(entry: AuditEntry, names: RecordNames, w: Wording) -> str:
    if not entry.key.isdigit():
        return w.say(QT_TRANSLATE_NOOP("AuditWords", "Calendar of every permanence"))
    return w.say(QT_TRANSLATE_NOOP("AuditWords", "Calendar of the permanences of {partner}")).format(
        partner=_partner(names, entry.key)
    )


def _rota_week(entry: AuditEntry, _names: RecordNames, w: Wording) -> str:
    return w.say(QT_TRANSLATE_NOOP("AuditWords", "Rota of the week of {date}")).format(
        date=f"{date.fromisoformat(entry.key):%d/%m/%Y}"
    )


def _tally_sheet(entry: AuditEntry, _names: RecordNames, w: Wording) -> str:
    return w.say(QT_TRANSLATE_NOOP("AuditWords", "Tally sheet of {date}")).format(
        date=f"{date.fromisoformat(entry.key):%d/%m/%Y}"
    )


def _category(entry: AuditEntry, names: RecordNames, w: Wording) -> str:
    return w.say(QT_TRANSLATE_NOOP("AuditWords", 'Category "{label}"')).format(
        label=names.category_codes.get(entry.key) or _snapshot(entry, "label") or entry.key
    )


def _office(entry: AuditEntry, names: RecordNames, w: Wording) -> str:
    return w.say(QT_TRANSLATE_NOOP("AuditWords", 'Office "{name}"')).format(
        name=names.offices.get(int(entry.key)) or _snapshot(entry, "name") or "?"
    )


def _event(template: str) -> Callable[[AuditEntry, RecordNames, Wording], str]:
    """An entry about an event, named by the title and day it carries."""

    def name(entry: AuditEntry, _names: RecordNames, w: Wording) -> str:
        title, day = _snapshot(entry, "title"), _snapshot(entry, "day")
        if title is None or day is None:
            return label(w, ENTITIES, entry.entity)
        return w.say(template).format(title=title, date=f"{date.fromisoformat(str(day)):%d/%m/%Y}")

    return name


_NAMERS: dict[str, Callable[[AuditEntry, RecordNames, Wording], str]] = {
    "event": _event(QT_TRANSLATE_NOOP("AuditWords", "Event « {title} » of {date}")),
    "partner_attendance": _event(QT_TRANSLATE_NOOP("AuditWords", "Attendance at « {title} » of {date}")),
    "person_attendance": _event(QT_TRANSLATE_NOOP("AuditWords", "Attendance at « {title} » of {date}")),
    "event_headcount": _event(QT_TRANSLATE_NOOP("AuditWords", "Attendance at « {title} » of {date}")),
    "sign_in_sheet": _event(QT_TRANSLATE_NOOP("AuditWords", "Sign-in sheet of « {title} » of {date}")),
    "project": lambda e, _n, w: w.say(QT_TRANSLATE_NOOP("AuditWords", "Project « {title} » ({year})")).format(
        title=_snapshot(e, "title") or "?", year=_snapshot(e, "year") or "?"
    ),
    "visit": _visit,
    "permanence": _permanence,
    "permanence_change": _permanence_change,
    "closure": _closure,
    "appointment": _appointment,
    "appointment_sheet": _appointment_sheet,
    "monthly_sheet": _monthly_sheet,
    "rota_ics": _rota_ics,
    "rota_week": _rota_week,
    "tally_sheet": _tally_sheet,
    "category": _category,
    "office": _office,
    "annual_review": lambda e, _n, w: w.say(QT_TRANSLATE_NOOP("AuditWords", "Annual review {year}")).format(year=e.key),
    "account": lambda e, _n, w: w.say(QT_TRANSLATE_NOOP("AuditWords", "Account {login}")).format(login=e.key),
    "organisation": lambda e, _n, w: w.say(QT_TRANSLATE_NOOP("AuditWords", "Partner {name}")).format(name=e.key),
    "setting": lambda e, _n, w: label(w, SETTINGS, e.key, "AuditWords"),
    "database": lambda e, _n, w: w.say(QT_TRANSLATE_NOOP("AuditWords", "Backup {file}")).format(file=e.key),
}


def record_words(entry: AuditEntry, names: RecordNames, w: Wording) -> str:
    """'Visite du 26/11 à 10:42', 'Permanence du lundi 23/11 (ADIL)', 'Compte nadia'…"""
    collection = COLLECTIONS.get((entry.entity, entry.key))
    if collection is not None:
        return w.say(collection)
    namer = _NAMERS.get(entry.entity)
    try:
        return namer(entry, names, w) if namer is not None else label(w, ENTITIES, entry.entity)
    except ValueError:  # a key of an unexpected shape: the kind of record, at least
        return label(w, ENTITIES, entry.entity)
