"""The "Print / save…" dialog for a printed document, and the preview.

Four ways out, each recorded by the service as its own ``print`` entry naming
where the document went:

- an **encrypted PDF file** (AES-256, PDF revision 6) under a password typed
  each time and never kept;
- an **unencrypted PDF file**, only after a warning the user confirms, written
  owner-only and atomically (``services.files.write_private``);
- the **printer**: the pages are rendered in memory and painted onto a
  QPrinter one at a time, after a warning that print spoolers may keep a copy;
- the **preview** inside caseapp: nothing is written; closing it drops the pages.

The PDF is made off the UI thread (through SessionAccess, or a
BackgroundRunner before any session exists — the recovery sheet); a saved file
is written by the same worker job, so its bytes never reach the UI thread.
For the printer and the preview, pages are rendered on a worker one at a time,
and the PDF is let go as soon as the last page is rendered.
"""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QT_TR_NOOP, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap, QStandardItemModel
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.gui.background import BackgroundRunner
from caseapp.gui.error_text import user_message
from caseapp.gui.file_dialogs import choose_file_to_save, scrub_qt_dialog_settings
from caseapp.gui.form_parts import StatusLine, explanation, heading, passphrase_field, wipe_field
from caseapp.gui.i18n import tr
from caseapp.gui.print_preview import PreviewDialog
from caseapp.services.files import write_private
from caseapp.services.printing import Output, PageImage, pdf_pages

if TYPE_CHECKING:
    from caseapp.gui.session_access import SessionAccess
    from caseapp.services.session import Session

T = TypeVar("T")

# (password, output) -> the PDF: password None for the printer, the preview and
# an unencrypted file. Runs on a worker thread.
MakePdf = Callable[[str | None, Output], bytes]

# What the service checks too (reports.protect): the GUI says so before asking for a file.
MIN_PASSWORD_CHARS = 8
PREVIEW_DPI = 150.0
# Pages go to the printer at its resolution, but no finer than this: a letter page
# at 1200 dpi would be 540 MB of pixels; 300 dpi (34 MB) is what office printers
# resolve anyway.
MAX_PRINT_DPI = 300.0
MIN_PRINT_DPI = 150.0

ALL_OUTPUTS = (Output.SAVE_ENCRYPTED, Output.SAVE_PLAIN, Output.PRINTER, Output.PREVIEW)

PASSWORD_HINT = str(
    QT_TR_NOOP(
        "At least 8 characters, typed each time and never kept. Tell the password to the "
        "reader by phone or in person — never in the same e-mail or message as the file."
    )
)
PLAIN_WARNING = str(
    QT_TR_NOOP(
        "The PDF will not be encrypted: anyone who gets the file — from this computer, a "
        "backup, a USB stick or an e-mail — can read the client's details. Save it only "
        "where the office allows client papers, and delete it when it has been used."
    )
)
SPOOLER_WARNING = str(
    QT_TR_NOOP(
        "The pages go from memory to the printer; caseapp writes no file. But print "
        "systems — this computer's print queue, a print server, the printer itself — may "
        "keep a copy of the job after printing. Print only on the office's own printer, "
        "and collect the pages at once."
    )
)
PRINTER_FAILED = str(
    QT_TR_NOOP(
        "The printer did not take the job. Check that it is switched on and connected, "
        "then try again."
    )
)
NO_PRINTER = str(
    QT_TR_NOOP(
        "No printer is set up on this computer. Ask your administrator to add one, or save "
        "an encrypted PDF instead."
    )
)


# -- where the PDF comes from ------------------------------------------------------


class PdfSource(Protocol):
    """Makes the document off the UI thread; results arrive on the UI thread."""

    def run(
        self,
        job: Callable[[MakePdf], T],
        on_done: Callable[[T], None],
        on_failed: Callable[[BaseException], None],
    ) -> None: ...

    def cancel(self) -> None:
        """Nothing pending is delivered any more."""


_channels = itertools.count(1)


