"""Copying a tier-1 value (an A-number, an address) to the clipboard.

The copy carries the markers clipboard managers and the OS clipboard history
honour (KDE Klipper and others: ``x-kde-passwordManagerHint``; Windows:
``ExcludeClipboardContentFromMonitorProcessing``, ``CanIncludeInClipboardHistory``
and ``CanUploadToCloudClipboard`` set to 0; macOS: the nspasteboard concealed
type), and is cleared after ``CLEAR_AFTER_MS`` — but only if the clipboard
still holds our value: whatever the user copied since is theirs and stays.
Only a hash of the value is kept for that comparison.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 10_000
_ZERO_DWORD = b"\x00\x00\x00\x00"
MARKERS: dict[str, bytes] = {
    "x-kde-passwordManagerHint": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": _ZERO_DWORD,
    "CanIncludeInClipboardHistory": _ZERO_DWORD,
    "CanUploadToCloudClipboard": _ZERO_DWORD,
    "application/x-nspasteboard-concealed-type": b"secret",
}


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class SecretClipboard(QObject):
    """``copy(text)``: put a secret on the clipboard for a short while."""

    def __init__(
        self, parent: QObject | None = None, *, clear_after_ms: int = CLEAR_AFTER_MS
    ) -> None:
        super().__init__(parent)
        self._digest: bytes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

    def copy(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        for kind, value in MARKERS.items():
            mime.setData(kind, value)
        self._clipboard().setMimeData(mime, QClipboard.Mode.Clipboard)
        self._digest = _digest(text)
        self._timer.start()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def clear_if_ours(self) -> None:
        """Clear the clipboard if it still holds what we put there (at the timeout, and at lock)."""
        self._timer.stop()
        digest, self._digest = self._digest, None
        if digest is None:
            return
        clipboard = self._clipboard()
        if _digest(clipboard.text(QClipboard.Mode.Clipboard)) == digest:
            clipboard.clear(QClipboard.Mode.Clipboard)
