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
    with contextlib.suppress(OSError):
        tmp.unlink()  # a leftover of ours from a crash; O_EXCL below refuses anything else
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(tmp, flags, 0o600)
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, 0o600)
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StorageFailure() from exc
    # The rename is the commit point: the new content is in place. A failure to
    # sync the directory only means the rename might not survive a power cut;
    # reporting the write as failed would be a lie that callers act on.
    with contextlib.suppress(OSError):
        fsync_dir(path.parent)