class SessionSource:
    """A document the unlocked session makes (one channel per source)."""

    def __init__(self, access: SessionAccess, make: Callable[[Session, str | None, Output], bytes]):
        self._access = access
        self._make = make
        self._channel = f"print {next(_channels)}"

    def run(
        self,
        job: Callable[[MakePdf], T],
        on_done: Callable[[T], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        make = self._make
        self._access.submit(
            self._channel,
            lambda s: job(lambda password, output: make(s, password, output)),
            on_done,
            on_failed,
        )

    def cancel(self) -> None:
        self._access.cancel(self._channel)


class DetachedSource:
    """A document made without a session (the recovery sheet, before the first unlock)."""

    def __init__(self, runner: BackgroundRunner, make: MakePdf) -> None:
        self._runner = runner
        self._make: MakePdf | None = make
        self._generation = 0

    def run(
        self,
        job: Callable[[MakePdf], T],
        on_done: Callable[[T], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        make = self._make
        if make is None:
            return
        self._generation += 1
        generation = self._generation

        def current() -> bool:
            return self._make is not None and self._generation == generation

        self._runner.run(
            lambda: job(make),
            lambda result: on_done(result) if current() else None,
            lambda exc: on_failed(exc) if current() else None,
        )

    def cancel(self) -> None:
        self._generation += 1

    def forget(self) -> None:
        """Drop the maker (and what its closure holds); nothing more can be made."""
        self._make = None


@dataclass(frozen=True)
class Variant:
    """One version of a document (a redaction profile, a period); ``refusal`` says
    why a version this user may not print is greyed out."""

    label: str
    source: PdfSource
    allowed: bool = True
    refusal: str = ""


# -- pages, one at a time ----------------------------------------------------------


class _PageLoop:
    """Renders a PDF's pages on a worker one by one; lets go of the PDF after the last."""

    def __init__(
        self,
        runner: BackgroundRunner,
        pdf: bytes,
        dpi: float,
        on_page: Callable[[PageImage], None],
        on_done: Callable[[int], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        self._runner = runner
        self._pdf: bytes | None = pdf
        self._dpi = dpi
        self._on_page = on_page
        self._on_done = on_done
        self._on_failed = on_failed

    @property
    def running(self) -> bool:
        return self._pdf is not None

    def start(self) -> None:
        self._next(0)

    def cancel(self) -> None:
        self._pdf = None

    def _next(self, index: int) -> None:
        pdf, dpi = self._pdf, self._dpi
        if pdf is None:
            return
        self._runner.run(lambda: pdf_pages(pdf, dpi, [index])[0], self._rendered, self._failed)

    def _rendered(self, page: PageImage) -> None:
        if self._pdf is None:  # cancelled meanwhile
            page.wipe()
            return
        last = page.index + 1 >= page.page_count
        if last:
            self._pdf = None
        try:
            self._on_page(page)
        except BaseException as exc:
            self._pdf = None
            self._on_failed(exc)
            return
        finally:
            page.wipe()
        if last:
            self._on_done(page.page_count)
        else:
            self._next(page.index + 1)

    def _failed(self, exc: BaseException) -> None:
        if self._pdf is None:
            return
        self._pdf = None
        self._on_failed(exc)


def _wrap(page: PageImage) -> QImage:
    """The page's pixels as a QImage over the same memory (no copy, nothing on disk)."""
    return QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGBX8888)


def _fit(width_pt: float, height_pt: float, area: QRectF) -> QRectF:
    """The largest rectangle of the page's proportions inside ``area``, centred across,
    at the top."""
    scale = min(area.width() / width_pt, area.height() / height_pt)
    w, h = width_pt * scale, height_pt * scale
    return QRectF(area.x() + (area.width() - w) / 2, area.y(), w, h)


# -- the printer -------------------------------------------------------------------


def choose_printer(parent: QWidget) -> QPrinter | None:
    """The printer picked in Qt's print dialog, or None (cancelled, or no printer).

    Printing to a file is switched off: that would be an unencrypted PDF written
    behind the user's back (saving one has its own warning here)."""
    if not QPrinterInfo.availablePrinters():
        QMessageBox.information(parent, tr("Print"), tr(NO_PRINTER))
        return None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    dialog.setWindowTitle(tr("Print"))
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        shiboken6.delete(dialog)
        scrub_qt_dialog_settings()
    return printer if accepted else None


@contextmanager
def _spool_file_in_memory(printer: QPrinter) -> Iterator[None]:
    """WORKAROUND for Qt's CUPS print engine (qcupsprintengine.cpp, openPrintDevice):
    it writes the whole job to a file from ``cupsTempFd()`` — in ``$TMPDIR``, else
    /tmp — and only unlinks it after handing it to CUPS, so the pages would sit on
    the disk in plaintext. Where /dev/shm (memory) is writable, TMPDIR points there
    while the job's file is created, which is ``QPainter.begin``."""
    shm = Path("/dev/shm")  # noqa: S108 (RAM, owner-only file from cupsTempFd)
    if (
        printer.outputFormat() is not QPrinter.OutputFormat.NativeFormat
        or not sys.platform.startswith("linux")
        or not (shm.is_dir() and os.access(shm, os.W_OK | os.X_OK))
    ):
        yield
        return
    saved = os.environ.get("TMPDIR")
    os.environ["TMPDIR"] = str(shm)
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = saved


def print_dpi(printer: QPrinter) -> float:
    return float(min(max(printer.resolution(), MIN_PRINT_DPI), MAX_PRINT_DPI))


# -- the dialog --------------------------------------------------------------------


class PrintDialog(QDialog):
    """Choose the version and the way out of one document, then go.

    ``variants`` are the versions (a redaction profile, a period); ``outputs`` the
    ways out offered (the recovery sheet: encrypted file and printer only);
    ``file_name`` the suggested name — never a client's name, which a file name
    would show even when the file is encrypted.
    """

    def __init__(
        self,
        title: str,
        variants: Sequence[Variant],
        *,
        file_name: str,
        variant_label: str = "",
        outputs: Sequence[Output] = ALL_OUTPUTS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if not variants:
            raise ValueError("a document needs at least one variant")
        self.setWindowTitle(tr("Print or save — %1").replace("%1", title))
        self.setModal(True)
        self._variants = list(variants)
        self._file_name = file_name
        self._runner = BackgroundRunner(self, max_threads=1)
        self._busy = False
        self._loop: _PageLoop | None = None
        self._printer: QPrinter | None = None
        self._painter: QPainter | None = None
        self._preview_pages: list[tuple[QPixmap, float, float]] = []
        self.preview: PreviewDialog | None = None  # for tests
        self.printed_pages = 0

        self.variant_combo = QComboBox()
        self.variant_combo.setAccessibleName(variant_label or tr("Version"))
        for variant in self._variants:
            self.variant_combo.addItem(variant.label)
        model = self.variant_combo.model()
        refusals = []
        for index, variant in enumerate(self._variants):
            if variant.allowed:
                continue
            if isinstance(model, QStandardItemModel):
                item = model.item(index)
                if item is not None:
                    item.setEnabled(False)
            self.variant_combo.setItemData(index, variant.refusal, Qt.ItemDataRole.ToolTipRole)
            if variant.refusal:
                refusals.append(variant.refusal)
        first_allowed = next((i for i, v in enumerate(self._variants) if v.allowed), -1)
        self.variant_combo.setCurrentIndex(max(0, first_allowed))
        self.refusal_label = explanation(" ".join(refusals))
        self.refusal_label.setVisible(bool(refusals))

        self.output_buttons: dict[Output, QRadioButton] = {}
        self._output_group = QButtonGroup(self)
        texts = {
            Output.SAVE_ENCRYPTED: tr("Save an &encrypted PDF (recommended)"),
            Output.SAVE_PLAIN: tr("Save an &unencrypted PDF…"),
            Output.PRINTER: tr("&Print on paper…"),
            Output.PREVIEW: tr("Pre&view here (nothing is saved)"),
        }
        outputs_box = QGroupBox(tr("Where should it go?"))
        outputs_layout = QVBoxLayout(outputs_box)
        for output in ALL_OUTPUTS:
            if output not in outputs:
                continue
            button = QRadioButton(texts[output])
            self.output_buttons[output] = button
            self._output_group.addButton(button)
            outputs_layout.addWidget(button)
        next(iter(self.output_buttons.values())).setChecked(True)

        self.password_edit = passphrase_field(tr("PDF password"))
        self.confirm_edit = passphrase_field(tr("PDF password again"))
        self.password_box = QGroupBox(tr("Password for the PDF"))
        password_form = QFormLayout(self.password_box)
        password_form.addRow(tr("Pass&word:"), self.password_edit)
        password_form.addRow(tr("&Again:"), self.confirm_edit)
        password_form.addRow(explanation(tr(PASSWORD_HINT)))

        self.status = StatusLine()
        self.go_button = QPushButton()
        self.go_button.setDefault(True)
        self.go_button.clicked.connect(self.go)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        if len(self._variants) > 1:
            form = QFormLayout()
            form.addRow((variant_label or tr("Version")) + ":", self.variant_combo)
            layout.addLayout(form)
            layout.addWidget(self.refusal_label)
        else:
            self.variant_combo.hide()
            self.refusal_label.hide()
        layout.addWidget(outputs_box)
        layout.addWidget(self.password_box)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self._output_group.buttonToggled.connect(lambda *_: self._output_changed())
        self._output_changed()
        self.resize(520, 480)

    # -- state ---------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._busy

    def output(self) -> Output:
        for output, button in self.output_buttons.items():
            if button.isChecked():
                return output
        return next(iter(self.output_buttons))

    def choose(self, output: Output, variant: int | None = None) -> None:
        """Select a way out (and a version), as a click would."""
        self.output_buttons[output].setChecked(True)
        if variant is not None:
            self.variant_combo.setCurrentIndex(variant)

    def _output_changed(self) -> None:
        output = self.output()
        self.password_box.setVisible(output is Output.SAVE_ENCRYPTED)
        self.go_button.setText(
            {
                Output.SAVE_ENCRYPTED: tr("&Save…"),
                Output.SAVE_PLAIN: tr("&Save…"),
                Output.PRINTER: tr("&Print…"),
                Output.PREVIEW: tr("Pre&view"),
            }[output]
        )
        self.go_button.setAccessibleName(self.go_button.text().replace("&", ""))
        self.status.clear()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.go_button.setEnabled(not busy)
        self.variant_combo.setEnabled(not busy)
        for button in self.output_buttons.values():
            button.setEnabled(not busy)
        if busy:
            self.status.busy(text)

    def _variant(self) -> Variant | None:
        index = self.variant_combo.currentIndex()
        variant = self._variants[index] if 0 <= index < len(self._variants) else None
        if variant is None or not variant.allowed:
            self.status.error(
                (variant.refusal if variant else "") or tr("Choose a version you may print.")
            )
            return None
        return variant

    def _failed(self, exc: BaseException) -> None:
        self._stop_printing(abort=True)
        self._set_busy(False)
        self.status.error(
            tr(PRINTER_FAILED) if isinstance(exc, _PrinterFailed) else user_message(exc)
        )

    # -- go ------------------------------------------------------------------------

    def go(self) -> None:
        if self._busy:
            return
        {
            Output.SAVE_ENCRYPTED: self._save_encrypted,
            Output.SAVE_PLAIN: self._save_plain,
            Output.PRINTER: self._print,
            Output.PREVIEW: self._preview,
        }[self.output()]()

    def _choose_path(self) -> Path | None:
        path = choose_file_to_save(self, tr("Save the PDF"), self._file_name)
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
            if path.exists():
                answer = QMessageBox.question(
                    self,
                    tr("Replace the file?"),
                    tr("A file named %1 is already there. Replace it?").replace("%1", path.name),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return None
        return path

    def _save_encrypted(self) -> None:
        password = self.password_edit.text()
        if len(password) < MIN_PASSWORD_CHARS:
            self.status.error(
                tr("Use a PDF password of at least %1 characters.").replace(
                    "%1", str(MIN_PASSWORD_CHARS)
                )
            )
            self.password_edit.setFocus()
            return
        if password != self.confirm_edit.text():
            self.status.error(tr("The two passwords are not the same; type them again."))
            wipe_field(self.confirm_edit)
            self.confirm_edit.setFocus()
            return
        variant = self._variant()
        if variant is None:
            return
        path = self._choose_path()
        if path is None:
            return
        self._set_busy(True, tr("Making the encrypted PDF…"))
        variant.source.run(
            lambda make: write_private(path, make(password, Output.SAVE_ENCRYPTED)),
            lambda _none: self._saved(encrypted=True),
            self._failed,
        )

    def _save_plain(self) -> None:
        variant = self._variant()
        if variant is None:
            return
        answer = QMessageBox.warning(
            self,
            tr("Save an unencrypted PDF?"),
            tr(PLAIN_WARNING),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Save:
            return
        path = self._choose_path()
        if path is None:
            return
        self._set_busy(True, tr("Making the PDF…"))
        variant.source.run(
            lambda make: write_private(path, make(None, Output.SAVE_PLAIN)),
            lambda _none: self._saved(encrypted=False),
            self._failed,
        )

    def _saved(self, *, encrypted: bool) -> None:
        self._set_busy(False)
        wipe_field(self.password_edit)
        wipe_field(self.confirm_edit)
        self.status.info(
            tr(
                "Saved an encrypted PDF (AES-256). Tell the reader the password by phone, "
                "never in the same e-mail as the file."
            )
            if encrypted
            else tr(
                "Saved an unencrypted PDF, readable only by you on this computer. Delete it "
                "when it has been used."
            )
        )

    # -- the printer ---------------------------------------------------------------

    def _print(self) -> None:
        variant = self._variant()
        if variant is None:
            return
        answer = QMessageBox.warning(
            self,
            tr("Print on paper?"),
            tr(SPOOLER_WARNING),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return
        printer = choose_printer(self)
        if printer is None:
            return
        if printer.outputFormat() is QPrinter.OutputFormat.PdfFormat and not (
            printer.outputFileName()
        ):
            self.status.error(tr(NO_PRINTER))
            return
        # The print queue shows the job's name: never a client's.
        printer.setDocName("caseapp")
        printer.setCreator("caseapp")
        self._printer = printer
        self.printed_pages = 0
        self._set_busy(True, tr("Preparing the pages…"))
        variant.source.run(lambda make: make(None, Output.PRINTER), self._print_pdf, self._failed)

    def _print_pdf(self, pdf: bytes) -> None:
        printer = self._printer
        if printer is None:
            return
        self._loop = _PageLoop(
            self._runner, pdf, print_dpi(printer), self._print_page, self._printed, self._failed
        )
        self._loop.start()

    def _print_page(self, page: PageImage) -> None:
        printer = self._printer
        if printer is None:
            return
        if self._painter is None:
            painter = QPainter()
            with _spool_file_in_memory(printer):
                started = painter.begin(printer)
            if not started:
                raise _PrinterFailed()
            self._painter = painter
        elif not printer.newPage():
            raise _PrinterFailed()
        area = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
        image = _wrap(page)
        self._painter.drawImage(
            _fit(page.width_pt, page.height_pt, area.translated(-area.topLeft())), image
        )
        del image
        self.printed_pages += 1
        self.status.busy(
            tr("Printing page %1 of %2…")
            .replace("%1", str(page.index + 1))
            .replace("%2", str(page.page_count))
        )

    def _printed(self, pages: int) -> None:
        ok = self._stop_printing(abort=False)
        self._set_busy(False)
        if not ok:
            self.status.error(tr(PRINTER_FAILED))
            return
        self.status.info(tr("Sent %n page(s) to the printer.", "", pages))

    def _stop_printing(self, *, abort: bool) -> bool:
        """End (or abort) the print job; True if the printer took it."""
        if self._loop is not None:
            self._loop.cancel()
            self._loop = None
        painter, self._painter = self._painter, None
        printer, self._printer = self._printer, None
        if painter is None:
            return not abort
        if abort and printer is not None:
            printer.abort()
        return bool(painter.end()) and not abort

    # -- the preview ---------------------------------------------------------------

    def _preview(self) -> None:
        variant = self._variant()
        if variant is None:
            return
        self._set_busy(True, tr("Preparing the preview…"))
        variant.source.run(lambda make: make(None, Output.PREVIEW), self._preview_pdf, self._failed)

    def _preview_pdf(self, pdf: bytes) -> None:
        self._preview_pages = []
        self._loop = _PageLoop(
            self._runner, pdf, PREVIEW_DPI, self._preview_page, self._show_preview, self._failed
        )
        self._loop.start()

    def _preview_page(self, page: PageImage) -> None:
        # fromImage converts RGBX to the screen's format: a copy Qt owns, so the
        # rendered pixels can be wiped at once.
        pixmap = QPixmap.fromImage(_wrap(page))
        self._preview_pages.append((pixmap, page.width_pt, page.height_pt))

    def _show_preview(self, _pages: int) -> None:
        self._loop = None
        self._set_busy(False)
        self.status.clear()
        pages, self._preview_pages = self._preview_pages, []
        preview = PreviewDialog(self.windowTitle(), pages, self)
        self.preview = preview
        preview.finished.connect(lambda _r: self._preview_closed(preview))
        preview.open()

    def _preview_closed(self, preview: PreviewDialog) -> None:
        if self.preview is preview:
            self.preview = None

    # -- closing -------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Closing stops what is under way and forgets the password and the pages."""
        for variant in self._variants:
            variant.source.cancel()
        self._stop_printing(abort=True)
        self._preview_pages = []
        if self.preview is not None:
            self.preview.close()
        wipe_field(self.password_edit)
        wipe_field(self.confirm_edit)
        self._set_busy(False)
        super().done(result)


class _PrinterFailed(Exception):
    """The printer refused the job (or a page of it)."""


# -- the documents -----------------------------------------------------------------


def summary_dialog(access: SessionAccess, client_uuid: str, parent: QWidget) -> PrintDialog:
    """The case summary, in the redaction profiles this user may print."""
    from caseapp.core.summary import Profile
    from caseapp.core.users import Role

    def source(profile: Profile) -> SessionSource:
        return SessionSource(
            access,
            lambda s, password, output: s.case_summary_pdf(
                client_uuid, profile, password=password, output=output
            ),
        )

    intake = access.user.role is Role.INTAKE
    variants = [
        Variant(
            tr("Client copy — numbers shown by their last digits, no safety details"),
            source(Profile.CLIENT),
        ),
        Variant(
            tr("Referral — no numbers, addresses, safety details or privileged notes"),
            source(Profile.REFERRAL),
        ),
        Variant(
            tr("Full, for the attorney — everything (recorded as a reveal)"),
            source(Profile.FULL),
            allowed=not intake,
            refusal=tr(
                "Intake staff cannot print the full summary; choose the client copy or "
                "the referral."
            )
            if intake
            else "",
        ),
    ]
    return PrintDialog(
        tr("Case summary"),
        variants,
        file_name=f"case-summary-{client_uuid[:8]}.pdf",
        variant_label=tr("Version"),
        parent=parent,
    )


def intake_form_dialog(access: SessionAccess, parent: QWidget) -> PrintDialog:
    """The blank bilingual intake form, for paper intake."""
    source = SessionSource(
        access, lambda s, password, output: s.intake_form_pdf(password=password, output=output)
    )
    return PrintDialog(
        tr("Blank intake form (English / Spanish)"),
        [Variant(tr("Blank form"), source)],
        file_name="intake-form.pdf",
        parent=parent,
    )


def prefilled_intake_dialog(
    access: SessionAccess, client_uuid: str, parent: QWidget
) -> PrintDialog:
    """The intake form filled in from this client's file, for the client to check
    and correct on paper; numbers, address and safety details only as a reveal."""

    def source(reveal: bool) -> SessionSource:
        return SessionSource(
            access,
            lambda s, password, output: s.intake_form_pdf(
                client_uuid, password=password, output=output, reveal=reveal
            ),
        )

    return PrintDialog(
        tr("Intake form for checking (English / Spanish)"),
        [
            Variant(
                tr('Numbers, address and safety details say "on file"'),
                source(False),
            ),
            Variant(
                tr("With numbers, address and safety details (recorded as a reveal)"),
                source(True),
            ),
        ],
        file_name=f"intake-form-{client_uuid[:8]}.pdf",
        variant_label=tr("Version"),
        parent=parent,
    )


def audit_report_dialog(access: SessionAccess, parent: QWidget) -> PrintDialog:
    """The audit report (administrators and attorneys; the service refuses others)
    for a recent period or the whole log, with the chain's verification."""
    from datetime import UTC, datetime, timedelta

    def source(days: int | None) -> SessionSource:
        def make(s: Session, password: str | None, output: Output) -> bytes:
            today = datetime.now(UTC).date()  # the report's days are UTC days
            since = today - timedelta(days=days) if days is not None else None
            return s.audit_report_pdf(since=since, password=password, output=output)

        return SessionSource(access, make)

    periods = (
        (tr("The last 30 days"), 30),
        (tr("The last 90 days"), 90),
        (tr("The last 12 months"), 365),
        (tr("The whole log"), None),
    )
    return PrintDialog(
        tr("Audit report"),
        [Variant(label, source(days)) for label, days in periods],
        file_name="audit-report.pdf",
        variant_label=tr("Period"),
        parent=parent,
    )
