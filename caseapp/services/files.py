"""Files a person asks caseapp to write outside the vault (an export)."""

from __future__ import annotations

from pathlib import Path

from caseapp.core.errors import StorageFailure
from caseapp.storage.atomic import write_atomic


def write_private(path: Path, data: bytes) -> None:
    """Owner-only from the first byte, complete or absent (temp file, fsync, rename).

    Raises StorageFailure with a message naming what to check.
    """
    if path.is_dir():
        raise StorageFailure("That is a folder: give the name of the file to write.")
    try:
        write_atomic(path, data)
    except StorageFailure:
        raise StorageFailure(
            "The file could not be written there; check that the folder exists, is "
            "writable and that the disk is not full."
        ) from None
