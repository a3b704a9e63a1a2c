"""Shown once after creating a vault: the recovery code, to write down."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.gui.form_parts import StatusLine, explanation, heading

PRINT_LATER = (
    "Printing arrives with PDF documents in a later release — write the code down now "
    "and keep it off this computer."
)


class RecoveryCodePage(QWidget):
    """The code in large type; Continue waits for "I have written it down"."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code_label = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(18.0, font.pointSizeF() * 1.8))
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setAccessibleName("Recovery code")
        # Not selectable: copying would put the code on the clipboard (and its history).
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setStyleSheet("QFrame { background: palette(base); border-radius: 6px; }")
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(16, 16, 16, 16)
        frame_layout.addWidget(self.code_label)

        self.print_button = QPushButton("&Print…")
        self.print_button.setAccessibleName("Print the recovery code")
        self.written_check = QCheckBox("I have &written down the recovery code")
        self.written_check.setAccessibleName("I have written down the recovery code")
        self.continue_button = QPushButton("C&ontinue")
        self.continue_button.setAccessibleName("Continue")
        self.continue_button.setEnabled(False)
        self.status = StatusLine()

        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading("Write down the recovery code"))
        layout.addWidget(
            explanation(
                "If every passphrase is forgotten, this code is the only way back into "
                "the vault. It is shown only this once."
            )
        )
        layout.addWidget(frame)
        layout.addWidget(
            explanation(
                "Write it on paper and give it to the supervising attorney, who keeps it "
                "locked away and off this computer: not in an email, a photo, a note on "
                "the laptop or a cloud drive. Anyone who has this code and a copy of the "
                "vault can read every client file."
            )
        )
        layout.addWidget(self.status)
        layout.addWidget(self.written_check)
        layout.addLayout(buttons)
        layout.addStretch(1)

        QWidget.setTabOrder(self.written_check, self.continue_button)
        QWidget.setTabOrder(self.continue_button, self.print_button)

        self.print_button.clicked.connect(lambda: self.status.info(PRINT_LATER))
        self.written_check.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)

    def show_code(self, code: str) -> None:
        groups = code.split("-")
        half = (len(groups) + 1) // 2
        self.code_label.setText("-".join(groups[:half]) + "-\n" + "-".join(groups[half:]))
        self.code_label.setAccessibleDescription(" ".join(groups))
        self.written_check.setChecked(False)
        self.status.clear()
        self.written_check.setFocus()

    def _continue(self) -> None:
        if not self.written_check.isChecked():
            return
        # The code is never shown again: drop it from the widgets.
        self.code_label.setText("")
        self.code_label.setAccessibleDescription("")
        self.written_check.setChecked(False)
        self.finished.emit()
