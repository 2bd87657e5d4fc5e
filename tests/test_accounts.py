"""Accounts: the first administrator, the CNIL password rule, login, delay, lockout, rehash, purge."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select, text

from maison_solidarite.db.models import AccountRow
from maison_solidarite.domain.accounts import LOCK_AFTER, check_password, delay_after, kinds
from maison_solidarite.domain.errors import ValidationError
from maison_solidarite.domain.roles import PermissionDenied, Role
from maison_solidarite.i18n import load_catalog
from maison_solidarite.services import Services
from maison_solidarite.services.accounts import AccountService, LoginRefused
from maison_solidarite.services.audit import entries
from maison_solidarite.services.context import DeskContext
from maison_solidarite.services.retention import run_due_purges

FRENCH = load_catalog("fr").translate
GOOD = "Accueil-2026!mds"  # 16 characters, four kinds
PHRASE = "le chat de la voisine dort sur le radiateur"


@pytest.fixture
def accounts(services: Services) -> AccountService:
    services.accounts.create_first_administrator("admin", GOOD, "Claire Martin")
    return services.accounts


# -- the password rule ------------------------------------------------------------------
@pytest.mark.parametrize("password", [GOOD, "Zz9#Zz9#Zz9#", PHRASE, "sept mots suffisent pour une phrase de passe"])
def test_passwords_that_follow_the_cnil_rule(password: str) -> None:
    assert check_password(password, "camille") == password


@pytest.mark.parametrize(
    "password",
    [
        "Court-1!",
        "accueil2026mds!",
        "ACCUEIL-2026-MDS",
        "Accueilmaisonsol",
        "six mots ne suffisent pas ici",
        "Camille-2026!xyz",
    ],
)
def test_passwords_that_do_not(password: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_password(password, "camille")
    assert refused.value.render(FRENCH) != refused.value.render()  # said in French


@given(
    st.lists(st.sampled_from("ABCDEFGHÉ"), min_size=1).flatmap(
        lambda upper: st.tuples(
            st.just("".join(upper)),
            st.text("abcdeéœ", min_size=1),
            st.text("0123456789", min_size=1),
            st.text("!#-_€%.", min_size=1),
        )
    )
)
def test_twelve_characters_of_four_kinds_always_pass(parts: tuple[str, str, str, str]) -> None:
    password = "".join(parts)
    password = password + "aA1!" * max(0, (12 - len(password) + 3) // 4)
    assert len(password) >= 12 and kinds(password) == 4
    assert check_password(password) == password


@given(st.text(st.characters(categories=["Ll", "Nd"]), max_size=60))
def test_fewer_than_four_kinds_and_no_phrase_always_fail(password: str) -> None:
    with pytest.raises(ValidationError):
        check_password(password)


@given(st.integers(0, 40))
def test_the_delay_grows_and_stays_bounded(failures: int) -> None:
    assert delay_after(failures) <= delay_after(failures + 1) <= timedelta(minutes=5)
    assert (delay_after(failures) == timedelta()) is (failures <= 3)


# -- first run and login ----------------------------------------------------------------
def test_the_first_run_creates_the_administrator_once(services: Services) -> None:
    assert not services.accounts.exists()
    admin = services.accounts.create_first_administrator("Admin", GOOD)
    assert admin.role == Role.ADMINISTRATOR and admin.login == "admin"
    with pytest.raises(ValidationError):
        services.accounts.create_first_administrator("autre", GOOD)
    assert services.accounts.log_in("admin", GOOD).role == Role.ADMINISTRATOR


def test_a_wrong_password_is_refused_and_recorded_without_the_password(accounts: AccountService, db_path: Path) -> None:
    with pytest.raises(LoginRefused) as refused:
        accounts.log_in("admin", "Mauvais-mot-2026!")
    assert refused.value.render(FRENCH) == "Identifiant ou mot de passe incorrect."
    with pytest.raises(LoginRefused):
        accounts.log_in("personne", "Mauvais-mot-2026!")
    failed = [e for e in entries(accounts.db, "account") if e.action == "failed_login"]
    assert [(e.actor, e.key, e.after["reason"]) for e in failed] == [
        ("admin", "admin", "password"),
        ("?", "?", "unknown"),
    ]
    accounts.db.dispose()
    for name in ("", "-wal"):
        path = db_path.with_name(db_path.name + name)
        if path.exists():
            data = path.read_bytes()
            assert b"Mauvais-mot" not in data and GOOD.encode() not in data


def test_failures_slow_down_the_next_try_then_lock_the_account(accounts: AccountService, clock) -> None:
    for failure in range(1, LOCK_AFTER + 1):
        with pytest.raises(LoginRefused) as refused:
            accounts.log_in("admin", "Mauvais-mot-2026!")
        if failure == 4:
            with pytest.raises(LoginRefused) as waiting:  # even the right password must wait
                accounts.log_in("admin", GOOD)
            assert waiting.value.render(FRENCH) == "Trop d'échecs de connexion : réessayez dans 5 s."
        clock.advance(seconds=delay_after(failure).total_seconds())
    assert "verrouillé après 10 échecs" in refused.value.render(FRENCH)
    clock.advance(hours=2)
    with pytest.raises(LoginRefused) as locked:
        accounts.log_in("admin", GOOD)
    assert "verrouillé" in locked.value.render(FRENCH)
    accounts.unlock(accounts.list()[0].id)
    assert accounts.log_in("admin", GOOD).failed_attempts == 0


def test_a_success_resets_the_count_of_failures(accounts: AccountService, clock) -> None:
    for _ in range(3):
        with pytest.raises(LoginRefused):
            accounts.log_in("admin", "Mauvais-mot-2026!")
    assert accounts.log_in("admin", GOOD).failed_attempts == 0
    with pytest.raises(LoginRefused) as refused:
        accounts.log_in("admin", "Mauvais-mot-2026!")
    assert refused.value.render(FRENCH) == "Identifiant ou mot de passe incorrect."


def test_old_hash_parameters_are_replaced_at_login(services: Services) -> None:
    weak = AccountService(services.db, services.ctx, PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
    weak.create_first_administrator("admin", GOOD)
    with services.db.read() as session:
        old = session.scalar(select(AccountRow.password_hash))
    assert "m=8192,t=1,p=1" in old
    services.accounts.log_in("admin", GOOD)
    with services.db.read() as session:
        new = session.scalar(select(AccountRow.password_hash))
    assert new.startswith("$argon2id$") and "m=65536,t=3,p=4" in new
    assert [e.after for e in entries(services.db, "account") if e.action == "login"] == [{"rehashed": True}]
    assert services.accounts.log_in("admin", GOOD).login == "admin"


def test_switched_off_accounts_lose_their_personal_fields_after_twelve_months(
    accounts: AccountService, services: Services, clock, db_path: Path
) -> None:
    agent = accounts.create("nadia.b", Role.AGENT, GOOD, "Nadia Benali-Sentinelle")
    accounts.set_active(agent.id, False)
    with pytest.raises(LoginRefused) as refused:
        accounts.log_in("nadia.b", GOOD)
    assert "désactivé" in refused.value.render(FRENCH)
    clock.advance(days=300)
    assert run_due_purges(services.db, services.ctx, services.appointments).accounts == 0
    clock.advance(days=70)
    assert run_due_purges(services.db, services.ctx, services.appointments).accounts == 1
    assert [a.login for a in accounts.list()] == ["admin", f"ancien-{agent.id}"]
    with services.db.read() as session:
        assert (
            session.execute(text("SELECT display_name FROM accounts WHERE id = :i"), {"i": agent.id}).scalar() is None
        )
    services.db.dispose()
    for name in ("", "-wal"):
        path = db_path.with_name(db_path.name + name)
        if path.exists():
            assert b"Sentinelle" not in path.read_bytes()


def test_only_an_administrator_manages_accounts(accounts: AccountService, db, clock) -> None:
    coordinator = AccountService(db, DeskContext("d", "c", clock, role=Role.COORDINATOR))
    with pytest.raises(PermissionDenied) as refused:
        coordinator.create("autre", Role.ADMINISTRATOR, GOOD)
    assert refused.value.render(FRENCH) == "Seul un administrateur peut gérer les comptes."
    with pytest.raises(ValidationError):
        accounts.create("admin", Role.AGENT, GOOD)  # the login is taken
    with pytest.raises(ValidationError):
        accounts.create("Élodie D", Role.AGENT, GOOD)  # not a login
    assert [a.login for a in accounts.list()] == ["admin"]


def test_accounts_from_the_command_line(home: Path, capsys, monkeypatch) -> None:
    import io

    from maison_solidarite.__main__ import main

    monkeypatch.setattr("sys.stdin", io.StringIO(GOOD + "\n"))
    assert main(["account", "add", "Camille.R", "--role", "coordinator"]) == 0
    assert "Compte camille.r créé." in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("court\n"))
    assert main(["account", "add", "autre"]) == 2
    assert "12 caractères" in capsys.readouterr().err
    assert main(["account", "off", "camille.r"]) == 0
    assert main(["account", "unlock", "personne"]) == 2
    assert "personne" in capsys.readouterr().err
    assert main(["account", "list"]) == 0
    switched_off = load_catalog("fr").translate("Cli", "off")  # "désactivé" once translated
    assert capsys.readouterr().out.splitlines() == [f"camille.r\tcoordinator\t{switched_off}"]
    assert main(["audit", "--entity", "account"]) == 0
    out = capsys.readouterr().out
    french = load_catalog("fr")  # the trail in words: "création", "Compte camille.r"
    account = french.translate("AuditWords", "Account {login}").format(login="camille.r")
    assert out.count(f"\t{french.translate('AuditLabels', 'creation')}\t{account}") == 1
    assert f"\t{french.translate('AuditLabels', 'change')}\t{account}" in out
    assert GOOD not in out


def test_nobody_switches_off_or_demotes_their_own_account(accounts: AccountService, db, clock) -> None:
    me = AccountService(db, DeskContext("d", "admin", clock, role=Role.ADMINISTRATOR))
    admin_id = me.find("admin").id
    for change in (lambda: me.set_active(admin_id, False), lambda: me.set_role(admin_id, Role.AGENT)):
        with pytest.raises(ValidationError) as refused:
            change()
        assert "votre propre compte" in refused.value.render(FRENCH)
    assert me.find("admin").active and me.find("admin").role == Role.ADMINISTRATOR
    other = me.create("second.admin", Role.ADMINISTRATOR, GOOD)
    assert me.set_role(other.id, Role.COORDINATOR).role == Role.COORDINATOR  # someone else's: allowed


def test_a_password_typed_twice_must_match() -> None:
    from maison_solidarite.domain.accounts import check_confirmation

    assert check_confirmation(GOOD, GOOD) == GOOD
    with pytest.raises(ValidationError) as refused:
        check_confirmation(GOOD, GOOD + "x")
    assert refused.value.render(FRENCH) == "Les deux mots de passe diffèrent : saisissez-les à nouveau."
