"""GUI fixtures: an AppController on a temp vault folder, driven offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from caseapp.crypto import kdf
from caseapp.gui.application import AppController
from caseapp.gui.idle_lock import DEFAULT_IDLE_TIMEOUT_MS

WORKER_TIMEOUT_MS = 15_000


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def start_app(qtbot: QtBot, settings_file: Path) -> Iterator[Callable[..., AppController]]:
    """Factory: ``start_app(vault_dir, idle_timeout_ms=...)`` shows the first window."""
    controllers: list[AppController] = []

    def start(vault_dir: Path, *, idle_timeout_ms: int = DEFAULT_IDLE_TIMEOUT_MS) -> AppController:
        controller = AppController(
            vault_dir,
            kdf_params=kdf.FLOOR,
            idle_timeout_ms=idle_timeout_ms,
            settings=QSettings(str(settings_file), QSettings.Format.IniFormat),
        )
        controllers.append(controller)
        controller.start()
        qtbot.waitExposed(controller.gate)
        return controller

    yield start
    for controller in controllers:
        controller.shutdown()
        if controller.main_window is not None:
            controller.main_window.close()
        controller.gate.close()
        controller.gate.deleteLater()
        controller.deleteLater()


@pytest.fixture
def unlock(qtbot: QtBot) -> Callable[[AppController, str, str], None]:
    """``unlock(controller, user, passphrase)``: fill in the unlock screen, submit, wait."""

    def submit(controller: AppController, user: str, passphrase: str) -> None:
        page = controller.gate.unlock_page
        page.user_combo.setCurrentText(user)
        page.passphrase_edit.setText(passphrase)
        page.unlock_button.click()
        qtbot.waitUntil(lambda: not page.is_busy, timeout=WORKER_TIMEOUT_MS)

    return submit
