"""The GUI's lock (issue 10, memory): once the window is gone, nothing holds the
session's connection or key, and the unlock screen keeps no passphrase.

The same gc walk as tests/security/test_memory.py, here in the pytest process
itself (other tests' objects are around, so it looks for this vault only).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import sqlcipher3
from hardening_report import record
from memory_scan import Masked, reachable, scan
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity
from caseapp.gui.application import AppController
from caseapp.services import vault

WORKER_TIMEOUT_MS = 15_000


def _open_connections_to(db_dir: Path) -> int:
    count = 0
    for obj in reachable():
        if isinstance(obj, sqlcipher3.Connection):
            try:
                rows = obj.execute("PRAGMA database_list").fetchall()
            except sqlcipher3.ProgrammingError:
                continue  # closed
            count += any(Path(str(r[2])).parent == db_dir for r in rows if r[2])
    return count


def _rows(model: Any, count: int) -> Callable[[], bool]:
    return lambda: bool(model.rowCount() == count)


def test_after_the_gui_locks_nothing_holds_the_connection_or_key(
    qtbot: QtBot,
    start_app: Callable[..., AppController],
    make_vault: Callable[..., Any],
    unlock: Callable[[AppController, str, str], None],
) -> None:
    made = make_vault()
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        identity = ClientIdentity("Zqxpantalla", "Zqxcerrada", date_of_birth=date(1991, 1, 2))
        client = s.create_client(identity)
        s.add_record(client, rec.Note("Zqxnota for the memory check."))
    controller = start_app(made.path)
    unlock(controller, made.admin, made.passphrase)
    window = controller.main_window
    session = controller.session
    assert window is not None
    assert session is not None
    qtbot.waitUntil(_rows(window.clients.model, 1), timeout=WORKER_TIMEOUT_MS)
    keys = [Masked("data key", session._data_key)]
    assert _open_connections_to(made.path) == 1  # the check sees the session's connection
    del window, session

    controller.lock()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert controller.gate.unlock_page.passphrase_edit.text() == ""
    found = scan(keys)
    still_open = _open_connections_to(made.path)
    record("memory", runs=1, leaks=len(found.hits) + still_open)
    assert found.hits == []
    assert still_open == 0
    assert sys.getrefcount(controller) > 0  # the controller itself lives on (the gate)
