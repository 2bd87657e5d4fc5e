"""``db``: upgrade, backup, check, restore and purge the database."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..db.engine import Database, sqlite_path, url_for
from ..db.readonly import check_read_only, contents_damage, open_read_only
from ..db.schema import check, damaged, prepare_database
from ..domain.errors import QT_TRANSLATE_NOOP, StorageError, ValidationError
from ..services import audit
from ..services.audit import ChainReport, verify_chain
from ..services.backups import back_up_now, back_up_to, restore_and_record
from ..services.counts import count_differences, rebuild_counts
from ..services.retention import purge_now
from ..services.sync.chains import desk_chains
from .common import Call, Command, Entry, Key, Opened, OwnOpening, Subparsers, Translate, may_create


def add_parsers(commands: Subparsers, translate: Translate) -> None:
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
    check_cmd = db_commands.add_parser("check", help=translate("Cli", "check integrity and schema version"))
    check_cmd.add_argument(
        "--repair",
        action="store_true",
        help=translate("Cli", "count the daily figures again from the visits when they disagree"),
    )
    restore_cmd = db_commands.add_parser(
        "restore", help=translate("Cli", "put a backup in the place of the database (the current one is kept aside)")
    )
    restore_cmd.add_argument("file", type=Path, help=translate("Cli", "the copy to put in its place"))
    db_commands.add_parser(
        "purge",
        help=translate("Cli", "purge now what is past its retention period (notes, contacts, old audit entries)"),
    )


def db_upgrade(run: Opened) -> None:
    report = check(run.prepared.db)
    run.say(run.translate("Cli", "Database at schema {revision}."), revision=report.revision)
    if run.prepared.backup:
        run.say(run.translate("Cli", "Copy made before migrating: {path}"), path=run.prepared.backup)


def db_backup(run: Opened) -> None:
    args, services = run.args, run.services
    if args.output is not None and args.path is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Name the file of the copy once, with -o."))
    output = args.output or args.path
    # The backup folder keeps a manual copy out of its rotation; -o puts it where asked.
    if output is None:
        written = back_up_now(services.db, services.ctx, run.call.backup_dir)
    else:
        written = back_up_to(services.db, services.ctx, output)
    run.say(run.translate("Cli", "Backup written: {path}"), path=written)


def db_purge(run: Opened) -> None:
    services = run.services
    purged = purge_now(services.db, services.ctx, services.appointments)
    run.say(
        run.translate(
            "Cli", "Purged: {notes} note(s), {contacts} appointment contact(s), {entries} audit entr(y/ies)."
        ),
        notes=purged.notes,
        contacts=purged.contacts,
        entries=purged.audit_entries,
    )


def db_restore(call: Call) -> int:
    target = sqlite_path(url_for(call.location))
    if target is None:
        raise StorageError(QT_TRANSLATE_NOOP("Errors", "Use pg_dump to back up a PostgreSQL database."))
    create = may_create(call.args, call.default_location)
    prepared = prepare_database(
        call.location, call.backup_dir, call.busy_timeout_ms, audit_key=call.audit_key, create=create
    )
    prepared.db.dispose()  # at this version's schema
    replaced = restore_and_record(target, call.args.file, call.backup_dir, call.ctx, call.busy_timeout_ms, call.seal)
    call.say(
        call.translate(
            "Cli",
            "Backup restored. What the database held before is kept in {path}, with {count} visit(s) that the copy does not hold.",
        ),
        path=replaced.kept_aside,
        count=replaced.visits_only_aside,
    )
    return 0


def db_check(call: Call) -> int:
    """On a database opened read-only: a damaged file exits 2 (StorageError), a schema
    behind or an altered audit trail 1."""
    translate, seal = call.translate, call.seal
    with open_read_only(call.location, call.busy_timeout_ms, call.audit_key) as db:
        report = check_read_only(db)
        call.say(translate("Cli", "Integrity: {result}"), result=report.integrity)
        if report.integrity != "ok":
            raise damaged(db.where, report.integrity)
        state = (
            translate("Cli", "up to date")
            if report.revision == report.head
            else translate("Cli", "behind, run: db upgrade")
        )
        call.say(translate("Cli", "Schema: {revision} ({state})"), revision=report.revision or "-", state=state)
        with contents_damage(db):
            chain = verify_chain(db, seal) if report.revision == report.head else None
        if chain is not None:
            call.say("{text}", text=chain_verdict(chain, translate))
        if chain is not None and chain.intact and seal is not None:
            seal.record_head(db)
        counts_agree = chain is None or _counts_agree(call, db)
        desks_intact = True
        if chain is not None and not db.is_sqlite:  # a hub: each desk's chain, side by side
            for desk, desk_chain in desk_chains(db):
                verdict = chain_verdict(desk_chain, translate)
                call.say(translate("Cli", "Desk {desk}: {verdict}"), desk=desk, verdict=verdict)
                desks_intact = desks_intact and desk_chain.intact
    if not counts_agree and call.args.repair:
        _repair_counts(call)
        counts_agree = True
    return 0 if report.ok and (chain is None or chain.intact) and desks_intact and counts_agree else 1


def _counts_agree(call: Call, db: Database) -> bool:
    """The daily counts against a count of the visits (they feed every figure)."""
    wrong = sum(count_differences(db).values())
    if wrong:
        call.say(
            call.translate(
                "Cli", 'Daily counts: {count} rows differ from the visits; "db check --repair" counts them again.'
            ),
            count=wrong,
        )
    else:
        call.say(call.translate("Cli", "Daily counts: in agreement with the visits."))
    return not wrong


def _repair_counts(call: Call) -> None:
    prepared = prepare_database(
        call.location, call.backup_dir, call.busy_timeout_ms, migrate=False, audit_key=call.audit_key
    )
    try:
        rebuild_counts(prepared.db, call.ctx)
    finally:
        prepared.db.dispose()
    call.say(call.translate("Cli", "Daily counts: counted again from the visits."))


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


COMMANDS: dict[Key, Entry] = {
    ("db", "upgrade"): Command(db_upgrade),
    ("db", "backup"): Command(db_backup, migrate=False),
    ("db", "purge"): Command(db_purge),
    ("db", "check"): OwnOpening(db_check),
    ("db", "restore"): OwnOpening(db_restore),
}
