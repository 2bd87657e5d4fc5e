"""The purges of every start read an index of what is left to purge, never every row:
each statement they send is explained by SQLite, and none scans a big table whole nor
walks the visits by their date (every visit before the cutoff: millions of rows)."""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import event

BIG = ("visits", "audit_log", "appointments")
WALKS = "ix_visits_visited_at_category"  # the visits by date: a range over all the past


def test_the_purges_of_a_start_search_an_index_instead_of_scanning(services, clock) -> None:
    category = services.categories.list()[0].id
    for days in (400, 200, 100, 10):  # notes past and within their retention
        services.visits.log(category, clock.current - timedelta(days=days), note="Rappeler la CAF")
    sent: list[tuple[str, object]] = []

    def seen(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith(("SELECT", "UPDATE", "DELETE")) and re.search(r"\bWHERE\b", statement):
            sent.append((statement, parameters))

    engine = services.db.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        report = services.retention.run_due_purges()
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert report.notes == 3  # the purge ran: the notes older than 92 days
    touched = [(s, p) for s, p in sent if any(re.search(rf"\b{table}\b", s) for table in BIG)]
    assert len(touched) >= 3  # the notes, the appointments' contacts, the audit trail
    with engine.connect() as conn:
        for statement, parameters in touched:
            plan = [row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)]
            scans = [step for step in plan if step.startswith("SCAN") and any(t in step for t in BIG)]
            assert not scans and not any(WALKS in step for step in plan), (statement, plan)
