"""Process hardening at start (DESIGN.md §2): no core dumps, not ptrace-able,
no exception messages or locals in crash output.

Standard library only; safe to call before anything else is imported.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import logging
import sys
import threading
import traceback
from types import TracebackType

PR_SET_DUMPABLE = 4


def harden_process() -> None:
    _no_core_dumps()
    _not_dumpable()
    sys.excepthook = _redacted_excepthook
    threading.excepthook = _redacted_thread_hook
    sys.unraisablehook = _redacted_unraisable_hook
    # Logs carry event types and error class names only; never record values.
    logging.basicConfig(level=logging.WARNING, format="caseapp: %(levelname)s %(message)s")


def _no_core_dumps() -> None:
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _not_dumpable() -> None:
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError, TypeError):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def is_dumpable() -> bool | None:
    """Linux: whether the process may be dumped or ptrace-attached by the same user."""
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    return bool(libc.prctl(3, 0, 0, 0, 0))  # PR_GET_DUMPABLE


def redacted_traceback(tb: TracebackType | None) -> str:
    """Frames as file:line in function — no message, no source values, no locals."""
    lines = [
        f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}'
        for frame in traceback.extract_tb(tb)
    ]
    return "\n".join(lines)


def _redacted_excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    # The message of an unexpected error may hold client data (a value in an
    # SQL error, a name in a ValueError): print only where it happened.
    sys.stderr.write(
        "caseapp stopped because of an internal error "
        f"({exc_type.__name__}). No data was lost that had been saved.\n"
        "Where it happened (for the developers):\n" + redacted_traceback(tb) + "\n"
    )


def _redacted_thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    _redacted_excepthook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)


def _redacted_unraisable_hook(unraisable: sys.UnraisableHookArgs) -> None:
    # Errors in __del__ and the like: again only where, never the message or object.
    sys.stderr.write(
        f"caseapp: an error was ignored ({unraisable.exc_type.__name__}).\n"
        + redacted_traceback(unraisable.exc_traceback)
        + "\n"
    )
