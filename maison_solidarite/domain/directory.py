"""The partner directory: sheets, their checks, search as you type, appointment slots."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, time, timedelta

from .categories import fold
from .dates import WEEKDAY_NAMES
from .errors import QT_TRANSLATE_NOOP, ValidationError
from .rota import LAST, Occurrence, RecurrenceKind, Series, minutes_of

Translate = Callable[[str, str], str]
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class PartnerSheet:
    """What a partner does, for whom, on which conditions, and whom to call."""

    id: int | None
    acronym: str
    name: str
    colour: str = "#5b7db1"
    active: bool = True
    category_ids: tuple[int, ...] = ()
    offer: str = ""
    audience: str = ""
    keywords: str = ""
    by_appointment: bool = False
    undocumented_ok: bool | None = None  # receives people without residence papers
    age_min: int | None = None
    age_max: int | None = None
    languages: str = ""
    free: bool | None = None
    referent_name: str = ""
    referent_phone: str = ""
    referent_email: str = ""
    address: str = ""
    outside_hours: str = ""
    appointments_enabled: bool = False
    slot_minutes: int = 30


def normalise_phone(text: str) -> str:
    """A French number as "03 80 12 34 56"; "+33 3 80 12 34 56" and "0380123456" are accepted."""
    digits = re.sub(r"[\s.\-()]", "", text)
    if digits.startswith("+33"):
        digits = "0" + digits[3:]
    elif digits.startswith("0033"):
        digits = "0" + digits[4:]
    if not re.fullmatch(r"0[1-9]\d{8}", digits):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", '"{value}" is not a French phone number (ten digits, for example 03 80 12 34 56).'
            ),
            value=text.strip(),
        )
    return " ".join(digits[i : i + 2] for i in range(0, 10, 2))


def check_sheet(sheet: PartnerSheet) -> PartnerSheet:
    acronym = " ".join(sheet.acronym.split())
    name = " ".join(sheet.name.split())
    if not acronym or len(acronym) > 32:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A partner needs an acronym of 1 to 32 characters."))
    if not name or len(name) > 120:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A partner needs a name of 1 to 120 characters."))
    if not COLOUR.match(sheet.colour):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", '"{value}" is not a colour (expected for example #1f77b4).'), value=sheet.colour
        )
    email = sheet.referent_email.strip()
    if email and not EMAIL.match(email):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", '"{value}" is not an e-mail address.'), value=email)
    phone = normalise_phone(sheet.referent_phone) if sheet.referent_phone.strip() else ""
    for value in (sheet.age_min, sheet.age_max):
        if value is not None and not 0 <= value <= 120:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An age limit is between 0 and 120."))
    if sheet.age_min is not None and sheet.age_max is not None and sheet.age_min > sheet.age_max:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The minimum age is above the maximum age."))
    if not 10 <= sheet.slot_minutes <= 240:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An appointment slot lasts 10 to 240 minutes."))
    return replace(
        sheet,
        acronym=acronym,
        name=name,
        referent_email=email,
        referent_phone=phone,
        referent_name=" ".join(sheet.referent_name.split()),
        languages=" ".join(sheet.languages.split()),
        category_ids=tuple(dict.fromkeys(sheet.category_ids)),
        # Free texts keep their inner lines, not the blanks around them (a CSV import strips them).
        **{
            name: getattr(sheet, name).strip() for name in ("offer", "audience", "keywords", "address", "outside_hours")
        },
    )


# -- search as you type -------------------------------------------------------------
@dataclass(frozen=True)
class SearchEntry:
    """A partner as the search sees it: every text folded once (no accents, any case)."""

    organisation_id: int
    acronym: str
    name_words: tuple[str, ...]
    name: str
    categories: tuple[str, ...]
    keywords: str
    details: str  # offer, audience, conditions, languages

    @classmethod
    def of(cls, sheet: PartnerSheet, category_labels: Iterable[str], conditions: Iterable[str] = ()) -> SearchEntry:
        name = fold(sheet.name)
        return cls(
            organisation_id=sheet.id or 0,
            acronym=fold(sheet.acronym),
            name_words=tuple(re.findall(r"\w+", name)),
            name=name,
            categories=tuple(fold(label) for label in category_labels),
            keywords=fold(sheet.keywords),
            details=fold(" ".join([sheet.offer, sheet.audience, sheet.languages, *conditions])),
        )


def _token_score(entry: SearchEntry, token: str) -> int:
    if entry.acronym == token:
        return 100
    if entry.acronym.startswith(token):
        return 70
    if any(word.startswith(token) for word in entry.name_words):
        return 50
    if any(word.startswith(token) for label in entry.categories for word in re.findall(r"\w+", label)):
        return 40
    if token in entry.name:
        return 30
    if any(word.startswith(token) for word in re.findall(r"\w+", entry.keywords)):
        return 25
    if token in entry.keywords or token in entry.details:
        return 10
    return 0


def rank(entries: Iterable[SearchEntry], query: str) -> list[tuple[SearchEntry, int]]:
    """Entries matching every word of the query, best first; an empty query matches all."""
    tokens = re.findall(r"\w+", fold(query))
    results = []
    for entry in entries:
        scores = [_token_score(entry, token) for token in tokens]
        if all(scores):
            results.append((entry, sum(scores)))
    results.sort(key=lambda item: (-item[1], item[0].acronym))
    return results


# -- appointments --------------------------------------------------------------------
@dataclass(frozen=True)
class Contact:
    first_name: str | None = None
    phone: str | None = None
    initials: str | None = None


def check_contact(contact: Contact) -> Contact:
    """A first name and a phone number, or initials only: the least that lets the partner call."""
    first_name = " ".join((contact.first_name or "").split()) or None
    initials = "".join((contact.initials or "").split()).upper() or None
    phone = normalise_phone(contact.phone or "") if (contact.phone or "").strip() else None
    if initials is not None:
        if not re.fullmatch(r"[A-ZÀ-Ý.\-]{1,5}", initials):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Initials are 1 to 5 letters, for example M.D."))
        if first_name or phone:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Give either a first name and a phone number, or initials only.")
            )
        return Contact(initials=initials)
    if not first_name or not phone:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Give either a first name and a phone number, or initials only.")
        )
    if len(first_name) > 40:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A first name has at most 40 characters."))
    return Contact(first_name=first_name, phone=phone)


def slots(occurrence: Occurrence, slot_minutes: int) -> list[tuple[time, time]]:
    """The appointment slots of a permanence, from its start, whole slots only."""
    result, start = [], minutes_of(occurrence.start)
    end = minutes_of(occurrence.end)
    while start + slot_minutes <= end:
        result.append((time(start // 60, start % 60), time((start + slot_minutes) // 60, (start + slot_minutes) % 60)))
        start += slot_minutes
    return result


# -- describing a series in words (the printed guide) -------------------------------------
ORDINALS = {
    1: QT_TRANSLATE_NOOP("Labels", "1st"),
    2: QT_TRANSLATE_NOOP("Labels", "2nd"),
    3: QT_TRANSLATE_NOOP("Labels", "3rd"),
    4: QT_TRANSLATE_NOOP("Labels", "4th"),
    5: QT_TRANSLATE_NOOP("Labels", "5th"),
    LAST: QT_TRANSLATE_NOOP("Labels", "last"),
}


def describe_series(series: Series, translate: Translate, offices: Mapping[int, str], today: date) -> str:
    """ "every Tuesday, 09:00–12:00, Bureau 1" and the like, in the user's language."""
    day = translate("Labels", WEEKDAY_NAMES[series.weekday])
    hours = f"{series.start:%H:%M}–{series.end:%H:%M}"
    office = offices.get(series.office_id, "?")
    rule = series.recurrence
    if rule.kind == RecurrenceKind.WEEKLY:
        when = translate("Guide", "every {day}").format(day=day)
    elif rule.kind == RecurrenceKind.EVERY_N_WEEKS:
        when = translate("Guide", "every {n} weeks on {day}").format(n=rule.interval, day=day)
    elif rule.kind == RecurrenceKind.ODD_WEEKS:
        when = translate("Guide", "{day} of odd weeks").format(day=day)
    elif rule.kind == RecurrenceKind.EVEN_WEEKS:
        when = translate("Guide", "{day} of even weeks").format(day=day)
    elif rule.kind == RecurrenceKind.WEEKS_OF_MONTH:
        ordinals = [translate("Labels", ORDINALS[w]) for w in sorted(rule.weeks_of_month, key=lambda w: (w == LAST, w))]
        when = translate("Guide", "the {ordinals} {day} of the month").format(
            ordinals=translate("Guide", " and ").join(ordinals), day=day
        )
    else:
        coming = [d for d in sorted(rule.dates) if d >= today] or sorted(rule.dates)[-3:]
        when = translate("Guide", "on {dates}").format(dates=", ".join(d.strftime("%d/%m") for d in coming[:6]))
    return f"{when}, {hours}, {office}"


