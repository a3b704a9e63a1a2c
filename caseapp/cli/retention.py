"""`caseapp purge`: the retention policy, the files it makes due, and the purge."""

from __future__ import annotations

import argparse
from typing import Any

from caseapp.cli.common import EXIT_OK, PassphraseSource, UsageError, open_session, out


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    purge = commands.add_parser(
        "purge",
        parents=[common],
        help="administrators: list (--dry-run) or purge (--apply) the files the "
        "retention policy makes due; --set-years N sets the policy",
    )
    mode = purge.add_mutually_exclusive_group(required=True)
    mode.add_argument(
        "--dry-run", action="store_true", help="list the files that are due; change nothing"
    )
    mode.add_argument(
        "--apply",
        action="store_true",
        help="purge every file that is due, for good (rows, documents, search entries), "
        "then compact the vault file",
    )
    mode.add_argument(
        "--set-years",
        type=int,
        metavar="N",
        help="keep files N years after their last case closed (1-50; default 7)",
    )


def cmd_purge(args: argparse.Namespace, secrets: PassphraseSource) -> int:
    from caseapp.core.retention import RetentionPolicy

    with open_session(args, secrets) as session:
        if args.set_years is not None:
            session.set_retention_policy(RetentionPolicy(args.set_years))
            out(f"Files are now kept {args.set_years} years after their last case closed.")
            return EXIT_OK
        policy = session.retention_policy()
        due = session.purge_review()
        if args.dry_run:
            out(f"Policy: files are kept {policy.years} years after their last case closed.")
            if not due:
                out("No file is due.")
                return EXIT_OK
            out(f"{len(due)} file(s) due (client id, name, last closed, due since, cases):")
            for f in due:
                out(f"{f.uuid}  {f.name}  {f.since}  {f.due_on}  {f.cases}")
            out("Nothing was changed. Run with --apply to purge them.")
            return EXIT_OK
        if not args.apply:
            raise UsageError("choose --dry-run, --apply or --set-years N")
        count = session.purge([f.uuid for f in due])
    out(f"Purged {count} file(s); the vault file was compacted.")
    return EXIT_OK


COMMANDS = {"purge": cmd_purge}
