"""The field laptop's window: new intakes and sealing only, through the real
AppController offscreen; sealed files import at the office."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from caseapp.core import records as rec
from caseapp.crypto.kdf import FLOOR
from caseapp.gui import file_dialogs
from caseapp.gui.application import AppController
from caseapp.gui.field_window import FieldIntakeDialog, FieldWindow
from caseapp.gui.main_window import MainWindow
from caseapp.services import field, vault

StartApp = Callable[..., AppController]
Unlock = Callable[[AppController, str, str], None]
TIMEOUT_MS = 20_000
ADMIN, PASS = "ana", "correct horse battery staple 42"
FIELD_USER, FIELD_PASS = "maria", "clinic laptop passphrase horse 9"
KIT_PASS = "kit passphrase given in person"
PLANTED = "Tupaq-Yupanqui"
PLANTED_NUMBER = "A204567891"


@pytest.fixture
def office_and_laptop(tmp_path: Path) -> tuple[Path, Path]:
    office = tmp_path / "office"
    vault.create_vault(office, ADMIN, PASS, kdf_params=FLOOR)
    kit = tmp_path / "kit"
    kit.mkdir()
    with vault.unlock(office, ADMIN, PASS) as s:
        s.make_field_kit(kit, "Clinic laptop 7", KIT_PASS, kdf_params=FLOOR)
    laptop = tmp_path / "laptop"
    field.create_field_vault(laptop, FIELD_USER, FIELD_PASS, kit, KIT_PASS, kdf_params=FLOOR)
    return office, laptop


def _menu_texts(window: Any) -> list[str]:
    texts = []
    for top in window.menuBar().actions():
        texts.append(top.text())
        if top.menu() is not None:
            texts += [a.text() for a in top.menu().actions() if a.text()]
    return texts


def test_a_field_laptop_takes_intakes_and_seals_them_for_the_office(
    qtbot: QtBot,
    start_app: StartApp,
    unlock: Unlock,
    office_and_laptop: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    office, laptop = office_and_laptop
    controller = start_app(laptop, idle_timeout_ms=0)
    unlock(controller, FIELD_USER, FIELD_PASS)
    window = controller.main_window
    assert isinstance(window, FieldWindow)
    assert not isinstance(window, MainWindow)
    assert "Clinic laptop 7" in window.device_label.text()
    # Nothing but intakes, sealing, one's passphrase, settings and lock.
    menus = " ".join(_menu_texts(window)).replace("&", "")
    for absent in ("Find client", "Dashboard", "Back up", "audit report", "Audit log"):
        assert absent not in menus
    assert not window.seal_button.isEnabled()

    # An intake with a document.
    window.new_button.click()
    dialog = window.intake_dialog
    assert isinstance(dialog, FieldIntakeDialog)
    qtbot.waitExposed(dialog)
    dialog.given_edit.setText("Killa")
    dialog.family_edit.setText(PLANTED)
    dialog.dob_edit.setText("1990-07-25")
    dialog.languages_edit.setText("Quechua, Spanish")
    dialog.interpreter_check.setChecked(True)
    dialog.phone_edit.setText("+1 415 555 0134")
    dialog.a_number_edit.setText(PLANTED_NUMBER)
    dialog.note_edit.setPlainText(f"Needs help with a work permit; met {PLANTED} at the clinic")
    statement = tmp_path / "statement.txt"
    statement.write_text("A short statement, in the client's words.")
    dialog.attach_file(statement)
    assert dialog.documents_list.count() == 1
    statement.unlink()
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert window.waiting.count() == 1
    assert PLANTED not in window.waiting.item(0).text()  # a time, never a name
    assert window.seal_button.isEnabled()

    # A second one, with a malformed A-number first: a clear message, nothing saved.
    window.new_button.click()
    second = window.intake_dialog
    assert second is not None
    assert second is not dialog
    second.given_edit.setText("Second")
    second.a_number_edit.setText("A12")
    second.save_button.click()
    assert second.isVisible()
    assert "A-number" in second.status.text()
    assert window.waiting.count() == 1
    second.a_number_edit.setText("")
    second.save_button.click()
    assert window.waiting.count() == 2
    assert window.waiting_label.text() == "2 intakes wait to be sealed."

    # Seal: a folder, a confirmation (Cancel first does nothing), then sealed.
    outbox = tmp_path / "usb"
    outbox.mkdir()
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *_a: outbox)
    answers = iter([QMessageBox.StandardButton.Cancel, "seal"])

    def answer(box: QMessageBox) -> int:
        choice = next(answers)
        if choice == "seal":
            seal = next(b for b in box.buttons() if "Seal" in b.text())
            monkeypatch.setattr(QMessageBox, "clickedButton", lambda _self: seal)
        else:
            monkeypatch.setattr(QMessageBox, "clickedButton", lambda self: self.button(choice))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    window.seal_button.click()
    assert list(outbox.iterdir()) == []
    assert window.waiting.count() == 2
    window.seal_button.click()
    qtbot.waitUntil(lambda: window.waiting.count() == 0, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: "Sealed 2 intakes into" in window.status.text(), timeout=TIMEOUT_MS)
    bundles = sorted(outbox.iterdir())
    assert len(bundles) == 2
    assert not window.seal_button.isEnabled()

    # Nothing readable on the laptop: no file under it holds the planted name.
    controller.lock()
    for file in laptop.rglob("*"):
        if file.is_file():
            data = file.read_bytes()
            for needle in (PLANTED, PLANTED_NUMBER[1:]):
                assert needle.encode() not in data, file
                assert needle.encode("utf-16-le") not in data, file

    # The office imports both, with the document and the details typed.
    with vault.unlock(office, ADMIN, PASS) as s:
        outcomes = s.import_bundles(bundles)
        assert sorted(o.status for o in outcomes) == ["imported", "imported"]
        found = [c for c in s.list_clients(limit=10) if c.family_names == PLANTED]
        assert len(found) == 1
        file = s.read_client_file(found[0].uuid, reveal=True, reason="case_work")
        assert str(file.client.identity.date_of_birth) == "1990-07-25"
        assert file.client.profile.interpreter_needed
        assert len(file.of(rec.Document)) == 1
        assert [p.record.number for p in file.of(rec.Phone)] == ["+14155550134"]
        assert [i.record.value for i in file.of(rec.Identifier)] == [PLANTED_NUMBER[1:]]
        assert "work permit" in file.of(rec.Note)[0].record.body


def test_lock_drops_an_intake_being_typed(
    qtbot: QtBot,
    start_app: StartApp,
    unlock: Unlock,
    office_and_laptop: tuple[Path, Path],
) -> None:
    _office, laptop = office_and_laptop
    controller = start_app(laptop, idle_timeout_ms=0)
    unlock(controller, FIELD_USER, FIELD_PASS)
    window = controller.main_window
    assert isinstance(window, FieldWindow)
    window.new_button.click()
    dialog = window.intake_dialog
    assert dialog is not None
    dialog.family_edit.setText(PLANTED)
    assert window.stash_drafts() == ["New intake"]
    controller.lock()
    assert not dialog.isVisible()
    assert dialog.family_edit.text() == ""
    assert controller.main_window is None
    assert controller.gate.isVisible()
    with vault.unlock(laptop, FIELD_USER, FIELD_PASS) as s:
        assert s.pending_intakes() == []
