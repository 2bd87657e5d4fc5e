"""Gatherings: collective actions and partner meetings, and who came to them.

An event is a collective action (a workshop, a health breakfast, an information session)
or a partner meeting (a plenary, a themed meeting, a working group). It has a title, a
theme (a request category or free words), a day and times, a place (an office of the
Maison, which the rota's conflict checks include, or a place elsewhere), the partners who
lead it and a status (planned, held, cancelled).

Attendance is recorded on a held (or past) event only:

- a partner meeting: each partner invited, present, excused or absent, with the number of
  people it sent and whether it spoke;
- a collective action: a headcount, or one line per participant identified by a person key
  (never a name), present, excused or absent.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime, time

from .errors import QT_TRANSLATE_NOOP, ValidationError

TITLE_MAX = 120
THEME_MAX = 80
PLACE_MAX = 120
SUBKIND_MAX = 32
PROJECT_MAX = 120
PERSON_KEY_MAX = 64  # a keyed HMAC-SHA256 as hexadecimal (domain/person_key.py)
PEOPLE_MAX = 500  # people one partner sends to one meeting
HEADCOUNT_MAX = 999  # three digits: the message needs no thousands separator


class EventKind(enum.StrEnum):
    ACTION = "action"  # action collective
    MEETING = "meeting"  # réunion partenariale


class EventStatus(enum.StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class PartnerStatus(enum.StrEnum):
    INVITED = "invited"
    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"


class PersonStatus(enum.StrEnum):
    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"


KIND_LABELS = {
    EventKind.ACTION: QT_TRANSLATE_NOOP("Labels", "Collective action"),
    EventKind.MEETING: QT_TRANSLATE_NOOP("Labels", "Partner meeting"),
}
STATUS_LABELS = {
    EventStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
    EventStatus.HELD: QT_TRANSLATE_NOOP("Labels", "Held"),
    EventStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}
PARTNER_STATUS_LABELS = {
    PartnerStatus.INVITED: QT_TRANSLATE_NOOP("Labels", "Invited"),
    PartnerStatus.PRESENT: QT_TRANSLATE_NOOP("Labels", "Present"),
    PartnerStatus.EXCUSED: QT_TRANSLATE_NOOP("Labels", "Excused"),
    PartnerStatus.ABSENT: QT_TRANSLATE_NOOP("Labels", "Absent"),
}


@dataclass(frozen=True, slots=True)
class EventDraft:
    """What a coordinator gives to create or edit an event (ids of the stored records)."""

    kind: EventKind
    title: str
    day: date
    start: time
    end: time
    office_id: int | None = None  # None: elsewhere (``place``) or not said
    place: str = ""
    category_id: int | None = None  # the theme as a request category...
    theme: str = ""  # ...or in free words
    subkind: str = ""
    partner_ids: tuple[int, ...] = ()  # the partners who lead it


@dataclass(frozen=True, slots=True)
class Event:
    id: int
    uid: str
    kind: EventKind
    title: str
    day: date
    start: time
    end: time
    status: EventStatus
    office_id: int | None = None
    place: str = ""
    category_id: int | None = None
    theme: str = ""
    subkind: str = ""
    series_id: int | None = None
    partner_ids: tuple[int, ...] = ()
    version: int = 1

    @property
    def starts_at(self) -> datetime:
        return datetime.combine(self.day, self.start)


@dataclass(frozen=True, slots=True)
class PartnerAttendance:
    organisation_id: int
    status: PartnerStatus
    people: int | None = None
    speaker: bool = False


@dataclass(frozen=True, slots=True)
class PersonAttendance:
    person_key: str
    status: PersonStatus


@dataclass(frozen=True, slots=True)
class Attendance:
    """An event's attendance as it stands: the latest entry for each partner and each person."""

    event_id: int
    partners: tuple[PartnerAttendance, ...] = ()
    people: tuple[PersonAttendance, ...] = ()
    headcount: int | None = None

    @property
    def present(self) -> int:
        """People present: the listed persons present, else the headcount, else those partners sent."""
        listed = sum(1 for p in self.people if p.status == PersonStatus.PRESENT)
        if listed:
            return listed
        if self.headcount is not None:
            return self.headcount
        return sum(p.people or 0 for p in self.partners if p.status == PartnerStatus.PRESENT)


@dataclass(frozen=True, slots=True)
class Project:
    """A project led together by partners, in a year (the partnership's figures count them)."""

    id: int
    title: str
    year: int
    partner_ids: tuple[int, ...] = field(default_factory=tuple)


def check_draft(draft: EventDraft) -> EventDraft:
    """The draft with its words trimmed, or a ValidationError saying what is wrong."""
    title = draft.title.strip()
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An event needs a title. Nothing was saved."))
    if len(title) > TITLE_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The title is longer than {max} characters. Nothing was saved."), max=TITLE_MAX
        )
    if draft.end <= draft.start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The event must end after it starts ({start} to {end}). Nothing was saved."),
            start=f"{draft.start:%H:%M}",
            end=f"{draft.end:%H:%M}",
        )
    theme, place = draft.theme.strip(), draft.place.strip()
    if len(theme) > THEME_MAX or len(place) > PLACE_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The theme or the place is too long. Nothing was saved."))
    if draft.office_id is not None and place:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "An event is either in an office of the Maison or elsewhere. Nothing was saved."
            )
        )
    return EventDraft(
        draft.kind,
        title,
        draft.day,
        draft.start,
        draft.end,
        draft.office_id,
        place,
        draft.category_id,
        theme,
        draft.subkind.strip()[:SUBKIND_MAX],
        tuple(dict.fromkeys(draft.partner_ids)),
    )


def check_attendance_allowed(event: Event, now: datetime) -> None:
    """Attendance is recorded only for an event not cancelled that has begun."""
    if event.status == EventStatus.CANCELLED:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The event « {title} » of {date} was cancelled: no attendance. Nothing was saved."
            ),
            title=event.title,
            date=event.day.strftime("%d/%m/%Y"),
        )
    if event.starts_at > now:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The event « {title} » starts on {date} at {time}: attendance is recorded once it has begun. "
                "Nothing was saved.",
            ),
            title=event.title,
            date=event.day.strftime("%d/%m/%Y"),
            time=f"{event.start:%H:%M}",
        )
