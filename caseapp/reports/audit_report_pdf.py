"""The audit report as a PDF, in memory: a client's, a period's or the whole
log's entries, with the verification result and the checkpoint.

Letter landscape (seven columns of identifiers do not fit a portrait page
without wrapping every row), with the summary's header and footer: the
"Confidential" line at the top; "page x of y", who generated it and when,
and the audit checkpoint at the bottom. The verification result is a box at
the top of the first page. The entries table repeats its header row on each
page and is cut into one table per page by row heights computed up front,
so tens of thousands of rows lay out in seconds (one reportlab table of
30,000 rows takes half a minute just to be split across pages).

Entries hold only vocabulary, staff names and UUIDs; an entry someone wrote
into the log by hand may hold anything, so every cell is reduced to printable
ASCII (anything else shown as an escape such as ``\\xff``) and cut to a few
lines: a tampered log still prints, and shows what it holds.
"""

from __future__ import annotations

import bisect
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from caseapp.core.audit import AuditEntry, Checkpoint, VerifyResult
from caseapp.reports import fonts
from caseapp.reports.summary_pdf import CONFIDENTIAL, MARGIN

PAGE = landscape(LETTER)
CELL_FONT_SIZE = 7.0
CELL_LEADING = 8.6
CELL_PAD = 1.8
# Honest cells take at most a few lines; these bound what a tampered one can take.
MAX_CELL_LINES = 8
MAX_CELL_CHARS = 600
HEADER = ("seq", "time (UTC)", "user", "action", "entity", "fields", "reason")
# Points; together the frame's width (11 in less two 0.75 in margins and the
# frame's 6 pt paddings = 672 pt).
COLUMNS = (36.0, 80.0, 64.0, 102.0, 180.0, 150.0, 60.0)
RED = colors.HexColor("#8A1C12")
_BREAK_AFTER = re.compile(r"[^,_\-\s/:]*[,_\-\s/:]?")


@dataclass(frozen=True, slots=True)
class AuditReport:
    """What the report prints. ``entries`` oldest first; ``checkpoint`` None when
    the log's state is damaged and the print could not be recorded."""

    entries: Sequence[AuditEntry]
    verification: VerifyResult
    generated_by: str
    generated_at: datetime
    checkpoint: Checkpoint | None
    client_uuid: str | None = None
    since: date | None = None
    until: date | None = None
    # A long field list that many entries share (every read of a client names
    # the same fields) → the short name printed in its place; the legend under
    # the verification box spells each one out.
    field_sets: Mapping[str, str] = field(default_factory=dict)


def scope_title(report: AuditReport) -> str:
    """The report's scope in words: a client, a period (UTC days), both, or
    "the whole log"."""
    parts = []
    if report.client_uuid:
        parts.append(f"client {report.client_uuid}")
    if report.since and report.until:
        parts.append(f"{report.since.isoformat()} to {report.until.isoformat()} (UTC)")
    elif report.since:
        parts.append(f"from {report.since.isoformat()} (UTC)")
    elif report.until:
        parts.append(f"up to {report.until.isoformat()} (UTC)")
    return ", ".join(parts) or "the whole log"


# -- text ---------------------------------------------------------------------------


def _para(text: str, *, bold: bool = False) -> str:
    """Plain text as Paragraph markup, each run in a font that draws it."""
    return fonts.markup(text, bold=bold)


def printable(value: object) -> str:
    """A stored value as printable ASCII: honest entries are ASCII already;
    anything else (bytes, numbers, control or non-ASCII characters planted by
    hand) is shown as escapes, never drawn as boxes or moved by control codes."""
    text = value if isinstance(value, str) else "NULL" if value is None else repr(value)
    if len(text) > MAX_CELL_CHARS:
        text = text[:MAX_CELL_CHARS] + "…"
    if text.isascii() and text.isprintable():
        return text
    return "".join(
        ch if (" " <= ch <= "~" or ch == "…") else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )


