"""Accounts, login and logout. Passwords are hashed with argon2id and never leave here.

The hasher is argon2-cffi's default, the RFC 9106 low-memory profile for argon2id
(3 passes over 64 MiB, 4 lanes). A hash made with older parameters is made again at
the next successful login.
"""

from __future__ import annotations

import builtins
from dataclasses import replace
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from ..db.engine import Database
from ..db.models import AccountRow
from ..domain.accounts import (
    ACCOUNT_RETENTION_MONTHS,
    LOCK_AFTER,
    Account,
    check_password,
    next_try_at,
    normalise_login,
)
from ..domain.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError, ValidationError
from ..domain.roles import Action, Role, requires
from . import audit
from .context import DeskContext


class LoginRefused(UserError):
    """A login that did not open a session: wrong password, delay, lockout, switched off."""


def _wrong() -> LoginRefused:
    return LoginRefused(QT_TRANSLATE_NOOP("Errors", "Wrong login or password."))


def _locked() -> LoginRefused:
    return LoginRefused(
        QT_TRANSLATE_NOOP(
            "Errors", "This account is locked after {count} failed logins: ask an administrator to unlock it."
        ),
        count=LOCK_AFTER,
    )


def to_account(row: AccountRow) -> Account:
    return Account(row.id, row.login, row.display_name, Role(row.role), row.active, row.failed_attempts, row.locked)


def _public(row: AccountRow) -> dict[str, object]:
    """What the audit trail keeps of an account: never the password hash."""
    return {"login": row.login, "role": row.role, "active": row.active, "locked": row.locked}


