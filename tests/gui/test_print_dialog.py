"""The Print / save dialog through the real GUI on a real vault: an encrypted file,
an unencrypted one only after the warning, the printer (a QPrinter writing PDF
into a temp folder stands in for one), the preview — each its own audit entry,
and nothing else written anywhere."""

from __future__ import annotations

import io
import os
import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pikepdf
import pypdfium2
import pytest
from pypdf import PdfReader
from PySide6.QtGui import QStandardItemModel
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity
from caseapp.core.summary import Profile
from caseapp.core.users import Role
from caseapp.gui import print_dialog
from caseapp.gui.application import AppController
from caseapp.gui.client_file import ClientFileWidget
from caseapp.gui.main_window import MainWindow
from caseapp.gui.print_dialog import PrintDialog
from caseapp.reports.protect import encryption_of
from caseapp.services import vault
from caseapp.services.printing import Output

StartApp = Callable[..., AppController]
MakeVault = Callable[..., Any]
Unlock = Callable[[AppController, str, str], None]
WORKER_TIMEOUT_MS = 20_000
PDF_PASSWORD = "blue-kite-river-42"
INTAKE_PASSPHRASE = "purple elephant wanders quietly 97"
PASSPHRASE = "correct horse battery staple 42"


# -- helpers -------------------------------------------------------------------------


def _planted() -> str:
    """A family name found nowhere else: any file holding it holds the client's data."""
    return "Zqxv" + uuid.uuid4().hex[:10].translate(str.maketrans("0123456789", "ghjkmnpqrs"))


def _client(made: Any, family: str, *, user: str | None = None, passphrase: str = "") -> str:
    with vault.unlock(made.path, user or made.admin, passphrase or made.passphrase) as s:
        client = s.create_client(
            ClientIdentity("Lucía", family),
            records=[(rec.new_uuid(), rec.Identifier("a_number", "A123456789"))],
        )
        for n in range(40):  # enough to run the summary past one page
            s.add_record(client, rec.Note(f"Called about the hearing, follow-up number {n}. " * 3))
    return client


def _window(start_app: StartApp, unlock: Unlock, made: Any, user: str, pw: str) -> MainWindow:
    controller = start_app(made.path, idle_timeout_ms=0)
    unlock(controller, user, pw)
    window = controller.main_window
    assert window is not None
    return window


def _open_dialog(window: MainWindow, client: str) -> tuple[ClientFileWidget, PrintDialog]:
    file = window.open_client(client)
    assert file is not None
    file.print_action.trigger()  # Ctrl+P
    dialog = file.print_dialog
    assert dialog is not None
    return file, dialog


def _wait(qtbot: QtBot, dialog: PrintDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WORKER_TIMEOUT_MS)


def _prints(window: MainWindow, client: str) -> list[str]:
    entries = window.access.call(lambda s: s.list_audit(client=client, action="print"))
    return [e.fields for e in entries]


def _files(roots: list[Path], skip: list[Path]) -> dict[Path, tuple[int, int]]:
    found = {}
    for root in roots:
        for path in root.rglob("*"):
            if any(path.is_relative_to(s) for s in skip):
                continue
            if path.is_file() and not path.is_symlink():
                stat = path.stat()
                found[path] = (stat.st_size, stat.st_mtime_ns)
    return found


