"""``rota``: the weekly rota of the permanence offices, and ``directory``: the partners."""

from __future__ import annotations

from pathlib import Path

from ..domain.errors import QT_TRANSLATE_NOOP, ValidationError
from ..domain.rota import Status
from ..domain.statistics import number_format
from .common import Command, Key, Opened, Subparsers, Translate, add_period, parse_day, parse_week


def add_parsers(commands: Subparsers, translate: Translate) -> None:
    rota = commands.add_parser("rota", help=translate("Cli", "the weekly rota of the permanence offices"))
    rota_commands = rota.add_subparsers(dest="action", required=True, metavar="ACTION")
    week = rota_commands.add_parser("week", help=translate("Cli", "print a week of both offices to PDF"))
    week.add_argument("week", metavar="YYYY-Www", help=translate("Cli", "ISO week, for example 2026-W48"))
    week.add_argument("-o", "--output", required=True, type=Path, help=translate("Cli", "the file to write"))
    ics = rota_commands.add_parser("export-ics", help=translate("Cli", "export the rota as an iCalendar file"))
    ics.add_argument("--organisation", metavar="ORG", help=translate("Cli", "partner acronym or name (default: all)"))
    ics.add_argument("-o", "--output", required=True, type=Path, help=translate("Cli", "the file to write"))
    listing = rota_commands.add_parser("list", help=translate("Cli", "list the permanences of a period, one per line"))
    add_period(listing, translate)

    directory = commands.add_parser("directory", help=translate("Cli", "the partner directory"))
    directory_commands = directory.add_subparsers(dest="action", required=True, metavar="ACTION")
    d_export = directory_commands.add_parser("export", help=translate("Cli", "write the partner sheets to CSV"))
    d_export.add_argument("-o", "--output", required=True, type=Path, help=translate("Cli", "the file to write"))
    d_import = directory_commands.add_parser(
        "import", help=translate("Cli", "create or update partner sheets from CSV, all lines or none")
    )
    d_import.add_argument("file", type=Path, help=translate("Cli", "the CSV file to read"))
    d_guide = directory_commands.add_parser("guide", help=translate("Cli", "print the guide to the permanences (PDF)"))
    d_guide.add_argument("-o", "--output", required=True, type=Path, help=translate("Cli", "the file to write"))


def rota_week(run: Opened) -> None:
    run.services.rota_outputs.save_week_pdf(parse_week(run.args.week), run.translate, run.args.output)
    run.say(run.translate("Cli", "Week written to {path}."), path=run.args.output)


def rota_export_ics(run: Opened) -> None:
    args, services = run.args, run.services
    organisation_id = services.organisations.find(args.organisation).id if args.organisation else None
    services.rota_outputs.save_ics(run.translate, args.output, organisation_id)
    run.say(run.translate("Cli", "Calendar written to {path}."), path=args.output)


def rota_list(run: Opened) -> None:
    """One permanence a line: day, start, end, office, partner, and whether it is held."""
    translate, services = run.translate, run.services
    first, last = parse_day(run.args.start), parse_day(run.args.end)
    if last < first:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The period ends ({end}) before it starts ({start})."),
            start=first.strftime("%d/%m/%Y"),
            end=last.strftime("%d/%m/%Y"),
        )
    offices = {o.id: o.name for o in services.rota.offices(active_only=False)}
    acronyms = {o.id: o.acronym for o in services.organisations.list()}
    status = {
        Status.SCHEDULED: translate("Cli", "held"),
        Status.CANCELLED: translate("Cli", "cancelled"),
        Status.CLOSED: translate("Cli", "closed"),
        Status.NOT_HELD: translate("Cli", "not held"),
    }
    for o in services.rota.occurrences(first, last):
        detail = status[o.status] + (f" ({o.closure})" if o.closure else "")
        if o.moved:
            detail += " " + translate("Cli", "(moved from {date})").format(date=o.original_date.isoformat())
        run.say(
            "{day}\t{start}\t{end}\t{office}\t{organisation}\t{detail}",
            day=o.day.isoformat(),
            start=f"{o.start:%H:%M}",
            end=f"{o.end:%H:%M}",
            office=offices.get(o.office_id, "?"),
            organisation=acronyms.get(o.organisation_id, "?"),
            detail=detail,
        )


def directory_export(run: Opened) -> None:
    count = run.services.directory.export_csv(run.args.output)
    run.say(run.translate("Cli", "{count} partner sheet(s) written to {path}."), count=count, path=run.args.output)


def directory_import(run: Opened) -> None:
    count = run.services.directory.import_csv(run.args.file)
    run.say(run.translate("Cli", "{count} partner sheet(s) imported."), count=count)


def directory_guide(run: Opened) -> None:
    run.services.directory.save_guide(run.translate, number_format(run.call.language), run.args.output)
    run.say(run.translate("Cli", "Guide written to {path}."), path=run.args.output)


COMMANDS: dict[Key, Command] = {
    ("rota", "week"): Command(rota_week),
    ("rota", "export-ics"): Command(rota_export_ics),
    ("rota", "list"): Command(rota_list),
    ("directory", "export"): Command(directory_export),
    ("directory", "import"): Command(directory_import),
    ("directory", "guide"): Command(directory_guide),
}
