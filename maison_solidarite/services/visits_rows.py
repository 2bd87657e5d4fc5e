"""Reading one line of a visits file: its header, then each line into a visit to write.

The columns are named by their code, their English or their French header, any case,
without minding accents; the values likewise (a category by its code or its label, a
channel, an outcome or an age band by its code or its words in either language). See
``domain/visits_file.py`` for the columns.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from ..db.engine import Database
from ..db.models import CategoryRow, OrganisationRow
from ..domain.categories import fold
from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.visits import (
    AGE_BAND_LABELS,
    OUTCOME_LABELS,
    AgeBand,
    Channel,
    Outcome,
    check_neighbourhood,
    check_note,
    check_secondary,
    check_visited_at,
    parse_channel,
    parse_datetime,
    reconcile_orientation,
)
from ..domain.visits_file import (
    CONTEXT,
    enum_words,
    header_words,
    parse_day_and_time,
    parse_first_visit,
    split_secondary,
)
from ..i18n import load_catalog

# What people write besides the labels, folded (no accents, any case).
_OUTCOME_WORDS = {
    Outcome.ANSWERED: ("answered", "reponse", "repondu", "reponse a l'accueil"),
    Outcome.ORIENTED: ("oriented", "oriente", "orientation", "orientee"),
    Outcome.APPOINTMENT: ("appointment", "rendez-vous", "rdv", "rendez-vous donne"),
}
_AGE_BAND_WORDS = {
    AgeBand.UNDER_25: ("-25", "moins de 25", "< 25"),
    AgeBand.FROM_25_TO_39: ("25-39", "25 a 39"),
    AgeBand.FROM_40_TO_59: ("40-59", "40 a 59"),
    AgeBand.FROM_60: ("60+", "60 et plus", "plus de 60 ans"),
}


@dataclass(frozen=True)
class ParsedVisit:
    uid: str | None
    visited_at: datetime
    category_id: int
    secondary_ids: tuple[int, ...]
    channel: Channel
    outcome: Outcome
    organisation_id: int | None
    first_visit: bool | None
    age_band: AgeBand | None
    neighbourhood: str | None
    note: str | None


def read_header(fields: list[str]) -> list[str]:
    """The column codes of the file's first line, in its order."""
    words = header_words(load_catalog("fr").translate)
    found = [words.get(fold(field)) for field in fields]
    names = [code for code in found if code is not None]
    when = ["datetime"] if "datetime" in names else ["date", "time"]
    missing = [c for c in [*when, "category"] if c not in names]
    if missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                'The first line of the file must name the columns; "{missing}" is missing '
                "(expected: Date;Heure;Motif, or date;time;category, then the other columns of an export).",
            ),
            missing=", ".join(missing),
        )
    unknown = [field for field, code in zip(fields, found, strict=True) if code is None]
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", 'Unknown column "{column}" in the first line of the file.'), column=unknown[0]
        )
    duplicates = {n for n in names if names.count(n) > 1}
    if "datetime" in names and ({"date", "time"} & set(names)):
        duplicates.add("date")
    if duplicates:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", 'The column "{column}" appears twice.'), column=sorted(duplicates)[0]
        )
    return names


def _unknown(message: str, value: str) -> ValidationError:
    return ValidationError(message, value=value)


