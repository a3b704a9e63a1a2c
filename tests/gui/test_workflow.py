"""The day's work through the real GUI on a real vault: intake with the conflict
check, type-ahead, the client file, locks, and the file's audit history."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from caseapp.core import records as rec
from caseapp.core.users import Role
from caseapp.gui.application import AppController
from caseapp.gui.client_file import ClientFileWidget
from caseapp.gui.client_list import UUID_ROLE
from caseapp.gui.main_window import MainWindow
from caseapp.services import vault

StartApp = Callable[..., AppController]
MakeVault = Callable[..., Any]
Unlock = Callable[[AppController, str, str], None]

PASSPHRASE = "correct horse battery staple 42"
OTHER = "purple elephant wanders quietly 97"
WORKER_TIMEOUT_MS = 15_000


def _window(controller: AppController) -> MainWindow:
    window = controller.main_window
    assert window is not None
    return window


def _intake(
    qtbot: QtBot,
    window: MainWindow,
    given: str,
    family: str,
    dob: str = "",
    *,
    case: bool = True,
    adverse: str = "",
    expect_hits: int | None = None,
) -> str:
    """Fill the new-intake dialog as a paralegal would and save it; returns the client id."""
    window.new_intake_action.trigger()
    dialog = window.intake_dialog
    qtbot.waitExposed(dialog)
    # keyClicks types ASCII only; insert() is what an input method delivers.
    dialog.given_edit.insert(given)
    dialog.family_edit.insert(family)
    if dob:
        qtbot.keyClicks(dialog.dob_edit, dob)
    dialog.case_check.setChecked(case)
    if adverse:
        dialog.adverse_edit.setPlainText(adverse)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WORKER_TIMEOUT_MS)
    assert dialog.report is not None
    if expect_hits is not None:
        assert len(dialog.report.hits) == expect_hits, dialog.hits_label.text()
    if dialog.report.hits:
        # Nothing is chosen for the reviewer: saving now is refused, with a reason.
        assert dialog.decision.currentData() == ""
        dialog.save_button.click()
        assert "Choose the decision" in dialog.status.text()
        dialog.decision.setCurrentIndex(dialog.decision.findData("cleared"))
    with qtbot.waitSignal(dialog.created, timeout=WORKER_TIMEOUT_MS) as created:
        dialog.save_button.click()
    return str(created.args[0])


def _search(qtbot: QtBot, window: MainWindow, text: str) -> list[str]:
    panel = window.clients
    panel.search_edit.clear()
    panel.search_edit.insert(text)
    qtbot.waitUntil(
        lambda: panel.model.searching and not panel.debounce.isActive(), timeout=WORKER_TIMEOUT_MS
    )
    qtbot.waitUntil(lambda: not window.access.is_open or _settled(window), timeout=5_000)
    return [panel.model.index(r, 0).data(UUID_ROLE) for r in range(panel.model.rowCount())]


def _settled(window: MainWindow) -> bool:
    return window.clients.status.text() != "Searching…"


def test_intake_search_edit_lock_and_the_audit_trail(
    qtbot: QtBot, start_app: StartApp, tmp_path: Path, unlock: Unlock
) -> None:
    # Create the vault through the wizard, then unlock.
    controller = start_app(tmp_path / "office", idle_timeout_ms=0)
    page = controller.gate.create_page
    qtbot.keyClicks(page.name_edit, "mgarcia")
    page.passphrase_edit.setText(PASSPHRASE)
    page.confirm_edit.setText(PASSPHRASE)
    page.create_button.click()
    code_page = controller.gate.recovery_code_page
    qtbot.waitUntil(
        lambda: controller.gate.stack.currentWidget() is code_page, timeout=WORKER_TIMEOUT_MS
    )
    code_page.written_check.setChecked(True)
    code_page.continue_button.click()
    unlock(controller, "mgarcia", PASSPHRASE)
    window = _window(controller)
    qtbot.waitExposed(window)

    # A first client, then a second intake whose name is a near match: a conflict hit.
    first = _intake(qtbot, window, "María José", "García López", "1990-07-25", case=False)
    assert window.tabs.currentWidget().client_uuid == first  # type: ignore[attr-defined]
    window.close_file_action.trigger()
    second = _intake(qtbot, window, "Maria Jose", "Garcia-Lopez", "1990-07-25", expect_hits=1)
    dialog = window.intake_dialog
    assert "1 possible conflict" in dialog.hits_label.text()
    assert "María José García López" in dialog.hits.item(0, 0).text()
    assert dialog.hits.item(0, 3).text()  # why it matched
    file = window.tabs.currentWidget()
    assert isinstance(file, ClientFileWidget)
    assert file.client_uuid == second
    assert file.file is not None
    cases = file.file.of(rec.Case)
    assert len(cases) == 1
    assert cases[0].record.subcode == "asylum"
    assert file.case_table.rowCount() == 1
    assert file.file.of(rec.ConflictCheck)[0].record.decision == "cleared"
    # The window title never names a client.
    assert "Garc" not in window.windowTitle()

    # Type-ahead finds both, with and without accents; results replace the list.
    window.show_clients()
    assert set(_search(qtbot, window, "garcia")) == {first, second}
    assert set(_search(qtbot, window, "García")) == {first, second}
    assert _search(qtbot, window, "zzzz") == []
    assert "No client matches" in window.clients.status.text()
    window.clients.search_edit.clear()
    qtbot.waitUntil(lambda: not window.clients.model.searching, timeout=5_000)
    assert window.clients.model.rowCount() == 2

    # Open the first from the list with the keyboard and edit the intake page.
    assert set(_search(qtbot, window, "Maria Jose")) == {first, second}
    row = window.clients.model.row_of(first)
    window.clients.table.setFocus()
    window.clients.table.selectRow(row)
    qtbot.keyClick(window.clients.table, Qt.Key.Key_Return)
    file = window.tabs.currentWidget()
    assert isinstance(file, ClientFileWidget)
    assert file.client_uuid == first
    file.preferred_edit.setText("Majo")
    assert file.dirty
    assert file.save_button.isEnabled()
    assert window.tabs.tabText(window.tabs.currentIndex()).endswith("*")
    file.dob_edit.setText("2090-01-01")
    assert "future" in file.validation.text()
    assert not file.save_button.isEnabled()
    file.dob_edit.setText("1990-07-25")
    assert file.save()
    assert not file.dirty

    # An idle lock (a short timer stands in for five quiet minutes), then unlock.
    controller.idle.timeout_ms = 200
    controller.idle.start()
    qtbot.waitUntil(lambda: controller.session is None, timeout=5_000)
    assert controller.main_window is None
    controller.idle.timeout_ms = 0
    unlock(controller, "mgarcia", PASSPHRASE)
    window = _window(controller)
    assert window.file_tabs() == []  # nothing of the old files survives a lock
    assert set(_search(qtbot, window, "Majo")) == {first}
    file = window.open_client(first)
    assert file is not None
    assert file.preferred_edit.text() == "Majo"

    # The file's history shows each step, newest first.
    file.show_page("history")
    file.history_button.click()
    actions = [file.history_table.item(r, 2).text() for r in range(file.history_table.rowCount())]
    for expected in ("create_client", "read_client", "update_client", "audit_viewed"):
        assert expected in actions, actions
    # And the audit viewer, filtered to the second client, shows the intake and its case.
    viewer = window.audit_viewer
    assert viewer is not None
    window.tabs.setCurrentWidget(viewer)
    viewer.client_edit.setText(second)
    viewer.show_button.click()
    shown = {viewer.table.item(r, 3).text() for r in range(viewer.table.rowCount())}
    assert {"create_client", "create_conflict_check", "create_case", "read_client"} <= shown
    viewer.client_edit.clear()
    viewer.show_button.click()
    everything = {viewer.table.item(r, 3).text() for r in range(viewer.table.rowCount())}
    assert {"search_clients", "lock", "unlock", "update_client", "conflict_check"} <= everything


def test_reveal_is_recorded_with_its_reason(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    made = make_vault()
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        client = s.create_client(
            rec_identity("Lucía", "Pérez"),
            records=[(rec.new_uuid(), rec.Identifier("a_number", "A123456789"))],
        )
    controller = start_app(made.path, idle_timeout_ms=0)
    unlock(controller, made.admin, made.passphrase)
    window = _window(controller)
    file = window.open_client(client)
    assert file is not None
    assert "123-456-789" not in file.identifier_table.item(0, 1).text()
    file.ask_reveal()
    file.reveal_dialog.setTextValue(file.reveal_dialog.comboBoxItems()[0])
    file.reveal_dialog.accept()
    assert file.identifier_table.item(0, 1).text() == "A123-456-789"
    assert file.hide_button.isVisible()
    reveals = controller.access.call(  # type: ignore[union-attr]
        lambda s: s.list_audit(client=client, action="reveal", limit=10)
    )
    assert [e.reason for e in reveals] == ["case_work"]
    file.hide_button.click()
    assert "123-456-789" not in file.identifier_table.item(0, 1).text()


def test_closing_or_locking_with_unsaved_edits_asks(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    made = make_vault()
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        client = s.create_client(rec_identity("Tomás", "Quispe"))
    controller = start_app(made.path, idle_timeout_ms=0)
    unlock(controller, made.admin, made.passphrase)
    window = _window(controller)
    file = window.open_client(client)
    assert file is not None
    file.preferred_edit.setText("Tomi")

    def answer(button: QMessageBox.StandardButton) -> None:
        def press() -> None:
            box = window.unsaved_box
            if box is None:
                QTimerShot(press)
                return
            box.button(button).click()

        QTimerShot(press)

    # Cancel keeps everything: still unlocked, the edit still there.
    answer(QMessageBox.StandardButton.Cancel)
    window.lock_action.trigger()
    assert controller.session is not None
    assert file.preferred_edit.text() == "Tomi"
    # Closing the window asks too; Save saves, then it closes and locks.
    answer(QMessageBox.StandardButton.Save)
    window.close()
    assert controller.session is None
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        assert s.read_client(client).identity.preferred_name == "Tomi"


def test_intake_staff_see_only_their_own_and_cannot_clear_conflicts(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    made = make_vault()
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        s.add_user("ines", Role.INTAKE, OTHER)
        theirs = s.create_client(rec_identity("Ana Sofía", "Mendoza Ruiz"))
    controller = start_app(made.path, idle_timeout_ms=0)
    unlock(controller, "ines", OTHER)
    window = _window(controller)
    assert window.clients.model.rowCount() == 0  # another user's intake is not listed
    assert window.open_client(theirs) is None
    assert "only the intakes they started" in window.statusBar().currentMessage()
    window.new_intake_action.trigger()
    dialog = window.intake_dialog
    dialog.given_edit.insert("Ana Sofia")
    dialog.family_edit.insert("Mendoza")
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WORKER_TIMEOUT_MS)
    assert dialog.report is not None
    assert dialog.report.hits
    assert "withheld" in dialog.hits_label.text()
    assert "Ana" not in dialog.hits.item(0, 0).text()
    dialog.decision.setCurrentIndex(dialog.decision.findData("cleared"))
    dialog.save_button.click()
    assert "did not open" in dialog.status.text()
    assert "paralegal or attorney" in dialog.status.text()
    dialog.reject()
    file = window.tabs.currentWidget()
    assert isinstance(file, ClientFileWidget)  # saved without a case, and opened
    assert file.file is not None
    assert not file.file.of(rec.Case)


def test_dashboard_lists_the_asylum_deadline(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    from datetime import date, timedelta

    made = make_vault()
    arrived = date.today() - timedelta(days=365 - 20)
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        client = s.create_client(
            rec_identity("Yohannes", "Tesfaye"),
            records=[(rec.new_uuid(), rec.Entry(arrived, "San Ysidro", "without_inspection"))],
        )
        # The deadline exists while an asylum case is open.
        check, _report = s.record_conflict_check(client, "no_conflict")
        s.open_case(client, rec.Case("asylum", date.today()), check)
    controller = start_app(made.path, idle_timeout_ms=0)
    unlock(controller, made.admin, made.passphrase)
    window = _window(controller)
    with qtbot.waitSignal(window.dashboard.refreshed, timeout=WORKER_TIMEOUT_MS):
        window.dashboard_action.trigger()
    table = window.dashboard.asylum
    assert table.rowCount() == 1
    assert table.item(0, 2).text() == "Yohannes Tesfaye"
    with qtbot.waitSignal(window.dashboard.open_requested) as opened:
        window.dashboard._open(table, 0)
    assert opened.args == [client]


def test_every_input_of_the_main_window_has_an_accessible_name(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    made = make_vault()
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        client = s.create_client(rec_identity("Nguyễn", "Thị Lan"))
    controller = start_app(made.path, idle_timeout_ms=0)
    unlock(controller, made.admin, made.passphrase)
    window = _window(controller)
    window.open_client(client)
    inputs = (
        QLineEdit,
        QComboBox,
        QAbstractSpinBox,
        QPlainTextEdit,
        QAbstractItemView,
        QAbstractButton,
    )
    unnamed = [
        f"{type(w).__name__}:{type(w.parent()).__name__}:{w.objectName()}"
        for w in window.findChildren(QWidget)
        if isinstance(w, inputs)
        and not w.accessibleName()
        and not (isinstance(w, QAbstractButton) and w.text())  # a button's text is its name
        # Qt's own parts of a widget (the spin box itself carries the name)
        and not isinstance(w.parent(), QComboBox | QTabBar | QAbstractSpinBox)
        and w.objectName() != "qt_tableview_cornerbutton"
        and not (isinstance(w, QAbstractItemView) and isinstance(w.parent(), QFrame))  # popups
        and type(w).__name__ not in {"QToolButton", "QHeaderView"}
    ]
    assert unnamed == [], sorted(set(unnamed))
    window.shortcuts_action.trigger()
    keys = {
        window.shortcuts_dialog.table.item(r, 0).text()
        for r in range(window.shortcuts_dialog.table.rowCount())
    }
    assert {"Ctrl+L", "Ctrl+N", "Ctrl+F", "F1"} <= keys


def rec_identity(given: str, family: str) -> Any:
    from caseapp.core.clients import ClientIdentity

    return ClientIdentity(given, family)


def QTimerShot(fn: Callable[[], None]) -> None:
    from PySide6.QtCore import QTimer

    QTimer.singleShot(20, fn)


_ = pytest


def test_unsaved_edits_survive_an_idle_lock(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    made = make_vault()
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        client = s.create_client(rec_identity("Darius", "Rahimi"))
    controller = start_app(made.path, idle_timeout_ms=0)
    unlock(controller, made.admin, made.passphrase)
    window = _window(controller)
    file = window.open_client(client)
    assert file is not None
    file.preferred_edit.setText("Dari")
    file.dob_edit.setText("1988-13")  # half typed, not valid yet: kept as typed
    file.note_edit.setPlainText("Called about the work permit.")
    controller.idle.timeout_ms = 200
    controller.idle.start()
    qtbot.waitUntil(lambda: controller.session is None, timeout=5_000)
    controller.idle.timeout_ms = 0
    # Nothing was saved to the file itself; the draft is in the vault, encrypted.
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        assert s.read_client(client).identity.preferred_name == ""
        assert s.drafted_clients() == [client]
        # Only what was changed is kept: a draft cannot undo someone else's later edits.
        assert set(s.read_draft(client) or {}) == {
            "preferred_name",
            "date_of_birth",
            "new_note",
            "new_note_privileged",
            "new_note_sensitive",
        }
    unlock(controller, made.admin, made.passphrase)
    window = _window(controller)
    files = window.file_tabs()
    assert [f.client_uuid for f in files] == [client]  # reopened by itself
    file = files[0]
    assert file.dirty
    assert file.preferred_edit.text() == "Dari"
    assert file.dob_edit.text() == "1988-13"
    assert file.note_edit.toPlainText() == "Called about the work permit."
    assert "before the lock" in file.status.text()
    file.dob_edit.setText("1988-12-01")
    assert file.save()
    assert controller.access is not None
    assert controller.access.call(lambda s: s.drafted_clients()) == []
    actions = {e.action for e in controller.access.call(lambda s: s.list_audit(client=client))}
    assert {"save_draft", "read_draft", "discard_draft"} <= actions
