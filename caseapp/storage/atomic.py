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


def remove_private_dir(folder: Path, names: Iterable[str], *, marker: str | None = None) -> bool:
    """Remove ``folder`` if it is a real folder (not a symlink) owned by this
    user, holding only files matching the glob patterns ``names`` (and, with
    ``marker``, that file too). Works through a descriptor opened with
    O_NOFOLLOW, so a folder swapped for a symlink cannot redirect the deletes.
    Returns whether it was removed; anything unexpected leaves it alone."""
    import fnmatch
    import stat

    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(folder, flags)
    except OSError:
        return False
    try:
        info = os.fstat(fd)
        if not stat.S_ISDIR(info.st_mode) or (hasattr(os, "getuid") and info.st_uid != os.getuid()):
            return False
        entries = os.listdir(fd)
        patterns = list(names)
        if marker is not None and marker not in entries:
            return False
        for entry in entries:
            if entry != marker and not any(fnmatch.fnmatchcase(entry, p) for p in patterns):
                return False  # not what we leave behind: someone else's
        for entry in entries:
            entry_info = os.stat(entry, dir_fd=fd, follow_symlinks=False)
            if not stat.S_ISREG(entry_info.st_mode):
                return False
        for entry in entries:
            os.unlink(entry, dir_fd=fd)
    except OSError:
        return False
    finally:
        os.close(fd)
    try:
        os.rmdir(folder)
    except OSError:
        return False
    return True


def exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step (Linux renameat2 RENAME_EXCHANGE).
    False where the system or the file system cannot; OSError on a real error."""
    import ctypes
    import errno
    import sys

    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    rc = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    if rc == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err))