class AccountService:
    def __init__(
        self, db: Database, ctx: DeskContext, hasher: PasswordHasher | None = None, *, local: Database | None = None
    ) -> None:
        self.db, self.ctx = db, ctx
        # Logins are written on this desk even when the accounts belong to a hub: an agent
        # logs in when the network is down.
        self.local = local or db
        self.hasher = hasher or PasswordHasher()
        self._dummy: str | None = None

    # -- reading -------------------------------------------------------------------
    def exists(self) -> bool:
        """Whether any account exists (the first run creates the administrator's)."""
        with self.db.read() as session:
            return bool(session.scalar(select(func.count()).select_from(AccountRow)))

    @requires(Action.MANAGE_ACCOUNTS)
    def list(self) -> list[Account]:
        with self.db.read() as session:
            return [to_account(r) for r in session.scalars(select(AccountRow).order_by(AccountRow.login))]

    @requires(Action.MANAGE_ACCOUNTS)
    def find(self, login: str) -> Account:
        with self.db.read() as session:
            row = session.scalar(select(AccountRow).where(AccountRow.login == login.strip().lower()))
            if row is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "There is no account with the login {login}."), login=login
                )
            return to_account(row)

    def last_login(self) -> str:
        """The login of whoever logged in last, offered first at the desk ("" if nobody yet)."""
        query = (
            select(AccountRow.login)
            .where(AccountRow.active, AccountRow.last_login_at.is_not(None))
            .order_by(AccountRow.last_login_at.desc())
            .limit(1)
        )
        with self.db.read() as session:
            return session.scalar(query) or ""

    def logins(self) -> builtins.list[str]:
        """The logins offered at the desk for a quick switch: active accounts only."""
        with self.db.read() as session:
            return list(session.scalars(select(AccountRow.login).where(AccountRow.active).order_by(AccountRow.login)))

    # -- creating and changing -----------------------------------------------------
    def create_first_administrator(self, login: str, password: str, display_name: str | None = None) -> Account:
        """The first run's account. Refused once any account exists."""
        self.refuse_if_set_up()
        return self._create(login, Role.ADMINISTRATOR, password, display_name)

    def refuse_if_set_up(self) -> None:
        if self.exists():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "An administrator account exists already: log in with it.")
            )

    @requires(Action.MANAGE_ACCOUNTS)
    def create(self, login: str, role: Role, password: str, display_name: str | None = None) -> Account:
        return self._create(login, role, password, display_name)

    def _create(self, login: str, role: Role, password: str, display_name: str | None) -> Account:
        login = normalise_login(login)
        check_password(password, login)
        name = " ".join((display_name or "").split())[:80] or None
        hashed = self.hasher.hash(password)
        with self.db.write() as session:
            if session.scalar(select(AccountRow.id).where(AccountRow.login == login)) is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The login {login} is taken: choose another."), login=login
                )
            row = AccountRow(
                login=login,
                display_name=name,
                role=role.value,
                password_hash=hashed,
                active=True,
                failed_attempts=0,
                locked=False,
                created_at=self.ctx.now(),
            )
            session.add(row)
            session.flush()
            audit.record(session, self.ctx, "create", "account", login, None, _public(row))
            return to_account(row)

    def _change(self, account_id: int, *, not_one_s_own: bool = False, **fields: object) -> Account:
        with self.db.write() as session:
            row = session.get(AccountRow, account_id)
            if row is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "There is no account number {id}."), id=account_id)
            if not_one_s_own and row.login == self.ctx.agent:
                # Whoever is logged in keeps the rights they act with: another administrator may change them.
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "You cannot switch off your own account or change its role: ask another administrator.",
                    )
                )
            before = _public(row)
            for name, value in fields.items():
                setattr(row, name, value)
            audit.record(session, self.ctx, "update", "account", row.login, before, _public(row))
            return to_account(row)

    @requires(Action.MANAGE_ACCOUNTS)
    def unlock(self, account_id: int) -> Account:
        return self._change(account_id, locked=False, failed_attempts=0, last_failure_at=None)

    @requires(Action.MANAGE_ACCOUNTS)
    def set_active(self, account_id: int, active: bool) -> Account:
        return self._change(
            account_id, not_one_s_own=True, active=active, switched_off_at=None if active else self.ctx.now()
        )

    @requires(Action.MANAGE_ACCOUNTS)
    def set_role(self, account_id: int, role: Role) -> Account:
        return self._change(account_id, not_one_s_own=True, role=role.value)

    @requires(Action.MANAGE_ACCOUNTS)
    def set_password(self, account_id: int, password: str) -> Account:
        """An administrator sets a new password (a forgotten one, say); the account is unlocked."""
        with self.db.read() as session:
            row = session.get(AccountRow, account_id)
            login = row.login if row else ""
        check_password(password, login)
        return self._change(
            account_id, password_hash=self.hasher.hash(password), locked=False, failed_attempts=0, last_failure_at=None
        )

    # -- sessions ------------------------------------------------------------------
    def log_in(self, login: str, password: str) -> Account:
        """Open a session, or raise LoginRefused with what to do. Every try is in the audit trail."""
        login = login.strip().lower()
        now = self.ctx.now()
        refusal: LoginRefused | None = None
        with self.local.write() as session:
            row = session.scalar(select(AccountRow).where(AccountRow.login == login))
            as_person = replace(self.ctx, agent=login[:64] if row is not None else "?")
            if row is None:
                self._verify(self._dummy_hash(), password)  # the same time as a known login
                audit.record(session, as_person, "failed_login", "account", "?", None, {"reason": "unknown"})
                refusal = _wrong()
            elif not row.active:
                audit.record(session, as_person, "failed_login", "account", login, None, {"reason": "switched_off"})
                refusal = LoginRefused(
                    QT_TRANSLATE_NOOP("Errors", "This account is switched off: ask an administrator.")
                )
            elif row.locked:
                audit.record(session, as_person, "failed_login", "account", login, None, {"reason": "locked"})
                refusal = _locked()
            elif (allowed_at := next_try_at(row.failed_attempts, row.last_failure_at)) is not None and now < allowed_at:
                refusal = LoginRefused(
                    QT_TRANSLATE_NOOP("Errors", "Too many failed logins: try again in {seconds} s."),
                    seconds=max(1, int((allowed_at - now).total_seconds() + 0.999)),
                )
            elif not self._verify(row.password_hash, password):
                row.failed_attempts += 1
                row.last_failure_at = now
                row.locked = row.failed_attempts >= LOCK_AFTER
                audit.record(
                    session,
                    as_person,
                    "failed_login",
                    "account",
                    login,
                    None,
                    {"reason": "password", "failed_attempts": row.failed_attempts, "locked": row.locked},
                )
                refusal = _locked() if row.locked else _wrong()
            else:
                rehashed = self.hasher.check_needs_rehash(row.password_hash)
                if rehashed:
                    row.password_hash = self.hasher.hash(password)
                row.failed_attempts, row.last_failure_at, row.last_login_at = 0, None, now
                audit.record(
                    session, as_person, "login", "account", login, None, {"rehashed": rehashed} if rehashed else None
                )
                return to_account(row)
        raise refusal

    def log_out(self, account: Account) -> None:
        with self.local.write() as session:
            audit.record(session, replace(self.ctx, agent=account.login), "logout", "account", account.login)

    def _verify(self, hashed: str, password: str) -> bool:
        try:
            return self.hasher.verify(hashed, password)
        except (VerificationError, InvalidHashError):
            return False

    def _dummy_hash(self) -> str:
        if self._dummy is None:
            self._dummy = self.hasher.hash("not a password of anyone")
        return self._dummy

    # -- retention -----------------------------------------------------------------
    def purge_switched_off(self) -> int:
        """Accounts switched off for twelve months lose their personal fields (run at start-up)."""
        cutoff = self.ctx.now() - timedelta(days=round(ACCOUNT_RETENTION_MONTHS * 30.44))
        with self.db.write() as session:
            rows = list(
                session.scalars(
                    select(AccountRow).where(
                        AccountRow.active.is_(False),
                        AccountRow.switched_off_at < cutoff,
                        AccountRow.password_hash != "",
                    )
                )
            )
            for row in rows:
                row.login, row.display_name, row.password_hash = f"ancien-{row.id}", None, ""
            if rows:
                audit.record(session, self.ctx, "purge", "account", "switched_off", None, {"count": len(rows)})
        return len(rows)
