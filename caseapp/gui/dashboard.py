"""The dashboard: what is due — hearings, deadlines, check-ins, tasks — and
the one-year asylum deadlines, listed apart because missing one bars asylum."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.core.case_codes import HEARING_KINDS
from caseapp.gui.error_text import user_message
from caseapp.gui.i18n import term_label, tr
from caseapp.gui.session_access import SessionAccess

if TYPE_CHECKING:
    from caseapp.services.casework import Dashboard, DashboardItem

CHANNEL = "dashboard"
_UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class DashboardPanel(QWidget):
    """Three lists (asylum deadlines, overdue, upcoming), filled off the UI thread."""

    open_requested = Signal(str)
    refreshed = Signal()

    def __init__(self, access: SessionAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.access = access
        self.loaded = False
        self.days = QComboBox()
        self.days.setAccessibleName(tr("Days ahead"))
        for days in (7, 30, 90):
            self.days.addItem(tr("Next %n day(s)", "", days), days)
        self.days.setCurrentIndex(1)
        self.days.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button = QPushButton(tr("&Refresh"))
        self.status = QLabel()
        self.status.setAccessibleName(tr("Dashboard status"))
        self.asylum = _table(tr("One-year asylum deadlines"))
        self.overdue = _table(tr("Overdue"))
        self.upcoming = _table(tr("Upcoming"))
        for table in (self.asylum, self.overdue, self.upcoming):
            table.doubleClicked.connect(lambda index, t=table: self._open(t, index.row()))
        self.refresh_button.clicked.connect(self.refresh)

        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Show:")))
        top.addWidget(self.days)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        self.asylum_label = _section(tr("One-year asylum deadlines (missed, and the next 90 days)"))
        self.overdue_label = _section(tr("Overdue deadlines and tasks"))
        self.upcoming_label = _section(tr("Upcoming hearings, check-ins, deadlines and tasks"))
        for label, table in (
            (self.asylum_label, self.asylum),
            (self.overdue_label, self.overdue),
            (self.upcoming_label, self.upcoming),
        ):
            layout.addWidget(label)
            layout.addWidget(table, 1)
        layout.addWidget(self.status)

    def refresh(self) -> None:
        days = int(self.days.currentData())
        self.status.setText(tr("Loading…"))
        self.access.submit(
            CHANNEL,
            lambda s: s.dashboard(days=days),
            self._show,
            lambda exc: self.status.setText(user_message(exc)),
        )

    def _show(self, board: Dashboard) -> None:
        self.loaded = True
        _fill(self.asylum, board.asylum_deadlines)
        _fill(self.overdue, board.overdue)
        _fill(self.upcoming, board.upcoming)
        notes = [tr("Today is %1.").replace("%1", board.today.isoformat())]
        if board.older_overdue:
            notes.append(
                tr(
                    "%n older open item(s) are overdue by more than the list shows.",
                    "",
                    board.older_overdue,
                )
            )
        if board.truncated:
            notes.append(tr("A list was cut short: choose fewer days."))
        self.status.setText("  ".join(notes))
        self.refreshed.emit()

    def _open(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        if item is not None:
            self.open_requested.emit(str(item.data(_UUID_ROLE)))

    def clear(self) -> None:
        self.access.cancel(CHANNEL)
        self.loaded = False
        for table in (self.asylum, self.overdue, self.upcoming):
            table.setRowCount(0)
        self.status.clear()


def _section(text: str) -> QLabel:
    label = QLabel(f"<b>{text}</b>")
    return label


def _table(name: str) -> QTableWidget:
    table = QTableWidget(0, 4)
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels([tr("When"), tr("What"), tr("Client"), tr("Kind")])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate((140, 360, 220)):
        table.setColumnWidth(column, width)
    return table


def _kind_label(kind: str) -> str:
    labels = {
        "deadline": tr("Deadline"),
        "asylum_deadline": tr("Asylum deadline"),
        "hearing": tr("Hearing"),
        "check_in": tr("ICE check-in"),
        "task": tr("Task"),
    }
    return labels.get(kind, kind)


def item_title(item: DashboardItem) -> str:
    """What is due, in the interface language (titles people typed stay as typed)."""
    if item.kind == "asylum_deadline":
        return tr("One-year asylum filing deadline")
    if item.kind == "hearing" and item.detail in HEARING_KINDS:
        return tr("Hearing") + ": " + term_label(HEARING_KINDS.term(item.detail))
    if item.kind == "check_in":
        return tr("ICE check-in") + (": " + item.detail if item.detail else "")
    return item.title


def _fill(table: QTableWidget, items: tuple[DashboardItem, ...]) -> None:
    table.setRowCount(len(items))
    for row, item in enumerate(items):
        when = item.at.strftime("%Y-%m-%d %H:%M") if item.at else item.when.isoformat()
        cells = (when, item_title(item), item.client_name, _kind_label(item.kind))
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            if column == 0:
                cell.setData(_UUID_ROLE, item.client_uuid)
            table.setItem(row, column, cell)
