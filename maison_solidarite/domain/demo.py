"""Deterministic generation of lived-in visits for demonstrations and benchmarks.

The shares follow the Dijon annual review (2008): 39 % access to rights, 12 % budget
and debt, 11 % administrative aid, 7 % employment, 6 % health, 25 % for the rest.
Visits happen on opening days, mostly in the morning, more on Mondays and Tuesdays,
fewer in August and around Christmas.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TypedDict

CATEGORY_SHARES: dict[str, float] = {
    "rights": 0.39,
    "finance": 0.12,
    "admin": 0.11,
    "jobs": 0.07,
    "health": 0.06,
    "housing": 0.06,
    "childcare": 0.05,
    "legal": 0.05,
    "parenting": 0.04,
    "training": 0.03,
    "other": 0.02,
}

# The eighteen organisations of the Dijon weekly planning: (acronym, name, categories).
ORGANISATIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("CCAS", "CCAS de Dijon (permanences personnes âgées)", ("rights", "admin", "other")),
    ("CAF", "CAF de Côte-d'Or", ("rights", "childcare", "housing")),
    ("CPAM", "CPAM de Côte-d'Or", ("rights", "health")),
    ("CRESUS", "CRESUS Bourgogne", ("finance",)),
    ("CRSS", "Chambre régionale du surendettement social", ("finance",)),
    ("ADAVIP", "ADAVIP 21 (aide aux victimes)", ("legal",)),
    ("CIDFF", "CIDFF 21 (droits des femmes et des familles)", ("legal", "parenting", "rights")),
    ("SF", "Solidarité Femmes", ("legal", "parenting")),
    ("SC", "Secours Catholique", ("finance", "other")),
    ("CSFO", "Centre social de la Fontaine d'Ouche", ("parenting", "childcare", "training")),
    ("CSI", "Centre de soins infirmiers (infirmière de prévention)", ("health",)),
    ("PLIE", "PLIE (emploi)", ("jobs", "training")),
    ("ACTI-LEC", "ACTI-LEC (savoirs de base)", ("training",)),
    ("ML", "Mission locale", ("jobs", "training", "housing")),
    ("ACODEGE", "ACODEGE (éducateurs de prévention)", ("parenting", "other")),
    ("PIMMS", "PIMMS (médiation)", ("admin", "finance", "other")),
    ("ASF", "Accueil Solidarité Famille (Conseil général)", ("rights", "parenting", "housing")),
    ("DVS", "Dijon Ville Santé", ("health",)),
)

NEIGHBOURHOODS = (
    "Fontaine d'Ouche",
    "Grésilles",
    "Centre-ville",
    "Montchapet",
    "Université",
    "Bourroches",
    "Toison d'Or",
    "Chevreul-Parc",
)
# The coordinator's list: the districts above, and the priority neighbourhoods (QPV) of the
# metropolis whose people come to the Maison.
NEIGHBOURHOOD_LIST = (
    *NEIGHBOURHOODS,
    "Chenôve Le Mail",
    "Talant Belvédère",
    "Quetigny Centre-ville",
    "Longvic Bief du Moulin",
)

NOTES = (
    "Dossier CAF incomplet, pièces à fournir",
    "Rappeler la semaine prochaine",
    "Demande de domiciliation",
    "Aide pour remplir un formulaire en ligne",
    "Facture d'énergie impayée",
)

WEEKDAY_WEIGHT = (1.30, 1.15, 0.95, 0.80, 0.80, 0.0, 0.0)  # Monday .. Sunday
MONTH_WEIGHT = (1.10, 1.05, 1.05, 1.00, 0.95, 1.00, 0.80, 0.55, 1.15, 1.10, 1.05, 0.85)
MORNING = (time(9, 0), time(12, 0))
AFTERNOON = (time(13, 30), time(17, 0))
MORNING_SHARE = 0.6


@dataclass(frozen=True, slots=True)
class DemoVisit:
    uid: str
    visited_at: datetime
    category: str
    channel: str
    outcome: str
    organisation: str | None
    first_visit: bool | None
    age_band: str | None
    neighbourhood: str | None
    note: str | None


def _open_days(start: date, end: date, is_closed: Callable[[date], bool]) -> list[date]:
    days, day = [], start
    while day <= end:
        if WEEKDAY_WEIGHT[day.weekday()] > 0 and not is_closed(day):
            days.append(day)
        day += timedelta(days=1)
    return days


def _weight(day: date) -> float:
    weight = WEEKDAY_WEIGHT[day.weekday()] * MONTH_WEIGHT[day.month - 1]
    if day.day <= 5:  # benefits are paid early in the month: questions follow
        weight *= 1.15
    return weight


def _minute_in(session: tuple[time, time], rng: random.Random) -> time:
    start = session[0].hour * 60 + session[0].minute
    end = session[1].hour * 60 + session[1].minute
    # Triangular: a queue at opening that thins out.
    minute = int(rng.triangular(start, end, start + (end - start) * 0.2))
    return time(minute // 60, minute % 60, rng.randrange(60))


def _handlers() -> dict[str, list[str]]:
    """The partners that handle each request, by acronym."""
    handlers: dict[str, list[str]] = {}
    for acronym, _name, categories in ORGANISATIONS:
        for code in categories:
            handlers.setdefault(code, []).append(acronym)
    return handlers


def _growth(day: date, until: date, annual_growth: float) -> float:
    """How much smaller than the last twelve months the day's year is."""
    factor: float = (1 + annual_growth) ** -((until - day).days / 365.25)
    return factor


