"""The audit report and the recovery sheet, through the audited path.

The audit report (admins and attorneys): the print is recorded, the
checkpoint taken after it, the chain verified and the entries read, all in
one transaction, so the report's own print entry is in it whenever it falls
in the scope (always for a client or the whole log; for a period that reaches
today) and the verification, the checkpoint and the last row agree.

The recovery sheet is made right after the vault is created, when there is
no session: ``create_vault(..., recovery_sheet=output)`` records the print in
the creation's own transaction, and ``recovery_sheet_pdf`` makes the sheet
that entry announced. The code and the anchor never reach a file, a log line
or an exception message from here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from caseapp.core.audit import AuditEntry, AuditEvent, Checkpoint, VerifyResult
from caseapp.core.errors import CaseappError, InvalidInput, NotFound
from caseapp.core.users import Role
from caseapp.services.client_file import CLIENT_FIELDS
from caseapp.services.printing import Output, Printing, output_for
from caseapp.storage import audit_log
from caseapp.storage.connection import Connection, transaction

if TYPE_CHECKING:
    from caseapp.services.vault import NewVault

# Who may print the audit report: the readers of the log (session.AUDIT_READERS;
# a test holds the two together — importing it here would be a cycle).
AUDIT_REPORT_ROLES = frozenset({Role.ADMIN, Role.ATTORNEY})
# A report bigger than this is refused (choose a client or a shorter period):
# about 2,500 pages, a quarter of a minute to lay out.
MAX_REPORT_ENTRIES = 100_000
_PAGE = 10_000  # the most audit_log.entries returns at once
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def check_pdf_password(password: str | None) -> None:
    """Refuse a PDF password too short to protect anything (None: unencrypted),
    before anything is made or recorded."""
    if password is not None:
        from caseapp.reports import protect

        protect.check_password(password)


def check_period(since: date | None, until: date | None) -> None:
    """A period whose end is before its start is refused."""
    if since is not None and until is not None and _day(until) < _day(since):
        raise InvalidInput(
            "The period ends before it begins: choose an end date on or after the start date."
        )


def _day(value: date) -> date:
    # A datetime is a date too: only its calendar day counts.
    return date(value.year, value.month, value.day)


@contextmanager
def _tolerant_text(conn: Connection) -> Iterator[None]:
    """Text that is not UTF-8 (planted by hand in a tampered log) read as
    replacement characters instead of stopping the read: a tampered log must
    still print, since the report is how the tampering is shown."""
    saved = conn.text_factory
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    try:
        yield
    finally:
        conn.text_factory = saved


def _entries_in_scope(
    conn: Connection, client_uuid: str | None, since: date | None, until: date | None
) -> list[AuditEntry]:
    """The entries naming ``client_uuid`` (if given) in the period (UTC days,
    inclusive), oldest first; InvalidInput past MAX_REPORT_ENTRIES."""
    start = datetime.combine(since, time(), UTC) if since is not None else None
    end = None
    if until is not None and until < date.max:
        end = (until + timedelta(days=1)).strftime("%Y-%m-%dT00:00:00.000000Z")
    found: list[AuditEntry] = []
    before: int | None = None
    with _tolerant_text(conn):
        while True:
            page = audit_log.entries(
                conn, entity_id=client_uuid, since=start, before_seq=before, limit=_PAGE
            )
            found += (e for e in page if end is None or str(e.at) < end)
            if len(found) > MAX_REPORT_ENTRIES:
                raise InvalidInput(
                    f"That is more than {MAX_REPORT_ENTRIES:,} entries, too many for one "
                    "report: choose one client or a shorter period."
                )
            last = page[-1].seq if page else None
            # Paging stops at the end, and at a sequence number a tampered log
            # holds in the wrong type or order (the check reports that entry).
            if (
                len(page) < _PAGE
                or type(last) is not int
                or (before is not None and last >= before)
            ):
                break
            before = last
    found.reverse()
    return found


class ReportPrinting(Printing):
    def audit_report_pdf(
        self,
        *,
        client_uuid: str | None = None,
        since: date | None = None,
        until: date | None = None,
        password: str | None,
        output: Output | None = None,
    ) -> bytes:
        """The audit entries about one client and/or in a period (UTC days,
        inclusive; none: the whole log) with the chain's verification and the
        checkpoint, as PDF bytes (AES-256 under ``password``; None: unencrypted).
        Administrators and attorneys only; the print is recorded and is the
        report's last entry when it falls in the scope."""
        from caseapp.reports.audit_report_pdf import AuditReport, render

        output = output_for(password, output)
        check_pdf_password(password)
        check_period(since, until)
        since = _day(since) if since is not None else None
        until = _day(until) if until is not None else None
        if client_uuid is not None:
            client_uuid = client_uuid.strip().lower()
        self._refuse_unless(
            self.user.role in AUDIT_REPORT_ROLES,
            "print",
            "Only administrators and attorneys can print the audit report.",
            client_uuid or "",
        )
        if client_uuid is not None and not _UUID.fullmatch(client_uuid):
            raise NotFound("That client does not exist (check the client id).")
        conn = self._db()
        generated_at = datetime.now().replace(microsecond=0)
        checkpoint: Checkpoint | None = None
        with transaction(conn):
            if not self.audit_broken:
                self._append(
                    conn,
                    AuditEvent(
                        "print",
                        self.user.name,
                        "client" if client_uuid else "",
                        client_uuid or "",
                        ("audit_report", output.value),
                    ),
                )
                checkpoint = audit_log.checkpoint(conn)
            # else: the log's state is damaged and nothing can be recorded; the
            # report is still made (it holds no client data, and investigating a
            # damaged log must stay possible, as with list_audit) and says so.
            verification: VerifyResult = audit_log.verify(conn, self._keys.vault_id)
            entries = _entries_in_scope(conn, client_uuid, since, until)
            if client_uuid is not None and not any(
                checkpoint is None or e.seq != checkpoint.seq for e in entries
            ):
                # No entry but this print names the id (every client's creation
                # is an entry, purged clients' included): a typo. Rolled back.
                raise NotFound(
                    "No audit entry names that client: check the client id."
                    if since is None and until is None
                    else "No audit entry names that client in that period: check the client "
                    "id and the dates."
                )
        report = AuditReport(
            entries=entries,
            verification=verification,
            generated_by=self.user.name,
            generated_at=generated_at,
            checkpoint=checkpoint,
            client_uuid=client_uuid,
            since=since,
            until=until,
            field_sets={",".join(CLIENT_FIELDS): "client fields"},
        )
        return self._finish(render(report), password)


