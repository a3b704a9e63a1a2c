"""Set up as a field laptop through the gate window, from a kit an office vault
made: a wrong kit passphrase creates nothing; a right one makes a field vault
and shows the unlock page saying so."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from caseapp.crypto.kdf import FLOOR
from caseapp.gui import file_dialogs
from caseapp.gui.application import AppController
from caseapp.gui.create_vault_page import MISMATCH
from caseapp.gui.field_setup_page import FIELD_READY, FieldSetupPage
from caseapp.services import field, vault

StartApp = Callable[..., AppController]

ADMIN = "ana"
PASS = "correct horse battery staple 42"
FIELD_USER = "fieldworker"
FIELD_PASS = "clinic laptop passphrase horse 9"
KIT_PASS = "kit passphrase given in person"
TIMEOUT_MS = 15_000


@pytest.fixture
def kit(tmp_path: Path) -> Path:
    """The folder holding a field kit an office vault made (FLOOR cost)."""
    office = tmp_path / "office"
    vault.create_vault(office, ADMIN, PASS, kdf_params=FLOOR)
    folder = tmp_path / "usb"
    folder.mkdir()
    with vault.unlock(office, ADMIN, PASS) as s:
        s.make_field_kit(folder, "Clinic laptop 1", KIT_PASS, kdf_params=FLOOR)
    return folder


def _shot(qtbot: QtBot, widget: QWidget, path: Path) -> None:
    """A screenshot for a person to look at (kept under pytest's --basetemp)."""
    qtbot.wait(30)  # laid out as a user would see it
    assert widget.grab().save(str(path))
    assert QImage(str(path)).width() >= 500


def _field_page(controller: AppController) -> FieldSetupPage:
    controller.gate.create_page.field_button.click()
    page = controller.gate.field_setup_page
    assert controller.gate.stack.currentWidget() is page
    assert "Field laptop" in controller.gate.windowTitle()
    return page


def _fill(page: FieldSetupPage, kit: str, kit_passphrase: str) -> None:
    page.kit_edit.setText(kit)
    page.kit_passphrase_edit.setText(kit_passphrase)
    page.name_edit.setText(FIELD_USER)
    page.passphrase_edit.setText(FIELD_PASS)
    page.confirm_edit.setText(FIELD_PASS)


def test_a_wrong_kit_passphrase_says_so_and_creates_nothing(
    qtbot: QtBot,
    start_app: StartApp,
    kit: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chosen = kit / field.KIT_NAME

    def choose(_parent: Any, _title: str) -> Path:
        return chosen

    monkeypatch.setattr(file_dialogs, "choose_file_to_open", choose)
    target = tmp_path / "laptop"
    controller = start_app(target)
    page = _field_page(controller)
    page.choose_button.click()
    assert page.kit_edit.text() == str(chosen)
    _fill(page, page.kit_edit.text(), "not the kit passphrase")
    assert page.setup_button.isEnabled()
    page.setup_button.click()
    assert page.status.busy_bar.isVisibleTo(page)
    qtbot.waitUntil(lambda: not page.is_busy, timeout=TIMEOUT_MS)
    assert controller.gate.stack.currentWidget() is page
    assert "not the kit passphrase" in page.status.text()
    assert not target.exists()
    assert page.kit_passphrase_edit.text() == ""  # secrets are wiped on submit
    assert page.passphrase_edit.text() == ""
    assert page.kit_edit.text() == str(chosen)  # the rest stays for the retry
    _shot(qtbot, controller.gate, tmp_path / "field_setup_error.png")
    # Back: the create page again, the field page wiped.
    page.back_button.click()
    assert controller.gate.stack.currentWidget() is controller.gate.create_page
    assert page.kit_edit.text() == ""


def test_a_good_kit_makes_a_field_laptop(
    qtbot: QtBot, start_app: StartApp, kit: Path, tmp_path: Path
) -> None:
    target = tmp_path / "laptop"
    controller = start_app(target)
    page = _field_page(controller)
    _fill(page, str(kit), KIT_PASS)  # the folder holding the kit will do
    _shot(qtbot, controller.gate, tmp_path / "field_setup_page.png")
    page.setup_button.click()
    unlock_page = controller.gate.unlock_page
    qtbot.waitUntil(
        lambda: controller.gate.stack.currentWidget() is unlock_page, timeout=TIMEOUT_MS
    )
    assert unlock_page.status.text() == FIELD_READY
    assert unlock_page.user_combo.currentText() == FIELD_USER
    _shot(qtbot, controller.gate, tmp_path / "field_ready_unlock_page.png")
    assert vault.user_names(target) == [FIELD_USER]
    with vault.unlock(target, FIELD_USER, FIELD_PASS) as s:
        info = s.field_info()
    assert info is not None
    assert info.device_name == "Clinic laptop 1"


def test_the_passphrase_policy_of_the_create_page_applies(
    start_app: StartApp, kit: Path, tmp_path: Path
) -> None:
    page = _field_page(start_app(tmp_path / "laptop"))
    _fill(page, str(kit), KIT_PASS)
    assert page.setup_button.isEnabled()
    for weak in ("password123", "fieldworkerfieldworker"):
        page.passphrase_edit.setText(weak)
        page.confirm_edit.setText(weak)
        assert not page.setup_button.isEnabled(), weak
        assert not page.meter.acceptable
    page.passphrase_edit.setText(FIELD_PASS)
    page.confirm_edit.setText(FIELD_PASS + "!")
    assert page.mismatch_label.text() == MISMATCH
    assert not page.setup_button.isEnabled()
    page.confirm_edit.setText(FIELD_PASS)
    page.name_edit.setText("no spaces please")
    assert "User names" in page.name_error.text()
    assert not page.setup_button.isEnabled()
    page.name_edit.setText(FIELD_USER)
    page.kit_passphrase_edit.setText("")
    assert not page.setup_button.isEnabled()
