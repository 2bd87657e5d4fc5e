"""``event``: collective actions and partner meetings, their attendance and sign-in sheet.

- ``event add --kind action|meeting --title T --at ISO [--end HH:MM] [--office NAME | --place TEXT]
  [--theme CODE | --theme-text TEXT] [--partners ACRONYM,...] [--repeat RULE --until DATE]``
  prints the new id (one a line for a series);
- ``event attend ID --person "NOM;Prénom;AAAA-MM-JJ"`` (repeatable) | ``--count N`` |
  ``--partner ACRONYM --invited|--present|--excused|--absent [--people N] [--speaker]``;
- ``event status ID held|cancelled|planned``; ``event sheet ID -o FILE.pdf``;
  ``event list --from DATE --to DATE [--kind action|meeting]``.

What ``--person`` gives is turned into a person key at once and goes no further.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime, time, timedelta
from pathlib import Path

from ..domain.categories import fold
from ..domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from ..domain.events import KIND_LABELS, STATUS_LABELS, EventDraft, EventKind, EventStatus, PartnerStatus
from ..domain.person_key import parse_person
from ..domain.rota import LAST, Recurrence, RecurrenceKind
from ..domain.statistics import number_format
from ..domain.visits import parse_datetime
from ..services import Services
from .common import Command, Key, Opened, Subparsers, Translate, parse_day

DEFAULT_LENGTH = timedelta(hours=2)
REPEATS = ("weekly", "every_n_weeks", "odd_weeks", "even_weeks", "weeks_of_month")


def _add_parser(events: Subparsers, translate: Translate) -> None:
    add = events.add_parser(
        "add", help=translate("Cli", "plan a collective action or a partner meeting; prints its id")
    )
    add.add_argument("--kind", required=True, choices=[k.value for k in EventKind], help=translate("Cli", "the kind"))
    add.add_argument("--title", required=True, help=translate("Cli", "the title"))
    add.add_argument("--at", required=True, metavar="ISO", help=translate("Cli", "start, e.g. 2026-12-08T09:30"))
    add.add_argument("--end", metavar="HH:MM", help=translate("Cli", "end time (default: two hours later)"))
    place = add.add_mutually_exclusive_group()
    place.add_argument("--office", metavar=translate("Cli", "NAME"), help=translate("Cli", "an office of the Maison"))
    place.add_argument("--place", metavar=translate("Cli", "TEXT"), help=translate("Cli", "a place elsewhere"))
    theme = add.add_mutually_exclusive_group()
    theme.add_argument(
        "--theme", metavar=translate("Cli", "CODE"), help=translate("Cli", "a request category's code as the theme")
    )
    theme.add_argument("--theme-text", metavar=translate("Cli", "TEXT"), help=translate("Cli", "a theme in free words"))
    add.add_argument("--partners", metavar="ACRONYM,...", help=translate("Cli", "the partners who lead it"))
    add.add_argument("--repeat", choices=REPEATS, help=translate("Cli", "repeat it with the rota's rules"))
    add.add_argument("--interval", type=int, default=2, help=translate("Cli", "every N weeks (with every_n_weeks)"))
    add.add_argument("--weeks", metavar="1,3,-1", help=translate("Cli", "weeks of the month (-1: the last)"))
    add.add_argument("--until", metavar="YYYY-MM-DD", help=translate("Cli", "the series' last day (12 months at most)"))


def _attend_parser(events: Subparsers, translate: Translate) -> None:
    attend = events.add_parser("attend", help=translate("Cli", "record who came to an event"))
    attend.add_argument("id", type=int, help=translate("Cli", "the event's id"))
    who = attend.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--person",
        action="append",
        metavar=translate("Cli", "NAME;First name;YYYY-MM-DD"),
        help=translate("Cli", "a participant, turned into a person key at once (repeatable; not stored)"),
    )
    who.add_argument("--count", metavar="N", help=translate("Cli", "the number of people who came"))
    who.add_argument("--partner", metavar=translate("Cli", "ACRONYM"), help=translate("Cli", "a partner at a meeting"))
    status = attend.add_mutually_exclusive_group()
    for value in PartnerStatus:
        status.add_argument(f"--{value.value}", dest="status", action="store_const", const=value.value)
    attend.add_argument("--people", metavar="N", help=translate("Cli", "the people a partner sent"))
    attend.add_argument("--speaker", action="store_true", help=translate("Cli", "the partner spoke"))


def add_parsers(commands: Subparsers, translate: Translate) -> None:
    event = commands.add_parser("event", help=translate("Cli", "collective actions and partner meetings"))
    events = event.add_subparsers(dest="action", required=True, metavar="ACTION")
    _add_parser(events, translate)
    _attend_parser(events, translate)
    status = events.add_parser("status", help=translate("Cli", "say an event was held, or cancel it"))
    status.add_argument("id", type=int, help=translate("Cli", "the event's id"))
    status.add_argument("status", choices=[s.value for s in EventStatus], help=translate("Cli", "the new status"))
    sheet = events.add_parser("sheet", help=translate("Cli", "the sign-in sheet of an event (PDF)"))
    sheet.add_argument("id", type=int, help=translate("Cli", "the event's id"))
    sheet.add_argument("-o", "--output", type=Path, required=True, help=translate("Cli", "the PDF file to write"))
    listed = events.add_parser("list", help=translate("Cli", "the events of a period, one a line"))
    listed.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD", help=translate("Cli", "first day"))
    listed.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD", help=translate("Cli", "last day"))
    listed.add_argument("--kind", choices=[k.value for k in EventKind], help=translate("Cli", "only this kind"))


def _number(text: str | None) -> int | None:
    if text is None:
        return None
    value = text.strip()
    if not value.isascii() or not value.isdigit():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", '"{value}" is not a number of people (a whole number, 0 or more).'),
            value=text,
        )
    return int(value)


def _end(start: datetime, text: str | None) -> time:
    if text is None:
        end = start + DEFAULT_LENGTH
        return end.time() if end.date() == start.date() else time(23, 59)
    try:
        return time.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", '"{value}" is not a time (expected for example 16:30).'), value=text
        ) from None


def _office(services: Services, name: str) -> int:
    for office in services.rota.offices(active_only=False):
        if fold(office.name) == fold(name):
            return office.id
    raise NotFoundError(QT_TRANSLATE_NOOP("Errors", 'Unknown office "{value}".'), value=name.strip())


def _recurrence(args: argparse.Namespace) -> tuple[Recurrence | None, date | None]:
    if args.repeat is None:
        return None, None
    until = parse_day(args.until) if args.until else None
    kind = RecurrenceKind(args.repeat)
    weeks: frozenset[int] = frozenset()
    if kind == RecurrenceKind.WEEKS_OF_MONTH:
        try:
            weeks = frozenset(int(w) for w in (args.weeks or "").split(",") if w.strip())
        except ValueError:
            weeks = frozenset({0})
        if not weeks or not weeks <= {1, 2, 3, 4, 5, LAST}:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The weeks of the month are numbers from 1 to 5, or -1 for the last.")
            )
    if kind == RecurrenceKind.EVERY_N_WEEKS and not 2 <= args.interval <= 8:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A series repeats every 2 to 8 weeks."))
    return Recurrence(kind, args.interval, weeks), until


def event_add(run: Opened) -> None:
    args, services = run.args, run.services
    start = parse_datetime(args.at)
    draft = EventDraft(
        kind=EventKind(args.kind),
        title=args.title,
        day=start.date(),
        start=start.time().replace(second=0, microsecond=0),
        end=_end(start, args.end),
        office_id=_office(services, args.office) if args.office else None,
        place=args.place or "",
        category_id=services.categories.find(args.theme).id if args.theme else None,
        theme=args.theme_text or "",
        partner_ids=tuple(services.organisations.find(a).id for a in (args.partners or "").split(",") if a.strip()),
    )
    recurrence, until = _recurrence(args)
    for event in services.events.add(draft, recurrence, until):
        run.say("{id}", id=event.id)


def event_attend(run: Opened) -> None:
    args, services = run.args, run.services
    event = services.events.event(args.id)
    if args.partner is not None:
        status = PartnerStatus(args.status or PartnerStatus.PRESENT.value)
        partner = services.organisations.find(args.partner)
        services.attendance.mark_partner(event.id, partner.id, status, _number(args.people), args.speaker)
        run.say(run.translate("Cli", "{partner}: {status}."), partner=partner.acronym, status=status.value)
        return
    if args.status or args.people is not None or args.speaker:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "--present, --excused, --absent, --people and --speaker go with --partner.")
        )
    if args.count is not None:
        count = _number(args.count)
        assert count is not None
        services.attendance.set_headcount(event.id, count)
        run.say(run.translate("Cli", "{count} people counted."), count=count)
        return
    today = services.ctx.now().date()
    keys = [services.person_keys.key_of(parse_person(text, today), event.day) for text in args.person]
    attendance = services.attendance.add_people(event.id, keys)
    run.say(run.translate("Cli", "{count} participant(s) listed."), count=len(attendance.people))


def event_status(run: Opened) -> None:
    event = run.services.events.set_status(run.args.id, EventStatus(run.args.status))
    run.say("{id}\t{status}", id=event.id, status=run.translate("Labels", STATUS_LABELS[event.status]))


def event_sheet(run: Opened) -> None:
    args = run.args
    run.services.sign_in_sheet.write(args.id, run.translate, number_format(run.call.language), args.output)
    run.say(run.translate("Cli", "Sign-in sheet written to {path}."), path=args.output)


def event_list(run: Opened) -> None:
    args, services = run.args, run.services
    first, last = parse_day(args.first), parse_day(args.last)
    offices = {o.id: o.name for o in services.rota.offices(active_only=False)}
    kind = EventKind(args.kind) if args.kind else None
    for e in services.events.between(first, last, kind):
        run.say(
            "{id}\t{day}\t{start}\t{end}\t{kind}\t{status}\t{title}\t{place}",
            id=e.id,
            day=e.day.isoformat(),
            start=f"{e.start:%H:%M}",
            end=f"{e.end:%H:%M}",
            kind=run.translate("Labels", KIND_LABELS[e.kind]),
            status=run.translate("Labels", STATUS_LABELS[e.status]),
            title=e.title,
            place=offices.get(e.office_id, "") if e.office_id is not None else e.place,
        )


COMMANDS: dict[Key, Command] = {
    ("event", "add"): Command(event_add),
    ("event", "attend"): Command(event_attend),
    ("event", "status"): Command(event_status),
    ("event", "sheet"): Command(event_sheet),
    ("event", "list"): Command(event_list),
}
