"""A live passphrase strength meter (zxcvbn via services.passphrase_policy)."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from caseapp.gui.i18n import tr
from caseapp.services.passphrase_policy import assess

_COLOURS = ("#b3261e", "#b3261e", "#b86e00", "#2e7d32", "#1b5e20")
# The same words as Strength.label (services stay untranslated), by score.
_LABELS = (
    str(QT_TR_NOOP("Very weak")),
    str(QT_TR_NOOP("Weak")),
    str(QT_TR_NOOP("Fair")),
    str(QT_TR_NOOP("Strong")),
    str(QT_TR_NOOP("Very strong")),
)


class StrengthMeter(QWidget):
    """A bar, a label ("Strength: Fair") and zxcvbn's advice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName(tr("Passphrase strength"))
        self.label = QLabel()
        self.label.setAccessibleName(tr("Passphrase strength"))
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(tr("Passphrase advice"))
        self.feedback.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        layout.addWidget(self.feedback)
        self.acceptable = False
        self.update_for("", [])

    def update_for(self, passphrase: str, user_inputs: list[str]) -> bool:
        """Re-assess ``passphrase``; returns whether it is strong enough."""
        strength = assess(passphrase, user_inputs)
        feedback = strength.feedback
        if not passphrase:
            feedback = tr("Enter a passphrase.")
        elif strength.acceptable and not feedback:
            feedback = tr("Good. Make sure you can remember it: nobody can look it up for you.")
        score = strength.score if passphrase else 0
        self._show(score, tr(_LABELS[score]), feedback)
        self.acceptable = strength.acceptable
        return strength.acceptable

    def _show(self, score: int, label: str, feedback: str) -> None:
        self.bar.setValue(score)
        self.bar.setStyleSheet(
            f"QProgressBar::chunk {{ background: {_COLOURS[score]}; border-radius: 3px; }}"
            "QProgressBar { border: none; border-radius: 3px; background: palette(midlight); }"
        )
        self.label.setText(tr("Strength: %1").replace("%1", label))
        self.feedback.setText(feedback)
        self.bar.setAccessibleDescription(label)
