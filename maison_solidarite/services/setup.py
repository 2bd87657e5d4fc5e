"""The first start: the structure set up and its administrator created, in one call.

Everything the rules could refuse (the password, the structure's name, hours that would
strand a planned permanence, an office to close that still holds some) is checked before
the first write. The account is created last: a start interrupted half-way leaves no
account, so the wizard shows again and writes the same things again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..db.engine import DEFAULT_BUSY_TIMEOUT_MS, MayCreate
from ..db.schema import prepare_database
from ..domain.accounts import Account, check_password, normalise_login
from ..domain.roles import Role
from ..domain.rota import OpeningHours
from ..domain.structure import check_structure
from . import Services
from .demo import has_visits, load_demo

__all__ = [
    "DEFAULT_BUSY_TIMEOUT_MS",
    "FirstStart",
    "MayCreate",
    "prepare_database",
    "set_up",
]  # the window opens its database here


@dataclass(frozen=True)
class FirstStart:
    structure_name: str
    address: str
    hours: OpeningHours
    office_names: Sequence[str]
    login: str
    password: str
    display_name: str = ""
    demo: bool = False


def set_up(services: Services, start: FirstStart) -> Account:
    """Check everything, write the structure as its future administrator, then create and
    log in the administrator's account."""
    services.accounts.refuse_if_set_up()
    login = normalise_login(start.login)
    check_password(start.password, login)
    check_structure(start.structure_name, start.address)
    services.rota.check_hours(start.hours)
    plan = services.rota.plan_offices(start.office_names)
    # The audit trail names the administrator, whose account does not exist yet.
    admin = Services.create(services.db, replace(services.ctx, agent=login, role=Role.ADMINISTRATOR))
    admin.settings.set_structure(start.structure_name, start.address)
    admin.rota.set_opening_hours(start.hours)
    admin.rota.apply_office_plan(plan)
    if start.demo and not has_visits(services.db):
        load_demo(services.db, admin.ctx)
    services.accounts.create_first_administrator(login, start.password, start.display_name)
    return services.accounts.log_in(login, start.password)
