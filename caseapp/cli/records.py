"""The daily case-work commands: clients, search, conflicts, import, export,
the dashboard and synthetic data. Thin over ``caseapp.services``.

Every reading command takes ``--json`` and then prints exactly one JSON
document on standard output. Names to search for are read from standard input
or a prompt when not given (a name on the command line is seen by other
programs through ``ps`` and stays in the shell history).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from caseapp.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    CliFailure,
    PassphraseSource,
    UsageError,
    open_session,
    out,
)
from caseapp.core.errors import CaseappError
from caseapp.services.files import write_private

# A JSON client file is at most this big (documents travel inside as base64).
MAX_JSON_BYTES = 60 * 1024 * 1024
Command = Callable[[argparse.Namespace, PassphraseSource], int]


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register the case-work commands on the top-level parser."""
    client = commands.add_parser("client", parents=[common], help="one client's file")
    client_sub = client.add_subparsers(dest="client_command", metavar="ACTION", required=True)
    add = client_sub.add_parser(
        "add", parents=[common], help="add a client from a JSON file (format in the README)"
    )
    add.add_argument("--json", dest="json_file", required=True, type=Path, metavar="FILE")
    show = client_sub.add_parser("show", parents=[common], help="show a client's file")
    show.add_argument("client_id", metavar="ID", help="the client's UUID")
    show.add_argument(
        "--reveal",
        action="store_true",
        help="show A-numbers, ITINs, SSNs, addresses, safety details and sensitive notes "
        "(recorded as a reveal)",
    )
    show.add_argument("--reason", default="", choices=sorted(_reasons()), help="why (recorded)")
    json_flag(show)
    listing = client_sub.add_parser("list", parents=[common], help="clients by name, one page")
    listing.add_argument("--after", metavar="ID", default="", help="the page after this client")
    listing.add_argument("--limit", type=int, default=50, help="clients per page (default 50)")
    json_flag(listing)

    search = commands.add_parser(
        "search",
        parents=[common],
        help="find clients by name, alias or number (or notes with --notes)",
    )
    search.add_argument(
        "query",
        nargs="?",
        default=None,
        metavar="QUERY",
        help="what to search for; leave it out (or give -) to type it at a prompt or as the "
        "line after the passphrase, so it stays out of the shell history",
    )
    search.add_argument("--notes", action="store_true", help="search note text, newest first")
    search.add_argument("--limit", type=int, default=50, help="hits to show (default 50)")
    json_flag(search)

    conflicts = commands.add_parser(
        "conflicts", parents=[common], help="conflict check for a name (and date of birth)"
    )
    conflicts.add_argument(
        "--name",
        nargs="?",
        const="-",
        default=None,
        metavar="NAME",
        help="the full name to check; without a value it is asked for (recommended)",
    )
    conflicts.add_argument("--dob", metavar="YYYY-MM-DD", help="date of birth, if known")
    conflicts.add_argument(
        "--client", metavar="ID", help="check an existing client (with aliases) instead"
    )
    json_flag(conflicts)

    imports = commands.add_parser(
        "import",
        parents=[common],
        help="import intakes from a CSV file (all or nothing)",
        description="Import intakes from a CSV file: every row, or none if any row is "
        "wrong (each bad row is listed with its line number). `caseapp import --columns` "
        "lists the columns.",
    )
    imports.add_argument("--csv", dest="csv_file", type=Path, metavar="FILE")
    imports.add_argument(
        "--columns", action="store_true", help="list the CSV columns and exit (no vault needed)"
    )
    json_flag(imports)

    export = commands.add_parser(
        "export", parents=[common], help="a client's whole file as JSON (records request)"
    )
    export.add_argument("--client", required=True, metavar="ID", help="the client's UUID")
    export.add_argument(
        "--json", dest="as_json", action="store_true", required=True, help="as JSON (required)"
    )
    export.add_argument(
        "--out", type=Path, metavar="FILE", help="write to FILE (owner-only) instead of stdout"
    )

    upcoming = commands.add_parser(
        "upcoming", parents=[common], help="hearings, deadlines and tasks coming up"
    )
    upcoming.add_argument("--days", type=int, default=30, help="days ahead (default 30)")
    json_flag(upcoming)

    demo = commands.add_parser(
        "demo", parents=[common], help="admin: fill a new, empty vault with synthetic clients"
    )
    demo.add_argument("--clients", type=int, required=True, metavar="N")
    demo.add_argument("--seed", type=int, default=0, metavar="S")


