"""One client's file, as a tab of the main window.

Opening it is one audited read (tier-1 values masked); "Reveal" is another,
with a reason, recorded as a reveal. The intake page edits the identity and
profile; its edits are "unsaved" until Save, and the main window asks before
they could be lost. Forgetting the file (at lock, or when the tab closes)
drops everything it showed.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPixmap,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseapp.core import records as rec
from caseapp.core.case_codes import IMMIGRATION_STATUSES
from caseapp.core.clients import ClientIdentity, ClientProfile, validate_identity, validate_profile
from caseapp.core.errors import CaseappError, PermissionDenied
from caseapp.core.records import MASK_TEXT
from caseapp.gui.clipboard import SecretClipboard
from caseapp.gui.error_text import user_message
from caseapp.gui.file_dialogs import choose_file_to_open, choose_file_to_save
from caseapp.gui.form_parts import StatusLine
from caseapp.gui.i18n import term_label, tr
from caseapp.gui.intake_dialog import parse_date
from caseapp.gui.record_editor import EDITABLE, RecordDialog
from caseapp.gui.record_views import fill_table, record_table
from caseapp.gui.session_access import SessionAccess

if TYPE_CHECKING:
    from caseapp.core.audit import AuditEntry
    from caseapp.core.eligibility import EligibilityResult
    from caseapp.gui.print_dialog import PrintDialog

REVEAL_REASONS = (
    ("case_work", "Case work"),
    ("client_request", "The client asked"),
    ("court_filing", "A court filing"),
    ("supervision", "Supervision"),
    ("data_correction", "Correcting the record"),
    ("other", "Other"),
)
PAGES = (
    "intake",
    "contacts",
    "immigration",
    "cases",
    "deadlines",
    "notes",
    "documents",
    "household",
    "history",
)


def _reason_label(key: str) -> str:
    return {
        "case_work": tr("Case work"),
        "client_request": tr("The client asked"),
        "court_filing": tr("A court filing"),
        "supervision": tr("Supervision"),
        "data_correction": tr("Correcting the record"),
        "other": tr("Other"),
    }[key]


class _CopyThroughSecretClipboard(QObject):
    """Ctrl+C in the file's lists goes through the secret clipboard (history markers,
    cleared after 10 s) instead of Qt's plain copy; nothing is copied without one."""

    def __init__(self, clipboard: SecretClipboard | None, parent: QObject) -> None:
        super().__init__(parent)
        self._clipboard = clipboard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        assert isinstance(event, QKeyEvent)
        if not event.matches(QKeySequence.StandardKey.Copy):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the key is ours, not a menu shortcut's
            return True
        text = ""
        if isinstance(watched, QAbstractItemView) and watched.currentIndex().isValid():
            text = str(watched.currentIndex().data() or "")
        if text and self._clipboard is not None and MASK_TEXT not in text:
            self._clipboard.copy(text)
        return True


