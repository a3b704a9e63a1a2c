"""The window shown while the vault is shut: create, recovery code, unlock, recover,
restore from a backup, set up as a field laptop."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from caseapp.gui.create_vault_page import CreateVaultPage
from caseapp.gui.field_setup_page import FieldSetupPage
from caseapp.gui.i18n import tr
from caseapp.gui.recover_page import RecoverPage
from caseapp.gui.recovery_code_page import RecoveryCodePage
from caseapp.gui.restore_page import RestorePage
from caseapp.gui.unlock_page import UnlockPage


class GateWindow(QWidget):
    """One top-level window; its pages are switched by the controller."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("caseapp")
        self.create_page = CreateVaultPage()
        self.recovery_code_page = RecoveryCodePage()
        self.unlock_page = UnlockPage()
        self.recover_page = RecoverPage()
        self.restore_page = RestorePage()
        self.field_setup_page = FieldSetupPage()
        self.stack = QStackedWidget()
        for page in (
            self.create_page,
            self.recovery_code_page,
            self.unlock_page,
            self.recover_page,
            self.restore_page,
            self.field_setup_page,
        ):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(self.stack)
        self.setMinimumWidth(520)
        self.resize(560, 520)

    def show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        title = _TITLES.get(type(page).__name__, _VAULT)
        self.setWindowTitle(tr("caseapp — %1").replace("%1", tr(title)))


_VAULT = str(QT_TR_NOOP("Vault"))
_TITLES = {
    "CreateVaultPage": str(QT_TR_NOOP("Create vault")),
    "RecoveryCodePage": str(QT_TR_NOOP("Recovery code")),
    "UnlockPage": str(QT_TR_NOOP("Unlock")),
    "RecoverPage": str(QT_TR_NOOP("Recovery code")),
    "RestorePage": str(QT_TR_NOOP("Restore from a backup")),
    "FieldSetupPage": str(QT_TR_NOOP("Field laptop")),
}
