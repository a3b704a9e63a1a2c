"""`caseapp print summary`: a case summary as a PDF, encrypted unless refused."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from caseapp.cli.common import EXIT_OK, PassphraseSource, UsageError, open_session
from caseapp.services.files import write_private

UNENCRYPTED_WARNING = (
    "caseapp: WARNING: this PDF is NOT encrypted. Anyone who gets the file — from this "
    "computer, a backup, a USB stick or an e-mail — can read the client's details. "
    "Prefer an encrypted PDF; delete this one when it has been used.\n"
)


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    printing = commands.add_parser("print", help="PDF documents (case summary)")
    what = printing.add_subparsers(dest="document", required=True, metavar="DOCUMENT")
    summary = what.add_parser(
        "summary",
        parents=[common],
        help="a client's case summary; the PDF password is prompted twice "
        "(with --passphrase-stdin: the line after the vault passphrase)",
    )
    summary.add_argument("--client", required=True, metavar="ID", help="the client's UUID")
    summary.add_argument(
        "--profile",
        required=True,
        choices=["full", "client", "referral"],
        help="full (attorney; a recorded reveal), client (the client's copy), referral "
        "(no tier-1 fields, no privileged notes)",
    )
    summary.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    summary.add_argument(
        "--no-encrypt",
        action="store_true",
        help="write the PDF unencrypted (warned; owner-only file)",
    )


def cmd_print(args: argparse.Namespace, secrets: PassphraseSource) -> int:
    from caseapp.core.summary import parse_profile

    if args.document != "summary":
        raise UsageError("print what? (summary)")
    profile = parse_profile(args.profile)
    if args.out.is_dir():
        raise UsageError("--out is a folder: give the name of the PDF file to write")
    with open_session(args, secrets) as session:
        password = None
        if not args.no_encrypt:
            password = secrets.new("PDF password: ", "the PDF password")
        pdf = session.case_summary_pdf(args.client, profile, password=password)
    write_private(args.out, pdf)
    if password is None:
        sys.stderr.write(UNENCRYPTED_WARNING)
    sys.stderr.write(
        f"Wrote {args.out} ({'AES-256 encrypted' if password else 'unencrypted'}, owner-only).\n"
    )
    return EXIT_OK


COMMANDS = {"print": cmd_print}