_SHEET_FAILED = (
    "The recovery sheet could not be made, so nothing was written. Copy the recovery "
    "code and the audit anchor by hand from the screen instead."
)


def recovery_sheet_pdf(
    created: NewVault,
    *,
    vault_dir: Path,
    admin: str,
    password: str | None,
    output: Output | None = None,
) -> bytes:
    """The one-page recovery sheet for the vault just created, as PDF bytes
    (AES-256 under ``password``; None: unencrypted, for the printer or a file
    the caller has warned about). Needs no session: the print was recorded by
    ``create_vault(..., recovery_sheet=output)``, which must name the same output
    (any recorded sheet may also be made for ``Output.PREVIEW``)."""
    output = output_for(password, output)
    check_pdf_password(password)
    # The preview writes nothing and shows what the wizard's screen shows anyway,
    # so a sheet recorded for the printer may be previewed first.
    recorded = created.recovery_sheet != "" and (
        output is Output.PREVIEW or created.recovery_sheet == output.value
    )
    if not recorded:
        raise InvalidInput(
            "The recovery sheet is made only as part of creating the vault, which records "
            "where it goes"
            + (
                f" (this vault recorded {created.recovery_sheet.replace('_', ' ')}, "
                f"not {output.value.replace('_', ' ')})."
                if created.recovery_sheet
                else "; this vault was created without one. Copy the recovery code and the "
                "audit anchor by hand from the screen."
            )
        )
    failed = False
    pdf = b""
    try:
        from caseapp.reports import protect
        from caseapp.reports.recovery_sheet_pdf import RecoverySheet, render

        sheet = RecoverySheet(
            vault_dir=str(vault_dir),
            admin=admin,
            created_at=created.created_at or datetime.now(UTC),
            checkpoint=created.checkpoint,
            recovery_code=created.recovery_code,
            audit_anchor=created.audit_anchor,
        )
        pdf = render(sheet)
        if password is not None:
            pdf = protect.encrypt(pdf, password)
    except Exception:
        # A library's exception may quote the text it was laying out (the code):
        # it is dropped here, and the error raised outside this block so that not
        # even its context travels with the message.
        failed = True
    if failed:
        raise CaseappError(_SHEET_FAILED)
    return pdf
