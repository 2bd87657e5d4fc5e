"""The first start as one service call: checked first, account last."""

from __future__ import annotations

from datetime import time

import pytest
from sqlalchemy import func, select

from maison_solidarite.db.models import AuditRow
from maison_solidarite.domain.errors import ValidationError
from maison_solidarite.domain.roles import Role
from maison_solidarite.services.setup import FirstStart, set_up

HOURS = {0: ((time(9), time(12)),), 1: ((time(9), time(12)), (time(13, 30), time(17)))}


def start(**changes) -> FirstStart:
    values = {
        "structure_name": "CCAS de Dijon",
        "address": "21000 Dijon",
        "hours": HOURS,
        "office_names": ["Bureau 2", "Bureau 1", "Salle A"],
        "login": "Claire.M",
        "password": "Accueil-2026!mds",
    }
    values.update(changes)
    return FirstStart(**values)


def audit_count(services) -> int:
    with services.db.read() as session:
        return session.scalar(select(func.count()).select_from(AuditRow))


def test_the_structure_is_written_in_the_administrators_name(services) -> None:
    account = set_up(services, start())
    assert (account.login, account.role) == ("claire.m", Role.ADMINISTRATOR)
    assert services.settings.structure().name == "CCAS de Dijon"
    assert services.rota.opening_hours()[1][1] == (time(13, 30), time(17))
    assert [o.name for o in services.rota.offices()] == ["Bureau 1", "Bureau 2", "Salle A"]  # swapped: kept
    with services.db.read() as session:
        actors = set(session.scalars(select(AuditRow.actor).where(AuditRow.entity.in_(("setting", "office")))))
    assert actors == {"claire.m"}


@pytest.mark.parametrize(
    "changes",
    [{"password": "court"}, {"structure_name": " "}, {"office_names": ["A", "a"]}, {"login": ""}],
)
def test_a_refusal_writes_nothing(services, changes) -> None:
    before = audit_count(services)
    with pytest.raises(ValidationError):
        set_up(services, start(**changes))
    assert audit_count(services) == before and not services.accounts.exists()


def test_a_second_first_start_is_refused(services) -> None:
    set_up(services, start())
    before = audit_count(services)
    with pytest.raises(ValidationError):
        set_up(services, start(structure_name="Autre"))
    assert audit_count(services) == before and services.settings.structure().name == "CCAS de Dijon"
