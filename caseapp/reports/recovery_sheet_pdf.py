"""The recovery sheet as a PDF, in memory: one page for the supervising attorney
with the recovery code and the audit anchor, printed once when the vault is
created (neither is stored on the computer, so there is no second chance).

The code and the anchor are drawn large in a monospaced font, each on one
line exactly as it is typed back, with the group numbers under the groups (a
typo message names the group). Nothing here writes a file, logs, or puts
either secret in an exception: the caller turns any failure into a message
of its own.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from caseapp.core import resources
from caseapp.reports import fonts
from caseapp.reports.summary_pdf import CONFIDENTIAL, MARGIN

MONO = "CaseappMono"
MONO_FILE = "DejaVuSansMono.ttf"
CODE_SIZE = 16.0
RED = colors.HexColor("#8A1C12")
WIDTH = LETTER[0] - 2 * MARGIN - 12  # the frame, less its 6 pt paddings


@cache
def mono() -> str:
    """Register DejaVu Sans Mono (resources/fonts, DejaVu licence); returns its name."""
    pdfmetrics.registerFont(TTFont(MONO, str(resources.path("fonts", MONO_FILE))))
    return MONO


@dataclass(frozen=True, slots=True)
class RecoverySheet:
    """What the sheet prints. The secrets stay out of ``repr`` (and so out of any
    traceback or log line that shows the object)."""

    vault_dir: str
    admin: str
    created_at: datetime
    checkpoint: str  # short form, "" if none
    recovery_code: str = field(repr=False)
    audit_anchor: str = field(repr=False)


def _para(text: str, *, bold: bool = False) -> str:
    """Plain text as Paragraph markup, each run in a font that draws it."""
    return fonts.markup(text, bold=bold)


def _drawable(text: str) -> str:
    """``text`` with any character no bundled font draws written as an escape
    (``\\u4e00``): a folder name must not block the sheet, nor print as boxes."""
    missing = fonts.missing_glyphs(text)
    if not missing:
        return text
    return "".join(
        ch.encode("unicode_escape").decode("ascii") if ch in missing else ch for ch in text
    )


def _code(text: str) -> str:
    """A command, in the monospaced font and kept on one line (already markup)."""
    return f'<font name="{mono()}">{escape(text).replace(" ", "&nbsp;")}</font>'


class _CodeLine(Flowable):
    """A code on one line in large monospaced type, the group numbers under it."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._text = text

    def __repr__(self) -> str:  # reportlab puts a flowable's repr in layout errors
        return "<code line>"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = pdfmetrics.stringWidth(self._text, mono(), CODE_SIZE)
        self.height = CODE_SIZE * 1.25 + 11
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        font = mono()
        canvas.setFont(font, CODE_SIZE)
        canvas.drawString(0, 11, self._text)
        canvas.setFont(font, 7)
        canvas.setFillColor(colors.HexColor("#666666"))
        char = pdfmetrics.stringWidth("0", font, CODE_SIZE)
        position = 0
        for number, group in enumerate(self._text.split("-"), start=1):
            centre = (position + len(group) / 2) * char
            canvas.drawCentredString(centre, 0, str(number))
            position += len(group) + 1


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = fonts.register()
    mono()
    base = ParagraphStyle("base", fontName=regular, fontSize=9.5, leading=12.5)
    return {
        "base": base,
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=18, leading=22),
        "subtitle": ParagraphStyle("subtitle", parent=base, textColor=colors.HexColor("#444444")),
        "label": ParagraphStyle("label", parent=base, fontName=bold),
        "box_head": ParagraphStyle(
            "box_head", parent=base, fontName=bold, fontSize=12, leading=15, spaceAfter=4
        ),
        "section": ParagraphStyle(
            "section", parent=base, fontName=bold, fontSize=11.5, leading=15, spaceBefore=4
        ),
        "bullet": ParagraphStyle(
            "bullet",
            parent=base,
            leftIndent=12,
            bulletIndent=2,
            bulletFontName=regular,
            spaceAfter=1.5,
        ),
        "warning": ParagraphStyle(
            "warning", parent=base, fontName=bold, textColor=RED, spaceBefore=2, spaceAfter=2
        ),
        "small": ParagraphStyle(
            "small", parent=base, fontSize=8.5, leading=11, textColor=colors.HexColor("#444444")
        ),
    }


def _secret_box(
    title: str, value: str, purpose: list[str], styles: dict[str, ParagraphStyle]
) -> Flowable:
    cell: list[Flowable] = [
        Paragraph(_para(title, bold=True), styles["box_head"]),
        _CodeLine(value),
        Spacer(1, 5),
        *(Paragraph(line, styles["base"]) for line in purpose),
    ]
    box = Table([[cell]], colWidths=[WIDTH])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.4, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return KeepTogether([box])


