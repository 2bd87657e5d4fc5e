"""Every word of the command line is French in French, English in English: each command's
``--help``, a bad call of each, argparse's own words and ``--self-test`` included.

The words are checked against the catalogue itself: a word of an English source string
that no French translation uses is English, and must not be read in French; a word of a
French translation that no English source uses must not be read in English. Names that
are the same in both languages (commands, options, accepted values, file names) are taken
out of the output first.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import maison_solidarite.__main__ as entry
import maison_solidarite.selftest as selftest
from maison_solidarite.cli import build_parser
from maison_solidarite.cli.parser import ARGPARSE_MESSAGES, VALUE_NAMES, Parser, _number
from maison_solidarite.i18n import Catalog, load_catalog

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "maison_solidarite_fr.ts"

# French of the strings this change adds, until `make translations` puts them in the
# catalogue (the catalogue's own translation wins as soon as it has one; then these can go).
PENDING: dict[tuple[str, str], str] = {
    ("Cli", "usage: "): "utilisation : ",
    ("Cli", "positional arguments"): "arguments positionnels",
    ("Cli", "{heading}:"): "{heading} :",
    ("Cli", "options"): "options",
    ("Cli", "show this help message and exit"): "afficher cette aide et quitter",
    ("Cli", "argument %(argument_name)s: %(message)s"): "argument %(argument_name)s : %(message)s",
    ("Cli", "the following arguments are required: %s"): "ces arguments sont obligatoires : %s",
    ("Cli", "one of the arguments %s is required"): "l'un des arguments %s est obligatoire",
    ("Cli", "unrecognized arguments: %s"): "arguments non reconnus : %s",
    ("Cli", "invalid choice: %(value)r (choose from %(choices)s)"): (
        "choix invalide : %(value)r (choisir parmi %(choices)s)"
    ),
    ("Cli", "invalid %(type)s value: %(value)r"): "valeur invalide (%(type)s) : %(value)r",
    ("Cli", "expected one argument"): "une valeur est attendue",
    ("Cli", "expected at most one argument"): "une valeur au plus est attendue",
    ("Cli", "expected at least one argument"): "au moins une valeur est attendue",
    ("Cli", "expected %s argument"): "%s valeur attendue",
    ("Cli", "expected %s arguments"): "%s valeurs attendues",
    ("Cli", "ambiguous option: %(option)s could match %(matches)s"): (
        "option ambiguë : %(option)s peut désigner %(matches)s"
    ),
    ("Cli", "not allowed with argument %s"): "interdit avec l'argument %s",
    ("Cli", "ignored explicit argument %r"): "argument explicite ignoré : %r",
    ("Cli", "unexpected option string: %s"): "option inattendue : %s",
    ("Cli", "unknown parser %(parser_name)r (choices: %(choices)s)"): (
        "commande inconnue %(parser_name)r (choix : %(choices)s)"
    ),
    ("Cli", "{prog}: error: {message} (help: {prog} --help)"): "{prog} : erreur : {message} (aide : {prog} --help)",
    ("Cli", '"{value}" is not a whole number'): "« {value} » n'est pas un nombre entier",
    ("Cli", '"{value}" is not a number'): "« {value} » n'est pas un nombre",
    ("Cli", "COMMAND"): "COMMANDE",
    ("Cli", "ACTION"): "ACTION",
    ("Cli", "PATH_OR_URL"): "CHEMIN_OU_URL",
    ("Cli", "CATEGORY"): "CATÉGORIE",
    ("Cli", "AT"): "DATE_HEURE",
    ("Cli", "CHANNEL"): "CANAL",
    ("Cli", "ORG"): "PARTENAIRE",
    ("Cli", "NOTE"): "NOTE",
    ("Cli", "OUTPUT"): "FICHIER",
    ("Cli", "ENTITY"): "ENTITÉ",
    ("Cli", "ACTOR"): "PERSONNE",
    ("Cli", "NAME"): "NOM",
    ("Cli", "YEARS"): "ANNÉES",
    ("Cli", "PER_YEAR"): "PAR_AN",
    ("Cli", "SEED"): "GRAINE",
    ("Cli", "YYYY-MM-DD"): "AAAA-MM-JJ",
    ("Cli", "YYYY-MM"): "AAAA-MM",
    ("Cli", "YYYY-Www"): "AAAA-Wss",
    ("Cli", "YYYY"): "AAAA",
    ("Cli", "file"): "fichier",
    ("Cli", "login"): "identifiant",
    ("Cli", "the login the person types"): "l'identifiant que la personne saisit",
    ("Cli", "agent (reception agent), coordinator or administrator; default: agent"): (
        "agent (agent d'accueil), coordinateur ou administrateur ; par défaut : agent"
    ),
    ("Cli", "ROLE"): "RÔLE",
    ("Errors", 'Unknown role "{value}" (expected: agent, coordinator or administrator).'): (
        "Rôle inconnu « {value} » (attendu : agent, coordinateur ou administrateur)."
    ),
    ("Cli", "how the person came: walk-in, phone, e-mail or appointment"): (
        "comment la personne est venue : sur place, téléphone, courriel ou rendez-vous"
    ),
    ("Cli", "only this kind of record, in words: visit, permanence, partner, category, setting, monthly sheet…"): (
        "seulement ce type d'enregistrement, en toutes lettres : visite, permanence, partenaire, catégorie,"
        " réglage, fiche mensuelle…"
    ),
    ("Cli", "the login of the account"): "l'identifiant du compte",
    ("Cli", "years of live visits only (default: three years with paper days and past totals)"): (
        "années de visites en direct seulement (par défaut : trois ans, avec des jours sur papier et des totaux"
        " antérieurs)"
    ),
    ("Cli", "visits a year (default: 6000)"): "visites par an (par défaut : 6000)",
    ("Cli", "the generator's seed: the same seed gives the same data (default: 2008)"): (
        "graine du générateur : la même graine donne les mêmes données (par défaut : 2008)"
    ),
    ("Cli", "the month, for example 2026-11"): "le mois, par exemple 2026-11",
    ("Cli", "the year, for example 2026"): "l'année, par exemple 2026",
    ("Cli", "the file to write, .pdf or .xlsx"): "le fichier à écrire, .pdf ou .xlsx",
    ("Cli", "default: json"): "par défaut : json",
    ("Cli", "the CSV file to read"): "le fichier CSV à lire",
    ("Cli", "the file to write"): "le fichier à écrire",
    ("Cli", "the copy to put in its place"): "la copie à mettre à sa place",
    ("Cli", "locked"): "verrouillé",
    ("Cli", "on"): "actif",
    ("Cli", "off"): "désactivé",
    ("SelfTest", "FAILED after {count} step(s):"): "ÉCHEC après {count} étape(s) :",
    ("SelfTest", "Maison de la Solidarité {version}: self-test passed ({count} steps)."): (
        "Maison de la Solidarité {version} : autotest réussi ({count} étapes)."
    ),
    ("SelfTest", "database created and migrated to {revision}"): (
        "base de données créée et migrée à la révision {revision}"
    ),
    ("SelfTest", "1 visit logged, {count} counted"): "1 visite enregistrée, {count} comptée(s)",
    ("SelfTest", 'visit logged in "{category}" and counted'): "visite enregistrée dans « {category} » et comptée",
    ("SelfTest", "the French catalogue is missing"): "le catalogue français manque",
    ("SelfTest", "French catalogue read ({count} messages)"): "catalogue français lu ({count} messages)",
    ("SelfTest", "the monthly sheet is not a PDF"): "la fiche mensuelle n'est pas un PDF",
    ("SelfTest", "monthly sheet rendered ({size} bytes of PDF)"): "fiche mensuelle produite ({size} octets de PDF)",
    ("SelfTest", "the first tab reads {title}, not Accueil"): "le premier onglet s'intitule {title}, pas Accueil",
    ("SelfTest", "main window opened offscreen in French (platform {platform})"): (
        "fenêtre principale ouverte hors écran en français (plateforme {platform})"
    ),
    ("SelfTest", "print support loaded ({count} printer(s) known)"): (
        "impression chargée ({count} imprimante(s) connue(s))"
    ),
}

# Words that are the same in both interfaces: names the user types or reads as they are.
ALLOWED = {
    "maison-solidarite",
    "maison",
    "solidarite",
    "solidarité",
    "postgresql",
    "psycopg",
    "maison_solidarite_db",
    "csv",
    "json",
    "pdf",
    "xlsx",
    "ics",
    "icalendar",
    "iso",
    "sqlite",
    "url",
    "agent",  # a role, the same word in both languages
    "offscreen",
    # codes typed as they are, in both interfaces (the issues and the README give them so)
    "meeting",
    "planned",
    "held",
    "cancelled",
    "morning",
    "afternoon",
    "weekly",
    "every_n_weeks",
    "odd_weeks",
    "even_weeks",
    "weeks_of_month",
}


def _catalogue_texts() -> tuple[list[str], list[str]]:
    """(English sources, French translations) of the whole catalogue, with the pending ones."""
    sources, translations = [], []
    for message in ET.parse(TS).getroot().iter("message"):
        sources.append(message.findtext("source", ""))
        translations.append(message.findtext("translation", "") or "")
    return sources + [text for _context, text in PENDING], translations + list(PENDING.values())


def words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_](?:[\w'-]*[^\W_])?", text) if len(w) > 2}


_SOURCES, _TRANSLATIONS = _catalogue_texts()
ENGLISH = words(" ".join(_SOURCES) + " " + " ".join(ARGPARSE_MESSAGES + VALUE_NAMES)) - words(" ".join(_TRANSLATIONS))
FRENCH = words(" ".join(_TRANSLATIONS)) - words(" ".join(_SOURCES))
# argparse's words, whatever the catalogue says: the ones the French interface showed.
ENGLISH |= {"usage", "positional", "show", "help", "exit", "error", "required", "invalid", "choose", "expected"}


def the_tree(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Parser]]:
    """Every parser, the main one first, with the words that reach it."""
    assert isinstance(parser, Parser)
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from the_tree(sub, (*path, name))


def _identity(_context: str, text: str) -> str:
    return text


TREE = dict(the_tree(build_parser(_identity)))
NAMES = {name for path in TREE for name in path}  # the commands and actions, typed as they are


def bad_call(path: tuple[str, ...], parser: Parser) -> list[str]:
    """A call of this command that its parser refuses: a missing argument when one is
    required, else a bad value, else an unknown one."""
    required = [a for a in parser._actions if a.required]
    if required:
        return list(path)
    for action in parser._actions:
        number = getattr(action.type, "func", None) is _number
        if action.option_strings and (action.choices is not None or number):
            return [*path, action.option_strings[-1], "zzz"]
    return [*path, "--zzz"]


def leftover(text: str, *, also: set[str] = frozenset()) -> set[str]:
    """The words of ``text`` once options, names, paths and allowed words are taken out."""
    text = re.sub(r"(?<![\w-])--?[\w-]+", " ", text)  # options
    text = re.sub(r"\S*/\S*", " ", text)  # paths and URLs
    text = re.sub(r'"[^"\n]*"|«[^»\n]*»', " ", text)  # values quoted: what the user typed, or data
    return words(text) - {n.lower() for n in NAMES} - ALLOWED - also


@pytest.fixture
def french(home: Path, monkeypatch: pytest.MonkeyPatch) -> Catalog:
    """The real French catalogue, with the French of the pending strings it does not hold yet."""
    real = load_catalog("fr")

    def with_pending(language: str) -> Catalog:
        catalog = load_catalog(language)
        if language == "fr":
            catalog.messages = {**PENDING, **catalog.messages}
        return catalog

    monkeypatch.setattr(entry, "load_catalog", with_pending)
    monkeypatch.setattr(selftest, "load_catalog", with_pending)
    return real


@pytest.fixture
def english(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAISON_SOLIDARITE_LANG", "en")


def call(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    """``main(argv)`` as the installed command runs it: the exit code, stdout and stderr."""
    try:
        code = entry.main(argv)
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


PATHS = sorted(TREE)


def test_the_tree_holds_every_command() -> None:
    assert ("visit", "add") in TREE and ("db", "check") in TREE and ("stats",) in TREE and () in TREE
    assert len(PATHS) >= 33


@pytest.mark.parametrize("path", PATHS, ids=lambda p: " ".join(p) or "main")
def test_help_is_french(path: tuple[str, ...], french: Catalog, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = call(capsys, [*path, "--help"])
    assert (code, err) == (0, "")
    assert out.startswith("utilisation : maison-solidarite")
    assert "\noptions :\n" in out
    assert "afficher cette aide et quitter" in out
    assert leftover(out) & ENGLISH == set(), out


@pytest.mark.parametrize("path", PATHS, ids=lambda p: " ".join(p) or "main")
def test_a_bad_call_is_one_french_line_and_exit_2(
    path: tuple[str, ...], french: Catalog, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = bad_call(path, TREE[path]) if path else ["zzz"]
    code, out, err = call(capsys, argv)
    assert (code, out) == (2, ""), argv
    assert len(err.splitlines()) == 1 and err.endswith("\n"), err
    assert " : erreur : " in err and "(aide : maison-solidarite" in err
    assert leftover(err, also={"zzz"}) & ENGLISH == set(), err


@pytest.mark.parametrize("path", PATHS, ids=lambda p: " ".join(p) or "main")
def test_help_and_errors_stay_english_in_english(
    path: tuple[str, ...], english: None, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = call(capsys, [*path, "--help"])
    assert code == 0 and out.startswith("usage: maison-solidarite") and "show this help message and exit" in out
    assert "\noptions:\n" in out
    assert leftover(out) & FRENCH == set(), out
    code, out, err = call(capsys, bad_call(path, TREE[path]) if path else ["zzz"])
    assert (code, out, len(err.splitlines())) == (2, "", 1) and ": error: " in err
    assert leftover(err, also={"zzz"}) & FRENCH == set(), err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["visit", "add"], "ces arguments sont obligatoires : --category"),
        (["visit"], "ces arguments sont obligatoires : ACTION"),
        (["visit", "ajouter"], "argument ACTION : choix invalide : 'ajouter' (choisir parmi 'add')"),
        (["stats", "--from", "2026-01-01", "--to"], "argument --to : une valeur est attendue"),
        (["demo", "--years", "un"], "argument --years : « un » n'est pas un nombre"),
        (["demo", "--seed", "1.5"], "argument --seed : « 1.5 » n'est pas un nombre entier"),
        (["account", "add"], "ces arguments sont obligatoires : identifiant"),
        (["stats", "--from", "a", "--to", "b", "--format", "xml"], "choix invalide : 'xml'"),
        (["audit", "--en-trop"], "arguments non reconnus : --en-trop"),
        (["stats", "--f", "x"], "option ambiguë : --f peut désigner --from, --format"),
    ],
)
def test_the_message_of_each_kind_of_error(
    argv: list[str], expected: str, french: Catalog, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = call(capsys, argv)
    assert code == 2 and expected in err, err


def test_a_number_may_have_a_decimal_comma(cli_db: Path, french: Catalog, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = call(capsys, ["--db", str(cli_db), "demo", "--years", "0,01", "--per-year", "1000"])
    assert (code, err) == (0, "") and out.startswith("Données de démonstration : 18 partenaire(s)")


def test_usage_and_value_names_in_the_help(french: Catalog, capsys: pytest.CaptureFixture[str]) -> None:
    _code, out, _err = call(capsys, ["visits", "export", "--help"])
    assert "--from AAAA-MM-JJ --to AAAA-MM-JJ -o FICHIER" in " ".join(out.split())
    _code, out, _err = call(capsys, ["--help"])
    assert "[--db CHEMIN_OU_URL]" in out and "COMMANDE" in out and "\narguments positionnels :\n" in out


def test_parsers_in_two_languages_leave_argparse_as_it_was(french: Catalog) -> None:
    before = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]
    in_french = build_parser(lambda context, text: PENDING.get((context, text), text))
    in_english = build_parser(_identity)
    assert "utilisation : " in in_french.format_usage() and "usage: " in in_english.format_usage()
    assert in_english.format_usage().startswith("usage: ")
    assert (argparse._, argparse.ngettext) == before  # type: ignore[attr-defined]
    assert argparse.ArgumentParser(prog="x").format_usage() == "usage: x [-h]\n"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    argv=st.lists(
        st.sampled_from(
            [*sorted(NAMES), "--db", "--help", "-o", "--from", "--to", "--role", "--years", "--format", "x", "2026-01"]
        ),
        max_size=6,
    )
)
def test_any_call_is_answered_in_french(argv: list[str], french: Catalog) -> None:
    """Whatever is typed, the parser answers in French: help, or one line and exit 2."""
    parser = build_parser(
        lambda context, text: french.messages.get((context, text)) or PENDING.get((context, text), text)
    )
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), contextlib.suppress(SystemExit):
        parser.parse_args(argv)
    if err.getvalue():
        assert len(err.getvalue().splitlines()) == 1 and " : erreur : " in err.getvalue()
    assert leftover(out.getvalue() + err.getvalue(), also={"x"}) & ENGLISH == set()


def _pending_missing() -> list[tuple[str, str]]:
    held = load_catalog("fr").messages
    return [key for key in PENDING if key not in held]


def _subprocess(argv: list[str], tmp_path: Path, language: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "MAISON_SOLIDARITE_LANG": language,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "HOME": str(tmp_path),
    }
    return subprocess.run(
        [sys.executable, "-m", "maison_solidarite", *argv], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.mark.slow
def test_the_installed_command_in_english_and_in_french(tmp_path: Path) -> None:
    english = _subprocess(["visit", "add"], tmp_path, "en")
    assert english.returncode == 2 and english.stdout == ""
    assert english.stderr == (
        "maison-solidarite visit add: error: the following arguments are required: --category"
        " (help: maison-solidarite visit add --help)\n"
    )
    french = _subprocess(["rota", "week", "2026-W48"], tmp_path, "fr")
    assert french.returncode == 2 and french.stdout == "" and len(french.stderr.splitlines()) == 1
    helped = _subprocess(["report", "monthly", "--help"], tmp_path, "fr")
    assert helped.returncode == 0 and helped.stderr == ""
    if _pending_missing():
        pytest.skip(f"the French catalogue lacks {len(_pending_missing())} new strings yet: run make translations")
    assert french.stderr.startswith("maison-solidarite rota week : erreur : ces arguments sont obligatoires : -o/")
    assert leftover(helped.stdout) & ENGLISH == set(), helped.stdout


@pytest.mark.slow
def test_self_test_speaks_the_language_asked(tmp_path: Path) -> None:
    english = _subprocess(["--self-test"], tmp_path, "en")
    assert english.returncode == 0, english.stdout + english.stderr
    assert english.stdout.splitlines()[-1].endswith("self-test passed (6 steps).")
    assert leftover(english.stdout) & FRENCH == set(), english.stdout
    french = _subprocess(["--self-test"], tmp_path, "fr")
    assert french.returncode == 0, french.stdout + french.stderr
    assert sum(line.startswith("ok ") for line in french.stdout.splitlines()) == 6
    assert not (tmp_path / "data").exists() and not (tmp_path / "config").exists()
    if _pending_missing():
        pytest.skip(f"the French catalogue lacks {len(_pending_missing())} new strings yet: run make translations")
    assert french.stdout.splitlines()[-1].endswith("autotest réussi (6 étapes).")
    assert leftover(french.stdout) & ENGLISH == set(), french.stdout


def test_self_test_in_french_in_process(french: Catalog, qapp: object, capsys: pytest.CaptureFixture[str]) -> None:
    """The self-test's own lines, through the same catalogue as the command line."""
    code = selftest.run_self_test(language="fr")
    out = capsys.readouterr().out
    assert code == 0, out
    lines = out.splitlines()
    assert lines[0].startswith("ok   base de données créée et migrée à la révision ")
    assert lines[-1].endswith("autotest réussi (6 étapes).")
    assert leftover(out) & ENGLISH == set(), out