def _visits_per_weight(days: list[date], until: date, per_year: float, annual_growth: float) -> float:
    """The visits for one unit of a day's weight, so that the last twelve months count ``per_year``."""
    year_ago = until - timedelta(days=365)
    last_year_weight = sum(_weight(d) * _growth(d, until, annual_growth) for d in days if d > year_ago) or 1.0
    if days and days[0] > year_ago:  # less than a year of data: scale to a whole year
        span = (until - days[0]).days + 1
        last_year_weight = last_year_weight * 365 / span
    return per_year / last_year_weight


def _uid(bits: int, moment: datetime) -> str:
    """The seed's bits mixed with the visit's time: the same seed over other days gives other ids."""
    moment_bits = int.from_bytes(hashlib.sha256(moment.isoformat().encode()).digest()[:16], "big")
    return str(uuid.UUID(int=bits ^ moment_bits, version=4))


def _visit(moment: datetime, rng: random.Random, shares: dict[str, float], handlers: dict[str, list[str]]) -> DemoVisit:
    category = rng.choices(list(shares), list(shares.values()))[0]
    channel = rng.choices(("walk_in", "phone", "email", "appointment"), (70, 22, 3, 5))[0]
    outcome = rng.choices(("answered", "oriented", "appointment"), (45, 45, 10))[0]
    organisation = None
    if outcome != "answered" and category in handlers:
        organisation = rng.choice(handlers[category])
    return DemoVisit(
        uid=_uid(rng.getrandbits(128), moment),
        visited_at=moment,
        category=category,
        channel=channel,
        outcome=outcome,
        organisation=organisation,
        first_visit=rng.random() < 0.3,
        age_band=rng.choices(("under_25", "25_39", "40_59", "60_plus"), (18, 34, 31, 17))[0],
        neighbourhood=rng.choice(NEIGHBOURHOODS) if rng.random() < 0.8 else None,
        note=rng.choice(NOTES) if rng.random() < 0.03 else None,
    )


