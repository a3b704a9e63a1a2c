"""Pieces shared by the unlock and create-vault screens: a heading, a status line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from caseapp.gui.i18n import tr


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def explanation(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def passphrase_field(accessible_name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible_name)
    edit.setPlaceholderText(placeholder)
    # Input methods and predictive keyboards must not learn the passphrase.
    edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
    return edit


def wipe_field(edit: QLineEdit) -> None:
    """Clear a passphrase field, and its undo history with it."""
    # setText resets the undo stack; clear() would leave the passphrase one Ctrl+Z away.
    edit.setText("")


class StatusLine(QWidget):
    """Busy bar plus one message line: an error (red), or information."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # indeterminate
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedHeight(6)
        self.busy_bar.setAccessibleName(tr("Working"))
        self.busy_bar.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(tr("Message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.message)

    def busy(self, text: str) -> None:
        self.busy_bar.show()
        self._set(text, "color: palette(text);")

    def error(self, text: str) -> None:
        self.busy_bar.hide()
        self._set(text, "color: #b3261e; font-weight: 600;")

    def info(self, text: str) -> None:
        self.busy_bar.hide()
        self._set(text, "color: palette(text);")

    def clear(self) -> None:
        self.busy_bar.hide()
        self.message.clear()
        self.message.hide()

    def text(self) -> str:
        return self.message.text()

    def _set(self, text: str, style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)
        self.message.setVisible(bool(text))
