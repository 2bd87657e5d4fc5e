"""The command line: the same use cases as the GUI, without Qt.

Bad input gives one line on stderr and exit code 2; nothing is half-written.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TextIO

from .db.engine import Database, MayCreate, sqlite_path, url_for
from .db.readonly import check_read_only, contents_damage, open_read_only
from .db.schema import check, damaged, prepare_database, upgrade
from .domain.accounts import check_confirmation
from .domain.errors import QT_TRANSLATE_NOOP, ImportRejected, StorageError, UserError, ValidationError
from .domain.roles import Role
from .domain.rota import Status
from .domain.statistics import Period, number_format, parse_month, parse_year
from .domain.visits import parse_channel, parse_datetime
from .reports.files import write_bytes
from .services import Services, audit
from .services.audit import ChainReport, verify_chain
from .services.audit_seal import AuditSeal
from .services.backups import back_up_now, back_up_to, restore_and_record
from .services.context import DeskContext
from .services.demo import has_visits, load_demo
from .services.organisations import find_row as find_organisation
from .services.printing import print_file
from .services.retention import purge_now, run_due_purges
from .services.rota_outputs import RotaOutputs
from .services.statistics import StatisticsService
from .services.statistics_outputs import StatisticsOutputs

Translate = Callable[[str, str], str]
EXIT_USAGE = 2


def build_parser(translate: Translate) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="maison-solidarite",
        description=translate(
            "Cli", "Reception desk of a Maison de la Solidarité. Without a command, opens the window."
        ),
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=translate(
            "Cli",
            "database file or URL (postgresql+psycopg://...); default: MAISON_SOLIDARITE_DB, then the user data folder",
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate("Cli", "check this installation on a temporary database, offscreen, then exit"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    visit = commands.add_parser("visit", help=translate("Cli", "log one visit"))
    visit_commands = visit.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = visit_commands.add_parser("add", help=translate("Cli", "log a visit and print its id"))
    add.add_argument("--category", required=True, help=translate("Cli", "category code or label"))
    add.add_argument("--at", help=translate("Cli", "date and time, ISO 8601 (default: now)"))
    add.add_argument("--channel", help=translate("Cli", "walk_in, phone, email or appointment"))
    add.add_argument("--orientation", metavar="ORG", help=translate("Cli", "partner acronym or name"))
    add.add_argument("--note", help=translate("Cli", "short note, 280 characters at most"))

    visits = commands.add_parser("visits", help=translate("Cli", "import or export visits as CSV"))
    visits_commands = visits.add_subparsers(dest="action", required=True, metavar="ACTION")
    imp = visits_commands.add_parser("import", help=translate("Cli", "import a CSV file, all rows or none"))
    imp.add_argument("file", type=Path)
    exp = visits_commands.add_parser("export", help=translate("Cli", "export the visits of a period to CSV"))
    exp.add_argument("--from", dest="start", required=True, help=translate("Cli", "first day, YYYY-MM-DD"))
    exp.add_argument("--to", dest="end", required=True, help=translate("Cli", "last day, YYYY-MM-DD"))
    exp.add_argument("-o", "--output", required=True, type=Path)
    exp.add_argument("--notes", action="store_true", help=translate("Cli", "include the notes (personal data)"))

    db = commands.add_parser("db", help=translate("Cli", "database upkeep"))
    db_commands = db.add_subparsers(dest="action", required=True, metavar="ACTION")
    db_commands.add_parser("upgrade", help=translate("Cli", "migrate the database to this version"))
    backup = db_commands.add_parser("backup", help=translate("Cli", "copy the database (SQLite backup API)"))
    backup.add_argument(
        "-o",
        "--output",
        type=Path,
        help=translate("Cli", "file, or folder to hold the copy (default: the backup folder)"),
    )
    backup.add_argument("path", nargs="?", type=Path, help=argparse.SUPPRESS)  # before -o; kept for old scripts
    db_commands.add_parser("check", help=translate("Cli", "check integrity and schema version"))
    restore_cmd = db_commands.add_parser(
        "restore", help=translate("Cli", "put a backup in the place of the database (the current one is kept aside)")
    )
    restore_cmd.add_argument("file", type=Path)
    db_commands.add_parser(
        "purge",
        help=translate("Cli", "purge now what is past its retention period (notes, contacts, old audit entries)"),
    )

    audit_cmd = commands.add_parser("audit", help=translate("Cli", "read the audit trail, one entry per line"))
    audit_cmd.add_argument(
        "--entity",
        help=translate("Cli", "only this kind of record (visit, permanence, partner, category, setting, database…)"),
    )
    audit_cmd.add_argument("--actor", help=translate("Cli", "only the actions of this person"))
    audit_cmd.add_argument("--since", metavar="YYYY-MM-DD", help=translate("Cli", "from this day on"))
    audit_cmd.add_argument("--until", metavar="YYYY-MM-DD", help=translate("Cli", "up to this day, included"))

    account = commands.add_parser(
        "account", help=translate("Cli", "the accounts of the people who log in (administrator)")
    )
    account_commands = account.add_subparsers(dest="action", required=True, metavar="ACTION")
    a_add = account_commands.add_parser(
        "add", help=translate("Cli", "create an account; the password is read from the terminal or standard input")
    )
    a_add.add_argument("login")
    a_add.add_argument("--role", choices=[r.value for r in Role], default=Role.AGENT.value)
    a_add.add_argument("--name", help=translate("Cli", "the name shown at the desk (optional)"))
    account_commands.add_parser("list", help=translate("Cli", "list the accounts, one per line"))
    for action, help_text in (
        ("unlock", translate("Cli", "unlock an account locked after failed logins")),
        ("off", translate("Cli", "switch an account off (its personal fields go after twelve months)")),
        ("on", translate("Cli", "switch an account back on")),
        ("password", translate("Cli", "set a new password, read from the terminal or standard input")),
    ):
        account_commands.add_parser(action, help=help_text).add_argument("login")

    rota = commands.add_parser("rota", help=translate("Cli", "the weekly rota of the permanence offices"))
    rota_commands = rota.add_subparsers(dest="action", required=True, metavar="ACTION")
    week = rota_commands.add_parser("week", help=translate("Cli", "print a week of both offices to PDF"))
    week.add_argument("week", metavar="YYYY-Www", help=translate("Cli", "ISO week, for example 2026-W48"))
    week.add_argument("-o", "--output", required=True, type=Path)
    ics = rota_commands.add_parser("export-ics", help=translate("Cli", "export the rota as an iCalendar file"))
    ics.add_argument("--organisation", metavar="ORG", help=translate("Cli", "partner acronym or name (default: all)"))
    ics.add_argument("-o", "--output", required=True, type=Path)
    listing = rota_commands.add_parser("list", help=translate("Cli", "list the permanences of a period, one per line"))
    listing.add_argument("--from", dest="start", required=True, help=translate("Cli", "first day, YYYY-MM-DD"))
    listing.add_argument("--to", dest="end", required=True, help=translate("Cli", "last day, YYYY-MM-DD"))

    directory = commands.add_parser("directory", help=translate("Cli", "the partner directory"))
    directory_commands = directory.add_subparsers(dest="action", required=True, metavar="ACTION")
    d_export = directory_commands.add_parser("export", help=translate("Cli", "write the partner sheets to CSV"))
    d_export.add_argument("-o", "--output", required=True, type=Path)
    d_import = directory_commands.add_parser(
        "import", help=translate("Cli", "create or update partner sheets from CSV, all lines or none")
    )
    d_import.add_argument("file", type=Path)
    d_guide = directory_commands.add_parser("guide", help=translate("Cli", "print the guide to the permanences (PDF)"))
    d_guide.add_argument("-o", "--output", required=True, type=Path)

    report = commands.add_parser("report", help=translate("Cli", "print or save the statistics sheets"))
    report_commands = report.add_subparsers(dest="action", required=True, metavar="ACTION")
    monthly = report_commands.add_parser("monthly", help=translate("Cli", "the monthly statistics sheet (PDF)"))
    monthly.add_argument("month", metavar="YYYY-MM")
    monthly.add_argument("-o", "--output", type=Path, help=translate("Cli", "PDF file (default: the reports folder)"))
    monthly.add_argument(
        "--print", dest="to_printer", action="store_true", help=translate("Cli", "send it to the printer")
    )
    monthly.add_argument("--printer", metavar="NAME", help=translate("Cli", "printer name (default: the system's)"))
    annual = report_commands.add_parser("annual", help=translate("Cli", "the annual review, as .pdf or .xlsx"))
    annual.add_argument("year", metavar="YYYY")
    annual.add_argument("-o", "--output", type=Path, required=True)

    stats = commands.add_parser("stats", help=translate("Cli", "the figures of a period, as JSON or CSV"))
    stats.add_argument("--from", dest="start", required=True, help=translate("Cli", "first day, YYYY-MM-DD"))
    stats.add_argument("--to", dest="end", required=True, help=translate("Cli", "last day, YYYY-MM-DD"))
    stats.add_argument("--format", choices=("json", "csv"), default="json")
    stats.add_argument("-o", "--output", type=Path, help=translate("Cli", "file (default: standard output)"))

    demo = commands.add_parser("demo", help=translate("Cli", "load demonstration data"))
    demo.add_argument("--if-empty", action="store_true", help=translate("Cli", "only if there is no visit yet"))
    demo.add_argument("--years", type=float, default=1.0)
    demo.add_argument("--per-year", type=float, default=6000)
    demo.add_argument("--seed", type=int, default=2008)
    return parser


def may_create(args: argparse.Namespace, default_location: bool) -> MayCreate:
    """The default database is created on first use; a path given with --db or
    MAISON_SOLIDARITE_DB only by ``db upgrade``. A copy never creates one (nor does
    ``db check``, which opens the file read-only)."""
    if args.command == "db" and args.action == "backup":
        return MayCreate.NOTHING
    if default_location:
        return MayCreate.FOLDERS
    return MayCreate.EMPTY_FILE if args.command == "db" and args.action == "upgrade" else MayCreate.NOTHING


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", '"{value}" is not a date (expected for example 2026-03-14).'), value=text
        ) from None


def run(
    args: argparse.Namespace,
    *,
    location: str,
    backup_dir: Path,
    ctx: DeskContext,
    busy_timeout_ms: int,
    translate: Translate,
    language: str = "fr",
    out: TextIO | None = None,
    seal: AuditSeal | None = None,
    default_location: bool = False,
) -> int:
    out = out or sys.stdout
    # No login here: whoever can run the command can already read a local database file
    # (on PostgreSQL, the database role grants access). The audit trail names the
    # operating-system user, who acts with every right.
    ctx = replace(ctx, role=Role.ADMINISTRATOR)

    def say(template: str, /, **params: object) -> None:
        print(template.format(**params), file=out)

    migrate = args.command in (
        "visit",
        "visits",
        "demo",
        "rota",
        "report",
        "stats",
        "directory",
        "audit",
        "account",
    ) or (args.command == "db" and args.action in ("upgrade", "purge"))
    if args.command == "db" and args.action == "check":
        return run_check(location, busy_timeout_ms, translate, say, seal)
    if args.command == "db" and args.action == "restore":
        target = sqlite_path(url_for(location))
        if target is None:
            raise StorageError(QT_TRANSLATE_NOOP("Errors", "Use pg_dump to back up a PostgreSQL database."))
        key = seal.key if seal else None
        create = may_create(args, default_location)
        prepare_database(
            location, backup_dir, busy_timeout_ms, audit_key=key, create=create
        ).db.dispose()  # at this version's schema
        replaced = restore_and_record(target, args.file, backup_dir, ctx, busy_timeout_ms, seal)
        say(
            translate(
                "Cli",
                "Backup restored. What the database held before is kept in {path}, with {count} visit(s) that the copy does not hold.",
            ),
            path=replaced.kept_aside,
            count=replaced.visits_only_aside,
        )
        return 0
    create = may_create(args, default_location)
    prepared = prepare_database(
        location, backup_dir, busy_timeout_ms, migrate=migrate, audit_key=seal.key if seal else None, create=create
    )
    db = prepared.db
    try:
        services = Services.create(db, ctx)
        if migrate:
            run_due_purges(db, ctx, services.appointments)  # personal data past its retention goes first
        if args.command == "visit":
            category = services.categories.find(args.category)
            at = parse_datetime(args.at) if args.at else None
            channel = parse_channel(args.channel) if args.channel else None
            organisation_id = None
            if args.orientation:
                with db.read() as session:
                    organisation_id = find_organisation(session, args.orientation).id
            kwargs = {"channel": channel} if channel else {}
            visit = services.visits.log(category.id, at, organisation_id=organisation_id, note=args.note, **kwargs)
            print(visit.uid, file=out)
        elif args.command == "visits" and args.action == "import":
            result = services.visits_csv.import_file(args.file)
            say(
                translate("Cli", "{imported} visit(s) imported, {present} recognised as already present."),
                imported=result.imported,
                present=result.already_present,
            )
        elif args.command == "visits" and args.action == "export":
            count = services.visits_csv.export_file(
                _day(args.start), _day(args.end), args.output, with_notes=args.notes
            )
            say(translate("Cli", "{count} visit(s) written to {path}."), count=count, path=args.output)
        elif args.command == "db" and args.action == "upgrade":
            report = check(db)
            say(translate("Cli", "Database at schema {revision}."), revision=report.revision)
            if prepared.backup:
                say(translate("Cli", "Copy made before migrating: {path}"), path=prepared.backup)
        elif args.command == "db" and args.action == "backup":
            if args.output is not None and args.path is not None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Name the file of the copy once, with -o."))
            output = args.output or args.path
            # The backup folder keeps a manual copy out of its rotation; -o puts it where asked.
            written = back_up_now(db, ctx, backup_dir) if output is None else back_up_to(db, ctx, output)
            say(translate("Cli", "Backup written: {path}"), path=written)
        elif args.command == "db" and args.action == "purge":
            purged = purge_now(db, ctx, services.appointments)
            say(
                translate(
                    "Cli", "Purged: {notes} note(s), {contacts} appointment contact(s), {entries} audit entr(y/ies)."
                ),
                notes=purged.notes,
                contacts=purged.contacts,
                entries=purged.audit_entries,
            )
        elif args.command == "audit":
            since = datetime.combine(_day(args.since), time()) if args.since else None
            until = datetime.combine(_day(args.until) + timedelta(days=1), time()) if args.until else None
            for entry in audit.trail(db, ctx, entity=args.entity, actor=args.actor, since=since, until=until):
                print(
                    f"{entry.at:%d/%m/%Y %H:%M:%S}\t{entry.actor}\t{entry.action}\t{entry.entity}\t{entry.key}",
                    file=out,
                )
        elif args.command == "account":
            run_account(args, services, translate, say)
        elif args.command == "rota":
            run_rota(args, services, translate, say)
        elif args.command == "directory":
            if args.action == "export":
                count = services.directory.export_csv(args.output)
                say(translate("Cli", "{count} partner sheet(s) written to {path}."), count=count, path=args.output)
            elif args.action == "import":
                count = services.directory.import_csv(args.file)
                say(translate("Cli", "{count} partner sheet(s) imported."), count=count)
            else:
                services.directory.save_guide(translate, number_format(language), args.output)
                say(translate("Cli", "Guide written to {path}."), path=args.output)
        elif args.command in ("report", "stats"):
            run_statistics(args, services, translate, say, reports_dir=backup_dir.parent / "reports", language=language)
        elif args.command == "demo":
            if args.if_empty and has_visits(db):
                say(translate("Cli", "The database already holds visits: no demonstration data added."))
                return 0
            result = load_demo(db, ctx, years=args.years, per_year=args.per_year, seed=args.seed)
            say(
                translate("Cli", "Demonstration data: {orgs} partner(s) and {visits} visit(s) added."),
                orgs=result.organisations,
                visits=result.visits,
            )
        return 0
    finally:
        _anchor(seal, db)
        db.dispose()


def run_check(
    location: str, busy_timeout_ms: int, translate: Translate, say: Callable[..., None], seal: AuditSeal | None
) -> int:
    """``db check``, on a database opened read-only: a damaged file exits 2 (StorageError),
    a schema behind or an altered audit trail 1."""
    with open_read_only(location, busy_timeout_ms, seal.key if seal else None) as db:
        report = check_read_only(db)
        say(translate("Cli", "Integrity: {result}"), result=report.integrity)
        if report.integrity != "ok":
            raise damaged(db.where, report.integrity)
        state = (
            translate("Cli", "up to date")
            if report.revision == report.head
            else translate("Cli", "behind, run: db upgrade")
        )
        say(translate("Cli", "Schema: {revision} ({state})"), revision=report.revision or "-", state=state)
        with contents_damage(db):
            chain = verify_chain(db, seal) if report.revision == report.head else None
        if chain is not None:
            say("{text}", text=chain_verdict(chain, translate))
        if chain is not None and chain.intact and seal is not None:
            seal.record_head(db)
        return 0 if report.ok and (chain is None or chain.intact) else 1


def _anchor(seal: AuditSeal | None, db: Database) -> None:
    """Each start (a command is one) keeps the audit trail's head outside the database."""
    if seal is None:
        return
    try:
        seal.record_head(db)
    except UserError:
        pass  # a database too old or damaged to read: db check says so


