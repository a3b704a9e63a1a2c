"""How records show in the client file: which fields as columns, and how each
value reads (vocabulary keys as labels in the interface language, dates as
YYYY-MM-DD, masked tier-1 values as the mask)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

from caseapp.core import case_codes as cc
from caseapp.core import records as rec
from caseapp.core.case_codes import Vocabulary
from caseapp.gui.i18n import term_label, tr

RECORD_ROLE = Qt.ItemDataRole.UserRole + 2

# Which vocabulary a field's stored key comes from.
VOCABULARIES: dict[tuple[str, str], Vocabulary] = {
    ("alias", "kind"): rec.ALIAS_KINDS,
    ("identifier", "kind"): rec.IDENTIFIER_KINDS,
    ("household_member", "relationship"): cc.RELATIONSHIPS,
    ("income", "source"): cc.INCOME_SOURCES,
    ("entry", "manner"): cc.ENTRY_MANNERS,
    ("application", "form"): cc.APPLICATION_FORMS,
    ("application", "status"): cc.APPLICATION_STATUSES,
    ("proceeding", "kind"): cc.PROCEEDING_KINDS,
    ("proceeding", "status"): cc.PROCEEDING_STATUSES,
    ("hearing", "kind"): cc.HEARING_KINDS,
    ("case", "subcode"): cc.SUBCODE_VOCABULARY,
    ("case", "status"): cc.CASE_STATUSES,
    ("case", "closing_code"): cc.CLOSING_CODES,
    ("deadline", "kind"): cc.DEADLINE_KINDS,
    ("time_entry", "activity"): rec.TIME_ACTIVITIES,
    ("checklist_item", "status"): cc.CHECKLIST_STATUSES,
    ("conflict_check", "decision"): rec.CONFLICT_DECISIONS,
}

# The columns each kind shows, in order: (field, header).
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "alias": (
        ("given_names", str(QT_TR_NOOP("Given name(s)"))),
        ("family_names", str(QT_TR_NOOP("Family name(s)"))),
        ("kind", str(QT_TR_NOOP("Kind"))),
    ),
    "identifier": (("kind", str(QT_TR_NOOP("Kind"))), ("value", str(QT_TR_NOOP("Number")))),
    "phone": (
        ("number", str(QT_TR_NOOP("Phone"))),
        ("label", str(QT_TR_NOOP("Label"))),
        ("safe_to_call", str(QT_TR_NOOP("Safe to call"))),
        ("safe_to_text", str(QT_TR_NOOP("Safe to text"))),
        ("safe_to_voicemail", str(QT_TR_NOOP("Safe for voicemail"))),
    ),
    "email": (
        ("address", str(QT_TR_NOOP("E-mail"))),
        ("label", str(QT_TR_NOOP("Label"))),
        ("safe_to_email", str(QT_TR_NOOP("Safe to e-mail"))),
    ),
    "address": (
        ("line1", str(QT_TR_NOOP("Street"))),
        ("city", str(QT_TR_NOOP("City"))),
        ("region", str(QT_TR_NOOP("State"))),
        ("postal_code", str(QT_TR_NOOP("ZIP"))),
        ("safe_to_mail", str(QT_TR_NOOP("Safe to mail"))),
        ("current", str(QT_TR_NOOP("Current"))),
    ),
    "household_member": (
        ("given_names", str(QT_TR_NOOP("Given name(s)"))),
        ("family_names", str(QT_TR_NOOP("Family name(s)"))),
        ("relationship", str(QT_TR_NOOP("Relationship"))),
        ("date_of_birth", str(QT_TR_NOOP("Date of birth"))),
        ("in_household", str(QT_TR_NOOP("Lives in the household"))),
    ),
    "income": (
        ("amount", str(QT_TR_NOOP("Amount"))),
        ("frequency", str(QT_TR_NOOP("How often"))),
        ("source", str(QT_TR_NOOP("Source"))),
    ),
    "entry": (
        ("entry_date", str(QT_TR_NOOP("Date of entry"))),
        ("place", str(QT_TR_NOOP("Place"))),
        ("manner", str(QT_TR_NOOP("Manner"))),
        ("admitted_as", str(QT_TR_NOOP("Admitted as"))),
    ),
    "application": (
        ("form", str(QT_TR_NOOP("Form"))),
        ("receipt_number", str(QT_TR_NOOP("Receipt number"))),
        ("filed_on", str(QT_TR_NOOP("Filed"))),
        ("status", str(QT_TR_NOOP("Status"))),
    ),
    "proceeding": (
        ("kind", str(QT_TR_NOOP("Kind"))),
        ("court", str(QT_TR_NOOP("Court"))),
        ("judge", str(QT_TR_NOOP("Judge"))),
        ("status", str(QT_TR_NOOP("Status"))),
    ),
    "detention": (
        ("facility", str(QT_TR_NOOP("Facility"))),
        ("detained_on", str(QT_TR_NOOP("Detained"))),
        ("released_on", str(QT_TR_NOOP("Released"))),
    ),
    "case": (
        ("subcode", str(QT_TR_NOOP("Case type"))),
        ("status", str(QT_TR_NOOP("Status"))),
        ("opened_on", str(QT_TR_NOOP("Opened"))),
        ("closed_on", str(QT_TR_NOOP("Closed"))),
        ("closing_code", str(QT_TR_NOOP("Closing code"))),
        ("funding_source", str(QT_TR_NOOP("Funding"))),
    ),
    "party": (
        ("role", str(QT_TR_NOOP("Role"))),
        ("given_names", str(QT_TR_NOOP("Given name(s)"))),
        ("family_names", str(QT_TR_NOOP("Family name(s)"))),
        ("organisation", str(QT_TR_NOOP("Organisation"))),
    ),
    "hearing": (
        ("starts_at", str(QT_TR_NOOP("When"))),
        ("kind", str(QT_TR_NOOP("Kind"))),
        ("location", str(QT_TR_NOOP("Where"))),
        ("judge", str(QT_TR_NOOP("Judge"))),
    ),
    "check_in": (("at", str(QT_TR_NOOP("When"))), ("office", str(QT_TR_NOOP("Office")))),
    "deadline": (
        ("due_on", str(QT_TR_NOOP("Due"))),
        ("title", str(QT_TR_NOOP("What"))),
        ("kind", str(QT_TR_NOOP("Kind"))),
        ("done_on", str(QT_TR_NOOP("Done"))),
    ),
    "task": (
        ("due_on", str(QT_TR_NOOP("Due"))),
        ("title", str(QT_TR_NOOP("What"))),
        ("assigned_to", str(QT_TR_NOOP("Assigned to"))),
        ("done_on", str(QT_TR_NOOP("Done"))),
    ),
    "document": (
        ("filename", str(QT_TR_NOOP("File"))),
        ("media_type", str(QT_TR_NOOP("Type"))),
        ("size", str(QT_TR_NOOP("Size"))),
        ("description", str(QT_TR_NOOP("Description"))),
    ),
    "checklist_item": (
        ("label", str(QT_TR_NOOP("Document"))),
        ("status", str(QT_TR_NOOP("Status"))),
        ("received_on", str(QT_TR_NOOP("Received"))),
    ),
    "conflict_check": (
        ("decision", str(QT_TR_NOOP("Decision"))),
        ("hits", str(QT_TR_NOOP("Possible conflicts"))),
    ),
}


def value_text(kind: str, name: str, value: Any, *, hidden: bool = False) -> str:
    """One value as the file shows it."""
    if hidden:
        return str(value)  # the service's mask (a masked number shows its last digits)
    vocabulary = VOCABULARIES.get((kind, name))
    if vocabulary is not None and isinstance(value, str) and value in vocabulary:
        return term_label(vocabulary.term(value))
    if kind == "identifier" and name == "value" and isinstance(value, str):
        return value
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def record_table(kind: str, name: str) -> QTableWidget:
    columns = COLUMNS[kind]
    table = QTableWidget(0, len(columns))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels([tr(header) for _field, header in columns])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    return table


def fill_table(table: QTableWidget, kind: str, rows: Sequence[rec.Stored[Any]]) -> None:
    columns = COLUMNS[kind]
    table.setRowCount(len(rows))
    for row, stored in enumerate(rows):
        for column, (name, _header) in enumerate(columns):
            value = getattr(stored.record, name)
            if kind == "identifier" and name == "value" and not stored.hidden:
                value = rec.parse_identifier(stored.record.kind, value).display
            if kind == "deadline" and name == "title" and stored.record.computed:
                value = tr(value)  # the computed asylum deadline's title, in the UI's language
            item = QTableWidgetItem(value_text(kind, name, value, hidden=name in stored.hidden))
            if column == 0:
                item.setData(RECORD_ROLE, stored.uuid)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()
