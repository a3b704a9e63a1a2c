"""Restore a vault from a backup file: on a new laptop, or over a damaged vault."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.gui import file_dialogs
from caseapp.gui.form_parts import StatusLine, explanation, heading, passphrase_field, wipe_field
from caseapp.gui.i18n import tr

if TYPE_CHECKING:
    from caseapp.services.backup import RestoreResult

SET_ASIDE_DAMAGED = str(
    QT_TR_NOOP(
        "The vault that was here could not be opened (it is damaged), so it could not be "
        "backed up first; it was set aside as it was in %1 (not deleted)."
    )
)
NOT_ANCHORED = str(
    QT_TR_NOOP(
        "Its audit log was not checked against the audit anchor, so a backup forged from "
        "this vault's public key file would not have been caught."
    )
)
SET_ASIDE = str(
    QT_TR_NOOP(
        "The vault that was here was first backed up to %1 and then set aside in %2 "
        "(not deleted: remove it once you are sure)."
    )
)
NEW_TEXT = str(
    QT_TR_NOOP(
        "For a new laptop: the vault is rebuilt here from a backup file. Type the user "
        "name and passphrase of someone who could open the vault when the backup was made. "
        "(The recovery code cannot restore a backup; once restored, it still works on the "
        "unlock screen.)"
    )
)
REPLACE_TEXT = str(
    QT_TR_NOOP(
        "For a vault that is damaged: the vault now in this folder is first backed up "
        "beside it, then set aside (renamed, not deleted), and the backup takes its place. "
        "This needs an administrator of the vault now here, and the same user name and "
        "passphrase must also open the backup."
    )
)
CONFIRM_REPLACE = str(
    QT_TR_NOOP(
        "Replace the vault in this folder with the backup?\n\n"
        "The vault now here is first backed up beside it and then set aside (renamed, not "
        "deleted). Entries made since the backup are not in the restored vault."
    )
)


def restored_message(result: RestoreResult) -> str:
    """The unlock page's line after a restore: what was verified, what was not."""
    parts = [
        tr("The vault was restored from the backup: %n audit entries verified.", "", result.entries)
    ]
    if not result.anchor_checked:
        parts.append(tr(NOT_ANCHORED))
    if result.replaced_damaged and result.set_aside is not None:
        parts.append(tr(SET_ASIDE_DAMAGED).replace("%1", str(result.set_aside)))
    if result.safety_backup is not None and result.set_aside is not None:
        parts.append(
            tr(SET_ASIDE)
            .replace("%1", str(result.safety_backup))
            .replace("%2", str(result.set_aside))
        )
    return " ".join(parts)