def _wrap(text: str, width: float, font: str) -> list[str]:
    """Lines of ``text`` no wider than ``width``, broken after , _ - / : or a space."""
    size = CELL_FONT_SIZE
    if stringWidth(text, font, size) <= width:
        return [text]
    lines: list[str] = []
    line = ""
    for token in _BREAK_AFTER.findall(text):
        if not token:
            continue
        if stringWidth(line + token, font, size) <= width:
            line += token
            continue
        if line:
            lines.append(line.rstrip())
            line = ""
        while stringWidth(token, font, size) > width:
            cut = max(1, _fitting(token, width, font))
            lines.append(token[:cut])
            token = token[cut:]
        line = token
    if line:
        lines.append(line.rstrip())
    if len(lines) > MAX_CELL_LINES:
        last = lines[MAX_CELL_LINES - 1]
        lines = [*lines[: MAX_CELL_LINES - 1], last[: max(1, len(last) - 1)] + "…"]
    return lines


def _fitting(token: str, width: float, font: str) -> int:
    """How many leading characters of ``token`` fit in ``width``."""
    low, high = 0, len(token)
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(token[:mid], font, CELL_FONT_SIZE) <= width:
            low = mid
        else:
            high = mid - 1
    return low


def _command(text: str) -> str:
    """A command kept on one line (non-breaking spaces)."""
    return text.replace(" ", "\u00a0")


def _time(at: object) -> str:
    text = printable(at)
    # 2026-03-01T12:00:00.123456Z -> 2026-03-01 12:00:00 (the table says UTC)
    if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", text):
        return text[:19].replace("T", " ")
    return text


def _fields(text: str, field_sets: Mapping[str, str]) -> str:
    for full, short in field_sets.items():
        if text == full:
            return short
        if text.startswith(full + ","):
            return short + "," + text[len(full) + 1 :]
    return text


def _entity(entry: AuditEntry) -> str:
    kind, ident = printable(entry.entity_type), printable(entry.entity_id)
    if ident:
        return f"{kind} {ident}" if kind else ident
    return kind or "—"


@dataclass(frozen=True, slots=True)
class _Row:
    cells: tuple[str, ...]  # lines joined with "\n"
    height: float
    suspect: bool  # at or after the entry where verification failed


def _rows(report: AuditReport, font: str) -> list[_Row]:
    bad = report.verification.first_bad_seq if not report.verification.ok else None
    rows = []
    for entry in report.entries:
        values = (
            printable(entry.seq),
            _time(entry.at),
            printable(entry.user) or "—",
            printable(entry.action),
            _entity(entry),
            _fields(printable(entry.fields), report.field_sets) or "—",
            printable(entry.reason) or "—",
        )
        wrapped = [
            _wrap(value, width - 2 * CELL_PAD - 0.5, font)
            for value, width in zip(values, COLUMNS, strict=True)
        ]
        lines = max(len(cell) for cell in wrapped)
        seq = entry.seq if type(entry.seq) is int else None
        rows.append(
            _Row(
                tuple("\n".join(cell) for cell in wrapped),
                lines * CELL_LEADING + 2 * CELL_PAD + 1,
                bad is not None and (seq is None or seq >= bad),
            )
        )
    return rows


# -- the table ------------------------------------------------------------------------


