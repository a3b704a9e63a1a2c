"""Add and edit the records of a client file with one dialog, built from the
record's own fields: vocabulary fields as lists, yes/no as check boxes,
dates as YYYY-MM-DD, references to other records of the file as lists of
them. What is typed is checked by the same rules the service applies
(``record.cleaned``), so a mistake is named before anything is sent.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caseapp.core import records as rec
from caseapp.core.errors import CaseappError, InvalidInput
from caseapp.gui.error_text import user_message
from caseapp.gui.i18n import term_label, tr
from caseapp.gui.intake_dialog import parse_date
from caseapp.gui.record_views import VOCABULARIES, value_text

# Kinds this dialog adds and edits (cases open with their conflict check; notes
# and documents have their own controls; safety is one record, edited in place).
EDITABLE = (
    "alias",
    "identifier",
    "phone",
    "email",
    "address",
    "safety",
    "household_member",
    "income",
    "entry",
    "application",
    "proceeding",
    "hearing",
    "check_in",
    "detention",
    "deadline",
    "task",
    "checklist_item",
)
# Kept by the service, not typed.
SKIPPED = frozenset({"computed", "conflict_check_uuid", "adverse_names", "key"})
# Fields that point at another record of the same file.
REFERENCES = {
    "case_uuid": "case",
    "proceeding_uuid": "proceeding",
    "member_uuid": "household_member",
}
MULTILINE = frozenset({"notes", "outcome", "description"})

KIND_TITLES = {
    "alias": str(QT_TR_NOOP("Other name")),
    "identifier": str(QT_TR_NOOP("A-number, ITIN or SSN")),
    "phone": str(QT_TR_NOOP("Phone")),
    "email": str(QT_TR_NOOP("E-mail")),
    "address": str(QT_TR_NOOP("Address")),
    "safety": str(QT_TR_NOOP("Safety information")),
    "household_member": str(QT_TR_NOOP("Household member")),
    "income": str(QT_TR_NOOP("Income")),
    "entry": str(QT_TR_NOOP("Entry to the United States")),
    "application": str(QT_TR_NOOP("Application")),
    "proceeding": str(QT_TR_NOOP("Proceeding")),
    "hearing": str(QT_TR_NOOP("Hearing")),
    "check_in": str(QT_TR_NOOP("ICE check-in")),
    "detention": str(QT_TR_NOOP("Detention")),
    "deadline": str(QT_TR_NOOP("Deadline")),
    "task": str(QT_TR_NOOP("Task")),
    "checklist_item": str(QT_TR_NOOP("Checklist document")),
}

FIELD_LABELS = {
    "given_names": str(QT_TR_NOOP("Given name(s)")),
    "family_names": str(QT_TR_NOOP("Family name(s)")),
    "kind": str(QT_TR_NOOP("Kind")),
    "value": str(QT_TR_NOOP("Number")),
    "number": str(QT_TR_NOOP("Phone number")),
    "label": str(QT_TR_NOOP("Label")),
    "safe_to_call": str(QT_TR_NOOP("Safe to call")),
    "safe_to_text": str(QT_TR_NOOP("Safe to text")),
    "safe_to_voicemail": str(QT_TR_NOOP("Safe for voicemail")),
    "safe_to_email": str(QT_TR_NOOP("Safe to e-mail")),
    "safe_to_mail": str(QT_TR_NOOP("Safe to mail")),
    "primary": str(QT_TR_NOOP("Primary")),
    "address": str(QT_TR_NOOP("E-mail address")),
    "line1": str(QT_TR_NOOP("Street and number")),
    "line2": str(QT_TR_NOOP("Apartment, unit")),
    "city": str(QT_TR_NOOP("City")),
    "region": str(QT_TR_NOOP("State or region")),
    "postal_code": str(QT_TR_NOOP("ZIP or postal code")),
    "country": str(QT_TR_NOOP("Country")),
    "current": str(QT_TR_NOOP("Current address")),
    "code_word": str(QT_TR_NOOP("Code word")),
    "alternate_contact": str(QT_TR_NOOP("Safe alternate contact")),
    "domestic_violence": str(QT_TR_NOOP("Domestic violence")),
    "trafficking": str(QT_TR_NOOP("Trafficking")),
    "notes": str(QT_TR_NOOP("Notes")),
    "relationship": str(QT_TR_NOOP("Relationship")),
    "date_of_birth": str(QT_TR_NOOP("Date of birth")),
    "in_household": str(QT_TR_NOOP("Lives in the household")),
    "amount": str(QT_TR_NOOP("Amount")),
    "frequency": str(QT_TR_NOOP("How often")),
    "source": str(QT_TR_NOOP("Source")),
    "member_uuid": str(QT_TR_NOOP("Whose income")),
    "hours_per_week": str(QT_TR_NOOP("Hours per week")),
    "entry_date": str(QT_TR_NOOP("Date of entry")),
    "place": str(QT_TR_NOOP("Place of entry")),
    "manner": str(QT_TR_NOOP("Manner of entry")),
    "admitted_as": str(QT_TR_NOOP("Admitted as")),
    "form": str(QT_TR_NOOP("Form")),
    "receipt_number": str(QT_TR_NOOP("Receipt number")),
    "filed_on": str(QT_TR_NOOP("Filed on")),
    "status": str(QT_TR_NOOP("Status")),
    "decided_on": str(QT_TR_NOOP("Decided on")),
    "court": str(QT_TR_NOOP("Court")),
    "judge": str(QT_TR_NOOP("Judge")),
    "starts_at": str(QT_TR_NOOP("Date and time")),
    "location": str(QT_TR_NOOP("Where")),
    "proceeding_uuid": str(QT_TR_NOOP("Proceeding")),
    "case_uuid": str(QT_TR_NOOP("Case")),
    "outcome": str(QT_TR_NOOP("Outcome")),
    "at": str(QT_TR_NOOP("Date and time")),
    "office": str(QT_TR_NOOP("Office")),
    "facility": str(QT_TR_NOOP("Facility")),
    "detained_on": str(QT_TR_NOOP("Detained on")),
    "released_on": str(QT_TR_NOOP("Released on")),
    "due_on": str(QT_TR_NOOP("Due on")),
    "title": str(QT_TR_NOOP("What")),
    "done_on": str(QT_TR_NOOP("Done on")),
    "assigned_to": str(QT_TR_NOOP("Assigned to")),
    "received_on": str(QT_TR_NOOP("Received on")),
}

FREQUENCIES = (
    ("weekly", str(QT_TR_NOOP("Weekly"))),
    ("biweekly", str(QT_TR_NOOP("Every two weeks"))),
    ("semimonthly", str(QT_TR_NOOP("Twice a month"))),
    ("monthly", str(QT_TR_NOOP("Monthly"))),
    ("quarterly", str(QT_TR_NOOP("Quarterly"))),
    ("annual", str(QT_TR_NOOP("Yearly"))),
    ("hourly", str(QT_TR_NOOP("Hourly (give the hours per week)"))),
)


def parse_moment(text: str, label: str) -> datetime:
    try:
        return datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise InvalidInput(
            tr(
                "%1 must be written as year-month-day hour:minute, for example 2027-03-15 09:30."
            ).replace("%1", label)
        ) from None


def reference_label(stored: rec.Stored[Any]) -> str:
    record = stored.record
    if isinstance(record, rec.Case):
        return value_text("case", "subcode", record.subcode) + f" ({record.opened_on.isoformat()})"
    if isinstance(record, rec.Proceeding):
        return value_text("proceeding", "kind", record.kind) + (
            f" — {record.court}" if record.court else ""
        )
    if isinstance(record, rec.HouseholdMember):
        return " ".join(p for p in (record.given_names, record.family_names) if p)
    return stored.uuid[:8]


class RecordDialog(QDialog):
    """Add (``existing`` None) or edit one record; ``record()`` is the checked result."""

    def __init__(
        self,
        kind: str,
        file: rec.ClientFile,
        existing: rec.Stored[Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.type = rec.KINDS[kind]
        self.file = file
        self.setWindowTitle(tr(KIND_TITLES.get(kind, kind)))
        self.widgets: dict[str, QWidget] = {}
        self.form = QFormLayout()
        current = existing.record if existing is not None else None
        for f in fields(self.type):
            if f.name in SKIPPED:
                continue
            widget = self._widget(f.name, str(f.type))
            self.widgets[f.name] = widget
            label = tr(FIELD_LABELS.get(f.name, f.name))
            widget.setAccessibleName(label)
            self.form.addRow(label + ":", widget)
            if current is not None:
                self._set(f.name, str(f.type), getattr(current, f.name))
        self.message = QLabel()
        self.message.setAccessibleName(tr("Validation message"))
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(520, 120 + 34 * len(self.widgets))
        self._result: rec.Record | None = None
        self._existing = current

    # -- widgets --------------------------------------------------------------------

    def _widget(self, name: str, annotation: str) -> QWidget:
        vocabulary = VOCABULARIES.get((self.kind, name))
        if vocabulary is not None:
            combo = QComboBox()
            for term in vocabulary:
                combo.addItem(term_label(term), term.key)
            return combo
        if (self.kind, name) == ("income", "frequency"):
            combo = QComboBox()
            for key, label in FREQUENCIES:
                combo.addItem(tr(label), key)
            return combo
        if name in REFERENCES:
            combo = QComboBox()
            combo.addItem(tr("(none)"), "")
            if name == "member_uuid":
                combo.setItemText(0, tr("The client"))
            for stored in self.file.of(rec.KINDS[REFERENCES[name]]):
                combo.addItem(reference_label(stored), stored.uuid)
            return combo
        if annotation == "bool":
            return QCheckBox()
        if annotation == "int":
            spin = QSpinBox()
            spin.setRange(0, 24 * 60)
            return spin
        if name in MULTILINE:
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(70)
            return text
        edit = QLineEdit()
        edit.setMaxLength(5000)
        if annotation.startswith("datetime"):
            edit.setPlaceholderText(tr("YYYY-MM-DD HH:MM"))
        elif annotation.startswith("date"):
            edit.setPlaceholderText(tr("YYYY-MM-DD"))
        return edit

    def _set(self, name: str, annotation: str, value: Any) -> None:
        widget = self.widgets[name]
        if isinstance(widget, QComboBox):
            index = widget.findData(value)
            if index < 0 and value:
                # A value not in the list (a removed record, an old choice): kept as it is.
                widget.addItem(tr("(as recorded: %1)").replace("%1", str(value)[:40]), value)
                index = widget.count() - 1
            widget.setCurrentIndex(max(0, index))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value))
        elif isinstance(widget, QLineEdit):
            if isinstance(value, datetime):
                widget.setText(value.strftime("%Y-%m-%d %H:%M"))
            elif isinstance(value, date):
                widget.setText(value.isoformat())
            elif value is None:
                widget.setText("")
            elif self.kind == "identifier" and name == "value":
                widget.setText(rec.parse_identifier(self.widgets_kind(), str(value)).display)
            else:
                widget.setText(str(value))

    def widgets_kind(self) -> str:
        combo = self.widgets.get("kind")
        return str(combo.currentData()) if isinstance(combo, QComboBox) else ""

    # -- the result ----------------------------------------------------------------------

    def _value(self, name: str, annotation: str) -> Any:
        widget = self.widgets[name]
        label = tr(FIELD_LABELS.get(name, name))
        if isinstance(widget, QComboBox):
            return str(widget.currentData())
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        assert isinstance(widget, QLineEdit)
        text = widget.text()
        optional = "None" in annotation
        if annotation.startswith("datetime"):
            return parse_moment(text, label)
        if annotation.startswith("date"):
            parsed = parse_date(text, label)
            if parsed is None and not optional:
                raise InvalidInput(tr("%1 is required.").replace("%1", label))
            return parsed
        if annotation.startswith("Decimal"):
            if not text.strip():
                if optional:
                    return None
                raise InvalidInput(tr("%1 is required.").replace("%1", label))
            return rec.parse_amount(text, label) if name == "amount" else _decimal(text, label)
        return text

    def record(self) -> rec.Record:
        """The typed record, checked; raises InvalidInput naming what is wrong."""
        values = {
            f.name: self._value(f.name, str(f.type))
            for f in fields(self.type)
            if f.name in self.widgets
        }
        made = self.type(**values)
        made.cleaned(date.today())  # the service's own rules, before anything is sent
        return made

    def _check_and_accept(self) -> None:
        try:
            self._result = self.record()
        except CaseappError as exc:
            self.message.setText(user_message(exc))
            return
        self.accept()

    @property
    def result_record(self) -> rec.Record | None:
        return self._result


def _decimal(text: str, label: str) -> Decimal:
    try:
        value = Decimal(text.strip().replace(",", "."))
    except ArithmeticError:
        raise InvalidInput(tr("%1 must be a number.").replace("%1", label)) from None
    if not value.is_finite() or value < 0:
        raise InvalidInput(tr("%1 must be a number.").replace("%1", label))
    return value