def _holding(name: str, roots: list[Path], skip: list[Path]) -> list[Path]:
    needles = [name.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    return [
        path
        for path in _files(roots, skip)
        if any(needle in path.read_bytes() for needle in needles)
    ]


def _text(pdf: bytes, password: str = "") -> str:
    reader = PdfReader(io.BytesIO(pdf))
    if reader.is_encrypted:
        reader.decrypt(password)
    return "\n".join(page.extract_text() or "" for page in reader.pages)


class SaveDialog:
    """Stands in for the save dialog: ``answers`` are the files it "chooses" in turn
    (none left: cancelled); ``calls`` counts how often it was shown."""

    def __init__(self) -> None:
        self.answers: list[Path] = []
        self.calls = 0

    def __call__(self, _parent: QWidget | None, _title: str, suggested: str) -> Path | None:
        self.calls += 1
        assert suggested.endswith(".pdf")
        return self.answers.pop(0) if self.answers else None


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch) -> SaveDialog:
    fake = SaveDialog()
    monkeypatch.setattr(print_dialog, "choose_file_to_save", fake)
    return fake


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """Every QMessageBox.warning answers ``button``; returns the titles it was asked with."""
    asked: list[str] = []

    def warning(_parent: Any, title: str, *_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        asked.append(title)
        return button

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return asked


# -- saving ----------------------------------------------------------------------------


def test_an_encrypted_pdf_is_aes256_and_holds_no_name_in_the_clear(
    qtbot: QtBot,
    start_app: StartApp,
    make_vault: MakeVault,
    unlock: Unlock,
    tmp_path: Path,
    save_to: SaveDialog,
) -> None:
    made = make_vault()
    family = _planted()
    client = _client(made, family)
    window = _window(start_app, unlock, made, made.admin, made.passphrase)
    _file, dialog = _open_dialog(window, client)
    assert dialog.output() is Output.SAVE_ENCRYPTED  # the default
    assert dialog.password_box.isVisible()

    # A short password, or two that differ, are refused before any file is asked for.
    dialog.password_edit.setText("short")
    dialog.confirm_edit.setText("short")
    dialog.go_button.click()
    assert "at least 8" in dialog.status.text()
    dialog.password_edit.setText(PDF_PASSWORD)
    dialog.confirm_edit.setText(PDF_PASSWORD + "x")
    dialog.go_button.click()
    assert "not the same" in dialog.status.text()
    assert save_to.calls == 0
    assert _prints(window, client) == []

    out = tmp_path / "out"
    out.mkdir()
    save_to.answers.append(out / "summary")  # no suffix: .pdf is added
    dialog.confirm_edit.setText(PDF_PASSWORD)
    dialog.go_button.click()
    _wait(qtbot, dialog)
    assert "encrypted PDF" in dialog.status.text(), dialog.status.text()
    saved = out / "summary.pdf"
    data = saved.read_bytes()
    assert saved.stat().st_mode & 0o777 == 0o600
    assert encryption_of(data, PDF_PASSWORD) == (True, 6)
    with pikepdf.open(io.BytesIO(data), password=PDF_PASSWORD) as pdf:
        assert str(pdf.encryption.stream_method).lower().endswith("aesv3")  # AES-256
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(io.BytesIO(data))
    for needle in (family.encode(), family.encode("utf-16-be"), family.encode("utf-16-le")):
        assert needle not in data
    assert family in _text(data, PDF_PASSWORD)  # and yet it is the client's summary
    # The password is asked for each time: the fields are empty again.
    assert dialog.password_edit.text() == dialog.confirm_edit.text() == ""
    assert _prints(window, client) == ["summary_client,save_encrypted"]
    dialog.close()


def test_an_unencrypted_pdf_only_after_the_warning(
    qtbot: QtBot,
    start_app: StartApp,
    make_vault: MakeVault,
    unlock: Unlock,
    tmp_path: Path,
    save_to: SaveDialog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = make_vault()
    family = _planted()
    client = _client(made, family)
    window = _window(start_app, unlock, made, made.admin, made.passphrase)
    _file, dialog = _open_dialog(window, client)
    dialog.choose(Output.SAVE_PLAIN, variant=1)  # the referral
    assert not dialog.password_box.isVisible()
    out = tmp_path / "plain.pdf"

    # Cancel at the warning: no file asked for, nothing written, nothing recorded.
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    save_to.answers.append(out)
    dialog.go_button.click()
    assert asked == ["Save an unencrypted PDF?"]
    assert save_to.calls == 0
    assert not out.exists()
    assert _prints(window, client) == []

    _answer(monkeypatch, QMessageBox.StandardButton.Save)
    dialog.go_button.click()
    _wait(qtbot, dialog)
    assert "unencrypted PDF" in dialog.status.text(), dialog.status.text()
    data = out.read_bytes()
    assert out.stat().st_mode & 0o777 == 0o600
    assert encryption_of(data) == (False, 0)
    assert family in _text(data)
    assert [p.name for p in out.parent.iterdir() if p.name.startswith("plain")] == ["plain.pdf"]
    assert _prints(window, client) == ["summary_referral,save_plain"]
    dialog.close()


# -- the printer -----------------------------------------------------------------------


def test_printing_writes_only_the_printout_and_is_recorded(
    qtbot: QtBot,
    start_app: StartApp,
    make_vault: MakeVault,
    unlock: Unlock,
    tmp_path: Path,
    isolated_environment: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = make_vault()
    family = _planted()
    client = _client(made, family)
    window = _window(start_app, unlock, made, made.admin, made.passphrase)
    _file, dialog = _open_dialog(window, client)
    dialog.choose(Output.PRINTER)
    printers: list[QPrinter] = []
    spool = tmp_path / "printer"
    spool.mkdir()
    printout = spool / "printout.pdf"

    def fake_printer(_parent: QWidget) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printout))
        printers.append(printer)
        return printer

    monkeypatch.setattr(print_dialog, "choose_printer", fake_printer)

    # Cancel at the spooler warning: no printer asked for, nothing printed or recorded.
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.go_button.click()
    assert asked == ["Print on paper?"]
    assert printers == []
    assert not printout.exists()
    assert _prints(window, client) == []

    roots = [isolated_environment, tmp_path]
    skip = [made.path]  # the vault itself (encrypted) changes with every audited act
    before = _files(roots, skip)
    _answer(monkeypatch, QMessageBox.StandardButton.Ok)
    dialog.go_button.click()
    _wait(qtbot, dialog)
    assert "to the printer" in dialog.status.text(), dialog.status.text()
    after = _files(roots, skip)
    changed = {p for p, stamp in after.items() if before.get(p) != stamp}
    assert changed == {printout}
    assert set(before) <= set(after)

    # The printout is the document, page for page, as pictures (never a name as text).
    with pikepdf.open(printout) as printed:
        pages = len(printed.pages)
    assert pages == dialog.printed_pages >= 2
    document = window.access.call(
        lambda s: s.case_summary_pdf(client, Profile.CLIENT, password=None, output=Output.PREVIEW)
    )
    with pikepdf.open(io.BytesIO(document)) as reference:
        assert len(reference.pages) == pages
    del document
    rendered = pypdfium2.PdfDocument(printout.read_bytes())
    try:
        image = rendered[0].render(scale=0.5, grayscale=True).to_pil()
        darkest, _lightest = image.getextrema()
        assert darkest < 100  # ink: the pages were painted before their pixels were wiped
    finally:
        rendered.close()
    assert _holding(family, roots, [*skip, printout]) == []
    assert _prints(window, client) == ["summary_client,preview", "summary_client,printer"]
    dialog.close()


# -- the preview -----------------------------------------------------------------------


def test_the_preview_shows_every_page_and_writes_nothing(
    qtbot: QtBot,
    start_app: StartApp,
    make_vault: MakeVault,
    unlock: Unlock,
    tmp_path: Path,
    isolated_environment: Path,
) -> None:
    made = make_vault()
    family = _planted()
    client = _client(made, family)
    window = _window(start_app, unlock, made, made.admin, made.passphrase)
    _file, dialog = _open_dialog(window, client)
    roots, skip = [isolated_environment, tmp_path], [made.path]
    before = _files(roots, skip)
    dialog.choose(Output.PREVIEW, variant=2)  # the full summary (a reveal, recorded)
    dialog.go_button.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WORKER_TIMEOUT_MS)
    preview = dialog.preview
    assert preview is not None
    qtbot.waitExposed(preview)
    assert preview.page_count >= 2
    assert preview.page_label.text() == f"Page 1 of {preview.page_count}"
    width = preview.page_labels[0].width()
    preview.zoom_in()
    assert preview.page_labels[0].width() > width
    preview.zoom_out()
    preview.zoom_out()
    assert preview.page_labels[0].width() < width
    preview.go_to_page(preview.page_count)
    assert preview.page_label.text() == f"Page {preview.page_count} of {preview.page_count}"
    assert not preview.next_button.isEnabled()
    # Nothing was written anywhere, and nothing holds the name.
    assert _files(roots, skip) == before
    assert _holding(family, roots, skip) == []
    labels = preview.page_labels
    preview.close()
    assert dialog.preview is None
    assert all(label.pixmap().isNull() for label in labels)  # closing drops the pages
    fields = _prints(window, client)
    assert fields == ["summary_full,preview"]
    reveals = window.access.call(lambda s: s.list_audit(client=client, action="reveal"))
    assert len(reveals) == 1
    dialog.close()


