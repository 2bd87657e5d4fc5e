"""``account``: the accounts of the people who log in."""

from __future__ import annotations

import getpass
import sys

from ..domain.accounts import check_confirmation
from ..domain.categories import fold
from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.roles import Role
from .common import Command, Key, Opened, Subparsers, Translate

# What a person types for a role, folded (no accents, any case): the value --role has
# always taken, and the French words, for a woman or a man.
ROLE_WORDS = {
    Role.AGENT: ("agent", "agente", "agent d'accueil", "agente d'accueil"),
    Role.COORDINATOR: ("coordinator", "coordinateur", "coordinatrice"),
    Role.ADMINISTRATOR: ("administrator", "administrateur", "administratrice"),
}


def parse_role(text: str) -> Role:
    folded = fold(text)
    for role, words in ROLE_WORDS.items():
        if folded in words:
            return role
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", 'Unknown role "{value}" (expected: agent, coordinator or administrator).'),
        value=text.strip(),
    )


def add_parsers(commands: Subparsers, translate: Translate) -> None:
    account = commands.add_parser(
        "account", help=translate("Cli", "the accounts of the people who log in (administrator)")
    )
    account_commands = account.add_subparsers(dest="action", required=True, metavar="ACTION")
    a_add = account_commands.add_parser(
        "add", help=translate("Cli", "create an account; the password is read from the terminal or standard input")
    )
    a_add.add_argument("login", help=translate("Cli", "the login the person types"))
    a_add.add_argument(
        "--role",
        metavar=QT_TRANSLATE_NOOP("Cli", "ROLE"),
        default=Role.AGENT.value,
        help=translate("Cli", "agent (reception agent), coordinator or administrator; default: agent"),
    )
    a_add.add_argument("--name", help=translate("Cli", "the name shown at the desk (optional)"))
    account_commands.add_parser("list", help=translate("Cli", "list the accounts, one per line"))
    for action, help_text in (
        ("unlock", translate("Cli", "unlock an account locked after failed logins")),
        ("off", translate("Cli", "switch an account off (its personal fields go after twelve months)")),
        ("on", translate("Cli", "switch an account back on")),
        ("password", translate("Cli", "set a new password, read from the terminal or standard input")),
    ):
        account_commands.add_parser(action, help=help_text).add_argument(
            "login", help=translate("Cli", "the login of the account")
        )


def read_password(translate: Translate) -> str:
    """From the terminal, typed twice without echo; else the first line of standard input."""
    if sys.stdin.isatty():
        first = getpass.getpass(translate("Cli", "Password: "))
        return check_confirmation(first, getpass.getpass(translate("Cli", "Password again: ")))
    return sys.stdin.readline().rstrip("\r\n")


def account_add(run: Opened) -> None:
    args = run.args
    role = parse_role(args.role)  # before the password is asked for
    created = run.services.accounts.create(args.login, role, read_password(run.translate), args.name)
    run.say(run.translate("Cli", "Account {login} created."), login=created.login)


def account_list(run: Opened) -> None:
    """One account a line: login, role (as --role takes it) and state, in words."""
    translate = run.translate
    for account in run.services.accounts.list():
        if account.locked:
            state = translate("Cli", "locked")
        else:
            state = translate("Cli", "on") if account.active else translate("Cli", "off")
        run.say("{login}\t{role}\t{state}", login=account.login, role=account.role.value, state=state)


def account_unlock(run: Opened) -> None:
    account = run.services.accounts.find(run.args.login)
    run.services.accounts.unlock(account.id)
    _updated(run, account.login)


def account_switch(run: Opened) -> None:
    """``on`` and ``off``."""
    account = run.services.accounts.find(run.args.login)
    run.services.accounts.set_active(account.id, run.args.action == "on")
    _updated(run, account.login)


def account_password(run: Opened) -> None:
    account = run.services.accounts.find(run.args.login)
    run.services.accounts.set_password(account.id, read_password(run.translate))
    _updated(run, account.login)


def _updated(run: Opened, login: str) -> None:
    run.say(run.translate("Cli", "Account {login} updated."), login=login)


COMMANDS: dict[Key, Command] = {
    ("account", "add"): Command(account_add),
    ("account", "list"): Command(account_list),
    ("account", "unlock"): Command(account_unlock),
    ("account", "on"): Command(account_switch),
    ("account", "off"): Command(account_switch),
    ("account", "password"): Command(account_password),
}
