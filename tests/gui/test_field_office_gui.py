"""Field laptops at the office, in the real main window: enrol a laptop (its kit
written), revoke it, and import what a laptop sealed — each file's outcome shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from caseapp.core.clients import ClientIdentity
from caseapp.core.users import Role
from caseapp.crypto.kdf import FLOOR
from caseapp.gui import file_dialogs
from caseapp.gui.application import AppController
from caseapp.services import field, vault

StartApp = Callable[..., AppController]
MakeVault = Callable[..., Any]
Unlock = Callable[[AppController, str, str], None]
TIMEOUT_MS = 30_000
KIT_PASS = "kit passphrase given in person"
FIELD_USER, FIELD_PASS = "maria", "clinic laptop passphrase horse 9"
INTAKE = ("ines", "purple elephant wanders quietly 97")
PLANTED = "Ixchel-Batz"


def _seal(laptop: Path, outbox: Path, *families: str) -> list[Path]:
    with vault.unlock(laptop, FIELD_USER, FIELD_PASS) as s:
        for family in families:
            s.take_intake(ClientIdentity("Rosa", family))
        outbox.mkdir(exist_ok=True)
        return s.seal_intakes(outbox)


def test_an_admin_enrols_revokes_and_imports_field_laptops(
    qtbot: QtBot,
    start_app: StartApp,
    make_vault: MakeVault,
    unlock: Unlock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = make_vault()
    controller = start_app(made.path, idle_timeout_ms=0)
    unlock(controller, made.admin, made.passphrase)
    window = controller.main_window
    assert window is not None
    assert window.admin is not None
    box = window.admin.field_laptops
    window.tabs.setCurrentWidget(window.admin)
    qtbot.waitUntil(lambda: box.devices.rowCount() == 0, timeout=TIMEOUT_MS)

    # Enrol: mismatched passphrases, then a good kit into a chosen folder.
    usb = tmp_path / "usb"
    usb.mkdir()
    box.enrol_button.click()
    dialog = box.enrol_dialog
    assert dialog is not None
    dialog.name_edit.setText("Clinic laptop 3")
    dialog.first.setText(KIT_PASS)
    dialog.second.setText(KIT_PASS + "x")
    dialog.set_folder(usb)
    dialog.ok_button.click()
    assert "not the same" in dialog.status.text()
    dialog.second.setText(KIT_PASS)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: box.devices.rowCount() == 1, timeout=TIMEOUT_MS)
    assert (usb / field.KIT_NAME).exists()
    assert "in person" in box.status.text()
    assert box.devices.item(0, 0).text() == "Clinic laptop 3"
    assert dialog.first.text() == ""  # the passphrase does not stay in the field

    # The laptop takes intakes from that kit and seals them; the office imports.
    laptop = tmp_path / "laptop"
    field.create_field_vault(laptop, FIELD_USER, FIELD_PASS, usb, KIT_PASS, kdf_params=FLOOR)
    outbox = tmp_path / "outbox"
    _seal(laptop, outbox, PLANTED, "Second")
    (outbox / "junk.caseapp-intake").write_bytes(b"not a bundle")
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *_a: outbox)
    window.import_intakes_action.trigger()
    importer = window.import_dialog
    importer.choose_button.click()
    qtbot.waitUntil(lambda: importer.results.rowCount() == 3, timeout=TIMEOUT_MS)
    rows = {
        importer.results.item(r, 0).text(): importer.results.item(r, 1).text() for r in range(3)
    }
    assert rows.pop("junk.caseapp-intake") == "REFUSED"
    assert sorted(rows.values()) == ["imported", "imported"]
    assert importer.summary.text() == "2 imported, 0 imported before, 1 refused."
    junk_row = next(r for r in range(3) if importer.results.item(r, 0).text().startswith("junk"))
    assert "not a caseapp intake bundle" in importer.results.item(junk_row, 2).text()
    # Again: nothing new.
    importer.choose_button.click()
    qtbot.waitUntil(
        lambda: importer.summary.text() == "0 imported, 2 imported before, 1 refused.",
        timeout=TIMEOUT_MS,
    )
    importer.close()
    # The app holds the vault open: check through it.
    names = window.access.call(lambda s: [c.family_names for c in s.list_clients(limit=10)])
    assert sorted(names) == sorted([PLANTED, "Second"])

    # Revoke (Cancel first does nothing); then the laptop's new bundles are refused.
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: next(answers))
    box.devices.selectRow(0)
    box.revoke_button.click()
    assert box.devices.item(0, 2).text() == "active"
    box.revoke_button.click()
    assert box.devices.item(0, 2).text().startswith("revoked")
    later = tmp_path / "later"
    _seal(laptop, later, "Late")
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *_a: later)
    window.import_intakes_action.trigger()
    importer = window.import_dialog
    importer.choose_button.click()
    qtbot.waitUntil(lambda: importer.results.rowCount() == 1, timeout=TIMEOUT_MS)
    assert importer.results.item(0, 1).text() == "REFUSED"
    assert "revoked" in importer.results.item(0, 2).text()


def test_intake_staff_have_no_import_action(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    made = make_vault()
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        s.add_user(INTAKE[0], Role.INTAKE, INTAKE[1])
    controller = start_app(made.path, idle_timeout_ms=0)
    unlock(controller, *INTAKE)
    window = controller.main_window
    assert window is not None
    texts = [
        a.text()
        for top in window.menuBar().actions()
        if top.menu() is not None
        for a in top.menu().actions()
    ]
    assert "&Import sealed intakes…" not in texts
    assert window.admin is None
