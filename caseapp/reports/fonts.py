"""The fonts every PDF embeds (resources/fonts, each with its licence), and the
text that uses them, so that a name prints exactly as stored.

DejaVu Sans (regular, bold) is the document font: Latin with every diacritic
Vietnamese needs, Cyrillic, Greek, Armenian, Georgian, Hebrew. A character it
cannot draw goes, one run of text at a time, to the first fallback that can:

=====================  ==========================================  ===========
family                 draws                                        bold face
=====================  ==========================================  ===========
Noto Sans Arabic       Arabic, Persian/Dari, Pashto, Urdu           yes
Noto Sans Ethiopic     Amharic, Tigrinya (Ge'ez script)             yes
Droid Sans Fallback    Chinese (incl. Ext. A), Japanese kanji/kana  no
NanumGothic            Korean Hangul                                no
=====================  ==========================================  ===========

Arabic script always goes to Noto Sans Arabic and Hangul always to NanumGothic,
even where DejaVu (or Droid) has a few of their letters, so a word is never
drawn in two fonts. A fallback is read from disk only when a document has a
character that needs it: a Latin-only print loads DejaVu alone.

Right-to-left text (Arabic script, Hebrew) is shaped here with HarfBuzz
(uharfbuzz): joining forms, lam-alef, marks, mirrored brackets; and laid out
in visual order: in a left-to-right line the words of a right-to-left run are
reversed, each word's glyphs come out of HarfBuzz right to left, digits stay
left to right. reportlab 5.1's own shaping (``shaping=1`` on a paragraph
style) is not used: it shapes the Latin text too (``fi`` becomes the ligature
U+FB01, so "Confidential" no longer extracts), turns on ``dlig`` (محمد
becomes the honorific ligature ﷴ), fails on a word that mixes two fonts
(IndexError when the PDF is saved) and needs rlbidi, which is not installed,
for right-to-left order.

Each shaped glyph is written as a character of the same font, so a
right-to-left run is one font and one text operation (text extractors restart
at a font change and would lose the run's order): the stored character where
the glyph is its own, else the Arabic presentation form the font maps to that
glyph (U+FExx: the stored text is its NFKC normalisation), else a private-use
character (the contextual forms of Pashto letters such as ټ ګ ځ, which
Unicode has no presentation forms for). So pypdf extracts an Arabic-script
name in logical order, in presentation forms; format characters (ZWNJ, RLM)
shape the text but are not drawn or extracted. Limits: GPOS offsets are
dropped (a vowel mark sits on its letter, about a tenth of an em from where
HarfBuzz would put it); a right-to-left run long enough to wrap shows its last
words on the first line.

The API other documents use:

- ``register()`` — the base fonts (``REGULAR``, ``BOLD``) for styles and
  ``canvas.setFont``.
- ``markup(text, bold=False)`` — Paragraph markup for plain text: escaped,
  line breaks as ``<br/>``, each run DejaVu cannot draw in ``<font name=…>``.
  In a bold style pass ``bold=True`` so the fallbacks use their bold faces.
- ``draw_string(canvas, x, y, text, font=…, size=…, align=…)`` and
  ``string_width(text, font=…, size=…)`` — the same for a canvas string
  (headers, footers, form labels).
- ``missing_glyphs(text)`` — the characters no bundled font can draw; a
  document with any is refused, never printed with boxes.
"""

from __future__ import annotations

import itertools
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Literal, TypeVar
from xml.sax.saxutils import escape

import uharfbuzz as hb  # type: ignore[import-untyped]  # ships no type information
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from caseapp.core import resources

REGULAR = "CaseappSans"
BOLD = "CaseappSans-Bold"

Ranges = tuple[tuple[int, int], ...]
_K = TypeVar("_K")

_ARABIC: Ranges = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x0870, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)
_HANGUL: Ranges = (
    (0x1100, 0x11FF),
    (0x3130, 0x318F),
    (0xA960, 0xA97F),
    (0xAC00, 0xD7FF),
)


