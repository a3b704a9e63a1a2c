"""One process per vault: an exclusive OS lock on ``vault.lock``.

The OS drops the lock when the process dies (even on kill -9), so a crash
never leaves the vault locked out. The file holds no data.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from caseapp.core.errors import StorageFailure, VaultAlreadyOpen

LOCK_NAME = "vault.lock"


class InstanceLock:
    def __init__(self, directory: Path) -> None:
        self._path = directory / LOCK_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        try:
            fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StorageFailure(
                "The vault folder cannot be written. Check its permissions and free space."
            ) from exc
        try:
            _lock(fd)
        except OSError as exc:
            os.close(fd)
            raise VaultAlreadyOpen() from exc
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
