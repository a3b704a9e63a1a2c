"""`caseapp print audit`, and the recovery sheet (`caseapp init --recovery-sheet`).

``caseapp print recovery-sheet`` exists only to explain that the sheet is made
when the vault is created: the recovery code and the audit anchor are not
kept anywhere, so there is nothing to print later.

The shared helpers of ``cli.printing`` (which lists these documents in its
table) are imported where they are used, so the two modules can load in
either order.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from caseapp.cli.common import EXIT_OK, PassphraseSource, UsageError, open_session, out

if TYPE_CHECKING:
    from caseapp.services.printing import Output
    from caseapp.services.vault import NewVault

RECOVERY_SHEET_ONLY_AT_INIT = (
    "the recovery sheet can only be made when the vault is created "
    "(`caseapp init --recovery-sheet FILE.pdf`): the recovery code and the audit anchor are "
    "shown once and never stored on this computer, so they cannot be printed again. If the "
    "sheet was lost or may have been seen, an administrator replaces the recovery code with "
    "`caseapp recovery replace` (the old code stops working; give the new one to the "
    "supervising attorney). The audit anchor cannot be replaced: keep the checkpoints "
    "printed at the foot of reports (or `caseapp audit checkpoint`) instead."
)

UNENCRYPTED_AUDIT_WARNING = (
    "caseapp: WARNING: this PDF is NOT encrypted. Anyone who gets the file can see who "
    "opened which client's file and when. Prefer an encrypted PDF; delete this one when it "
    "has been used.\n"
)

UNENCRYPTED_SHEET_WARNING = (
    "caseapp: WARNING: the recovery sheet is NOT encrypted. Anyone who gets the file and "
    "this laptop can open the vault. Print it now and delete the file.\n"
)


def _date(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"{option} takes a date written YYYY-MM-DD, e.g. 2026-03-01") from None


def _check_target(path: Path, option: str) -> None:
    """Before any passphrase is asked: the PDF can be written where asked."""
    if path.is_dir():
        raise UsageError(f"{option} is a folder: give the name of the PDF file to write")
    folder = path.parent
    if not folder.is_dir():
        raise UsageError(f"{option}: the folder {folder} does not exist; create it first")


def _wrote(path: Path, password: str | None, warning: str) -> None:
    if password is None:
        sys.stderr.write(warning)
    sys.stderr.write(
        f"Wrote {path} ({'AES-256 encrypted' if password else 'unencrypted'}, owner-only).\n"
    )


# -- print audit ---------------------------------------------------------------------------


def add_audit(what: Any, common: argparse.ArgumentParser) -> None:
    from caseapp.cli.printing import PROMPT_NOTE, add_output

    audit = what.add_parser(
        "audit",
        parents=[common],
        help="admin or attorney: the audit log's entries (one client's, a period's, or all) "
        "with the verification result and the checkpoint; " + PROMPT_NOTE,
    )
    audit.add_argument("--client", metavar="ID", help="only the entries naming this client")
    audit.add_argument(
        "--since", metavar="YYYY-MM-DD", help="only entries on or after this day (UTC)"
    )
    audit.add_argument(
        "--until", metavar="YYYY-MM-DD", help="only entries on or before this day (UTC)"
    )
    add_output(audit)


def print_audit(args: argparse.Namespace, secrets: PassphraseSource) -> int:
    from caseapp.cli.printing import pdf_password
    from caseapp.services.files import write_private

    since = _date(args.since, "--since")
    until = _date(args.until, "--until")
    if since is not None and until is not None and until < since:
        raise UsageError("--until is before --since: give the period's first day, then its last")
    if args.client is not None and not args.client.strip():
        raise UsageError("--client needs the client's id")
    _check_target(args.out, "--out")
    with open_session(args, secrets) as session:
        password = pdf_password(args, secrets)
        pdf = session.audit_report_pdf(
            client_uuid=args.client, since=since, until=until, password=password
        )
    write_private(args.out, pdf)
    _wrote(args.out, password, UNENCRYPTED_AUDIT_WARNING)
    return EXIT_OK


# -- the recovery sheet -----------------------------------------------------------------------


def add_recovery_sheet(what: Any, common: argparse.ArgumentParser) -> None:
    sheet = what.add_parser(
        "recovery-sheet",
        parents=[common],
        help="made only when the vault is created: see `caseapp init --recovery-sheet`",
    )
    # Taken (and ignored) so that the usual form gets the explanation, not a parse error.
    sheet.add_argument("--out", type=Path, metavar="FILE.pdf", help=argparse.SUPPRESS)
    sheet.add_argument("--no-encrypt", action="store_true", help=argparse.SUPPRESS)


def print_recovery_sheet(args: argparse.Namespace, secrets: PassphraseSource) -> int:
    raise UsageError(RECOVERY_SHEET_ONLY_AT_INIT)


def add_init_options(init: argparse.ArgumentParser) -> None:
    """``init``'s options for the recovery sheet."""
    init.add_argument(
        "--recovery-sheet",
        type=Path,
        metavar="FILE.pdf",
        help="also write the recovery sheet (the recovery code and the audit anchor, with "
        "instructions, for the supervising attorney) to FILE.pdf, AES-256 encrypted; the PDF "
        "password is prompted twice (with --passphrase-stdin: the line after the passphrase)",
    )
    init.add_argument(
        "--no-encrypt",
        action="store_true",
        help="write the recovery sheet unencrypted (warned; owner-only file)",
    )


@dataclass(frozen=True, slots=True)
class SheetRequest:
    """Where ``init`` writes the recovery sheet, and under which PDF password."""

    path: Path
    output: Output
    password: str | None = field(repr=False)


def check_sheet_target(args: argparse.Namespace) -> None:
    """Usage errors of ``init``'s sheet options, before any passphrase is asked."""
    if args.recovery_sheet is None:
        if args.no_encrypt:
            raise UsageError("--no-encrypt goes with --recovery-sheet FILE.pdf")
        return
    _check_target(args.recovery_sheet, "--recovery-sheet")


def sheet_request(args: argparse.Namespace, secrets: PassphraseSource) -> SheetRequest | None:
    """The PDF password (read after the vault passphrase) and checked, before the
    vault is created: a refusal after the creation would cost the sheet."""
    from caseapp.services.printing import output_for
    from caseapp.services.report_printing import check_pdf_password

    if args.recovery_sheet is None:
        return None
    password = (
        None
        if args.no_encrypt
        else secrets.new("PDF password for the recovery sheet: ", "the PDF password")
    )
    check_pdf_password(password)
    return SheetRequest(args.recovery_sheet, output_for(password, None), password)


def write_sheet(request: SheetRequest, created: NewVault, *, vault_dir: Path, admin: str) -> None:
    """Make the sheet the creation recorded and write it (owner-only, atomic)."""
    from caseapp.services.files import write_private
    from caseapp.services.report_printing import recovery_sheet_pdf

    pdf = recovery_sheet_pdf(
        created,
        vault_dir=vault_dir,
        admin=admin,
        password=request.password,
        output=request.output,
    )
    write_private(request.path, pdf)
    _wrote(request.path, request.password, UNENCRYPTED_SHEET_WARNING)
    out()
    out(f"The recovery code and the audit anchor are on the recovery sheet in {request.path},")
    out("not shown here. Print it, give the paper to the supervising attorney to keep locked")
    out("away from this computer, and then delete the file.")