def test_the_account_list_says_each_state_in_words(
    cli_db: Path, french: Catalog, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    for login in ("camille", "dominique"):
        monkeypatch.setattr("sys.stdin", io.StringIO("Solidarité-2026!\n"))
        assert call(capsys, ["--db", str(cli_db), "account", "add", login])[0] == 0
    assert call(capsys, ["--db", str(cli_db), "account", "off", "dominique"])[0] == 0
    code, out, _err = call(capsys, ["--db", str(cli_db), "account", "list"])
    assert code == 0 and out.splitlines() == ["camille\tagent\tactif", "dominique\tagent\tdésactivé"]


def test_the_choices_are_listed_in_french_and_typed_in_french(
    cli_db: Path, french: Catalog, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    helped = " ".join(call(capsys, ["visit", "add", "--help"])[1].split())
    assert "--channel CANAL comment la personne est venue : sur place, téléphone, courriel ou rendez-vous" in helped
    helped = " ".join(call(capsys, ["account", "add", "--help"])[1].split())
    assert "--role RÔLE agent (agent d'accueil), coordinateur ou administrateur ; par défaut : agent" in helped
    assert "coordinator" not in helped and "administrator" not in helped
    for login, role in (("camille", "coordinatrice"), ("dominique", "Administrateur"), ("sacha", "coordinator")):
        monkeypatch.setattr("sys.stdin", io.StringIO("Solidarité-2026!\n"))
        assert call(capsys, ["--db", str(cli_db), "account", "add", login, "--role", role])[0] == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("Solidarité-2026!\n"))
    code, out, err = call(capsys, ["--db", str(cli_db), "account", "add", "alex", "--role", "chef"])
    assert (code, out) == (
        2,
        "",
    ) and err == "Rôle inconnu « chef » (attendu : agent, coordinateur ou administrateur).\n"
    code, out, _err = call(capsys, ["--db", str(cli_db), "account", "list"])
    assert code == 0 and [line.split("\t")[:2] for line in out.splitlines()] == [
        ["camille", "coordinator"],
        ["dominique", "administrator"],
        ["sacha", "coordinator"],
    ]
    code, out, err = call(capsys, ["--db", str(cli_db), "visit", "add", "--category", "Santé", "--channel", "courriel"])
    assert (code, err) == (0, "") and out.strip()
