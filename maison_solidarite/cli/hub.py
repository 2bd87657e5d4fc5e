"""``hub`` and ``sync``: this desk and the hub where the desks of a structure meet."""

from __future__ import annotations

from datetime import datetime

from ..services.sync.rounds import RoundReport
from .common import Command, Key, Opened, Subparsers, Translate

EXIT_UNREACHABLE = 3


def add_parsers(commands: Subparsers, translate: Translate) -> None:
    hub = commands.add_parser(
        "hub", help=translate("Cli", "this desk and the hub where the desks of the structure meet (PostgreSQL)")
    )
    hub_commands = hub.add_subparsers(dest="action", required=True, metavar="ACTION")
    join = hub_commands.add_parser(
        "join",
        help=translate(
            "Cli", "join this desk to a hub, creating the hub's tables on the first join, then pull everything"
        ),
    )
    join.add_argument("url", metavar="URL", help=translate("Cli", "postgresql+psycopg://user@server/database"))
    join.add_argument("--desk", required=True, metavar="NAME", help=translate("Cli", "this desk's name on the hub"))
    join.add_argument(
        "--site", metavar="NAME", help=translate("Cli", "the Maison this desk belongs to (default: the structure)")
    )
    hub_commands.add_parser(
        "leave", help=translate("Cli", "stop syncing with the hub, after sending what waits; the visits stay here")
    )
    hub_commands.add_parser(
        "status", help=translate("Cli", "the hub, this desk's name, the last sync and the records waiting")
    )
    commands.add_parser(
        "sync",
        help=translate(
            "Cli", "one round with the hub: send what waits, receive what the other desks did (exit 3: no hub)"
        ),
    )


def _when(moment: datetime | None, run: Opened) -> str:
    return moment.strftime("%d/%m/%Y %H:%M") if moment else run.translate("Cli", "never")


def _report(run: Opened, report: RoundReport) -> None:
    run.say(
        run.translate(
            "Cli",
            "Sent: {pushed} (already there: {repeated}, conflicts settled by the hub: {conflicts}). Received: {pulled}.",
        ),
        pushed=report.pushed,
        repeated=report.repeated,
        conflicts=report.conflicts,
        pulled=report.pulled,
    )


def hub_join(run: Opened) -> None:
    args = run.args
    report = run.services.sync.join(args.url, args.desk, args.site)
    status = run.services.sync.status()
    assert status is not None
    run.say(
        run.translate("Cli", 'This desk is "{desk}" ({site}) on the hub {hub}.'),
        desk=status.desk_name,
        site=status.site,
        hub=status.hub,
    )
    _report(run, report)


def hub_status(run: Opened) -> None:
    status = run.services.sync.status()
    if status is None:
        run.say(run.translate("Cli", "This desk works alone: it has joined no hub."))
        return
    run.say(run.translate("Cli", "Hub: {hub}"), hub=status.hub)
    run.say(run.translate("Cli", "Desk: {desk} ({site})"), desk=status.desk_name, site=status.site)
    run.say(run.translate("Cli", "Last sync: {when}"), when=_when(status.last_sync_at, run))
    run.say(run.translate("Cli", "Waiting to be sent: {count}"), count=status.waiting)
    if status.last_error and (
        status.last_sync_at is None or (status.last_attempt_at or status.last_sync_at) > status.last_sync_at
    ):
        run.say(
            run.translate("Cli", "Last attempt ({when}): {error}"),
            when=_when(status.last_attempt_at, run),
            error=status.last_error,
        )
    for desk in run.services.sync.desks():
        run.say(
            run.translate("Cli", "Desk {desk}: known up to {when}"), desk=desk.name, when=_when(desk.last_push_at, run)
        )


def hub_leave(run: Opened) -> None:
    held = run.services.sync.leave()
    run.say(run.translate("Cli", "This desk works alone again; it keeps its {count} visits."), count=held)


def sync_round(run: Opened) -> None:
    _report(run, run.services.sync.run_round())


COMMANDS: dict[Key, Command] = {
    ("hub", "join"): Command(hub_join),
    ("hub", "status"): Command(hub_status),
    ("hub", "leave"): Command(hub_leave),
    ("sync", None): Command(sync_round),
}
