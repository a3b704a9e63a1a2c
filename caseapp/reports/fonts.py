"""The embedded fonts (resources/fonts, with their licence): registered once."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from caseapp.core import resources

REGULAR = "CaseappSans"
BOLD = "CaseappSans-Bold"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@cache
def register() -> tuple[str, str]:
    """Register DejaVu Sans (regular, bold) with reportlab; returns their names."""
    for name, filename in FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resources.path("fonts", filename))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD


def missing_glyphs(text: str) -> set[str]:
    """Characters of ``text`` the embedded font cannot draw (they would print as boxes)."""
    register()
    font = pdfmetrics.getFont(REGULAR)
    assert isinstance(font, TTFont)
    widths = font.face.charWidths
    return {ch for ch in text if not ch.isspace() and ord(ch) not in widths}