class RowReader:
    """Turns the fields of one line into a visit, with the database's categories and partners."""

    def __init__(self, db: Database, names: list[str], now: datetime) -> None:
        self.names, self.now = names, now
        with db.read() as session:
            categories = list(session.scalars(select(CategoryRow)))
            partners = list(session.scalars(select(OrganisationRow)))
        # A code or an acronym wins over a label or a name that folds the same.
        self.codes = {row.id: row.code for row in categories}
        self.categories = {fold(row.label): row.id for row in categories} | {
            fold(row.code): row.id for row in categories
        }
        self.acronyms = {org.id: org.acronym for org in partners}
        self.organisations = {fold(org.name): org.id for org in partners} | {
            fold(org.acronym): org.id for org in partners
        }
        french = load_catalog("fr").translate
        self.outcomes = enum_words(OUTCOME_LABELS, french, _OUTCOME_WORDS)
        self.age_bands = enum_words(AGE_BAND_LABELS, french, _AGE_BAND_WORDS)

    def parse(self, fields: list[str]) -> ParsedVisit:
        if len(fields) != len(self.names):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{found} columns instead of {expected}"),
                found=len(fields),
                expected=len(self.names),
            )
        values = dict(zip(self.names, fields, strict=False))
        if "datetime" in values:
            at = parse_datetime(values["datetime"])
        else:
            at = parse_day_and_time(values["date"], values["time"])
        visited_at = check_visited_at(at, self.now)
        category_id = self._category(values["category"])
        secondary = check_secondary(
            category_id, [self._category(v) for v in split_secondary(values.get("secondary", ""))]
        )
        channel = parse_channel(values["channel"]) if values.get("channel") else Channel.WALK_IN
        organisation_id = self._organisation(values.get("orientation", ""))
        outcome = self._outcome(values.get("outcome", ""), organisation_id)
        outcome, organisation_id = reconcile_orientation(outcome, organisation_id)
        return ParsedVisit(
            uid=self._uid(values.get("id", "")),
            visited_at=visited_at,
            category_id=category_id,
            secondary_ids=secondary,
            channel=channel,
            outcome=outcome,
            organisation_id=organisation_id,
            first_visit=parse_first_visit(values.get("first_visit", "")),
            age_band=self._age_band(values.get("age_band", "")),
            neighbourhood=check_neighbourhood(values.get("neighbourhood")),
            note=check_note(values.get("note")),
        )

    def _category(self, text: str) -> int:
        category_id = self.categories.get(fold(text))
        if category_id is None:
            raise _unknown(QT_TRANSLATE_NOOP("Errors", 'Unknown category "{value}".'), text)
        return category_id

    def _organisation(self, text: str) -> int | None:
        if not text:
            return None
        organisation_id = self.organisations.get(fold(text))
        if organisation_id is None:
            raise _unknown(QT_TRANSLATE_NOOP("Errors", 'Unknown partner "{value}".'), text)
        return organisation_id

    def _outcome(self, text: str, organisation_id: int | None) -> Outcome:
        if not text:
            return Outcome.ORIENTED if organisation_id else Outcome.ANSWERED
        code = self.outcomes.get(fold(text))
        if code is None:
            raise _unknown(
                QT_TRANSLATE_NOOP("Errors", 'Unknown outcome "{value}" (expected: answered, oriented or appointment).'),
                text,
            )
        return Outcome(code)

    def _age_band(self, text: str) -> AgeBand | None:
        if not text:
            return None
        code = self.age_bands.get(fold(text))
        if code is None:
            raise _unknown(
                QT_TRANSLATE_NOOP(
                    "Errors", 'Unknown age band "{value}" (expected: under_25, 25_39, 40_59 or 60_plus).'
                ),
                text,
            )
        return AgeBand(code)

    @staticmethod
    def _uid(text: str) -> str | None:
        if not text:
            return None
        try:
            return str(uuid.UUID(text))
        except ValueError:
            raise _unknown(QT_TRANSLATE_NOOP("Errors", '"{value}" is not a visit id.'), text) from None

    def content(self, p: ParsedVisit) -> tuple[str, ...]:
        """What a visit says, normalised: the source of the uid of a line without one."""
        partner = self.acronyms[p.organisation_id] if p.organisation_id else ""
        first = "" if p.first_visit is None else str(int(p.first_visit))
        profile = (first, p.age_band.value if p.age_band else "", p.neighbourhood or "")
        when = p.visited_at.isoformat(timespec="seconds")
        fields = (when, self.codes[p.category_id], p.channel.value, p.outcome.value, partner, *profile, p.note or "")
        # The secondary requests only when there are some: a file without them keeps its uids.
        return fields + (("|".join(sorted(self.codes[i] for i in p.secondary_ids)),) if p.secondary_ids else ())


__all__ = ["CONTEXT", "ParsedVisit", "RowReader", "read_header"]
