"""Field laptops, office side: enrol a laptop and write its kit, revoke one
(Administration tab), and import the sealed intakes a laptop brought back
(Clients menu). The services decide who may: administrators enrol and revoke;
anyone but intake staff imports."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.gui import file_dialogs
from caseapp.gui.error_text import user_message
from caseapp.gui.form_parts import StatusLine, explanation, passphrase_field, wipe_field
from caseapp.gui.i18n import tr
from caseapp.gui.session_access import SessionAccess

if TYPE_CHECKING:
    from caseapp.services.field import BundleOutcome, Device

KIT_CHANNEL = "field kit"
IMPORT_CHANNEL = "intake import"


def _table(headers: Sequence[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


class FieldLaptopsBox(QGroupBox):
    """The enrolled field laptops, with Enrol… and Revoke."""

    def __init__(self, access: SessionAccess, parent: QWidget | None = None) -> None:
        super().__init__(tr("Field laptops"), parent)
        self.access = access
        self.devices = _table(
            [tr("Laptop"), tr("Enrolled on"), tr("Status"), tr("Device id")], tr("Field laptops")
        )
        self.devices.setMaximumHeight(130)
        self.enrol_button = QPushButton(tr("&Enrol a field laptop…"))
        self.revoke_button = QPushButton(tr("Revoke the &selected laptop…"))
        self.status = StatusLine()
        self.enrol_dialog: EnrolDialog | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.enrol_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.devices)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.enrol_button.clicked.connect(self.enrol)
        self.revoke_button.clicked.connect(self.revoke)
        self._ids: list[str] = []

    def refresh(self) -> None:
        try:
            devices = self.access.call(lambda s: s.field_devices())
        except Exception as exc:
            self.status.error(user_message(exc))
            return
        self.show_devices(devices)

    def show_devices(self, devices: Sequence[Device]) -> None:
        self._ids = [d.device_id for d in devices]
        self.devices.setRowCount(len(devices))
        for row, device in enumerate(devices):
            state = (
                tr("revoked %1").replace("%1", device.revoked_at[:10])
                if device.revoked_at
                else tr("active")
            )
            cells = (device.name, device.enrolled_at[:10], state, device.device_id)
            for column, text in enumerate(cells):
                self.devices.setItem(row, column, QTableWidgetItem(text))
        self.devices.resizeColumnsToContents()

    def enrol(self) -> None:
        dialog = EnrolDialog(self.access, self)
        self.enrol_dialog = dialog
        dialog.enrolled.connect(self._enrolled)
        dialog.open()

    def _enrolled(self, message: str) -> None:
        self.refresh()
        self.status.info(message)

    def revoke(self) -> None:
        row = self.devices.currentRow()
        if not 0 <= row < len(self._ids):
            self.status.error(tr("Select a laptop in the list first."))
            return
        device_id = self._ids[row]
        cell = self.devices.item(row, 0)
        name = cell.text() if cell is not None else device_id
        answer = QMessageBox.question(
            self,
            tr("Revoke a field laptop"),
            tr(
                "Revoke %1? Intakes it seals from now on are refused at import. Do this "
                "when a laptop is lost or retired."
            ).replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.access.call(lambda s: s.revoke_device(device_id))
        except Exception as exc:
            self.status.error(user_message(exc))
            return
        self.refresh()
        self.status.info(
            tr("%1 is revoked: its intakes are refused from now on.").replace("%1", name)
        )

    def clear(self) -> None:
        self._ids = []
        self.devices.setRowCount(0)
        self.status.clear()
        if self.enrol_dialog is not None:
            self.enrol_dialog.forget()


class EnrolDialog(QDialog):
    """Enrol a laptop: its name, the kit passphrase twice, the folder for the kit
    (a USB stick). Emits ``enrolled(message)``."""

    enrolled = Signal(str)

    def __init__(self, access: SessionAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.access = access
        self.setWindowTitle(tr("Enrol a field laptop"))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(tr("The laptop's name"))
        self.name_edit.setPlaceholderText(tr("e.g. Clinic laptop 2 — never a person's name"))
        self.name_edit.setMaxLength(60)
        self.first = passphrase_field(tr("Kit passphrase"))
        self.second = passphrase_field(tr("Kit passphrase again"))
        self.folder_edit = QLineEdit()
        self.folder_edit.setAccessibleName(tr("Folder for the kit"))
        self.folder_edit.setReadOnly(True)
        self.folder_button = QPushButton(tr("C&hoose…"))
        self.folder_button.clicked.connect(self.choose_folder)
        folder = QHBoxLayout()
        folder.addWidget(self.folder_edit, 1)
        folder.addWidget(self.folder_button)
        form = QFormLayout()
        form.addRow(tr("&Laptop:"), self.name_edit)
        form.addRow(tr("&Kit passphrase:"), self.first)
        form.addRow(tr("A&gain:"), self.second)
        form.addRow(tr("&Folder:"), folder)
        self.status = StatusLine()
        self.ok_button = QPushButton(tr("&Write the kit"))
        self.ok_button.setDefault(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.clicked.connect(self.write_kit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            explanation(
                tr(
                    "The kit lets one laptop take intakes and seal them to this office. "
                    "It holds no client data. Give the kit passphrase (at least 12 "
                    "characters) to the field worker in person, never with the kit. Use "
                    "an empty folder, for example on a USB stick."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(560, 300)
        self._folder: Path | None = None

    def choose_folder(self) -> None:
        chosen = file_dialogs.choose_folder(self, tr("An empty folder for the kit"))
        if chosen is not None:
            self.set_folder(chosen)

    def set_folder(self, folder: Path) -> None:
        self._folder = folder
        self.folder_edit.setText(str(folder))

    def write_kit(self) -> None:
        from caseapp.services.field import MIN_KIT_PASSPHRASE

        name, folder = self.name_edit.text().strip(), self._folder
        if not name:
            self.status.error(tr("Name the laptop."))
            return
        if self.first.text() != self.second.text():
            self.status.error(tr("The two passphrases are not the same."))
            return
        if len(self.first.text()) < MIN_KIT_PASSPHRASE:
            self.status.error(
                tr("Use a kit passphrase of at least %1 characters.").replace(
                    "%1", str(MIN_KIT_PASSPHRASE)
                )
            )
            return
        if folder is None:
            self.status.error(tr("Choose the folder for the kit."))
            return
        passphrase = self.first.text()
        self.ok_button.setEnabled(False)
        self.status.busy(tr("Writing the kit…"))
        self.access.submit(
            KIT_CHANNEL,
            lambda s: s.make_field_kit(folder, name, passphrase),
            self._written,
            self._failed,
        )

    def _written(self, kit: object) -> None:
        self.forget()
        path = getattr(kit, "path", "")
        self.enrolled.emit(
            tr("Kit written to %1. Give the kit passphrase to the field worker in person.").replace(
                "%1", str(path)
            )
        )
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.status.error(user_message(exc))

    def forget(self) -> None:
        wipe_field(self.first)
        wipe_field(self.second)

    def reject(self) -> None:
        self.access.cancel(KIT_CHANNEL)
        self.forget()
        super().reject()


class ImportIntakesDialog(QDialog):
    """Import the sealed intakes in a folder: each verified, opened, conflict
    checked and imported once; the table says what happened to each file.
    Emits ``imported(count)`` when something new came in."""

    imported = Signal(int)

    def __init__(self, access: SessionAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.access = access
        self.setWindowTitle(tr("Import sealed intakes"))
        self.results = _table(
            [tr("File"), tr("Result"), tr("Why / conflicts")], tr("What happened to each file")
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(tr("Import summary"))
        self.status = StatusLine()
        self.choose_button = QPushButton(tr("&Choose the folder…"))
        self.choose_button.setDefault(True)
        self.choose_button.clicked.connect(self.choose)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            explanation(
                tr(
                    "Choose the folder with the sealed intakes (*.caseapp-intake) a field "
                    "laptop wrote. Each is checked against the enrolled laptops, opened, "
                    "and given the conflict check; a file imported before is skipped, and "
                    "one that fails a check is refused with the reason."
                )
            )
        )
        layout.addWidget(self.results, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def choose(self) -> None:
        folder = file_dialogs.choose_folder(self, tr("The folder with the sealed intakes"))
        if folder is not None:
            self.import_folder(folder)

    def import_folder(self, folder: Path) -> None:
        from caseapp.services.field import BUNDLE_SUFFIX

        try:
            bundles = sorted(p for p in folder.iterdir() if p.name.endswith(BUNDLE_SUFFIX))
        except OSError:
            self.status.error(tr("That folder could not be read."))
            return
        if not bundles:
            self.status.error(tr("There are no sealed intakes (*.caseapp-intake) in that folder."))
            return
        self.choose_button.setEnabled(False)
        self.status.busy(tr("Importing %n sealed intake(s)…", "", len(bundles)))
        self.access.submit(
            IMPORT_CHANNEL, lambda s: s.import_bundles(bundles), self._done, self._failed
        )

    def _done(self, outcomes: list[BundleOutcome]) -> None:

        self.choose_button.setEnabled(True)
        self.status.clear()
        self.show_outcomes(outcomes)
        new = sum(1 for o in outcomes if o.status == "imported")
        if new:
            self.imported.emit(new)

    def show_outcomes(self, outcomes: Sequence[BundleOutcome]) -> None:
        from caseapp.gui.core_messages import translate_message

        labels = {
            "imported": tr("imported"),
            "duplicate": tr("imported before"),
            "rejected": tr("REFUSED"),
        }
        self.results.setRowCount(len(outcomes))
        for row, outcome in enumerate(outcomes):
            if outcome.status == "imported":
                why = (
                    tr("%n possible conflict(s) to review", "", outcome.possible_conflicts)
                    if outcome.possible_conflicts
                    else tr("no possible conflict")
                )
            else:
                why = translate_message(outcome.reason) if outcome.reason else ""
            cells = (outcome.path.name, labels.get(outcome.status, outcome.status), why)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.results.setItem(row, column, item)
        self.results.resizeColumnsToContents()
        counts = {k: sum(1 for o in outcomes if o.status == k) for k in labels}
        self.summary.setText(
            tr("%1 imported, %2 imported before, %3 refused.")
            .replace("%1", str(counts["imported"]))
            .replace("%2", str(counts["duplicate"]))
            .replace("%3", str(counts["rejected"]))
        )

    def _failed(self, exc: BaseException) -> None:
        self.choose_button.setEnabled(True)
        self.status.error(user_message(exc))