@dataclass(frozen=True)
class Family:
    """A bundled typeface: its regular file and, where bundled, its bold one."""

    name: str  # reportlab name of the regular face; the bold one is name + "-Bold"
    regular: str  # file under resources/fonts
    bold: str | None
    prefer: Ranges = ()  # code points it draws even where the base font has a glyph

    def face(self, bold: bool) -> tuple[str, str]:
        """(reportlab name, file) of the face for that weight (regular if no bold)."""
        if bold and self.bold:
            return f"{self.name}-Bold", self.bold
        return self.name, self.regular

    def prefers(self, cp: int) -> bool:
        return any(lo <= cp <= hi for lo, hi in self.prefer)


BASE = Family(REGULAR, "DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FALLBACKS = (
    Family("CaseappArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", _ARABIC),
    Family("CaseappEthiopic", "NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"),
    Family("CaseappCJK", "DroidSansFallbackFull.ttf", None),
    Family("CaseappHangul", "NanumGothic.ttf", None, _HANGUL),
)
FAMILIES = (BASE, *FALLBACKS)

# Fonts are registered, and private-use glyphs added, from whichever thread prints.
_lock = threading.RLock()


# --- which font draws a character -------------------------------------------


@cache
def _hb_face(filename: str) -> hb.Face:
    return hb.Face(hb.Blob(resources.path("fonts", filename).read_bytes()))


@cache
def _coverage(filename: str) -> frozenset[int]:
    # HarfBuzz reads the cmap in C: knowing what a fallback covers costs
    # microseconds, and registering it with reportlab waits until it is drawn.
    return frozenset(_hb_face(filename).unicodes)


def _invisible(ch: str) -> bool:
    """Spaces and format characters (ZWNJ, RLM…): nothing to draw, never "missing"."""
    return ch.isspace() or unicodedata.category(ch) == "Cf"


def _attaches(ch: str) -> bool:
    """A mark or format character: it stays in the run of the letter before it."""
    return unicodedata.category(ch) in ("Mn", "Mc", "Me", "Cf")


@cache
def _family_of(cp: int) -> Family | None:
    for family in FALLBACKS:
        if family.prefers(cp) and cp in _coverage(family.regular):
            return family
    for family in FAMILIES:
        if cp in _coverage(family.regular):
            return family
    return None


def missing_glyphs(text: str) -> set[str]:
    """The characters of ``text`` no bundled font can draw (they would print as
    empty boxes). Spaces and invisible format characters never count."""
    return {ch for ch in set(text) if not _invisible(ch) and _family_of(ord(ch)) is None}


# --- registration -------------------------------------------------------------


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab 5.1's ToUnicode CMap for a subset, with each character written
    as UTF-16BE — what the PDF format asks for. reportlab writes the code point
    as ``%04X``, so a character past U+FFFF (an emoji, a rare CJK name
    character) becomes five hex digits that text extractors misread: 😀
    (U+1F600) came out of pdftotext as ὠ (U+1F60) and out of pypdf as an
    error, though it was drawn right. Same output as reportlab's below U+10000."""
    return _REPORTLAB_CMAP(fontname, [0] * len(subset)).replace(
        "\n".join(f"<{i:02X}> <0000>" for i in range(len(subset))),
        "\n".join(
            f"<{i:02X}> <{chr(cp).encode('utf-16-be', 'surrogatepass').hex().upper()}>"
            for i, cp in enumerate(subset)
        ),
    )


# Looked up by name when a PDF is saved. Kept from reportlab itself even if
# this module is loaded again (a reload must not wrap our own function).
_REPORTLAB_CMAP = getattr(ttfonts, "_reportlab_make_to_unicode_cmap", ttfonts.makeToUnicodeCMap)
ttfonts._reportlab_make_to_unicode_cmap = _REPORTLAB_CMAP  # type: ignore[attr-defined]
ttfonts.makeToUnicodeCMap = _to_unicode_cmap


@cache
def register() -> tuple[str, str]:
    """Register DejaVu Sans (regular, bold) with reportlab; returns their names.

    The fallbacks register themselves when a text first needs them."""
    with _lock:
        _ttf(REGULAR, BASE.regular)
        _ttf(BOLD, str(BASE.bold))
        _map_family(REGULAR, BOLD)
    return REGULAR, BOLD


@cache
def _ttf(name: str, filename: str) -> TTFont:
    font = TTFont(name, str(resources.path("fonts", filename)))
    pdfmetrics.registerFont(font)
    return font


