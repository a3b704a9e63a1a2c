"""The PDF fonts: every name a client may have prints as stored, read back from
real PDFs (text extracted with pypdf); right-to-left names are shaped and in
order; what no bundled font can draw is reported, never boxed.

All names are made up."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pypdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf._text_extraction import set_custom_rtl
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from caseapp.core.clients import ClientIdentity
from caseapp.core.summary import Profile
from caseapp.crypto.kdf import FLOOR
from caseapp.reports import fonts
from caseapp.services import vault

# Drawn and extracted character for character.
EXACT = {
    "Latin with diacritics": "Łukasz Żółć-Ñúñez Ørsted",
    "Vietnamese": "Nguyễn Thị Hồng",
    "Cyrillic": "Вера Иванова",
    "Greek": "Ελένη Παπαδοπούλου",
    "Chinese": "王秀英",
    "Chinese (Ext. A)": "陈㐨明",
    "Japanese": "山田 はなこ ヤマダ",
    "Korean": "김민준 이서연",
    "Amharic": "አበበ ከበደ",
    "Tigrinya": "ብርሃነ ገብረሚካኤል",
}
# DejaVu draws Hebrew too: pypdf extracts it exactly, but a bracket or space
# after it in the same font would be moved before it (pypdf's bidi guess).
HEBREW = "שרה כהן"
# Extracted in logical order as Arabic presentation forms (U+FB50-U+FEFF), whose
# NFKC normalisation is the stored name.
ARABIC_SCRIPT = {
    "Arabic": "عبدالله فلاح",
    "Persian/Dari": "محمد رضایی",
    "Urdu": "ٹیپو سلطان",
}
# Pashto letters with no presentation forms in Unicode: a joined form of one of
# them extracts as a private-use character.
PASHTO = "ټولګی ځدراڼ"
PASHTO_ONLY = "ټځڅډړږښګڼۍ"
PRIVATE_USE = "\ue000-\uf8ff"


def _pdf(texts: list[str], *, bold: bool = False) -> bytes:
    regular, bold_font = fonts.register()
    style = ParagraphStyle("p", fontName=bold_font if bold else regular, fontSize=11, leading=16)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([Paragraph(fonts.markup(t, bold=bold), style) for t in texts])
    return buffer.getvalue()


def _lines(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [line for page in reader.pages for line in page.extract_text().splitlines()]


def _embedded_fonts(pdf: bytes) -> dict[str, int]:
    """Embedded font programs: base name without the subset tag -> bytes."""
    out: dict[str, int] = {}
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        for obj in doc.objects:
            if isinstance(obj, pikepdf.Dictionary) and "/FontFile2" in obj:
                name = str(obj.FontName).split("+", 1)[1]
                out[name] = out.get(name, 0) + len(obj.FontFile2.read_raw_bytes())
    return out


@pytest.fixture
def pua_is_rtl() -> Iterator[None]:
    """Let pypdf order private-use characters as right-to-left letters."""
    set_custom_rtl(0xE000, 0xF8FF)
    try:
        yield
    finally:
        set_custom_rtl("", "", "")


def test_characters_past_u_ffff_extract_exactly(tmp_path: Path) -> None:
    """reportlab writes the ToUnicode entry of U+1F600 as <1F600>, which text
    extractors misread (pdftotext gave U+1F60); fonts.py writes UTF-16."""
    text = "Client: Ana\U0001f600 G\u00f3mez \U0001f60e"
    assert not fonts.missing_glyphs(text)
    pdf = _pdf([text])
    assert _lines(pdf) == [text]
    (tmp_path / "astral.pdf").write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(tmp_path / "astral.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert text in out.splitlines()


@pytest.mark.parametrize("bold", [False, True])
def test_names_in_every_bundled_script_extract_exactly(bold: bool) -> None:
    labels = [f"Client: {name} (file 12)" for name in EXACT.values()]
    lines = _lines(_pdf([*labels, f"Client: {HEBREW}"], bold=bold))
    assert lines == [*labels, f"Client: {HEBREW}"]


def test_arabic_script_names_extract_in_order_as_presentation_forms() -> None:
    labels = [f"Client: {name}" for name in ARABIC_SCRIPT.values()]
    lines = _lines(_pdf(labels))
    assert [unicodedata.normalize("NFKC", line) for line in lines] == labels
    # What pypdf actually gives: joined letters as their presentation forms.
    assert lines[1] == "Client: ﻣﺤﻤﺪ رﺿﺎﯾﯽ"
    for line, label in zip(lines, labels, strict=True):
        assert line != label
        assert all(ch in label or "\ufb50" <= ch <= "\ufeff" for ch in line)


def test_a_zwnj_shapes_the_name_but_is_not_drawn() -> None:
    name = "علی\u200cرضا احمدی"  # the ZWNJ keeps علی from joining رضا
    (line,) = _lines(_pdf([name]))
    assert unicodedata.normalize("NFKC", line) == name.replace("\u200c", "")
    assert "\u200c" not in fonts.markup(name)
    assert fonts.missing_glyphs(name) == set()


def test_pashto_letters_without_presentation_forms_extract_as_private_use(
    pua_is_rtl: None,
) -> None:
    (line,) = _lines(_pdf([PASHTO]))
    text = unicodedata.normalize("NFKC", line)
    # Each Pashto-only letter is itself where it stands alone (ڼ at the end),
    # a private-use character where it joins; every other letter is exact.
    pattern = "".join(
        f"[{ch}{PRIVATE_USE}]" if ch in PASHTO_ONLY else re.escape(ch) for ch in PASHTO
    )
    assert re.fullmatch(pattern, text), text
    assert re.search(f"[{PRIVATE_USE}]", text)


def test_arabic_is_joined_and_right_to_left_in_the_markup() -> None:
    # محمد: initial meem, medial hah, medial meem, final dal; drawn right to
    # left, so the final dal comes first. Not the honorific ligature ﷴ.
    assert fonts.markup("محمد") == '<font name="CaseappArabic">ﺪﻤﺤﻣ</font>'
    assert "\ufdf4" not in fonts.markup("محمد رضایی")
    # lam-alef is one glyph (U+FEFC, final form).
    assert "\ufefc" in fonts.markup("فلاح")
    # The words of a right-to-left name are reversed, in one font run.
    assert fonts.markup("Client: محمد رضایی") == (
        'Client: <font name="CaseappArabic">ﯽﯾﺎﺿر ﺪﻤﺤﻣ</font>'
    )
    # Bold paragraphs get the bold Arabic face; CJK has none and stays regular.
    assert fonts.markup("محمد", bold=True).startswith('<font name="CaseappArabic-Bold">')
    assert fonts.markup("王", bold=True) == '<font name="CaseappCJK">王</font>'


def test_latin_text_is_not_shaped() -> None:
    # HarfBuzz ligatures (fi -> U+FB01) would break searching the PDF.
    text = "Confidential office: fi fl ffi"
    assert fonts.markup(text) == text
    assert _lines(_pdf([text])) == [text]


def test_markup_escapes_and_keeps_line_breaks() -> None:
    assert fonts.markup("a < b & c\n王 > d") == (
        'a &lt; b &amp; c<br/><font name="CaseappCJK">王</font> &gt; d'
    )


def test_characters_no_font_has_are_reported() -> None:
    assert fonts.missing_glyphs("အောင် ကျော်") == set("အောငျကေ်ာ")  # Burmese
    assert fonts.missing_glyphs("राम Nguyễn") == set("राम")  # Devanagari
    assert fonts.missing_glyphs("王\U00020000") == {"\U00020000"}  # CJK Ext. B
    for name in [*EXACT.values(), HEBREW, *ARABIC_SCRIPT.values(), PASHTO]:
        assert fonts.missing_glyphs(name) == set(), name
    assert fonts.missing_glyphs(" \t\u200c\u200f\n") == set()  # spaces, ZWNJ, RLM


def test_each_fallback_embeds_a_small_subset() -> None:
    pdf = _pdf([" ".join([*EXACT.values(), *ARABIC_SCRIPT.values(), PASHTO])])
    embedded = _embedded_fonts(pdf)
    assert set(embedded) == {
        "DejaVuSans",
        "NotoSansArabic-Regular",
        "NotoSansEthiopic-Regular",
        "DroidSansFallback",
        "NanumGothic",
    }
    for name, size in embedded.items():
        assert size < 40_000, (name, size)  # the files are 0.2-4.7 MB
    assert len(pdf) < 100_000


def test_a_latin_only_text_loads_dejavu_alone() -> None:
    code = (
        "from caseapp.reports import fonts\n"
        "from reportlab.pdfbase import pdfmetrics\n"
        "fonts.markup('Nguyễn Thị Hồng, Вера, Ελένη, שרה')\n"
        "fonts.missing_glyphs('Nguyễn Thị Hồng')\n"
        "print(sorted(n for n in pdfmetrics.getRegisteredFontNames() if 'Caseapp' in n))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "['CaseappSans', 'CaseappSans-Bold']"


def test_draw_string_puts_mixed_scripts_on_a_canvas() -> None:
    regular, bold = fonts.register()
    text = "Generated by 王秀英 · محمد رضایی · አበበ on 2026-03-02"
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont(regular, 8)
    width = fonts.draw_string(canvas, 40, 700, text, font=regular, size=8)
    assert width == pytest.approx(fonts.string_width(text, font=regular, size=8))
    fonts.draw_string(canvas, 550, 680, "김민준", font=bold, size=8, align="right")
    canvas.drawString(40, 660, "after")  # the canvas's own font is back
    canvas.save()
    lines = _lines(buffer.getvalue())
    assert unicodedata.normalize("NFKC", lines[0]) == text
    assert lines[1:] == ["김민준", "after"]


def test_a_summary_prints_arabic_and_cjk_names(tmp_path: Path) -> None:
    path = tmp_path / "vault"
    vault.create_vault(path, "ana", "correct horse battery staple 42", kdf_params=FLOOR)
    with vault.unlock(path, "ana", "correct horse battery staple 42") as s:
        persian = s.create_client(ClientIdentity("محمد", "رضایی"))
        korean = s.create_client(ClientIdentity("민준", "김"))
        text = " ".join(_lines(s.case_summary_pdf(persian, Profile.REFERRAL, password=None)))
        assert "محمد رضایی" in unicodedata.normalize("NFKC", text)
        text = " ".join(_lines(s.case_summary_pdf(korean, Profile.REFERRAL, password=None)))
        assert "민준 김" in text


@given(
    st.text(alphabet=st.characters(max_codepoint=0x058F, exclude_categories=["Cs"]), max_size=60)
)
@settings(max_examples=300, deadline=None)
def test_the_fast_path_for_plain_text_agrees_with_the_full_one(text: str) -> None:
    """Latin, Greek and Cyrillic lines skip the per-character work; the runs they
    give are exactly what the full path gives."""
    for line in text.split("\n"):
        assert fonts.runs(line) == [fonts._merged(fonts._pieces(line, False))]
