"""The printed week, the iCalendar export and the rota commands."""

from __future__ import annotations

import io
import itertools
import re
from datetime import date, datetime, timedelta
from pathlib import Path

import icalendar
import pdfplumber
import pytest
import recurring_ical_events

from maison_solidarite.__main__ import main
from maison_solidarite.domain.rota import Status
from maison_solidarite.i18n import load_catalog
from maison_solidarite.services import Services
from maison_solidarite.services.demo import load_demo
from maison_solidarite.services.rota_outputs import RotaOutputs

FRENCH = load_catalog("fr").translate
NOW = datetime(2026, 11, 20, 11, 0)


@pytest.fixture
def demo(services: Services, clock) -> Services:
    clock.current = NOW
    load_demo(services.db, services.ctx, years=1)  # the rota; a year of visits is enough
    return services


def phrases(words: list[dict], first_pattern: str, second_pattern: str) -> list[tuple[float, str]]:
    """Two-word headers ("Lundi 23/11", "Bureau 1"), drawn centred: (centre, second word)."""
    found = []
    for a, b in itertools.pairwise(words):
        if (
            re.fullmatch(first_pattern, a["text"])
            and re.fullmatch(second_pattern, b["text"])
            and abs(a["top"] - b["top"]) < 1
        ):
            found.append(((a["x0"] + b["x1"]) / 2, b["text"]))
    return sorted(found)


def columns(words: list[dict]) -> tuple[dict[tuple[int, str], tuple[float, float]], float]:
    """(day of month, office name) -> x range, read from the printed headers; and where the body begins."""
    days = phrases(words, r"[A-Z][a-z]+", r"\d\d/\d\d")
    offices = phrases(words, r"Bureau", r"\d")
    day_width = days[1][0] - days[0][0]
    office_width = offices[1][0] - offices[0][0]
    result = {}
    for centre, number in offices:
        day = next(int(text.split("/")[0]) for c, text in days if abs(c - centre) < day_width / 2)
        result[(day, f"Bureau {number}")] = (centre - office_width / 2, centre + office_width / 2)
    body = max(w["bottom"] for w in words if w["text"] == "Bureau")
    return result, body


@pytest.mark.parametrize("monday", [date(2026, 11, 23), date(2026, 11, 30), date(2026, 12, 21)])
def test_each_organisation_is_printed_in_its_day_and_office(demo, monday) -> None:
    outputs = RotaOutputs(demo.rota)
    data = outputs.week_pdf(monday, FRENCH)
    sheet = outputs.week_sheet(monday)
    offices = {o.id: o.name for o in sheet.offices}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        (page,) = pdf.pages
        words = page.extract_words(extra_attrs=["fontname"])
        cols, header_bottom = columns(words)
        fonts = {c["fontname"].split("+")[-1] for c in page.chars}
        text = page.extract_text()
    assert fonts <= {"DejaVuSans", "DejaVuSans-Bold"}  # embedded, nothing else
    expected = set()
    for o in sheet.occurrences:
        if o.status == Status.CLOSED:
            continue
        acronym = sheet.organisations[o.organisation_id].acronym
        expected.add((acronym, o.day.day, offices[o.office_id]))
    found = set()
    acronyms = {org.acronym for org in sheet.organisations.values()}
    for word in words:
        if word["text"] in acronyms and word["top"] > header_bottom:
            centre = (word["x0"] + word["x1"]) / 2
            place = [key for key, (low, high) in cols.items() if low <= centre < high]
            if place and word["fontname"].endswith("Bold"):
                found.add((word["text"], *place[0]))
    assert found == expected
    for reason in sheet.closures.values():
        assert reason in text
    assert "Permanences de la semaine" in text and "Imprimé le" in text


def test_closed_days_list_the_suspended_permanences(demo) -> None:
    data = RotaOutputs(demo.rota).week_pdf(date(2026, 12, 21), FRENCH)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = pdf.pages[0].extract_text()
    assert "FERMÉ" in text and "Noël" in text and "Permanences suspendues : PIMMS" in text


