"""Set this laptop up as a field laptop from the office's field kit."""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.core.errors import InvalidUserName
from caseapp.core.users import validate_user_name
from caseapp.gui import file_dialogs
from caseapp.gui.create_vault_page import MISMATCH
from caseapp.gui.error_text import user_message
from caseapp.gui.form_parts import StatusLine, explanation, heading, passphrase_field, wipe_field
from caseapp.gui.i18n import tr
from caseapp.gui.strength_meter import StrengthMeter

FIELD_READY = str(
    QT_TR_NOOP(
        "This laptop is now a field laptop: it takes new intakes and seals them for the office."
    )
)


class FieldSetupPage(QWidget):
    """Emits ``submitted`` (the controller then calls :meth:`take_input`) or ``back``."""

    submitted = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kit_edit = QLineEdit()
        self.kit_edit.setAccessibleName(tr("Field kit"))
        self.kit_edit.setPlaceholderText(tr("the kit file, or the folder that holds it"))
        self.choose_button = QPushButton(tr("C&hoose…"))
        self.choose_button.setAccessibleName(tr("Choose the field kit file"))
        self.kit_passphrase_edit = passphrase_field(
            tr("Kit passphrase"), tr("given to you in person by the office")
        )
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(tr("Your user name"))
        self.name_edit.setPlaceholderText(tr("for example mgarcia"))
        self.name_edit.setMaxLength(64)
        self.name_error = QLabel()
        self.name_error.setStyleSheet("color: #b3261e;")
        self.name_error.setWordWrap(True)
        self.passphrase_edit = passphrase_field(
            tr("New passphrase"), tr("four or more unrelated words")
        )
        self.meter = StrengthMeter()
        self.confirm_edit = passphrase_field(tr("Confirm new passphrase"), tr("type it again"))
        self.mismatch_label = QLabel()
        self.mismatch_label.setAccessibleName(tr("Passphrase confirmation status"))
        self.mismatch_label.setStyleSheet("color: #b3261e;")
        self.setup_button = QPushButton(tr("&Set up field laptop"))
        self.setup_button.setAccessibleName(tr("Set up field laptop"))
        self.setup_button.setEnabled(False)
        self.back_button = QPushButton(tr("&Back"))
        self.back_button.setAccessibleName(tr("Back"))
        self.status = StatusLine()

        kit_row = QHBoxLayout()
        kit_row.setContentsMargins(0, 0, 0, 0)
        kit_row.addWidget(self.kit_edit, 1)
        kit_row.addWidget(self.choose_button)

        self._form = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        kit_label = QLabel(tr("Field &kit:"))
        kit_label.setBuddy(self.kit_edit)
        form.addRow(kit_label, kit_row)
        form.addRow(tr("Kit pass&phrase:"), self.kit_passphrase_edit)
        form.addRow(tr("Your user &name:"), self.name_edit)
        form.addRow("", self.name_error)
        form.addRow(tr("N&ew passphrase:"), self.passphrase_edit)
        form.addRow("", self.meter)
        form.addRow(tr("&Confirm:"), self.confirm_edit)
        form.addRow("", self.mismatch_label)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.setup_button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Set up as a field laptop")))
        layout.addWidget(
            explanation(
                tr(
                    "A field laptop takes new intakes away from the office and seals them so "
                    "that only the office can open them; it keeps nothing it could read back. "
                    "Choose the field kit the office made for this laptop, type the kit "
                    "passphrase the office gave you in person, then choose your own user name "
                    "and passphrase for this laptop."
                )
            )
        )
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self._show_name_error("")
        order = [
            self.kit_edit,
            self.choose_button,
            self.kit_passphrase_edit,
            self.name_edit,
            self.passphrase_edit,
            self.confirm_edit,
            self.setup_button,
            self.back_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self._busy = False
        for edit in (
            self.kit_edit,
            self.kit_passphrase_edit,
            self.name_edit,
            self.passphrase_edit,
            self.confirm_edit,
        ):
            edit.textChanged.connect(self._revalidate)
            edit.returnPressed.connect(self._submit)
        self.choose_button.clicked.connect(self._choose)
        self.setup_button.clicked.connect(self._submit)
        self.back_button.clicked.connect(self._go_back)

    def reset(self) -> None:
        self.kit_edit.clear()
        self.name_edit.clear()
        for edit in (self.kit_passphrase_edit, self.passphrase_edit, self.confirm_edit):
            wipe_field(edit)
        self.status.clear()
        self.set_busy(False)
        self.kit_edit.setFocus()

    def _go_back(self) -> None:
        self.reset()
        self.back.emit()

    def _choose(self) -> None:
        # file_dialogs starts in the home folder and scrubs what Qt remembers.
        chosen = file_dialogs.choose_file_to_open(self, tr("Choose the field kit file"))
        if chosen is not None:
            self.kit_edit.setText(str(chosen))
            self.kit_passphrase_edit.setFocus()

    def _name_ok(self) -> bool:
        name = self.name_edit.text()
        try:
            validate_user_name(name)
        except InvalidUserName as exc:
            self._show_name_error(user_message(exc) if name.strip() else "")
            return False
        self._show_name_error("")
        return True

    def _show_name_error(self, text: str) -> None:
        self.name_error.setText(text)
        self._form.setRowVisible(self.name_error, bool(text))

    def _revalidate(self) -> None:
        name_ok = self._name_ok()
        passphrase = self.passphrase_edit.text()
        strong = self.meter.update_for(passphrase, [self.name_edit.text().strip(), "caseapp"])
        confirm = self.confirm_edit.text()
        matches = passphrase == confirm
        self.mismatch_label.setText(tr(MISMATCH) if confirm and not matches else "")
        self.setup_button.setEnabled(
            not self._busy
            and bool(self.kit_edit.text().strip())
            and bool(self.kit_passphrase_edit.text())
            and name_ok
            and strong
            and matches
        )

    def _submit(self) -> None:
        if self.setup_button.isEnabled():
            self.submitted.emit()
        elif self.confirm_edit.text() and self.confirm_edit.text() != self.passphrase_edit.text():
            self.confirm_edit.setFocus()

    def take_input(self) -> tuple[Path, str, str, str]:
        """Kit, kit passphrase, user name and new passphrase; the secret fields are wiped."""
        kit = Path(self.kit_edit.text().strip())
        kit_passphrase = self.kit_passphrase_edit.text()
        name, passphrase = self.name_edit.text().strip(), self.passphrase_edit.text()
        for edit in (self.kit_passphrase_edit, self.passphrase_edit, self.confirm_edit):
            wipe_field(edit)
        return kit, kit_passphrase, name, passphrase

    @property
    def is_busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (
            self.kit_edit,
            self.choose_button,
            self.kit_passphrase_edit,
            self.name_edit,
            self.passphrase_edit,
            self.confirm_edit,
            self.back_button,
        ):
            widget.setEnabled(not busy)
        # The fields were wiped on submit: an empty meter would only confuse now.
        self.meter.setVisible(not busy)
        self.mismatch_label.setVisible(not busy)
        if busy:
            self.status.busy(tr("Setting up the field laptop… this takes a few seconds."))
        self._revalidate()

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.status.error(message)
        self.kit_passphrase_edit.setFocus()
