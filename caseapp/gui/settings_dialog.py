"""Settings on this computer: idle auto-lock, the backup reminder and the
interface language.

Kept in QSettings with the window layout — never client data.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caseapp.gui.i18n import LANGUAGE_KEY, LANGUAGES, tr

IDLE_KEY = "security/idle_minutes"
DEFAULT_IDLE_MINUTES = 5
MAX_IDLE_MINUTES = 60


def idle_minutes(settings: QSettings) -> int:
    """The idle auto-lock in minutes (1–60); anything else in the file means the default."""
    value = settings.value(IDLE_KEY, DEFAULT_IDLE_MINUTES)
    try:
        minutes = int(str(value))
    except ValueError:
        return DEFAULT_IDLE_MINUTES
    return minutes if 1 <= minutes <= MAX_IDLE_MINUTES else DEFAULT_IDLE_MINUTES


BACKUP_DAYS_KEY = "backup/remind_days"
DEFAULT_BACKUP_DAYS = 7
MAX_BACKUP_DAYS = 90


def backup_remind_days(settings: QSettings) -> int:
    """Days after the last backup before the app reminds an administrator (1–90)."""
    value = settings.value(BACKUP_DAYS_KEY, DEFAULT_BACKUP_DAYS)
    try:
        days = int(str(value))
    except ValueError:
        return DEFAULT_BACKUP_DAYS
    return days if 1 <= days <= MAX_BACKUP_DAYS else DEFAULT_BACKUP_DAYS


def language_override(settings: QSettings) -> str:
    value = str(settings.value(LANGUAGE_KEY, "") or "")
    return value if value in LANGUAGES else ""


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(tr("Settings"))
        self.idle_spin = QSpinBox()
        self.idle_spin.setAccessibleName(tr("Lock after minutes without use"))
        self.idle_spin.setRange(1, MAX_IDLE_MINUTES)
        self.idle_spin.setSuffix(tr(" min"))
        self.idle_spin.setValue(idle_minutes(settings))
        self.backup_spin = QSpinBox()
        self.backup_spin.setAccessibleName(tr("Remind to back up after days"))
        self.backup_spin.setRange(1, MAX_BACKUP_DAYS)
        self.backup_spin.setSuffix(tr(" days"))
        self.backup_spin.setValue(backup_remind_days(settings))
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(tr("Language"))
        self.language_combo.addItem(tr("As the system"), "")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(language_override(settings)))
        )
        note = QLabel(tr("A new language shows from the next unlock."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("&Lock after:"), self.idle_spin)
        form.addRow(tr("Remind to &back up after:"), self.backup_spin)
        form.addRow(tr("&Language:"), self.language_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.setValue(IDLE_KEY, self.idle_spin.value())
        self.settings.setValue(BACKUP_DAYS_KEY, self.backup_spin.value())
        self.settings.setValue(LANGUAGE_KEY, str(self.language_combo.currentData()))
        self.settings.sync()
        super().accept()
