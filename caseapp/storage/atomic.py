"""Crash-safe small-file writes (the Electrum pattern)."""

from __future__ import annotations

import contextlib
import glob
import os
from collections.abc import Iterable
from pathlib import Path

from caseapp.core.errors import StorageFailure


def fsync_dir(directory: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory for fsync
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _temp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.tmp-{os.getpid()}")


def remove_stale_temps(directory: Path, names: Iterable[str]) -> None:
    """Delete the temp files a writer killed mid-write left behind.

    Call only while holding the vault's instance lock, so no live writer is
    using one of them.
    """
    for name in names:
        for leftover in directory.glob(f".{glob.escape(name)}.tmp-*"):
            with contextlib.suppress(OSError):
                leftover.unlink()


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``: 0600 before the first byte, fsync, rename, fsync dir.

    After a crash the file holds either the old or the new content, never a mix.
    """
    tmp = _temp_name(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(tmp, flags, 0o600)
        try:
            os.fchmod(fd, 0o600) if hasattr(os, "fchmod") else None
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StorageFailure() from exc