def sequence_number(text: str) -> int:
    """An audit entry's number, as argparse reads it (1 .. 2**63 - 1)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("an entry number, such as 1234") from None
    if not 1 <= value < 2**63:
        raise argparse.ArgumentTypeError("an entry number from 1 up")
    return value


def json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", dest="as_json", action="store_true", help="one JSON document on stdout"
    )


def _reasons() -> frozenset[str]:
    from caseapp.core.audit import REASONS

    return REASONS


def emit(document: object) -> None:
    """Exactly one JSON document on standard output."""
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def _today() -> date:
    return date.today()


def _read_file(path: Path, limit: int, what: str) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise CliFailure(
                f"The {what} is larger than {limit // (1024 * 1024)} MB; split it into "
                "smaller files."
            )
        with path.open("rb") as fh:
            return fh.read(limit + 1)
    except FileNotFoundError:
        raise CliFailure(f"The {what} was not found; check the path.") from None
    except IsADirectoryError:
        raise CliFailure(f"That is a folder, not a {what}.") from None
    except PermissionError:
        raise CliFailure(f"The {what} cannot be read: check its permissions.") from None
    except OSError:
        raise CliFailure(f"The {what} could not be read.") from None


# -- client ---------------------------------------------------------------------------


def cmd_client(args: argparse.Namespace, secrets: PassphraseSource) -> int:
    from caseapp.cli import render

    # Loaded per command: the codes behind them cost start-up time the GUI should not pay.
    from caseapp.core import intake_json

    action = args.client_command
    if action == "add":
        data = _read_file(args.json_file, MAX_JSON_BYTES, "JSON file")
        plan = intake_json.load_client_json(data, today=_today())
        with open_session(args, secrets) as session:
            if session.field_vault:  # a field laptop takes the intake, never shows it back
                waiting = session.take_intake_plan(plan)
                out(f"Intake taken; {waiting} intake(s) wait to be sealed (caseapp field seal).")
                return EXIT_OK
            client_uuid = session.add_client_plan(plan)
        out(client_uuid)
        return EXIT_OK
    if action == "list":
        if not 1 <= args.limit <= 1000:
            raise UsageError("--limit is from 1 to 1000")
        with open_session(args, secrets) as session:
            page = session.list_clients(after=args.after, limit=args.limit)
        if args.as_json:
            emit(
                {
                    "clients": [render.summary_json(c) for c in page],
                    "next_after": page[-1].uuid if len(page) == args.limit else None,
                }
            )
        else:
            for c in page:
                out(render.summary_line(c))
            if len(page) == args.limit:
                sys.stderr.write(f"More: caseapp client list --after {page[-1].uuid}\n")
        return EXIT_OK
    from caseapp.services.casework import eligibility

    with open_session(args, secrets) as session:
        file = session.read_client_file(args.client_id, reveal=args.reveal, reason=args.reason)
        checkpoint = session.audit_checkpoint()
        try:
            assessed = eligibility(file, funder_thresholds=session.funder_thresholds())
        except CaseappError:
            assessed = None  # e.g. no guideline table for this year: the file still shows
    if args.as_json:
        document = intake_json.view_to_json(
            file,
            viewed_by=session.user.name,
            viewed_at=datetime.now(UTC).isoformat(timespec="seconds"),
            checkpoint=checkpoint.full,
        )
        document["eligibility"] = render.eligibility_json(assessed) if assessed else None
        emit(document)
    else:
        for line in render.render_file(file, assessed):
            out(line)
    return EXIT_OK


# -- search and conflicts --------------------------------------------------------------


def _query(args: argparse.Namespace, secrets: PassphraseSource, given: str | None) -> str:
    if given is None or given == "-":
        return secrets.text("Search for: ", "the text to search for")
    return str(given)


def cmd_search(args: argparse.Namespace, secrets: PassphraseSource) -> int:
    from caseapp.cli import render

    if not 1 <= args.limit <= 200:
        raise UsageError("--limit is from 1 to 200")
    with open_session(args, secrets) as session:
        text = _query(args, secrets, args.query)
        if args.notes:
            hits = session.search_notes(text, limit=args.limit)
        else:
            found = session.search_clients(text, limit=args.limit)
    if args.notes:
        if args.as_json:
            emit({"notes": [render.note_json(h) for h in hits]})
        else:
            for h in hits:
                out(f"{h.created_at[:10]}\t{h.client_name}\t{h.snippet}\t{h.note_uuid}")
        return EXIT_OK
    if args.as_json:
        emit({"clients": [render.summary_json(c) for c in found]})
    else:
        for c in found:
            out(render.summary_line(c))
    return EXIT_OK


def cmd_conflicts(args: argparse.Namespace, secrets: PassphraseSource) -> int:
    from caseapp.cli import render

    dob = None
    if args.dob:
        try:
            dob = date.fromisoformat(args.dob)
        except ValueError:
            raise UsageError("--dob takes a date written YYYY-MM-DD") from None
    if args.client and args.name is not None:
        raise UsageError("give either --client or --name, not both")
    if not args.client and args.name is None:
        raise UsageError("give --name (the name is then asked for) or --client ID")
    with open_session(args, secrets) as session:
        if args.client:
            report = session.client_conflicts(args.client)
        else:
            name = _query(args, secrets, args.name)
            given, _, family = " ".join(name.split()).rpartition(" ")
            report = session.check_conflicts(given or family, family if given else "", dob)
    if args.as_json:
        emit(
            {
                "hits": [render.hit_json(h) for h in report.hits],
                "incomplete": report.incomplete,
                "names_withheld": report.names_withheld,
            }
        )
        return EXIT_OK
    for line in render.render_conflicts(report):
        out(line)
    return EXIT_OK


# -- import and export -------------------------------------------------------------------


def cmd_import(args: argparse.Namespace, secrets: PassphraseSource) -> int:
    from caseapp.core import intake_csv

    if args.columns:
        for column in intake_csv.COLUMNS:
            need = " (required)" if column.required else ""
            out(f"{column.name}{need}: {column.description} Example: {column.example}")
        return EXIT_OK
    if args.csv_file is None:
        raise UsageError("import needs --csv FILE (or --columns to list the columns)")
    data = _read_file(args.csv_file, intake_csv.MAX_CSV_BYTES, "CSV file")
    parsed = intake_csv.parse_csv(data, today=_today())
    if parsed.errors:
        if args.as_json:
            emit(
                {
                    "imported": 0,
                    "errors": [
                        {"line": e.line, "column": e.column, "message": e.message}
                        for e in parsed.errors
                    ],
                }
            )
        for e in parsed.errors:
            where = f"line {e.line}" + (f", {e.column}" if e.column else "")
            sys.stderr.write(f"caseapp: {where}: {e.message}\n")
        sys.stderr.write("caseapp: nothing was imported; fix the rows above and import again.\n")
        return EXIT_FAILED
    if not parsed.plans:
        raise CliFailure("The CSV file has no rows to import.")
    with open_session(args, secrets) as session:
        result = session.import_plans(parsed.plans)
    if args.as_json:
        emit({"imported": len(result.client_uuids), "client_uuids": list(result.client_uuids)})
    else:
        out(f"Imported {len(result.client_uuids)} client(s).")
    return EXIT_OK


def cmd_export(args: argparse.Namespace, secrets: PassphraseSource) -> int:
    from caseapp.core import intake_json

    with open_session(args, secrets) as session:
        exported = session.export_client(args.client)
    document = intake_json.client_to_json(
        exported.file,
        documents=exported.documents,
        exported_by=exported.exported_by,
        exported_at=exported.exported_at,
        checkpoint=exported.checkpoint,
    )
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    warning = (
        "caseapp: this export holds the client's records in clear. Hand it only to the "
        "client (or whoever they authorised), on encrypted media, and delete other copies.\n"
    )
    if args.out is None:
        sys.stdout.write(text)
        sys.stderr.write(warning)
        return EXIT_OK
    write_private(args.out, text.encode("utf-8"))
    sys.stderr.write(f"Wrote {args.out} (owner-only).\n{warning}")
    return EXIT_OK


# -- dashboard and demo --------------------------------------------------------------------


def cmd_upcoming(args: argparse.Namespace, secrets: PassphraseSource) -> int:
    from caseapp.cli import render

    with open_session(args, secrets) as session:
        board = session.dashboard(days=args.days)
    if args.as_json:
        emit(
            {
                "today": board.today.isoformat(),
                "days": board.days,
                "upcoming": [render.item_json(i) for i in board.upcoming],
                "overdue": [render.item_json(i) for i in board.overdue],
                "asylum_deadlines": [render.item_json(i) for i in board.asylum_deadlines],
                "older_overdue": board.older_overdue,
                "truncated": board.truncated,
            }
        )
        return EXIT_OK
    for line in render.render_dashboard(board):
        out(line)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, secrets: PassphraseSource) -> int:
    from caseapp.services import demo

    if not 1 <= args.clients <= 1_000_000:
        raise UsageError("--clients is from 1 to 1,000,000")
    with open_session(args, secrets) as session:

        def progress(done: int) -> None:
            sys.stderr.write(f"\r{done:,} / {args.clients:,} synthetic clients")
            sys.stderr.flush()

        made = demo.fill(session, args.clients, seed=args.seed, progress=progress)
    sys.stderr.write("\n")
    out(f"Added {made:,} synthetic clients (seed {args.seed}). None of them is a real person.")
    return EXIT_OK


COMMANDS: dict[str, Command] = {
    "client": cmd_client,
    "search": cmd_search,
    "conflicts": cmd_conflicts,
    "import": cmd_import,
    "export": cmd_export,
    "upcoming": cmd_upcoming,
    "demo": cmd_demo,
}
