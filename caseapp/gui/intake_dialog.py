"""New intake with the conflict check built in.

Type the client's name (and the other side's, if a case is to open): the
check runs in the background as you type and lists who on file might be a
conflict, and why. Saving adds the client, records the decision on a fresh
check of the saved client, and opens the case on it — the service refuses a
case without that record, and a decision of "no conflict" when there are hits.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.core import records as rec
from caseapp.core.case_codes import SUBCODE_VOCABULARY
from caseapp.core.clients import ClientIdentity, validate_identity
from caseapp.core.errors import CaseappError, InvalidInput
from caseapp.core.records import CONFLICT_DECISIONS
from caseapp.gui.error_text import user_message
from caseapp.gui.form_parts import StatusLine
from caseapp.gui.i18n import term_label, tr
from caseapp.gui.session_access import SessionAccess

if TYPE_CHECKING:
    from caseapp.services.casework import ConflictReport

CHANNEL = "intake conflict check"
CHECK_DELAY_MS = 400


def parse_date(text: str, label: str) -> date | None:
    """A date typed as YYYY-MM-DD (empty: none), or InvalidInput saying how to write it."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(
            tr("%1 must be written as year-month-day, for example 1990-07-25.").replace("%1", label)
        ) from None


def kind_label(kind: str) -> str:
    return {
        "client": tr("Client"),
        "alias": tr("Alias of a client"),
        "adverse_party": tr("Adverse party"),
        "related_party": tr("Related party"),
        "household_member": tr("Household member"),
    }.get(kind, kind)