def _read_password(translate: Translate) -> str:
    """From the terminal, typed twice without echo; else the first line of standard input."""
    if sys.stdin.isatty():
        first = getpass.getpass(translate("Cli", "Password: "))
        return check_confirmation(first, getpass.getpass(translate("Cli", "Password again: ")))
    return sys.stdin.readline().rstrip("\r\n")


def run_account(args: argparse.Namespace, services: Services, translate: Translate, say: Callable[..., None]) -> None:
    accounts = services.accounts
    if args.action == "add":
        created = accounts.create(args.login, Role(args.role), _read_password(translate), args.name)
        say(translate("Cli", "Account {login} created."), login=created.login)
    elif args.action == "list":
        for account in accounts.list():
            state = "locked" if account.locked else ("on" if account.active else "off")
            say("{login}\t{role}\t{state}", login=account.login, role=account.role.value, state=state)
    else:
        account = accounts.find(args.login)
        if args.action == "unlock":
            accounts.unlock(account.id)
        elif args.action in ("on", "off"):
            accounts.set_active(account.id, args.action == "on")
        else:
            accounts.set_password(account.id, _read_password(translate))
        say(translate("Cli", "Account {login} updated."), login=account.login)


def _week(text: str) -> date:
    try:
        return date.fromisocalendar(*map(int, text.strip().upper().replace("-W", " ").split()), 1)  # type: ignore[arg-type]
    except (ValueError, TypeError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", '"{value}" is not a week (expected for example 2026-W48).'), value=text
        ) from None


