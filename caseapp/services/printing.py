"""Printed documents, through the audited path.

The file is read as the profile needs it (a full summary is a reveal, which is
recorded as one); the print itself is its own entry naming the document and
where it went (an encrypted file, an unencrypted file, the printer, the
preview); the PDF footer carries the audit checkpoint taken in the same
transaction, so the paper can be matched to the log. PDFs are made in memory;
encrypting is the default, and writing the file is the caller's (owner-only,
atomic).
"""

from __future__ import annotations

import enum
from datetime import datetime

from caseapp.core import summary as summaries
from caseapp.core.errors import InvalidInput
from caseapp.core.users import Role
from caseapp.reports.pages import PageImage as PageImage
from caseapp.services.casework import CaseWork, eligibility
from caseapp.services.client_file import FILE_NOTES
from caseapp.storage import audit_log
from caseapp.storage.connection import transaction

# Every note of a file, for a summary "with all notes" (a 200-page print is fine;
# this bounds a pathological file so one print cannot exhaust memory).
MAX_NOTES = 20_000


class Output(enum.Enum):
    """Where a printed document goes; recorded with the print."""

    SAVE_ENCRYPTED = "save_encrypted"  # a PDF file under a password (AES-256, R6)
    SAVE_PLAIN = "save_plain"  # an unencrypted PDF file, after a warning
    PRINTER = "printer"  # from memory to a printer (spoolers may keep a copy)
    PREVIEW = "preview"  # shown inside the app, never written


def output_for(password: str | None, output: Output | None) -> Output:
    """The output a call means, checked: only a saved file is encrypted."""
    if output is None:
        return Output.SAVE_PLAIN if password is None else Output.SAVE_ENCRYPTED
    if (output is Output.SAVE_ENCRYPTED) != (password is not None):
        raise InvalidInput(
            "Only an encrypted PDF file takes a password; printing and preview never write a file."
        )
    return output


class Printing(CaseWork):
    def _check_fonts(self, text: str) -> None:
        """A name must print exactly as stored: a character the embedded fonts
        cannot draw would come out as an empty box, so the document is refused
        instead (before the print is recorded: nothing was printed)."""
        from caseapp.reports import fonts

        missing = fonts.missing_glyphs(text)
        if missing:
            raise InvalidInput(
                "This file has characters the PDF fonts cannot show ("
                + " ".join(sorted(missing)[:12])
                + "); the document would print them as empty boxes, so it was not made."
            )

    def _record_print(self, client_uuid: str, document: str, output: Output, reason: str) -> str:
        """The print entry, and the checkpoint taken after it (the paper names the
        entry that records it): the checkpoint's short form."""
        conn = self._db()
        with self._guard.audited(), transaction(conn):
            self._append(conn, self._event("print", client_uuid, (document, output.value), reason))
            return audit_log.checkpoint(conn).short

    @staticmethod
    def _finish(pdf: bytes, password: str | None) -> bytes:
        from caseapp.reports import protect

        return pdf if password is None else protect.encrypt(pdf, password)

    def case_summary_pdf(
        self,
        client_uuid: str,
        profile: summaries.Profile,
        *,
        password: str | None,
        output: Output | None = None,
        reason: str = "case_work",
        all_notes: bool = False,
    ) -> bytes:
        """The case summary for ``profile`` as PDF bytes, AES-256 encrypted under
        ``password`` (``None``: unencrypted — for the printer, the preview, or an
        unencrypted file the caller has warned about). It holds the newest notes
        the profile may show, or with ``all_notes`` every one of them."""
        # reportlab and pikepdf load on the first print, not at every unlock.
        from caseapp.reports import protect
        from caseapp.reports.summary_pdf import render

        output = output_for(password, output)
        if password is not None:
            protect.check_password(password)  # before anything is read or recorded
        self._refuse_unless(
            profile is not summaries.Profile.FULL or self.user.role is not Role.INTAKE,
            "print",
            "Intake staff cannot print a full summary; choose the referral or client copy.",
            client_uuid,
        )
        reveal = summaries.needs_reveal(profile)
        file = self.read_client_file(
            client_uuid,
            reveal=reveal,
            reason=reason if reveal else "",
            notes=MAX_NOTES if all_notes else FILE_NOTES,
        )
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
                notes=None if all_notes else summaries.RECENT_NOTES,
            )

        self._check_fonts(summaries.all_text(document("")))
        checkpoint = self._record_print(client_uuid, f"summary_{profile.value}", output, reason)
        return self._finish(render(document(checkpoint)), password)

    def intake_form_pdf(
        self,
        client_uuid: str | None = None,
        *,
        password: str | None,
        output: Output | None = None,
        reveal: bool = False,
        reason: str = "case_work",
    ) -> bytes:
        """The bilingual paper intake form: blank (``client_uuid`` None) for a
        clinic, or pre-filled with a client's file for checking on paper. Tier-1
        values are written in only with ``reveal`` (a recorded reveal); otherwise
        their places say "on file"."""
        from caseapp.core import intake_form as forms
        from caseapp.reports import intake_form_pdf, protect

        output = output_for(password, output)
        if password is not None:
            protect.check_password(password)
        if client_uuid is None:
            if reveal:
                raise InvalidInput("A blank intake form has nothing to reveal; choose a client.")
            fill = forms.Prefill()
        else:
            file = self.read_client_file(
                client_uuid, reveal=reveal, reason=reason if reveal else ""
            )
            fill = forms.prefill(file, today=self._today())
            self._check_fonts(fill.all_text())
        generated_at = datetime.now().replace(microsecond=0)
        document = "intake_form" if client_uuid else "intake_form_blank"
        checkpoint = self._record_print(client_uuid or "", document, output, reason)
        info = intake_form_pdf.FormInfo(
            self.user.name, generated_at, checkpoint, prefilled=client_uuid is not None
        )
        return self._finish(intake_form_pdf.render(info, fill), password)


# -- pages for the preview and the printer -----------------------------------------
# (reports.pages is light: pypdfium2 itself loads at the first render.)


def pdf_pages(pdf: bytes, dpi: float, pages: list[int] | None = None) -> list[PageImage]:
    """The pages (all, or the 0-based ``pages``) of an unencrypted PDF made for
    ``Output.PRINTER`` or ``Output.PREVIEW``, rendered in memory at ``dpi``.
    Needs no session and may run on any thread (renders are serialised)."""
    from caseapp.reports import pages as rendering

    return rendering.render(pdf, dpi, pages)
