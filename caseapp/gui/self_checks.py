"""The Qt half of ``caseapp --self-test`` (caseapp/selftest.py runs the steps):
the application starts, the unlock window builds, the Spanish catalogues and
a bundled font load. Only caseapp.gui imports PySide6, so these live here."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from caseapp.core import resources
from caseapp.core.errors import CaseappError, VaultNotFound
from caseapp.gui import core_messages, i18n

# A string every Spanish catalogue has, and what it must become.
UNLOCK_EN, UNLOCK_ES = "Unlock", "Desbloquear"
QT_FONT = "DejaVuSans.ttf"


class SelfTestFailure(CaseappError):
    """A check of the interface did not hold (the message is ours, names no data)."""


def _check(condition: bool, failure: str) -> None:
    if not condition:
        raise SelfTestFailure(failure)


def start_qt(qt: dict[str, Any]) -> str:
    """Start (or reuse) the QApplication; kept in ``qt`` for the later steps."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    qt["app"] = app
    return app.platformName()


def unlock_window() -> str:
    from caseapp.gui.gate_window import GateWindow

    gate = GateWindow()
    try:
        gate.show_page(gate.unlock_page)
        _check(gate.unlock_page.passphrase_edit is not None, "the unlock page is incomplete")
    finally:
        gate.deleteLater()
    return ""


def translations() -> str:
    before = i18n.current_language()
    try:
        _check(i18n.install("es") == "es", "the Spanish catalogue did not load")
        _check(i18n.tr(UNLOCK_EN) == UNLOCK_ES, "the Spanish catalogue does not translate")
        catalogue = i18n.catalogue_dir() / "caseapp_core_es.ts"
        _check(bool(core_messages.read_ts(catalogue)), "the core messages catalogue is empty")
        message = str(VaultNotFound())
        _check(
            core_messages.translate_message(message) != message,
            "core messages are not translated",
        )
    finally:
        i18n.install(before)
    return "es"


def fonts() -> str:
    font_id = QFontDatabase.addApplicationFont(str(resources.path("fonts", QT_FONT)))
    _check(font_id >= 0, "a bundled font did not load")
    try:
        families = QFontDatabase.applicationFontFamilies(font_id)
        _check(bool(families), "a bundled font has no family")
    finally:
        QFontDatabase.removeApplicationFont(font_id)
    return families[0]
