"""The backup reminder and the Back up action in the real main window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from caseapp.core.clients import ClientIdentity
from caseapp.core.users import Role
from caseapp.gui import file_dialogs
from caseapp.gui.application import AppController
from caseapp.services import backup as backups
from caseapp.services import vault

StartApp = Callable[..., AppController]
MakeVault = Callable[..., Any]
Unlock = Callable[[AppController, str, str], None]
TIMEOUT_MS = 20_000
PARALEGAL = ("paz", "purple elephant wanders quietly 97")


def test_an_admin_is_reminded_and_backs_up_from_the_window(
    qtbot: QtBot,
    start_app: StartApp,
    make_vault: MakeVault,
    unlock: Unlock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = make_vault()
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        s.create_client(ClientIdentity("Lucía", "Quispe"))
    controller = start_app(made.path, idle_timeout_ms=0)
    unlock(controller, made.admin, made.passphrase)
    window = controller.main_window
    assert window is not None
    # Never backed up: the reminder says so.
    qtbot.waitUntil(lambda: window.backup_reminder.isVisibleTo(window), timeout=TIMEOUT_MS)
    assert "never been backed up" in window.backup_reminder_label.text()
    target = tmp_path / "usb" / "office.caseapp-backup"
    target.parent.mkdir()
    suggested: list[str] = []

    def choose(_parent: Any, _title: str, name: str) -> Path:
        suggested.append(name)
        return target

    monkeypatch.setattr(file_dialogs, "choose_file_to_save", choose)
    window.backup_now_button.click()
    qtbot.waitUntil(lambda: not window.backup_reminder.isVisibleTo(window), timeout=TIMEOUT_MS)
    assert target.exists()
    assert "Backup written" in window.statusBar().currentMessage()
    assert suggested[0].startswith("caseapp-backup-")  # a date, never a client's name
    assert backups.verify_backup(target, made.admin, made.passphrase).ok
    # Fresh: no reminder at the next check.
    window.check_backup_reminder()
    qtbot.wait(200)
    assert not window.backup_reminder.isVisibleTo(window)


def test_no_backup_action_or_reminder_for_other_roles(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    made = make_vault()
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        s.add_user(PARALEGAL[0], Role.PARALEGAL, PARALEGAL[1])
    controller = start_app(made.path, idle_timeout_ms=0)
    unlock(controller, *PARALEGAL)
    window = controller.main_window
    assert window is not None
    qtbot.wait(200)
    assert not window.backup_reminder.isVisibleTo(window)
    in_menus = [
        action
        for top in window.menuBar().actions()
        if top.menu() is not None
        for action in top.menu().actions()
    ]
    assert window.backup_action not in in_menus
    assert window.audit_report_action not in in_menus
