"""CSV import is all-or-nothing and names every bad line; export writes what import reads."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from maison_solidarite.domain.errors import ImportRejected, ValidationError
from maison_solidarite.domain.visits import Channel
from maison_solidarite.services import Services
from maison_solidarite.services.visits_csv import ImportResult


def visit_count(services: Services) -> int:
    with services.db.read() as session:
        return session.execute(text("SELECT count(*) FROM visits")).scalar_one()


def test_import_accepts_codes_and_french_labels_in_any_case(services) -> None:
    services.organisations.add("CPAM", "CPAM de Côte-d'Or")
    result = services.visits_csv.import_text(
        "datetime;category;channel;orientation;note\n"
        "2026-11-02T09:15;rights;;;\n"
        "2026-11-02T09:20;ACCÈS AUX DROITS SOCIAUX;téléphone;cpam;Carte Vitale perdue\n"
        "2026-11-02T09:30:00;sante;courriel;;\n"
    )
    assert (result.imported, result.already_present) == (3, 0)
    visits = services.visits.between(datetime(2026, 11, 2), datetime(2026, 11, 3))
    assert [v.channel for v in reversed(visits)] == [Channel.WALK_IN, Channel.PHONE, Channel.EMAIL]
    assert visits[1].note == "Carte Vitale perdue" and visits[1].organisation_id is not None


def test_a_time_with_an_offset_is_converted_to_local_time(services) -> None:
    services.visits_csv.import_text("datetime;category\n2026-11-02T09:30:00+01:00;rights\n")
    expected = datetime.fromisoformat("2026-11-02T09:30:00+01:00").astimezone().replace(tzinfo=None)
    (visit,) = services.visits.between(datetime(2026, 11, 1), datetime(2026, 11, 3))
    assert visit.visited_at == expected


def test_comma_separated_with_a_bom_is_read_too(services) -> None:
    result = services.visits_csv.import_text("\ufeffdatetime,category\n2026-11-02 09:15,finance\n")
    assert result.imported == 1


def test_a_windows_spreadsheet_file_in_cp1252_is_read(services, tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes("datetime;category\r\n2026-11-02T09:15;Santé\r\n".encode("cp1252"))
    assert services.visits_csv.import_file(path).imported == 1


def test_every_bad_line_is_reported_and_nothing_is_imported(services) -> None:
    text_ = (
        "datetime;category;channel;orientation;note\n"
        "2026-11-02T09:15;rights;;;\n"  # line 2: good
        "hier;rights;;;\n"  # line 3: not a date
        "2026-11-02T09:20;astrologie;;;\n"  # line 4: unknown category
        "2030-01-01T09:00;rights;;;\n"  # line 5: in the future
        f"2026-11-02T09:25;rights;;;{'x' * 281}\n"  # line 6: note too long
        "2026-11-02T09:26;rights;pigeon;;\n"  # line 7: unknown channel
        "2026-11-02T09:27;rights;;NOPE;\n"  # line 8: unknown partner
        "2026-11-02T09:28;rights\n"  # line 9: columns missing
        "2026-11-02T09:29;finance;;;\n"  # line 10: good
    )
    with pytest.raises(ImportRejected) as caught:
        services.visits_csv.import_text(text_)
    assert [row.line for row in caught.value.rows] == [3, 4, 5, 6, 7, 8, 9]
    assert visit_count(services) == 0


@pytest.mark.parametrize(
    "content, words",
    [
        ("", "empty"),
        ("category;datetime\n", "no visit"),
        ("quand;category\n2026-11-02T09:15;rights\n", "missing"),
        ("datetime;category;nom\n2026-11-02T09:15;rights;Dupont\n", "Unknown column"),
        ("datetime;category;category\n", "twice"),
    ],
)
def test_a_malformed_file_is_refused_with_a_message(services, content, words) -> None:
    with pytest.raises(ValidationError) as caught:
        services.visits_csv.import_text(content)
    assert words in str(caught.value)
    assert visit_count(services) == 0


def test_an_unterminated_quote_is_a_bad_line(services) -> None:
    with pytest.raises(ValidationError):
        services.visits_csv.import_text('datetime;category;note\n2026-11-02T09:15;rights;"open quote\n')
    assert visit_count(services) == 0


def test_export_then_import_elsewhere_gives_the_same_visits(services, db, category_ids, tmp_path: Path, clock) -> None:
    from maison_solidarite.db.schema import prepare_database
    from maison_solidarite.services.context import DeskContext

    services.organisations.add("PLIE", "PLIE (emploi)")
    plie = services.organisations.list()[0].id
    for minute, code in enumerate(["rights", "jobs", "health"]):
        services.visits.log(
            category_ids[code],
            datetime(2026, 11, 16, 9, minute),
            organisation_id=plie if code == "jobs" else None,
            note="n" if code == "health" else None,
        )
    path = tmp_path / "out.csv"
    assert (
        services.visits_csv.export_file(date(2026, 11, 16), date(2026, 11, 16), path, with_notes=True, codes=True) == 3
    )
    assert path.read_bytes().startswith(b"\xef\xbb\xbfdate;time;category;secondary;channel;outcome;orientation;")

    other = prepare_database(str(tmp_path / "other.sqlite3"), tmp_path / "b").db
    try:
        desk = Services.create(other, DeskContext("desk-2", "b", clock))
        desk.organisations.add("PLIE", "PLIE (emploi)")
        assert desk.visits_csv.import_file(path).imported == 3
        assert desk.visits_csv.import_file(path).already_present == 3  # importing twice adds nothing
        mine = services.visits.on_day(date(2026, 11, 16))
        theirs = desk.visits.on_day(date(2026, 11, 16))
        assert [(v.uid, v.visited_at, v.note) for v in mine] == [(v.uid, v.visited_at, v.note) for v in theirs]
    finally:
        other.dispose()


def test_export_without_notes_by_default(services, category_ids, tmp_path: Path) -> None:
    services.visits.log(category_ids["rights"], note="confidentiel")
    path = tmp_path / "out.csv"
    services.visits_csv.export_file(date(2026, 11, 1), date(2026, 11, 30), path)
    assert "confidentiel" not in path.read_text(encoding="utf-8-sig")


def test_export_of_a_backwards_period_is_refused(services, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        services.visits_csv.export_file(date(2026, 11, 30), date(2026, 11, 1), tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()


GOOD_CATEGORIES = ["rights", "Santé", "SANTE", "finance", "Aide administrative", "other"]
GOOD_ROW = st.builds(
    lambda day, minute, category: (
        f"2026-{day // 28 + 1:02d}-{day % 28 + 1:02d}T{9 + minute // 60:02d}:{minute % 60:02d};{category}"
    ),
    st.integers(0, 27 * 10),
    st.integers(0, 7 * 60),
    st.sampled_from(GOOD_CATEGORIES),
)
BAD_ROW = st.sampled_from(
    [
        "not a date;rights",
        "2026-02-30T10:00;rights",
        "2026-03-01T10:00;inconnue",
        "2099-01-01T10:00;rights",
        "2026-03-01T10:00",
        "2026-03-01T10:00;rights;extra",
    ]
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(st.booleans(), GOOD_ROW, BAD_ROW), min_size=1, max_size=30))
def test_import_property_all_or_nothing(services, rows) -> None:
    before = visit_count(services)
    lines = [good if ok else bad for ok, good, bad in rows]
    bad_lines = [n + 2 for n, (ok, _g, _b) in enumerate(rows) if not ok]
    content = "datetime;category\n" + "\n".join(lines) + "\n"
    if bad_lines:
        with pytest.raises(ImportRejected) as caught:
            services.visits_csv.import_text(content)
        assert [r.line for r in caught.value.rows] == bad_lines
        assert visit_count(services) == before
    else:
        # Examples share the database: a line an earlier example imported is recognised.
        result = services.visits_csv.import_text(content)
        assert result.imported + result.already_present == len(rows)
        assert visit_count(services) == before + result.imported
        assert services.visits_csv.import_text(content) == ImportResult(0, len(rows))