def generate_visits(
    start: date,
    until: datetime,
    per_year: float = 6000,
    *,
    seed: int = 2008,
    annual_growth: float = 0.0,
    is_closed: Callable[[date], bool] = lambda _day: False,
    shares: dict[str, float] | None = None,
) -> Iterator[DemoVisit]:
    """Yield visits from ``start`` up to the moment ``until``, in time order.

    ``per_year`` is the count for the twelve months that end at ``until``; earlier
    years have ``annual_growth`` less per year. The same arguments give the same visits.
    """
    rng = random.Random(seed)
    shares = shares or CATEGORY_SHARES
    handlers = _handlers()
    days = _open_days(start, until.date(), is_closed)
    per_weight = _visits_per_weight(days, until.date(), per_year, annual_growth)
    for day in days:
        expected = per_weight * _weight(day) * _growth(day, until.date(), annual_growth)
        count = max(0, round(rng.gauss(expected, expected**0.5)))
        moments = sorted(
            datetime.combine(day, _minute_in(MORNING if rng.random() < MORNING_SHARE else AFTERNOON, rng))
            for _ in range(count)
        )
        for moment in moments:
            if moment > until:
                return
            yield _visit(moment, rng, shares, handlers)


# The weekly planning of the two offices: (acronym, office 0 or 1, weekday, start, end, kind, detail).
# detail: the interval for every_n_weeks (with a week's offset as "2+1"), weeks for weeks_of_month,
# and for dates the number of one-off sessions to place in the coming months.
ROTA: tuple[tuple[str, int, int, str, str, str, str], ...] = (
    ("CCAS", 0, 0, "09:00", "12:00", "weekly", ""),
    ("CRESUS", 0, 0, "13:30", "16:30", "weeks_of_month", "2,4"),
    ("CAF", 0, 1, "09:00", "12:00", "weekly", ""),
    ("CPAM", 0, 1, "13:30", "17:00", "weekly", ""),
    ("ML", 0, 2, "09:00", "12:00", "weekly", ""),
    ("PLIE", 0, 2, "14:00", "17:00", "weekly", ""),
    ("CRESUS", 0, 3, "09:00", "12:00", "every_n_weeks", "2"),
    ("CRSS", 0, 3, "09:00", "12:00", "every_n_weeks", "2+1"),
    ("CIDFF", 0, 3, "13:30", "16:30", "even_weeks", ""),
    ("SF", 0, 3, "13:30", "16:30", "odd_weeks", ""),
    ("PIMMS", 0, 4, "09:00", "12:00", "weekly", ""),
    ("DVS", 0, 4, "13:30", "16:00", "weeks_of_month", "1,3"),
    ("ADAVIP", 1, 0, "09:00", "12:00", "weeks_of_month", "1,3"),
    ("ASF", 1, 0, "09:00", "12:00", "weeks_of_month", "2,4"),
    ("SC", 1, 0, "14:00", "17:00", "weekly", ""),
    ("CSI", 1, 1, "09:00", "11:30", "weekly", ""),
    ("ACTI-LEC", 1, 1, "13:30", "16:30", "weekly", ""),
    ("ACODEGE", 1, 2, "09:00", "12:00", "even_weeks", ""),
    ("CSFO", 1, 2, "09:00", "12:00", "odd_weeks", ""),
    ("CCAS", 1, 2, "13:30", "17:00", "weekly", ""),
    ("ASF", 1, 3, "09:00", "12:00", "weekly", ""),
    ("PLIE", 1, 3, "14:00", "16:00", "weeks_of_month", "-1"),
    ("ML", 1, 4, "09:00", "12:00", "every_n_weeks", "2"),
    ("CIDFF", 1, 4, "13:30", "16:30", "dates", "4"),
)


# What each partner offers, for the demonstration directory: (offer, audience, keywords,
# conditions). Referents are service desks, phone numbers are in the range reserved for
# fiction (03 53 01 ..), e-mail addresses at example.org: no real person is named.
class SheetConditions(TypedDict, total=False):
    """The conditions of a demonstration partner's sheet, by the name of its field."""

    by_appointment: bool
    undocumented_ok: bool
    age_min: int
    age_max: int
    languages: str
    free: bool
    appointments_enabled: bool
    slot_minutes: int


