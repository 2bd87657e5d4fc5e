"""The opening hours of the Maison: spans per weekday, typed, checked and shown."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from datetime import time

from .dates import WEEKDAY_NAMES
from .errors import QT_TRANSLATE_NOOP, Term, ValidationError
from .permanences import OpeningHours, minutes_between


def within_opening_hours(hours: OpeningHours, day_of_week: int, start: time, end: time) -> bool:
    return any(open_ <= start and end <= close for open_, close in hours.get(day_of_week, ()))


def open_minutes(hours: OpeningHours, day_of_week: int) -> int:
    return sum(minutes_between(open_, close) for open_, close in hours.get(day_of_week, ()))


def check_times(start: time, end: time) -> None:
    if end == start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A permanence cannot last zero minutes: give an end after the start.")
        )
    if end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The permanence ends ({end}) before it starts ({start})."),
            start=start.strftime("%H:%M"),
            end=end.strftime("%H:%M"),
        )


def weekday_term(weekday: int) -> Term:
    return Term("Labels", WEEKDAY_NAMES[weekday])


def outside_hours(weekday: int, start: time, end: time) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{start}–{end} on {weekday} is outside the opening hours of the Maison."),
        start=start.strftime("%H:%M"),
        end=end.strftime("%H:%M"),
        weekday=weekday_term(weekday),
    )


def parse_spans(text: str) -> tuple[tuple[time, time], ...]:
    """ "09:00-12:00, 13:30-17:00" -> the spans; an empty text is a closed day."""
    spans = []
    for part in text.replace(";", ",").split(","):
        typed = part.strip()
        part = typed.replace("–", "-").replace("h", ":")
        if not part:
            continue
        try:
            first, last = (p.strip() for p in part.split("-"))
            start, end = time.fromisoformat(first.zfill(5)), time.fromisoformat(last.zfill(5))
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", '"{value}" is not a time span (expected for example 09:00-12:00).'),
                value=typed,  # as the person typed it
            ) from None
        check_times(start, end)
        spans.append((start, end))
    return tuple(sorted(spans))


def format_spans(spans: Iterable[tuple[time, time]]) -> str:
    return ", ".join(f"{a:%H:%M}-{b:%H:%M}" for a, b in spans)


def check_opening_hours(hours: Mapping[int, Iterable[tuple[time, time]]]) -> dict[int, tuple[tuple[time, time], ...]]:
    """The week's opening hours in order, closed days left out; overlapping spans are refused."""
    cleaned: dict[int, tuple[tuple[time, time], ...]] = {}
    for weekday, spans in hours.items():
        ordered = tuple(sorted(spans))
        for start, end in ordered:
            check_times(start, end)
        for (_a, end), (start, _b) in itertools.pairwise(ordered):
            if start < end:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The opening hours of {weekday} overlap each other."),
                    weekday=weekday_term(weekday),
                )
        if ordered:
            cleaned[weekday] = ordered
    return cleaned
