"""The client list model: id-only, paged by keyset, bounded cache, sorting re-queries."""

from __future__ import annotations

import bisect
import sys
import uuid
from collections.abc import Sequence
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from caseapp.core.clients import ClientSummary
from caseapp.core.errors import NotFound, VaultLocked
from caseapp.gui.client_list import (
    CACHE_ROWS,
    COLUMNS,
    PAGE_ROWS,
    SEARCH_ROWS,
    UUID_ROLE,
    ClientListModel,
    ClientListPanel,
)

ROWS = 100_000


class FakeRows:
    """A sorted synthetic client table answering like the service (keyset pages)."""

    def __init__(self, count: int) -> None:
        rng = uuid.UUID(int=7)
        self.rows = [
            ClientSummary(
                str(uuid.UUID(int=rng.int + i)),
                f"Given{i % 97:02d}",
                f"Family{i:06d}",
                "",
                date(1980, 1, 1 + i % 28),
            )
            for i in range(count)
        ]
        self.position = {r.uuid: i for i, r in enumerate(self.rows)}
        self.keys = [r.family_names for r in self.rows]
        self.page_calls: list[int] = []
        self.summary_calls: list[int] = []
        self.locked = False

    def page(self, after: str, limit: int, descending: bool) -> list[ClientSummary]:
        if self.locked:
            raise VaultLocked()
        self.page_calls.append(limit)
        ordered = self.rows[::-1] if descending else self.rows
        start = 0
        if after:
            if after not in self.position:
                raise NotFound("The client the page started from was removed; start again.")
            at = self.position[after]
            start = (len(self.rows) - 1 - at if descending else at) + 1
        return ordered[start : start + limit]

    def summaries(self, uuids: Sequence[str]) -> list[ClientSummary]:
        self.summary_calls.append(len(uuids))
        return [self.rows[self.position[u]] for u in uuids if u in self.position]


def test_modeltester_on_100k_rows(qtmodeltester: ModelTester) -> None:
    source = FakeRows(ROWS)
    model = ClientListModel(source)
    model.reload()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == ROWS
    qtmodeltester.check(model)  # walks all 100,000 rows


def test_modeltester_while_pages_arrive(qtmodeltester: ModelTester) -> None:
    # The tester stays attached and checks each insertion (and fetches itself).
    model = ClientListModel(FakeRows(ROWS))
    model.reload()
    qtmodeltester.check(model)
    for _ in range(5):
        model.fetchMore(QModelIndex())
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.show_results(FakeRows(30).rows)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    model.clear()
    assert model.rowCount() == 0


def test_scrolling_to_the_end_fetches_pages_not_every_row(qtbot: QtBot) -> None:
    source = FakeRows(ROWS)
    panel = ClientListPanel()
    qtbot.addWidget(panel)
    panel.model.set_source(source)
    panel.resize(900, 600)
    panel.show()
    qtbot.waitExposed(panel)
    before_none = sys.getrefcount(None)
    assert panel.model.rowCount() == PAGE_ROWS  # the first page only
    bar = panel.table.verticalScrollBar()
    for _ in range(ROWS // PAGE_ROWS + 5):
        # As a user dragging the scroll bar to the bottom, again and again.
        panel.table.scrollToBottom()
        qtbot.waitUntil(lambda: bar.value() == bar.maximum(), timeout=2_000)
        panel.table.updateGeometries()
        bar.setValue(bar.maximum())
        if not panel.model.canFetchMore(QModelIndex()):
            break
    panel.table.viewport().repaint()
    assert panel.model.rowCount() == ROWS
    # Every call asked for one page; none asked for everything.
    assert source.page_calls
    assert max(source.page_calls) == PAGE_ROWS
    assert len(source.page_calls) == ROWS // PAGE_ROWS + 1
    # Only a bounded number of rows' data is held, though 100,000 ids are.
    assert panel.model.cached_rows <= CACHE_ROWS
    last = panel.model.index(ROWS - 1, 0)
    assert last.data() == "Family099999"
    # A row scrolled past and dropped from the cache is read again by id, in one call.
    first = panel.model.index(0, 0)
    source.summary_calls.clear()
    assert first.data() == "Family000000"
    assert len(source.summary_calls) == 1
    assert source.summary_calls[0] <= PAGE_ROWS
    # DESIGN §11: painting a large model must not eat references to None.
    assert sys.getrefcount(None) >= before_none - 10


def test_sorting_re_queries_in_the_other_order(qtbot: QtBot) -> None:
    source = FakeRows(1_000)
    model = ClientListModel(source)
    model.reload()
    assert model.index(0, 0).data() == "Family000000"
    source.page_calls.clear()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert source.page_calls == [PAGE_ROWS]
    assert model.index(0, 0).data() == "Family000999"
    model.fetchMore(QModelIndex())
    assert model.index(PAGE_ROWS, 0).data() == "Family000899"
    # Columns the service cannot sort by are left alone.
    source.page_calls.clear()
    model.sort(3, Qt.SortOrder.AscendingOrder)
    assert source.page_calls == []
    assert model.index(0, 0).data() == "Family000999"


def test_search_results_replace_the_list_and_clearing_goes_back() -> None:
    source = FakeRows(500)
    model = ClientListModel(source)
    model.reload()
    hits = source.rows[10:13]
    model.show_results(hits)
    assert model.searching
    assert model.rowCount() == 3
    assert [model.index(r, 0).data(UUID_ROLE) for r in range(3)] == [h.uuid for h in hits]
    assert not model.canFetchMore(QModelIndex())
    model.show_results(source.rows[: SEARCH_ROWS + 50])
    assert model.rowCount() == SEARCH_ROWS
    model.reload()
    assert not model.searching
    assert model.rowCount() == PAGE_ROWS


def test_a_removed_start_row_restarts_the_list(qtbot: QtBot) -> None:
    source = FakeRows(300)
    model = ClientListModel(source)
    model.reload()
    last = model.uuid_at(model.rowCount() - 1)
    del source.position[last]
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_ROWS and model.canFetchMore(QModelIndex()))


def test_a_failing_source_is_a_message_not_an_exception(qtbot: QtBot) -> None:
    source = FakeRows(300)
    model = ClientListModel(source)
    model.reload()
    source.locked = True
    with qtbot.waitSignal(model.failed) as blocker:
        model.fetchMore(QModelIndex())
    assert "locked" in blocker.args[0].lower()
    assert not model.canFetchMore(QModelIndex())


def test_clear_forgets_every_row() -> None:
    source = FakeRows(300)
    model = ClientListModel(source)
    model.reload()
    model.clear()
    assert model.rowCount() == 0
    assert model.cached_rows == 0
    assert not model.canFetchMore(QModelIndex())


def test_columns_can_be_hidden_but_not_all(qtbot: QtBot) -> None:
    panel = ClientListPanel()
    qtbot.addWidget(panel)
    header = panel.table.horizontalHeader()
    for column in range(1, len(COLUMNS)):
        panel.set_column_visible(column, False)
    menu = panel.column_menu()
    actions = menu.actions()
    assert actions[0].isChecked()
    assert not actions[0].isEnabled()
    actions[2].setChecked(True)
    assert not header.isSectionHidden(2)


@pytest.mark.parametrize("key", ["family_names", "date_of_birth", "client_id"])
def test_every_column_has_text(key: str) -> None:
    source = FakeRows(5)
    model = ClientListModel(source)
    model.reload()
    column = [c[0] for c in COLUMNS].index(key)
    assert model.index(0, column).data()


def test_fake_source_is_sorted() -> None:
    source = FakeRows(50)
    assert bisect.bisect_left(source.keys, "Family000010") == 10
