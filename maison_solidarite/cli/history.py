"""``history import`` / ``history list``: the past totals; ``history start``: the day counting began."""

from __future__ import annotations

from pathlib import Path

from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.history import StartSource
from .common import Command, Key, Opened, Subparsers, Translate, parse_day

_SOURCES = {
    StartSource.SET: QT_TRANSLATE_NOOP("Cli", "the date set"),
    StartSource.VISIT: QT_TRANSLATE_NOOP("Cli", "the first visit logged"),
    StartSource.PAPER: QT_TRANSLATE_NOOP("Cli", "the first paper day"),
    StartSource.PAST: QT_TRANSLATE_NOOP("Cli", "the first past total"),
}


def add_parsers(commands: Subparsers, translate: Translate) -> None:
    history = commands.add_parser(
        "history", help=translate("Cli", "the totals of the years before the app, and the day counting began")
    )
    history_commands = history.add_subparsers(dest="action", required=True, metavar="ACTION")
    imp = history_commands.add_parser(
        "import", help=translate("Cli", "import past totals from a CSV file period;category;count, all lines or none")
    )
    imp.add_argument("file", type=Path, help=translate("Cli", "the CSV file to read"))
    history_commands.add_parser(
        "list", help=translate("Cli", "print the past totals stored, as lines period;category;count")
    )
    start = history_commands.add_parser("start", help=translate("Cli", "print or set the day counting began"))
    start.add_argument("day", nargs="?", metavar="YYYY-MM-DD", help=translate("Cli", "the day to set"))
    start.add_argument("--clear", action="store_true", help=translate("Cli", "forget the day set"))


def history_import(run: Opened) -> None:
    count = run.services.history.import_csv(run.args.file)
    run.say(run.translate("Cli", "{count} past total(s) imported from {path}."), count=count, path=run.args.file)


def history_list(run: Opened) -> None:
    run.say("{header}", header=run.translate("Cli", "period;category;count;source"))
    for total in run.services.history.totals():
        run.say(
            "{period};{code};{count};{source}",
            period=total.period,
            code=total.category_code,
            count=total.count,
            source=total.source,
        )


def history_start(run: Opened) -> None:
    args, history = run.args, run.services.history
    if args.clear or args.day:
        start = history.set_counting_start(None if args.clear else parse_day(args.day))
    else:
        start = history.counting_start()
    if start.day is None or start.source is None:
        run.say(run.translate("Cli", "Counting has not begun: no visit, paper day or past total yet."))
        return
    run.say(
        run.translate("Cli", "Counting began on {day} ({source})."),
        day=start.day.strftime("%d/%m/%Y"),
        source=run.translate("Cli", _SOURCES[start.source]),
    )


COMMANDS: dict[Key, Command] = {
    ("history", "import"): Command(history_import),
    ("history", "list"): Command(history_list),
    ("history", "start"): Command(history_start),
}
