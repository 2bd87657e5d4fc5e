"""Settings of the structure, stored in the database and shared by its desks."""

from __future__ import annotations

import json
from typing import cast

from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.models import SettingRow
from ..domain.roles import Action, requires
from ..domain.statistics import NumberFormat
from ..domain.structure import Structure, check_structure
from ..domain.visits import ProfileField, check_neighbourhoods
from ..reports.context import SheetContext, Translate
from . import audit
from .context import DeskContext

PROFILE_FIELDS = "profile_fields"
STRUCTURE_NAME = "structure_name"
STRUCTURE_ADDRESS = "structure_address"
NEIGHBOURHOODS = "neighbourhoods"  # the list offered at the reception, in the coordinator's spelling
DEFAULT_STRUCTURE_NAME = "Maison de la Solidarité"


def _get(session: Session, key: str, default: object) -> object:
    row = session.get(SettingRow, key)
    return default if row is None else json.loads(row.value)


def setting_in(session: Session, key: str, default: object) -> object:
    """One stored setting, in the caller's transaction."""
    return _get(session, key, default)


def read_setting(db: Database, key: str, default: object) -> object:
    with db.read() as session:
        return _get(session, key, default)


@requires(Action.MANAGE_SETTINGS)
def write_setting(db: Database, ctx: DeskContext, key: str, value: object) -> None:
    """Store one structure setting, recording its old and new value in the audit trail."""
    with db.write() as session:
        _put(session, ctx, key, value)


def _put(session: Session, ctx: DeskContext, key: str, value: object, before: object = None) -> None:
    """Within the caller's transaction; ``before`` defaults to the value stored (None if none)."""
    if before is None:
        row = session.get(SettingRow, key)
        before = None if row is None else json.loads(row.value)
    audit.record(
        session, ctx, "update", "setting", key, None if before is None else {"value": before}, {"value": value}
    )
    session.merge(SettingRow(key=key, value=json.dumps(value)))


def enabled_profile_fields(session: Session) -> frozenset[ProfileField]:
    values = cast("list[str]", _get(session, PROFILE_FIELDS, [f.value for f in ProfileField]))
    return frozenset(ProfileField(v) for v in values if v in ProfileField._value2member_map_)


def neighbourhood_list(session: Session) -> list[str]:
    return [str(name) for name in cast("list[object]", _get(session, NEIGHBOURHOODS, []))]


def structure_name(session: Session) -> str:
    return str(_get(session, STRUCTURE_NAME, DEFAULT_STRUCTURE_NAME))


def read_structure(session: Session) -> Structure:
    return Structure(structure_name(session), str(_get(session, STRUCTURE_ADDRESS, "")))


@requires(Action.READ_SETTINGS)
def sheet_context(db: Database, ctx: DeskContext, translate: Translate, numbers: NumberFormat) -> SheetContext:
    """What every printed document needs: the structure's name and address, the time, the language."""
    with db.read() as session:
        structure = read_structure(session)
    return SheetContext(structure.name, ctx.now(), translate, numbers, structure.letterhead)


class SettingsService:
    def __init__(self, db: Database, ctx: DeskContext) -> None:
        self.db, self.ctx = db, ctx

    @requires(Action.READ_SETTINGS)
    def profile_fields(self) -> frozenset[ProfileField]:
        with self.db.read() as session:
            return enabled_profile_fields(session)

    @requires(Action.READ_SETTINGS)
    def structure(self) -> Structure:
        with self.db.read() as session:
            return read_structure(session)

    @requires(Action.MANAGE_SETTINGS)
    def set_structure(self, name: str, address: str = "") -> Structure:
        """The name and address printed on the sheets; each change is in the audit trail."""
        new = check_structure(name, address)
        with self.db.write() as session:  # name and address together, or neither
            old = read_structure(session)
            if new.name != old.name:
                _put(session, self.ctx, STRUCTURE_NAME, new.name)
            if new.address != old.address:
                _put(session, self.ctx, STRUCTURE_ADDRESS, new.address)
        return new

    @requires(Action.MANAGE_SETTINGS)
    def set_profile_fields(self, fields: set[ProfileField] | frozenset[ProfileField]) -> None:
        value = sorted(f.value for f in fields)
        with self.db.write() as session:
            _put(
                session,
                self.ctx,
                PROFILE_FIELDS,
                value,
                before=sorted(f.value for f in enabled_profile_fields(session)),
            )

    @requires(Action.READ_SETTINGS)
    def neighbourhoods(self) -> list[str]:
        """The neighbourhoods offered at the reception, in the list's order and spelling."""
        with self.db.read() as session:
            return neighbourhood_list(session)

    @requires(Action.EDIT_CATEGORIES)
    def set_neighbourhoods(self, names: list[str] | tuple[str, ...]) -> list[str]:
        """Keep ``names`` (checked, a second spelling of one name dropped); the list kept is returned.

        The coordinator's, as the categories are: it sorts the visits for the statistics."""
        value = check_neighbourhoods(names)
        with self.db.write() as session:
            if value != neighbourhood_list(session):
                _put(session, self.ctx, NEIGHBOURHOODS, value)
        return value
