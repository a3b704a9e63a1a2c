"""The audit viewer, the admin screens, the clipboard and the settings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QSettings
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity
from caseapp.core.errors import PermissionDenied
from caseapp.core.users import Role
from caseapp.gui.application import AppController
from caseapp.gui.clipboard import MARKERS, SecretClipboard
from caseapp.gui.main_window import MainWindow
from caseapp.gui.settings_dialog import IDLE_KEY, idle_minutes
from caseapp.services import vault

StartApp = Callable[..., AppController]
MakeVault = Callable[..., Any]
Unlock = Callable[[AppController, str, str], None]
OTHER = "purple elephant wanders quietly 97"
NEW_USER = "quiet river stone lantern 58"
WORKER_TIMEOUT_MS = 15_000


def _open(start_app: StartApp, unlock: Unlock, made: Any, user: str, passphrase: str) -> MainWindow:
    controller = start_app(made.path, idle_timeout_ms=0)
    unlock(controller, user, passphrase)
    window = controller.main_window
    assert window is not None
    return window


def _tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_the_audit_viewer_filters_and_verifies(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    made = make_vault()
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        client = s.create_client(ClientIdentity("Amara", "Okafor"))
        s.read_client(client)
    window = _open(start_app, unlock, made, made.admin, made.passphrase)
    viewer = window.audit_viewer
    assert viewer is not None
    assert "Audit log" in _tab_titles(window)
    viewer.client_edit.setText(client)
    viewer.show_button.click()
    actions = {viewer.table.item(r, 3).text() for r in range(viewer.table.rowCount())}
    assert {"create_client", "read_client"} <= actions
    assert all(viewer.table.item(r, 4).text() == client for r in range(viewer.table.rowCount()))
    viewer.client_edit.clear()
    viewer.action_combo.setCurrentIndex(viewer.action_combo.findData("unlock"))
    viewer.show_button.click()
    assert viewer.table.rowCount() >= 2
    assert {viewer.table.item(r, 3).text() for r in range(viewer.table.rowCount())} == {"unlock"}
    viewer.since_edit.setText("yesterday")
    viewer.show_button.click()
    assert "year-month-day" in viewer.status.text()
    viewer.since_edit.clear()
    # Verify without the anchor (chain only), then with a wrong anchor.
    viewer.verify_button.click()
    qtbot.waitUntil(lambda: "intact" in viewer.result_label.text(), timeout=WORKER_TIMEOUT_MS)
    assert "chain only" in viewer.result_label.text()
    viewer.anchor_edit.setText("not an anchor")
    viewer.verify_button.click()
    assert viewer.anchor_edit.text() == ""  # never left in the field
    qtbot.waitUntil(lambda: viewer.result_label.text() != "Verifying…", timeout=WORKER_TIMEOUT_MS)
    assert "intact" not in viewer.result_label.text()
    assert "anchor" in viewer.result_label.text().lower()


def test_admin_adds_a_user_and_the_role_screens_follow_the_role(
    qtbot: QtBot,
    start_app: StartApp,
    make_vault: MakeVault,
    unlock: Unlock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = make_vault()
    window = _open(start_app, unlock, made, made.admin, made.passphrase)
    admin = window.admin
    assert admin is not None
    window.tabs.setCurrentWidget(admin)
    assert admin.users.rowCount() == 1
    admin.name_edit.setText("ines")
    admin.role_combo.setCurrentIndex(admin.role_combo.findData(Role.INTAKE.value))
    admin.new_pair.first.setText("short")
    admin.new_pair.second.setText("short")
    admin.add_button.click()
    assert "stronger" in admin.status.text()
    admin.new_pair.first.setText(NEW_USER)
    admin.new_pair.second.setText(NEW_USER)
    admin.add_button.click()
    assert admin.status.text() == "User added."
    assert admin.new_pair.first.text() == ""  # wiped
    assert admin.users.rowCount() == 2
    # Removing the last administrator is refused with the service's message.
    admin.users.selectRow([admin.users.item(r, 0).text() for r in range(2)].index(made.admin))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    admin.remove_button.click()
    assert "administrator" in admin.status.text().lower()
    window.close()

    # The intake user gets neither the audit log nor the administration tab…
    intake = _open(start_app, unlock, made, "ines", NEW_USER)
    assert intake.audit_viewer is None
    assert intake.admin is None
    assert "Audit log" not in _tab_titles(intake)
    assert "Administration" not in _tab_titles(intake)
    # …and the service refuses them even when asked directly.
    with pytest.raises(PermissionDenied):
        intake.access.call(lambda s: s.list_audit(limit=5))
    with pytest.raises(PermissionDenied):
        intake.access.call(lambda s: s.add_user("x", Role.ADMIN, NEW_USER))


def test_the_clipboard_marks_secrets_and_clears_only_its_own(qtbot: QtBot) -> None:
    clipboard = QGuiApplication.clipboard()
    secret = SecretClipboard(clear_after_ms=100)
    secret.copy("A123-456-789")
    data = clipboard.mimeData(QClipboard.Mode.Clipboard)
    assert data.text() == "A123-456-789"
    for kind, value in MARKERS.items():
        assert bytes(data.data(kind).data()) == value, kind
    qtbot.waitUntil(lambda: not secret.pending, timeout=2_000)
    assert clipboard.text() == ""
    # Whatever the user copied since is theirs: it stays.
    secret.copy("A987-654-321")
    mine = QMimeData()
    mine.setText("meeting at 3")
    clipboard.setMimeData(mine)
    secret.clear_if_ours()
    assert clipboard.text() == "meeting at 3"


def test_copying_a_number_needs_a_reveal(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    made = make_vault()
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        client = s.create_client(
            ClientIdentity("Lucía", "Pérez"),
            records=[(rec.new_uuid(), rec.Identifier("itin", "912-55-1234"))],
        )
    window = _open(start_app, unlock, made, made.admin, made.passphrase)
    file = window.open_client(client)
    assert file is not None
    file.tables["identifier"].selectRow(0)
    file.copy_number()
    assert "Reveal" in file.status.text()
    assert "1234" not in QGuiApplication.clipboard().text()
    file.reveal("case_work")
    file.tables["identifier"].selectRow(0)
    file.copy_number()
    assert QGuiApplication.clipboard().text() == "912-55-1234"
    # Locking clears it at once.
    window.clear()
    assert QGuiApplication.clipboard().text() == ""


def test_settings_change_the_idle_lock(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock, settings_file: Any
) -> None:
    made = make_vault()
    controller = start_app(made.path)
    unlock(controller, made.admin, made.passphrase)
    window = controller.main_window
    assert window is not None
    window.show_settings()
    dialog = window.settings_dialog
    dialog.idle_spin.setValue(12)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("es"))
    dialog.accept()
    assert controller.idle.timeout_ms == 12 * 60_000
    stored = QSettings(str(settings_file), QSettings.Format.IniFormat)
    assert idle_minutes(stored) == 12
    stored.setValue(IDLE_KEY, "ninety")
    assert idle_minutes(stored) == 5


def test_documents_are_added_viewed_inside_and_saved_out_privately(
    qtbot: QtBot,
    start_app: StartApp,
    make_vault: MakeVault,
    unlock: Unlock,
    tmp_path: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtGui import QImage

    made = make_vault()
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        client = s.create_client(ClientIdentity("Fatima", "Haidari"))
    window = _open(start_app, unlock, made, made.admin, made.passphrase)
    file = window.open_client(client)
    assert file is not None
    picture = QImage(40, 30, QImage.Format.Format_RGB32)
    picture.fill(0x884422)
    scan = tmp_path / "id card.png"
    assert picture.save(str(scan))
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear Ms. Haidari,\nyour interview is on Monday.\n", encoding="utf-8")
    program = tmp_path / "setup.exe"
    program.write_bytes(b"MZ\x90\x00" + b"\x00" * 200)
    for path in (scan, letter):
        file.add_document_from_file(path)
    file.add_document_from_file(program)
    assert "is a program" in file.status.text()
    table = file.tables["document"]
    assert table.rowCount() == 2  # the program was refused
    kinds = {}
    for row in range(2):
        table.selectRow(row)
        file.view_document()
        kinds[table.item(row, 0).text()] = file.document_viewer.kind
        file.document_viewer.close()
    assert kinds == {"id card.png": "image", "letter.txt": "text"}
    # Saving out asks first; Cancel writes nothing.
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    file.save_document_copy()
    out = tmp_path / "out" / "copy.txt"
    out.parent.mkdir()
    table.selectRow([table.item(r, 0).text() for r in range(2)].index("letter.txt"))
    file.save_document_copy(out)
    assert out.read_text(encoding="utf-8").startswith("Dear Ms. Haidari")
    assert out.stat().st_mode & 0o777 == 0o600
    # Two views inside the app; the copy is recorded as an export, with its reason.
    assert len(_entries(window, client, "read_document")) == 2
    exports = _entries(window, client, "export")
    assert [(e.fields, e.reason) for e in exports] == [("document", "client_request")]


def _entries(window: MainWindow, client: str, action: str) -> list[Any]:
    return list(window.access.call(lambda s: s.list_audit(client=client, action=action)))


def test_file_dialog_settings_are_scrubbed(qtbot: QtBot, tmp_path: Any) -> None:
    # Point user-scope settings at a temp folder (not the developer's own QtProject.conf),
    # and back afterwards.
    from PySide6.QtCore import QStandardPaths

    from caseapp.gui.file_dialogs import scrub_qt_dialog_settings

    home = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    try:
        _scrub_check(tmp_path, scrub_qt_dialog_settings)
    finally:
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, home)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, home)


def _scrub_check(tmp_path: Any, scrub_qt_dialog_settings: Any) -> None:
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt.setValue("FileDialog/lastVisited", "file:///home/x/Clients/Maria Garcia")
    qt.setValue("FileDialog/history", ["file:///home/x/Clients/Maria Garcia"])
    qt.setValue("FileDialog/viewMode", "Detail")
    qt.sync()
    scrub_qt_dialog_settings()
    again = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert again.value("FileDialog/lastVisited") is None
    assert again.value("FileDialog/history") is None
    assert again.value("FileDialog/viewMode") == "Detail"  # harmless layout stays
    assert (tmp_path / "QtProject.conf").exists()


def test_records_are_added_edited_and_deleted_from_the_file(
    qtbot: QtBot,
    start_app: StartApp,
    make_vault: MakeVault,
    unlock: Unlock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

    made = make_vault()
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        client = s.create_client(ClientIdentity("Samuel", "Osei"))
    window = _open(start_app, unlock, made, made.admin, made.passphrase)
    file = window.open_client(client)
    assert file is not None

    # An A-number typed loosely: checked in the dialog, stored, shown masked.
    dialog = file.add_record_of("identifier")
    assert dialog is not None
    kind = dialog.widgets["kind"]
    value = dialog.widgets["value"]
    assert isinstance(kind, QComboBox)
    assert isinstance(value, QLineEdit)
    kind.setCurrentIndex(kind.findData("a_number"))
    value.setText("12-34")  # too short
    dialog._check_and_accept()
    assert dialog.isVisible()
    assert "digits" in dialog.message.text()
    value.setText("a 1234567")  # 7 digits, zero-padded
    dialog._check_and_accept()
    assert not dialog.isVisible()
    assert file.tables["identifier"].rowCount() == 1
    assert "567" in file.tables["identifier"].item(0, 1).text()
    assert "001-234-567" not in file.tables["identifier"].item(0, 1).text()
    # A masked record cannot be edited before a reveal.
    file.tables["identifier"].selectRow(0)
    assert file.edit_record_of("identifier") is None
    assert "Reveal" in file.status.text()

    # Household and income: the eligibility line follows.
    dialog = file.add_record_of("income")
    assert dialog is not None
    amount = dialog.widgets["amount"]
    assert isinstance(amount, QLineEdit)
    amount.setText("2,000.00")
    frequency = dialog.widgets["frequency"]
    assert isinstance(frequency, QComboBox)
    frequency.setCurrentIndex(frequency.findData("monthly"))
    dialog._check_and_accept()
    assert "$24,000.00" in file.eligibility_label.text()

    # A hearing with a date and time; then edited; then deleted.
    dialog = file.add_record_of("hearing")
    assert dialog is not None
    when = dialog.widgets["starts_at"]
    assert isinstance(when, QLineEdit)
    when.setText("2027-03-15 9:30")
    dialog._check_and_accept()
    assert file.tables["hearing"].rowCount() == 1
    assert file.tables["hearing"].item(0, 0).text() == "2027-03-15 09:30"
    file.tables["hearing"].selectRow(0)
    dialog = file.edit_record_of("hearing")
    assert dialog is not None
    where = dialog.widgets["location"]
    assert isinstance(where, QLineEdit)
    where.setText("Room 4, 606 S Olive St")
    dialog._check_and_accept()
    assert file.tables["hearing"].item(0, 2).text() == "Room 4, 606 S Olive St"
    file.tables["hearing"].selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    file.delete_record_of("hearing")
    assert file.tables["hearing"].rowCount() == 0

    # Safety information is tier 1: it is kept, then hidden again until a reveal.
    dialog = file.edit_safety()
    assert dialog is not None
    dv = dialog.widgets["domestic_violence"]
    assert isinstance(dv, QCheckBox)
    dv.setChecked(True)
    dialog._check_and_accept()
    file.load()
    assert "reveal" in file.safety_label.text().lower()
    assert file.edit_safety() is None
    file.reveal("case_work")
    assert "domestic violence" in file.safety_label.text()
    kinds = {e.action for e in window.access.call(lambda s: s.list_audit(client=client))}
    assert {"create_identifier", "create_income", "update_hearing", "delete_hearing"} <= kinds


def test_a_case_opens_for_a_client_on_file_after_the_check(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    made = make_vault()
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        client = s.create_client(ClientIdentity("Rosa", "Mamani"))
        s.create_client(ClientIdentity("Jorge", "Quispe Huamán"))
    window = _open(start_app, unlock, made, made.admin, made.passphrase)
    file = window.open_client(client)
    assert file is not None
    file.show_page("cases")
    file.open_new_case()
    dialog = file.case_dialog
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WORKER_TIMEOUT_MS)
    assert dialog.report is not None
    assert dialog.report.hits == ()
    dialog.case_type.setCurrentIndex(dialog.case_type.findData("u_visa"))
    dialog.adverse_edit.setPlainText("Jorge Quispe")  # another client: a conflict hit
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WORKER_TIMEOUT_MS)
    assert dialog.report is not None
    assert len(dialog.report.hits) == 1
    assert dialog.decision.currentData() == ""  # the reviewer decides; nothing pre-chosen
    dialog.open_button.click()
    assert "Choose the decision" in dialog.status.text()
    dialog.decision.setCurrentIndex(dialog.decision.findData("cleared"))
    # Typing another party makes the list stale: opening waits for the new check.
    dialog.adverse_edit.setPlainText("Jorge Quispe\nEmpresa Ficticia SAC")
    dialog.open_button.click()
    assert "Wait for the conflict check" in dialog.status.text()
    assert file.tables["case"].rowCount() == 0
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WORKER_TIMEOUT_MS)
    dialog.decision.setCurrentIndex(dialog.decision.findData("cleared"))
    with qtbot.waitSignal(dialog.opened, timeout=WORKER_TIMEOUT_MS):
        dialog.open_button.click()
    assert file.tables["case"].rowCount() == 1
    assert file.tables["party"].rowCount() == 2
    assert file.tables["checklist_item"].rowCount() > 0  # the U visa document checklist


def test_ctrl_c_in_the_file_goes_through_the_secret_clipboard(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    from PySide6.QtCore import Qt

    made = make_vault()
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        client = s.create_client(
            ClientIdentity("Lucía", "Pérez"),
            records=[(rec.new_uuid(), rec.Identifier("a_number", "A123456789"))],
        )
    window = _open(start_app, unlock, made, made.admin, made.passphrase)
    file = window.open_client(client)
    assert file is not None
    file.reveal("case_work")
    table = file.tables["identifier"]
    file.show_page("contacts")
    table.setCurrentCell(0, 1)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    data = QGuiApplication.clipboard().mimeData()
    assert data.text() == "A123-456-789"
    assert bytes(data.data("x-kde-passwordManagerHint").data()) == b"secret"
    assert window.clipboard.pending  # cleared in 10 s, or at lock
    window.clear()
    assert QGuiApplication.clipboard().text() == ""


def test_hiding_again_or_revealing_keeps_unsaved_edits(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    made = make_vault()
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        client = s.create_client(ClientIdentity("Kofi", "Mensah"))
    window = _open(start_app, unlock, made, made.admin, made.passphrase)
    file = window.open_client(client)
    assert file is not None
    file.pronouns_edit.setText("he/him")
    file.note_edit.setPlainText("Wants a call after 5 pm.")
    file.reveal("case_work")
    assert file.file is not None
    assert file.file.revealed
    file.hide_again()
    assert not file.file.revealed
    assert file.pronouns_edit.text() == "he/him"
    assert file.dirty
    # A typed note counts as unsaved; Save adds it along with the intake page.
    assert file.save()
    assert not file.dirty
    assert file.note_edit.toPlainText() == ""
    assert file.notes_list.count() == 1


def test_the_list_starts_a_to_z_whatever_header_was_saved(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    from PySide6.QtCore import Qt

    made = make_vault()
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        for family in ("Zuniga", "Abara", "Moreno"):
            s.create_client(ClientIdentity("Test", family))
    controller = start_app(made.path, idle_timeout_ms=0)
    unlock(controller, made.admin, made.passphrase)
    window = controller.main_window
    assert window is not None
    window.clients.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert window.clients.model.index(0, 0).data() == "Zuniga"
    controller.lock()
    unlock(controller, made.admin, made.passphrase)
    window = controller.main_window
    assert window is not None
    assert window.clients.model.index(0, 0).data() == "Abara"
    header = window.clients.table.horizontalHeader()
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    # Given names cannot be sorted by the service: the click is refused, the order kept.
    header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    assert window.clients.model.index(0, 0).data() == "Abara"
    assert "cannot be sorted" in window.clients.status.text()


def test_a_decision_on_a_stale_list_is_refused_by_the_service(make_vault: MakeVault) -> None:
    made = make_vault()
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        client = s.create_client(ClientIdentity("Rosa", "Mamani"))
        s.create_client(ClientIdentity("Jorge", "Quispe"))
        from caseapp.core.errors import InvalidInput

        with pytest.raises(InvalidInput, match="review the list again"):
            s.record_conflict_check(client, "cleared", adverse_names=["Jorge Quispe"], seen_hits=0)
        check, report = s.record_conflict_check(
            client, "cleared", adverse_names=["Jorge Quispe"], seen_hits=1
        )
        assert len(report.hits) == 1
        assert check


def test_the_language_chosen_in_settings_applies_at_the_next_unlock(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    from caseapp.gui import i18n

    made = make_vault()
    controller = start_app(made.path, idle_timeout_ms=0)
    unlock(controller, made.admin, made.passphrase)
    window = controller.main_window
    assert window is not None
    try:
        window.show_settings()
        dialog = window.settings_dialog
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("es"))
        dialog.accept()
        assert window.tabs.tabText(0) == "Clients"  # this window keeps its language
        controller.lock()
        unlock(controller, made.admin, made.passphrase)
        window = controller.main_window
        assert window is not None
        assert window.tabs.tabText(0) == "Clientes"
    finally:
        i18n.install("en")
