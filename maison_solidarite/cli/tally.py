"""``tally add``: the counts of a paper tally sheet; ``tally sheet``: the sheet to print."""

from __future__ import annotations

from pathlib import Path

from ..domain.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from ..domain.history import HALF_LABELS, Half, parse_count
from ..domain.statistics import number_format
from ..services.tally_sheet import TallySheetService
from .common import Command, Key, Opened, Subparsers, Translate, parse_day


def add_parsers(commands: Subparsers, translate: Translate) -> None:
    tally = commands.add_parser("tally", help=translate("Cli", "paper tally sheets: print one, enter what it counted"))
    tally_commands = tally.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = tally_commands.add_parser(
        "add", help=translate("Cli", "enter the counts of a paper tally sheet (beside the visits logged that day)")
    )
    add.add_argument("day", metavar="YYYY-MM-DD", help=translate("Cli", "the day the sheet counted"))
    add.add_argument("counts", nargs="+", metavar="CODE=N", help=translate("Cli", "a category code and its count"))
    add.add_argument(
        "--half",
        choices=("morning", "afternoon"),
        help=translate("Cli", "the sheet counted the morning or the afternoon only (default: the whole day)"),
    )
    add.add_argument(
        "--confirm-closed",
        action="store_true",
        help=translate("Cli", "the Maison was closed that day and received visitors all the same"),
    )
    show = tally_commands.add_parser("list", help=translate("Cli", "print the paper counts of a day"))
    show.add_argument("day", metavar="YYYY-MM-DD", help=translate("Cli", "the day"))
    sheet = tally_commands.add_parser("sheet", help=translate("Cli", "the paper tally sheet of a day (PDF)"))
    sheet.add_argument("day", metavar="YYYY-MM-DD", help=translate("Cli", "the day"))
    sheet.add_argument("-o", "--output", type=Path, required=True, help=translate("Cli", "the PDF file to write"))


def parse_counts(pairs: list[str]) -> dict[str, int]:
    """``["rights=12", "health=3"]`` as {code: count}; a ValidationError naming the bad one."""
    counts: dict[str, int] = {}
    for pair in pairs:
        code, sep, number = pair.partition("=")
        code = code.strip()
        if not sep or not code:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", '"{value}" is not CODE=N (for example rights=12).'), value=pair
            )
        if code.casefold() in (c.casefold() for c in counts):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", '"{value}" is given twice.'), value=code)
        try:
            counts[code] = parse_count(number)
        except UserError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", '"{value}": the count is not a whole number, 0 or more.'), value=pair
            ) from None
    return counts


def tally_add(run: Opened) -> None:
    args = run.args
    day, counts = parse_day(args.day), parse_counts(args.counts)
    half = Half(args.half) if args.half else Half.DAY
    stored = run.services.tallies.add(day, counts, half, confirm_closed=args.confirm_closed)
    live = sum(run.services.tallies.live_counts(day).values())
    run.say(
        run.translate("Cli", "{count} visit(s) counted on paper entered for {day}, besides {live} logged live."),
        count=sum(t.count for t in stored),
        day=day.strftime("%d/%m/%Y"),
        live=live,
    )


def tally_list(run: Opened) -> None:
    day = parse_day(run.args.day)
    live = run.services.tallies.live_counts(day)
    for code, count in live.items():
        run.say("{code}={count} ({what})", code=code, count=count, what=run.translate("Cli", "logged live"))
    for tally in run.services.tallies.on_day(day):
        run.say(
            "{code}={count} ({what}, {half}, {who})",
            code=tally.category_code,
            count=tally.count,
            what=run.translate("Cli", "paper"),
            half=run.translate("Labels", HALF_LABELS[tally.half]),
            who=tally.entered_by,
        )


def tally_sheet(run: Opened) -> None:
    args = run.args
    day = parse_day(args.day)
    service = TallySheetService(run.services.db, run.services.ctx, run.services.rota)
    service.write(day, run.translate, number_format(run.call.language), args.output)
    run.say(run.translate("Cli", "Tally sheet written to {path}."), path=args.output)


COMMANDS: dict[Key, Command] = {
    ("tally", "add"): Command(tally_add),
    ("tally", "list"): Command(tally_list),
    ("tally", "sheet"): Command(tally_sheet),
}
