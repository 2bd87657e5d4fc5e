"""``audit``: the audit trail, one entry a line in words, and ``demo``: demonstration data."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from ..domain.audit_words import ENTITIES
from ..domain.categories import fold
from ..domain.statistics import number_format
from ..services.audit_words import Wording, action_words, change_lines, record_words
from ..services.demo import has_visits, load_demo
from .common import Command, Key, Opened, Subparsers, Translate, parse_day


def add_audit_parser(commands: Subparsers, translate: Translate) -> None:
    audit_cmd = commands.add_parser("audit", help=translate("Cli", "read the audit trail, one entry per line"))
    audit_cmd.add_argument(
        "--entity",
        help=translate(
            "Cli", "only this kind of record, in words: visit, permanence, partner, category, setting, monthly sheet…"
        ),
    )
    audit_cmd.add_argument("--actor", help=translate("Cli", "only the actions of this person"))
    audit_cmd.add_argument("--since", metavar="YYYY-MM-DD", help=translate("Cli", "from this day on"))
    audit_cmd.add_argument("--until", metavar="YYYY-MM-DD", help=translate("Cli", "up to this day, included"))


def add_demo_parser(commands: Subparsers, translate: Translate) -> None:
    demo = commands.add_parser("demo", help=translate("Cli", "load demonstration data"))
    demo.add_argument("--if-empty", action="store_true", help=translate("Cli", "only if there is no visit yet"))
    demo.add_argument(
        "--years",
        type=float,
        default=None,
        help=translate("Cli", "years of live visits only (default: three years with paper days and past totals)"),
    )
    demo.add_argument("--per-year", type=float, default=6000, help=translate("Cli", "visits a year (default: 6000)"))
    demo.add_argument(
        "--seed",
        type=int,
        default=2008,
        help=translate("Cli", "the generator's seed: the same seed gives the same data (default: 2008)"),
    )


def entity_code(text: str, translate: Translate) -> str:
    """The kind of record as the trail stores it, from its code or its name in either language
    ("fiche mensuelle", "monthly sheet", "monthly_sheet"); anything else as it was typed."""
    folded = fold(text)
    for code, words in ENTITIES.items():
        if folded in {code, fold(words), fold(translate("AuditLabels", words))}:
            return code
    return text


def audit_trail(run: Opened) -> None:
    """One entry a line: when, who, the action, the record and what changed, all in words."""
    args, services = run.args, run.services
    since = datetime.combine(parse_day(args.since), time()) if args.since else None
    until = datetime.combine(parse_day(args.until) + timedelta(days=1), time()) if args.until else None
    entity = entity_code(args.entity, run.translate) if args.entity else None
    rows = services.audit.trail(entity=entity, actor=args.actor, since=since, until=until)
    names = services.audit.names()
    wording = Wording(run.translate, number_format(run.call.language).integer)
    for entry in rows:
        columns = [f"{entry.at:%d/%m/%Y %H:%M:%S}", entry.actor, action_words(entry, wording)]
        columns.append(record_words(entry, names, wording))
        columns.extend(["; ".join(change_lines(entry, names, wording))] if entry.before or entry.after else [])
        print("\t".join(columns), file=run.call.out)


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
