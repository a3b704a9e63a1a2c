"""Run as an ordinary user would, even where the tests run as root.

Root ignores file modes (CAP_DAC_OVERRIDE) and may read any process's memory
(CAP_SYS_PTRACE), so a read-only folder or a non-dumpable process proves
nothing there. A child calls :func:`drop_capabilities` first: it keeps its user
id (the files stay its own) but loses every capability, like a normal login.
Linux only; a no-op for a process that holds none.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os

_LINUX_CAPABILITY_VERSION_3 = 0x20080522
_SYS_CAPSET = {"x86_64": 126, "aarch64": 91}
_PR_CAPBSET_DROP = 24
_CAP_LAST = 63


class _Header(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _Data(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


def drop_capabilities() -> None:
    """Drop every capability of this process (and its future children) for good."""
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    for cap in range(_CAP_LAST + 1):  # the bounding set: children cannot regain them
        libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0)  # fails harmlessly past the last cap
    header = _Header(_LINUX_CAPABILITY_VERSION_3, 0)
    data = (_Data * 2)()  # all zero: no effective, permitted or inheritable capability
    number = _SYS_CAPSET[os.uname().machine]
    if libc.syscall(number, ctypes.byref(header), data) != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"capset failed: {os.strerror(err)}")
    if capabilities_held():
        raise OSError("capabilities still held after capset")


def capabilities_held() -> bool:
    """Whether this process holds any effective capability."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("CapEff:"):
                return int(line.split()[1], 16) != 0
    return False
