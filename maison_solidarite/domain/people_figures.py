"""The figures of people and gatherings: distinct people without names, actions, meetings.

Distinct people are counted by person key (domain/person_key.py), never by name:

- ``visitors``: the distinct keys among the period's visits; ``participants``: the distinct
  keys of the people present at the period's collective actions; ``people``: both together
  (a visitor who also came to a breakfast counts once);
- ``new``: people of the period whose key was not seen before the period (a visit or an
  attendance); ``returning``: the others. A key changes with the calendar year by default,
  so "before" then reaches back to the 1st of January only: everyone is new in January.
  With a key that holds across years, "before" reaches back to the first visit;
- every count of people goes with the share of visits that carry a key
  (« 1 850 personnes distinctes, clé renseignée pour 72 % des visites »): the visits without
  a key are people too, but not counted among the distinct ones.

Gatherings: an event counts once it is not cancelled and has begun (``HeldEvent``):
actions give their sessions, attendances (people present), distinct participants, mean
attendance and the same by theme; partner meetings give, for each meeting and over the
period, the partners invited (every partner with an entry), present, excused and absent,
the people they sent and the speakers, and each partner's participation rate (meetings
present over meetings invited); the projects led together come with their partners.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from .events import PartnerAttendance, PartnerStatus


@dataclass(frozen=True, slots=True)
class PeopleFigures:
    """Distinct people of a period, with the visits they come from."""

    visits: int  # visits logged live in the period (those that could carry a key)
    keyed_visits: int  # of which with a person key
    visitors: int  # distinct keys among the visits
    participants: int  # distinct keys among the people present at actions
    people: int  # distinct keys, visits and actions together
    new: int  # people whose key was not seen before the period
    returning: int
    across_years: bool = False  # the key holds across years (else it changes every 1st of January)

    @property
    def key_share(self) -> float:
        """The share of visits that carry a key, 0..1 (0 when there is no visit)."""
        return self.keyed_visits / self.visits if self.visits else 0.0

    @property
    def visits_per_person(self) -> float | None:
        """Keyed visits per distinct visitor; None when no visit carries a key."""
        return self.keyed_visits / self.visitors if self.visitors else None


def count_people(
    visits: int,
    keyed_visits: int,
    visitor_keys: Iterable[str],
    participant_keys: Iterable[str],
    seen_before: Iterable[str],
    *,
    across_years: bool = False,
) -> PeopleFigures:
    """The figures from the period's distinct keys and the keys seen before it."""
    visitors, participants = set(visitor_keys), set(participant_keys)
    people = visitors | participants
    returning = len(people & set(seen_before))
    return PeopleFigures(
        visits=visits,
        keyed_visits=keyed_visits,
        visitors=len(visitors),
        participants=len(participants),
        people=len(people),
        new=len(people) - returning,
        returning=returning,
        across_years=across_years,
    )


def lookback_start(first: date, *, across_years: bool) -> date | None:
    """Where "seen before" begins for a period starting on ``first``: the 1st of January of
    its year for keys that change each year (an older key cannot match), else nowhere (None)."""
    return None if across_years else date(first.year, 1, 1)


# -- collective actions ----------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class HeldAction:
    """A collective action that took place: its theme, how many came, the keys of those present."""

    day: date
    theme: str  # the request category's label, the free theme, or "" when none
    present: int
    keys: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class ThemeLine:
    theme: str
    sessions: int
    attendances: int
    participants: int  # distinct keys

    @property
    def mean(self) -> float:
        return self.attendances / self.sessions if self.sessions else 0.0


@dataclass(frozen=True, slots=True)
class ActionFigures:
    sessions: int = 0
    attendances: int = 0  # people present, session by session
    participants: int = 0  # distinct keys of the people present
    by_theme: tuple[ThemeLine, ...] = ()

    @property
    def mean(self) -> float:
        """Mean attendance per session (0 with no session)."""
        return self.attendances / self.sessions if self.sessions else 0.0


