"""Accounts: the password rule, the delay after failed logins, the lockout.

The password rule follows the CNIL's 2022 recommendation on passwords (délibération
n° 2022-100): at least 12 characters mixing the four kinds (capital, small letter,
digit, special character), or a passphrase of at least seven words. Failed logins
slow down the next attempt, more and more, and the tenth in a row locks the account
until an administrator unlocks it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from .errors import QT_TRANSLATE_NOOP, ValidationError
from .roles import Role

MIN_LENGTH = 12
PASSPHRASE_WORDS = 7
LOCK_AFTER = 10
FREE_FAILURES = 3  # typing mistakes: no delay before the fourth try
FIRST_DELAY_SECONDS = 5
MAX_DELAY_SECONDS = 300
LOGIN_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
ACCOUNT_RETENTION_MONTHS = 12


@dataclass(frozen=True)
class Account:
    id: int
    login: str
    display_name: str | None
    role: Role
    active: bool
    failed_attempts: int
    locked: bool


def kinds(password: str) -> int:
    """How many of the four kinds of character ``password`` mixes."""
    return sum(
        (
            any(c.isupper() for c in password),
            any(c.islower() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password if not c.isspace()),
        )
    )


def is_passphrase(password: str) -> bool:
    return len(re.findall(r"\w{2,}", password)) >= PASSPHRASE_WORDS


def check_password(password: str, login: str = "") -> str:
    """Return ``password`` if it follows the rule, else raise with what to do."""
    if login and login.casefold() in password.casefold():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The password must not contain the login."))
    if is_passphrase(password):
        return password
    if len(password) < MIN_LENGTH or kinds(password) < 4:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The password needs at least 12 characters with a capital letter, a small letter, a digit "
                "and a special character, or a phrase of at least 7 words.",
            )
        )
    return password


def check_confirmation(password: str, again: str) -> str:
    """The password typed a second time must be the same: a typo would lock its owner out."""
    if password != again:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The two passwords differ: type them again."))
    return password


def normalise_login(login: str) -> str:
    value = login.strip().lower()
    if not LOGIN_PATTERN.match(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A login has 2 to 32 characters: small letters without accents, digits, dot, dash or underscore.",
            )
        )
    return value


def delay_after(failures: int) -> timedelta:
    """How long to wait before the next try, after ``failures`` failed logins in a row."""
    if failures <= FREE_FAILURES:
        return timedelta()
    seconds = FIRST_DELAY_SECONDS * 2 ** (failures - FREE_FAILURES - 1)
    return timedelta(seconds=min(seconds, MAX_DELAY_SECONDS))


def next_try_at(failures: int, last_failure: datetime | None) -> datetime | None:
    """When the next try is allowed, or None if it is allowed now."""
    wait = delay_after(failures)
    if not wait or last_failure is None:
        return None
    return last_failure + wait
