"""The client list: an id-only table model paged from the service layer, and
the panel around it (type-ahead search, column choice).

The model never holds every client. In list mode it keeps the ids it has
paged in so far (keyset paging: each page starts after the last id) and the
display rows of at most ``CACHE_ROWS`` of them; a row scrolled back to after
it was dropped is read again by id. Sorting asks the service for the other
order instead of sorting in memory. Search results (at most ``SEARCH_ROWS``)
replace the list until the search box is cleared.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import (
    QT_TR_NOOP,
    QAbstractTableModel,
    QByteArray,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.core.clients import ClientSummary
from caseapp.core.errors import NotFound
from caseapp.gui.error_text import user_message
from caseapp.gui.i18n import tr

PAGE_ROWS = 100
CACHE_ROWS = 2_000
SEARCH_ROWS = 200
DEBOUNCE_MS = 200
HEADER_KEY = "client_list/header"
UUID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex

# Column key, header (translated when shown), and whether the service can sort by it.
COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("family_names", str(QT_TR_NOOP("Family name(s)")), True),
    ("given_names", str(QT_TR_NOOP("Given name(s)")), False),
    ("preferred_name", str(QT_TR_NOOP("Preferred name")), False),
    ("date_of_birth", str(QT_TR_NOOP("Date of birth")), False),
    ("client_id", str(QT_TR_NOOP("Client id")), False),
)


class RowSource(Protocol):
    """What the model needs from the service layer (a SessionAccess in the app)."""

    def page(self, after: str, limit: int, descending: bool) -> list[ClientSummary]: ...

    def summaries(self, uuids: Sequence[str]) -> list[ClientSummary]: ...


def cell_text(summary: ClientSummary, key: str) -> str:
    if key == "date_of_birth":
        return summary.date_of_birth.isoformat() if summary.date_of_birth else ""
    if key == "client_id":
        return summary.uuid[:8]
    return str(getattr(summary, key))


class ClientListModel(QAbstractTableModel):
    """Rows are client ids; their display data is fetched in pages and cached (bounded)."""

    failed = Signal(str)  # a message the paralegal can act on

    def __init__(self, source: RowSource | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._ids: list[str] = []
        self._cache: OrderedDict[str, ClientSummary] = OrderedDict()
        self._exhausted = True
        self._descending = False
        self._searching = False
        self._fetching = False
        self._gone: set[str] = set()
        self.pages_fetched = 0  # for tests and the benchmark: pages asked of the service

    # -- state ---------------------------------------------------------------

    @property
    def searching(self) -> bool:
        return self._searching

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def cached_rows(self) -> int:
        return len(self._cache)

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    def set_source(self, source: RowSource | None) -> None:
        self._source = source
        self.reload()

    def reload(self) -> None:
        """Back to the list (first page), in the current order."""
        self.beginResetModel()
        self._ids = []
        self._cache.clear()
        self._gone.clear()
        self._searching = False
        self._exhausted = self._source is None
        if self._source is not None:
            self._append(self._read_page())
        # Views (and Qt's model tester) fetch from their reset handlers: not
        # while the reset is still being announced.
        self._fetching = True
        try:
            self.endResetModel()
        finally:
            self._fetching = False

    def clear(self) -> None:
        """Forget every row (at lock): nothing about a client stays in the model."""
        self.beginResetModel()
        self._source = None
        self._ids = []
        self._cache.clear()
        self._searching = False
        self._exhausted = True
        self.endResetModel()

    def show_results(self, results: Sequence[ClientSummary]) -> None:
        """Show search results instead of the list (they arrive sorted A→Z)."""
        rows = list(results)[:SEARCH_ROWS]
        if self._descending:
            rows.reverse()
        self.beginResetModel()
        self._searching = True
        self._exhausted = True
        self._ids = [r.uuid for r in rows]
        self._cache = OrderedDict((r.uuid, r) for r in rows)
        self.endResetModel()  # exhausted: nothing to fetch from the reset handlers

    def uuid_at(self, row: int) -> str:
        return self._ids[row] if 0 <= row < len(self._ids) else ""

    def row_of(self, uuid: str) -> int:
        try:
            return self._ids.index(uuid)
        except ValueError:
            return -1

    # -- Qt model interface ------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return tr(COLUMNS[section][1])
            if role == Qt.ItemDataRole.ToolTipRole and not COLUMNS[section][2]:
                return tr("The list is sorted by name; this column cannot be sorted.")
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == UUID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if not 0 <= index.column() < len(COLUMNS):
            return None
        summary = self._summary(index.row())
        if summary is None:
            return "—" if role == Qt.ItemDataRole.DisplayRole else tr("Removed client")
        return cell_text(summary, COLUMNS[index.column()][0])

    def canFetchMore(self, parent: _Index) -> bool:
        return (
            not parent.isValid()
            and not self._exhausted
            and not self._fetching
            and self._source is not None
        )

    def fetchMore(self, parent: _Index) -> None:
        if not self.canFetchMore(parent):
            return
        # Views and testers call fetchMore again from the insert signals: one at a time.
        self._fetching = True
        try:
            self._fetch_page()
        finally:
            self._fetching = False

    def _fetch_page(self) -> None:
        rows = self._read_page()
        if not rows:
            return
        first = len(self._ids)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._append(rows)
        self.endInsertRows()

    def _read_page(self) -> list[ClientSummary]:
        """The next page (rows not already listed); sets ``_exhausted`` at the end."""
        assert self._source is not None
        after = self._ids[-1] if self._ids else ""
        try:
            rows = self._source.page(after, PAGE_ROWS, self._descending)
        except NotFound:
            # The row the page started from was deleted meanwhile: start again.
            self._exhausted = True
            QTimer.singleShot(0, self.reload)
            return []
        except Exception as exc:
            self._exhausted = True
            self.failed.emit(user_message(exc))
            return []
        self.pages_fetched += 1
        if len(rows) < PAGE_ROWS:
            self._exhausted = True
        known = set(self._ids[-PAGE_ROWS:])
        return [r for r in rows if r.uuid not in known]

    def _append(self, rows: list[ClientSummary]) -> None:
        self._ids.extend(r.uuid for r in rows)
        for r in rows:
            self._remember(r)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Name columns only: the service pages the other way round."""
        if not 0 <= column < len(COLUMNS) or not COLUMNS[column][2]:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if descending == self._descending:
            return
        self._descending = descending
        if self._searching:
            # A reset, not a layout change: no selection may end up on another client.
            self.beginResetModel()
            self._ids.reverse()
            self.endResetModel()
        else:
            self.reload()

    # -- cache -----------------------------------------------------------------------

    def _remember(self, summary: ClientSummary) -> None:
        self._cache[summary.uuid] = summary
        self._cache.move_to_end(summary.uuid)
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)

    def _summary(self, row: int) -> ClientSummary | None:
        uuid = self._ids[row]
        found = self._cache.get(uuid)
        if found is not None:
            self._cache.move_to_end(uuid)
            return found
        if self._source is None:
            return None
        # Dropped from the cache: read back the rows around it in one call.
        start = max(0, row - PAGE_ROWS // 2)
        wanted = [u for u in self._ids[start : start + PAGE_ROWS] if u not in self._cache]
        wanted = [u for u in wanted if u not in self._gone]
        if uuid in self._gone or not wanted:
            return None
        try:
            rows = self._source.summaries(wanted)
        except Exception as exc:
            self.failed.emit(user_message(exc))
            return None
        self.pages_fetched += 1
        for r in rows:
            self._remember(r)
        # Removed since they were listed: not asked for again at every paint.
        self._gone.update(set(wanted) - {r.uuid for r in rows})
        return self._cache.get(uuid)


class ClientListPanel(QWidget):
    """Search box, the table, and a status line. Emits ``open_requested(uuid)``."""

    open_requested = Signal(str)
    new_intake_requested = Signal()
    search_requested = Signal(str)  # debounced, non-empty text
    search_cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ClientListModel(parent=self)
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(tr("Search clients"))
        self.search_edit.setPlaceholderText(
            tr("Search by name or alias, or a whole A-number, ITIN or SSN  (Ctrl+F)")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.new_button = QPushButton(tr("&New intake…"))
        self.new_button.setAccessibleName(tr("New intake"))
        self.new_button.setToolTip(tr("Start a new client intake (Ctrl+N)"))

        self.table = QTableView()
        self.table.setAccessibleName(tr("Client list"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.sortIndicatorChanged.connect(self._sort_changed)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate((200, 200, 150, 120, 100)):
            self.table.setColumnWidth(column, width)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))

        self.status = QLabel()
        self.status.setAccessibleName(tr("List status"))
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self._search_now)
        self.search_edit.textChanged.connect(lambda _text: self.debounce.start())
        self.search_edit.returnPressed.connect(self._return_in_search)
        self.new_button.clicked.connect(self.new_intake_requested.emit)
        self.model.failed.connect(self.show_error)
        self.model.modelReset.connect(self._update_status)
        self.model.rowsInserted.connect(self._update_status)

        self.columns_action = QAction(tr("Choose &columns…"), self)
        self.columns_action.triggered.connect(lambda: self._column_menu(header.rect().bottomLeft()))

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        QWidget.setTabOrder(self.search_edit, self.new_button)
        QWidget.setTabOrder(self.new_button, self.table)

    # -- searching -----------------------------------------------------------------

    def _search_now(self) -> None:
        text = self.search_edit.text().strip()
        if text:
            self.status.setText(tr("Searching…"))
            self.search_requested.emit(text)
        else:
            self.search_cleared.emit()
            self.model.reload()

    def _return_in_search(self) -> None:
        if self.debounce.isActive():
            self.debounce.stop()
            self._search_now()
        elif self.model.rowCount() > 0:
            self.table.setFocus()
            self.table.selectRow(0)

    def show_results(self, text: str, results: Sequence[ClientSummary]) -> None:
        """Results for ``text``; dropped if the box says something else by now."""
        if text != self.search_edit.text().strip():
            return
        self.model.show_results(results)

    def show_error(self, message: str) -> None:
        self.status.setText(message)

    def _update_status(self) -> None:
        count = self.model.rowCount()
        if self.model.searching:
            if count == 0:
                text = tr("No client matches. Check the spelling, or try fewer letters.")
            elif count >= SEARCH_ROWS:
                text = tr("The first %n matches; type more to narrow them down.", "", count)
            else:
                text = tr("%n matching client(s).", "", count)
        elif count == 0:
            text = tr("No clients yet. Start with New intake.")
        elif self.model.exhausted:
            text = tr("%n client(s).", "", count)
        else:
            text = tr("%n clients shown so far; scroll for more.", "", count)
        self.status.setText(text)

    # -- opening ---------------------------------------------------------------------

    def _open_row(self, row: int) -> None:
        uuid = self.model.uuid_at(row)
        if uuid:
            self.open_requested.emit(uuid)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_row(self.table.currentIndex().row())
                return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # -- columns and order -----------------------------------------------------------

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if not COLUMNS[column][2]:
            # Only names can be sorted: put the indicator back where the list is.
            header = self.table.horizontalHeader()
            back = (
                Qt.SortOrder.DescendingOrder
                if self.model.descending
                else (Qt.SortOrder.AscendingOrder)
            )
            header.blockSignals(True)
            header.setSortIndicator(0, back)
            header.blockSignals(False)
            self.status.setText(tr("The list is sorted by name; this column cannot be sorted."))

    def column_menu(self) -> QMenu:
        """A checkable entry per column; the last visible one cannot be hidden."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.setAccessibleName(tr("Columns"))
        visible = [c for c in range(len(COLUMNS)) if not header.isSectionHidden(c)]
        for column, (_key, title, _sortable) in enumerate(COLUMNS):
            action = menu.addAction(tr(title))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(not (len(visible) == 1 and column in visible))
            action.toggled.connect(lambda on, c=column: self.set_column_visible(c, on))
        return menu

    def _column_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        self.column_menu().popup(header.mapToGlobal(pos))

    def set_column_visible(self, column: int, visible: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(column, not visible)

    def save_state(self, settings: QSettings) -> None:
        """Only the header layout (which columns, their order and widths) — no client data."""
        settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value(HEADER_KEY)
        header = self.table.horizontalHeader()
        # The list always starts A→Z: the saved state's sort indicator must not re-sort it.
        header.blockSignals(True)
        if isinstance(state, QByteArray | bytes):
            header.restoreState(QByteArray(state))
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        if all(header.isSectionHidden(c) for c in range(len(COLUMNS))):
            header.setSectionHidden(0, False)


class SessionRows:
    """A RowSource over the session (through SessionAccess)."""

    def __init__(self, call: Callable[..., object]) -> None:
        self._call = call

    def page(self, after: str, limit: int, descending: bool) -> list[ClientSummary]:
        result = self._call(
            lambda s: s.list_clients(after=after, limit=limit, descending=descending)
        )
        assert isinstance(result, list)
        return result

    def summaries(self, uuids: Sequence[str]) -> list[ClientSummary]:
        result = self._call(lambda s: s.client_summaries(uuids))
        assert isinstance(result, list)
        return result
