"""The one way the GUI reaches the unlocked session.

A Session owns one SQLite connection and its read guard, and neither may be
used by two threads at once. Every call from the GUI goes through here: quick
calls run on the UI thread (``call``), slow ones on a single worker thread
(``submit``), and a mutex makes sure only one of them holds the session at a
time. Each background job belongs to a *channel* (say "client search"); a newer
job on the same channel makes the older one's result stale, and a stale
result is dropped instead of delivered — so type-ahead never shows the answer
to a query the user has already typed past.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from caseapp.core.errors import VaultLocked
from caseapp.gui.background import BackgroundRunner

if TYPE_CHECKING:
    from caseapp.services.session import Session

T = TypeVar("T")


class SessionAccess(QObject):
    """Serialises the GUI's use of one session; ``closed`` is emitted after lock."""

    closed = Signal()
    busy_changed = Signal(bool)  # True while background jobs are queued or running

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = session
        self._mutex = threading.Lock()
        self._runner = BackgroundRunner(self, max_threads=1)
        self._generations: dict[str, int] = {}
        self._running = 0

    @property
    def is_open(self) -> bool:
        return self._session is not None

    @property
    def user(self) -> Any:
        session = self._session
        if session is None:
            raise VaultLocked()
        return session.user

    def call(self, fn: Callable[[Session], T]) -> T:
        """Run ``fn(session)`` now, on this thread (waits for a running job)."""
        with self._mutex:
            session = self._session
            if session is None or session.is_locked:
                raise VaultLocked()
            return fn(session)

    def submit(
        self,
        channel: str,
        fn: Callable[[Session], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        """Run ``fn(session)`` on the worker; deliver only if still the newest on ``channel``."""
        generation = self._generations.get(channel, 0) + 1
        self._generations[channel] = generation

        def current() -> bool:
            return self._session is not None and self._generations.get(channel) == generation

        def job() -> T:
            if not current():  # superseded while waiting in the queue: skip the work
                raise _Superseded()
            return self.call(fn)

        def succeeded(result: T) -> None:
            self._job_done()
            if current():
                on_success(result)

        def failed(exc: BaseException) -> None:
            self._job_done()
            if current() and not isinstance(exc, _Superseded):
                on_failure(exc)

        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)
        self._runner.run(job, succeeded, failed)

    def _job_done(self) -> None:
        self._running = max(0, self._running - 1)
        if self._running == 0:
            self.busy_changed.emit(False)

    def cancel(self, channel: str) -> None:
        """Whatever is pending on ``channel`` will not be delivered."""
        self._generations[channel] = self._generations.get(channel, 0) + 1

    def close(self, lock: Callable[[Session], None]) -> None:
        """Lock the session (after any running call) and drop it; nothing pending is delivered."""
        for channel in list(self._generations):
            self.cancel(channel)
        with self._mutex:
            session, self._session = self._session, None
        if session is not None:
            lock(session)
        self.closed.emit()

    def shutdown(self) -> None:
        self._runner.shutdown()


class _Superseded(Exception):
    """A job whose channel moved on before it started."""
