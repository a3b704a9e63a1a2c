"""Administration (administrators only): users and roles, resetting a
passphrase, rekeying the vault, a new recovery code. The service refuses all
of it for anyone else; the main window does not even show the tab.

Changing one's own passphrase is for every user: ``PassphraseDialog``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.core.users import Role
from caseapp.gui.error_text import user_message
from caseapp.gui.field_office import FieldLaptopsBox
from caseapp.gui.form_parts import StatusLine, passphrase_field, wipe_field
from caseapp.gui.i18n import tr
from caseapp.gui.session_access import SessionAccess
from caseapp.gui.strength_meter import StrengthMeter


def role_label(role: Role) -> str:
    return {
        Role.ADMIN: tr("Administrator"),
        Role.ATTORNEY: tr("Attorney"),
        Role.PARALEGAL: tr("Paralegal"),
        Role.INTAKE: tr("Intake"),
    }[role]


class PassphrasePair(QWidget):
    """New passphrase twice, with the strength meter; ``value()`` or an error text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = passphrase_field(tr("New passphrase"))
        self.second = passphrase_field(tr("New passphrase again"))
        self.meter = StrengthMeter()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("&New passphrase:"), self.first)
        form.addRow(tr("A&gain:"), self.second)
        form.addRow("", self.meter)
        self.first.textChanged.connect(lambda text: self.meter.update_for(text, []))

    def problem(self) -> str:
        if not self.first.text():
            return tr("Type the new passphrase.")
        if self.first.text() != self.second.text():
            return tr("The two passphrases are not the same.")
        if not self.meter.acceptable:
            return tr("Choose a stronger passphrase (several unrelated words work well).")
        return ""

    def take(self) -> str:
        value = self.first.text()
        wipe_field(self.first)
        wipe_field(self.second)
        return value


class PassphraseDialog(QDialog):
    """Change your own passphrase (every user)."""

    def __init__(self, access: SessionAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.access = access
        self.setWindowTitle(tr("Change my passphrase"))
        self.current = passphrase_field(tr("Current passphrase"))
        self.pair = PassphrasePair()
        self.status = StatusLine()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.change)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("&Current passphrase:"), self.current)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pair)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def change(self) -> None:
        problem = self.pair.problem()
        if problem:
            self.status.error(problem)
            return
        current, new = self.current.text(), self.pair.take()
        wipe_field(self.current)
        try:
            self.access.call(lambda s: s.change_passphrase(current, new))
        except Exception as exc:
            self.status.error(user_message(exc))
            return
        self.accept()


