"""DESIGN.md §11: PySide6 6.12.0 on Python 3.11 drops a reference to None each
time a model's data() returns None, until the interpreter aborts."""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt


class _IdOnlyModel(QAbstractTableModel):
    """The client-list idiom: data() answers DisplayRole and returns None otherwise."""

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 100_000

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"row {index.row()}"
        return None


def test_the_pin_keeps_a_known_bad_pyside_out() -> None:
    major, minor = (int(p) for p in PySide6.__version__.split(".")[:2])
    if sys.version_info < (3, 12):
        assert (major, minor) < (6, 12), PySide6.__version__


def test_none_returning_model_does_not_leak_references_to_none() -> None:
    model = _IdOnlyModel()
    before = sys.getrefcount(None)
    for row in range(0, 100_000, 7):
        index = model.index(row, row % 3)
        for role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole):
            model.data(index, role)
    # Through Qt's own machinery, as a view calls it: the path that leaked.
    for row in range(0, 100_000, 13):
        index = model.index(row, 0)
        index.data(Qt.ItemDataRole.ForegroundRole)
        index.data(Qt.ItemDataRole.ToolTipRole)
    assert sys.getrefcount(None) >= before - 10
