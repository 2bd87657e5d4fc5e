"""Person keys on a hub: erased there by the visits' retention rule, as on every desk."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from tests.hub_support import needs_server

from .test_sync import _category, _reopen, desks  # noqa: F401 - the fixture of three desks

pytestmark = needs_server


def _keys_on_the_hub(hub: str) -> int:
    engine = create_engine(hub)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM visits WHERE person_key IS NOT NULL")).scalar_one())
    finally:
        engine.dispose()


def test_the_hub_erases_the_keys_past_their_retention(hub: str, desks, clock) -> None:  # noqa: F811
    a = desks[0]
    a.sync.join(hub, "A")
    a = _reopen(a)
    a.visits.log(_category(a), person_key="7K2M9QXD4H")
    a.sync.run_round()
    assert _keys_on_the_hub(hub) == 1
    clock.advance(days=800)  # past the 24 months a key is kept
    a.retention.run_due_purges()  # at the start of the day, on the desk
    a.sync.run_round()  # and on the hub, once a day
    assert _keys_on_the_hub(hub) == 0