def fill_hits(
    table: QTableWidget, report: ConflictReport | None, checked: Sequence[str] = ()
) -> None:
    """One row per hit: who (unless withheld), what kind of record, why it matched,
    and which of the checked names it matched (``checked``, parallel to the hits)."""
    hits = report.hits if report is not None else ()
    table.setRowCount(len(hits))
    for row, hit in enumerate(hits):
        c = hit.candidate
        name = (
            " ".join(p for p in (c.given, c.family) if p)
            if not report or not report.names_withheld
            else tr("(withheld)")
        )
        cells = (
            name,
            c.date_of_birth.isoformat() if c.date_of_birth else "",
            kind_label(c.kind),
            "; ".join(tr(reason) for reason in hit.reasons),
            checked[row] if row < len(checked) else "",
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(row, column, item)
    table.resizeRowsToContents()


def hits_table() -> QTableWidget:
    table = QTableWidget(0, 5)
    table.setAccessibleName(tr("Possible conflicts"))
    table.setHorizontalHeaderLabels(
        [
            tr("Name on file"),
            tr("Date of birth"),
            tr("Found as"),
            tr("Why it matched"),
            tr("Checked name"),
        ]
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(True)
    for column, width in enumerate((180, 100, 120, 300)):
        table.setColumnWidth(column, width)
    return table


# Why a hit matched, as core/conflicts.py says it: listed here so the catalogue
# has them (a test keeps this list and core's in step).
REASONS: tuple[str, ...] = (
    str(QT_TR_NOOP("Same name (accents and order ignored)")),
    str(QT_TR_NOOP("All parts of the shorter name match")),
    str(QT_TR_NOOP("Same family name")),
    str(QT_TR_NOOP("Family name matches one of two surnames")),
    str(QT_TR_NOOP("Family name initial matches")),
    str(QT_TR_NOOP("Shares one of two surnames")),
    str(QT_TR_NOOP("Different family name")),
    str(QT_TR_NOOP("Same given name")),
    str(QT_TR_NOOP("Given names match apart from a middle name")),
    str(QT_TR_NOOP("Given name initial matches")),
    str(QT_TR_NOOP("Shares a given name")),
    str(QT_TR_NOOP("Different given name")),
    str(QT_TR_NOOP("Given and family names swapped")),
    str(QT_TR_NOOP("Similar spelling")),
    str(QT_TR_NOOP("Written with different spacing or punctuation")),
    str(QT_TR_NOOP("Same date of birth")),
    str(QT_TR_NOOP("Date of birth matches with day and month swapped")),
    str(QT_TR_NOOP("Different date of birth")),
    str(QT_TR_NOOP("Matches another name the person uses")),
    str(QT_TR_NOOP("Is an existing client")),
    str(QT_TR_NOOP("Matches an alias")),
    str(QT_TR_NOOP("Is an adverse party in an existing case")),
    str(QT_TR_NOOP("Is a related party in an existing case")),
    str(QT_TR_NOOP("Is a household member of an existing client")),
)


def case_type_combo() -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(tr("Case type"))
    for term in SUBCODE_VOCABULARY:
        combo.addItem(term_label(term), term.key)
    return combo


def adverse_parties_edit() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(tr("Adverse parties, one per line"))
    edit.setPlaceholderText(tr("One name per line (a person or an organisation)"))
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(60)
    return edit


def decision_combo() -> QComboBox:
    """The decision, with no choice made: with hits on the list, a person must pick."""
    combo = QComboBox()
    combo.setAccessibleName(tr("Conflict-check decision"))
    combo.addItem(tr("— choose after reviewing the list —"), "")
    for term in CONFLICT_DECISIONS:
        combo.addItem(term_label(term), term.key)
    return combo


def show_decision_default(combo: QComboBox, hits: int) -> None:
    """No hits: "no conflict". Hits: nothing chosen — the person reviewing decides."""
    combo.setCurrentIndex(combo.findData("no_conflict") if hits == 0 else 0)


MUST_CHOOSE = str(QT_TR_NOOP("Choose the decision on the possible conflicts first."))
WAIT_FOR_CHECK = str(QT_TR_NOOP("Wait for the conflict check to finish (it runs as you type)."))


def adverse_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def adverse_party(name: str) -> rec.Party:
    given, _, family = name.rpartition(" ")
    return rec.Party("", "adverse", given, family)


class NewIntakeDialog(QDialog):
    """Emits ``created(client_uuid)`` once the client is saved (with or without a case)."""

    created = Signal(str)

    def __init__(self, access: SessionAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.access = access
        self.setWindowTitle(tr("New intake"))
        self._client_uuid = ""
        self._report: ConflictReport | None = None
        self._matched: tuple[str, ...] = ()
        self._checked_for: tuple[object, ...] = ()

        self.given_edit = _line(tr("Given name(s)"))
        self.family_edit = _line(tr("Family name(s)"))
        self.preferred_edit = _line(tr("Preferred name"))
        self.dob_edit = _line(tr("Date of birth"), tr("YYYY-MM-DD"))
        self.validation = QLabel()
        self.validation.setAccessibleName(tr("Validation message"))
        self.validation.setWordWrap(True)
        self.validation.setStyleSheet("color: #b3261e;")
        person = QFormLayout()
        person.addRow(tr("&Given name(s):"), self.given_edit)
        person.addRow(tr("&Family name(s):"), self.family_edit)
        person.addRow(tr("&Preferred name:"), self.preferred_edit)
        person.addRow(tr("Date of &birth:"), self.dob_edit)
        person.addRow("", self.validation)
        person_box = QGroupBox(tr("Client"))
        person_box.setLayout(person)

        self.case_check = QCheckBox(tr("&Open a case now"))
        self.case_check.setChecked(True)
        self.case_type = case_type_combo()
        self.adverse_edit = adverse_parties_edit()
        case = QFormLayout()
        case.addRow(self.case_check)
        case.addRow(tr("Case &type:"), self.case_type)
        case.addRow(tr("&Adverse parties:"), self.adverse_edit)
        self.case_box = QGroupBox(tr("Case"))
        self.case_box.setLayout(case)

        self.hits = hits_table()
        self.hits_label = QLabel(tr("Type a name to run the conflict check."))
        self.hits_label.setAccessibleName(tr("Conflict check result"))
        self.hits_label.setWordWrap(True)
        self.decision = decision_combo()
        self.decision_note = _line(tr("Note on the decision"))
        decision_form = QFormLayout()
        decision_form.addRow(tr("&Decision:"), self.decision)
        decision_form.addRow(tr("N&ote:"), self.decision_note)
        check_box = QGroupBox(tr("Conflict check"))
        check_layout = QVBoxLayout(check_box)
        check_layout.addWidget(self.hits_label)
        check_layout.addWidget(self.hits, 1)
        check_layout.addLayout(decision_form)

        self.status = StatusLine()
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(tr("&Save intake"))
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(person_box)
        layout.addWidget(self.case_box)
        layout.addWidget(check_box, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(760, 720)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.run_check)
        for edit in (self.given_edit, self.family_edit, self.preferred_edit, self.dob_edit):
            edit.textChanged.connect(self._changed)
        self.adverse_edit.textChanged.connect(self._changed)
        self.case_check.toggled.connect(self._case_toggled)
        self._validate()

    # -- input -------------------------------------------------------------------

    def identity(self) -> ClientIdentity:
        """The typed identity, checked by the same rules the service applies."""
        dob = parse_date(self.dob_edit.text(), tr("The date of birth"))
        return validate_identity(
            ClientIdentity(
                self.given_edit.text(),
                self.family_edit.text(),
                self.preferred_edit.text(),
                dob,
            )
        )

    def _validate(self) -> ClientIdentity | None:
        try:
            identity = self.identity()
        except CaseappError as exc:
            if self.given_edit.text() or self.dob_edit.text():
                self.validation.setText(user_message(exc))
            else:
                self.validation.clear()
            self.save_button.setEnabled(False)
            return None
        self.validation.clear()
        self.save_button.setEnabled(True)
        return identity

    def _changed(self) -> None:
        self._report = None
        if self._validate() is not None:
            self.hits_label.setText(tr("Checking…"))
            self._timer.start()

    def _case_toggled(self, on: bool) -> None:
        self.case_type.setEnabled(on)
        self.adverse_edit.setEnabled(on)
        self._changed()

    # -- the check ---------------------------------------------------------------

    def run_check(self) -> None:
        identity = self._validate()
        if identity is None:
            return
        adverse = (
            adverse_lines(self.adverse_edit.toPlainText()) if self.case_check.isChecked() else []
        )
        key = (identity, tuple(adverse))

        def check(s: object) -> tuple[ConflictReport, tuple[str, ...]]:
            from caseapp.services.casework import ConflictReport

            others = (
                [(identity.preferred_name, identity.family_names)]
                if identity.preferred_name
                else []
            )
            first = s.check_conflicts(  # type: ignore[attr-defined]
                identity.given_names,
                identity.family_names,
                identity.date_of_birth,
                other_names=others,
            )
            client_name = " ".join(p for p in (identity.given_names, identity.family_names) if p)
            found = [(h, client_name) for h in first.hits]
            withheld = first.names_withheld
            incomplete = first.incomplete
            for name in adverse:
                party = adverse_party(name)
                more = s.check_conflicts(party.given_names, party.family_names)  # type: ignore[attr-defined]
                found += [(h, name) for h in more.hits]
                withheld = withheld or more.names_withheld
                incomplete = incomplete or more.incomplete
            found.sort(key=lambda pair: -pair[0].score)
            report = ConflictReport(tuple(h for h, _ in found), incomplete, withheld)
            return report, tuple(n for _, n in found)

        self.access.submit(
            CHANNEL,
            check,
            lambda result: self._checked(key, *result),
            lambda exc: self.hits_label.setText(user_message(exc)),
        )

    def _checked(
        self, key: tuple[object, ...], report: ConflictReport, matched: tuple[str, ...]
    ) -> None:
        self._report = report
        self._matched = matched
        self._checked_for = key
        fill_hits(self.hits, report, matched)
        count = len(report.hits)
        show_decision_default(self.decision, count)
        if count == 0:
            self.hits_label.setText(tr("No possible conflicts found."))
        else:
            text = tr("%n possible conflict(s): review why each matched, then decide.", "", count)
            if report.names_withheld:
                text += " " + tr(
                    "Names are withheld from intake staff: a paralegal or attorney must clear them."
                )
            self.hits_label.setText(text)
        if report.incomplete:
            self.hits_label.setText(
                self.hits_label.text()
                + " "
                + tr("The name is very common: not every record could be compared.")
            )

    @property
    def report(self) -> ConflictReport | None:
        return self._report

    # -- save --------------------------------------------------------------------

    def save(self) -> None:
        identity = self._validate()
        if identity is None:
            return
        with_case = self.case_check.isChecked()
        if with_case and self._report is None:
            self.status.error(tr(WAIT_FOR_CHECK))
            return
        seen = len(self._report.hits) if with_case and self._report is not None else 0
        if with_case and seen and not self.decision.currentData():
            self.status.error(tr(MUST_CHOOSE))
            return
        try:
            if not self._client_uuid:
                self._client_uuid = self.access.call(lambda s: s.create_client(identity))
                for edit in (self.given_edit, self.family_edit, self.preferred_edit, self.dob_edit):
                    edit.setReadOnly(True)  # saved: further changes belong in the file
            if with_case and not self._open_case(seen):
                return
        except Exception as exc:
            if self._client_uuid:
                self.status.error(
                    tr("The client was saved, but the case did not open: %1").replace(
                        "%1", user_message(exc)
                    )
                )
            else:
                self.status.error(user_message(exc))
            return
        self.created.emit(self._client_uuid)
        self.accept()

    def _open_case(self, seen: int) -> bool:
        """Check the saved client (aliases and all) and the adverse parties; if that
        finds another list than the one decided on, show it and stop (False)."""
        client_uuid = self._client_uuid
        adverse = adverse_lines(self.adverse_edit.toPlainText())
        report = self.access.call(lambda s: s.client_conflicts(client_uuid, adverse))
        if len(report.hits) != seen:
            self._report = report
            fill_hits(self.hits, report)
            show_decision_default(self.decision, len(report.hits))
            self.hits_label.setText(
                tr(
                    "The client is saved. The check of the saved file finds %n possible "
                    "conflict(s): review them, decide, and save again to open the case.",
                    "",
                    len(report.hits),
                )
            )
            self.status.info(tr("Review the conflict check again."))
            return False
        decision = str(self.decision.currentData())
        note = self.decision_note.text()
        check_uuid, _report = self.access.call(
            lambda s: s.record_conflict_check(
                client_uuid, decision, adverse_names=adverse, note=note, seen_hits=seen
            )
        )
        if decision == "conflict":
            return True  # recorded; no case opens on a conflict
        subcode = str(self.case_type.currentData())
        case = rec.Case(subcode, date.today())
        parties = [adverse_party(name) for name in adverse]
        self.access.call(lambda s: s.open_case(client_uuid, case, check_uuid, parties=parties))
        return True

    def reject(self) -> None:
        self.access.cancel(CHANNEL)
        if self._client_uuid:  # saved already: the list should show it
            self.created.emit(self._client_uuid)
        super().reject()


def _line(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(500)
    return edit


class OpenCaseDialog(QDialog):
    """A new case for a client already on file: the check runs on the client (with
    every alias) and the adverse parties typed, then the decision is recorded and
    the case opens on it. Emits ``opened(case_uuid)``."""

    opened = Signal(str)

    def __init__(
        self, access: SessionAccess, client_uuid: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.access = access
        self.client_uuid = client_uuid
        self.setWindowTitle(tr("Open a case"))
        self._report: ConflictReport | None = None
        self.case_type = case_type_combo()
        self.adverse_edit = adverse_parties_edit()
        self.hits = hits_table()
        self.hits_label = QLabel(tr("Checking…"))
        self.hits_label.setAccessibleName(tr("Conflict check result"))
        self.hits_label.setWordWrap(True)
        self.decision = decision_combo()
        self.decision_note = _line(tr("Note on the decision"))
        form = QFormLayout()
        form.addRow(tr("Case &type:"), self.case_type)
        form.addRow(tr("&Adverse parties:"), self.adverse_edit)
        form.addRow(tr("&Decision:"), self.decision)
        form.addRow(tr("N&ote:"), self.decision_note)
        self.status = StatusLine()
        self.open_button = QPushButton(tr("&Open the case"))
        self.open_button.setDefault(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button.clicked.connect(self.open_case)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hits_label)
        layout.addWidget(self.hits, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(760, 560)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.run_check)
        self.adverse_edit.textChanged.connect(self._changed)
        QTimer.singleShot(0, self.run_check)

    @property
    def report(self) -> ConflictReport | None:
        return self._report

    def _changed(self) -> None:
        self._report = None
        self.hits_label.setText(tr("Checking…"))
        self._timer.start()

    def run_check(self) -> None:
        uuid, adverse = self.client_uuid, adverse_lines(self.adverse_edit.toPlainText())
        self.access.submit(
            CHANNEL,
            lambda s: s.client_conflicts(uuid, adverse),
            self._checked,
            lambda exc: self.hits_label.setText(user_message(exc)),
        )

    def _checked(self, report: ConflictReport) -> None:
        self._report = report
        fill_hits(self.hits, report)
        count = len(report.hits)
        show_decision_default(self.decision, count)
        if count == 0:
            self.hits_label.setText(tr("No possible conflicts found."))
        else:
            self.hits_label.setText(
                tr("%n possible conflict(s): review why each matched, then decide.", "", count)
            )

    def open_case(self) -> None:
        if self._report is None:
            self.status.error(tr(WAIT_FOR_CHECK))
            return
        seen = len(self._report.hits)
        if seen and not self.decision.currentData():
            self.status.error(tr(MUST_CHOOSE))
            return
        uuid = self.client_uuid
        decision = str(self.decision.currentData())
        adverse = adverse_lines(self.adverse_edit.toPlainText())
        note = self.decision_note.text()
        subcode = str(self.case_type.currentData())
        try:
            check_uuid, _report = self.access.call(
                lambda s: s.record_conflict_check(
                    uuid, decision, adverse_names=adverse, note=note, seen_hits=seen
                )
            )
            if decision == "conflict":
                self.status.info(tr("Recorded as a conflict: no case was opened."))
                return
            case = rec.Case(subcode, date.today())
            parties = [adverse_party(name) for name in adverse]
            case_uuid = self.access.call(
                lambda s: s.open_case(uuid, case, check_uuid, parties=parties)
            )
        except Exception as exc:
            self.status.error(user_message(exc))
            return
        self.opened.emit(case_uuid)
        self.accept()

    def reject(self) -> None:
        self.access.cancel(CHANNEL)
        super().reject()
