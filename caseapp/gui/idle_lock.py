"""Idle auto-lock: an application-wide event filter that watches for user input."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

DEFAULT_IDLE_TIMEOUT_MS = 5 * 60 * 1000

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` once no keyboard or mouse input has arrived for ``timeout_ms``.

    Input only records a timestamp; a single timer checks it when due, so a
    stream of mouse moves never restarts a timer per event.
    """

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeout_ms = timeout_ms
        self._last_input = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)
        self._installed = False

    @property
    def active(self) -> bool:
        return self._installed

    def start(self) -> None:
        app = QCoreApplication.instance()
        if self.timeout_ms <= 0 or app is None:
            return
        if not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._last_input = time.monotonic()
        self._timer.start(self.timeout_ms)

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if self._installed and app is not None:
            app.removeEventFilter(self)
        self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input = time.monotonic()
        return False  # only watching; every event goes on to its target

    def _check(self) -> None:
        if not self._installed:
            return
        idle_ms = (time.monotonic() - self._last_input) * 1000
        if idle_ms >= self.timeout_ms - 5:
            self.stop()
            self.idle.emit()
        else:
            self._timer.start(max(1, round(self.timeout_ms - idle_ms)))
