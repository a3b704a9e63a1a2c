"""Retention in the Administration tab: set the policy, review, purge."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity
from caseapp.gui.application import AppController
from caseapp.services import vault

StartApp = Callable[..., AppController]
MakeVault = Callable[..., Any]
Unlock = Callable[[AppController, str, str], None]


def test_review_then_purge_from_the_admin_panel(
    qtbot: QtBot,
    start_app: StartApp,
    make_vault: MakeVault,
    unlock: Unlock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = make_vault()
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        old = s.create_client(ClientIdentity("Nadia", "Oldfile"))
        check, _ = s.record_conflict_check(old, "no_conflict")
        closed_on = date.today() - timedelta(days=5 * 366)
        case = s.open_case(old, rec.Case("asylum", closed_on - timedelta(days=300)), check)
        stored = s.read_client_file(old).of(rec.Case)[0].record
        s.update_record(
            old,
            case,
            dataclasses.replace(stored, status="closed", closed_on=closed_on, closing_code="A"),
        )
        s.create_client(ClientIdentity("Keep", "Me"))
    controller = start_app(made.path, idle_timeout_ms=0)
    unlock(controller, made.admin, made.passphrase)
    window = controller.main_window
    assert window is not None
    panel = window.admin
    assert panel is not None
    panel.refresh()
    assert panel.retention_years.value() == 7
    panel.review_button.click()
    assert panel.due_table.rowCount() == 0
    assert "No file is due" in panel.status.text()
    panel.retention_years.setValue(4)
    panel.retention_save.click()
    panel.review_button.click()
    assert panel.due_table.rowCount() == 1
    assert panel.due_table.item(0, 0).text() == "Nadia Oldfile"
    asked: list[str] = []

    def answer(_parent: Any, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    panel.purge_button.click()  # "No": nothing happens
    assert panel.due_table.rowCount() == 1
    panel.purge_button.click()
    qtbot.waitUntil(lambda: "Purged" in panel.status.text(), timeout=20_000)
    assert panel.due_table.rowCount() == 0
    assert "cannot be brought back" in asked[0]
    names = window.access.call(lambda s: [c.family_names for c in s.list_clients(limit=10)])
    assert names == ["Me"]