def action_figures(actions: Sequence[HeldAction]) -> ActionFigures:
    """Sessions, attendances and distinct participants, in all and by theme (most sessions first)."""
    themes: dict[str, list[HeldAction]] = defaultdict(list)
    for action in actions:
        themes[action.theme].append(action)
    lines = [
        ThemeLine(
            theme,
            len(items),
            sum(a.present for a in items),
            len(set().union(*(a.keys for a in items))),
        )
        for theme, items in themes.items()
    ]
    lines.sort(key=lambda line: (-line.sessions, -line.attendances, line.theme))
    return ActionFigures(
        sessions=len(actions),
        attendances=sum(a.present for a in actions),
        participants=len(set().union(*(a.keys for a in actions))) if actions else 0,
        by_theme=tuple(lines),
    )


# -- partner meetings ------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class HeldMeeting:
    day: date
    title: str
    partners: tuple[PartnerAttendance, ...] = ()


@dataclass(frozen=True, slots=True)
class MeetingLine:
    """One meeting: its partners invited (every one with an entry), present, excused, absent."""

    day: date
    title: str
    invited: int
    present: int
    excused: int
    absent: int
    people: int  # people the partners present sent
    speakers: int


@dataclass(frozen=True, slots=True)
class PartnerLine:
    """One partner over the period: meetings it was invited to, present at, excused from."""

    organisation_id: int
    invited: int
    present: int
    excused: int

    @property
    def rate(self) -> float:
        return self.present / self.invited if self.invited else 0.0


@dataclass(frozen=True, slots=True)
class ProjectLine:
    title: str
    year: int
    partners: tuple[str, ...]  # acronyms


@dataclass(frozen=True, slots=True)
class MeetingFigures:
    meetings: tuple[MeetingLine, ...] = ()
    partners: tuple[PartnerLine, ...] = ()  # highest participation first
    projects: tuple[ProjectLine, ...] = ()

    @property
    def held(self) -> int:
        return len(self.meetings)

    @property
    def invited(self) -> int:
        """Invitations over the period (a partner invited to two meetings counts twice)."""
        return sum(m.invited for m in self.meetings)

    @property
    def present(self) -> int:
        return sum(m.present for m in self.meetings)

    @property
    def excused(self) -> int:
        return sum(m.excused for m in self.meetings)

    @property
    def people(self) -> int:
        return sum(m.people for m in self.meetings)

    @property
    def rate(self) -> float | None:
        """The partners' participation rate: presences over invitations (None: nobody invited)."""
        return self.present / self.invited if self.invited else None

    @property
    def engaged(self) -> int:
        """Partners present at one meeting at least."""
        return sum(1 for p in self.partners if p.present)


def meeting_figures(meetings: Sequence[HeldMeeting], projects: Sequence[ProjectLine] = ()) -> MeetingFigures:
    lines: list[MeetingLine] = []
    per_partner: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    for meeting in sorted(meetings, key=lambda m: (m.day, m.title)):
        statuses = [p.status for p in meeting.partners]
        lines.append(
            MeetingLine(
                meeting.day,
                meeting.title,
                invited=len(statuses),
                present=statuses.count(PartnerStatus.PRESENT),
                excused=statuses.count(PartnerStatus.EXCUSED),
                absent=statuses.count(PartnerStatus.ABSENT),
                people=sum(p.people or 0 for p in meeting.partners if p.status == PartnerStatus.PRESENT),
                speakers=sum(1 for p in meeting.partners if p.speaker and p.status == PartnerStatus.PRESENT),
            )
        )
        for p in meeting.partners:
            tally = per_partner[p.organisation_id]
            tally[0] += 1
            tally[1] += p.status == PartnerStatus.PRESENT
            tally[2] += p.status == PartnerStatus.EXCUSED
    partners = sorted(
        (PartnerLine(pid, *tally) for pid, tally in per_partner.items()),
        key=lambda p: (-p.rate, -p.present, p.organisation_id),
    )
    return MeetingFigures(tuple(lines), tuple(partners), tuple(projects))


@dataclass(frozen=True)
class GatheringFigures:
    """Everything of people and gatherings for a period, as the statistics carry it."""

    people: PeopleFigures
    actions: ActionFigures = field(default_factory=ActionFigures)
    meetings: MeetingFigures = field(default_factory=MeetingFigures)
    partner_names: dict[int, str] = field(default_factory=dict)  # organisation id -> acronym