def _map_family(regular: str, bold: str) -> None:
    # <b> inside a paragraph, and a bold style, find the bold face.
    addMapping(regular, 0, 0, regular)
    addMapping(regular, 1, 0, bold)
    addMapping(regular, 0, 1, regular)
    addMapping(regular, 1, 1, bold)


def _font_name(family: Family, bold: bool) -> str:
    """Register the family's face for that weight if needed; its reportlab name."""
    if family is BASE:
        return register()[1 if bold else 0]
    with _lock:
        name, filename = family.face(bold)
        _ttf(name, filename)
        if family.bold and bold:
            _ttf(family.name, family.regular)
            _map_family(family.name, name)
        return name


# --- shaping ------------------------------------------------------------------

_PRIVATE = range(0xE000, 0xF900)  # Unicode's private use area, as reportlab's shaping uses it
_NO_CHARACTER = "\u2060"  # WORD JOINER (invisible, no break): a glyph of no character of its own


class _Shaper:
    """HarfBuzz over one font file, writing each glyph under a character of
    that same reportlab font (one font per run keeps text extractors, which
    restart at every font change, reading a right-to-left run in order)."""

    def __init__(self, name: str, filename: str, *, is_base: bool) -> None:
        self.name = name
        self.is_base = is_base
        ttf = pdfmetrics.getFont(name)
        assert isinstance(ttf, TTFont)
        self.face = ttf.face
        face = _hb_face(filename)
        self.hb_font = hb.Font(face)
        self.scale = 1000 / face.upem
        self._private: dict[tuple[int, float], int] = {}
        self._next_private = _PRIVATE.start
        self._chars_of: dict[int, list[int]] = {}  # glyph -> the characters the cmap maps to it
        for cp, gid in sorted(self.face.charToGlyph.items()):
            self._chars_of.setdefault(gid, []).append(cp)

    def _width(self, gid: int, hb_advance: int) -> float:
        # The font's own advance (kerning is dropped), except where HarfBuzz
        # zeroes it: a mark sitting on its letter.
        return 0.0 if hb_advance == 0 else self.hb_font.get_glyph_h_advance(gid) * self.scale

    def _char(self, gid: int, text: str, width: float) -> int:
        """The character of this font that draws glyph ``gid`` for ``text``:
        the stored character itself where the glyph is its own; else a
        presentation form the font maps to the glyph and that normalises
        (NFKC) to ``text`` (joining forms, lam-alef); else a private-use
        character made for the glyph."""
        face = self.face

        def fits(cp: int) -> bool:
            drawn: int | None = face.charToGlyph.get(cp)
            return drawn == gid and abs(float(face.charWidths[cp]) - width) < 0.5

        if len(text) == 1 and fits(ord(text)):
            return ord(text)
        logical = unicodedata.normalize("NFKC", text)
        for cp in self._chars_of.get(gid, ()):
            if unicodedata.normalize("NFKC", chr(cp)) == logical and fits(cp):
                return cp
        key = (gid, width)
        if key not in self._private:
            cp = self._next_private
            while cp in face.charToGlyph:
                cp += 1
            if cp not in _PRIVATE:
                raise RuntimeError("the font has no private-use code points left")
            self._next_private = cp + 1
            face.charToGlyph[cp] = gid
            face.charWidths[cp] = width
            self._private[key] = cp
        return self._private[key]

    def shape_rtl(self, text: str) -> Piece:
        """``text`` shaped right to left, as characters of this font in visual order."""
        buf = hb.Buffer()
        buf.add_str(text)
        buf.direction = "rtl"
        buf.guess_segment_properties()
        buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
        hb.shape(self.hb_font, buf, {})  # HarfBuzz's default features (so no dlig)
        glyphs = [
            (info.codepoint, info.cluster, pos.x_advance)
            for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True)
        ]
        starts = [*sorted({cluster for _, cluster, _ in glyphs}), len(text)]
        ends = dict(itertools.pairwise(starts))
        out: list[str] = []
        for cluster, group in _groups(glyphs):
            chars = text[cluster : ends[cluster]]
            drawn: list[str] = []
            # Glyphs come in visual order, a cluster's text in logical order.
            for i, (gid, _, advance) in enumerate(reversed(group)):
                part = chars if len(group) == 1 else chars[i : i + 1]
                width = self._width(gid, advance)
                if len(part) == 1 and _invisible(part) and width == 0:
                    continue  # ZWNJ and the like: their work is done (no joining)
                drawn.append(chr(self._char(gid, part or _NO_CHARACTER, width)))
            out += reversed(drawn)
        shaped = "".join(out)
        # The text's own font draws the base family's glyphs only where they
        # are the stored characters (a bold style has other private-use ones).
        plain = self.is_base and set(shaped) <= set(text)
        return (None if plain else self.name, shaped)