class RestorePage(QWidget):
    """Emits ``submitted`` (the controller then calls :meth:`take_input`) or ``back``.

    :meth:`set_replacing` chooses between restoring into an empty folder and
    replacing the vault there; replacing asks for confirmation before submitting.
    """

    submitted = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.replacing = False
        self.heading = heading(tr("Restore from a backup"))
        self.intro = explanation(tr(NEW_TEXT))
        self.file_edit = QLineEdit()
        self.file_edit.setAccessibleName(tr("Backup file"))
        self.file_edit.setPlaceholderText(tr("the .caseapp-backup file"))
        self.choose_button = QPushButton(tr("C&hoose…"))
        self.choose_button.setAccessibleName(tr("Choose the backup file"))
        self.user_edit = QLineEdit()
        self.user_edit.setAccessibleName(tr("User name"))
        self.user_edit.setMaxLength(64)
        self.passphrase_edit = passphrase_field(tr("Passphrase"))
        self.anchor_edit = QLineEdit()
        self.anchor_edit.setAccessibleName(tr("Audit anchor (optional)"))
        self.anchor_edit.setPlaceholderText(tr("optional, from the recovery sheet"))
        self.anchor_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # Read off paper like the recovery code: shown, but kept from input methods.
        self.anchor_edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.anchor_hint = QLabel(tr("With the audit anchor, a forged backup is caught."))
        self.anchor_hint.setWordWrap(True)
        self.anchor_hint.setStyleSheet("color: palette(placeholder-text);")
        self.restore_button = QPushButton(tr("&Restore"))
        self.restore_button.setAccessibleName(tr("Restore the backup"))
        self.restore_button.setEnabled(False)
        self.back_button = QPushButton(tr("&Back"))
        self.back_button.setAccessibleName(tr("Back"))
        self.status = StatusLine()

        file_row = QHBoxLayout()
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)

        self._form = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        file_label = QLabel(tr("Backup &file:"))
        file_label.setBuddy(self.file_edit)
        form.addRow(file_label, file_row)
        self.user_label = QLabel(tr("&User name:"))
        self.user_label.setBuddy(self.user_edit)
        form.addRow(self.user_label, self.user_edit)
        form.addRow(tr("&Passphrase:"), self.passphrase_edit)
        form.addRow(tr("Audit &anchor:"), self.anchor_edit)
        form.addRow("", self.anchor_hint)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)

        order = [
            self.file_edit,
            self.choose_button,
            self.user_edit,
            self.passphrase_edit,
            self.anchor_edit,
            self.restore_button,
            self.back_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self._busy = False
        for edit in (self.file_edit, self.user_edit, self.passphrase_edit, self.anchor_edit):
            edit.textChanged.connect(self._revalidate)
            edit.returnPressed.connect(self._submit)
        self.choose_button.clicked.connect(self._choose)
        self.restore_button.clicked.connect(self._submit)
        self.back_button.clicked.connect(self._go_back)

    def set_replacing(self, replacing: bool, user: str = "") -> None:
        """Replace the vault here (an administrator's credentials), or fill an empty folder."""
        self.replacing = replacing
        self.heading.setText(
            tr("Replace this vault with a backup") if replacing else tr("Restore from a backup")
        )
        self.intro.setText(tr(REPLACE_TEXT) if replacing else tr(NEW_TEXT))
        self.user_label.setText(tr("Administrator &user name:") if replacing else tr("&User name:"))
        self.user_edit.setAccessibleName(
            tr("Administrator user name") if replacing else tr("User name")
        )
        self.restore_button.setText(tr("&Replace with backup") if replacing else tr("&Restore"))
        self.user_edit.setText(user)

    def reset(self) -> None:
        self.file_edit.clear()
        self.user_edit.clear()
        wipe_field(self.passphrase_edit)
        wipe_field(self.anchor_edit)
        self.status.clear()
        self.set_busy(False)
        self.file_edit.setFocus()

    def focus_input(self) -> None:
        if not self.file_edit.text():
            self.file_edit.setFocus()
        elif not self.user_edit.text():
            self.user_edit.setFocus()
        else:
            self.passphrase_edit.setFocus()

    def _go_back(self) -> None:
        self.reset()
        self.back.emit()

    def _choose(self) -> None:
        # file_dialogs starts in the home folder and scrubs what Qt remembers.
        chosen = file_dialogs.choose_file_to_open(self, tr("Choose the backup file"))
        if chosen is not None:
            self.file_edit.setText(str(chosen))
            self.focus_input()

    def _revalidate(self) -> None:
        self.restore_button.setEnabled(
            not self._busy
            and bool(self.file_edit.text().strip())
            and bool(self.user_edit.text().strip())
            and bool(self.passphrase_edit.text())
        )

    def _submit(self) -> None:
        if not self.restore_button.isEnabled():
            return
        if self.replacing and not self._confirmed():
            return
        self.submitted.emit()

    def _confirmed(self) -> bool:
        answer = QMessageBox.warning(
            self,
            tr("Replace the vault?"),
            tr(CONFIRM_REPLACE),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def take_input(self) -> tuple[Path, str, str, str | None]:
        """File, user, passphrase and anchor (None if not given); the passphrase is
        wiped (the anchor, read off paper, stays for a retry until :meth:`reset`)."""
        file = Path(self.file_edit.text().strip())
        user = self.user_edit.text().strip()
        passphrase = self.passphrase_edit.text()
        anchor = self.anchor_edit.text().strip() or None
        wipe_field(self.passphrase_edit)
        return file, user, passphrase, anchor

    @property
    def is_busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (
            self.file_edit,
            self.choose_button,
            self.user_edit,
            self.passphrase_edit,
            self.anchor_edit,
            self.back_button,
        ):
            widget.setEnabled(not busy)
        if busy:
            self.status.busy(
                tr("Checking and restoring the backup… this can take a minute for a large vault.")
            )
        self._revalidate()

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.status.error(message)
        self.passphrase_edit.setFocus()