def _details(sheet: RecoverySheet, styles: dict[str, ParagraphStyle]) -> Table:
    created = sheet.created_at.astimezone()
    rows = [
        ("Vault folder", _drawable(sheet.vault_dir)),
        ("Administrator", _drawable(sheet.admin)),
        ("Created", f"{created:%Y-%m-%d %H:%M} ({created:%Z})"),
    ]
    table = Table(
        [
            [
                Paragraph(_para(label, bold=True), styles["label"]),
                Paragraph(_para(value), styles["base"]),
            ]
            for label, value in rows
        ],
        colWidths=[1.3 * inch, WIDTH - 1.3 * inch],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#DDDDDD")),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _signature(styles: dict[str, ParagraphStyle]) -> Table:
    """Lines for the attorney to sign when the sheet is handed over."""
    label = styles["label"]
    rows = [
        [Paragraph("Received by", label), "", Paragraph("Date", label), ""],
        [Paragraph("Signature", label), "", Paragraph("Kept at", label), ""],
    ]
    table = Table(
        rows,
        colWidths=[1.75 * inch, 2.55 * inch, 0.75 * inch, WIDTH - 5.05 * inch],
        rowHeights=[26, 26],
        hAlign="LEFT",
    )
    line = colors.HexColor("#555555")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.7, line),
                ("LINEBELOW", (3, 0), (3, -1), 0.7, line),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _story(sheet: RecoverySheet) -> list[Flowable]:
    s = _styles()
    recovery_purpose = [
        "<b>What it is for:</b> getting back into the vault if every passphrase is lost or "
        "forgotten. With it, "
        + _code("caseapp users reset NAME")
        + " (or “Forgot passphrase?” on the unlock screen) sets a new passphrase for any user.",
        "<b>Danger:</b> anyone who has this code and the laptop can open every client's file.",
    ]
    anchor_purpose = [
        "<b>What it is for:</b> proving the audit log was not rewritten. "
        + _code("caseapp audit verify --anchor")
        + " checks every entry against it; without it, someone with the vault's key could "
        "rewrite the history of who looked at which file and nobody could tell.",
        "It cannot be shown again or replaced: this sheet is the only copy.",
    ]
    keep = [
        "Keep this sheet in a locked place <b>away from the laptop</b> — the office safe or a "
        "locked cabinet in another room. Never in the laptop bag.",
        "<b>Never</b> photograph it, scan it, e-mail or message it, or type it into any "
        "computer or phone to store it — this one included.",
        "It belongs to the supervising attorney: hand it over today and make no copies. Only "
        "an administrator needs it, and only to regain access or to check the audit log.",
        "If it is lost or may have been seen, an administrator replaces the recovery code at "
        "once (" + _code("caseapp recovery replace") + "; the old code stops working) and "
        "prints the new one for the supervising attorney. The anchor cannot be replaced: "
        "from then on, keep the checkpoints printed at the foot of later reports.",
        "Typing a code back: capitals or not, dashes or not; it never uses the letters I, L, "
        "O or U (so 0 is always zero). A typo is reported with its group number.",
        "If this sheet came as a PDF file, delete the file once it is printed.",
    ]
    return [
        Paragraph("Recovery sheet", s["title"]),
        Paragraph(
            _para(
                "caseapp vault — for the supervising attorney. Printed once: neither code "
                "is stored on the computer."
            ),
            s["subtitle"],
        ),
        Spacer(1, 8),
        _details(sheet, s),
        Spacer(1, 10),
        _secret_box("Recovery code", sheet.recovery_code, recovery_purpose, s),
        Spacer(1, 8),
        _secret_box("Audit anchor", sheet.audit_anchor, anchor_purpose, s),
        Spacer(1, 6),
        Paragraph("How to keep this sheet", s["section"]),
        *(Paragraph(text, s["bullet"], bulletText="•") for text in keep),
        Spacer(1, 6),
        Paragraph("Handed to the supervising attorney", s["section"]),
        _signature(s),
    ]


def _decorate(sheet: RecoverySheet) -> Any:
    stamp = f" · audit checkpoint {sheet.checkpoint}" if sheet.checkpoint else ""
    created = sheet.created_at.astimezone()
    footer = f"Generated by {sheet.admin} on {created:%Y-%m-%d %H:%M} · recovery sheet{stamp}"

    def decorate(canvas: Canvas, _doc: object) -> None:
        regular, bold = fonts.register()
        width, height = LETTER
        canvas.saveState()
        canvas.setFont(bold, 9)
        canvas.setFillColor(RED)
        canvas.drawString(MARGIN, height - MARGIN + 0.05 * inch, CONFIDENTIAL)
        canvas.drawRightString(width - MARGIN, height - MARGIN + 0.05 * inch, "KEEP LOCKED AWAY")
        canvas.setFillColor(colors.black)
        canvas.setFont(regular, 7.5)
        canvas.drawString(MARGIN, MARGIN * 0.6, footer)
        canvas.drawRightString(width - MARGIN, MARGIN * 0.6, "page 1 of 1")
        canvas.restoreState()

    return decorate


def render(sheet: RecoverySheet) -> bytes:
    """The sheet as PDF bytes (never a file): one page."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=LETTER,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 0.2 * inch,
        bottomMargin=MARGIN + 0.3 * inch,
        title="Recovery sheet",
        author="caseapp",
        subject="Confidential",
        creator="caseapp",
    )
    decorate = _decorate(sheet)
    doc.build(_story(sheet), onFirstPage=decorate, onLaterPages=decorate)
    if doc.page != 1:
        # "page 1 of 1" is printed, and a second page would separate the code from
        # its instructions: a layout change that breaks this must fail loudly.
        raise ValueError("the recovery sheet no longer fits on one page")
    return buffer.getvalue()