def _groups(
    glyphs: Iterable[tuple[int, int, int]],
) -> Iterator[tuple[int, list[tuple[int, int, int]]]]:
    group: list[tuple[int, int, int]] = []
    for glyph in glyphs:
        if group and glyph[1] != group[0][1]:
            yield group[0][1], group
            group = []
        group.append(glyph)
    if group:
        yield group[0][1], group


@cache
def _shaper(family: Family, bold: bool) -> _Shaper:
    name = _font_name(family, bold)
    return _Shaper(name, family.face(bold)[1], is_base=family is BASE)


# --- runs and bidi --------------------------------------------------------------

Piece = tuple[str | None, str]  # (reportlab font, None: the text's own font; text)


def _is_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def _is_ltr(ch: str) -> bool:
    return unicodedata.bidirectional(ch) == "L"


def _is_neutral(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("WS", "ON", "CS", "ES", "ET", "B", "S")


def _is_digit(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("EN", "AN")


def _families(line: str) -> list[Family]:
    """The family that draws each character; marks and format characters stay
    with the letter before them where its font has them."""
    out: list[Family] = []
    for ch in line:
        cp = ord(ch)
        own = _family_of(cp) or BASE  # BASE for the missing: refused before printing
        if out and _attaches(ch) and (cp in _coverage(out[-1].regular) or _invisible(ch)):
            own = out[-1]
        out.append(own)
    return out


def _rtl_spans(line: str) -> Iterator[tuple[int, int]]:
    """The right-to-left runs of a left-to-right line: from a right-to-left
    letter to the last one before the next left-to-right letter, with the
    marks after it."""
    i, n = 0, len(line)
    while i < n:
        if not _is_rtl(line[i]):
            i += 1
            continue
        end = last = i
        while end < n and not _is_ltr(line[end]):
            if _is_rtl(line[end]):
                last = end
            end += 1
        stop = last + 1
        while stop < n and _attaches(line[stop]) and not _invisible(line[stop]):
            stop += 1
        yield i, stop
        i = stop


def _pieces(line: str, bold: bool) -> list[Piece]:
    families = _families(line)
    pieces: list[Piece] = []
    pos = 0
    for start, stop in _rtl_spans(line):
        pieces += _ltr(line[pos:start], families[pos:start], bold)
        pieces += _rtl(line[start:stop], families[start:stop], bold)
        pos = stop
    pieces += _ltr(line[pos:], families[pos:], bold)
    return pieces


def _ltr(text: str, families: list[Family], bold: bool) -> list[Piece]:
    return [
        (None if family is BASE else _font_name(family, bold), _drawn(text[a:b]))
        for family, a, b in _segments(families)
    ]


def _drawn(text: str) -> str:
    """``text`` without its format characters (ZWNJ, RLM, soft hyphen…): they
    have no glyph to draw, and a font may give them a visible one."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def _rtl(text: str, families: list[Family], bold: bool) -> list[Piece]:
    """A right-to-left run in visual order: words reversed, each word's
    segments reversed, each segment shaped (digits stay left to right)."""
    pieces: list[Piece] = []
    # Spaces and punctuation go in the run's font where it has them: a text
    # extractor restarts at each font change, and would lose the run's order.
    run = families[0]
    run_font = None if run is BASE else _font_name(run, bold)
    families = [
        run if _is_neutral(ch) and ord(ch) in _coverage(run.regular) else family
        for ch, family in zip(text, families, strict=True)
    ]
    kinds = [
        (family, _is_digit(ch) or _digit_separator(text, i))
        for i, (ch, family) in enumerate(zip(text, families, strict=True))
    ]
    for a, b in reversed(list(_words(text))):
        if text[a:b].isspace():
            covered = all(ord(ch) in _coverage(run.regular) for ch in text[a:b])
            pieces.append((run_font if covered else None, text[a:b]))
            continue
        segments = _segments(kinds[a:b])
        for _, s, e in reversed(segments):
            family = families[a + s]
            chunk = text[a + s : a + e]
            if _is_digit(chunk[0]):
                pieces += _ltr(chunk, families[a + s : a + e], bold)
            else:
                with _lock:
                    pieces.append(_shaper(family, bold).shape_rtl(chunk))
    return pieces


def _digit_separator(text: str, i: int) -> bool:
    """A separator between two digits (1,000 or 12/03): it stays with them."""
    return (
        0 < i < len(text) - 1
        and unicodedata.bidirectional(text[i]) in ("CS", "ES", "ET")
        and _is_digit(text[i - 1])
        and _is_digit(text[i + 1])
    )


def _words(text: str) -> Iterator[tuple[int, int]]:
    """Alternating word and whitespace spans."""
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or text[i].isspace() != text[start].isspace():
            yield start, i
            start = i


def _segments(keys: list[_K]) -> list[tuple[_K, int, int]]:
    """Maximal spans with the same key: (key, start, stop)."""
    out: list[tuple[_K, int, int]] = []
    for i, key in enumerate(keys):
        if out and out[-1][0] == key:
            out[-1] = (key, out[-1][1], i + 1)
        else:
            out.append((key, i, i + 1))
    return out


def _merged(pieces: Iterable[Piece]) -> list[Piece]:
    out: list[Piece] = []
    for font, text in pieces:
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + text)
        elif text:
            out.append((font, text))
    return out


@cache
def _plain_set() -> frozenset[str]:
    """Characters DejaVu draws as they are: left to right, not a mark or a format
    character (below U+0590, where no right-to-left script starts)."""
    return frozenset(
        chr(cp)
        for cp in _coverage(BASE.regular)
        if cp < 0x0590 and not _attaches(chr(cp)) and chr(cp) != "\n"
    )


def _plain(line: str) -> bool:
    return _plain_set().issuperset(line)


def runs(text: str, *, bold: bool = False) -> list[list[Piece]]:
    """``text`` as lines of (font, text) runs in visual order, for a document
    that draws text itself; font None is the text's own font (DejaVu)."""
    register()
    # The common case — Latin, Greek, Cyrillic only — is one run, found fast.
    return [
        ([(None, line)] if line else []) if _plain(line) else _merged(_pieces(line, bold))
        for line in text.split("\n")
    ]


# --- what documents call ------------------------------------------------------


def markup(text: str, *, bold: bool = False) -> str:
    """Plain ``text`` as reportlab Paragraph markup: escaped, line breaks kept
    as ``<br/>``, each run DejaVu cannot draw in ``<font name="…">`` of the
    font that can, right-to-left runs shaped and in visual order. ``bold``:
    the paragraph's style is bold (the fallbacks then use their bold faces)."""
    return "<br/>".join(
        "".join(
            escape(chunk) if font is None else f'<font name="{font}">{escape(chunk)}</font>'
            for font, chunk in line
        )
        for line in runs(text, bold=bold)
    )


def _line(text: str, font: str) -> list[Piece]:
    return runs(" ".join(text.splitlines()), bold=font == BOLD)[0]


def string_width(text: str, *, font: str = REGULAR, size: float) -> float:
    """The width of one line of ``text`` as ``draw_string`` draws it."""
    line = _line(text, font)
    return sum(pdfmetrics.stringWidth(chunk, f or font, size) for f, chunk in line)


def draw_string(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    *,
    font: str = REGULAR,
    size: float,
    align: Literal["left", "right", "centre"] = "left",
) -> float:
    """Draw one line of ``text`` on ``canvas`` in ``font`` (``REGULAR`` or
    ``BOLD``), each run in the font that draws it; ``x`` is the left, right or
    centre of the line as ``align`` says. Returns the width drawn. The
    canvas's fill colour is used; its font is left as it was."""
    line = _line(text, font)
    width = sum(pdfmetrics.stringWidth(chunk, f or font, size) for f, chunk in line)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    canvas.saveState()  # the text state (font) is part of the graphics state
    t = canvas.beginText(x, y)
    for f, chunk in line:
        t.setFont(f or font, size)
        t.textOut(chunk)
    canvas.drawText(t)
    canvas.restoreState()
    return width
