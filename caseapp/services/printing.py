"""Printed documents, through the audited path: the case summary for now.

The file is read as the profile needs it (a full summary is a reveal, which is
recorded as one); the print itself is its own entry naming the profile; the
PDF footer carries the audit checkpoint taken in the same transaction, so the
paper can be matched to the log. PDFs are made in memory; encrypting is the
default, and writing the file is the caller's (owner-only, atomic).
"""

from __future__ import annotations

from datetime import datetime

from caseapp.core import summary as summaries
from caseapp.core.errors import InvalidInput
from caseapp.core.users import Role
from caseapp.services.casework import CaseWork, eligibility
from caseapp.storage import audit_log
from caseapp.storage.connection import transaction


class Printing(CaseWork):
    def case_summary_pdf(
        self,
        client_uuid: str,
        profile: summaries.Profile,
        *,
        password: str | None,
        reason: str = "case_work",
    ) -> bytes:
        """The case summary for ``profile`` as PDF bytes, AES-256 encrypted under
        ``password`` (``None``: unencrypted, which the caller has warned about)."""
        # reportlab and pikepdf load on the first print, not at every unlock.
        from caseapp.reports import fonts, protect
        from caseapp.reports.summary_pdf import render

        if password is not None:
            protect.check_password(password)  # before anything is read or recorded
        self._refuse_unless(
            profile is not summaries.Profile.FULL or self.user.role is not Role.INTAKE,
            "print",
            "Intake staff cannot print a full summary; choose the referral or client copy.",
            client_uuid,
        )
        reveal = summaries.needs_reveal(profile)
        file = self.read_client_file(client_uuid, reveal=reveal, reason=reason if reveal else "")
        result = eligibility(file, funder_thresholds=self.funder_thresholds())
        generated_at = datetime.now().replace(microsecond=0)

        def document(checkpoint: str) -> summaries.CaseSummary:
            return summaries.build(
                file,
                profile,
                eligibility=result,
                generated_by=self.user.name,
                generated_at=generated_at,
                checkpoint=checkpoint,
            )

        # A name must print exactly as stored: a character the embedded fonts cannot
        # draw would come out as an empty box, so the summary is refused instead
        # (before the print is recorded: nothing was printed).
        missing = fonts.missing_glyphs(summaries.all_text(document("")))
        if missing:
            raise InvalidInput(
                "This file has characters the PDF fonts cannot show yet ("
                + " ".join(sorted(missing)[:12])
                + "); the summary would print them as empty boxes. Printing names in "
                "Chinese, Japanese, Korean or Ethiopic script arrives with more fonts."
            )
        conn = self._db()
        with self._guard.audited(), transaction(conn):
            self._append(
                conn, self._event("print", client_uuid, (f"summary_{profile.value}",), reason)
            )
            # Taken after the print entry: the paper names the entry that records it.
            checkpoint = audit_log.checkpoint(conn)
        pdf = render(document(checkpoint.short))
        return pdf if password is None else protect.encrypt(pdf, password)
