"""The unlock screen: pick a user, type the passphrase."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.gui.form_parts import StatusLine, explanation, heading, passphrase_field, wipe_field
from caseapp.gui.i18n import tr


def link_button(text: str, accessible_name: str) -> QPushButton:
    """A secondary action drawn as a link (still a button: focusable, with a mnemonic)."""
    button = QPushButton(text)
    button.setAccessibleName(accessible_name)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet(
        "QPushButton { color: palette(link); text-decoration: underline; border: none; "
        "padding: 2px; } QPushButton:focus { outline: 1px dotted palette(link); }"
    )
    return button


class UnlockPage(QWidget):
    """Emits ``submitted`` (then the controller calls :meth:`take_input`), ``forgot``
    or ``restore`` (replace this vault with a backup)."""

    submitted = Signal()
    forgot = Signal()
    restore = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user_combo = QComboBox()
        self.user_combo.setAccessibleName(tr("User"))
        self.passphrase_edit = passphrase_field(tr("Passphrase"))
        self.unlock_button = QPushButton(tr("&Unlock"))
        self.unlock_button.setAccessibleName(tr("Unlock"))
        self.forgot_button = link_button(
            tr("&Forgot passphrase?"), tr("Forgot passphrase? Use the recovery code")
        )
        # For a vault that is damaged or lost its data: it is replaced, never deleted.
        self.restore_button = link_button(
            tr("Restore from a &backup…"), tr("Replace this vault with one restored from a backup")
        )
        self.throttle_label = QLabel()
        self.throttle_label.setAccessibleName(tr("Waiting time"))
        self.throttle_label.setWordWrap(True)
        self.throttle_label.setStyleSheet("color: #b86e00; font-weight: 600;")
        self.throttle_label.hide()
        self.status = StatusLine()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("&User:"), self.user_combo)
        form.addRow(tr("&Passphrase:"), self.passphrase_edit)

        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        others = QHBoxLayout()
        others.addWidget(self.restore_button)
        others.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Unlock the vault")))
        layout.addWidget(explanation(tr("Choose your user name and type your passphrase.")))
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.throttle_label)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(others)

        QWidget.setTabOrder(self.user_combo, self.passphrase_edit)
        QWidget.setTabOrder(self.passphrase_edit, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.forgot_button)
        QWidget.setTabOrder(self.forgot_button, self.restore_button)

        self._busy = False
        self._throttle_until = 0.0
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._tick)

        self.passphrase_edit.returnPressed.connect(self._submit)
        self.unlock_button.clicked.connect(self._submit)
        self.forgot_button.clicked.connect(self.forgot.emit)
        self.restore_button.clicked.connect(self.restore.emit)
        self.passphrase_edit.textChanged.connect(self._update_button)

    def set_users(self, names: list[str], preferred: str | None = None) -> None:
        current = preferred or self.user_combo.currentText()
        self.user_combo.clear()
        self.user_combo.addItems(names)
        index = self.user_combo.findText(current) if current else -1
        self.user_combo.setCurrentIndex(max(index, 0))
        self._update_button()

    def focus_input(self) -> None:
        if self.user_combo.count() > 1 and not self.user_combo.currentText():
            self.user_combo.setFocus()
        else:
            self.passphrase_edit.setFocus()

    def take_input(self) -> tuple[str, str]:
        """User and passphrase; the passphrase field is wiped."""
        user, passphrase = self.user_combo.currentText(), self.passphrase_edit.text()
        wipe_field(self.passphrase_edit)
        return user, passphrase

    def _submit(self) -> None:
        if self.unlock_button.isEnabled():
            self.submitted.emit()

    @property
    def is_busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.user_combo.setEnabled(not busy)
        self.passphrase_edit.setEnabled(not busy)
        self.forgot_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)
        if busy:
            self.status.busy(tr("Unlocking…"))
        self._update_button()

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.status.error(message)
        self.passphrase_edit.setFocus()

    def show_info(self, message: str) -> None:
        self.status.info(message)

    @property
    def throttled(self) -> bool:
        return self._throttle_until > time.monotonic()

    def start_throttle(self, seconds: float) -> None:
        """Disable Unlock and count down ``seconds`` (no-op for 0)."""
        if seconds <= 0:
            return
        self._throttle_until = time.monotonic() + seconds
        self._countdown.start()
        self._tick()

    def _tick(self) -> None:
        left = self._throttle_until - time.monotonic()
        if left <= 0:
            self._countdown.stop()
            self._throttle_until = 0.0
            self.throttle_label.hide()
            self.throttle_label.clear()
        else:
            secs = math.ceil(left)
            self.throttle_label.setText(
                tr("Too many failed attempts. You can try again in %n second(s).", "", secs)
            )
            self.throttle_label.show()
        self._update_button()

    def _update_button(self) -> None:
        self.unlock_button.setEnabled(
            not self._busy
            and not self.throttled
            and self.user_combo.count() > 0
            and bool(self.passphrase_edit.text())
        )
