"""The audit trail in words: whatever an entry holds, the screen names it without an id."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from maison_solidarite.services.audit import AuditEntry, RecordNames
from maison_solidarite.ui.admin.audit_records import record_words
from maison_solidarite.ui.admin.audit_words import ACTIONS, FIELDS, SETTINGS, action_words, changes

NAMES = RecordNames(
    categories={1: "Santé", 2: "Logement"},
    category_codes={"health": "Santé"},
    organisations={7: "ADIL"},
    organisation_names={"ADIL": "Agence départementale d'information sur le logement"},
    offices={3: "Bureau 1"},
    series={5: (0, time(9, 0), 7)},
    closures={4: ("Fermeture estivale", date(2026, 8, 10))},
    appointments={9: (7, date(2026, 11, 23), time(9, 30))},
)
KEYS = {  # the keys the services write, entity by entity (see their audit.record calls)
    "visit": ["3f2b9c1e-7d2a-4c55-9a1b-0e6f4b1d2c3a", "csv", "demo", "notes"],
    "permanence": ["5", "99"],
    "permanence_change": ["5:2026-11-23", "99:2026-11-23"],
    "closure": ["4", "98"],
    "office": ["3", "97"],
    "organisation": ["ADIL", "CRESUS", "csv", "demo"],
    "appointment": ["9", "96", "contacts"],
    "category": ["health", "mobility"],
    "account": ["nadia", "?", "switched_off"],
    "setting": sorted(SETTINGS),
    "database": ["maison-2026-11-26.sqlite3"],
    "monthly_sheet": ["2026-11"],
    "annual_review": ["2026"],
    "rota_week": ["2026-11-23"],
    "tally_sheet": ["2026-11-26"],
    "rota_ics": ["7", "all"],
    "appointment_sheet": ["7:2026-11-23"],
    "directory_guide": ["pdf"],
    "audit_log": ["older"],
}
ENTRIES = st.sampled_from(sorted(KEYS)).flatmap(
    lambda entity: st.tuples(st.just(entity), st.sampled_from(KEYS[entity]))
)
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 10_000),
    st.sampled_from(["25_39", "phone", "oriented", "weekly", "agent", "password", "2026-11-23", "09:30"]),
    st.sampled_from(["2026-11-26 10:42:00", "Grésilles", ""]),
    st.lists(st.integers(1, 3), max_size=3),
)
SNAPSHOTS = st.dictionaries(st.sampled_from(sorted(FIELDS)), VALUES, max_size=6)
RAW = re.compile(r"\b(?:[a-z]+_[a-z_]+|3f2b9c1e\S*)\b")  # a field name, a code with an underscore, a uid


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    record=ENTRIES,
    action=st.sampled_from(sorted(ACTIONS)),
    before=st.one_of(st.none(), SNAPSHOTS),
    after=st.one_of(st.none(), SNAPSHOTS),
)
def test_no_entry_shows_a_field_name_a_code_or_a_uid(french_app, record, action, before, after) -> None:
    entity, key = record
    entry = AuditEntry(datetime(2026, 11, 26, 10, 42), "nadia", action, entity, key, before, after)
    shown = [action_words(entry), record_words(entry, NAMES), *changes(entry, NAMES)]
    assert all(isinstance(text, str) for text in shown)
    assert RAW.search("\n".join(shown)) is None, shown
    assert shown[1].strip()  # every entry names its record


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    entity=st.one_of(st.sampled_from(sorted(KEYS)), st.text(max_size=20)),
    key=st.text(max_size=20),
    before=st.one_of(st.none(), SNAPSHOTS),
)
def test_an_entry_of_an_unknown_shape_still_shows(french_app, entity, key, before) -> None:
    entry = AuditEntry(datetime(2026, 11, 26, 10, 42), "nadia", "update", entity, key, before, {"value": 1})
    assert isinstance(record_words(entry, NAMES), str)
    assert changes(entry, NAMES)[1] != ""


def test_a_permanence_and_its_exception_are_named_by_day_and_partner(french_app) -> None:
    series = AuditEntry(datetime(2026, 11, 26, 10, 42), "camille", "update", "permanence", "5", {}, {})
    exception = AuditEntry(
        datetime(2026, 11, 26, 10, 42), "camille", "create", "permanence_change", "5:2026-11-23", None, {}
    )
    appointment = AuditEntry(datetime(2026, 11, 26, 10, 42), "nadia", "delete", "appointment", "9", {}, None)
    words = [record_words(e, NAMES) for e in (series, exception, appointment)]
    english = [
        "Permanence of {weekday} at 09:00 (ADIL)",
        "Permanence of {day} (ADIL)",
        "Appointment of 23/11 at 09:30 (ADIL)",
    ]
    french = [
        "Permanence du lundi à 09:00 (ADIL)",
        "Permanence du lundi 23/11 (ADIL)",
        "Rendez-vous du 23/11 à 09:30 (ADIL)",
    ]
    from PySide6.QtCore import QCoreApplication

    translated = (
        QCoreApplication.translate("AuditWords", "Permanence of {day} ({partner})") != "Permanence of {day} ({partner})"
    )
    if translated:
        assert words == french
    else:  # until the catalogue carries these strings: the English, with the days in French
        assert words == [
            english[0].format(weekday="lundi"),
            english[1].format(day="lundi 23/11"),
            english[2],
        ]
