"""Screenshots of the main screens, for a person to look at (saved under the
pytest tmp dir: run with ``--basetemp=DIR`` to keep them somewhere known)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity, ClientProfile
from caseapp.gui import i18n
from caseapp.gui.application import AppController
from caseapp.services import vault

StartApp = Callable[..., AppController]
MakeVault = Callable[..., Any]
Unlock = Callable[[AppController, str, str], None]
WORKER_TIMEOUT_MS = 15_000


def _fill(path: Path, admin: str, passphrase: str) -> str:
    today = date.today()
    with vault.unlock(path, admin, passphrase) as s:
        people = [
            ("María José", "García López", date(1990, 7, 25)),
            ("Nguyễn", "Thị Lan", date(1985, 3, 2)),
            ("Yohannes", "Tesfaye", date(1979, 11, 30)),
            ("Олена", "Шевченко", None),
            ("محمد", "الحسن", date(2001, 1, 5)),
            ("Ana Sofía", "Mendoza Ruiz", date(1995, 9, 9)),
        ]
        ids = [s.create_client(ClientIdentity(g, f, "", d)) for g, f, d in people]
        main = ids[0]
        s.update_profile(
            main,
            ClientProfile(
                gender="mujer",
                country_of_birth="GT",
                citizenships=("GT",),
                languages=("spa", "mam"),
                interpreter_needed=True,
                immigration_status="unknown",
            ),
        )
        s.add_record(main, rec.Identifier("a_number", "A123456789"))
        s.add_record(main, rec.Phone("+1 213 555 0100", "mobile", safe_to_call=True))
        s.add_record(
            main, rec.Entry(today - timedelta(days=340), "Hidalgo, TX", "without_inspection")
        )
        s.add_record(
            main, rec.Note("First interview with an interpreter. Wants to file for asylum.")
        )
        check, _ = s.record_conflict_check(main, "no_conflict")
        case = s.open_case(main, rec.Case("asylum", today), check)
        s.add_record(
            main,
            rec.Hearing(
                datetime.combine(today + timedelta(days=12), datetime.min.time()).replace(hour=9),
                "master_calendar",
                "Los Angeles Immigration Court",
                case_uuid=case,
            ),
        )
        s.add_record(
            main, rec.Deadline(today + timedelta(days=5), "Send evidence packet", case_uuid=case)
        )
        return main


def _save(widget: Any, path: Path) -> None:
    assert widget.grab().save(str(path))
    image = QImage(str(path))
    assert image.width() > 400
    assert image.height() > 300


@pytest.mark.parametrize("lang", ["en", "es"])
def test_screenshots_of_the_main_screens(
    qtbot: QtBot,
    start_app: StartApp,
    make_vault: MakeVault,
    unlock: Unlock,
    tmp_path: Path,
    lang: str,
) -> None:
    assert i18n.install(lang) == lang, "run `make translations` first"
    try:
        _screens(qtbot, start_app, make_vault, unlock, tmp_path, lang)
    finally:
        i18n.install("en")


def _screens(
    qtbot: QtBot,
    start_app: StartApp,
    make_vault: MakeVault,
    unlock: Unlock,
    tmp_path: Path,
    lang: str,
) -> None:
    made = make_vault()
    main = _fill(made.path, made.admin, made.passphrase)
    controller = start_app(made.path, idle_timeout_ms=0)
    controller.settings.setValue(i18n.LANGUAGE_KEY, lang)  # as chosen in Settings
    unlock(controller, made.admin, made.passphrase)
    window = controller.main_window
    assert window is not None
    window.resize(1200, 760)
    qtbot.waitExposed(window)
    _save(window, tmp_path / f"main_window_{lang}.png")
    file = window.open_client(main)
    assert file is not None
    _save(window, tmp_path / f"client_file_{lang}.png")
    file.show_page("deadlines")
    _save(window, tmp_path / f"client_file_deadlines_{lang}.png")
    with qtbot.waitSignal(window.dashboard.refreshed, timeout=WORKER_TIMEOUT_MS):
        window.dashboard_action.trigger()
    _save(window, tmp_path / f"dashboard_{lang}.png")
    window.new_intake_action.trigger()
    dialog = window.intake_dialog
    dialog.given_edit.insert("Maria Jose")
    dialog.family_edit.insert("Garcia")
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WORKER_TIMEOUT_MS)
    _save(dialog, tmp_path / f"new_intake_{lang}.png")
    if lang == "es":  # the screens really are in Spanish
        assert window.tabs.tabText(0) != "Clients"
        assert window.new_intake_action.text() != "&New intake…"
    print(f"screenshots in {tmp_path}")
