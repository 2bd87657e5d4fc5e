"""``audit``: the audit trail, one entry a line, and ``demo``: demonstration data."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from ..services import audit
from ..services.demo import has_visits, load_demo
from .common import Command, Key, Opened, Subparsers, Translate, parse_day


def add_audit_parser(commands: Subparsers, translate: Translate) -> None:
    audit_cmd = commands.add_parser("audit", help=translate("Cli", "read the audit trail, one entry per line"))
    audit_cmd.add_argument(
        "--entity",
        help=translate("Cli", "only this kind of record (visit, permanence, partner, category, setting, database…)"),
    )
    audit_cmd.add_argument("--actor", help=translate("Cli", "only the actions of this person"))
    audit_cmd.add_argument("--since", metavar="YYYY-MM-DD", help=translate("Cli", "from this day on"))
    audit_cmd.add_argument("--until", metavar="YYYY-MM-DD", help=translate("Cli", "up to this day, included"))


def add_demo_parser(commands: Subparsers, translate: Translate) -> None:
    demo = commands.add_parser("demo", help=translate("Cli", "load demonstration data"))
    demo.add_argument("--if-empty", action="store_true", help=translate("Cli", "only if there is no visit yet"))
    demo.add_argument("--years", type=float, default=1.0, help=translate("Cli", "years of visits (default: 1)"))
    demo.add_argument("--per-year", type=float, default=6000, help=translate("Cli", "visits a year (default: 6000)"))
    demo.add_argument(
        "--seed",
        type=int,
        default=2008,
        help=translate("Cli", "the generator's seed: the same seed gives the same data (default: 2008)"),
    )


def audit_trail(run: Opened) -> None:
    args, services = run.args, run.services
    since = datetime.combine(parse_day(args.since), time()) if args.since else None
    until = datetime.combine(parse_day(args.until) + timedelta(days=1), time()) if args.until else None
    for entry in audit.trail(services.db, services.ctx, entity=args.entity, actor=args.actor, since=since, until=until):
        print(
            f"{entry.at:%d/%m/%Y %H:%M:%S}\t{entry.actor}\t{entry.action}\t{entry.entity}\t{entry.key}",
            file=run.call.out,
        )


def demo(run: Opened) -> None:
    args, services, translate = run.args, run.services, run.translate
    if args.if_empty and has_visits(services.db):
        run.say(translate("Cli", "The database already holds visits: no demonstration data added."))
        return
    added = load_demo(services.db, services.ctx, years=args.years, per_year=args.per_year, seed=args.seed)
    run.say(
        translate("Cli", "Demonstration data: {orgs} partner(s) and {visits} visit(s) added."),
        orgs=added.organisations,
        visits=added.visits,
    )


COMMANDS: dict[Key, Command] = {
    ("audit", None): Command(audit_trail),
    ("demo", None): Command(demo),
}
