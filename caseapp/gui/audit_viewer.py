"""The audit log viewer (administrators and attorneys): filter, page, verify."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.core.audit import ACTIONS
from caseapp.core.errors import InvalidInput
from caseapp.gui.error_text import user_message
from caseapp.gui.i18n import tr
from caseapp.gui.intake_dialog import parse_date
from caseapp.gui.session_access import SessionAccess

if TYPE_CHECKING:
    from caseapp.core.audit import AuditEntry, VerifyResult

PAGE = 200
CHANNEL = "audit viewer"


class AuditViewer(QWidget):
    """Entries newest first, filtered by user, client, action and date; Verify checks the chain."""

    def __init__(self, access: SessionAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.access = access
        self._oldest: int | None = None
        self.user_edit = QLineEdit()
        self.user_edit.setAccessibleName(tr("Filter by user"))
        self.client_edit = QLineEdit()
        self.client_edit.setAccessibleName(tr("Filter by client id"))
        self.client_edit.setPlaceholderText(tr("The client's full id"))
        self.action_combo = QComboBox()
        self.action_combo.setAccessibleName(tr("Filter by action"))
        self.action_combo.addItem(tr("Any action"), "")
        for action in sorted(ACTIONS):
            self.action_combo.addItem(action, action)
        self.since_edit = QLineEdit()
        self.since_edit.setAccessibleName(tr("Since (date)"))
        self.since_edit.setPlaceholderText(tr("YYYY-MM-DD"))
        self.show_button = QPushButton(tr("&Show"))
        self.more_button = QPushButton(tr("&Older entries"))
        self.more_button.setEnabled(False)
        self.anchor_edit = QLineEdit()
        self.anchor_edit.setAccessibleName(tr("Audit anchor"))
        self.anchor_edit.setPlaceholderText(
            tr("Optional: the audit anchor from paper, to check every MAC")
        )
        self.anchor_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.anchor_edit.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.verify_button = QPushButton(tr("&Verify the log"))
        self.result_label = QLabel()
        self.result_label.setAccessibleName(tr("Verification result"))
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 7)
        self.table.setAccessibleName(tr("Audit entries"))
        self.table.setHorizontalHeaderLabels(
            [
                tr("#"),
                tr("When (UTC)"),
                tr("Who"),
                tr("What"),
                tr("Client"),
                tr("Fields"),
                tr("Reason"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel()

        filters = QFormLayout()
        filters.addRow(tr("&User:"), self.user_edit)
        filters.addRow(tr("&Client id:"), self.client_edit)
        filters.addRow(tr("&Action:"), self.action_combo)
        filters.addRow(tr("S&ince:"), self.since_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)
        verify = QHBoxLayout()
        verify.addWidget(self.anchor_edit, 1)
        verify.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addLayout(verify)
        layout.addWidget(self.result_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self.show_button.clicked.connect(lambda: self.load(older=False))
        self.more_button.clicked.connect(lambda: self.load(older=True))
        self.verify_button.clicked.connect(self.verify)
        for edit in (self.user_edit, self.client_edit, self.since_edit):
            edit.returnPressed.connect(lambda: self.load(older=False))

    def load(self, *, older: bool = False) -> None:
        try:
            since_date = parse_date(self.since_edit.text(), tr("The date"))
        except InvalidInput as exc:
            self.status.setText(user_message(exc))
            return
        since = (
            datetime(since_date.year, since_date.month, since_date.day, tzinfo=UTC)
            if since_date
            else None
        )
        user = self.user_edit.text().strip() or None
        client = self.client_edit.text().strip().lower() or None
        action = str(self.action_combo.currentData()) or None
        before = self._oldest if older else None
        try:
            entries: list[AuditEntry] = self.access.call(
                lambda s: s.list_audit(
                    user=user,
                    client=client,
                    action=action,
                    since=since,
                    before_seq=before,
                    limit=PAGE,
                )
            )
        except Exception as exc:
            self.status.setText(user_message(exc))
            return
        if not older:
            self.table.setRowCount(0)
        start = self.table.rowCount()
        self.table.setRowCount(start + len(entries))
        for offset, e in enumerate(entries):
            cells = (
                str(e.seq),
                e.at[:19].replace("T", " "),
                e.user,
                e.action,
                e.entity_id,
                e.fields,
                e.reason,
            )
            for column, text in enumerate(cells):
                self.table.setItem(start + offset, column, QTableWidgetItem(text))
        if entries:
            self._oldest = entries[-1].seq
        self.more_button.setEnabled(len(entries) == PAGE)
        self.table.resizeColumnsToContents()
        self.status.setText(tr("%n entries shown.", "", self.table.rowCount()))

    def verify(self) -> None:
        anchor = self.anchor_edit.text().strip() or None
        self.anchor_edit.setText("")
        self.result_label.setText(tr("Verifying…"))
        self.access.submit(
            CHANNEL,
            lambda s: s.verify_audit(anchor=anchor),
            self._verified,
            lambda exc: self.result_label.setText(user_message(exc)),
        )

    def _verified(self, result: VerifyResult) -> None:
        if result.ok:
            text = (
                tr("The audit log is intact: %1 entries, %2.")
                .replace("%1", str(result.entries))
                .replace(
                    "%2",
                    tr("every MAC checked with the anchor")
                    if result.mac_checked
                    else tr("chain only (no anchor given)"),
                )
            )
            self.result_label.setStyleSheet("color: #1b5e20; font-weight: 600;")
        else:
            text = (
                tr("The audit log does NOT verify: entry %1: %2. Tell the supervising attorney.")
                .replace("%1", str(result.first_bad_seq))
                .replace("%2", result.problem)
            )
            self.result_label.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.result_label.setText(text)

    def clear(self) -> None:
        self.access.cancel(CHANNEL)
        self.table.setRowCount(0)
        self.result_label.clear()
        self.anchor_edit.setText("")
        self._oldest = None