def run_rota(args: argparse.Namespace, services: Services, translate: Translate, say: Callable[..., None]) -> None:
    outputs = RotaOutputs(services.rota)
    if args.action == "week":
        outputs.save_week_pdf(_week(args.week), translate, args.output)
        say(translate("Cli", "Week written to {path}."), path=args.output)
    elif args.action == "export-ics":
        organisation_id = None
        if args.organisation:
            with services.db.read() as session:
                organisation_id = find_organisation(session, args.organisation).id
        outputs.save_ics(translate, args.output, organisation_id)
        say(translate("Cli", "Calendar written to {path}."), path=args.output)
    else:
        first, last = _day(args.start), _day(args.end)
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
        }
        for o in services.rota.occurrences(first, last):
            detail = status[o.status] + (f" ({o.closure})" if o.closure else "")
            if o.moved:
                detail += " " + translate("Cli", "(moved from {date})").format(date=o.original_date.isoformat())
            say(
                "{day}\t{start}\t{end}\t{office}\t{organisation}\t{detail}",
                day=o.day.isoformat(),
                start=f"{o.start:%H:%M}",
                end=f"{o.end:%H:%M}",
                office=offices.get(o.office_id, "?"),
                organisation=acronyms.get(o.organisation_id, "?"),
                detail=detail,
            )


