"""File dialogs that leave no trail of where a client's papers were.

Native dialogs (GTK) record every chosen file in ``recently-used.xbel``; Qt's
own dialog writes the last folder visited (often named after the client) and
its history to ``QtProject.conf``. So: Qt's dialog, never the native one, an
empty history, always starting in the home folder, and those keys removed
from QtProject.conf as soon as the dialog closes.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

_TRAIL_KEYS = (
    "FileDialog/lastVisited",
    "FileDialog/history",
    "FileDialog/shortcuts",
    "FileDialog/sidebarUrls",
)


def scrub_qt_dialog_settings() -> None:
    """Remove what Qt's file dialog remembers about folders and files."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    for key in _TRAIL_KEYS:
        settings.remove(key)
    settings.sync()


def _dialog(parent: QWidget | None, title: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(Path.home()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    dialog.setHistory([])
    return dialog


def _run(dialog: QFileDialog) -> Path | None:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return None
        chosen = dialog.selectedFiles()
        return Path(chosen[0]) if chosen else None
    finally:
        dialog.setHistory([])
        # The dialog writes its settings when it is destroyed: destroy it now, then scrub.
        shiboken6.delete(dialog)
        scrub_qt_dialog_settings()


def choose_file_to_open(parent: QWidget | None, title: str) -> Path | None:
    dialog = _dialog(parent, title)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return _run(dialog)


def choose_file_to_save(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    dialog = _dialog(parent, title)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(suggested)
    return _run(dialog)


def choose_folder(parent: QWidget | None, title: str) -> Path | None:
    dialog = _dialog(parent, title)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    return _run(dialog)