# -- who may print what ------------------------------------------------------------------


def test_intake_staff_cannot_pick_the_full_summary(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    made = make_vault()
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        s.add_user("ines", Role.INTAKE, INTAKE_PASSPHRASE)
    client = _client(made, _planted(), user="ines", passphrase=INTAKE_PASSPHRASE)
    window = _window(start_app, unlock, made, "ines", INTAKE_PASSPHRASE)
    _file, dialog = _open_dialog(window, client)
    model = dialog.variant_combo.model()
    assert isinstance(model, QStandardItemModel)
    assert [model.item(i).isEnabled() for i in range(3)] == [True, True, False]
    assert "Intake staff" in dialog.refusal_label.text()
    dialog.choose(Output.PREVIEW, variant=2)
    dialog.go_button.click()
    assert "Intake staff" in dialog.status.text()
    assert not dialog.busy
    # Were the GUI to offer it anyway, the service refuses, and the refusal is shown.
    dialog._variants[2] = replace(dialog._variants[2], allowed=True)
    dialog.go_button.click()
    _wait(qtbot, dialog)
    assert "cannot print a full summary" in dialog.status.text(), dialog.status.text()
    assert dialog.preview is None
    dialog.close()
    window.lock_action.trigger()
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        assert s.list_audit(client=client, action="print") == []


def test_the_blank_intake_form_from_the_main_window(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    made = make_vault()
    window = _window(start_app, unlock, made, made.admin, made.passphrase)
    window.intake_form_action.trigger()
    dialog = window.print_dialog
    dialog.choose(Output.PREVIEW)
    dialog.go_button.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WORKER_TIMEOUT_MS)
    assert dialog.preview is not None
    assert dialog.preview.page_count >= 1
    entries = window.access.call(lambda s: s.list_audit(action="print"))
    assert [e.fields for e in entries] == ["intake_form_blank,preview"]
    dialog.close()


def test_the_prefilled_intake_form_from_the_client_file(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    made = make_vault()
    client = _client(made, _planted())
    window = _window(start_app, unlock, made, made.admin, made.passphrase)
    file = window.open_client(client)
    assert file is not None
    file.form_button.click()
    dialog = file.print_dialog
    assert dialog is not None
    assert dialog.variant_combo.count() == 2
    for variant in (0, 1):
        dialog.choose(Output.PREVIEW, variant=variant)
        dialog.go_button.click()
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WORKER_TIMEOUT_MS)
        assert dialog.preview is not None
        assert dialog.preview.page_count >= 2
        dialog.preview.close()
    assert _prints(window, client) == ["intake_form,preview", "intake_form,preview"]
    reveals = window.access.call(lambda s: s.list_audit(client=client, action="reveal"))
    assert len(reveals) == 1  # only the version with the numbers
    dialog.close()


def test_locking_closes_the_dialog_and_forgets_the_password(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    made = make_vault()
    client = _client(made, _planted())
    controller = start_app(made.path, idle_timeout_ms=0)
    unlock(controller, made.admin, made.passphrase)
    window = controller.main_window
    assert window is not None
    _file, dialog = _open_dialog(window, client)
    qtbot.waitExposed(dialog)
    dialog.password_edit.setText(PDF_PASSWORD)
    controller.lock()
    assert not dialog.isVisible()
    assert dialog.password_edit.text() == ""


def test_screenshots_of_the_dialog_and_the_preview(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock, tmp_path: Path
) -> None:
    made = make_vault()
    client = _client(made, "Quispe Mamani")
    window = _window(start_app, unlock, made, made.admin, made.passphrase)
    _file, dialog = _open_dialog(window, client)
    qtbot.waitExposed(dialog)
    shots = Path(os.environ.get("CASEAPP_SHOTS", tmp_path))
    assert dialog.grab().save(str(shots / "print_dialog.png"))
    dialog.choose(Output.PREVIEW)
    dialog.go_button.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WORKER_TIMEOUT_MS)
    preview = dialog.preview
    assert preview is not None
    qtbot.waitExposed(preview)
    preview.zoom_out()
    assert preview.grab().save(str(shots / "print_preview.png"))
    preview.close()
    dialog.close()


def test_the_audit_report_for_those_who_read_the_log(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    made = make_vault()
    window = _window(start_app, unlock, made, made.admin, made.passphrase)
    menus = window.menuBar().findChildren(QMenu)
    assert any(window.audit_report_action in m.actions() for m in menus)
    window.audit_report_action.trigger()
    dialog = window.print_dialog
    assert dialog.variant_combo.count() == 4  # periods
    dialog.choose(Output.PREVIEW, variant=3)  # the whole log
    dialog.go_button.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WORKER_TIMEOUT_MS)
    assert dialog.preview is not None
    assert dialog.preview.page_count >= 1
    entries = window.access.call(lambda s: s.list_audit(action="print"))
    assert [e.fields for e in entries] == ["audit_report,preview"]
    dialog.close()


def test_intake_staff_have_no_audit_report(
    qtbot: QtBot, start_app: StartApp, make_vault: MakeVault, unlock: Unlock
) -> None:
    made = make_vault()
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        s.add_user("ines", Role.INTAKE, INTAKE_PASSPHRASE)
    window = _window(start_app, unlock, made, "ines", INTAKE_PASSPHRASE)
    menus = window.menuBar().findChildren(QMenu)
    assert not any(window.audit_report_action in m.actions() for m in menus)
    assert any(window.intake_form_action in m.actions() for m in menus)


@pytest.mark.parametrize("where", ["printer", "save_encrypted"])
def test_the_recovery_sheet_goes_only_where_the_creation_recorded(
    qtbot: QtBot,
    start_app: StartApp,
    unlock: Unlock,
    tmp_path: Path,
    isolated_environment: Path,
    save_to: SaveDialog,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    path = tmp_path / "office"
    controller = start_app(path, idle_timeout_ms=0)
    page = controller.gate.create_page
    qtbot.keyClicks(page.name_edit, "mgarcia")
    page.passphrase_edit.setText(PASSPHRASE)
    page.confirm_edit.setText(PASSPHRASE)
    page.sheet_combo.setCurrentIndex(page.sheet_combo.findData(where))
    page.create_button.click()
    code_page = controller.gate.recovery_code_page
    qtbot.waitUntil(
        lambda: controller.gate.stack.currentWidget() is code_page, timeout=WORKER_TIMEOUT_MS
    )
    code = code_page.code_label.text().replace("\n", "")
    roots, skip = [isolated_environment, tmp_path], [path]
    before = _files(roots, skip)
    dialog = code_page.print_sheet()
    assert dialog is not None
    assert list(dialog.output_buttons) == [Output(where)]  # no preview, no plain file
    out = tmp_path / "sheet" / ("printout.pdf" if where == "printer" else "sheet.pdf")
    out.parent.mkdir()
    if where == "printer":
        _answer(monkeypatch, QMessageBox.StandardButton.Ok)

        def fake_printer(_parent: QWidget) -> QPrinter:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))
            return printer

        monkeypatch.setattr(print_dialog, "choose_printer", fake_printer)
    else:
        save_to.answers.append(out)
        dialog.password_edit.setText(PDF_PASSWORD)
        dialog.confirm_edit.setText(PDF_PASSWORD)
    dialog.go_button.click()
    _wait(qtbot, dialog)
    assert out.exists(), dialog.status.text()
    changed = {p for p, stamp in _files(roots, skip).items() if before.get(p) != stamp}
    assert changed == {out}
    data = out.read_bytes()
    assert code.encode() not in data
    if where == "save_encrypted":
        assert encryption_of(data, PDF_PASSWORD) == (True, 6)
        assert code in _text(data, PDF_PASSWORD).replace("\n", "").replace(" ", "")
        assert out.stat().st_mode & 0o777 == 0o600
    password = PDF_PASSWORD if where == "save_encrypted" else ""
    with pikepdf.open(io.BytesIO(data), password=password) as pdf:
        assert len(pdf.pages) >= 1
    assert _holding(code, roots, [*skip, out]) == []
    dialog.close()
    code_page.written_check.setChecked(True)
    code_page.continue_button.click()
    assert code_page.print_sheet() is None  # the sheet is made only then
    unlock(controller, "mgarcia", PASSPHRASE)
    assert controller.access is not None
    entries = controller.access.call(lambda s: s.list_audit(action="print"))
    assert [e.fields for e in entries] == [f"recovery_sheet,{where}"]
