"""The window of a field laptop: take new intakes, seal them for the office.

A field vault (set up from the office's field kit) can do nothing else — the
service refuses every other act — and this window offers nothing else: no
client list, no search, no file to open. Intakes wait in the field vault,
encrypted like any vault, and the list shows only *when* each was taken.
Sealing writes one file per intake that only the office can open, then
removes the intake from this laptop.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity, ClientProfile, validate_identity
from caseapp.core.errors import InvalidInput
from caseapp.core.users import User
from caseapp.gui import file_dialogs
from caseapp.gui.admin import PassphraseDialog
from caseapp.gui.error_text import user_message
from caseapp.gui.form_parts import StatusLine, explanation, heading
from caseapp.gui.i18n import tr
from caseapp.gui.intake_dialog import parse_date
from caseapp.gui.main_window import _action
from caseapp.gui.session_access import SessionAccess
from caseapp.gui.settings_dialog import SettingsDialog

GEOMETRY_KEY = "field_window/geometry"
SEAL_CHANNEL = "field seal"
MAX_DOCUMENTS = 20


class FieldWindow(QMainWindow):
    """Same signals as the main window: ``lock_requested``, ``closing``,
    ``settings_changed``."""

    lock_requested = Signal()
    closing = Signal()
    settings_changed = Signal()

    def __init__(
        self,
        access: SessionAccess,
        user: User,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.access = access
        self.user = user
        self._settings = settings
        self.intake_dialog: FieldIntakeDialog | None = None
        self.setWindowTitle(tr("caseapp — field laptop — signed in as %1").replace("%1", user.name))

        self.lock_action = _action(
            self,
            tr("&Lock"),
            "Ctrl+L",
            tr("Lock the vault now (Ctrl+L)"),
            QIcon.ThemeIcon.SystemLockScreen,
        )
        self.lock_action.triggered.connect(self.lock_requested.emit)
        self.new_intake_action = _action(
            self, tr("&New intake…"), "Ctrl+N", tr("Take a new intake (Ctrl+N)")
        )
        self.new_intake_action.triggered.connect(self.new_intake)
        self.seal_action = _action(
            self,
            tr("&Seal for the office…"),
            "Ctrl+Shift+S",
            tr("Seal every intake for the office and remove it from this laptop"),
        )
        self.seal_action.triggered.connect(self.seal)
        self.passphrase_action = _action(self, tr("Change my &passphrase…"), "", "")
        self.passphrase_action.triggered.connect(self.change_passphrase)
        self.settings_action = _action(self, tr("&Settings…"), "Ctrl+,", "")
        self.settings_action.triggered.connect(self.show_settings)
        vault_menu = self.menuBar().addMenu(tr("&Vault"))
        for action in (self.passphrase_action, self.settings_action):
            vault_menu.addAction(action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.lock_action)
        intake_menu = self.menuBar().addMenu(tr("&Intakes"))
        intake_menu.addAction(self.new_intake_action)
        intake_menu.addAction(self.seal_action)
        from caseapp.gui import about_dialog  # the dialog loads only here, not at start

        self.about_action = about_dialog.add_to_menu(self.menuBar().addMenu(tr("&Help")), self)

        # Shown when the audit log fails its check at unlock: never hidden.
        self.audit_warning = QLabel()
        self.audit_warning.setWordWrap(True)
        self.audit_warning.setAccessibleName(tr("Audit log warning"))
        self.audit_warning.setStyleSheet(
            "background: #fdecea; color: #8a1c12; padding: 8px; border: 1px solid #e0a39b;"
        )
        self.audit_warning.hide()
        self.device_label = QLabel()
        self.device_label.setAccessibleName(tr("This field laptop"))
        self.device_label.setWordWrap(True)
        self.new_button = QPushButton(tr("&New intake…"))
        self.new_button.setDefault(True)
        self.new_button.setMinimumHeight(40)
        self.new_button.clicked.connect(self.new_intake)
        self.seal_button = QPushButton(tr("&Seal for the office…"))
        self.seal_button.setMinimumHeight(40)
        self.seal_button.clicked.connect(self.seal)
        self.waiting_label = QLabel()
        self.waiting_label.setAccessibleName(tr("Intakes waiting to be sealed"))
        self.waiting_label.setWordWrap(True)
        self.waiting = QListWidget()
        self.waiting.setAccessibleName(tr("When each waiting intake was taken"))
        self.waiting.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.status = StatusLine()

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.seal_button)
        buttons.addStretch(1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.audit_warning)
        layout.addWidget(heading(tr("Field laptop")))
        layout.addWidget(self.device_label)
        layout.addWidget(
            explanation(
                tr(
                    "Intakes are kept encrypted on this laptop until you seal them. Sealing "
                    "writes one file per intake that only the office can open, and removes "
                    "the intake from this laptop: nobody can read it here again. Carry the "
                    "sealed files to the office (a USB stick is fine; they are encrypted)."
                )
            )
        )
        layout.addLayout(buttons)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.waiting, 1)
        layout.addWidget(self.status)
        self.setCentralWidget(central)
        self.user_label = QLabel(tr("Signed in as %1").replace("%1", user.name))
        self.user_label.setAccessibleName(tr("Signed-in user"))
        self.statusBar().addPermanentWidget(self.user_label)
        self.resize(760, 560)
        if settings is not None:
            geometry = settings.value(GEOMETRY_KEY)
            if geometry is not None:
                self.restoreGeometry(geometry)
        self._show_device()
        self.refresh()

    # -- what waits --------------------------------------------------------------

    def _show_device(self) -> None:
        try:
            info = self.access.call(lambda s: s.field_info())
        except Exception as exc:
            self.status.error(user_message(exc))
            return
        if info is not None:
            self.device_label.setText(
                tr("This laptop: %1. Intakes are sealed for the office on form version %2.")
                .replace("%1", info.device_name)
                .replace("%2", info.form_version)
            )

    def refresh(self) -> None:
        try:
            taken = self.access.call(lambda s: s.pending_intakes())
        except Exception as exc:
            self.status.error(user_message(exc))
            return
        self.show_waiting(taken)

    def show_waiting(self, taken: list[str]) -> None:
        self.waiting.clear()
        for number, at in enumerate(taken, 1):
            self.waiting.addItem(
                tr("Intake %1 — taken %2").replace("%1", str(number)).replace("%2", _local(at))
            )
        count = len(taken)
        if count:
            self.waiting_label.setText(tr("%n intake(s) wait to be sealed.", "", count))
        else:
            self.waiting_label.setText(tr("Nothing waits to be sealed."))
        self.seal_button.setEnabled(bool(count))
        self.seal_action.setEnabled(bool(count))

    # -- acts --------------------------------------------------------------------

    def new_intake(self) -> None:
        dialog = FieldIntakeDialog(self.access, self)
        self.intake_dialog = dialog
        dialog.taken.connect(self._taken)
        dialog.open()

    def _taken(self, waiting: int) -> None:
        self.refresh()
        self.status.info(
            tr(
                "Intake saved on this laptop, encrypted. %n intake(s) wait to be sealed.",
                "",
                waiting,
            )
        )

    def seal(self) -> None:
        count = self.waiting.count()
        if not count:
            self.status.info(tr("Nothing waits to be sealed."))
            return
        folder = file_dialogs.choose_folder(self, tr("Where to write the sealed intakes"))
        if folder is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Seal for the office"),
            tr(
                "Seal %n intake(s) into %1? Each becomes a file only the office can open, "
                "and is removed from this laptop: it cannot be read here again.",
                "",
                count,
            ).replace("%1", str(folder)),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        seal_button = box.addButton(tr("&Seal"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not seal_button:
            return
        self.seal_into(folder)

    def seal_into(self, folder: Path) -> None:
        self.new_button.setEnabled(False)
        self.seal_button.setEnabled(False)
        self.status.busy(tr("Sealing…"))
        self.access.submit(
            SEAL_CHANNEL,
            lambda s: s.seal_intakes(folder),
            lambda written: self._sealed(folder, len(written)),
            self._seal_failed,
        )

    def _sealed(self, folder: Path, count: int) -> None:
        self.new_button.setEnabled(True)
        self.refresh()
        self.status.info(
            tr(
                "Sealed %n intake(s) into %1. They are gone from this laptop; take the "
                "files to the office.",
                "",
                count,
            ).replace("%1", str(folder))
        )

    def _seal_failed(self, exc: BaseException) -> None:
        self.new_button.setEnabled(True)
        self.refresh()  # what was sealed before the failure is gone; the rest waits
        self.status.error(user_message(exc))

    def change_passphrase(self) -> None:
        dialog = PassphraseDialog(self.access, self)
        self.passphrase_dialog = dialog
        dialog.accepted.connect(lambda: self.status.info(tr("Passphrase changed.")))
        dialog.open()

    def show_settings(self) -> None:
        if self._settings is None:
            return
        dialog = SettingsDialog(self._settings, self)
        self.settings_dialog = dialog
        dialog.accepted.connect(self.settings_changed.emit)
        dialog.open()

    # -- what the controller calls (as on the main window) --------------------------

    def show_audit_warning(self, summary: str) -> None:
        self.audit_warning.setText(
            tr(
                "<b>The audit log does not verify.</b> Entries may have been edited or removed "
                "(%1). Tell the supervising attorney; they can check it with the audit "
                "anchor (<tt>caseapp audit verify --anchor</tt>)."
            ).replace("%1", summary)
        )
        self.audit_warning.show()

    def restore_drafts(self) -> None:
        """Nothing to restore: an intake is stored when it is saved, not before."""

    def stash_drafts(self) -> list[str]:
        """At an idle lock: an intake being typed cannot be kept (a field vault keeps
        only finished intakes); say so."""
        dialog = self.intake_dialog
        if dialog is not None and dialog.isVisible() and dialog.has_input():
            return [tr("New intake")]
        return []

    def confirm_leave(self) -> bool:
        dialog = self.intake_dialog
        if dialog is None or not dialog.isVisible() or not dialog.has_input():
            return True
        answer = QMessageBox.question(
            self,
            tr("Intake not saved"),
            tr("The intake being typed is not saved. Leave it and lose what was typed?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def clear(self) -> None:
        """At lock: dialogs closed (what they held dropped), nothing left on screen."""
        for dialog in self.findChildren(QWidget):
            if dialog.isWindow() and dialog is not self:
                if isinstance(dialog, FieldIntakeDialog):
                    dialog.forget()
                dialog.close()
        self.waiting.clear()
        self.device_label.clear()

    def save_geometry(self) -> None:
        if self._settings is not None:
            self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_leave():
            event.ignore()
            return
        self.save_geometry()
        self.closing.emit()
        super().closeEvent(event)


def _local(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def _line(name: str, placeholder: str = "", max_length: int = 200) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(max_length)
    return edit


class FieldIntakeDialog(QDialog):
    """One new intake on a field laptop. Saving stores it (encrypted) to wait for
    sealing; it is never shown again here. Emits ``taken(waiting_count)``."""

    taken = Signal(int)

    def __init__(self, access: SessionAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.access = access
        self.setWindowTitle(tr("New intake"))
        self._documents: list[tuple[str, bytes]] = []
        self.given_edit = _line(tr("Given names"))
        self.family_edit = _line(tr("Family names"))
        self.preferred_edit = _line(tr("Preferred name"))
        self.dob_edit = _line(tr("Date of birth"), tr("YYYY-MM-DD"), 10)
        self.languages_edit = _line(tr("Languages"), tr("Preferred first, e.g. Spanish, Mam"))
        self.interpreter_check = QCheckBox(tr("Needs an &interpreter"))
        self.phone_edit = _line(tr("Phone"), tr("e.g. +1 415 555 0134"), 40)
        self.safe_call_check = QCheckBox(tr("Safe to &call"))
        self.safe_text_check = QCheckBox(tr("Safe to te&xt"))
        self.street_edit = _line(tr("Street address"))
        self.city_edit = _line(tr("City"), "", 100)
        self.region_edit = _line(tr("State"), tr("e.g. CA"), 80)
        self.postal_edit = _line(tr("ZIP code"), "", 20)
        self.safe_mail_check = QCheckBox(tr("Safe to send &mail"))
        self.a_number_edit = _line(tr("A-number"), tr("e.g. A123456789"), 20)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(tr("Intake note"))
        self.note_edit.setPlaceholderText(tr("What the person needs help with, in their words"))
        self.sensitive_check = QCheckBox(tr("The note is &sensitive (e.g. an asylum narrative)"))
        self.documents_list = QListWidget()
        self.documents_list.setAccessibleName(tr("Attached documents"))
        self.documents_list.setMaximumHeight(70)
        self.attach_button = QPushButton(tr("&Attach a document…"))
        self.attach_button.clicked.connect(self.attach)

        person = QFormLayout()
        person.addRow(tr("&Given names:"), self.given_edit)
        person.addRow(tr("&Family names:"), self.family_edit)
        person.addRow(tr("&Preferred name:"), self.preferred_edit)
        person.addRow(tr("&Date of birth:"), self.dob_edit)
        person.addRow(tr("&Languages:"), self.languages_edit)
        person.addRow("", self.interpreter_check)
        person_box = QGroupBox(tr("The person"))
        person_box.setLayout(person)
        contact = QFormLayout()
        contact.addRow(tr("P&hone:"), self.phone_edit)
        safe = QHBoxLayout()
        safe.addWidget(self.safe_call_check)
        safe.addWidget(self.safe_text_check)
        safe.addStretch(1)
        contact.addRow("", safe)
        contact.addRow(tr("S&treet address:"), self.street_edit)
        contact.addRow(tr("Cit&y:"), self.city_edit)
        contact.addRow(tr("St&ate:"), self.region_edit)
        contact.addRow(tr("&ZIP code:"), self.postal_edit)
        contact.addRow("", self.safe_mail_check)
        contact.addRow(tr("A-&number:"), self.a_number_edit)
        contact_box = QGroupBox(tr("Contact and numbers (optional)"))
        contact_box.setLayout(contact)
        note_box = QGroupBox(tr("Note and documents (optional)"))
        notes = QVBoxLayout(note_box)
        notes.addWidget(self.note_edit, 1)
        notes.addWidget(self.sensitive_check)
        notes.addWidget(self.documents_list)
        notes.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.status = StatusLine()
        self.save_button = QPushButton(tr("&Save the intake"))
        self.save_button.setDefault(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(person_box)
        left.addWidget(note_box, 1)
        columns.addLayout(left, 1)
        columns.addWidget(contact_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(860, 600)
        self.given_edit.setFocus()

    def _inputs(self) -> list[QLineEdit]:
        return [
            self.given_edit,
            self.family_edit,
            self.preferred_edit,
            self.dob_edit,
            self.languages_edit,
            self.phone_edit,
            self.street_edit,
            self.city_edit,
            self.region_edit,
            self.postal_edit,
            self.a_number_edit,
        ]

    def has_input(self) -> bool:
        return (
            any(edit.text().strip() for edit in self._inputs())
            or bool(self.note_edit.toPlainText().strip())
            or bool(self._documents)
        )

    def forget(self) -> None:
        """Drop what was typed (at lock): fields cleared with their undo history."""
        for edit in self._inputs():
            edit.setText("")
        self.note_edit.setPlainText("")
        self._documents.clear()
        self.documents_list.clear()

    def attach(self) -> None:
        if len(self._documents) >= MAX_DOCUMENTS:
            self.status.error(
                tr("At most %1 documents per intake.").replace("%1", str(MAX_DOCUMENTS))
            )
            return
        path = file_dialogs.choose_file_to_open(self, tr("Attach a document"))
        if path is None:
            return
        self.attach_file(path)

    def attach_file(self, path: Path) -> None:
        from caseapp.core.documents import check_document

        try:
            data = path.read_bytes()
            check_document(path.name, data)
        except OSError:
            self.status.error(tr("That file could not be read."))
            return
        except Exception as exc:
            self.status.error(user_message(exc))
            return
        self._documents.append((path.name, data))
        self.documents_list.addItem(path.name)
        self.status.clear()

    def intake(self) -> tuple[ClientIdentity, ClientProfile, list[tuple[str, rec.Record]]]:
        """What was typed, checked; InvalidInput says what to fix."""
        identity = ClientIdentity(
            self.given_edit.text(),
            self.family_edit.text(),
            self.preferred_edit.text(),
            parse_date(self.dob_edit.text(), tr("The date of birth")),
        )
        validate_identity(identity)
        languages = tuple(p.strip() for p in self.languages_edit.text().split(",") if p.strip())
        profile = ClientProfile(
            languages=languages, interpreter_needed=self.interpreter_check.isChecked()
        )
        records: list[tuple[str, rec.Record]] = []
        if self.phone_edit.text().strip():
            phone = rec.Phone(
                self.phone_edit.text(),
                safe_to_call=self.safe_call_check.isChecked(),
                safe_to_text=self.safe_text_check.isChecked(),
                primary=True,
            )
            records.append((rec.new_uuid(), phone))
        address_parts = (self.city_edit, self.region_edit, self.postal_edit)
        if self.street_edit.text().strip() or any(e.text().strip() for e in address_parts):
            if not self.street_edit.text().strip():
                raise InvalidInput(tr("Type the street address too, or leave the address empty."))
            address = rec.Address(
                self.street_edit.text(),
                city=self.city_edit.text(),
                region=self.region_edit.text(),
                postal_code=self.postal_edit.text(),
                safe_to_mail=self.safe_mail_check.isChecked(),
            )
            records.append((rec.new_uuid(), address))
        if self.a_number_edit.text().strip():
            records.append((rec.new_uuid(), rec.Identifier("a_number", self.a_number_edit.text())))
        if self.note_edit.toPlainText().strip():
            note = rec.Note(
                self.note_edit.toPlainText(), sensitive=self.sensitive_check.isChecked()
            )
            records.append((rec.new_uuid(), note))
        return identity, profile, records

    def save(self) -> None:
        try:
            identity, profile, records = self.intake()
            documents = list(self._documents)
            waiting = self.access.call(
                lambda s: s.take_intake(identity, profile, records, documents)
            )
        except Exception as exc:
            self.status.error(user_message(exc))
            return
        self.forget()
        self.taken.emit(waiting)
        self.accept()

    def reject(self) -> None:
        if self.has_input() and self.isVisible():
            answer = QMessageBox.question(
                self,
                tr("Intake not saved"),
                tr("Close without saving? What was typed is lost."),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self.forget()
        super().reject()
