"""Drive the whole GUI once, as a paralegal would, in this process (offscreen).

Run by test_gui_leaks.py in a subprocess whose HOME, XDG_* and TMPDIR point
into a temp tree, so every file Qt or caseapp writes lands where the test
can scan it. Usage: ``python gui_flow.py VAULT_DIR GIVEN FAMILY A_NUMBER NOTE``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from caseapp.core import records as rec
from caseapp.crypto import kdf
from caseapp.gui.application import AppController
from caseapp.services import vault

PASSPHRASE = "correct horse battery staple 42"


def wait_until(condition: object, timeout_ms: int = 15_000) -> None:
    loop = QEventLoop()
    waited = 0
    while not condition():  # type: ignore[operator]
        QTimer.singleShot(20, loop.quit)
        loop.exec()
        waited += 20
        if waited > timeout_ms:
            raise SystemExit("timed out")


def main() -> int:
    vault_dir, given, family, a_number, note = sys.argv[1:6]
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
    # A scan of a paper, from a folder named after the client, through the file dialog.
    folder = Path(vault_dir).parent / "Documents" / f"{given} {family}"
    folder.mkdir(parents=True)
    picture = QImage(64, 48, QImage.Format.Format_RGB32)
    picture.fill(0x3366AA)
    scan = folder / f"{family} passport.png"
    assert picture.save(str(scan))

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
        dialog.setDirectory(str(folder))  # browse into the client's folder, as a person would
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.setText(str(scan))
        dialog.accept()

    QTimer.singleShot(20, pick)
    file.add_document_from_file()  # type: ignore[attr-defined]
    assert file.tables["document"].rowCount() == 1  # type: ignore[attr-defined]
    file.tables["document"].selectRow(0)  # type: ignore[attr-defined]
    file.view_document()  # type: ignore[attr-defined]
    file.document_viewer.close()  # type: ignore[attr-defined]
    scan.unlink()
    file.reveal("case_work")  # type: ignore[attr-defined]
    # Copy the revealed number (the secret clipboard), and save the scan out again.
    file.tables["identifier"].selectRow(0)  # type: ignore[attr-defined]
    file.copy_number()  # type: ignore[attr-defined]
    file.tables["document"].selectRow(0)  # type: ignore[attr-defined]
    file.save_document_copy(folder / "copy.png")  # type: ignore[attr-defined]
    file.preferred_edit.setText(given + "ito")  # type: ignore[attr-defined]
    file.save()  # type: ignore[attr-defined]
    file.load_history()  # type: ignore[attr-defined]

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

    # Lock, unlock again, and quit the way a user does (closing the window).
    window.lock_action.trigger()
    page.passphrase_edit.setText(PASSPHRASE)
    page.unlock_button.click()
    wait_until(lambda: controller.main_window is not None)
    controller.main_window.close()  # type: ignore[union-attr]
    controller.shutdown()
    app.quit()
    print("flow complete")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
