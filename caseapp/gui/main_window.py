"""The main window (empty for now): who is signed in, and Lock."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar, QVBoxLayout, QWidget

from caseapp.core.users import User

GEOMETRY_KEY = "main_window/geometry"


class MainWindow(QMainWindow):
    """Emits ``lock_requested`` for the Lock action and ``closing`` when closed."""

    lock_requested = Signal()
    closing = Signal()

    def __init__(
        self, user: User, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle("caseapp")

        self.lock_action = QAction(QIcon.fromTheme(QIcon.ThemeIcon.SystemLockScreen), "&Lock", self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setStatusTip("Lock the vault now (Ctrl+L)")
        self.lock_action.setToolTip("Lock the vault now (Ctrl+L)")
        self.lock_action.triggered.connect(self.lock_requested.emit)

        vault_menu = self.menuBar().addMenu("&Vault")
        vault_menu.addAction(self.lock_action)

        toolbar = QToolBar("Main toolbar")
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.lock_action)
        self.addToolBar(toolbar)

        self.placeholder = QLabel(
            "The client list arrives in a later release.\n\n"
            "Press Ctrl+L to lock the vault when you step away."
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setAccessibleName("Client list placeholder")
        self.placeholder.setStyleSheet("color: palette(placeholder-text); font-size: 14pt;")

        # Shown when the audit log fails its check at unlock: never hidden from the user.
        self.audit_warning = QLabel()
        self.audit_warning.setWordWrap(True)
        self.audit_warning.setAccessibleName("Audit log warning")
        self.audit_warning.setStyleSheet(
            "background: #fdecea; color: #8a1c12; padding: 8px; border: 1px solid #e0a39b;"
        )
        self.audit_warning.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.audit_warning)
        layout.addWidget(self.placeholder, 1)
        self.setCentralWidget(central)

        self.user_label = QLabel(f"Signed in as {user.name} ({user.role.label})")
        self.user_label.setAccessibleName("Signed-in user")
        self.statusBar().addPermanentWidget(self.user_label)

        self.resize(1000, 680)
        if settings is not None:
            geometry = settings.value(GEOMETRY_KEY)
            if geometry is not None:
                self.restoreGeometry(geometry)

    def show_audit_warning(self, summary: str) -> None:
        self.audit_warning.setText(
            "<b>The audit log does not verify.</b> Entries may have been edited or removed "
            f"({summary}). Tell the supervising attorney; they can check it with the audit "
            "anchor (<tt>caseapp audit verify --anchor</tt>)."
        )
        self.audit_warning.show()

    def save_geometry(self) -> None:
        if self._settings is not None:
            self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        self.closing.emit()
        super().closeEvent(event)