PARTNER_SHEETS: dict[str, tuple[str, str, str, SheetConditions]] = {
    "CCAS": (
        "Aide sociale légale et facultative, domiciliation, dossiers des personnes âgées",
        "Habitants de Dijon",
        "aide sociale domiciliation APA retraite",
        {"free": True, "age_min": 60},
    ),
    "CAF": (
        "Prestations familiales, RSA, aides au logement, prime d'activité",
        "Allocataires et futurs allocataires",
        "allocations RSA APL prime activite dossier",
        {"free": True, "undocumented_ok": False},
    ),
    "CPAM": (
        "Ouverture des droits santé, carte Vitale, complémentaire santé solidaire",
        "Assurés sociaux",
        "sante carte vitale CSS mutuelle remboursement",
        {"free": True},
    ),
    "CRESUS": (
        "Accompagnement budgétaire, prévention et traitement du surendettement",
        "Ménages en difficulté financière",
        "dettes surendettement budget banque credit",
        {"free": True, "by_appointment": True, "appointments_enabled": True},
    ),
    "CRSS": (
        "Information sur la procédure de surendettement et les dossiers Banque de France",
        "Personnes surendettées",
        "surendettement banque de France dossier",
        {"free": True},
    ),
    "ADAVIP": (
        "Écoute, information juridique et accompagnement des victimes d'infractions",
        "Victimes et leurs proches",
        "victime plainte juridique aide",
        {"free": True, "undocumented_ok": True, "appointments_enabled": True, "slot_minutes": 45},
    ),
    "CIDFF": (
        "Information sur les droits des femmes et des familles : séparation, pension, emploi",
        "Femmes et familles",
        "droits femmes famille divorce pension juriste",
        {"free": True, "undocumented_ok": True, "appointments_enabled": True},
    ),
    "SF": (
        "Accueil et accompagnement des femmes victimes de violences",
        "Femmes victimes de violences conjugales",
        "violences conjugales hebergement urgence",
        {"free": True, "undocumented_ok": True, "languages": "français, anglais, arabe"},
    ),
    "SC": (
        "Aide alimentaire, accompagnement social, vestiaire",
        "Personnes en précarité",
        "alimentaire colis vetements urgence",
        {"free": True, "undocumented_ok": True},
    ),
    "CSFO": (
        "Activités familiales, aide aux devoirs, ateliers parents-enfants",
        "Familles du quartier",
        "parents enfants devoirs loisirs quartier",
        {"free": False},
    ),
    "CSI": (
        "Prévention santé, vaccinations, dépistages, bilans infirmiers",
        "Tout public",
        "infirmiere prevention vaccin depistage",
        {"free": True, "undocumented_ok": True},
    ),
    "PLIE": (
        "Accompagnement renforcé vers l'emploi, ateliers CV et entretiens",
        "Demandeurs d'emploi de longue durée",
        "emploi CV chomage formation insertion",
        {"free": True, "age_min": 26},
    ),
    "ACTI-LEC": (
        "Cours de français, lecture et écriture, savoirs numériques de base",
        "Adultes en difficulté avec l'écrit",
        "francais illettrisme lecture ecriture alphabetisation",
        {"free": True, "undocumented_ok": True, "languages": "français, arabe, turc"},
    ),
    "ML": (
        "Emploi, formation, logement et santé des jeunes",
        "Jeunes de 16 à 25 ans",
        "jeunes emploi formation garantie jeunes",
        {"free": True, "age_min": 16, "age_max": 25},
    ),
    "ACODEGE": (
        "Prévention spécialisée, écoute et accompagnement éducatif",
        "Jeunes et familles",
        "educateur jeunes prevention",
        {"free": True, "age_max": 25},
    ),
    "PIMMS": (
        "Médiation avec les services publics : énergie, eau, transports, démarches en ligne",
        "Tout public",
        "mediation facture energie eau numerique demarches",
        {"free": True, "languages": "français, anglais"},
    ),
    "ASF": (
        "Accompagnement social des familles, protection de l'enfance",
        "Familles avec enfants",
        "famille enfance assistante sociale departement",
        {"free": True},
    ),
    "DVS": (
        "Information santé, accès aux soins, actions de prévention",
        "Habitants de Dijon",
        "sante prevention acces aux soins",
        {"free": True},
    ),
}
