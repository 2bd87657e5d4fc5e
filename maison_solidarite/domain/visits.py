"""A visit at the desk: what it holds and the rules it obeys. No name, ever."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .categories import fold
from .errors import QT_TRANSLATE_NOOP, ValidationError

NOTE_MAX = 280
NEIGHBOURHOOD_MAX = 80
SECONDARY_MAX = 3
FUTURE_TOLERANCE = timedelta(minutes=5)


class Channel(enum.StrEnum):
    WALK_IN = "walk_in"
    PHONE = "phone"
    EMAIL = "email"
    APPOINTMENT = "appointment"


class Outcome(enum.StrEnum):
    ANSWERED = "answered"
    ORIENTED = "oriented"
    APPOINTMENT = "appointment"


class AgeBand(enum.StrEnum):
    UNDER_25 = "under_25"
    FROM_25_TO_39 = "25_39"
    FROM_40_TO_59 = "40_59"
    FROM_60 = "60_plus"


# English display labels, translated by the UI and the CLI (context "Labels").
CHANNEL_LABELS = {
    Channel.WALK_IN: QT_TRANSLATE_NOOP("Labels", "Walk-in"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-mail"),
    Channel.APPOINTMENT: QT_TRANSLATE_NOOP("Labels", "Appointment"),
}
OUTCOME_LABELS = {
    Outcome.ANSWERED: QT_TRANSLATE_NOOP("Labels", "Answered at the desk"),
    Outcome.ORIENTED: QT_TRANSLATE_NOOP("Labels", "Oriented to a partner"),
    Outcome.APPOINTMENT: QT_TRANSLATE_NOOP("Labels", "Appointment given"),
}
AGE_BAND_LABELS = {
    AgeBand.UNDER_25: QT_TRANSLATE_NOOP("Labels", "Under 25"),
    AgeBand.FROM_25_TO_39: QT_TRANSLATE_NOOP("Labels", "25 to 39"),
    AgeBand.FROM_40_TO_59: QT_TRANSLATE_NOOP("Labels", "40 to 59"),
    AgeBand.FROM_60: QT_TRANSLATE_NOOP("Labels", "60 and over"),
}

# What people write for a channel in an imported file, folded (no accents, any case).
_CHANNEL_WORDS = {
    Channel.WALK_IN: ("walk_in", "walk-in", "sur place", "accueil physique", "passage", "physique"),
    Channel.PHONE: ("phone", "telephone", "tel", "appel"),
    Channel.EMAIL: ("email", "e-mail", "courriel", "mail"),
    Channel.APPOINTMENT: ("appointment", "rendez-vous", "rdv", "sur rendez-vous"),
}


class ProfileField(enum.StrEnum):
    """Anonymous profile fields; each can be switched off in the settings."""

    FIRST_VISIT = "first_visit"
    AGE_BAND = "age_band"
    NEIGHBOURHOOD = "neighbourhood"


@dataclass(frozen=True, slots=True)
class Visit:
    uid: str
    visited_at: datetime
    category_id: int
    secondary_ids: tuple[int, ...] = ()
    channel: Channel = Channel.WALK_IN
    outcome: Outcome = Outcome.ANSWERED
    organisation_id: int | None = None
    first_visit: bool | None = None
    age_band: AgeBand | None = None
    neighbourhood: str | None = None
    note: str | None = None
    desk_id: str = ""
    agent: str = ""
    created_at: datetime | None = field(default=None, compare=False)
    person_key: str | None = None  # domain/person_key.py: never a name


# The fields of a visit that may be changed after it is logged.
EDITABLE_FIELDS = frozenset(
    {
        "visited_at",
        "category_id",
        "secondary_ids",
        "channel",
        "outcome",
        "organisation_id",
        "first_visit",
        "age_band",
        "neighbourhood",
        "note",
        "person_key",
    }
)


def parse_datetime(text: str) -> datetime:
    """Parse an ISO 8601 date and time, local time; an offset is converted to local."""
    value = text.strip()
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", '"{value}" is not a date and time (expected for example 2026-03-14T09:30).'),
            value=value,
        ) from None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone().replace(tzinfo=None)
    return parsed


def check_visited_at(at: datetime, now: datetime) -> datetime:
    if at > now + FUTURE_TOLERANCE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The visit time {at} is in the future: a visit is logged once it has happened."
            ),
            at=at.strftime("%d/%m/%Y %H:%M"),
        )
    if at.year < 1990:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The visit date {at} is too far in the past."), at=at.strftime("%d/%m/%Y")
        )
    return at.replace(microsecond=0)


def check_note(note: str | None) -> str | None:
    if note is None:
        return None
    note = note.strip()
    if not note:
        return None
    if len(note) > NOTE_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The note has {length} characters; {max} at most are allowed."),
            length=len(note),
            max=NOTE_MAX,
        )
    return note


def check_neighbourhood(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    value = " ".join(value.split())
    if len(value) > NEIGHBOURHOOD_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A neighbourhood has at most {max} characters."), max=NEIGHBOURHOOD_MAX
        )
    return value


NEIGHBOURHOODS_MAX = 60  # names in the coordinator's list (a town's QPV and districts)


def neighbourhood_key(name: str) -> str:
    """What two spellings of one neighbourhood share: no case, no accents, one space, one kind
    of apostrophe and dash ("Gresilles", "grésilles" and "Grésilles" are one)."""
    folded = fold(name).replace("’", "'").replace("–", "-").replace("‑", "-")
    return " ".join(folded.split())


def listed_neighbourhood(value: str | None, names: list[str] | tuple[str, ...]) -> str | None:
    """``value`` checked, spelt as in the coordinator's list when it names one of them."""
    value = check_neighbourhood(value)
    if value is None:
        return None
    key = neighbourhood_key(value)
    return next((name for name in names if neighbourhood_key(name) == key), value)


