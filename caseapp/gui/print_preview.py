"""The preview of a printed document inside caseapp: the pages, rendered in
memory, in a scroll area with zoom and "page x of y". Nothing is written;
the dialog holds the only copy of the pages, and closing it drops them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseapp.gui.form_parts import explanation
from caseapp.gui.i18n import tr

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


class PreviewDialog(QDialog):
    """The rendered pages in a scroll area, with zoom and "page x of y"; it holds the
    only copy of the pages, and closing it drops them."""

    def __init__(
        self,
        title: str,
        pages: Sequence[tuple[QPixmap, float, float]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Preview — %1").replace("%1", title))
        self._pages = list(pages)
        self._zoom_index = ZOOMS.index(1.0)
        self.page_labels: list[QLabel] = []
        self.current_page = 1

        column = QWidget()
        column.setObjectName("preview_pages")
        column.setStyleSheet("#preview_pages { background: #6b6b6b; }")
        column_layout = QVBoxLayout(column)
        column_layout.setSpacing(16)
        column_layout.setContentsMargins(16, 16, 16, 16)
        for number in range(1, len(self._pages) + 1):
            label = QLabel()
            label.setAccessibleName(tr("Page %1").replace("%1", str(number)))
            label.setStyleSheet("background: white;")
            column_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        column_layout.addStretch(1)
        self.pages_area = QScrollArea()
        self.pages_area.setAccessibleName(tr("Pages"))
        self.pages_area.setWidget(column)
        self.pages_area.setWidgetResizable(True)
        self.pages_area.verticalScrollBar().valueChanged.connect(lambda _v: self._update_page())

        self.previous_button = QPushButton(tr("&Previous page"))
        self.next_button = QPushButton(tr("&Next page"))
        self.page_label = QLabel()
        self.page_label.setAccessibleName(tr("Current page"))
        self.zoom_out_button = QPushButton(tr("Zoom &out"))
        self.zoom_in_button = QPushButton(tr("Zoom &in"))
        self.zoom_label = QLabel()
        self.zoom_label.setAccessibleName(tr("Zoom"))
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page + 1))
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, self.zoom_in)
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, self.zoom_out)

        bar = QHBoxLayout()
        for widget in (self.previous_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button):
            bar.addWidget(widget)
        note = explanation(
            tr("Nothing of this preview is saved; closing it drops the pages from memory.")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.pages_area, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._show_zoom()
        self.resize(900, 860)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_page()  # the pages have their places only now

    @property
    def page_count(self) -> int:
        return len(self.page_labels)

    @property
    def zoom(self) -> float:
        return ZOOMS[self._zoom_index]

    def zoom_in(self) -> None:
        self._set_zoom(self._zoom_index + 1)

    def zoom_out(self) -> None:
        self._set_zoom(self._zoom_index - 1)

    def _set_zoom(self, index: int) -> None:
        index = max(0, min(len(ZOOMS) - 1, index))
        if index == self._zoom_index:
            return
        page = self.current_page
        self._zoom_index = index
        self._show_zoom()
        self.go_to_page(page)

    def _show_zoom(self) -> None:
        # 100 % is the paper's own size on this screen.
        dots = self.logicalDpiX() / 72.0 * self.zoom
        for label, (pixmap, width_pt, height_pt) in zip(self.page_labels, self._pages, strict=True):
            size = QSize(round(width_pt * dots), round(height_pt * dots))
            label.setFixedSize(size)
            label.setPixmap(
                pixmap.scaled(
                    size,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.zoom_label.setText(f"{round(self.zoom * 100)} %")
        self.zoom_in_button.setEnabled(self._zoom_index < len(ZOOMS) - 1)
        self.zoom_out_button.setEnabled(self._zoom_index > 0)
        self._update_page()

    def go_to_page(self, number: int) -> None:
        if not self.page_labels:
            return
        number = max(1, min(self.page_count, number))
        column = self.pages_area.widget()
        if column is not None:
            column.adjustSize()
        label = self.page_labels[number - 1]
        self.pages_area.verticalScrollBar().setValue(max(0, label.y() - 16))
        self._set_current(number)

    def _update_page(self) -> None:
        if not self.page_labels:
            self._set_current(0)
            return
        middle = (
            self.pages_area.verticalScrollBar().value() + self.pages_area.viewport().height() // 2
        )
        number = 1
        for index, label in enumerate(self.page_labels, start=1):
            if label.y() <= middle:
                number = index
        self._set_current(number)

    def _set_current(self, number: int) -> None:
        self.current_page = number
        self.page_label.setText(
            tr("Page %1 of %2").replace("%1", str(number)).replace("%2", str(self.page_count))
        )
        self.previous_button.setEnabled(number > 1)
        self.next_button.setEnabled(number < self.page_count)

    def done(self, result: int) -> None:
        for label in self.page_labels:
            label.clear()
        self._pages = []
        super().done(result)