class AdminPanel(QWidget):
    """Users and roles, and the vault's keys."""

    def __init__(self, access: SessionAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.access = access
        self.users = QTableWidget(0, 2)
        self.users.setAccessibleName(tr("Users"))
        self.users.setHorizontalHeaderLabels([tr("User"), tr("Role")])
        self.users.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.users.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.users.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.users.verticalHeader().hide()
        self.users.horizontalHeader().setStretchLastSection(True)

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(tr("New user's name"))
        self.name_edit.setPlaceholderText(tr("Letters, digits, . _ -"))
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName(tr("Role"))
        for role in Role:
            self.role_combo.addItem(role_label(role), role.value)
        self.role_combo.setCurrentIndex(self.role_combo.findData(Role.PARALEGAL.value))
        self.new_pair = PassphrasePair()
        self.add_button = QPushButton(tr("&Add user"))
        self.remove_button = QPushButton(tr("&Remove selected user"))
        self.set_role_button = QPushButton(tr("Give the selected user this &role"))
        self.reset_button = QPushButton(tr("Set a new passphrase for the selected user…"))
        self.rekey_button = QPushButton(tr("Re&key the vault…"))
        self.rekey_button.setToolTip(
            tr(
                "A new database key for everyone (after a laptop or a passphrase "
                "may have been exposed)"
            )
        )
        self.recovery_button = QPushButton(tr("New recovery &code…"))
        self.retention_label = QLabel(
            tr(
                "Files are purged only when you review the list and confirm: never "
                "automatically. A purge removes the file for good (rows, documents, search "
                "entries) and leaves only a non-identifying entry in the audit log."
            )
        )
        self.retention_label.setWordWrap(True)
        self.retention_years = QSpinBox()
        self.retention_years.setAccessibleName(
            tr("Years to keep a file after its last case closed")
        )
        self.retention_years.setRange(1, 50)
        self.retention_years.setSuffix(tr(" years"))
        self.retention_save = QPushButton(tr("Save the &policy"))
        self.review_button = QPushButton(tr("Re&view files due…"))
        self.due_table = QTableWidget(0, 4)
        self.due_table.setAccessibleName(tr("Files due for purging"))
        self.due_table.setHorizontalHeaderLabels(
            [tr("Client"), tr("Last case closed"), tr("Due since"), tr("Cases")]
        )
        self.due_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.due_table.verticalHeader().hide()
        self.due_table.horizontalHeader().setStretchLastSection(True)
        self.due_table.hide()
        self.purge_button = QPushButton(tr("&Purge these files…"))
        self.purge_button.hide()
        self._due: list[str] = []  # the reviewed ids; what a purge may remove
        self.status = StatusLine()
        self.code_box: QMessageBox | None = None
        self.field_laptops = FieldLaptopsBox(access)

        add_box = QGroupBox(tr("Add a user"))
        add_form = QFormLayout(add_box)
        add_form.addRow(tr("&Name:"), self.name_edit)
        add_form.addRow(tr("R&ole:"), self.role_combo)
        add_form.addRow(self.new_pair)
        add_form.addRow("", self.add_button)
        user_buttons = QHBoxLayout()
        user_buttons.addWidget(self.set_role_button)
        user_buttons.addWidget(self.reset_button)
        user_buttons.addWidget(self.remove_button)
        user_buttons.addStretch(1)
        keys_box = QGroupBox(tr("Keys", "encryption keys"))
        keys = QHBoxLayout(keys_box)
        keys.addWidget(self.rekey_button)
        keys.addWidget(self.recovery_button)
        keys.addStretch(1)
        retention_box = QGroupBox(tr("Retention"))
        retention = QVBoxLayout(retention_box)
        retention.addWidget(self.retention_label)
        policy = QHBoxLayout()
        policy.addWidget(QLabel(tr("Keep a file after its last case closed for:")))
        policy.addWidget(self.retention_years)
        policy.addWidget(self.retention_save)
        policy.addStretch(1)
        policy.addWidget(self.review_button)
        retention.addLayout(policy)
        retention.addWidget(self.due_table)
        retention.addWidget(self.purge_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(QLabel("<b>" + tr("Users and roles") + "</b>"))
        layout.addWidget(self.users, 1)
        layout.addLayout(user_buttons)
        layout.addWidget(add_box)
        lower = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(keys_box)
        left.addWidget(retention_box, 1)
        lower.addLayout(left, 1)
        lower.addWidget(self.field_laptops, 1)
        layout.addLayout(lower)
        layout.addWidget(self.status)

        self.add_button.clicked.connect(self.add_user)
        self.remove_button.clicked.connect(self.remove_user)
        self.set_role_button.clicked.connect(self.set_role)
        self.reset_button.clicked.connect(self.reset_passphrase)
        self.rekey_button.clicked.connect(self.rekey)
        self.recovery_button.clicked.connect(self.new_recovery_code)
        self.retention_save.clicked.connect(self.save_retention)
        self.review_button.clicked.connect(self.review_due)
        self.purge_button.clicked.connect(self.purge_due)

    def refresh(self) -> None:
        try:
            users = self.access.call(lambda s: s.list_users())
        except Exception as exc:
            self.status.error(user_message(exc))
            return
        self.users.setRowCount(len(users))
        for row, user in enumerate(users):
            self.users.setItem(row, 0, QTableWidgetItem(user.name))
            self.users.setItem(row, 1, QTableWidgetItem(role_label(user.role)))
        try:
            self.retention_years.setValue(self.access.call(lambda s: s.retention_policy()).years)
        except Exception as exc:
            self.status.error(user_message(exc))
        self.field_laptops.refresh()

    def _selected(self) -> str:
        row = self.users.currentRow()
        item = self.users.item(row, 0) if row >= 0 else None
        if item is None:
            self.status.error(tr("Select a user in the list first."))
            return ""
        return item.text()

    def _do(self, action: object, done: str) -> bool:
        try:
            self.access.call(action)  # type: ignore[arg-type]
        except Exception as exc:
            self.status.error(user_message(exc))
            return False
        self.status.info(done)
        self.refresh()
        return True

    def add_user(self) -> None:
        problem = self.new_pair.problem()
        if problem:
            self.status.error(problem)
            return
        name, role, passphrase = (
            self.name_edit.text(),
            Role(self.role_combo.currentData()),
            self.new_pair.take(),
        )
        if self._do(lambda s: s.add_user(name, role, passphrase), tr("User added.")):
            self.name_edit.clear()

    def remove_user(self) -> None:
        name = self._selected()
        if name and self._confirm(
            tr("Remove the user %1? They will no longer be able to unlock.").replace("%1", name)
        ):
            self._do(lambda s: s.remove_user(name), tr("User removed."))

    def set_role(self) -> None:
        name = self._selected()
        role = Role(self.role_combo.currentData())
        if name:
            self._do(lambda s: s.set_role(name, role), tr("Role changed."))

    def reset_passphrase(self) -> None:
        name = self._selected()
        if not name:
            return
        problem = self.new_pair.problem()
        if problem:
            self.status.error(tr("Type the new passphrase in the Add a user box first: ") + problem)
            return
        new = self.new_pair.take()
        self._do(
            lambda s: s.reset_passphrase(name, new), tr("Passphrase set; tell the user in person.")
        )

    def rekey(self) -> None:
        if self._confirm(
            tr(
                "Give the vault a new database key? Every user keeps their passphrase. "
                "Do this after a laptop or a key file may have been copied."
            )
        ):
            self.status.busy(tr("Rekeying the vault…"))
            self.rekey_button.setEnabled(False)
            self.access.submit(
                "rekey",
                lambda s: s.rekey(),
                lambda _done: self._rekeyed(None),
                self._rekeyed,
            )

    def _rekeyed(self, exc: BaseException | None) -> None:
        self.rekey_button.setEnabled(True)
        if exc is None:
            self.status.info(tr("The vault has a new key."))
        else:
            self.status.error(user_message(exc))

    def new_recovery_code(self) -> None:
        if not self._confirm(
            tr("Replace the recovery code? The old one stops working; the new one is shown once.")
        ):
            return
        try:
            code = self.access.call(lambda s: s.replace_recovery_code())
        except Exception as exc:
            self.status.error(user_message(exc))
            return
        box = QMessageBox(self)
        box.setWindowTitle(tr("New recovery code"))
        box.setText(tr("Write this down and give it to the supervising attorney:"))
        box.setInformativeText(code)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code_box = box
        box.exec()
        box.setInformativeText("")
        self.code_box = None

    # -- retention ---------------------------------------------------------------

    def save_retention(self) -> None:
        from caseapp.core.retention import RetentionPolicy

        years = self.retention_years.value()
        self._do(
            lambda s: s.set_retention_policy(RetentionPolicy(years)),
            tr("Files are now kept %1 years after their last case closed.").replace(
                "%1", str(years)
            ),
        )

    def review_due(self) -> None:
        """The files the policy makes due, with names, for a person to check."""
        try:
            due = self.access.call(lambda s: s.purge_review())
        except Exception as exc:
            self.status.error(user_message(exc))
            return
        self._due = [f.uuid for f in due]
        self.due_table.setRowCount(len(due))
        for row, f in enumerate(due):
            for col, text in enumerate(
                (f.name, f.since.isoformat(), f.due_on.isoformat(), str(f.cases))
            ):
                self.due_table.setItem(row, col, QTableWidgetItem(text))
        self.due_table.setVisible(bool(due))
        self.purge_button.setVisible(bool(due))
        self.purge_button.setText(tr("&Purge these %n file(s)…", None, len(due)))
        if due:
            self.status.info(tr("%n file(s) due. Check the list before purging.", None, len(due)))
        else:
            self.status.info(tr("No file is due under the policy."))

    def purge_due(self) -> None:
        reviewed = list(self._due)
        if not reviewed or not self._confirm(
            tr(
                "Purge %n file(s) for good? They cannot be brought back, except from a "
                "backup made before now.",
                None,
                len(reviewed),
            )
        ):
            return
        self.purge_button.setEnabled(False)
        self.status.busy(tr("Purging and compacting the vault…"))
        self.access.submit("purge", lambda s: s.purge(reviewed), self._purged, self._purge_failed)

    def _purged(self, count: int) -> None:
        self.purge_button.setEnabled(True)
        self._clear_due()
        self.status.info(tr("Purged %n file(s); the vault file was compacted.", None, count))

    def _purge_failed(self, exc: BaseException) -> None:
        self.purge_button.setEnabled(True)
        self._clear_due()
        self.status.error(user_message(exc))

    def _clear_due(self) -> None:
        self._due = []
        self.due_table.setRowCount(0)
        self.due_table.hide()
        self.purge_button.hide()

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, tr("Please confirm"), text)
        return answer == QMessageBox.StandardButton.Yes

    def clear(self) -> None:
        self._clear_due()
        self.field_laptops.clear()
        self.users.setRowCount(0)
        self.new_pair.take()
        self.status.clear()
