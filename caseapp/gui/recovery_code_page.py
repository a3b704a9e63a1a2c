"""Shown once after creating a vault: the recovery code and the audit anchor, to write down."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
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

from caseapp.gui.background import BackgroundRunner
from caseapp.gui.form_parts import StatusLine, explanation, heading
from caseapp.gui.i18n import tr

if TYPE_CHECKING:
    from caseapp.gui.print_dialog import DetachedSource, MakePdf, PrintDialog
    from caseapp.services.printing import Output

PRINT_LATER = str(
    QT_TR_NOOP(
        "No recovery sheet was asked for when the vault was created, so none can be made "
        "now: write both codes down by hand and keep them off this computer."
    )
)


class RecoveryCodePage(QWidget):
    """Both codes in large type; Continue waits for "I have written them down"."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code_label = _code_label(tr("Recovery code"), 1.8)
        self.anchor_label = _code_label(tr("Audit anchor"), 1.3)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setStyleSheet("QFrame { background: palette(base); border-radius: 6px; }")
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(16, 12, 16, 12)
        frame_layout.addWidget(QLabel(tr("<b>Recovery code</b>")))
        frame_layout.addWidget(self.code_label)
        frame_layout.addWidget(QLabel(tr("<b>Audit anchor</b>")))
        frame_layout.addWidget(self.anchor_label)

        self.print_button = QPushButton(tr("&Print recovery sheet…"))
        self.print_button.setAccessibleName(tr("Print the recovery sheet"))
        self._runner = BackgroundRunner(self, max_threads=1)
        self._make_sheet: MakePdf | None = None
        self._sheet_output: Output | None = None
        self._sheet_source: DetachedSource | None = None
        self.print_dialog: PrintDialog | None = None  # the open one, for tests
        self.written_check = QCheckBox(tr("I have &written down both codes"))
        self.written_check.setAccessibleName(tr("I have written down both codes"))
        self.continue_button = QPushButton(tr("C&ontinue"))
        self.continue_button.setAccessibleName(tr("Continue"))
        self.continue_button.setEnabled(False)
        self.status = StatusLine()

        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Write down the recovery code and audit anchor")))
        layout.addWidget(
            explanation(
                tr(
                    "If every passphrase is forgotten, the recovery code is the only way back "
                    "into the vault. The audit anchor lets the supervising attorney prove that "
                    "nobody edited the record of who opened which file. Both are shown only "
                    "this once."
                )
            )
        )
        layout.addWidget(frame)
        layout.addWidget(
            explanation(
                tr(
                    "Write both on paper and give them to the supervising attorney, who keeps "
                    "them locked away and off this computer: not in an email, a photo, a note "
                    "on the laptop or a cloud drive. Anyone who has the recovery code and a "
                    "copy of the vault can read every client file."
                )
            )
        )
        layout.addWidget(self.status)
        layout.addWidget(self.written_check)
        layout.addLayout(buttons)
        layout.addStretch(1)

        QWidget.setTabOrder(self.written_check, self.continue_button)
        QWidget.setTabOrder(self.continue_button, self.print_button)

        self.print_button.clicked.connect(self.print_sheet)
        self.written_check.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)

    def show_code(self, code: str, anchor: str = "") -> None:
        for label, text in ((self.code_label, code), (self.anchor_label, anchor)):
            groups = text.split("-")
            half = (len(groups) + 1) // 2
            label.setText("-".join(groups[:half]) + "-\n" + "-".join(groups[half:]))
            label.setAccessibleDescription(" ".join(groups))
        self.written_check.setChecked(False)
        self.status.clear()
        self.written_check.setFocus()

    def set_printable(self, make: MakePdf | None, output: Output | None = None) -> None:
        """How to make the recovery sheet (``(password, output) -> PDF``) and the one
        way out recorded for it at the creation (the printer or an encrypted file),
        or None where there is no sheet; forgotten when the page is left."""
        self._make_sheet = make if output is not None else None
        self._sheet_output = output if make is not None else None

    def print_sheet(self) -> PrintDialog | None:
        """The sheet, to the way out chosen when the vault was created: the printer or
        an encrypted file, never an unencrypted file or a preview (the sheet is the key
        to every client file)."""
        if self._make_sheet is None or self._sheet_output is None:
            self.status.info(tr(PRINT_LATER))
            return None
        from caseapp.gui.print_dialog import DetachedSource, PrintDialog, Variant

        self._drop_sheet_dialog()
        source = DetachedSource(self._runner, self._make_sheet)
        self._sheet_source = source
        dialog = PrintDialog(
            tr("Recovery sheet"),
            [Variant(tr("Recovery sheet"), source)],
            file_name="recovery-sheet.pdf",
            outputs=(self._sheet_output,),
            parent=self,
        )
        self.print_dialog = dialog
        dialog.open()
        return dialog

    def _drop_sheet_dialog(self) -> None:
        dialog, self.print_dialog = self.print_dialog, None
        if dialog is not None:
            dialog.close()
        source, self._sheet_source = self._sheet_source, None
        if source is not None:
            source.forget()

    def _continue(self) -> None:
        if not self.written_check.isChecked():
            return
        self._drop_sheet_dialog()
        self.set_printable(None)
        # The codes are never shown again: drop them from the widgets.
        for label in (self.code_label, self.anchor_label):
            label.setText("")
            label.setAccessibleDescription("")
        self.written_check.setChecked(False)
        self.finished.emit()


def _code_label(name: str, scale: float) -> QLabel:
    label = QLabel()
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(14.0, font.pointSizeF() * scale))
    font.setBold(True)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setAccessibleName(name)
    # Not selectable: copying would put the code on the clipboard (and its history).
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label