def run_statistics(
    args: argparse.Namespace,
    services: Services,
    translate: Translate,
    say: Callable[..., None],
    *,
    reports_dir: Path,
    language: str,
) -> None:
    outputs = StatisticsOutputs(StatisticsService(services.db, services.ctx, services.rota))
    numbers = number_format(language)
    if args.command == "stats":
        period = Period(_day(args.start), _day(args.end))
        text = (
            outputs.as_json(period, translate) if args.format == "json" else outputs.as_csv(period, translate, numbers)
        )
        if args.output:
            write_bytes(args.output, (text if args.format == "json" else "\ufeff" + text).encode("utf-8"))
            say(translate("Cli", "Figures written to {path}."), path=args.output)
        else:
            say("{text}", text=text.rstrip("\n"))
        return
    if args.action == "annual":
        outputs.save_annual(parse_year(args.year).first.year, translate, numbers, args.output)
        say(translate("Cli", "Annual review written to {path}."), path=args.output)
        return
    period = parse_month(args.month)
    path = args.output or reports_dir / f"statistiques-{period.first:%Y-%m}.pdf"
    if args.output is None:
        reports_dir.mkdir(parents=True, exist_ok=True)
    write_bytes(path, outputs.monthly_pdf(period, translate, numbers))
    say(translate("Cli", "Monthly sheet written to {path}."), path=path)
    if args.to_printer:
        answer = print_file(path, path.stem, args.printer)
        with services.db.write() as session:
            audit.record(
                session,
                services.ctx,
                "print",
                "monthly_sheet",
                f"{period.first:%Y-%m}",
                None,
                {"printer": args.printer},
            )
        say(translate("Cli", "Sent to the printer. {answer}"), answer=answer)