class _EntryTable(Flowable):
    """The entries from ``start`` on; split into one reportlab Table per page
    (each with the header row) by the row heights known in advance."""

    def __init__(self, rows: list[_Row], tops: list[float], fonts_: tuple[str, str], start: int):
        super().__init__()
        self._rows = rows
        self._tops = tops  # tops[i] = height of rows[:i]
        self._fonts = fonts_
        self._start = start
        self._header_height = CELL_LEADING + 2 * CELL_PAD + 1
        self._table: Table | None = None

    def _height(self, start: int, end: int) -> float:
        return self._header_height + self._tops[end] - self._tops[start]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = sum(COLUMNS)
        self.height = self._height(self._start, len(self._rows))
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        room = availHeight - self._header_height
        end = bisect.bisect_right(self._tops, self._tops[self._start] + room) - 1
        if end <= self._start:
            return []  # not even one row fits here: start on the next page
        if end >= len(self._rows):
            return [self._page(self._start, len(self._rows))]
        return [
            self._page(self._start, end),
            _EntryTable(self._rows, self._tops, self._fonts, end),
        ]

    def draw(self) -> None:
        table = self._page(self._start, len(self._rows))
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)

    def _page(self, start: int, end: int) -> Table:
        regular, bold = self._fonts
        rows = self._rows[start:end]
        data: list[tuple[str, ...]] = [HEADER, *(r.cells for r in rows)]
        heights = [self._header_height, *(r.height for r in rows)]
        commands: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, 0), bold),
            ("FONTNAME", (0, 1), (-1, -1), regular),
            ("FONTSIZE", (0, 0), (-1, -1), CELL_FONT_SIZE),
            ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (0, 0), (0, -1), "RIGHT"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E4E4")),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#888888")),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F5F5F5")]),
        ]
        commands += [
            ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F9D9D4"))
            for i, row in enumerate(rows, start=1)
            if row.suspect
        ]
        table = Table(data, colWidths=list(COLUMNS), rowHeights=heights, repeatRows=1)
        table.setStyle(TableStyle(commands))
        return table


def _entry_table(report: AuditReport, regular: str, bold: str) -> _EntryTable:
    rows = _rows(report, regular)
    tops = [0.0]
    for row in rows:
        tops.append(tops[-1] + row.height)
    return _EntryTable(rows, tops, (regular, bold), 0)


# -- the verification box ---------------------------------------------------------------


def _verification(report: AuditReport, styles: dict[str, ParagraphStyle]) -> Table:
    result = report.verification
    cp = report.checkpoint
    lines: list[str] = []
    if result.ok:
        head = "Audit log verified"
        lines.append(
            f"The hash chain is intact from entry 1 to entry {result.entries}"
            + (
                f", the last one (entry {cp.seq} records this report)."
                if cp is not None and cp.seq == result.entries
                else "."
            )
        )
    else:
        head = "AUDIT LOG DOES NOT VERIFY"
        bad = result.first_bad_seq
        lines.append(f"The check failed at entry {bad}: {printable(result.problem)}.")
        if bad is not None and bad > 1:
            lines.append(
                f"Entries 1 to {bad - 1} verify; entry {bad} and every later entry cannot be "
                "trusted (shaded below)."
            )
        else:
            lines.append("No entry can be trusted (every row is shaded below).")
        lines.append(
            "Tell the supervising attorney, keep this report, and change nothing in the vault."
        )
    if result.mac_checked:
        lines.append("Every MAC was checked against the audit anchor.")
    else:
        lines.append(
            "No audit anchor was checked: this check catches entries edited in place. To "
            f"prove that none was rewritten, run {_command('caseapp audit verify --anchor')} "
            "with the anchor from the recovery sheet."
        )
    if cp is not None:
        lines.append(
            f"Checkpoint {cp.full} — to show later that no entry up to here was removed or "
            "changed, keep this page and run "
            + _command(f"caseapp audit verify --checkpoint {cp.short}")
            + "."
        )
    else:
        lines.append(
            "The log's state is damaged, so this report could not be recorded and carries "
            "no checkpoint."
        )
    cell = [Paragraph(_para(head, bold=True), styles["box_head"])] + [
        Paragraph(_para(line), styles["box"]) for line in lines
    ]
    box = Table([[cell]], colWidths=[sum(COLUMNS)])
    edge = colors.HexColor("#2E6B30") if result.ok else RED
    fill = colors.HexColor("#EAF4EA") if result.ok else colors.HexColor("#FBE6E3")
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.4, edge),
                ("BACKGROUND", (0, 0), (-1, -1), fill),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return box