@dataclass(frozen=True)
class GuideEntry:
    sheet: PartnerSheet
    categories: Sequence[str]
    permanences: Sequence[str]
    next_occurrence: Occurrence | None = None
    conditions: Sequence[str] = field(default_factory=tuple)


def conditions_of(sheet: PartnerSheet, translate: Translate) -> list[str]:
    """The partner's conditions as short sentences, in the user's language."""
    result = []
    if sheet.by_appointment:
        result.append(translate("Guide", "By appointment only"))
    if sheet.undocumented_ok is True:
        result.append(translate("Guide", "Receives people without residence papers"))
    elif sheet.undocumented_ok is False:
        result.append(translate("Guide", "Requires residence papers"))
    if sheet.age_min is not None and sheet.age_max is not None:
        result.append(translate("Guide", "Aged {min} to {max}").format(min=sheet.age_min, max=sheet.age_max))
    elif sheet.age_min is not None:
        result.append(translate("Guide", "Aged {min} and over").format(min=sheet.age_min))
    elif sheet.age_max is not None:
        result.append(translate("Guide", "Aged up to {max}").format(max=sheet.age_max))
    if sheet.languages:
        result.append(translate("Guide", "Languages: {languages}").format(languages=sheet.languages))
    if sheet.free is True:
        result.append(translate("Guide", "Free of charge"))
    elif sheet.free is False:
        result.append(translate("Guide", "Not free of charge"))
    return result


def next_per_partner(
    occurrences: Iterable[Occurrence], after: date | None = None, now_time: time | None = None
) -> dict[int, Occurrence]:
    """Each partner's first held occurrence from ``after`` (and, that day, from ``now_time``)."""
    result: dict[int, Occurrence] = {}
    for occurrence in sorted(occurrences, key=lambda o: (o.day, o.start)):
        if not occurrence.held or occurrence.organisation_id in result:
            continue
        if after is not None and occurrence.day == after and now_time is not None and occurrence.end <= now_time:
            continue
        result[occurrence.organisation_id] = occurrence
    return result


SEARCH_HORIZON = timedelta(days=120)