def expand_ics(data: bytes, first: date, last: date) -> list[tuple]:
    calendar = icalendar.Calendar.from_ical(data)
    events = recurring_ical_events.of(calendar).between(first, last + timedelta(days=1))
    return sorted(
        (e["DTSTART"].dt.replace(tzinfo=None), e["DTEND"].dt.replace(tzinfo=None), str(e["LOCATION"]).split(", ")[-1])
        for e in events
    )


def held(services: Services, first: date, last: date, organisation_id: int | None = None) -> list[tuple]:
    offices = {o.id: o.name for o in services.rota.offices()}
    return sorted(
        (o.starts_at, o.ends_at, offices[o.office_id])
        for o in services.rota.occurrences(first, last, organisation_id)
        if o.held
    )


def test_the_calendar_gives_the_same_occurrences_as_the_app_over_twelve_months(demo) -> None:
    first, last = NOW.date(), NOW.date() + timedelta(days=365)
    data = RotaOutputs(demo.rota).ics(FRENCH)
    app = held(demo, first, last)
    assert len(app) > 700
    assert expand_ics(data, first, last) == app
    text = data.decode()
    assert "RECURRENCE-ID;TZID=Europe/Paris" in text and "EXDATE;TZID=Europe/Paris" in text
    assert "BYWEEKNO=" in text and "FREQ=MONTHLY;BYDAY=-1TH" in text and "INTERVAL=2" in text and "RDATE" in text
    assert "BEGIN:VTIMEZONE" in text and "Maison de la Solidarité" in text


@pytest.mark.parametrize("acronym", ["CRESUS", "CIDFF", "PLIE"])
def test_the_calendar_of_one_organisation(demo, acronym) -> None:
    organisation = next(o for o in demo.organisations.list() if o.acronym == acronym)
    first, last = NOW.date(), NOW.date() + timedelta(days=365)
    data = RotaOutputs(demo.rota).ics(FRENCH, organisation.id)
    assert expand_ics(data, first, last) == held(demo, first, last, organisation.id)
    assert data.decode().count("BEGIN:VEVENT") == len(demo.rota.series(organisation.id))


def test_rota_commands(home: Path, cli_db: Path, capsys) -> None:
    db = str(cli_db)
    assert main(["--db", db, "demo", "--years", "0.05"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "rota", "week", "2026-W53", "-o", str(home / "w.pdf")]) == 0
    assert (home / "w.pdf").read_bytes().startswith(b"%PDF")
    assert main(["--db", db, "rota", "export-ics", "--organisation", "caf", "-o", str(home / "caf.ics")]) == 0
    assert b"BEGIN:VCALENDAR" in (home / "caf.ics").read_bytes()
    capsys.readouterr()
    assert main(["--db", db, "rota", "list", "--from", "2026-12-25", "--to", "2026-12-25"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(line.split("\t")[0] == "2026-12-25" and line.endswith("fermé (Noël)") for line in lines)


@pytest.mark.parametrize(
    "args, message",
    [
        (["rota", "week", "2026-W54", "-o", "{home}/w.pdf"], "n'est pas une semaine"),
        (["rota", "week", "semaine 3", "-o", "{home}/w.pdf"], "n'est pas une semaine"),
        (["rota", "week", "2026-W48", "-o", "{home}/missing/w.pdf"], "ne peut pas être écrit"),
        (["rota", "list", "--from", "2026-12-25", "--to", "2026-12-01"], "se termine"),
        (["rota", "export-ics", "--organisation", "nope", "-o", "{home}/x.ics"], "Partenaire inconnu « nope »"),
    ],
)
def test_rota_commands_bad_input(home: Path, cli_db: Path, capsys, args, message) -> None:
    db = str(cli_db)
    code = main(["--db", db, *[a.format(home=home) for a in args]])
    err = capsys.readouterr().err
    assert code == 2 and message in err and err.count("\n") == 1
    assert not list(home.glob("*.pdf")) and not list(home.glob("*.part"))