class ClientFileWidget(QWidget):
    """Emits ``title_changed(text)`` (tab text) and ``saved`` after a save."""

    title_changed = Signal(str)
    saved = Signal()

    def __init__(
        self,
        access: SessionAccess,
        client_uuid: str,
        parent: QWidget | None = None,
        *,
        clipboard: SecretClipboard | None = None,
    ) -> None:
        super().__init__(parent)
        self.access = access
        self.clipboard = clipboard
        self._copy_guard = _CopyThroughSecretClipboard(clipboard, self)
        self._guarded: list[QAbstractItemView] = []
        self.client_uuid = client_uuid
        self.file: rec.ClientFile | None = None
        self._dirty = False
        self._loading = False
        self.tables: dict[str, QTableWidget] = {}
        self._reveal_reason = ""
        self._has_draft = False  # a draft of this file is in the vault
        self._loaded: dict[str, str] = {}  # the intake page as last loaded

        self.heading = QLabel()
        self.heading.setAccessibleName(tr("Client"))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.subheading = QLabel()
        self.subheading.setTextFormat(Qt.TextFormat.PlainText)
        self.reveal_button = QPushButton(tr("&Reveal numbers and addresses…"))
        self.reveal_button.setToolTip(
            tr("Show masked numbers, addresses, safety details and sensitive notes (recorded)")
        )
        self.reveal_button.clicked.connect(self.ask_reveal)
        self.hide_button = QPushButton(tr("&Hide again"))
        self.hide_button.clicked.connect(self.hide_again)
        self.hide_button.hide()
        self.save_button = QPushButton(tr("&Save"))
        self.save_button.setToolTip(tr("Save the intake page (Ctrl+S)"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.print_button = QPushButton(tr("Print…"))
        self.print_button.setToolTip(tr("Print, preview or save the case summary (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_summary)
        # An action rather than a bare shortcut, so F1's list of keys shows it.
        self.print_action = QAction(tr("&Print the case summary…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_action.triggered.connect(self.print_summary)
        self.addAction(self.print_action)
        self.print_form_action = QAction(tr("Print the intake form for &checking…"), self)
        self.print_form_action.triggered.connect(self.print_intake_form)
        self.addAction(self.print_form_action)
        self.form_button = QPushButton(tr("Intake form…"))
        self.form_button.setToolTip(
            tr("Print the bilingual intake form filled in from this file, for the client to check")
        )
        self.form_button.clicked.connect(self.print_intake_form)
        self.print_dialog: PrintDialog | None = None  # the open one, for tests
        self.status = StatusLine()

        self.pages = QTabWidget()
        self.pages.setAccessibleName(tr("Client file pages"))
        self._build_intake()
        self._build_contacts()
        self._build_immigration()
        self._build_cases()
        self._build_deadlines()
        self._build_notes()
        self._build_documents()
        self._build_household()
        self._build_history()
        # Installed once the widget is shown: filters installed while the Python
        # constructor runs were never called here (PySide6 6.11).
        self._copy_guarded = False

        top = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.heading)
        names.addWidget(self.subheading)
        top.addLayout(names, 1)
        top.addWidget(self.reveal_button)
        top.addWidget(self.hide_button)
        top.addWidget(self.print_button)
        top.addWidget(self.form_button)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)

    # -- building the pages -----------------------------------------------------

    def guard_copies(self) -> None:
        """Route Ctrl+C in every list of the file through the secret clipboard."""
        if self._copy_guarded:
            return
        self._copy_guarded = True
        for view in self.findChildren(QAbstractItemView):
            view.installEventFilter(self._copy_guard)
            self._guarded.append(view)

    def showEvent(self, event: QShowEvent) -> None:
        self.guard_copies()
        super().showEvent(event)

    def _page(self, key: str, title: str, widget: QWidget) -> None:
        widget.setObjectName(f"page_{key}")
        self.pages.addTab(widget, title)

    def _build_intake(self) -> None:
        self.given_edit = _line(tr("Given name(s)"))
        self.family_edit = _line(tr("Family name(s)"))
        self.preferred_edit = _line(tr("Preferred name"))
        self.dob_edit = _line(tr("Date of birth"), tr("YYYY-MM-DD"))
        self.gender_edit = _line(tr("Sex or gender, as the client states it"))
        self.pronouns_edit = _line(tr("Pronouns"))
        self.country_edit = _line(
            tr("Country of birth"), tr("Name or ISO code, e.g. Guatemala or GT")
        )
        self.citizenships_edit = _line(tr("Citizenships"), tr("Comma-separated, e.g. GT, MX"))
        self.languages_edit = _line(tr("Languages"), tr("Preferred first, e.g. Spanish, Mam"))
        self.interpreter_check = QCheckBox(tr("Needs an &interpreter"))
        self.interpreter_edit = _line(
            tr("Interpreter language"), tr("Empty: the preferred language")
        )
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(tr("Immigration status"))
        for term in IMMIGRATION_STATUSES:
            self.status_combo.addItem(term_label(term), term.key)
        self.expires_edit = _line(tr("Status expires"), tr("YYYY-MM-DD"))
        self.region_combo = QComboBox()
        self.region_combo.setAccessibleName(tr("Poverty-guideline region"))
        for key, label in (
            ("48_states_dc", tr("48 states and DC")),
            ("alaska", tr("Alaska")),
            ("hawaii", tr("Hawaii")),
        ):
            self.region_combo.addItem(label, key)
        self.validation = QLabel()
        self.validation.setAccessibleName(tr("Validation message"))
        self.validation.setWordWrap(True)
        self.validation.setStyleSheet("color: #b3261e; font-weight: 600;")

        name_box = QGroupBox(tr("Name and birth"))
        form = QFormLayout(name_box)
        form.addRow(tr("&Given name(s):"), self.given_edit)
        form.addRow(tr("&Family name(s):"), self.family_edit)
        form.addRow(tr("&Preferred name:"), self.preferred_edit)
        form.addRow(tr("Date of &birth:"), self.dob_edit)
        form.addRow(tr("Sex or &gender:"), self.gender_edit)
        form.addRow(tr("P&ronouns:"), self.pronouns_edit)
        origin_box = QGroupBox(tr("Origin and language"))
        form = QFormLayout(origin_box)
        form.addRow(tr("&Country of birth:"), self.country_edit)
        form.addRow(tr("Ci&tizenships:"), self.citizenships_edit)
        form.addRow(tr("&Languages:"), self.languages_edit)
        form.addRow("", self.interpreter_check)
        form.addRow(tr("Interpreter lang&uage:"), self.interpreter_edit)
        status_box = QGroupBox(tr("Status and eligibility"))
        form = QFormLayout(status_box)
        form.addRow(tr("Immigration &status:"), self.status_combo)
        form.addRow(tr("Status e&xpires:"), self.expires_edit)
        form.addRow(tr("Guideline re&gion:"), self.region_combo)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.validation)
        layout.addWidget(name_box)
        layout.addWidget(origin_box)
        layout.addWidget(status_box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self._page("intake", tr("&Intake"), scroll)

        for edit in (
            self.given_edit,
            self.family_edit,
            self.preferred_edit,
            self.dob_edit,
            self.gender_edit,
            self.pronouns_edit,
            self.country_edit,
            self.citizenships_edit,
            self.languages_edit,
            self.interpreter_edit,
            self.expires_edit,
        ):
            edit.textChanged.connect(self._edited)
        self.interpreter_check.toggled.connect(self._edited)
        self.status_combo.currentIndexChanged.connect(self._edited)
        self.region_combo.currentIndexChanged.connect(self._edited)

    def _tables_page(self, key: str, title: str, kinds: tuple[tuple[str, str], ...]) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        for kind, label in kinds:
            table = record_table(kind, label)
            self.tables[kind] = table
            setattr(self, f"{kind}_table", table)  # file.case_table, for tests
            head = QHBoxLayout()
            head.addWidget(QLabel(f"<b>{label}</b>"), 1)
            if kind in EDITABLE:
                for text, name, handler in (
                    (tr("Add…"), tr("Add: %1"), self.add_record_of),
                    (tr("Edit…"), tr("Edit: %1"), self.edit_record_of),
                    (tr("Delete"), tr("Delete: %1"), self.delete_record_of),
                ):
                    button = QPushButton(text)
                    button.setAccessibleName(name.replace("%1", label))
                    button.clicked.connect(lambda _c=False, k=kind, h=handler: h(k))
                    head.addWidget(button)
                table.doubleClicked.connect(lambda _i, k=kind: self.edit_record_of(k))
            layout.addLayout(head)
            layout.addWidget(table, 1)
        self._page(key, title, page)
        return page

    def _build_contacts(self) -> None:
        page = self._tables_page(
            "contacts",
            tr("&Numbers && contacts"),
            (
                ("identifier", tr("A-number, ITIN, SSN")),
                ("alias", tr("Other names")),
                ("phone", tr("Phones")),
                ("email", tr("E-mail")),
                ("address", tr("Addresses")),
            ),
        )
        self.safety_label = QLabel()
        self.safety_label.setWordWrap(True)
        self.safety_label.setAccessibleName(tr("Safety information"))
        self.copy_button = QPushButton(tr("Cop&y the selected number"))
        self.copy_button.setToolTip(
            tr("Copied for 10 seconds, kept out of clipboard history (reveal first)")
        )
        self.copy_button.clicked.connect(self.copy_number)
        self.safety_button = QPushButton(tr("Edit sa&fety information…"))
        self.safety_button.clicked.connect(self.edit_safety)
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.safety_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.safety_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout.insertLayout(1, buttons)

    def _build_immigration(self) -> None:
        self._tables_page(
            "immigration",
            tr("I&mmigration"),
            (
                ("entry", tr("Entries to the United States")),
                ("application", tr("Applications")),
                ("proceeding", tr("Proceedings")),
                ("detention", tr("Detention")),
            ),
        )

    def _build_cases(self) -> None:
        page = self._tables_page(
            "cases",
            tr("&Cases"),
            (
                ("case", tr("Cases")),
                ("party", tr("Parties")),
                ("checklist_item", tr("Document checklist")),
                ("conflict_check", tr("Conflict checks")),
            ),
        )
        self.open_case_button = QPushButton(tr("Open a &new case…"))
        self.open_case_button.setToolTip(tr("Runs the conflict check, then opens the case"))
        self.open_case_button.clicked.connect(self.open_new_case)
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.open_case_button, 0, Qt.AlignmentFlag.AlignLeft)

    def open_new_case(self) -> None:
        from caseapp.gui.intake_dialog import OpenCaseDialog

        dialog = OpenCaseDialog(self.access, self.client_uuid, self)
        self.case_dialog = dialog  # for tests
        dialog.opened.connect(lambda _uuid: self._reload_keeping_edits())
        dialog.open()

    def _build_deadlines(self) -> None:
        self._tables_page(
            "deadlines",
            tr("&Deadlines && hearings"),
            (
                ("hearing", tr("Hearings")),
                ("deadline", tr("Deadlines")),
                ("check_in", tr("ICE check-ins")),
                ("task", tr("Tasks")),
            ),
        )

    def _build_notes(self) -> None:
        page = QWidget()
        self.notes_list = QListWidget()
        self.notes_list.setAccessibleName(tr("Notes, newest first"))
        self.notes_list.setWordWrap(True)
        self.notes_count = QLabel()
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(tr("New note"))
        self.note_edit.setPlaceholderText(tr("Write a note…"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(90)
        self.privileged_check = QCheckBox(tr("&Privileged (left out of referral copies)"))
        self.sensitive_check = QCheckBox(tr("S&ensitive (masked until revealed)"))
        self.add_note_button = QPushButton(tr("&Add note"))
        self.add_note_button.clicked.connect(self.add_note)
        row = QHBoxLayout()
        row.addWidget(self.privileged_check)
        row.addWidget(self.sensitive_check)
        row.addStretch(1)
        row.addWidget(self.add_note_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.notes_count)
        layout.addWidget(self.notes_list, 1)
        layout.addWidget(self.note_edit)
        layout.addLayout(row)
        self._page("notes", tr("N&otes"), page)

    def _build_documents(self) -> None:
        page = self._tables_page("documents", tr("Doc&uments"), (("document", tr("Documents")),))
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)
        self.add_document_button = QPushButton(tr("&Add from file…"))
        self.view_document_button = QPushButton(tr("&View"))
        self.save_document_button = QPushButton(tr("Save a &copy…"))
        self.add_document_button.clicked.connect(self.add_document_from_file)
        self.view_document_button.clicked.connect(self.view_document)
        self.save_document_button.clicked.connect(self.save_document_copy)
        self.tables["document"].doubleClicked.connect(lambda _i: self.view_document())
        row = QHBoxLayout()
        for button in (
            self.add_document_button,
            self.view_document_button,
            self.save_document_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(
            QLabel(
                tr(
                    "Documents are kept inside the vault, encrypted, and shown only here: "
                    "caseapp never hands them to another program."
                )
            )
        )

    def _build_household(self) -> None:
        page = self._tables_page(
            "household",
            tr("&Household && eligibility"),
            (("household_member", tr("Household")), ("income", tr("Income"))),
        )
        self.eligibility_label = QLabel()
        self.eligibility_label.setAccessibleName(tr("Eligibility"))
        self.eligibility_label.setWordWrap(True)
        self.eligibility_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.eligibility_label)

    def _build_history(self) -> None:
        page = QWidget()
        self.history_table = QTableWidget(0, 5)
        self.history_table.setAccessibleName(tr("Audit history of this file"))
        self.history_table.setHorizontalHeaderLabels(
            [tr("When (UTC)"), tr("Who"), tr("What"), tr("Fields"), tr("Reason")]
        )
        self.history_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history_table.verticalHeader().hide()
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_note = QLabel()
        self.history_note.setWordWrap(True)
        self.history_button = QPushButton(tr("&Load the history"))
        self.history_button.clicked.connect(self.load_history)
        layout = QVBoxLayout(page)
        layout.addWidget(self.history_note)
        layout.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.history_table, 1)
        self._page("history", tr("His&tory"), page)

    # -- loading ------------------------------------------------------------------

    def load(self, *, reveal: bool = False, reason: str = "") -> None:
        """Read the file (one audited act; a reveal is recorded as one)."""
        self._reveal_reason = reason if reveal else ""
        uuid = self.client_uuid
        file = self.access.call(lambda s: s.read_client_file(uuid, reveal=reveal, reason=reason))
        self.file = file
        self._show(file)

    def _show(self, file: rec.ClientFile) -> None:
        self._loading = True
        try:
            client = file.client
            ident, profile = client.identity, client.profile
            self.heading.setText(client.display_name)
            parts = [tr("Client id %1").replace("%1", client.uuid[:8])]
            if ident.date_of_birth:
                parts.append(tr("born %1").replace("%1", ident.date_of_birth.isoformat()))
            if ident.preferred_name:
                parts.append(tr("goes by %1").replace("%1", ident.preferred_name))
            self.subheading.setText(" · ".join(parts))
            self.given_edit.setText(ident.given_names)
            self.family_edit.setText(ident.family_names)
            self.preferred_edit.setText(ident.preferred_name)
            self.dob_edit.setText(ident.date_of_birth.isoformat() if ident.date_of_birth else "")
            self.gender_edit.setText(profile.gender)
            self.pronouns_edit.setText(profile.pronouns)
            self.country_edit.setText(profile.country_of_birth)
            self.citizenships_edit.setText(", ".join(profile.citizenships))
            self.languages_edit.setText(", ".join(profile.languages))
            self.interpreter_check.setChecked(profile.interpreter_needed)
            self.interpreter_edit.setText(profile.interpreter_language)
            self.status_combo.setCurrentIndex(
                max(0, self.status_combo.findData(profile.immigration_status))
            )
            self.expires_edit.setText(
                profile.status_expires.isoformat() if profile.status_expires else ""
            )
            self.region_combo.setCurrentIndex(max(0, self.region_combo.findData(profile.region)))
            for kind, table in self.tables.items():
                fill_table(table, kind, file.records.get(kind, ()))
            self._show_safety(file)
            self._show_notes(file)
            self._show_eligibility(file)
            self.reveal_button.setVisible(not file.revealed)
            self.hide_button.setVisible(file.revealed)
            self.history_note.setText(
                tr(
                    "Who opened, changed or revealed this file, newest first. "
                    "Loading it is recorded too."
                )
            )
        finally:
            self._loading = False
        self._loaded = self._page_state()
        self._set_dirty(False)
        self.validation.clear()

    def _show_safety(self, file: rec.ClientFile) -> None:
        if file.safety_hidden:
            self.safety_label.setText(tr("Safety information is on file; reveal to see it."))
            return
        safety = file.of(rec.Safety)
        if not safety:
            self.safety_label.setText(tr("No safety information recorded."))
            return
        s = safety[0].record
        flags = [
            text
            for on, text in (
                (s.domestic_violence, tr("domestic violence")),
                (s.trafficking, tr("trafficking")),
            )
            if on
        ]
        lines = [tr("Safety: %1").replace("%1", ", ".join(flags) or tr("no flags"))]
        if s.code_word:
            lines.append(tr("Code word: %1").replace("%1", s.code_word))
        if s.alternate_contact:
            lines.append(tr("Safe alternate contact: %1").replace("%1", s.alternate_contact))
        self.safety_label.setText("\n".join(lines))

    def _show_notes(self, file: rec.ClientFile) -> None:
        self.notes_list.clear()
        for stored in file.of(rec.Note):
            note = stored.record
            marks = []
            if note.privileged:
                marks.append(tr("privileged"))
            if note.sensitive:
                marks.append(tr("sensitive"))
            head = f"{stored.created_at[:16].replace('T', ' ')} · {stored.created_by}"
            if marks:
                head += " · " + ", ".join(marks)
            item = QListWidgetItem(f"{head}\n{note.body}")
            self.notes_list.addItem(item)
        self.notes_count.setText(
            tr("%n note(s) on file.", "", file.notes_total)
            if file.notes_total <= len(file.of(rec.Note))
            else tr("The newest %1 of %2 notes.")
            .replace("%1", str(len(file.of(rec.Note))))
            .replace("%2", str(file.notes_total))
        )

    def _show_eligibility(self, file: rec.ClientFile) -> None:
        from caseapp.services.casework import eligibility

        try:
            result: EligibilityResult = eligibility(file)
        except CaseappError as exc:
            self.eligibility_label.setText(user_message(exc))
            return
        met = ", ".join(t.label for t in result.at_or_under) or tr("none")
        self.eligibility_label.setText(
            tr(
                "Household of %1, yearly income $%2: %3% of the %4 poverty guideline "
                "($%5). At or under: %6."
            )
            .replace("%1", str(result.household_size))
            .replace("%2", f"{result.annual_income:,.2f}")
            .replace("%3", f"{result.percent:.1f}")
            .replace("%4", str(result.year))
            .replace("%5", f"{result.guideline:,}")
            .replace("%6", met)
        )

    # -- editing --------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        """Unsaved intake edits, or a note typed but not added yet."""
        return self._dirty or bool(self.note_edit.toPlainText().strip())

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.title_changed.emit(self.tab_title())

    def tab_title(self) -> str:
        if self.file is None:
            return tr("Client file")
        name = self.file.client.display_name
        return f"{name} *" if self._dirty else name

    def _edited(self) -> None:
        if self._loading or self.file is None:
            return
        if not self._dirty:
            self._set_dirty(True)
        try:
            self._typed()
        except CaseappError as exc:
            self.validation.setText(user_message(exc))
            self.save_button.setEnabled(False)
            return
        self.validation.clear()
        self.save_button.setEnabled(True)

    def _typed(self) -> tuple[ClientIdentity, ClientProfile]:
        """What the intake page says now, checked by the rules the service applies."""
        identity = validate_identity(
            ClientIdentity(
                self.given_edit.text(),
                self.family_edit.text(),
                self.preferred_edit.text(),
                parse_date(self.dob_edit.text(), tr("The date of birth")),
            )
        )
        profile = validate_profile(
            ClientProfile(
                gender=self.gender_edit.text(),
                pronouns=self.pronouns_edit.text(),
                country_of_birth=self.country_edit.text(),
                citizenships=tuple(
                    p for p in self.citizenships_edit.text().split(",") if p.strip()
                ),
                languages=tuple(p for p in self.languages_edit.text().split(",") if p.strip()),
                interpreter_needed=self.interpreter_check.isChecked(),
                interpreter_language=self.interpreter_edit.text(),
                immigration_status=str(self.status_combo.currentData()),
                status_expires=parse_date(self.expires_edit.text(), tr("The status expiry date")),
                region=str(self.region_combo.currentData()),
            )
        )
        return identity, profile

    def save(self) -> bool:
        """Save the intake page and add a note typed but not added; False (with the
        reason shown) if something could not be saved."""
        if self.file is None:
            return True
        if self._dirty:
            try:
                identity, profile = self._typed()
                uuid = self.client_uuid
                before = self.file.client
                if identity != before.identity or profile != before.profile:
                    # One act, one transaction: the whole page or nothing of it.
                    self.access.call(lambda s: s.save_intake(uuid, identity, profile))
                self.load(reveal=self.file.revealed, reason=self._reveal_reason)
            except Exception as exc:
                self.validation.setText(user_message(exc))
                self.pages.setCurrentIndex(0)
                return False
            self.status.info(tr("Saved."))
            self.saved.emit()
        if self.note_edit.toPlainText().strip() and not self.add_note():
            return False
        self._drop_draft()
        return True

    def _drop_draft(self) -> None:
        """Everything the draft held is saved now: the draft goes."""
        if not self._has_draft:
            return
        uuid = self.client_uuid
        try:
            self.access.call(lambda s: s.discard_draft(uuid))
        except Exception as exc:
            self.status.error(user_message(exc))
            return
        self._has_draft = False

    # -- records -------------------------------------------------------------------------

    def _selected(self, kind: str) -> rec.Stored[Any] | None:
        rows = self.file.records.get(kind, ()) if self.file is not None else ()
        row = self.tables[kind].currentRow()
        if not 0 <= row < len(rows):
            self.status.error(tr("Select a line in the list first."))
            return None
        return rows[row]

    def _open_editor(self, kind: str, existing: rec.Stored[Any] | None) -> RecordDialog | None:
        if self.file is None:
            return None
        if existing is not None and existing.hidden:
            self.status.error(tr("Reveal first: a masked record cannot be edited."))
            return None
        dialog = RecordDialog(kind, self.file, existing, self)
        self.record_dialog = dialog  # for tests
        dialog.accepted.connect(lambda: self._store(kind, existing, dialog.result_record))
        dialog.open()
        return dialog

    def add_record_of(self, kind: str) -> RecordDialog | None:
        return self._open_editor(kind, None)

    def edit_record_of(self, kind: str) -> RecordDialog | None:
        stored = self._selected(kind)
        return None if stored is None else self._open_editor(kind, stored)

    def edit_safety(self) -> RecordDialog | None:
        if self.file is None:
            return None
        if self.file.safety_hidden:
            self.status.error(tr("Reveal first to see and change the safety information."))
            return None
        safety = self.file.of(rec.Safety)
        return self._open_editor("safety", safety[0] if safety else None)

    def _store(
        self, kind: str, existing: rec.Stored[Any] | None, record: rec.Record | None
    ) -> None:
        if record is None:
            return
        uuid = self.client_uuid
        try:
            if isinstance(record, rec.Safety):
                self.access.call(lambda s: s.set_safety(uuid, record))
            elif existing is None:
                self.access.call(lambda s: s.add_record(uuid, record))
            else:
                self.access.call(lambda s: s.update_record(uuid, existing.uuid, record))
            self._reload_keeping_edits()
        except Exception as exc:
            self.status.error(user_message(exc))
            return
        self.status.info(tr("Saved."))

    def delete_record_of(self, kind: str, *, confirmed: bool = False) -> None:
        stored = self._selected(kind)
        if stored is None:
            return
        if not confirmed:
            answer = QMessageBox.question(
                self, tr("Delete"), tr("Delete this line from the client's file for good?")
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        uuid, kind_type = self.client_uuid, rec.KINDS[kind]
        try:
            self.access.call(lambda s: s.delete_record(uuid, kind_type, stored.uuid))
            self._reload_keeping_edits()
        except Exception as exc:
            self.status.error(user_message(exc))
            return
        self.status.info(tr("Deleted."))

    # -- printing ------------------------------------------------------------------------

    def print_summary(self) -> PrintDialog | None:
        """The Print / save dialog for this client's case summary (Ctrl+P)."""
        if self.file is None:
            return None
        # Loaded on the first print: the dialog brings Qt's print support with it.
        from caseapp.gui.print_dialog import summary_dialog

        return self._open_print_dialog(summary_dialog(self.access, self.client_uuid, self))

    def print_intake_form(self) -> PrintDialog | None:
        """The intake form pre-filled from this file, for the client to check on paper."""
        if self.file is None:
            return None
        from caseapp.gui.print_dialog import prefilled_intake_dialog

        return self._open_print_dialog(prefilled_intake_dialog(self.access, self.client_uuid, self))

    def _open_print_dialog(self, dialog: PrintDialog) -> PrintDialog:
        self.print_dialog = dialog
        dialog.finished.connect(lambda _r: self._print_dialog_closed(dialog))
        dialog.open()
        return dialog

    def _print_dialog_closed(self, dialog: PrintDialog) -> None:
        if self.print_dialog is dialog:
            self.print_dialog = None

    # -- documents -----------------------------------------------------------------------

    def add_document_from_file(self, path: Path | None = None) -> None:
        from caseapp.core.documents import MAX_DOCUMENT_BYTES, MAX_DOCUMENT_MB

        chosen = path or choose_file_to_open(self, tr("Add a document"))
        if chosen is None:
            return
        try:
            if chosen.stat().st_size > MAX_DOCUMENT_BYTES:
                self.status.error(
                    tr(
                        "The file is larger than %1 MB, the most caseapp keeps for one document."
                    ).replace("%1", str(MAX_DOCUMENT_MB))
                )
                return
            data = chosen.read_bytes()
        except OSError:
            self.status.error(tr("The file could not be read; check that it still exists."))
            return
        uuid, name = self.client_uuid, chosen.name
        try:
            self.access.call(lambda s: s.add_document(uuid, name, data))
        except Exception as exc:
            self.status.error(user_message(exc))
            return
        self._reload_keeping_edits()
        self.status.info(tr("Document added to the vault."))

    def _selected_document(self) -> rec.Stored[rec.Document] | None:
        row = self.tables["document"].currentRow()
        docs = self.file.of(rec.Document) if self.file is not None else ()
        if not 0 <= row < len(docs):
            self.status.error(tr("Select a document in the list first."))
            return None
        return docs[row]

    def _document_bytes(self, stored: rec.Stored[rec.Document]) -> bytes | None:
        uuid, doc = self.client_uuid, stored.uuid
        try:
            _stored, data = self.access.call(lambda s: s.read_document(uuid, doc))
        except Exception as exc:
            self.status.error(user_message(exc))
            return None
        return bytes(data)

    def view_document(self) -> None:
        stored = self._selected_document()
        if stored is None:
            return
        data = self._document_bytes(stored)
        if data is None:
            return
        viewer = DocumentViewer(stored.record, data, self)
        self.document_viewer = viewer  # for tests
        viewer.open()

    def save_document_copy(self, path: Path | None = None) -> None:
        stored = self._selected_document()
        if stored is None:
            return
        if path is None:
            answer = QMessageBox.warning(
                self,
                tr("Save an unencrypted copy?"),
                tr(
                    "The copy will not be encrypted: anyone who can use this computer, its "
                    "backups or the drive you save to can read it. Save it only where the "
                    "office allows client papers, and delete it when you are done."
                ),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Save:
                return
            path = choose_file_to_save(self, tr("Save a copy"), stored.record.filename)
            if path is None:
                return
        uuid, doc = self.client_uuid, stored.uuid
        try:  # recorded as an export, not a view
            _stored, content = self.access.call(lambda s: s.export_document(uuid, doc))
        except Exception as exc:
            self.status.error(user_message(exc))
            return
        data = bytes(content)
        from caseapp.services.files import write_private

        try:
            write_private(path, data)
        except Exception as exc:
            self.status.error(user_message(exc))
            return
        self.status.info(tr("Saved an unencrypted copy (readable only by you)."))

    # -- drafts --------------------------------------------------------------------------

    def _form_edits(self) -> dict[str, QLineEdit]:
        return {
            "given_names": self.given_edit,
            "family_names": self.family_edit,
            "preferred_name": self.preferred_edit,
            "date_of_birth": self.dob_edit,
            "gender": self.gender_edit,
            "pronouns": self.pronouns_edit,
            "country_of_birth": self.country_edit,
            "citizenships": self.citizenships_edit,
            "languages": self.languages_edit,
            "interpreter_language": self.interpreter_edit,
            "status_expires": self.expires_edit,
        }

    def _page_state(self) -> dict[str, str]:
        state = {key: edit.text() for key, edit in self._form_edits().items()}
        state["interpreter_needed"] = "yes" if self.interpreter_check.isChecked() else "no"
        state["immigration_status"] = str(self.status_combo.currentData())
        state["region"] = str(self.region_combo.currentData())
        return state

    def form_state(self) -> dict[str, str]:
        """What was changed on the intake page, as typed (valid or not), for a draft:
        only the changed fields, so a draft never undoes what others changed meanwhile."""
        state = {k: v for k, v in self._page_state().items() if self._loaded.get(k) != v}
        if self.note_edit.toPlainText():
            state["new_note"] = self.note_edit.toPlainText()
            state["new_note_privileged"] = "yes" if self.privileged_check.isChecked() else "no"
            state["new_note_sensitive"] = "yes" if self.sensitive_check.isChecked() else "no"
        return state

    def stash_draft(self) -> bool:
        """Keep unsaved edits in the vault (before an idle lock); False if that failed."""
        if not self.dirty:
            return True
        uuid, state = self.client_uuid, self.form_state()
        try:
            self.access.call(lambda s: s.save_draft(uuid, state))
        except Exception:
            return False
        self._has_draft = True
        return True

    def apply_draft(self) -> bool:
        """Bring back edits kept by an idle lock; True if there were some."""
        uuid = self.client_uuid
        draft = self.access.call(lambda s: s.read_draft(uuid))
        if not draft:
            return False
        self._has_draft = True
        for key, edit in self._form_edits().items():
            if key in draft:
                edit.setText(draft[key])
        if "interpreter_needed" in draft:
            self.interpreter_check.setChecked(draft["interpreter_needed"] == "yes")
        for key, combo in (
            ("immigration_status", self.status_combo),
            ("region", self.region_combo),
        ):
            index = combo.findData(draft.get(key, ""))
            if index >= 0:
                combo.setCurrentIndex(index)
        self.note_edit.setPlainText(draft.get("new_note", ""))
        self.privileged_check.setChecked(draft.get("new_note_privileged") == "yes")
        self.sensitive_check.setChecked(draft.get("new_note_sensitive") == "yes")
        self._set_dirty(True)
        self._edited()
        self.status.info(
            tr("Your unsaved edits from before the lock are back. Save them, or close to discard.")
        )
        return True

    def discard_draft(self) -> None:
        """The person chose to discard the unsaved edits: the kept draft goes too."""
        self._has_draft = True
        self._drop_draft()

    def revert(self) -> None:
        if self.file is not None:
            self._show(self.file)

    # -- reveal, notes, history ----------------------------------------------------------

    def ask_reveal(self) -> None:
        labels = [_reason_label(key) for key, _ in REVEAL_REASONS]
        dialog = QInputDialog(self)
        dialog.setWindowTitle(tr("Reveal"))
        dialog.setLabelText(
            tr("Why do you need to see this client's numbers, addresses and safety details?")
        )
        dialog.setComboBoxItems(labels)
        dialog.setComboBoxEditable(False)
        self.reveal_dialog = dialog  # for tests
        dialog.textValueSelected.connect(
            lambda text: self.reveal(REVEAL_REASONS[labels.index(text)][0])
        )
        dialog.open()

    def reveal(self, reason: str) -> None:
        """Show the masked values (recorded, with the reason); unsaved edits stay."""
        self._switch_reveal(True, reason)

    def hide_again(self) -> None:
        self._switch_reveal(False, "")

    def _switch_reveal(self, reveal: bool, reason: str) -> None:
        if self.file is None:
            return
        before = self.file
        try:
            if self.dirty:
                self.file = replace(self.file, revealed=reveal)
                self._reveal_reason = reason
                self._reload_keeping_edits()
            else:
                self.load(reveal=reveal, reason=reason)
        except Exception as exc:
            self.file = before
            self.status.error(user_message(exc))
            return
        self.reveal_button.setVisible(not reveal)
        self.hide_button.setVisible(reveal)

    def copy_number(self) -> None:
        """The selected A-number, ITIN or SSN to the clipboard, briefly (revealed only)."""
        file = self.file
        row = self.tables["identifier"].currentRow()
        numbers = file.of(rec.Identifier) if file is not None else ()
        if not 0 <= row < len(numbers):
            self.status.error(tr("Select a number in the list first."))
            return
        stored = numbers[row]
        if stored.hidden:
            self.status.error(tr("Reveal the numbers first; a masked number cannot be copied."))
            return
        if self.clipboard is None:
            return
        self.clipboard.copy(rec.parse_identifier(stored.record.kind, stored.record.value).display)
        self.status.info(tr("Copied. The clipboard is cleared in 10 seconds."))

    def add_note(self) -> bool:
        body = self.note_edit.toPlainText()
        if not body.strip():
            self.status.error(tr("Write the note first."))
            return False
        note = rec.Note(
            body,
            privileged=self.privileged_check.isChecked(),
            sensitive=self.sensitive_check.isChecked(),
        )
        uuid = self.client_uuid
        try:
            self.access.call(lambda s: s.add_record(uuid, note))
            self.note_edit.setPlainText("")
            self.privileged_check.setChecked(False)
            self.sensitive_check.setChecked(False)
            self._reload_keeping_edits()
        except Exception as exc:
            self.status.error(user_message(exc))
            return False
        self.status.info(tr("Note added."))
        if not self._dirty:
            self._drop_draft()
        return True

    def _reload_keeping_edits(self) -> None:
        """Refresh the records without throwing away the intake page's edits."""
        uuid, reason = self.client_uuid, self._reveal_reason
        revealed = self.file.revealed if self.file else False
        file = self.access.call(
            lambda s: s.read_client_file(uuid, reveal=revealed, reason=reason if revealed else "")
        )
        self.file = file
        for kind, table in self.tables.items():
            fill_table(table, kind, file.records.get(kind, ()))
        self._show_notes(file)
        self._show_safety(file)
        self._show_eligibility(file)

    def load_history(self) -> None:
        uuid = self.client_uuid
        try:
            entries: list[AuditEntry] = self.access.call(
                lambda s: s.list_audit(client=uuid, limit=200)
            )
        except PermissionDenied as exc:
            self.history_note.setText(user_message(exc))
            return
        except Exception as exc:
            self.history_note.setText(user_message(exc))
            return
        self.history_table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            for column, text in enumerate(
                (e.at[:19].replace("T", " "), e.user, e.action, e.fields, e.reason)
            ):
                self.history_table.setItem(row, column, QTableWidgetItem(text))
        self.history_table.resizeColumnsToContents()

    def show_page(self, key: str) -> None:
        if key in PAGES:
            self.pages.setCurrentIndex(PAGES.index(key))

    def forget(self) -> None:
        """Drop what the file showed (at lock, or when its tab closes)."""
        self.file = None
        self._dirty = False
        for edit in self.findChildren(QLineEdit):
            edit.setText("")
        self.note_edit.setPlainText("")
        self.notes_list.clear()
        for table in self.findChildren(QTableWidget):
            table.setRowCount(0)
        for label in (self.heading, self.subheading, self.safety_label, self.eligibility_label):
            label.clear()


class DocumentViewer(QDialog):
    """Shows a document inside caseapp: pictures and plain text; other kinds are
    not handed to another program (save a copy to open them)."""

    def __init__(self, document: rec.Document, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Document"))
        self.resize(800, 640)
        layout = QVBoxLayout(self)
        self.kind = "other"
        image = QImage.fromData(data) if document.media_type.startswith("image/") else QImage()
        if not image.isNull():
            self.kind = "image"
            label = QLabel()
            label.setAccessibleName(tr("Picture"))
            label.setPixmap(QPixmap.fromImage(image))
            area = QScrollArea()
            area.setWidget(label)
            layout.addWidget(area, 1)
        elif document.media_type.startswith("text/"):
            self.kind = "text"
            text = QPlainTextEdit()
            text.setAccessibleName(tr("Text of the document"))
            text.setReadOnly(True)
            text.setPlainText(data.decode("utf-8", errors="replace"))
            layout.addWidget(text, 1)
        else:
            note = QLabel(
                tr(
                    "This kind of file (%1) cannot be shown inside caseapp yet. Save a copy "
                    "to open it, with care."
                ).replace("%1", document.media_type)
            )
            note.setWordWrap(True)
            layout.addWidget(note, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _line(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(500)
    return edit


_ = Any
