"""Key material kept in bytearrays that are zeroed when done."""

from __future__ import annotations

import ctypes


def wipe(buf: bytearray | None) -> None:
    """Overwrite a bytearray in place (memset, so the optimiser cannot skip it)."""
    if buf is None or len(buf) == 0:
        return
    ctypes.memset((ctypes.c_char * len(buf)).from_buffer(buf), 0, len(buf))
