"""Start the desktop app: the unlock / create-vault window, then the main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP, QObject, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from caseapp.core import resources
from caseapp.core.audit import VerifyResult
from caseapp.core.errors import CaseappError, UnlockThrottled, VaultAlreadyOpen
from caseapp.gui import i18n
from caseapp.gui.background import BackgroundRunner
from caseapp.gui.error_text import user_message
from caseapp.gui.gate_window import GateWindow
from caseapp.gui.idle_lock import DEFAULT_IDLE_TIMEOUT_MS, IdleWatcher
from caseapp.gui.settings_dialog import idle_minutes, language_override
from caseapp.services import vault

if TYPE_CHECKING:
    from caseapp.crypto.kdf import KdfParams
    from caseapp.gui.field_window import FieldWindow
    from caseapp.gui.main_window import MainWindow
    from caseapp.gui.print_dialog import MakePdf
    from caseapp.gui.session_access import SessionAccess
    from caseapp.services.printing import Output

IDLE_LOCK_MESSAGE = str(QT_TR_NOOP("The vault was locked because nobody used caseapp for a while."))
EDITS_LOST_MESSAGE = str(QT_TR_NOOP("Some unsaved edits could not be kept."))
CREATED_MESSAGE = str(
    QT_TR_NOOP("The vault is ready. Unlock it with the passphrase you just chose.")
)


class AppController(QObject):
    """Owns the Session and decides which window and page are shown.

    ``kdf_params`` is passed to vault creation only (tests pass FLOOR; the
    service refuses anything below it). ``idle_timeout_ms`` of 0 turns idle
    auto-lock off. ``settings`` holds window geometry only.
    """

    def __init__(
        self,
        vault_dir: Path,
        *,
        kdf_params: KdfParams | None = None,
        idle_timeout_ms: int = DEFAULT_IDLE_TIMEOUT_MS,
        settings: QSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault_dir = Path(vault_dir)
        self.kdf_params = kdf_params
        self.settings = settings if settings is not None else QSettings()
        self.session: vault.Session | None = None
        self.access: SessionAccess | None = None
        self.main_window: MainWindow | FieldWindow | None = None
        self._shut_down = False
        self._admin_just_created: str | None = None
        self.runner = BackgroundRunner(self)
        self.idle = IdleWatcher(idle_timeout_ms, self)
        self.idle.idle.connect(self._idle_lock)

        self.gate = GateWindow()
        self.gate.create_page.submitted.connect(self._create)
        self.gate.recovery_code_page.finished.connect(self._after_recovery_code)
        self.gate.unlock_page.submitted.connect(self._unlock)
        self.gate.unlock_page.forgot.connect(self._show_recover)
        self.gate.recover_page.submitted.connect(self._recover)
        self.gate.recover_page.back.connect(lambda: self._show_unlock())
        self.gate.create_page.restore_requested.connect(lambda: self._show_restore(replace=False))
        self.gate.create_page.field_requested.connect(self._show_field_setup)
        self.gate.unlock_page.restore.connect(lambda: self._show_restore(replace=True))
        self.gate.restore_page.submitted.connect(self._restore)
        self.gate.restore_page.back.connect(self._restore_back)
        self.gate.field_setup_page.submitted.connect(self._field_setup)
        self.gate.field_setup_page.back.connect(self._show_create)

    # -- pages ---------------------------------------------------------------

    def start(self) -> None:
        """Show the create-vault wizard or the unlock screen."""
        if vault.vault_exists(self.vault_dir):
            self._show_unlock()
        else:
            self.gate.create_page.reset()
            self.gate.show_page(self.gate.create_page)
        self.gate.show()
        self.gate.raise_()
        self.gate.activateWindow()

    def _user_names(self) -> list[str] | None:
        try:
            return vault.user_names(self.vault_dir)
        except Exception as exc:
            self.gate.unlock_page.show_error(user_message(exc))
            return None

    def _show_unlock(self, *, preferred: str | None = None, info: str | None = None) -> None:
        page = self.gate.unlock_page
        page.status.clear()
        names = self._user_names()
        if names is not None:
            page.set_users(names, preferred)
        if info:
            page.show_info(info)
        self._check_throttle()
        self.gate.show_page(page)
        page.focus_input()

    def _show_recover(self) -> None:
        page = self.gate.recover_page
        page.reset()
        page.set_users(
            self._user_names() or [], self.gate.unlock_page.user_combo.currentText() or None
        )
        self.gate.show_page(page)
        page.code_edit.setFocus()

    def _check_throttle(self) -> None:
        try:
            remaining = vault.unlock_delay_remaining(self.vault_dir)
        except Exception:  # an unreadable counter must not keep anyone out of the screen
            return
        self.gate.unlock_page.start_throttle(remaining)

    # -- create --------------------------------------------------------------

    def _create(self) -> None:
        page = self.gate.create_page
        sheet = page.sheet_output()
        name, passphrase = page.take_input()
        page.set_busy(True)
        path, params = self.vault_dir, self.kdf_params
        self.runner.run(
            lambda: vault.create_vault(
                path, name, passphrase, kdf_params=params, recovery_sheet=_sheet_output(sheet)
            ),
            lambda created: self._created(name, created),
            lambda exc: page.show_error(user_message(exc)),
        )

    def _created(self, admin: str, created: vault.NewVault) -> None:
        self.gate.create_page.reset()
        self._admin_just_created = admin
        self.gate.recovery_code_page.show_code(created.recovery_code, created.audit_anchor)
        self.gate.recovery_code_page.set_printable(
            _recovery_sheet_maker(created, self.vault_dir, admin),
            _sheet_output(created.recovery_sheet),
        )
        self.gate.show_page(self.gate.recovery_code_page)

    def _after_recovery_code(self) -> None:
        admin, self._admin_just_created = self._admin_just_created, None
        self._show_unlock(preferred=admin, info=i18n.tr(CREATED_MESSAGE))

    def _show_create(self) -> None:
        self.gate.create_page.reset()
        self.gate.show_page(self.gate.create_page)

    # -- restore from a backup ---------------------------------------------------

    def _show_restore(self, *, replace: bool) -> None:
        """From the create page: into the empty folder. From the unlock page: over
        the vault there (backed up and set aside first, by ``restore_backup``)."""
        page = self.gate.restore_page
        page.reset()
        user = self.gate.unlock_page.user_combo.currentText() if replace else ""
        page.set_replacing(replace, user)
        self.gate.show_page(page)
        page.focus_input()

    def _restore_back(self) -> None:
        if self.gate.restore_page.replacing:
            self._show_unlock()
        else:
            self._show_create()

    def _restore(self) -> None:
        from caseapp.services import backup as backups

        page = self.gate.restore_page
        replace = page.replacing
        file, user, passphrase, anchor = page.take_input()
        page.set_busy(True)
        path = self.vault_dir
        self.runner.run(
            lambda: backups.restore_backup(
                file, path, user, passphrase, replace=replace, anchor=anchor
            ),
            lambda result: self._restored(user, result),
            lambda exc: page.show_error(user_message(exc)),
        )

    def _restored(self, user: str, result: object) -> None:
        from caseapp.gui.restore_page import restored_message
        from caseapp.services.backup import RestoreResult

        assert isinstance(result, RestoreResult)
        self.gate.restore_page.reset()
        if self._shut_down:
            return
        self._show_unlock(preferred=user, info=restored_message(result))

    # -- set up as a field laptop ------------------------------------------------

    def _show_field_setup(self) -> None:
        page = self.gate.field_setup_page
        page.reset()
        self.gate.show_page(page)

    def _field_setup(self) -> None:
        from caseapp.services import field

        page = self.gate.field_setup_page
        kit, kit_passphrase, name, passphrase = page.take_input()
        page.set_busy(True)
        path, params = self.vault_dir, self.kdf_params
        self.runner.run(
            # The kit is read and unwrapped first: a wrong kit passphrase creates nothing.
            lambda: field.create_field_vault(
                path, name, passphrase, kit, kit_passphrase, kdf_params=params
            ),
            lambda _created: self._field_ready(name),
            lambda exc: page.show_error(user_message(exc)),
        )

    def _field_ready(self, name: str) -> None:
        from caseapp.gui.field_setup_page import FIELD_READY

        self.gate.field_setup_page.reset()
        if self._shut_down:
            return
        self._show_unlock(preferred=name, info=i18n.tr(FIELD_READY))

    # -- unlock --------------------------------------------------------------

    def _unlock(self) -> None:
        page = self.gate.unlock_page
        user, passphrase = page.take_input()
        page.set_busy(True)
        path = self.vault_dir
        self.runner.run(
            lambda: _checked(vault.unlock(path, user, passphrase)),
            self._opened,
            self._unlock_failed,
            discard=_discard_opened,
        )

    def _unlock_failed(self, exc: BaseException) -> None:
        page = self.gate.unlock_page
        if isinstance(exc, UnlockThrottled):
            page.set_busy(False)
            page.status.clear()
            page.start_throttle(exc.remaining_seconds)
            page.passphrase_edit.setFocus()
            return
        page.show_error(user_message(exc))
        if not isinstance(exc, VaultAlreadyOpen):
            self._check_throttle()

    def _recover(self) -> None:
        page = self.gate.recover_page
        code, user, passphrase = page.take_input()
        page.set_busy(True)
        path = self.vault_dir
        self.runner.run(
            lambda: _checked(vault.unlock_with_recovery(path, code, user, passphrase)),
            self._opened,
            lambda exc: page.show_error(user_message(exc)),
            discard=_discard_opened,
        )

    def _opened(self, opened: Opened) -> None:
        session, audit = opened
        if self._shut_down or self.session is not None:
            _lock_quietly(session)
            return
        # Not needed before the first unlock (the unlock screen starts faster without).
        from caseapp.gui.main_window import MainWindow
        from caseapp.gui.session_access import SessionAccess

        self.session = session
        self.access = SessionAccess(session, self)
        # The language chosen in Settings applies from this unlock on.
        i18n.install(i18n.choose_language(language_override(self.settings)))
        self.gate.unlock_page.set_busy(False)
        self.gate.unlock_page.status.clear()
        self.gate.recover_page.reset()
        window: MainWindow | FieldWindow
        if session.field_vault:
            # A field laptop: new intakes and sealing only (the service refuses the rest).
            from caseapp.gui.field_window import FieldWindow

            window = FieldWindow(self.access, session.user, self.settings)
        else:
            window = MainWindow(self.access, session.user, self.settings)
        window.lock_requested.connect(self._lock_by_hand)
        window.settings_changed.connect(self._apply_settings)
        window.closing.connect(self._main_window_closing)
        self.main_window = window
        if not audit.ok:
            window.show_audit_warning(audit.summary())
        window.show()
        window.raise_()
        window.activateWindow()
        self.gate.hide()
        window.restore_drafts()
        self.idle.start()

    # -- lock ----------------------------------------------------------------

    def _apply_settings(self) -> None:
        """The idle lock changes now (if it is on at all); the language at the next unlock."""
        if self.idle.timeout_ms > 0:
            self.idle.stop()
            self.idle.timeout_ms = idle_minutes(self.settings) * 60_000
            self.idle.start()

    def _lock_by_hand(self) -> None:
        """Ctrl+L: unsaved edits are saved or discarded first (or the lock is cancelled)."""
        window = self.main_window
        if window is not None and not window.confirm_leave():
            return
        self.lock()

    def lock(self, *, info: str | None = None) -> None:
        """Lock the session, drop the main window and show the unlock screen."""
        user = self.session.user.name if self.session is not None else None
        window = self.main_window
        if window is not None:
            window.clear()
        if not self._shut_down:
            # Off the screen first (a background call may hold the session a moment);
            # the gate is shown before the window hides, or Qt sees no window and quits.
            self._show_unlock(preferred=user, info=info)
            self.gate.show()
            if window is not None:
                window.hide()
        self._lock_session()
        if self._shut_down:
            return
        self._drop_main_window()

    def _idle_lock(self) -> None:
        if self.session is None:
            return
        # Nobody is there to ask: unsaved edits are kept in the vault, encrypted.
        lost = self.main_window.stash_drafts() if self.main_window is not None else []
        info = i18n.tr(IDLE_LOCK_MESSAGE)
        if lost:
            info += " " + i18n.tr(EDITS_LOST_MESSAGE)
        self.lock(info=info)

    def _lock_session(self) -> None:
        self.idle.stop()
        session, self.session = self.session, None
        access, self.access = self.access, None
        if access is not None:
            access.close(_lock_quietly)  # waits for a running background call
            access.shutdown()
            access.deleteLater()
        elif session is not None:
            _lock_quietly(session)

    def _drop_main_window(self) -> None:
        window, self.main_window = self.main_window, None
        if window is not None:
            window.save_geometry()
            window.closing.disconnect(self._main_window_closing)
            window.hide()
            window.deleteLater()

    def _main_window_closing(self) -> None:
        """Closing the main window locks the vault; the app then ends with its last window."""
        if self.main_window is not None:
            self.main_window.clear()
        self._lock_session()
        window, self.main_window = self.main_window, None
        if window is not None:
            window.deleteLater()

    def shutdown(self) -> None:
        """Lock everything before the process ends (also for results still in flight)."""
        self._shut_down = True
        self._lock_session()
        self.runner.shutdown()
        self.settings.sync()


if TYPE_CHECKING:
    # Only for the type checker: the session module loads at the first unlock.
    Opened = tuple[vault.Session, VerifyResult]


def _checked(session: vault.Session) -> Opened:
    """Runs in the worker: the quiet chain check every unlock does, before the
    session reaches the UI thread (so the two never share the connection)."""
    try:
        return session, session.check_audit_chain()
    except BaseException:
        _lock_quietly(session)
        raise


def _sheet_output(value: str) -> Output | None:
    """The recovery sheet's way out, from the create page's choice ("" for none)."""
    from caseapp.services.printing import Output

    return Output(value) if value else None


def _recovery_sheet_maker(created: vault.NewVault, vault_dir: Path, admin: str) -> MakePdf:
    """``(password, output) -> PDF`` of the recovery sheet of the vault just made
    (the print itself was recorded by the creation)."""

    def make(password: str | None, output: Output) -> bytes:
        from caseapp.services.report_printing import recovery_sheet_pdf

        return recovery_sheet_pdf(
            created, vault_dir=vault_dir, admin=admin, password=password, output=output
        )

    return make


def _discard_opened(opened: Opened) -> None:
    _lock_quietly(opened[0])


def _lock_quietly(session: vault.Session) -> None:
    try:
        session.lock()
    except CaseappError as exc:
        user_message(exc)  # logs the type; the session is dropped either way


def app_icon() -> QIcon:
    """The window icon, from the PNG sizes under resources/icons (no SVG plugin needed)."""
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        png = resources.path(
            "icons", "hicolor", f"{size}x{size}", "apps", "org.caseapp.CaseApp.png"
        )
        if png.is_file():
            icon.addFile(str(png))
    return icon


def run_gui(vault_dir: Path, *, kdf_params: KdfParams | None = None) -> int:
    """Run the desktop app on ``vault_dir``; returns the process exit code."""
    QApplication.setApplicationName("caseapp")
    QApplication.setOrganizationName("caseapp")
    QApplication.setApplicationDisplayName("caseapp")
    # Matches packaging/linux/org.caseapp.CaseApp.desktop (the Wayland app id).
    QApplication.setDesktopFileName("org.caseapp.CaseApp")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    settings = QSettings()
    i18n.install(i18n.choose_language(language_override(settings)))
    idle_ms = idle_minutes(settings) * 60_000
    controller = AppController(
        vault_dir, kdf_params=kdf_params, idle_timeout_ms=idle_ms, settings=settings
    )
    app.aboutToQuit.connect(controller.shutdown)
    controller.start()
    return app.exec()