# -- the document -------------------------------------------------------------------------


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = fonts.register()
    base = ParagraphStyle("base", fontName=regular, fontSize=9.5, leading=12.5)
    return {
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=16, leading=20),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, textColor=colors.HexColor("#444444"), spaceAfter=2
        ),
        "box_head": ParagraphStyle(
            "box_head", parent=base, fontName=bold, fontSize=12, leading=15, spaceAfter=3
        ),
        "box": ParagraphStyle("box", parent=base, spaceAfter=1.5),
        "empty": ParagraphStyle("empty", parent=base, textColor=colors.HexColor("#666666")),
        "legend": ParagraphStyle(
            "legend", parent=base, fontSize=8, leading=10, textColor=colors.HexColor("#444444")
        ),
    }


def _footer(report: AuditReport) -> str:
    cp = report.checkpoint
    stamp = f"audit checkpoint {cp.short}" if cp else "no audit checkpoint (log state damaged)"
    return (
        f"Generated by {printable(report.generated_by)} on "
        f"{report.generated_at:%Y-%m-%d %H:%M} · audit report · {stamp}"
    )


def _numbered_canvas(footer_font: str) -> type[Canvas]:
    """A canvas that holds its pages until the end, then writes "page x of y" on
    each: one layout pass instead of two (the long report takes seconds a pass)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's name
            self._pages.append(dict(self.__dict__))
            # The recipe reportlab's own docs give; _startPage is not in its stubs.
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            total = len(self._pages)
            width = PAGE[0]
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.setFont(footer_font, 7.5)
                self.drawRightString(width - MARGIN, MARGIN * 0.6, f"page {number} of {total}")
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def _decorate(report: AuditReport) -> Any:
    footer = _footer(report)

    def decorate(canvas: Canvas, _doc: object) -> None:
        regular, bold = fonts.register()
        height = PAGE[1]
        canvas.saveState()
        canvas.setFont(bold, 9)
        canvas.setFillColor(RED)
        canvas.drawString(MARGIN, height - MARGIN + 0.05 * inch, CONFIDENTIAL)
        canvas.setFillColor(colors.black)
        canvas.setFont(regular, 7.5)
        canvas.drawString(MARGIN, MARGIN * 0.6, footer)
        canvas.restoreState()

    return decorate


def _story(report: AuditReport) -> list[Flowable]:
    styles = _styles()
    regular, bold = fonts.register()
    count = len(report.entries)
    subtitle = (
        f"{count} entr{'y' if count == 1 else 'ies'}, oldest first; times in UTC. "
        "Entries record who did what to which record and which fields, never their values."
    )
    story: list[Flowable] = [
        Paragraph(_para(f"Audit report: {scope_title(report)}", bold=True), styles["title"]),
        Paragraph(_para(subtitle), styles["subtitle"]),
        Spacer(1, 4),
        _verification(report, styles),
        Spacer(1, 6),
    ]
    used = {
        full: short
        for full, short in report.field_sets.items()
        if any(
            isinstance(e.fields, str) and (e.fields == full or e.fields.startswith(full + ","))
            for e in report.entries
        )
    }
    for full, short in used.items():
        legend = f"In the fields column, “{short}” stands for: {full.replace(',', ', ')}."
        story.append(Paragraph(_para(legend), styles["legend"]))
    story.append(Spacer(1, 6))
    if report.entries:
        story.append(_entry_table(report, regular, bold))
    else:
        story.append(Paragraph(_para("No entries in this scope."), styles["empty"]))
    return story


def render(report: AuditReport) -> bytes:
    """The report as PDF bytes (never a file)."""
    regular, _bold = fonts.register()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 0.2 * inch,
        bottomMargin=MARGIN + 0.3 * inch,
        title="Audit report",
        author="caseapp",
        subject="Confidential",
        creator="caseapp",
    )
    decorate = _decorate(report)
    doc.build(
        _story(report),
        onFirstPage=decorate,
        onLaterPages=decorate,
        canvasmaker=_numbered_canvas(regular),
    )
    return buffer.getvalue()
