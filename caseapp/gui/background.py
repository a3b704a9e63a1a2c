"""Run slow service calls (Argon2id unlocks, vault creation) off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives in the UI thread; the worker emits ``done`` and Qt queues delivery here."""

    done = Signal(bool, object)

    def __init__(
        self,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_finished: Callable[[_Relay], None],
    ) -> None:
        super().__init__()
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_finished = on_finished
        self.result: object = None
        self.completed = False  # the worker finished
        self.delivered = False  # a callback saw the result
        self.done.connect(self._deliver)

    @Slot(bool, object)
    def _deliver(self, ok: bool, payload: object) -> None:
        if self.delivered:
            return
        self.delivered = True
        self.result = None
        self._on_finished(self)
        if ok:
            self._on_success(payload)
        else:
            assert isinstance(payload, BaseException)
            self._on_failure(payload)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._fn: Callable[[], object] | None = fn
        self.relay = relay

    def run(self) -> None:
        fn, self._fn = self._fn, None  # drop the closure (and the passphrase it holds) early
        assert fn is not None
        try:
            result = fn()
        except BaseException as exc:
            _drop_tracebacks(exc)
            self.relay.completed = True
            self.relay.done.emit(False, exc)
            return
        self.relay.result = result
        self.relay.completed = True
        self.relay.done.emit(True, result)


def _drop_tracebacks(exc: BaseException) -> None:
    """Tracebacks keep the worker's frames, and so the passphrase, alive: cut them."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        current.__traceback__ = None
        current = current.__cause__ or current.__context__


class BackgroundRunner(QObject):
    """Starts jobs on a private thread pool and calls back on the UI thread."""

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 0) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        if max_threads > 0:
            self._pool.setMaxThreadCount(max_threads)
        self._pending: dict[_Relay, tuple[_Job, Callable[[Any], None] | None]] = {}

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        fn: Callable[[], object],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        *,
        discard: Callable[[Any], None] | None = None,
    ) -> None:
        """Run ``fn`` in a worker; ``discard`` disposes of a result nobody received."""
        relay = _Relay(on_success, on_failure, self._finished)
        job = _Job(fn, relay)
        self._pending[relay] = (job, discard)
        self._pool.start(job)

    def _finished(self, relay: _Relay) -> None:
        self._pending.pop(relay, None)

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Wait for running jobs, then dispose of results that will never be delivered."""
        self._pool.waitForDone(timeout_ms)
        for relay, (_job, discard) in list(self._pending.items()):
            if relay.completed and not relay.delivered:
                relay.delivered = True
                if discard is not None and relay.result is not None:
                    discard(relay.result)
                relay.result = None
        self._pending.clear()