def chain_verdict(chain: ChainReport, translate: Translate) -> str:
    """What ``db check`` says of the audit trail, in the reader's language."""
    if chain.intact:
        text = translate("Cli", "Audit trail: chain intact ({entries} entries).").format(entries=chain.entries)
        if chain.sealed or chain.foreign:
            text += " " + translate(
                "Cli", "Seals: {sealed} checked with this computer's key, {foreign} made with another key."
            ).format(sealed=chain.sealed, foreign=chain.foreign)
        return text
    seen = chain.anchor.at.replace("T", " ") if chain.anchor else ""
    templates = {
        audit.ALTERED: translate("Cli", "Audit trail: altered from entry {entry} on."),
        audit.UNSEALED: translate(
            "Cli", "Audit trail: entry {entry} does not carry the seal of this computer's key: the trail was rewritten."
        ),
        audit.SHORTENED: translate(
            "Cli", "Audit trail: entries were removed: entry {entry}, seen on {seen}, is missing."
        ),
        audit.REWRITTEN: translate(
            "Cli", "Audit trail: entry {entry} differs from the one seen on {seen}: the trail was rewritten."
        ),
    }
    return templates[chain.problem].format(entry=chain.broken_at, seen=seen)


def report_error(exc: UserError, translate: Translate, err: TextIO | None = None) -> int:
    err = err or sys.stderr
    print(exc.render(translate), file=err)
    if isinstance(exc, ImportRejected):
        for row in exc.rows:
            print(row.render(translate), file=err)
    return EXIT_USAGE


def main_cli(
    argv: Sequence[str],
    parser: argparse.ArgumentParser,
    **kwargs: object,
) -> int:
    args = parser.parse_args(argv)
    translate: Translate = kwargs["translate"]  # type: ignore[assignment]
    try:
        return run(args, **kwargs)  # type: ignore[arg-type]
    except UserError as exc:
        return report_error(exc, translate)
    except BrokenPipeError:
        # The reader went away (``rota list | head``): stop quietly, as other tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


__all__ = ["build_parser", "main_cli", "run", "upgrade"]
