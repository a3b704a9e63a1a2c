"""Help → About caseapp: versions for a support call, and every bundled licence opens."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QLabel, QMenu
from pytestqt.qtbot import QtBot

import caseapp
from caseapp.core import resources
from caseapp.crypto import kdf
from caseapp.gui.about_dialog import AboutDialog
from caseapp.gui.application import AppController
from caseapp.gui.field_window import FieldWindow
from caseapp.services import field, vault

StartApp = Callable[..., AppController]
Unlock = Callable[[AppController, str, str], None]
MakeVault = Callable[..., Any]

# Every component named in the issue must have its licence file.
EXPECTED = {
    "PySide6-Qt.txt",
    "SQLCipher.txt",
    "sqlcipher3.txt",
    "cryptography.txt",
    "reportlab.txt",
    "pikepdf.txt",
    "pypdfium2-PDFium.txt",
    "uharfbuzz-HarfBuzz.txt",
    "platformdirs.txt",
    "zxcvbn.txt",
    "phonenumbers.txt",
    "pycountry.txt",
    "Faker.txt",
}


def _help_menu(window: Any) -> QMenu:
    for top in window.menuBar().actions():
        if top.text().replace("&", "") == "Help":
            menu = top.menu()
            assert isinstance(menu, QMenu)
            return menu
    raise AssertionError("no Help menu")


def _open_about(qtbot: QtBot, window: Any) -> AboutDialog:
    actions = [a for a in _help_menu(window).actions() if a.text() == "&About caseapp"]
    assert len(actions) == 1
    actions[0].trigger()
    dialog = window.findChild(AboutDialog)
    assert isinstance(dialog, AboutDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _rows(dialog: AboutDialog) -> dict[str, str]:
    table = dialog.versions
    return {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}


def test_about_opens_from_the_help_menu_with_versions_and_licences(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    made = make_vault()
    controller = start_app(made.path, idle_timeout_ms=0)
    unlock(controller, made.admin, made.passphrase)
    window = controller.main_window
    assert window is not None
    dialog = _open_about(qtbot, window)

    rows = _rows(dialog)
    assert rows["caseapp"] == caseapp.__version__
    assert rows["Qt"] == qVersion()
    assert rows["PySide6"] == PySide6.__version__
    assert rows["SQLCipher"].split()[0].startswith("4.")
    assert rows["SQLite"].startswith("3.")
    for name in ("Python", "cryptography", "reportlab", "pikepdf", "pypdfium2"):
        assert rows[name] not in ("", "?"), name
    assert "AGPL-3.0-or-later" in _all_label_text(dialog)

    # Every licence listed is a file that exists and opens, read-only, in the viewer.
    items = [dialog.licence_list.item(i) for i in range(dialog.licence_list.count())]
    paths = {Path(item.data(Qt.ItemDataRole.UserRole).path) for item in items}
    names = {p.name for p in paths}
    assert names >= EXPECTED
    fonts = {p.name for p in resources.path("fonts").glob("LICENSE-*.txt")}
    assert fonts
    assert fonts <= names
    assert dialog.licence_text.isReadOnly()
    for item in items:
        dialog.licence_list.setCurrentItem(item)
        text = dialog.licence_text.toPlainText()
        path = Path(item.data(Qt.ItemDataRole.UserRole).path)
        assert path.is_file()
        assert text == path.read_text(encoding="utf-8")
        assert len(text) > 200, path.name
    dialog.licence_list.setCurrentRow(0)
    dialog.tabs.setCurrentIndex(0)
    shots = Path(os.environ.get("CASEAPP_SHOTS", "/tmp/shots"))
    if os.environ.get("CASEAPP_SHOTS"):
        shots.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(shots / "about.png"))
        dialog.tabs.setCurrentIndex(1)
        dialog.grab().save(str(shots / "about-licences.png"))
    dialog.close()


def _all_label_text(dialog: AboutDialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def test_every_licence_file_has_a_component_line() -> None:
    folder = resources.path("licenses")
    assert (folder / "README.md").is_file()
    index = (folder / "README.md").read_text(encoding="utf-8")
    for path in folder.glob("*.txt"):
        assert path.read_text(encoding="utf-8").startswith("Component: "), path.name
        assert f"`{path.name}`" in index, path.name
    for path in resources.path("fonts").glob("LICENSE-*.txt"):
        assert f"`../fonts/{path.name}`" in index, path.name


def test_the_field_window_has_about_too(
    qtbot: QtBot, start_app: StartApp, unlock: Unlock, tmp_path: Path
) -> None:
    office, kit, laptop = tmp_path / "office", tmp_path / "kit", tmp_path / "laptop"
    vault.create_vault(office, "ana", "correct horse battery staple 42", kdf_params=kdf.FLOOR)
    kit.mkdir()
    with vault.unlock(office, "ana", "correct horse battery staple 42") as s:
        s.make_field_kit(
            kit, "Clinic laptop 7", "kit passphrase given in person", kdf_params=kdf.FLOOR
        )
    field.create_field_vault(
        laptop,
        "maria",
        "clinic laptop passphrase horse 9",
        kit,
        "kit passphrase given in person",
        kdf_params=kdf.FLOOR,
    )
    controller = start_app(laptop, idle_timeout_ms=0)
    unlock(controller, "maria", "clinic laptop passphrase horse 9")
    window = controller.main_window
    assert isinstance(window, FieldWindow)
    dialog = _open_about(qtbot, window)
    assert _rows(dialog)["caseapp"] == caseapp.__version__
    dialog.close()


def test_the_window_icon_comes_from_the_bundled_png_set(qapp: object) -> None:
    from caseapp.gui.application import app_icon

    icon = app_icon()
    assert not icon.isNull()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes
