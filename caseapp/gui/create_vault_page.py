"""First run: name the administrator and choose a passphrase."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Signal
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

from caseapp.core.errors import InvalidUserName
from caseapp.core.users import validate_user_name
from caseapp.gui.error_text import user_message
from caseapp.gui.form_parts import (
    StatusLine,
    explanation,
    heading,
    passphrase_field,
    wipe_field,
)
from caseapp.gui.i18n import tr
from caseapp.gui.strength_meter import StrengthMeter
from caseapp.gui.unlock_page import link_button

MISMATCH = str(QT_TR_NOOP("The two passphrases do not match."))


class CreateVaultPage(QWidget):
    """Emits ``submitted`` (the controller then calls :meth:`take_input`), or
    ``restore_requested`` / ``field_requested`` for the other ways to set up."""

    submitted = Signal()
    restore_requested = Signal()
    field_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(tr("Administrator user name"))
        self.name_edit.setPlaceholderText(tr("for example mgarcia"))
        self.name_edit.setMaxLength(64)
        self.name_error = QLabel()
        self.name_error.setStyleSheet("color: #b3261e;")
        self.name_error.setWordWrap(True)
        self.passphrase_edit = passphrase_field(
            tr("Passphrase"), tr("four or more unrelated words")
        )
        self.meter = StrengthMeter()
        self.confirm_edit = passphrase_field(tr("Confirm passphrase"), tr("type it again"))
        self.mismatch_label = QLabel()
        self.mismatch_label.setAccessibleName(tr("Passphrase confirmation status"))
        self.mismatch_label.setStyleSheet("color: #b3261e;")
        # The sheet's print is recorded as part of the creation (no session can
        # record it later), so where it goes is chosen here, before creating.
        self.sheet_combo = QComboBox()
        self.sheet_combo.setAccessibleName(tr("Recovery sheet"))
        for text, output in (
            (tr("None: I will copy the codes by hand"), ""),
            (tr("Print it on paper"), "printer"),
            (tr("Save it as an encrypted PDF"), "save_encrypted"),
        ):
            self.sheet_combo.addItem(text, output)
        self.create_button = QPushButton(tr("Create vault"))
        self.create_button.setAccessibleName(tr("Create vault"))
        self.create_button.setEnabled(False)
        self.status = StatusLine()
        # The other two ways a laptop gets its vault: secondary, below the form.
        self.restore_button = link_button(
            tr("&Restore from a backup…"), tr("Restore the vault from a backup file")
        )
        self.field_button = link_button(
            tr("Set up as a &field laptop…"), tr("Set up as a field laptop from a field kit")
        )

        self._form = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("Your user &name:"), self.name_edit)
        form.addRow("", self.name_error)
        form.addRow(tr("&Passphrase:"), self.passphrase_edit)
        form.addRow("", self.meter)
        form.addRow(tr("&Confirm:"), self.confirm_edit)
        form.addRow("", self.mismatch_label)
        form.addRow(tr("Recovery &sheet:"), self.sheet_combo)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Create a new vault")))
        layout.addWidget(
            explanation(
                tr(
                    "Every client file on this computer is kept in one encrypted vault. "
                    "You will be its administrator. Choose a passphrase of four or more "
                    "unrelated words that only you know: without it or the recovery code "
                    "shown next, nobody can open the vault, not even the office IT."
                )
            )
        )
        layout.addSpacing(8)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        others = QHBoxLayout()
        others.addWidget(QLabel(tr("Not a new vault?")))
        others.addWidget(self.restore_button)
        others.addWidget(self.field_button)
        others.addStretch(1)
        layout.addLayout(others)

        self._show_name_error("")
        QWidget.setTabOrder(self.name_edit, self.passphrase_edit)
        QWidget.setTabOrder(self.passphrase_edit, self.confirm_edit)
        QWidget.setTabOrder(self.confirm_edit, self.sheet_combo)
        QWidget.setTabOrder(self.sheet_combo, self.create_button)
        QWidget.setTabOrder(self.create_button, self.restore_button)
        QWidget.setTabOrder(self.restore_button, self.field_button)

        for edit in (self.name_edit, self.passphrase_edit, self.confirm_edit):
            edit.textChanged.connect(self._revalidate)
            edit.returnPressed.connect(self._submit)
        self.create_button.clicked.connect(self._submit)
        self.restore_button.clicked.connect(self.restore_requested.emit)
        self.field_button.clicked.connect(self.field_requested.emit)

    def reset(self) -> None:
        self.name_edit.clear()
        self.sheet_combo.setCurrentIndex(0)
        wipe_field(self.passphrase_edit)
        wipe_field(self.confirm_edit)
        self.status.clear()
        self.set_busy(False)
        self.name_edit.setFocus()

    def _user_inputs(self) -> list[str]:
        return [self.name_edit.text().strip(), "caseapp"]

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
        strong = self.meter.update_for(passphrase, self._user_inputs())
        confirm = self.confirm_edit.text()
        matches = passphrase == confirm
        self.mismatch_label.setText(tr(MISMATCH) if confirm and not matches else "")
        self.create_button.setEnabled(name_ok and strong and matches and bool(passphrase))

    def _submit(self) -> None:
        if self.create_button.isEnabled():
            self.submitted.emit()
        elif self.confirm_edit.text() and self.confirm_edit.text() != self.passphrase_edit.text():
            self.confirm_edit.setFocus()

    def sheet_output(self) -> str:
        """Where the recovery sheet goes (an ``Output`` value), or "" for none."""
        return str(self.sheet_combo.currentData() or "")

    def take_input(self) -> tuple[str, str]:
        """The name and passphrase; the passphrase fields are wiped."""
        name, passphrase = self.name_edit.text().strip(), self.passphrase_edit.text()
        wipe_field(self.passphrase_edit)
        wipe_field(self.confirm_edit)
        return name, passphrase

    def set_busy(self, busy: bool) -> None:
        for widget in (
            self.name_edit,
            self.passphrase_edit,
            self.confirm_edit,
            self.sheet_combo,
            self.restore_button,
            self.field_button,
        ):
            widget.setEnabled(not busy)
        # The fields were wiped on submit: an empty meter would only confuse now.
        self.meter.setVisible(not busy)
        self.mismatch_label.setVisible(not busy)
        if busy:
            self.create_button.setEnabled(False)
            self.status.busy(tr("Creating the vault… this takes a few seconds."))
        else:
            self._revalidate()

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.status.error(message)
        self.passphrase_edit.setFocus()
