"""``person-key show/export/import/set``: the secret of the person keys and their settings; ``person-key card``."""

from __future__ import annotations

from pathlib import Path

from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.person_key import parse_person, read_code
from ..domain.statistics import number_format
from ..reports.files import write_bytes
from .common import Command, Key, Opened, Subparsers, Translate


def add_parsers(commands: Subparsers, translate: Translate) -> None:
    keys = commands.add_parser(
        "person-key", help=translate("Cli", "the secret of the person keys: show, export, import, settings")
    )
    actions = keys.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser(
        "show", help=translate("Cli", "print the secret's fingerprint, the keys' period and their retention")
    )
    export = actions.add_parser(
        "export", help=translate("Cli", "print the secret as a code, or write it to a file (administrators)")
    )
    export.add_argument(
        "-o", "--output", type=Path, help=translate("Cli", "the file to write, readable by its owner only")
    )
    take = actions.add_parser(
        "import", help=translate("Cli", "take the structure's secret from a file or a code (administrators)")
    )
    source = take.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", type=Path, help=translate("Cli", "the file another computer exported"))
    source.add_argument("--code", help=translate("Cli", "the code another computer printed"))
    card = actions.add_parser("card", help=translate("Cli", "a person's card (PDF): the key as a code, no name"))
    person = card.add_mutually_exclusive_group(required=True)
    person.add_argument(
        "--person",
        metavar=translate("Cli", "NAME;First name;YYYY-MM-DD"),
        help=translate("Cli", "birth name, first name and birth date (not stored)"),
    )
    person.add_argument("--code", help=translate("Cli", "the code of a card printed before"))
    card.add_argument("-o", "--output", type=Path, required=True, help=translate("Cli", "the PDF file to write"))
    settings = actions.add_parser("set", help=translate("Cli", "the keys' period and how long they are kept"))
    period = settings.add_mutually_exclusive_group()
    period.add_argument(
        "--across-years",
        action="store_const",
        const=True,
        dest="across_years",
        help=translate("Cli", "a person's key holds across years"),
    )
    period.add_argument(
        "--per-year",
        action="store_const",
        const=False,
        dest="across_years",
        help=translate("Cli", "a new key each calendar year (the default)"),
    )
    settings.add_argument(
        "--retention-months",
        type=int,
        metavar="N",
        help=translate("Cli", "months a visit keeps its key (12 to 120)"),
    )


def show(run: Opened) -> None:
    keys = run.services.person_keys
    run.say(run.translate("Cli", "Fingerprint of the secret: {fingerprint}"), fingerprint=keys.fingerprint())
    period = (
        run.translate("Cli", "across years") if keys.across_years() else run.translate("Cli", "one per calendar year")
    )
    run.say(
        run.translate("Cli", "Person keys: {period}, kept {months} months."),
        period=period,
        months=keys.retention_months(),
    )


def export(run: Opened) -> None:
    keys = run.services.person_keys
    if run.args.output is None:
        print(keys.export_code(), file=run.call.out)
        return
    fingerprint = keys.export_file(run.args.output)
    run.say(
        run.translate("Cli", "Secret written to {path} (fingerprint {fingerprint}): keep it as a password."),
        path=run.args.output,
        fingerprint=fingerprint,
    )


def take(run: Opened) -> None:
    text = run.args.code
    if text is None:
        path: Path = run.args.file
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: choose the file another computer exported."),
                path=str(path),
            ) from None
    fingerprint = run.services.person_keys.import_secret(text)
    run.say(
        run.translate("Cli", "Secret imported (fingerprint {fingerprint}): compare it with the other computers'."),
        fingerprint=fingerprint,
    )


def card(run: Opened) -> None:
    keys, today = run.services.person_keys, run.services.ctx.now().date()
    if run.args.person is not None:
        key = keys.key_of(parse_person(run.args.person, today), today)
    else:
        key = read_code(run.args.code)
    data = keys.card_pdf(key, today, run.translate, number_format(run.call.language))
    write_bytes(run.args.output, data)
    run.say(run.translate("Cli", "Card written to {path}."), path=run.args.output)


def set_options(run: Opened) -> None:
    keys = run.services.person_keys
    if run.args.across_years is None and run.args.retention_months is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give --across-years, --per-year or --retention-months."))
    if run.args.retention_months is not None:
        keys.set_retention_months(run.args.retention_months)
    if run.args.across_years is not None:
        keys.set_across_years(run.args.across_years)
    show(run)


COMMANDS: dict[Key, Command] = {
    ("person-key", "show"): Command(show),
    ("person-key", "export"): Command(export),
    ("person-key", "import"): Command(take),
    ("person-key", "card"): Command(card),
    ("person-key", "set"): Command(set_options),
}
