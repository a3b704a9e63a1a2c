"""The real GUI on a real (FLOOR-cost) vault: create, unlock, lock, recover."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QMenu, QToolBar, QWidget
from pytestqt.qtbot import QtBot

from caseapp.core.errors import WrongPassphrase
from caseapp.core.users import Role
from caseapp.gui.application import CREATED_MESSAGE, IDLE_LOCK_MESSAGE, AppController
from caseapp.gui.create_vault_page import MISMATCH
from caseapp.gui.error_text import user_message
from caseapp.gui.recovery_code_page import PRINT_LATER
from caseapp.services import vault

StartApp = Callable[..., AppController]
MakeVault = Callable[..., Any]  # tests/conftest.py make_vault -> MadeVault
Unlock = Callable[[AppController, str, str], None]

PASSPHRASE = "correct horse battery staple 42"
OTHER_PASSPHRASE = "purple elephant wanders quietly 97"
WORKER_TIMEOUT_MS = 15_000

CODE = re.compile(r"^[0-9A-Z]{5}(-[0-9A-Z]{5}){7}$")


# -- create-vault wizard ------------------------------------------------------


def test_no_vault_shows_the_wizard(start_app: StartApp, tmp_path: Path) -> None:
    controller = start_app(tmp_path / "new")
    assert controller.gate.stack.currentWidget() is controller.gate.create_page
    assert not controller.gate.create_page.create_button.isEnabled()


def test_weak_passphrase_keeps_create_disabled(start_app: StartApp, tmp_path: Path) -> None:
    page = start_app(tmp_path / "new").gate.create_page
    page.name_edit.setText("mgarcia")
    for weak in ("password123", "mgarciamgarcia", "aaaaaaaaaaaaaaaa"):
        page.passphrase_edit.setText(weak)
        page.confirm_edit.setText(weak)
        assert not page.create_button.isEnabled(), weak
        assert not page.meter.acceptable
        assert page.meter.label.text().startswith("Strength: ")
        assert page.meter.feedback.text()
    page.passphrase_edit.setText(PASSPHRASE)
    page.confirm_edit.setText(PASSPHRASE)
    assert page.meter.acceptable
    assert page.create_button.isEnabled()


def test_long_passphrase_is_accepted(start_app: StartApp, tmp_path: Path) -> None:
    # zxcvbn refuses input over 72 characters; the policy judges the first 72.
    page = start_app(tmp_path / "new").gate.create_page
    page.name_edit.setText("mgarcia")
    long = "correct horse battery staple under the old bridge near the river bend at dawn"
    page.passphrase_edit.setText(long)
    page.confirm_edit.setText(long)
    assert page.create_button.isEnabled()
    assert page.meter.acceptable


def test_mismatch_is_explained(start_app: StartApp, tmp_path: Path) -> None:
    page = start_app(tmp_path / "new").gate.create_page
    page.name_edit.setText("mgarcia")
    page.passphrase_edit.setText(PASSPHRASE)
    page.confirm_edit.setText(PASSPHRASE + "!")
    assert page.mismatch_label.text() == MISMATCH
    assert not page.create_button.isEnabled()
    page.confirm_edit.setText(PASSPHRASE)
    assert page.mismatch_label.text() == ""
    assert page.create_button.isEnabled()


def test_invalid_user_name_is_explained(start_app: StartApp, tmp_path: Path) -> None:
    page = start_app(tmp_path / "new").gate.create_page
    page.name_edit.setText("no spaces please")
    page.passphrase_edit.setText(PASSPHRASE)
    page.confirm_edit.setText(PASSPHRASE)
    assert "User names" in page.name_error.text()
    assert not page.create_button.isEnabled()


def test_create_shows_the_recovery_code_once(
    qtbot: QtBot, start_app: StartApp, tmp_path: Path
) -> None:
    path = tmp_path / "new"
    controller = start_app(path)
    page = controller.gate.create_page
    qtbot.keyClicks(page.name_edit, "mgarcia")
    page.passphrase_edit.setText(PASSPHRASE)
    page.confirm_edit.setText(PASSPHRASE)
    qtbot.keyClick(page.confirm_edit, Qt.Key.Key_Return)
    assert page.status.busy_bar.isVisible()
    assert page.passphrase_edit.text() == ""
    assert page.confirm_edit.text() == ""

    code_page = controller.gate.recovery_code_page
    qtbot.waitUntil(
        lambda: controller.gate.stack.currentWidget() is code_page, timeout=WORKER_TIMEOUT_MS
    )
    shown = code_page.code_label.text().replace("\n", "")
    assert CODE.match(shown), shown
    assert len(shown.split("-")) == 8
    assert (
        code_page.code_label.font().fixedPitch()
        or "mono" in code_page.code_label.font().family().lower()
    )
    assert vault.vault_exists(path)
    assert vault.user_names(path) == ["mgarcia"]

    assert not code_page.continue_button.isEnabled()
    code_page.print_button.click()
    assert code_page.status.text() == PRINT_LATER
    code_page.written_check.setChecked(True)
    assert code_page.continue_button.isEnabled()
    code_page.continue_button.click()

    unlock_page = controller.gate.unlock_page
    assert controller.gate.stack.currentWidget() is unlock_page
    assert code_page.code_label.text() == ""
    assert unlock_page.user_combo.currentText() == "mgarcia"
    assert unlock_page.status.text() == CREATED_MESSAGE

    # The code shown is the real one: it opens the vault.
    session = vault.unlock_with_recovery(path, shown, "mgarcia", OTHER_PASSPHRASE)
    session.lock()


def test_the_audit_anchor_is_shown_beside_the_code_and_verifies(
    qtbot: QtBot, start_app: StartApp, tmp_path: Path
) -> None:
    path = tmp_path / "new"
    controller = start_app(path)
    page = controller.gate.create_page
    page.name_edit.setText("mgarcia")
    page.passphrase_edit.setText(PASSPHRASE)
    page.confirm_edit.setText(PASSPHRASE)
    page.create_button.click()
    code_page = controller.gate.recovery_code_page
    qtbot.waitUntil(
        lambda: controller.gate.stack.currentWidget() is code_page, timeout=WORKER_TIMEOUT_MS
    )
    code = code_page.code_label.text().replace("\n", "")
    anchor = code_page.anchor_label.text().replace("\n", "")
    assert CODE.match(anchor), anchor
    assert anchor != code
    code_page.written_check.setChecked(True)
    code_page.continue_button.click()
    assert code_page.anchor_label.text() == ""
    with vault.unlock(path, "mgarcia", PASSPHRASE) as session:
        result = session.verify_audit(anchor=anchor)
    assert result.ok
    assert result.mac_checked


def test_a_broken_audit_log_is_shown_after_unlock(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault
) -> None:
    made = make_vault()
    with vault.unlock(made.path, made.admin, made.passphrase) as session:
        conn = session._db()
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET user_name = 'someone' WHERE seq = 1")
    controller = start_app(made.path)
    page = controller.gate.unlock_page
    page.passphrase_edit.setText(made.passphrase)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WORKER_TIMEOUT_MS)
    window = controller.main_window
    assert window is not None
    assert not window.audit_warning.isHidden()
    assert "does not verify" in window.audit_warning.text()
    assert "entry 1" in window.audit_warning.text()


# -- unlock ----------------------------------------------------------------------


def test_wrong_passphrase_shows_the_message_and_opens_nothing(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    made = make_vault()
    controller = start_app(made.path)
    page = controller.gate.unlock_page
    assert controller.gate.stack.currentWidget() is page
    assert page.passphrase_edit.echoMode() is QLineEdit.EchoMode.Password
    unlock(controller, made.admin, "not the passphrase at all")
    assert page.status.text() == str(WrongPassphrase())
    assert controller.session is None
    assert controller.main_window is None
    assert page.passphrase_edit.text() == ""


def test_right_passphrase_opens_the_main_window(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault
) -> None:
    made = make_vault()
    controller = start_app(made.path)
    page = controller.gate.unlock_page
    assert page.user_combo.currentText() == made.admin
    page.passphrase_edit.setFocus()
    qtbot.keyClicks(page.passphrase_edit, made.passphrase)
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_Return)  # Enter submits
    assert page.passphrase_edit.text() == ""
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WORKER_TIMEOUT_MS)
    window = controller.main_window
    assert window is not None
    qtbot.waitExposed(window)
    assert controller.session is not None
    assert not controller.session.is_locked
    assert controller.session.user.role is Role.ADMIN
    assert window.user_label.text() == f"Signed in as {made.admin} (Admin)"
    # The client list is the first page, its search box ready for typing.
    assert window.tabs.currentWidget() is window.clients
    assert window.clients.model.rowCount() == 0
    assert made.admin in window.windowTitle()
    assert not controller.gate.isVisible()


def test_ctrl_l_locks_and_returns_to_unlock(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    made = make_vault()
    controller = start_app(made.path)
    unlock(controller, made.admin, made.passphrase)
    window = controller.main_window
    session = controller.session
    assert window is not None
    assert session is not None
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert session.is_locked
    assert controller.session is None
    assert controller.main_window is None
    assert controller.gate.isVisible()
    assert controller.gate.stack.currentWidget() is controller.gate.unlock_page
    assert controller.gate.unlock_page.user_combo.currentText() == made.admin
    # Locked means released: the vault opens again (here, from outside the GUI).
    vault.unlock(made.path, made.admin, made.passphrase).lock()


def test_lock_action_is_in_the_menu_and_toolbar(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    made = make_vault()
    controller = start_app(made.path)
    unlock(controller, made.admin, made.passphrase)
    window = controller.main_window
    assert window is not None
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    menus = window.menuBar().findChildren(QMenu)
    assert any(window.lock_action in m.actions() for m in menus)
    toolbars = window.findChildren(QToolBar)
    assert any(window.lock_action in t.actions() for t in toolbars)


def test_idle_auto_lock(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    made = make_vault()
    controller = start_app(made.path, idle_timeout_ms=300)
    unlock(controller, made.admin, made.passphrase)
    session = controller.session
    assert session is not None
    assert controller.idle.active
    qtbot.waitUntil(lambda: session.is_locked, timeout=5_000)
    assert controller.main_window is None
    assert controller.gate.stack.currentWidget() is controller.gate.unlock_page
    assert controller.gate.unlock_page.status.text() == IDLE_LOCK_MESSAGE
    assert not controller.idle.active


def test_input_postpones_idle_lock(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    made = make_vault()
    controller = start_app(made.path, idle_timeout_ms=600)
    unlock(controller, made.admin, made.passphrase)
    window = controller.main_window
    session = controller.session
    assert window is not None
    assert session is not None
    for _ in range(6):  # 6 × 200 ms of typing: twice the timeout, never idle for long
        qtbot.keyClick(window.clients.table, Qt.Key.Key_Down)
        qtbot.wait(200)
        assert not session.is_locked
    qtbot.waitUntil(lambda: session.is_locked, timeout=5_000)


def test_closing_the_main_window_locks(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    made = make_vault()
    controller = start_app(made.path)
    unlock(controller, made.admin, made.passphrase)
    session = controller.session
    window = controller.main_window
    assert session is not None
    assert window is not None
    window.close()
    assert session.is_locked
    assert controller.session is None
    assert not controller.idle.active


def test_second_instance_is_told_the_vault_is_open(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    made = make_vault()
    other = vault.unlock(made.path, made.admin, made.passphrase)
    try:
        controller = start_app(made.path)
        unlock(controller, made.admin, made.passphrase)
        assert "already open on this computer" in controller.gate.unlock_page.status.text()
        assert controller.session is None
    finally:
        other.lock()


def test_throttled_unlock_counts_down(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    made = make_vault()
    for _ in range(3):  # three free failures, then each one owes a wait
        with pytest.raises(WrongPassphrase):
            vault.unlock(made.path, made.admin, "wrong wrong wrong wrong")
    assert vault.unlock_delay_remaining(made.path) > 0
    controller = start_app(made.path)
    page = controller.gate.unlock_page
    page.passphrase_edit.setText(made.passphrase)
    assert page.throttle_label.isVisible()
    assert "try again in" in page.throttle_label.text()
    assert not page.unlock_button.isEnabled()
    qtbot.waitUntil(lambda: page.unlock_button.isEnabled(), timeout=5_000)
    assert not page.throttle_label.isVisible()
    unlock(controller, made.admin, made.passphrase)
    assert controller.session is not None


# -- recovery code ------------------------------------------------------------------


def test_recovery_code_opens_the_vault_with_a_new_passphrase(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    made = make_vault()
    controller = start_app(made.path)
    controller.gate.unlock_page.forgot_button.click()
    page = controller.gate.recover_page
    assert controller.gate.stack.currentWidget() is page
    assert page.user_combo.currentText() == made.admin
    page.code_edit.setText(made.recovery_code.lower())
    page.passphrase_edit.setText(OTHER_PASSPHRASE)
    page.confirm_edit.setText(OTHER_PASSPHRASE + "x")
    assert page.mismatch_label.text() == MISMATCH
    assert not page.submit_button.isEnabled()
    page.confirm_edit.setText(OTHER_PASSPHRASE)
    assert page.submit_button.isEnabled()
    qtbot.keyClick(page.confirm_edit, Qt.Key.Key_Return)
    assert page.passphrase_edit.text() == ""
    assert page.confirm_edit.text() == ""
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WORKER_TIMEOUT_MS)
    assert controller.session is not None
    assert controller.session.user.name == made.admin
    assert page.code_edit.text() == ""
    controller.lock()
    # The new passphrase is now the one that opens it.
    unlock(controller, made.admin, OTHER_PASSPHRASE)
    assert controller.session is not None


def test_mistyped_recovery_code_is_explained(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault
) -> None:
    made = make_vault()
    controller = start_app(made.path)
    controller.gate.unlock_page.forgot_button.click()
    page = controller.gate.recover_page
    typo = ("Z" if made.recovery_code[0] != "Z" else "Y") + made.recovery_code[1:]
    page.code_edit.setText(typo)
    page.passphrase_edit.setText(OTHER_PASSPHRASE)
    page.confirm_edit.setText(OTHER_PASSPHRASE)
    page.submit_button.click()
    qtbot.waitUntil(lambda: not page.is_busy, timeout=WORKER_TIMEOUT_MS)
    assert "Group 1" in page.status.text()
    assert controller.session is None
    page.back_button.click()
    assert controller.gate.stack.currentWidget() is controller.gate.unlock_page


# -- hygiene ----------------------------------------------------------------------


def test_settings_hold_window_geometry_only(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock, settings_file: Path
) -> None:
    made = make_vault()
    controller = start_app(made.path)
    unlock(controller, made.admin, made.passphrase)
    controller.lock()
    controller.settings.sync()
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    # Window state only: the window's geometry and the list's column layout.
    assert sorted(settings.allKeys()) == ["client_list/header", "main_window/geometry"]
    text = settings_file.read_text(encoding="latin-1")
    assert made.passphrase not in text
    assert made.admin not in text


def test_every_input_and_button_has_an_accessible_name(start_app: StartApp, tmp_path: Path) -> None:
    controller = start_app(tmp_path / "new")
    unnamed = [
        w.objectName() or type(w).__name__ + ":" + getattr(w, "text", lambda: "")()
        for w in controller.gate.findChildren(QWidget)
        if isinstance(w, QLineEdit | QComboBox | QAbstractButton) and not w.accessibleName()
    ]
    assert unnamed == []


def test_unexpected_errors_show_the_type_only() -> None:
    message = user_message(KeyError("secret client name"))
    assert "KeyError" in message
    assert "secret client name" not in message
    assert user_message(WrongPassphrase()) == str(WrongPassphrase())


def test_the_unlock_screen_does_not_import_the_main_window() -> None:
    code = (
        "import sys; import caseapp.gui.application; "
        "print('caseapp.gui.main_window' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


def test_an_unlock_still_running_at_shutdown_is_locked_again(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault
) -> None:
    made = make_vault()
    controller = start_app(made.path)
    page = controller.gate.unlock_page
    page.passphrase_edit.setText(made.passphrase)
    page.unlock_button.click()
    controller.shutdown()  # before the worker's answer reaches the UI thread
    assert controller.session is None
    vault.unlock(made.path, made.admin, made.passphrase).lock()  # nothing holds the vault
    qtbot.wait(50)  # a late delivery must not open a window either
    assert controller.main_window is None


def test_run_gui_shows_the_wizard_and_exits_cleanly(tmp_path: Path) -> None:
    code = f"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from caseapp.crypto.kdf import FLOOR
from caseapp.gui.application import run_gui

app = QApplication(sys.argv[:1])
seen = []

def look_and_close():
    seen.extend(w.windowTitle() for w in app.topLevelWidgets() if w.isVisible())
    for w in app.topLevelWidgets():
        w.close()

QTimer.singleShot(200, look_and_close)
rc = run_gui(Path({str(tmp_path / "vault")!r}), kdf_params=FLOOR)
print(rc, seen, app.applicationName(), app.organizationName())
"""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert out.strip() == "0 ['caseapp — Create vault'] caseapp caseapp"
