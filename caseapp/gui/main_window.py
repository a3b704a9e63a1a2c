"""The main window: the client list, the dashboard, and open client files as tabs.

Everything it shows comes through a SessionAccess. The window title never
names a client (it shows on the task bar, in screen-sharing pickers and over
the shoulder); the tab of an open file does, while the vault is unlocked.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from caseapp.core.clients import ClientSummary
from caseapp.core.users import Role, User
from caseapp.gui.admin import AdminPanel, PassphraseDialog
from caseapp.gui.audit_viewer import AuditViewer
from caseapp.gui.client_file import ClientFileWidget
from caseapp.gui.client_list import ClientListPanel, SessionRows
from caseapp.gui.clipboard import SecretClipboard
from caseapp.gui.dashboard import DashboardPanel
from caseapp.gui.error_text import user_message
from caseapp.gui.i18n import tr
from caseapp.gui.intake_dialog import NewIntakeDialog
from caseapp.gui.session_access import SessionAccess
from caseapp.gui.settings_dialog import (
    DEFAULT_BACKUP_DAYS,
    SettingsDialog,
    backup_remind_days,
)
from caseapp.gui.shortcuts import ShortcutsDialog
from caseapp.services.backup import BackupInfo
from caseapp.services.session import AUDIT_READERS

GEOMETRY_KEY = "main_window/geometry"
SEARCH_CHANNEL = "client search"
BACKUP_CHANNEL = "backup"


class MainWindow(QMainWindow):
    """Emits ``lock_requested`` for the Lock action and ``closing`` when closed."""

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
        self._locking = False
        self.setWindowTitle(tr("caseapp — signed in as %1").replace("%1", user.name))

        # -- actions -------------------------------------------------------------
        self.lock_action = _action(
            self,
            tr("&Lock"),
            "Ctrl+L",
            tr("Lock the vault now (Ctrl+L)"),
            QIcon.ThemeIcon.SystemLockScreen,
        )
        self.lock_action.triggered.connect(self.lock_requested.emit)
        self.new_intake_action = _action(
            self, tr("&New intake…"), "Ctrl+N", tr("Start a new client intake (Ctrl+N)")
        )
        self.new_intake_action.triggered.connect(self.new_intake)
        self.find_action = _action(
            self, tr("&Find client"), "Ctrl+F", tr("Search clients (Ctrl+F)")
        )
        self.find_action.triggered.connect(self.show_clients)
        self.dashboard_action = _action(
            self, tr("&Dashboard"), "Ctrl+D", tr("Upcoming hearings and deadlines (Ctrl+D)")
        )
        self.dashboard_action.triggered.connect(self.show_dashboard)
        self.close_file_action = _action(
            self, tr("&Close client file"), "Ctrl+W", tr("Close the open client file (Ctrl+W)")
        )
        self.close_file_action.triggered.connect(self.close_current_file)
        self.shortcuts_action = _action(self, tr("&Keyboard shortcuts"), "F1", "")
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.passphrase_action = _action(self, tr("Change my &passphrase…"), "", "")
        self.passphrase_action.triggered.connect(self.change_passphrase)
        self.settings_action = _action(self, tr("&Settings…"), "Ctrl+,", "")
        self.settings_action.triggered.connect(self.show_settings)
        self.intake_form_action = _action(
            self,
            tr("Print a &blank intake form…"),
            "",
            tr("The bilingual paper intake form, blank, to print or save"),
        )
        self.intake_form_action.triggered.connect(self.print_intake_form)
        self.audit_report_action = _action(
            self,
            tr("Print the &audit report…"),
            "",
            tr("Who did what, with the log's verification, to print or save"),
        )
        self.audit_report_action.triggered.connect(self.print_audit_report)
        self.backup_action = _action(
            self,
            tr("&Back up the vault…"),
            "",
            tr("Write an encrypted backup of the whole vault, to keep on another disk"),
        )
        self.backup_action.triggered.connect(self.back_up)
        self.import_intakes_action = _action(
            self,
            tr("&Import sealed intakes…"),
            "",
            tr("Intakes sealed on a field laptop: verify, open, conflict-check, import"),
        )
        self.import_intakes_action.triggered.connect(self.import_sealed_intakes)

        vault_menu = self.menuBar().addMenu(tr("&Vault"))
        vault_menu.addAction(self.passphrase_action)
        vault_menu.addAction(self.settings_action)
        if user.role in AUDIT_READERS:  # the service refuses everyone else anyway
            vault_menu.addAction(self.audit_report_action)
        if user.is_admin:  # likewise
            vault_menu.addAction(self.backup_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.lock_action)
        clients_menu = self.menuBar().addMenu(tr("&Clients"))
        for action in (
            self.new_intake_action,
            self.find_action,
            self.dashboard_action,
            self.close_file_action,
        ):
            clients_menu.addAction(action)
        clients_menu.addSeparator()
        if user.role is not Role.INTAKE:  # the service refuses intake staff anyway
            clients_menu.addAction(self.import_intakes_action)
        clients_menu.addAction(self.intake_form_action)
        help_menu = self.menuBar().addMenu(tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        from caseapp.gui import about_dialog  # the dialog loads only here, not at start

        self.about_action = about_dialog.add_to_menu(help_menu, self)

        toolbar = QToolBar(tr("Main toolbar"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_intake_action, self.dashboard_action, self.lock_action):
            toolbar.addAction(action)
        self.addToolBar(toolbar)

        # -- central -------------------------------------------------------------
        self.clients = ClientListPanel()
        self.clients.model.set_source(SessionRows(access.call))
        self.clients.open_requested.connect(self.open_client)
        self.clients.new_intake_requested.connect(self.new_intake)
        self.clients.search_requested.connect(self._search)
        self.clients.search_cleared.connect(lambda: access.cancel(SEARCH_CHANNEL))
        self.dashboard = DashboardPanel(access)
        self.dashboard.open_requested.connect(self.open_client)
        self.clipboard = SecretClipboard(self)
        # Screens for some roles only; the service refuses the rest anyway.
        self.audit_viewer = AuditViewer(access) if user.role in AUDIT_READERS else None
        self.admin = AdminPanel(access) if user.role is Role.ADMIN else None

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Work area"))
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.clients, tr("Clients"))
        self.tabs.addTab(self.dashboard, tr("Dashboard"))
        if self.audit_viewer is not None:
            self.tabs.addTab(self.audit_viewer, tr("Audit log"))
        if self.admin is not None:
            self.tabs.addTab(self.admin, tr("Administration"))
        for fixed in range(self.tabs.count()):  # these stay; client files can be closed
            self.tabs.tabBar().setTabButton(
                fixed, self.tabs.tabBar().ButtonPosition.RightSide, None
            )
        self.tabs.tabCloseRequested.connect(self._close_tab)
        self.tabs.currentChanged.connect(self._tab_changed)

        # Shown when the audit log fails its check at unlock: never hidden from the user.
        self.audit_warning = QLabel()
        self.audit_warning.setWordWrap(True)
        self.audit_warning.setAccessibleName(tr("Audit log warning"))
        self.audit_warning.setStyleSheet(
            "background: #fdecea; color: #8a1c12; padding: 8px; border: 1px solid #e0a39b;"
        )
        self.audit_warning.hide()
        # Shown to an administrator when the last backup is older than the setting.
        self.backup_reminder = QWidget()
        self.backup_reminder.setAccessibleName(tr("Backup reminder"))
        self.backup_reminder.setStyleSheet("background: #fff4d6;")
        self.backup_reminder_label = QLabel()
        self.backup_reminder_label.setWordWrap(True)
        self.backup_now_button = QPushButton(tr("Back up &now…"))
        self.backup_now_button.clicked.connect(self.back_up)
        reminder = QHBoxLayout(self.backup_reminder)
        reminder.setContentsMargins(8, 4, 8, 4)
        reminder.addWidget(self.backup_reminder_label, 1)
        reminder.addWidget(self.backup_now_button)
        self.backup_reminder.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.audit_warning)
        layout.addWidget(self.backup_reminder)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.user_label = QLabel(
            tr("Signed in as %1 (%2)").replace("%1", user.name).replace("%2", user.role.label)
        )
        self.user_label.setAccessibleName(tr("Signed-in user"))
        # Shown while a search, check or verification runs in the background.
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setFixedWidth(120)
        self.busy.setFixedHeight(12)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(tr("Working"))
        self.busy.hide()
        access.busy_changed.connect(self.busy.setVisible)
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.user_label)

        self.resize(1100, 720)
        if settings is not None:
            geometry = settings.value(GEOMETRY_KEY)
            if geometry is not None:
                self.restoreGeometry(geometry)
            self.clients.restore_state(settings)
        self.clients.search_edit.setFocus()
        if user.is_admin:
            self.check_backup_reminder()

    # -- the list and search ------------------------------------------------------

    def show_clients(self) -> None:
        self.tabs.setCurrentWidget(self.clients)
        self.clients.focus_search()

    def _search(self, text: str) -> None:
        self.access.submit(
            SEARCH_CHANNEL,
            lambda s: s.search_clients(text, limit=200),
            lambda results: self._search_done(text, results),
            lambda exc: self.clients.show_error(user_message(exc)),
        )

    def _search_done(self, text: str, results: Sequence[ClientSummary]) -> None:
        self.clients.show_results(text, results)

    # -- dashboard -------------------------------------------------------------------

    def show_dashboard(self) -> None:
        self.tabs.setCurrentWidget(self.dashboard)
        self.dashboard.refresh()

    def _tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.dashboard and not self.dashboard.loaded:
            self.dashboard.refresh()
        elif widget is self.admin and self.admin is not None:
            self.admin.refresh()

    # -- client files -------------------------------------------------------------------

    def file_tabs(self) -> list[ClientFileWidget]:
        return [
            w
            for i in range(self.tabs.count())
            if isinstance(w := self.tabs.widget(i), ClientFileWidget)
        ]

    def open_client(self, client_uuid: str, *, page: str = "") -> ClientFileWidget | None:
        if self._locking:
            return None
        for widget in self.file_tabs():
            if widget.client_uuid == client_uuid:
                self.tabs.setCurrentWidget(widget)
                if page:
                    widget.show_page(page)
                return widget
        widget = ClientFileWidget(self.access, client_uuid, clipboard=self.clipboard)
        try:
            widget.load()
        except Exception as exc:
            widget.deleteLater()
            self.statusBar().showMessage(user_message(exc), 10_000)
            return None
        try:
            widget.apply_draft()
        except Exception as exc:
            self.statusBar().showMessage(user_message(exc), 10_000)
        widget.title_changed.connect(lambda title, w=widget: self._retitle(w, title))
        widget.saved.connect(self._client_saved)
        index = self.tabs.addTab(widget, widget.tab_title())
        self.tabs.setTabToolTip(index, tr("Client file"))
        self.tabs.setCurrentIndex(index)
        if page:
            widget.show_page(page)
        return widget

    def _retitle(self, widget: ClientFileWidget, title: str) -> None:
        index = self.tabs.indexOf(widget)
        if index >= 0:
            self.tabs.setTabText(index, title)

    def _client_saved(self) -> None:
        if not self.clients.model.searching:
            self.clients.model.reload()

    def close_current_file(self) -> None:
        widget = self.tabs.currentWidget()
        if isinstance(widget, ClientFileWidget):
            self._close_tab(self.tabs.indexOf(widget))

    def _close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if not isinstance(widget, ClientFileWidget):
            return
        if widget.dirty and not self._confirm_discard([widget]):
            return
        self.tabs.removeTab(index)
        widget.forget()
        widget.deleteLater()

    def unsaved_files(self) -> list[ClientFileWidget]:
        return [w for w in self.file_tabs() if w.dirty]

    def _confirm_discard(self, files: Sequence[ClientFileWidget]) -> bool:
        """Ask before unsaved edits go: Save them, Discard them, or Cancel."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Unsaved changes"))
        box.setText(tr("%n client file(s) have changes that are not saved.", "", len(files)))
        box.setInformativeText(tr("Save them now, or discard them?"))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        self.unsaved_box: QMessageBox | None = box  # for tests
        answer = box.exec()
        self.unsaved_box = None
        if answer == QMessageBox.StandardButton.Save:
            return all(w.save() for w in files)
        if answer == QMessageBox.StandardButton.Discard:
            for w in files:
                w.discard_draft()
            return True
        return False

    def stash_drafts(self) -> list[str]:
        """Before an idle lock: unsaved edits go into the vault, encrypted. Returns the
        ids of files whose edits could not be kept (the lock goes ahead regardless)."""
        return [w.client_uuid for w in self.file_tabs() if not w.stash_draft()]

    def restore_drafts(self) -> None:
        """After unlocking: reopen the files left with unsaved edits."""
        try:
            drafted = self.access.call(lambda s: s.drafted_clients())
        except Exception as exc:
            self.statusBar().showMessage(user_message(exc), 10_000)
            return
        for client_uuid in drafted:
            self.open_client(client_uuid)

    def confirm_leave(self) -> bool:
        """Before locking or closing by hand: unsaved edits are saved, discarded or kept."""
        files = self.unsaved_files()
        return not files or self._confirm_discard(files)

    # -- intake --------------------------------------------------------------------

    def new_intake(self) -> None:
        dialog = NewIntakeDialog(self.access, self)
        self.intake_dialog = dialog  # for tests
        dialog.created.connect(lambda uuid: self._intake_created(uuid))
        dialog.open()

    def _intake_created(self, client_uuid: str) -> None:
        if self._locking:
            return
        self.clients.model.reload()
        self.open_client(client_uuid)

    def _intakes_imported(self, _count: int) -> None:
        if not self._locking:
            self.clients.model.reload()

    def import_sealed_intakes(self) -> None:
        from caseapp.gui.field_office import ImportIntakesDialog

        dialog = ImportIntakesDialog(self.access, self)
        self.import_dialog = dialog  # for tests
        dialog.imported.connect(self._intakes_imported)
        dialog.open()

    # -- printing -------------------------------------------------------------------

    def print_intake_form(self) -> None:
        from caseapp.gui.print_dialog import intake_form_dialog

        dialog = intake_form_dialog(self.access, self)
        self.print_dialog = dialog  # for tests
        dialog.open()

    def print_audit_report(self) -> None:
        from caseapp.gui.print_dialog import audit_report_dialog

        dialog = audit_report_dialog(self.access, self)
        self.print_dialog = dialog  # for tests
        dialog.open()

    # -- backups ----------------------------------------------------------------------

    def check_backup_reminder(self) -> None:
        """Remind an administrator when the vault was never, or too long ago, backed up."""
        self.access.submit(
            BACKUP_CHANNEL,
            lambda s: s.last_backup_at(),
            self._show_backup_reminder,
            lambda _exc: None,  # a reminder that cannot be worked out is not shown
        )

    def _show_backup_reminder(self, last: datetime | None) -> None:
        days = DEFAULT_BACKUP_DAYS if self._settings is None else backup_remind_days(self._settings)
        if last is None:
            text = tr(
                "<b>This vault has never been backed up.</b> If this laptop is lost or "
                "breaks, every client file is lost with it. Back it up to a disk you keep "
                "somewhere else."
            )
        else:
            age = (datetime.now(UTC) - last).days
            if age < days:
                self.backup_reminder.hide()
                return
            text = tr(
                "<b>The last backup is %n day(s) old.</b> Back up the vault to a disk you "
                "keep somewhere else.",
                None,
                age,
            )
        self.backup_reminder_label.setText(text)
        self.backup_reminder.show()

    def back_up(self) -> None:
        """Admin: choose where, then write an encrypted backup in the background."""
        from caseapp.gui.file_dialogs import choose_file_to_save

        suggested = f"caseapp-backup-{datetime.now():%Y-%m-%d}.caseapp-backup"
        path = choose_file_to_save(self, tr("Back up the vault to"), suggested)
        if path is None:
            return
        self.backup_action.setEnabled(False)
        self.backup_now_button.setEnabled(False)
        self.statusBar().showMessage(tr("Backing up…"))
        self.access.submit(
            BACKUP_CHANNEL, lambda s: s.backup(path), self._backed_up, self._backup_failed
        )

    def _backed_up(self, info: BackupInfo) -> None:
        self.backup_action.setEnabled(True)
        self.backup_now_button.setEnabled(True)
        self.backup_reminder.hide()
        self.statusBar().showMessage(
            tr("Backup written: %1 (%2 MB, encrypted). Keep it on another disk.")
            .replace("%1", str(info.path))
            .replace("%2", f"{info.size / 1e6:.1f}"),
            15_000,
        )

    def _backup_failed(self, exc: BaseException) -> None:
        self.backup_action.setEnabled(True)
        self.backup_now_button.setEnabled(True)
        self.statusBar().showMessage(user_message(exc), 15_000)

    # -- other ----------------------------------------------------------------------

    def change_passphrase(self) -> None:
        dialog = PassphraseDialog(self.access, self)
        self.passphrase_dialog = dialog
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(tr("Passphrase changed."), 8000)
        )
        dialog.open()

    def show_settings(self) -> None:
        if self._settings is None:
            return
        dialog = SettingsDialog(self._settings, self)
        self.settings_dialog = dialog
        dialog.accepted.connect(self.settings_changed.emit)
        dialog.open()

    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self._shortcut_rows(), self)
        self.shortcuts_dialog = dialog
        dialog.open()

    def _shortcut_rows(self) -> list[tuple[str, str]]:
        rows = []
        for action in self.findChildren(QAction):
            if action.shortcut().isEmpty():
                continue
            rows.append(
                (
                    action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                    action.text().replace("&", ""),
                )
            )
        rows += ShortcutsDialog.extra_rows()
        return sorted(set(rows))

    def show_audit_warning(self, summary: str) -> None:
        self.audit_warning.setText(
            tr(
                "<b>The audit log does not verify.</b> Entries may have been edited or removed "
                "(%1). Tell the supervising attorney; they can check it with the audit "
                "anchor (<tt>caseapp audit verify --anchor</tt>)."
            ).replace("%1", summary)
        )
        self.audit_warning.show()

    def clear(self) -> None:
        """At lock: every model cache and open file is dropped, dialogs closed."""
        self._locking = True  # dialogs closing now must not open or read anything
        for dialog in self.findChildren(QWidget):
            if dialog.isWindow() and dialog is not self:
                dialog.close()
        for widget in self.file_tabs():
            widget.forget()
        self.clients.model.clear()
        self.dashboard.clear()
        for panel in (self.audit_viewer, self.admin):
            if panel is not None:
                panel.clear()
        self.clipboard.clear_if_ours()

    def save_geometry(self) -> None:
        if self._settings is not None:
            self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
            self.clients.save_state(self._settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_leave():
            event.ignore()
            return
        self.save_geometry()
        self.closing.emit()
        super().closeEvent(event)


def _action(
    parent: QWidget, text: str, shortcut: str, tip: str, icon: QIcon.ThemeIcon | None = None
) -> QAction:
    action = QAction(text, parent)
    if icon is not None:
        action.setIcon(QIcon.fromTheme(icon))
    action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    return action
