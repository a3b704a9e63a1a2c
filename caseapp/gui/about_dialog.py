"""Help → About caseapp: the versions that matter for a support call, and the licences."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

import caseapp
from caseapp.gui.i18n import tr
from caseapp.services import about

_PATH_ROLE = Qt.ItemDataRole.UserRole


def versions() -> list[tuple[str, str]]:
    """Every version shown: caseapp and Python first, then Qt, then the rest."""
    rows = about.component_versions()
    return [*rows[:2], ("Qt", qVersion()), ("PySide6", PySide6.__version__), *rows[2:]]


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About caseapp"))
        heading = QLabel(tr("caseapp %1").replace("%1", caseapp.__version__))
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        summary = QLabel(
            tr("Encrypted case-file manager for legal-aid offices.")
            + "\n"
            + tr(
                "caseapp is free software: you may share and change it under the GNU Affero "
                "General Public License, version 3 or later (%1)."
            ).replace("%1", about.APP_LICENCE)
        )
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        rows = versions()
        self.versions = QTableWidget(len(rows), 2)
        self.versions.setAccessibleName(tr("Versions"))
        self.versions.setHorizontalHeaderLabels([tr("Component"), tr("Version")])
        self.versions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions.verticalHeader().hide()
        for row, (name, version) in enumerate(rows):
            self.versions.setItem(row, 0, QTableWidgetItem(name))
            self.versions.setItem(row, 1, QTableWidgetItem(version))
        self.versions.resizeColumnsToContents()
        self.versions.horizontalHeader().setStretchLastSection(True)

        self.licence_list = QListWidget()
        self.licence_list.setAccessibleName(tr("Third-party licences"))
        for licence in about.licences():
            item = QListWidgetItem(licence.title)
            item.setData(_PATH_ROLE, licence)
            item.setToolTip(licence.path.name)
            self.licence_list.addItem(item)
        self.licence_text = QPlainTextEdit()
        self.licence_text.setReadOnly(True)
        self.licence_text.setAccessibleName(tr("Licence text"))
        self.licence_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.licence_list.currentItemChanged.connect(self._show_licence)
        splitter = QSplitter()
        splitter.addWidget(self.licence_list)
        splitter.addWidget(self.licence_text)
        splitter.setSizes([300, 420])
        licences_page = QWidget()
        licences_layout = QVBoxLayout(licences_page)
        licences_layout.addWidget(
            QLabel(tr("caseapp is built on these components; each comes with its licence."))
        )
        licences_layout.addWidget(splitter, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.versions, tr("Versions"))
        self.tabs.addTab(licences_page, tr("Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(summary)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(760, 540)
        if self.licence_list.count():
            self.licence_list.setCurrentRow(0)

    def _show_licence(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.licence_text.clear()
            return
        licence = item.data(_PATH_ROLE)
        try:
            text = about.licence_text(licence)
        except OSError:
            text = tr("This licence file is missing; reinstall caseapp.")
        self.licence_text.setPlainText(text)


def add_to_menu(menu: QMenu, window: QWidget) -> QAction:
    """Add "About caseapp" to a Help menu; the dialog opens over ``window``."""
    action = QAction(tr("&About caseapp"), window)
    action.triggered.connect(lambda: show(window))
    menu.addAction(action)
    return action


def show(window: QWidget) -> AboutDialog:
    dialog = AboutDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