def by_listed_spelling(counts: list[tuple[str, int]], names: list[str] | tuple[str, ...]) -> list[tuple[str, int]]:
    """Counts by neighbourhood with the spellings of one name added up, each named as in the
    list (else as most often typed); the largest first."""
    listed = {neighbourhood_key(name): name for name in names}
    totals: dict[str, int] = {}
    spellings: dict[str, tuple[int, str]] = {}
    for name, count in counts:
        key = neighbourhood_key(name)
        totals[key] = totals.get(key, 0) + count
        spellings[key] = max(spellings.get(key, (0, name)), (count, name))
    merged = [(listed.get(key, spellings[key][1]), total) for key, total in totals.items()]
    return sorted(merged, key=lambda item: (-item[1], item[0]))


def check_neighbourhoods(names: list[str] | tuple[str, ...]) -> list[str]:
    """The coordinator's list: each name checked, blank lines dropped, a second spelling of a
    name already listed dropped, in the order given."""
    kept: dict[str, str] = {}
    for name in names:
        checked = check_neighbourhood(name)
        if checked is not None:
            kept.setdefault(neighbourhood_key(checked), checked)
    if len(kept) > NEIGHBOURHOODS_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The list holds at most {max} neighbourhoods."), max=NEIGHBOURHOODS_MAX
        )
    return list(kept.values())


def check_secondary(main_id: int, secondary_ids: tuple[int, ...] | list[int]) -> tuple[int, ...]:
    unique = tuple(dict.fromkeys(i for i in secondary_ids if i != main_id))
    if len(unique) > SECONDARY_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A visit has at most {max} secondary categories."), max=SECONDARY_MAX
        )
    return unique


def parse_channel(text: str) -> Channel:
    folded = fold(text)
    for channel, words in _CHANNEL_WORDS.items():
        if folded in words:
            return channel
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", 'Unknown channel "{value}" (expected: walk_in, phone, email or appointment).'),
        value=text.strip(),
    )


def reconcile_orientation(
    outcome: Outcome, organisation_id: int | None, *, outcome_chosen: bool = False
) -> tuple[Outcome, int | None]:
    """Keep the outcome and the partner consistent.

    A partner means the visitor was oriented: "answered at the desk" becomes
    "oriented". When the agent has just chosen "answered at the desk" by itself,
    the partner is dropped instead.
    """
    if organisation_id is not None and outcome == Outcome.ANSWERED:
        if outcome_chosen:
            return outcome, None
        return Outcome.ORIENTED, organisation_id
    return outcome, organisation_id


@dataclass(frozen=True, slots=True)
class CategoryCount:
    """Visits of one category today, this week (from Monday) and this month."""

    category_id: int
    today: int
    week: int
    month: int


# Fixed for ever: the uids of imported visits that came without one derive from it.
IMPORT_NAMESPACE = uuid.UUID("5d1c7a52-3f0e-4b8e-9a61-2c4f0d9b7e13")


def content_uid(fields: tuple[str, ...], occurrence: int) -> str:
    """The uid of an imported visit that has none, derived from what it says.

    ``fields`` are its normalised values (date and time, category code, channel,
    outcome, partner, profile, note); ``occurrence`` tells apart identical lines of one
    file (0 for the first, 1 for the second...). Importing the same file again gives
    the same uids, so its visits are recognised instead of doubled.
    """
    key = "\x1f".join(fields) + f"\x1e{occurrence}"
    return str(uuid.uuid5(IMPORT_NAMESPACE, key))
