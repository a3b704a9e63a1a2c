"""Restore from a backup through the gate window: into an empty folder from the
create page, or over the vault there from the unlock page (confirmed, the old
vault backed up and set aside) — and a wrong passphrase changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from caseapp.core.clients import ClientIdentity
from caseapp.core.errors import WrongPassphrase
from caseapp.core.users import Role
from caseapp.crypto.kdf import FLOOR
from caseapp.gui import file_dialogs
from caseapp.gui.application import AppController
from caseapp.gui.error_text import user_message
from caseapp.services import vault

StartApp = Callable[..., AppController]
Unlock = Callable[[AppController, str, str], None]

ADMIN = "ana"
PASS = "correct horse battery staple 42"
PARALEGAL = ("paz", "purple elephant wanders quietly 97")
TIMEOUT_MS = 15_000


class Office:
    def __init__(self, path: Path, backup: Path, anchor: str) -> None:
        self.path, self.backup, self.anchor = path, backup, anchor


@pytest.fixture
def office(tmp_path: Path) -> Office:
    """An office vault with one client and a paralegal, and a backup of it."""
    path = tmp_path / "office"
    created = vault.create_vault(path, ADMIN, PASS, kdf_params=FLOOR)
    out = tmp_path / "usb" / "office.caseapp-backup"
    out.parent.mkdir()
    with vault.unlock(path, ADMIN, PASS) as s:
        s.create_client(ClientIdentity("Adaeze", "Okonkwo"))
        s.add_user(PARALEGAL[0], Role.PARALEGAL, PARALEGAL[1])
        s.backup(out)
    return Office(path, out, created.audit_anchor)


@pytest.fixture
def chooser(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The file chooser answers, in turn, the paths a test appends (then: cancelled)."""
    answers: list[str] = []

    def choose(_parent: Any, _title: str) -> Path | None:
        return Path(answers.pop(0)) if answers else None

    monkeypatch.setattr(file_dialogs, "choose_file_to_open", choose)
    return answers


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[Any]:
    """Every QMessageBox.warning answers ``button``; returns each (text, default) asked."""
    asked: list[Any] = []

    def warning(
        _parent: Any, _title: str, text: str, _buttons: Any, default: Any
    ) -> QMessageBox.StandardButton:
        asked.append((text, default))
        return button

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return asked


def _shot(qtbot: QtBot, widget: QWidget, path: Path) -> None:
    """A screenshot for a person to look at (kept under pytest's --basetemp)."""
    qtbot.wait(30)  # laid out as a user would see it
    assert widget.grab().save(str(path))
    assert QImage(str(path)).width() >= 500


def _clients(path: Path) -> list[str]:
    with vault.unlock(path, ADMIN, PASS) as s:
        return sorted(c.family_names for c in s.list_clients(limit=100))


def _restore_page_from_create(controller: AppController) -> Any:
    controller.gate.create_page.restore_button.click()
    page = controller.gate.restore_page
    assert controller.gate.stack.currentWidget() is page
    assert "Restore from a backup" in controller.gate.windowTitle()
    assert not page.replacing
    return page


def _wait_not_busy(qtbot: QtBot, page: Any) -> None:
    qtbot.waitUntil(lambda: not page.is_busy, timeout=TIMEOUT_MS)


def test_restore_into_an_empty_folder_then_unlock(
    qtbot: QtBot,
    start_app: StartApp,
    unlock: Unlock,
    office: Office,
    chooser: list[str],
    tmp_path: Path,
    settings_file: Path,
) -> None:
    target = tmp_path / "new-laptop"
    controller = start_app(target, idle_timeout_ms=0)
    page = _restore_page_from_create(controller)
    assert not page.restore_button.isEnabled()
    chooser.append(str(office.backup))
    page.choose_button.click()
    assert page.file_edit.text() == str(office.backup)
    page.user_edit.setText(ADMIN)
    page.passphrase_edit.setText(PASS)
    page.anchor_edit.setText(office.anchor)
    assert page.restore_button.isEnabled()
    _shot(qtbot, controller.gate, tmp_path / "restore_page.png")
    page.restore_button.click()
    assert page.status.busy_bar.isVisibleTo(page)
    assert page.passphrase_edit.text() == ""  # wiped on submit
    unlock_page = controller.gate.unlock_page
    qtbot.waitUntil(
        lambda: controller.gate.stack.currentWidget() is unlock_page, timeout=TIMEOUT_MS
    )
    info = unlock_page.status.text()
    assert "restored from the backup" in info
    assert "audit entries verified" in info
    assert "not checked against the audit anchor" not in info  # the anchor was given
    assert unlock_page.user_combo.currentText() == ADMIN
    assert page.anchor_edit.text() == ""  # wiped once used
    _shot(qtbot, controller.gate, tmp_path / "restored_unlock_page.png")
    unlock(controller, ADMIN, PASS)
    assert controller.main_window is not None
    controller.lock()
    assert _clients(target) == ["Okonkwo"]
    # No path to the backup, or anything else but window state, in the settings.
    controller.settings.sync()
    if settings_file.exists():
        text = settings_file.read_text(encoding="latin-1")
        assert "usb" not in text
        assert "office" not in text


