"""Forgot passphrase: the recovery code sets a new passphrase and opens the vault."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.gui.create_vault_page import MISMATCH
from caseapp.gui.form_parts import StatusLine, explanation, heading, passphrase_field, wipe_field
from caseapp.gui.i18n import tr
from caseapp.gui.strength_meter import StrengthMeter


class RecoverPage(QWidget):
    """Emits ``submitted`` (then the controller calls :meth:`take_input`) or ``back``."""

    submitted = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code_edit = QLineEdit()
        self.code_edit.setAccessibleName(tr("Recovery code"))
        self.code_edit.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.code_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # Shown while typed (it is read off paper, and a typo is named by group), but
        # kept from input methods, and wiped on Back and once it has been used.
        self.code_edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.user_combo = QComboBox()
        self.user_combo.setAccessibleName(tr("User"))
        self.passphrase_edit = passphrase_field(tr("New passphrase"))
        self.meter = StrengthMeter()
        self.confirm_edit = passphrase_field(tr("Confirm new passphrase"))
        self.mismatch_label = QLabel()
        self.mismatch_label.setAccessibleName(tr("Passphrase confirmation status"))
        self.mismatch_label.setStyleSheet("color: #b3261e;")
        self.submit_button = QPushButton(tr("&Set passphrase and unlock"))
        self.submit_button.setAccessibleName(tr("Set passphrase and unlock"))
        self.submit_button.setEnabled(False)
        self.back_button = QPushButton(tr("&Back"))
        self.back_button.setAccessibleName(tr("Back to the unlock screen"))
        self.status = StatusLine()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("Recovery &code:"), self.code_edit)
        form.addRow(tr("&User:"), self.user_combo)
        form.addRow(tr("&New passphrase:"), self.passphrase_edit)
        form.addRow("", self.meter)
        form.addRow(tr("C&onfirm:"), self.confirm_edit)
        form.addRow("", self.mismatch_label)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Use the recovery code")))
        layout.addWidget(
            explanation(
                tr(
                    "Ask the supervising attorney for the recovery code written down when the "
                    "vault was created. Type it here, choose whose passphrase to replace, and "
                    "pick a new passphrase."
                )
            )
        )
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)

        order = [
            self.code_edit,
            self.user_combo,
            self.passphrase_edit,
            self.confirm_edit,
            self.submit_button,
            self.back_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self._busy = False
        for edit in (self.code_edit, self.passphrase_edit, self.confirm_edit):
            edit.textChanged.connect(self._revalidate)
            edit.returnPressed.connect(self._submit)
        self.user_combo.currentTextChanged.connect(self._revalidate)
        self.submit_button.clicked.connect(self._submit)
        self.back_button.clicked.connect(self._go_back)

    def _go_back(self) -> None:
        self.reset()
        self.back.emit()

    def set_users(self, names: list[str], preferred: str | None = None) -> None:
        self.user_combo.clear()
        self.user_combo.addItems(names)
        index = self.user_combo.findText(preferred) if preferred else -1
        self.user_combo.setCurrentIndex(max(index, 0))

    def reset(self) -> None:
        wipe_field(self.code_edit)
        wipe_field(self.passphrase_edit)
        wipe_field(self.confirm_edit)
        self.status.clear()
        self.set_busy(False)
        self.code_edit.setFocus()

    def _revalidate(self) -> None:
        passphrase = self.passphrase_edit.text()
        user = self.user_combo.currentText()
        strong = self.meter.update_for(passphrase, [user, "caseapp"])
        confirm = self.confirm_edit.text()
        matches = passphrase == confirm
        self.mismatch_label.setText(tr(MISMATCH) if confirm and not matches else "")
        self.submit_button.setEnabled(
            not self._busy
            and bool(self.code_edit.text().strip())
            and bool(user)
            and strong
            and matches
        )

    def _submit(self) -> None:
        if self.submit_button.isEnabled():
            self.submitted.emit()

    def take_input(self) -> tuple[str, str, str]:
        """Code, user and new passphrase; the secret fields are wiped."""
        code = self.code_edit.text()
        user = self.user_combo.currentText()
        passphrase = self.passphrase_edit.text()
        wipe_field(self.passphrase_edit)
        wipe_field(self.confirm_edit)
        return code, user, passphrase

    @property
    def is_busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (
            self.code_edit,
            self.user_combo,
            self.passphrase_edit,
            self.confirm_edit,
            self.back_button,
        ):
            widget.setEnabled(not busy)
        if busy:
            self.status.busy(tr("Checking the recovery code… this takes a few seconds."))
        self._revalidate()

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.status.error(message)
        self.code_edit.setFocus()
