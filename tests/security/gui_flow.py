"""Drive the whole GUI once, as a paralegal would, in this process (offscreen).

Run by test_gui_leaks.py in a subprocess whose HOME, XDG_* and TMPDIR point
into a temp tree, so every file Qt or caseapp writes lands where the test
can scan it. Usage: ``python gui_flow.py VAULT_DIR PLANTED_JSON`` (the planted
client, tests/security/forensics.py, in a file outside the tree).

The flow: unlock; a new intake (conflict check) with the planted name; the
A-number and a note; a deadline and a task through the record editor; a
scanned paper through the real file dialog from a folder named after the
client, viewed and saved out again; reveal and the secret clipboard; edits
saved; unsaved edits kept through an idle lock; search by name and number;
the dashboard; the case summary saved as an encrypted and as an unencrypted
PDF (the real save dialog), previewed and printed (a PDF printer); the
pre-filled and the blank intake form previewed; the audit report saved; the
audit viewer and its verification; the purge review; a backup through the
save dialog; a field kit; the settings; lock, unlock and quit. Then a field
laptop (its own window) takes an intake of the planted client and seals it to
the "USB stick", and the office, started again, imports it. At each point where a
temporary file could be open (after each print, save, preview and backup, and
before exit) the process's deleted-but-open files are read
(forensics.scan_open_deleted); hits are printed for the parent test.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
from datetime import date, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

from forensics import (
    COUNT_PREFIX,
    OUTSIDE_PREFIX,
    Hit,
    Planted,
    WriteWatch,
    report,
    scan_open_deleted,
    self_check,
)
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from caseapp.core import records as rec
from caseapp.crypto import kdf
from caseapp.gui import print_dialog
from caseapp.gui.application import AppController
from caseapp.services import field, vault
from caseapp.services import files as service_files
from caseapp.services.printing import Output

PASSPHRASE = "correct horse battery staple 42"
PDF_PASSWORD = "pdf password marigold 77"
KIT_PASS = "olive branches sway near rivers 61"
FIELD_USER = "maria"


def wait_until(condition: object, timeout_ms: int = 15_000) -> None:
    loop = QEventLoop()
    waited = 0
    while not condition():  # type: ignore[operator]
        QTimer.singleShot(20, loop.quit)
        loop.exec()
        waited += 20
        if waited > timeout_ms:
            raise SystemExit(f"gui_flow: timed out at line {sys._getframe(1).f_lineno}")


STEPS = [0]  # the flow's stages and its prints, counted for the tally


def step() -> None:
    STEPS[0] += 1


def fail(message: str) -> None:
    """A failed expectation, said (caseapp's hooks redact assertion messages)."""
    raise SystemExit(f"gui_flow: {message}")


class Look:
    """The /proc/self/fd look, taken at the flow's points; hits kept for the report."""

    def __init__(self, planted: Planted) -> None:
        self.planted = planted
        self.hits: list[Hit] = []
        self.points = 0
        self.files = 0
        self._lock = threading.Lock()  # worker threads look too

    def __call__(self, where: str) -> None:
        found = scan_open_deleted(self.planted)
        with self._lock:
            self.points += 1
            self.files += len(found.checked)
            self.hits += [Hit(f"{where}: {h.where}", h.what) for h in found.hits]


def answer_file_dialog(path: Path, folder: Path | None = None) -> None:
    """When Qt's file dialog shows (it blocks in exec()), browse to ``folder`` and
    choose ``path``, as a person would."""

    def pick() -> None:
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QFileDialog) and w.isVisible()
        ]
        if not dialogs:
            QTimer.singleShot(20, pick)
            return
        dialog = dialogs[0]
        if folder is not None:
            dialog.setDirectory(str(folder))
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.setText(str(path))
        dialog.accept()

    QTimer.singleShot(20, pick)