def test_a_wrong_passphrase_says_so_and_restores_nothing(
    qtbot: QtBot, start_app: StartApp, office: Office, chooser: list[str], tmp_path: Path
) -> None:
    target = tmp_path / "new-laptop"
    controller = start_app(target)
    page = _restore_page_from_create(controller)
    page.file_edit.setText(str(office.backup))
    page.user_edit.setText(ADMIN)
    page.passphrase_edit.setText(PASS + " typo")
    page.restore_button.click()
    _wait_not_busy(qtbot, page)
    assert controller.gate.stack.currentWidget() is page
    assert page.status.text() == user_message(WrongPassphrase())
    assert not target.exists()
    assert not vault.vault_exists(target)
    assert [p.name for p in tmp_path.iterdir() if "restoring" in p.name] == []
    _shot(qtbot, controller.gate, tmp_path / "restore_error.png")
    # What was typed stays (but the passphrase): the retry needs only the passphrase.
    assert page.file_edit.text() == str(office.backup)
    assert page.user_edit.text() == ADMIN
    # Without the anchor, the info line says what was not checked.
    page.passphrase_edit.setText(PASS)
    page.restore_button.click()
    unlock_page = controller.gate.unlock_page
    qtbot.waitUntil(
        lambda: controller.gate.stack.currentWidget() is unlock_page, timeout=TIMEOUT_MS
    )
    assert "not checked against the audit anchor" in unlock_page.status.text()
    assert vault.user_names(target) == [ADMIN, PARALEGAL[0]]


def test_back_returns_to_the_create_page_and_wipes_the_fields(
    start_app: StartApp, chooser: list[str], tmp_path: Path
) -> None:
    controller = start_app(tmp_path / "new-laptop")
    page = _restore_page_from_create(controller)
    page.choose_button.click()  # cancelled: nothing chosen, nothing filled in
    assert page.file_edit.text() == ""
    page.passphrase_edit.setText(PASS)
    page.back_button.click()
    assert controller.gate.stack.currentWidget() is controller.gate.create_page
    assert page.passphrase_edit.text() == ""


def _restore_page_from_unlock(controller: AppController) -> Any:
    controller.gate.unlock_page.restore_button.click()
    page = controller.gate.restore_page
    assert controller.gate.stack.currentWidget() is page
    assert page.replacing
    assert page.user_edit.text() == ADMIN  # the user chosen on the unlock page
    assert "set aside" in page.intro.text()
    assert "not deleted" in page.intro.text()
    assert "same user name and passphrase" in page.intro.text()
    return page


def _set_aside(tmp_path: Path) -> list[str]:
    return sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("office-"))


def test_replacing_the_vault_is_confirmed_and_keeps_the_old_one(
    qtbot: QtBot,
    start_app: StartApp,
    unlock: Unlock,
    office: Office,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with vault.unlock(office.path, ADMIN, PASS) as s:
        s.create_client(ClientIdentity("Bola", "Afterthebackup"))
    controller = start_app(office.path, idle_timeout_ms=0)
    page = _restore_page_from_unlock(controller)
    page.file_edit.setText(str(office.backup))
    page.passphrase_edit.setText(PASS)
    _shot(qtbot, controller.gate, tmp_path / "restore_replace_page.png")

    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    page.restore_button.click()
    assert len(asked) == 1
    text, default = asked[0]
    assert "set aside" in text
    assert "not deleted" in text
    assert default == QMessageBox.StandardButton.Cancel
    # Cancelled: nothing ran, nothing was wiped, nothing moved.
    assert not page.is_busy
    assert page.passphrase_edit.text() == PASS
    assert controller.gate.stack.currentWidget() is page
    assert _set_aside(tmp_path) == []
    assert _clients(office.path) == ["Afterthebackup", "Okonkwo"]

    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    page.restore_button.click()
    unlock_page = controller.gate.unlock_page
    qtbot.waitUntil(
        lambda: controller.gate.stack.currentWidget() is unlock_page, timeout=TIMEOUT_MS
    )
    info = unlock_page.status.text()
    assert "restored from the backup" in info
    assert "backed up to" in info
    assert "set aside in" in info
    aside = _set_aside(tmp_path)
    assert len(aside) == 2
    assert any(name.endswith(".caseapp-backup") for name in aside)
    replaced = next(tmp_path / name for name in aside if "-replaced-" in name)
    assert _clients(replaced) == ["Afterthebackup", "Okonkwo"]  # set aside, intact
    assert _clients(office.path) == ["Okonkwo"]  # as it was at the backup
    unlock(controller, ADMIN, PASS)
    assert controller.main_window is not None


def test_replacing_needs_an_administrator(
    qtbot: QtBot,
    start_app: StartApp,
    office: Office,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller = start_app(office.path)
    page = _restore_page_from_unlock(controller)
    page.file_edit.setText(str(office.backup))
    page.user_edit.setText(PARALEGAL[0])  # opens the backup, but is no administrator
    page.passphrase_edit.setText(PARALEGAL[1])
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    page.restore_button.click()
    _wait_not_busy(qtbot, page)
    assert controller.gate.stack.currentWidget() is page
    assert page.status.text()
    assert _set_aside(tmp_path) == []
    assert [p.name for p in tmp_path.iterdir() if "restoring" in p.name] == []
    assert _clients(office.path) == ["Okonkwo"]
    # Back goes to the unlock page, not the create page.
    page.back_button.click()
    assert controller.gate.stack.currentWidget() is controller.gate.unlock_page


def test_the_unlock_line_says_when_a_damaged_vault_was_set_aside(qapp: object) -> None:
    from caseapp.gui.restore_page import restored_message
    from caseapp.services.backup import RestoreResult

    result = RestoreResult(
        Path("/v"), "b", 12, None, Path("/v-replaced-1"), True, replaced_damaged=True
    )
    text = restored_message(result)
    assert "12 audit entries verified" in text
    assert "could not be opened (it is damaged)" in text
    assert "/v-replaced-1" in text
    assert "not checked against the audit anchor" not in text
