"""The daily counts follow every write of a visit, checked against a fresh count of the visits."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from maison_solidarite.db.schema import prepare_database
from maison_solidarite.domain.roles import Role
from maison_solidarite.domain.visits import AgeBand, Channel, Outcome
from maison_solidarite.services import Services
from maison_solidarite.services.context import DeskContext
from maison_solidarite.services.counts import count_differences, rebuild_counts
from maison_solidarite.services.retention import purge_notes
from maison_solidarite.services.visits import VisitChange

from .conftest import T0
from .hub_support import needs_server, new_hub_database

OPERATIONS = st.lists(
    st.tuples(
        st.sampled_from(["log", "edit", "delete", "undo", "purge", "import"]),
        st.integers(0, 10_000),
    ),
    min_size=1,
    max_size=12,
)


def _apply(services: Services, operation: str, n: int, tmp_path: Path, clock) -> None:
    categories = [c.id for c in services.categories.list()]
    uids = [v.uid for v in services.visits.between(T0 - timedelta(days=400), T0 + timedelta(days=400))]
    if operation == "log":
        services.visits.log(
            categories[n % len(categories)],
            T0 - timedelta(days=n % 200, hours=n % 5),
            channel=list(Channel)[n % len(Channel)],
            age_band=list(AgeBand)[n % len(AgeBand)] if n % 3 else None,
            first_visit=(None, True, False)[n % 3],
            neighbourhood=("Grésilles", None, "Fontaine d'Ouche")[n % 3],
            note="à rappeler" if n % 2 else None,
        )
    elif operation == "edit" and uids:
        services.visits.update(
            uids[n % len(uids)],
            VisitChange(
                category_id=categories[(n // 7) % len(categories)],
                channel=list(Channel)[(n // 3) % len(Channel)],
                outcome=Outcome.ANSWERED,
                visited_at=T0 - timedelta(days=(n // 11) % 30),
            ),
        )
    elif operation == "delete" and uids:
        services.visits.delete(uids[n % len(uids)])
    elif operation == "undo":
        services.visits.undo_last()
    elif operation == "purge":
        purge_notes(services.db, services.ctx)
    elif operation == "import":
        path = tmp_path / f"import-{n}.csv"
        day = (T0 - timedelta(days=n % 90)).strftime("%Y-%m-%dT%H:%M")
        path.write_text(f"datetime;category\n{day};rights\n{day};jobs\n", encoding="utf-8")
        services.visits_csv.import_file(path)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=OPERATIONS)
def test_the_counts_follow_every_write(services: Services, tmp_path: Path, clock, operations) -> None:
    for operation, n in operations:
        _apply(services, operation, n, tmp_path, clock)
        assert count_differences(services.db) == {"daily_counts": 0, "daily_hours": 0, "daily_profile": 0}, (
            operation,
            n,
        )


def test_check_finds_counts_that_disagree_and_repair_rebuilds_them(services: Services) -> None:
    category = services.categories.list()[0].id
    for hour in range(3):
        services.visits.log(category, datetime(2026, 11, 16, 9 + hour))
    with services.db.write() as session:
        session.execute(text("UPDATE daily_counts SET visits = visits + 5"))
        session.execute(text("DELETE FROM daily_hours WHERE hour = 10"))
    assert count_differences(services.db) == {"daily_counts": 2, "daily_hours": 1, "daily_profile": 0}
    rebuild_counts(services.db, services.ctx)
    assert count_differences(services.db) == {"daily_counts": 0, "daily_hours": 0, "daily_profile": 0}
    with services.db.read() as session:
        assert session.execute(text("SELECT sum(visits) FROM daily_counts")).scalar_one() == 3


@needs_server
def test_the_counts_follow_every_write_on_postgresql(tmp_path: Path, clock) -> None:
    with new_hub_database() as url:
        prepared = prepare_database(url, tmp_path / "backups")
        services = Services.create(prepared.db, DeskContext("desk-pg", "agent.pg", clock, role=Role.ADMINISTRATOR))
        try:
            for step, (operation, n) in enumerate(
                [("log", 1), ("log", 2), ("log", 3), ("edit", 7), ("log", 44), ("delete", 2), ("import", 5)]
                + [("log", 100 + i) for i in range(5)]
                + [("edit", 11), ("purge", 0), ("undo", 0)]
            ):
                _apply(services, operation, n, tmp_path, clock)
                assert count_differences(services.db) == {"daily_counts": 0, "daily_hours": 0, "daily_profile": 0}, (
                    step,
                    operation,
                )
            rebuild_counts(services.db, services.ctx)
            assert count_differences(services.db) == {"daily_counts": 0, "daily_hours": 0, "daily_profile": 0}
        finally:
            services.close()


def test_db_check_says_when_the_counts_disagree_and_repair_counts_again(home: Path, capsys) -> None:
    import sqlite3

    from maison_solidarite.__main__ import main

    from .conftest import upgraded

    db = upgraded(home / "maison.sqlite3")
    for _ in range(2):
        assert main(["--db", str(db), "visit", "add", "--category", "rights"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "db", "check"]) == 0
    assert "Comptes journaliers : conformes aux visites." in capsys.readouterr().out
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE daily_counts SET visits = 7")
    conn.close()
    assert main(["--db", str(db), "db", "check"]) == 1
    assert "2 lignes diffèrent des visites" in capsys.readouterr().out
    assert main(["--db", str(db), "db", "check", "--repair"]) == 0
    assert "recomptés à partir des visites" in capsys.readouterr().out
    assert main(["--db", str(db), "db", "check"]) == 0


def test_the_counts_follow_a_restore_in_the_live_database_and_the_file_kept_aside(
    services: Services, db_path: Path, tmp_path: Path
) -> None:
    from maison_solidarite.db.engine import open_database
    from maison_solidarite.services.backups import back_up_now, restore

    category = services.categories.list()[0].id
    for hour in range(3):
        services.visits.log(category, datetime(2026, 11, 16, 9 + hour))
    (tmp_path / "copies").mkdir()
    copy = back_up_now(services.db, services.ctx, tmp_path / "copies")
    for hour in range(4):
        services.visits.log(category, datetime(2026, 11, 16, 13 + hour), age_band=AgeBand.FROM_25_TO_39)
    replaced = restore(db_path, copy, tmp_path / "aside", services.ctx)
    assert count_differences(services.db) == {"daily_counts": 0, "daily_hours": 0, "daily_profile": 0}
    aside = open_database(str(replaced.kept_aside))
    try:
        assert count_differences(aside) == {"daily_counts": 0, "daily_hours": 0, "daily_profile": 0}
        with aside.read() as session:
            assert session.execute(text("SELECT sum(visits) FROM daily_counts")).scalar_one() == 7
    finally:
        aside.dispose()
    with services.db.read() as session:
        assert session.execute(text("SELECT sum(visits) FROM daily_counts")).scalar_one() == 3
