"""`caseapp print …`: PDF documents, encrypted unless refused.

Each document is one sub-command: its parser is added by ``add_<document>``
and its work done by the handler in ``DOCUMENTS``. All of them write through
``save`` (owner-only, atomic) and ask the PDF password the same way.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from caseapp.cli import print_reports
from caseapp.cli.common import EXIT_OK, PassphraseSource, UsageError, open_session
from caseapp.services.files import write_private

UNENCRYPTED_WARNING = (
    "caseapp: WARNING: this PDF is NOT encrypted. Anyone who gets the file — from this "
    "computer, a backup, a USB stick or an e-mail — can read the client's details. "
    "Prefer an encrypted PDF; delete this one when it has been used.\n"
)

PROMPT_NOTE = (
    "the PDF password is prompted twice (with --passphrase-stdin: the line after the "
    "vault passphrase)"
)

Handler = Callable[[argparse.Namespace, PassphraseSource], int]


def add_output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    parser.add_argument(
        "--no-encrypt",
        action="store_true",
        help="write the PDF unencrypted (warned; owner-only file)",
    )


def check_out(args: argparse.Namespace) -> None:
    if args.out.is_dir():
        raise UsageError("--out is a folder: give the name of the PDF file to write")


def pdf_password(args: argparse.Namespace, secrets: PassphraseSource) -> str | None:
    """The PDF password (asked twice), or ``None`` with ``--no-encrypt``."""
    if args.no_encrypt:
        return None
    return secrets.new("PDF password: ", "the PDF password")


def save(args: argparse.Namespace, pdf: bytes, password: str | None) -> int:
    write_private(args.out, pdf)
    if password is None:
        sys.stderr.write(UNENCRYPTED_WARNING)
    sys.stderr.write(
        f"Wrote {args.out} ({'AES-256 encrypted' if password else 'unencrypted'}, owner-only).\n"
    )
    return EXIT_OK


def add_summary(what: Any, common: argparse.ArgumentParser) -> None:
    summary = what.add_parser(
        "summary", parents=[common], help="a client's case summary; " + PROMPT_NOTE
    )
    summary.add_argument("--client", required=True, metavar="ID", help="the client's UUID")
    summary.add_argument(
        "--profile",
        required=True,
        choices=["full", "client", "referral"],
        help="full (attorney; a recorded reveal), client (the client's copy), referral "
        "(no tier-1 fields, no privileged notes)",
    )
    summary.add_argument(
        "--all-notes",
        action="store_true",
        help="every note the profile may show, not only the 10 newest",
    )
    add_output(summary)


def print_summary(args: argparse.Namespace, secrets: PassphraseSource) -> int:
    from caseapp.core.summary import parse_profile

    profile = parse_profile(args.profile)
    check_out(args)
    with open_session(args, secrets) as session:
        password = pdf_password(args, secrets)
        pdf = session.case_summary_pdf(
            args.client, profile, password=password, all_notes=args.all_notes
        )
    return save(args, pdf, password)


def add_intake_form(what: Any, common: argparse.ArgumentParser) -> None:
    form = what.add_parser(
        "intake-form",
        parents=[common],
        help="the bilingual (English/Spanish) paper intake form, blank or pre-filled "
        "with a client's file; " + PROMPT_NOTE,
    )
    form.add_argument(
        "--client", metavar="ID", help="pre-fill with this client's file (else a blank form)"
    )
    form.add_argument(
        "--reveal",
        action="store_true",
        help="also write in the A-number, SSN/ITIN, address and safety details "
        "(a recorded reveal; otherwise they say 'on file')",
    )
    add_output(form)


def print_intake_form(args: argparse.Namespace, secrets: PassphraseSource) -> int:
    check_out(args)
    if args.reveal and not args.client:
        raise UsageError("--reveal needs --client: a blank form has nothing to reveal")
    with open_session(args, secrets) as session:
        password = pdf_password(args, secrets)
        pdf = session.intake_form_pdf(args.client, password=password, reveal=args.reveal)
    return save(args, pdf, password)


# document name → (add its parser, do it); other modules add theirs here.
DOCUMENTS: dict[str, tuple[Callable[[Any, argparse.ArgumentParser], None], Handler]] = {
    "summary": (add_summary, print_summary),
    "intake-form": (add_intake_form, print_intake_form),
    "audit": (print_reports.add_audit, print_reports.print_audit),
    "recovery-sheet": (print_reports.add_recovery_sheet, print_reports.print_recovery_sheet),
}


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    printing = commands.add_parser("print", help="PDF documents: " + ", ".join(DOCUMENTS))
    what = printing.add_subparsers(dest="document", required=True, metavar="DOCUMENT")
    for add, _ in DOCUMENTS.values():
        add(what, common)


def cmd_print(args: argparse.Namespace, secrets: PassphraseSource) -> int:
    entry = DOCUMENTS.get(args.document)
    if entry is None:
        raise UsageError("print what? (" + ", ".join(DOCUMENTS) + ")")
    return entry[1](args, secrets)


COMMANDS = {"print": cmd_print}
