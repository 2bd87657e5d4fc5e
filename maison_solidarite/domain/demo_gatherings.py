"""Demonstration gatherings and person keys, after the seed's annual review (Dijon, 2008).

- about 70 % of the visits carry a person key (``KEYED_SHARE``), drawn from a town's worth of
  people (``VISITOR_POOL``), some of whom come often: a key of the visit's year, as the app
  makes by default (never a real key: the demonstration knows no name and no secret);
- two health breakfasts a month (the 1st and 3rd Thursday), about ten people each, drawn
  from a pool of about eighty (``BREAKFAST_POOL``: the first of the visitors, so that some of
  them also come to the desk);
- a yearly *Matinée Santé* in October, counted by head;
- two themed partner meetings a year (March and October): the eighteen partners invited,
  most present, a few excused, about forty people sent, four or five speakers;
- two projects led together each year.

The same seed gives the same gatherings and keys; a visit's key comes from its id, so the
visits themselves stay those of ``domain/demo.py``.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, timedelta

from .person_key import ALPHABET, KEY_LENGTH

KEYED_SHARE = 0.7
VISITOR_POOL = 2_400
BREAKFAST_POOL = 80
BREAKFAST_TITLE = "Petit-déjeuner santé"
MORNING_TITLE = "Matinée Santé"
MEETING_THEMES = ("Accès aux droits et numérique", "Logement et précarité énergétique")
PROJECTS = (
    ("Forum santé de quartier", ("DVS", "CPAM", "CSI")),
    ("Guide des droits des familles", ("CAF", "CIDFF", "ASF")),
)
PLACE = "Salle polyvalente de la Maison"


def demo_key(person: int, year: int) -> str:
    """A stored key's shape (``KEY_LENGTH`` base-32 symbols) for demonstration person ``person``."""
    digest = hashlib.sha256(f"demo person {person} {year}".encode()).digest()
    value = int.from_bytes(digest[:8], "big")
    return "".join(ALPHABET[(value >> (5 * i)) & 31] for i in range(KEY_LENGTH))


def visit_person(uid: str) -> int | None:
    """The demonstration person of a visit, from its id: None for the visits without a key;
    the first of the pool come more often than the last (a few come every month)."""
    rng = random.Random(uid)
    if rng.random() >= KEYED_SHARE:
        return None
    return int(VISITOR_POOL * rng.random() ** 2)


@dataclass(frozen=True, slots=True)
class DemoPartner:
    acronym: str
    status: str  # invited, present, excused, absent (domain/events.py PartnerStatus)
    people: int | None = None
    speaker: bool = False


@dataclass(frozen=True, slots=True)
class DemoEvent:
    kind: str  # action | meeting
    title: str
    day: date
    start: time
    end: time
    theme_code: str = ""  # a request category's code, or
    theme: str = ""  # free words
    leaders: tuple[str, ...] = ()
    people: tuple[int, ...] = ()  # demonstration persons present (actions listed by key)
    headcount: int | None = None  # actions counted by head
    partners: tuple[DemoPartner, ...] = ()  # meetings
    held: bool = True  # False: still to come (planned, no attendance)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _breakfast(day: date, held: bool, rng: random.Random) -> DemoEvent:
    size = min(BREAKFAST_POOL, max(4, round(rng.gauss(10, 2))))
    people = tuple(sorted(rng.sample(range(BREAKFAST_POOL), size))) if held else ()
    return DemoEvent(
        "action",
        BREAKFAST_TITLE,
        day,
        time(9),
        time(10, 30),
        "health",
        leaders=("DVS", "CSI"),
        people=people,
        held=held,
    )


def _meeting(day: date, theme: str, partners: list[str], held: bool, rng: random.Random) -> DemoEvent:
    entries: list[DemoPartner] = []
    if held:
        order = rng.sample(partners, len(partners))
        excused, absent = set(order[:3]), set(order[3:4])
        speakers = set(order[4 : 4 + rng.choice((4, 5))])
        for acronym in partners:
            if acronym in excused:
                entries.append(DemoPartner(acronym, "excused"))
            elif acronym in absent:
                entries.append(DemoPartner(acronym, "absent"))
            else:
                entries.append(DemoPartner(acronym, "present", rng.choice((2, 2, 3, 3, 3, 4)), acronym in speakers))
    else:
        entries = [DemoPartner(acronym, "invited") for acronym in partners]
    return DemoEvent(
        "meeting",
        f"Réunion thématique : {theme}",
        day,
        time(14),
        time(16, 30),
        theme=theme,
        partners=tuple(entries),
        held=held,
    )


def demo_events(
    first: date,
    last: date,
    today: date,
    partners: list[str],
    *,
    seed: int = 2008,
    is_closed: Callable[[date], bool] = lambda _day: False,
) -> list[DemoEvent]:
    """The gatherings from ``first`` to ``last``: held before ``today``, planned from it; none on a closed day."""
    rng = random.Random(seed)
    events: list[DemoEvent] = []
    for year in range(first.year, last.year + 1):
        for month in range(1, 13):
            for n in (1, 3):
                day = _nth_weekday(year, month, 3, n)
                if first <= day <= last and month != 8:  # no breakfast in August
                    events.append(_breakfast(day, day < today, rng))
            if month == 10:
                day = _nth_weekday(year, month, 4, 2)  # a Friday morning
                if first <= day <= last:
                    held = day < today
                    headcount = round(rng.gauss(60, 8)) if held else None
                    events.append(
                        DemoEvent(
                            "action",
                            MORNING_TITLE,
                            day,
                            time(9),
                            time(12, 30),
                            "health",
                            leaders=("CPAM", "DVS", "CSI"),
                            headcount=headcount,
                            held=held,
                        )
                    )
            if month in (3, 10):
                day = _nth_weekday(year, month, 1, 2)
                if first <= day <= last:
                    events.append(_meeting(day, MEETING_THEMES[month == 10], partners, day < today, rng))
    return [e for e in events if not is_closed(e.day)]


def demo_projects(first_year: int, last_year: int) -> list[tuple[str, int, tuple[str, ...]]]:
    """Two projects led together each year: (title, year, partners' acronyms)."""
    return [(title, year, partners) for year in range(first_year, last_year + 1) for title, partners in PROJECTS]