def answer_warnings(button: QMessageBox.StandardButton) -> None:
    """Every QMessageBox.warning (save unencrypted? print?) is answered ``button``."""

    def warning(*_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        return button

    QMessageBox.warning = warning  # type: ignore[method-assign]


def print_through(dialog: Any, output: Output, look: Look, where: str, *, path: Path | None = None,
                  folder: Path | None = None) -> None:  # fmt: skip
    """Send the open print dialog's document to ``output`` and wait for it."""
    step()
    dialog.choose(output)
    if output is Output.SAVE_ENCRYPTED:
        dialog.password_edit.setText(PDF_PASSWORD)
        dialog.confirm_edit.setText(PDF_PASSWORD)
    if path is not None:
        answer_file_dialog(path, folder)
    dialog.go_button.click()
    if output is Output.PREVIEW:
        wait_until(lambda: dialog.preview is not None)
        look(f"{where}: preview open")
        dialog.preview.close()
    else:
        wait_until(lambda: not dialog.busy)
        look(f"{where}: done")
    if path is not None and not path.exists():
        fail(f"{where}: nothing written ({dialog.status.text()})")


def main() -> int:
    vault_dir = sys.argv[1]
    planted = Planted.from_json(Path(sys.argv[2]).read_text(encoding="utf-8"))
    given, family, a_number, note = planted.given, planted.family, planted.a_number, planted.note
    watch = WriteWatch(planted).install()
    look = Look(planted)
    tree = Path(os.environ["HOME"])
    self_check(planted, watch, Path(os.environ["TMPDIR"]))
    # A look at the open files at the moment a file is written (on the worker thread
    # that made the PDF or the copy: its temp files, if any, are open then).
    original_write = service_files.write_atomic  # type: ignore[attr-defined]

    def write_watched(path: Path, data: bytes, *args: Any, **kwargs: Any) -> Any:
        look(f"while writing {path.name}")
        return original_write(path, data, *args, **kwargs)

    service_files.write_atomic = write_watched  # type: ignore[attr-defined]
    QApplication.setApplicationName("caseapp")
    QApplication.setOrganizationName("caseapp")
    app = QApplication(sys.argv[:1])
    vault.create_vault(Path(vault_dir), "mgarcia", PASSPHRASE, kdf_params=kdf.FLOOR)
    controller = AppController(Path(vault_dir), idle_timeout_ms=0)  # the app's own QSettings
    controller.start()
    page = controller.gate.unlock_page
    page.passphrase_edit.setText(PASSPHRASE)
    page.unlock_button.click()
    wait_until(lambda: controller.main_window is not None)
    window = controller.main_window
    assert window is not None

    step()
    # New intake with the planted name, a case, then the number and a note.
    window.new_intake()
    dialog = window.intake_dialog
    dialog.given_edit.insert(given)
    dialog.family_edit.insert(family)
    dialog.adverse_edit.setPlainText(f"{given} Adverso")
    wait_until(lambda: dialog.report is not None)
    dialog.save_button.click()
    file = window.tabs.currentWidget()
    client = file.client_uuid  # type: ignore[attr-defined]
    controller.access.call(  # type: ignore[union-attr]
        lambda s: s.add_record(client, rec.Identifier("a_number", a_number))
    )
    file.note_edit.setPlainText(note)  # type: ignore[attr-defined]
    file.add_note()  # type: ignore[attr-defined]
    step()
    # A deadline and a task, through the record editor.
    for kind, values in (
        ("deadline", {"due_on": (date.today() + timedelta(days=9)).isoformat(),
                      "title": f"file the I-589 for {family}"}),
        ("task", {"title": f"call {given} about the hearing"}),
    ):  # fmt: skip
        editor = file.add_record_of(kind)  # type: ignore[attr-defined]
        if editor is None:
            fail(f"no editor for a {kind}")
        for name, value in values.items():
            editor.widgets[name].setText(value)
        editor._check_and_accept()
        if editor.isVisible():
            fail(f"the {kind} was refused: {editor.message.text()}")
        if file.tables[kind].rowCount() != 1:  # type: ignore[attr-defined]
            fail(f"the {kind} is not in the file")
    step()
    # A scan of a paper, from a folder named after the client, through the file dialog.
    folder = Path(vault_dir).parent / "Documents" / f"{given} {family}"
    folder.mkdir(parents=True)
    picture = QImage(64, 48, QImage.Format.Format_RGB32)
    picture.fill(0x3366AA)
    scan = folder / f"{family} passport.png"
    assert picture.save(str(scan))

    answer_file_dialog(scan, folder)  # browse into the client's folder
    file.add_document_from_file()  # type: ignore[attr-defined]
    assert file.tables["document"].rowCount() == 1  # type: ignore[attr-defined]
    file.tables["document"].selectRow(0)  # type: ignore[attr-defined]
    file.view_document()  # type: ignore[attr-defined]
    file.document_viewer.close()  # type: ignore[attr-defined]
    scan.unlink()
    file.reveal("case_work")  # type: ignore[attr-defined]
    step()
    # Copy the revealed number (the secret clipboard), and save the scan out again.
    file.tables["identifier"].selectRow(0)  # type: ignore[attr-defined]
    file.copy_number()  # type: ignore[attr-defined]
    file.tables["document"].selectRow(0)  # type: ignore[attr-defined]
    file.save_document_copy(folder / "copy.png")  # type: ignore[attr-defined]
    file.preferred_edit.setText(given + "ito")  # type: ignore[attr-defined]
    file.save()  # type: ignore[attr-defined]
    file.load_history()  # type: ignore[attr-defined]

    step()
    # Unsaved edits through an idle lock: kept as a draft, back after the unlock.
    file.pronouns_edit.setText(f"{given} pronoun")  # type: ignore[attr-defined]
    file.note_edit.setPlainText(f"unsaved {note}")  # type: ignore[attr-defined]
    controller._idle_lock()
    page.passphrase_edit.setText(PASSPHRASE)
    page.unlock_button.click()
    wait_until(lambda: controller.main_window is not None)
    window = controller.main_window
    assert window is not None
    restored = window.file_tabs()
    assert [f.client_uuid for f in restored] == [client], "the draft did not come back"
    assert restored[0].save()

    step()
    # Search by name and by number; the dashboard; the shortcuts.
    window.show_clients()
    panel = window.clients
    for text in (given, family, a_number):
        panel.search_edit.setText(text)
        wait_until(lambda: not panel.debounce.isActive())
        wait_until(lambda: panel.status.text() != "Searching…")
        assert panel.model.searching
        assert panel.model.rowCount() == 1, f"search found {panel.model.rowCount()}"
    window.show_dashboard()
    wait_until(lambda: window.dashboard.loaded)
    window.show_shortcuts()

    step()
    # The case summary: an encrypted PDF and an unencrypted one (after the warning)
    # saved through the real dialog into the client's folder, the preview, and the
    # printer (a PDF printer stands in for the office's).
    file = window.open_client(client)
    if file is None:
        fail("the file did not open again")
    dialog = file.print_summary()
    encrypted_pdf = folder / "summary.pdf"
    print_through(dialog, Output.SAVE_ENCRYPTED, look, "summary saved encrypted",
                  path=encrypted_pdf, folder=folder)  # fmt: skip
    answer_warnings(QMessageBox.StandardButton.Save)
    print_through(dialog, Output.SAVE_PLAIN, look, "summary saved unencrypted",
                  path=folder / "summary-plain.pdf", folder=folder)  # fmt: skip
    print_through(dialog, Output.PREVIEW, look, "summary previewed")
    printout = folder / "printout.pdf"

    def pdf_printer(_parent: object) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printout))
        return printer

    print_dialog.choose_printer = pdf_printer  # type: ignore[assignment]
    answer_warnings(QMessageBox.StandardButton.Ok)
    print_through(dialog, Output.PRINTER, look, "summary printed")
    if not printout.exists() or dialog.printed_pages < 1:
        fail(f"nothing printed ({dialog.status.text()})")
    dialog.close()
    step()
    # The intake form, pre-filled for checking and blank; the audit report.
    dialog = file.print_intake_form()
    print_through(dialog, Output.PREVIEW, look, "pre-filled intake form previewed")
    dialog.close()
    window.print_intake_form()
    print_through(window.print_dialog, Output.PREVIEW, look, "blank intake form previewed")
    window.print_dialog.close()
    window.print_audit_report()
    print_through(window.print_dialog, Output.SAVE_ENCRYPTED, look, "audit report saved",
                  path=tree / "Documents" / "audit.pdf")  # fmt: skip
    window.print_dialog.close()

    step()
    # The audit viewer (this client's entries, then the verification) and the purge review.
    viewer = window.audit_viewer
    if viewer is None:
        fail("an administrator has no audit viewer")
    viewer.client_edit.setText(client)
    viewer.show_button.click()
    wait_until(lambda: viewer.table.rowCount() > 0)
    viewer.verify_button.click()
    window.admin.review_due()  # type: ignore[union-attr]

    step()
    # A backup through the save dialog, to a "USB stick".
    usb = tree / "usb"
    usb.mkdir()
    backup_file = usb / "office.caseapp-backup"
    answer_file_dialog(backup_file, usb)
    window.back_up()
    wait_until(lambda: "Backup written" in window.statusBar().currentMessage())
    look("after the backup")
    window.show_settings()
    window.settings_dialog.accept()

    # A field laptop's kit, made by the administrator.
    kit = usb / "kit"
    kit.mkdir()
    controller.access.call(  # type: ignore[union-attr]
        lambda s: s.make_field_kit(kit, "Clinic laptop 2", KIT_PASS, kdf_params=kdf.FLOOR)
    )

    step()
    # Lock, unlock again, and quit the way a user does (closing the window).
    window.lock_action.trigger()
    page.passphrase_edit.setText(PASSPHRASE)
    page.unlock_button.click()
    wait_until(lambda: controller.main_window is not None)
    controller.main_window.close()  # type: ignore[union-attr]
    controller.shutdown()

    step()
    # The field laptop: an intake with the planted client (another family name, the
    # same number and note), sealed to the USB stick; then the office imports it.
    laptop = tree / "laptop"
    field.create_field_vault(laptop, FIELD_USER, PASSPHRASE, kit, KIT_PASS, kdf_params=kdf.FLOOR)
    on_laptop = AppController(laptop, idle_timeout_ms=0)
    on_laptop.start()
    laptop_page = on_laptop.gate.unlock_page
    laptop_page.user_combo.setCurrentText(FIELD_USER)
    laptop_page.passphrase_edit.setText(PASSPHRASE)
    laptop_page.unlock_button.click()
    wait_until(lambda: on_laptop.main_window is not None)
    field_window = on_laptop.main_window
    field_window.new_button.click()  # type: ignore[union-attr]
    intake = field_window.intake_dialog  # type: ignore[union-attr]
    intake.given_edit.setText(given)
    intake.family_edit.setText(family + "campo")
    intake.a_number_edit.setText(a_number)
    intake.note_edit.setPlainText(f"field {note}")
    intake.save_button.click()
    if field_window.waiting.count() != 1:  # type: ignore[union-attr]
        fail(f"the field intake was not taken: {intake.status.text()}")
    outbox = usb / "outbox"
    outbox.mkdir()
    field_window.seal_into(outbox)  # type: ignore[union-attr]
    wait_until(lambda: field_window.waiting.count() == 0)  # type: ignore[union-attr]
    look("after sealing on the laptop")
    on_laptop.main_window.close()  # type: ignore[union-attr]
    on_laptop.shutdown()

    controller = AppController(Path(vault_dir), idle_timeout_ms=0)  # the app started again
    controller.start()
    page = controller.gate.unlock_page
    page.passphrase_edit.setText(PASSPHRASE)
    page.unlock_button.click()
    wait_until(lambda: controller.main_window is not None)
    window = controller.main_window
    window.import_sealed_intakes()  # type: ignore[union-attr]
    importer = window.import_dialog  # type: ignore[union-attr]
    importer.import_folder(outbox)
    wait_until(lambda: importer.choose_button.isEnabled())
    if not importer.summary.text().startswith("1 imported"):
        fail(f"the sealed intake was not imported: {importer.summary.text()}")
    importer.close()
    look("after the import")
    window.close()  # type: ignore[union-attr]
    controller.shutdown()
    gc.collect()
    look("before exit")
    app.quit()
    report(look.hits)
    report(watch.hits)
    for path in watch.outside(tree):
        print(f"{OUTSIDE_PREFIX}{path}", flush=True)
    for key, value in (
        ("steps", STEPS[0]),
        ("fd_checks", look.points),
        ("fd_files", look.files),
        ("removed_files", watch.removed),
        ("anonymous_files", len(watch.anonymous)),
    ):
        print(f"{COUNT_PREFIX}{key}={value}", flush=True)
    print("flow complete", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
