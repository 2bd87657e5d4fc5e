"""``report``: the statistics sheets, and ``stats``: the figures of a period."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.statistics import Period, number_format, parse_month, parse_year
from ..reports.files import write_bytes
from ..services.printing import print_file
from ..services.statistics_outputs import StatisticsOutputs
from .common import Command, Key, Opened, Subparsers, Translate, add_period, parse_day


def add_parsers(commands: Subparsers, translate: Translate) -> None:
    report = commands.add_parser("report", help=translate("Cli", "print or save the statistics sheets"))
    report_commands = report.add_subparsers(dest="action", required=True, metavar="ACTION")
    monthly = report_commands.add_parser("monthly", help=translate("Cli", "the monthly statistics sheet (PDF)"))
    monthly.add_argument("month", metavar="YYYY-MM", help=translate("Cli", "the month, for example 2026-11"))
    monthly.add_argument("-o", "--output", type=Path, help=translate("Cli", "PDF file (default: the reports folder)"))
    monthly.add_argument(
        "--print", dest="to_printer", action="store_true", help=translate("Cli", "send it to the printer")
    )
    monthly.add_argument("--printer", metavar="NAME", help=translate("Cli", "printer name (default: the system's)"))
    monthly.add_argument(
        "--wall", action="store_true", help=translate("Cli", "the one-page sheet for the wall, in large type")
    )
    _all_sites(monthly, translate)
    annual = report_commands.add_parser("annual", help=translate("Cli", "the annual review, as .pdf or .xlsx"))
    annual.add_argument("year", metavar="YYYY", help=translate("Cli", "the year, for example 2026"))
    annual.add_argument(
        "-o", "--output", type=Path, required=True, help=translate("Cli", "the file to write, .pdf or .xlsx")
    )
    _all_sites(annual, translate)

    stats = commands.add_parser("stats", help=translate("Cli", "the figures of a period, as JSON or CSV"))
    add_period(stats, translate)
    stats.add_argument("--format", choices=("json", "csv"), default="json", help=translate("Cli", "default: json"))
    stats.add_argument("-o", "--output", type=Path, help=translate("Cli", "file (default: standard output)"))
    _all_sites(stats, translate)


def _outputs(run: Opened) -> StatisticsOutputs:
    """This desk's figures (its site, on a desk that joined a hub), or every site's, on the hub."""
    if getattr(run.args, "all_sites", False):
        return run.services.sync.all_sites()
    return run.services.statistics_outputs


def _all_sites(parser: argparse.ArgumentParser, translate: Translate) -> None:
    parser.add_argument(
        "--all-sites",
        action="store_true",
        help=translate("Cli", "every Maison of the hub, computed on the hub (default: this desk's site)"),
    )


def stats(run: Opened) -> None:
    args, translate = run.args, run.translate
    outputs = _outputs(run)
    period = Period(parse_day(args.start), parse_day(args.end))
    if args.format == "json":
        text = outputs.as_json(period, translate)
    else:
        text = outputs.as_csv(period, translate, number_format(run.call.language))
    if args.output:
        write_bytes(args.output, (text if args.format == "json" else "\ufeff" + text).encode("utf-8"))
        run.say(translate("Cli", "Figures written to {path}."), path=args.output)
    else:
        run.say("{text}", text=text.rstrip("\n"))


def report_annual(run: Opened) -> None:
    args = run.args
    numbers = number_format(run.call.language)
    _outputs(run).save_annual(parse_year(args.year).first.year, run.translate, numbers, args.output)
    run.say(run.translate("Cli", "Annual review written to {path}."), path=args.output)


def report_monthly(run: Opened) -> None:
    """The sheet goes to -o, else to the reports folder beside the backups; --print sends it on."""
    args, translate = run.args, run.translate
    outputs = _outputs(run)
    period = parse_month(args.month)
    reports_dir = run.call.backup_dir.parent / "reports"
    path = args.output or reports_dir / f"statistiques-{period.first:%Y-%m}{'-affiche' if args.wall else ''}.pdf"
    if args.output is None:
        reports_dir.mkdir(parents=True, exist_ok=True)
    write = outputs.wall_pdf if args.wall else outputs.monthly_pdf
    write_bytes(path, write(period, translate, number_format(run.call.language)))
    run.say(translate("Cli", "Monthly sheet written to {path}."), path=path)
    if args.to_printer:
        answer = print_file(path, path.stem, args.printer)
        outputs.record_print(period, args.printer)
        run.say(translate("Cli", "Sent to the printer. {answer}"), answer=answer)


COMMANDS: dict[Key, Command] = {
    ("report", "monthly"): Command(report_monthly),
    ("report", "annual"): Command(report_annual),
    ("stats", None): Command(stats),
}
