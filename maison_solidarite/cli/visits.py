"""``visit add``, and ``visits import`` / ``visits export`` as CSV."""

from __future__ import annotations

from pathlib import Path

from ..domain.person_key import parse_person
from ..domain.visits import parse_channel, parse_datetime
from .common import Command, Key, Opened, Subparsers, Translate, add_period, parse_day


def add_parsers(commands: Subparsers, translate: Translate) -> None:
    visit = commands.add_parser("visit", help=translate("Cli", "log one visit"))
    visit_commands = visit.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = visit_commands.add_parser("add", help=translate("Cli", "log a visit and print its id"))
    add.add_argument("--category", required=True, help=translate("Cli", "category code or label"))
    add.add_argument("--at", help=translate("Cli", "date and time, ISO 8601 (default: now)"))
    add.add_argument("--channel", help=translate("Cli", "how the person came: walk-in, phone, e-mail or appointment"))
    add.add_argument("--orientation", metavar="ORG", help=translate("Cli", "partner acronym or name"))
    add.add_argument("--note", help=translate("Cli", "short note, 280 characters at most"))
    add.add_argument(
        "--person",
        metavar=translate("Cli", "NAME;First name;YYYY-MM-DD"),
        help=translate("Cli", "the visitor's person key, from birth name, first name and birth date (not stored)"),
    )

    visits = commands.add_parser("visits", help=translate("Cli", "import or export visits as CSV"))
    visits_commands = visits.add_subparsers(dest="action", required=True, metavar="ACTION")
    imp = visits_commands.add_parser("import", help=translate("Cli", "import a CSV file, all rows or none"))
    imp.add_argument("file", type=Path, help=translate("Cli", "the CSV file to read"))
    exp = visits_commands.add_parser("export", help=translate("Cli", "export the visits of a period to CSV"))
    add_period(exp, translate)
    exp.add_argument("-o", "--output", required=True, type=Path, help=translate("Cli", "the file to write"))
    exp.add_argument("--notes", action="store_true", help=translate("Cli", "include the notes (personal data)"))
    exp.add_argument(
        "--codes", action="store_true", help=translate("Cli", "headers and values as codes instead of words")
    )


def visit_add(run: Opened) -> None:
    args, services = run.args, run.services
    category = services.categories.find(args.category)
    at = parse_datetime(args.at) if args.at else None
    channel = parse_channel(args.channel) if args.channel else None
    organisation_id = services.organisations.find(args.orientation).id if args.orientation else None
    key = None
    if args.person is not None:  # checked before anything is written; the text goes no further
        day = (at or services.ctx.now()).date()
        key = services.person_keys.key_of(parse_person(args.person, services.ctx.now().date()), day)
    if channel is not None:
        visit = services.visits.log(
            category.id, at, organisation_id=organisation_id, note=args.note, channel=channel, person_key=key
        )
    else:  # the service's own default
        visit = services.visits.log(category.id, at, organisation_id=organisation_id, note=args.note, person_key=key)
    print(visit.uid, file=run.call.out)


def visits_import(run: Opened) -> None:
    result = run.services.visits_csv.import_file(run.args.file)
    run.say(
        run.translate("Cli", "{imported} visit(s) imported, {present} recognised as already present."),
        imported=result.imported,
        present=result.already_present,
    )


def visits_export(run: Opened) -> None:
    args = run.args
    count = run.services.visits_csv.export_file(
        parse_day(args.start),
        parse_day(args.end),
        args.output,
        with_notes=args.notes,
        codes=args.codes,
        translate=run.translate,
    )
    run.say(run.translate("Cli", "{count} visit(s) written to {path}."), count=count, path=args.output)


COMMANDS: dict[Key, Command] = {
    ("visit", "add"): Command(visit_add),
    ("visits", "import"): Command(visits_import),
    ("visits", "export"): Command(visits_export),
}
