"""Which files caseapp keeps, as what type, and under which name.

Every sample is built here, byte by byte or with zipfile, so each test shows
exactly what it feeds in.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import struct
import time
import unicodedata
import zipfile
import zlib

import pytest

from caseapp.core.documents import (
    MAX_ARCHIVE_ENTRIES,
    MAX_DOCUMENT_BYTES,
    MAX_FILENAME_CHARS,
    AcceptedDocument,
    DamagedDocument,
    DocumentTooLarge,
    EmptyDocument,
    MacroRefused,
    MediaType,
    PasswordProtectedDocument,
    ProgramRefused,
    RefusedDocument,
    UnrecognisedDocument,
    UnsafeArchive,
    WebPageRefused,
    check_document,
    clean_filename,
    extension_for,
    safe_save_name,
    sniff,
)
from caseapp.core.errors import InvalidInput

# --- sample files -----------------------------------------------------------------


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


# A complete 1x1 greyscale PNG.
PNG = (
    b"\x89PNG\r\n\x1a\n"
    + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
    + _png_chunk(b"IDAT", zlib.compress(b"\x00\x00"))
    + _png_chunk(b"IEND", b"")
)
# SOI, a JFIF APP0 segment, EOI.
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"
# The classic 1x1 transparent GIF.
GIF = bytes.fromhex(
    "47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b"
)
GIF87 = b"GIF87a" + GIF[6:]
TIFF_LITTLE = b"II*\x00\x08\x00\x00\x00\x00\x00"
TIFF_BIG = b"MM\x00*\x00\x00\x00\x08\x00\x00"
# A lossless 1x1 WebP.
WEBP = (
    b"RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00"
    b"\x2f\x00\x00\x00\x10\x07\x10\x11\x11\x88\x88\xfe\x07\x00"
)


def _ftyp(major: bytes, *compatible: bytes) -> bytes:
    body = major + b"\x00\x00\x00\x00" + b"".join(compatible)
    return struct.pack(">I", 8 + len(body)) + b"ftyp" + body + b"\x00\x00\x00\x08mdat"


PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)

ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 56
PE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 48
SHORTCUT = bytes.fromhex("4c0000000114020000000000c000000000000046") + b"\x00" * 56

CONTENT_TYPES_DOCX = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
CONTENT_TYPES_DOCM = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>'
)
CONTENT_TYPES_XLSX = CONTENT_TYPES_DOCX.replace("/word/document.xml", "/xl/workbook.xml").replace(
    "wordprocessingml.document.main", "spreadsheetml.sheet.main"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org'
    '/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org'
    '/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)


def make_zip(*members: tuple[str, str | bytes], stored: frozenset[str] = frozenset()) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members:
            method = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            archive.writestr(name, content, compress_type=method)
    return buffer.getvalue()


def docx(*extra: tuple[str, str | bytes], content_types: str | bytes = CONTENT_TYPES_DOCX) -> bytes:
    return make_zip(
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", RELS),
        ("word/document.xml", "<w:document/>"),
        *extra,
    )


ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"


def odt(*extra: tuple[str, str | bytes], mimetype: str = ODT_MIMETYPE) -> bytes:
    return make_zip(
        ("mimetype", mimetype),
        ("content.xml", "<office:document-content/>"),
        ("META-INF/manifest.xml", "<manifest:manifest/>"),
        *extra,
        stored=frozenset({"mimetype"}),
    )


def patch_central_directory(data: bytes, *, file_size: int) -> bytes:
    """Make every central-directory entry claim ``file_size`` unpacked bytes."""
    out = bytearray(data)
    at = out.find(b"PK\x01\x02")
    while at != -1:
        struct.pack_into("<I", out, at + 24, file_size)
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)


def patch_entry_count(data: bytes, count: int) -> bytes:
    out = bytearray(data)
    end = out.rfind(b"PK\x05\x06")
    struct.pack_into("<HH", out, end + 8, count, count)
    return bytes(out)


def many_entries_zip(count: int) -> bytes:
    """``count`` empty stored parts, written directly (zipfile would take seconds)."""
    local, central = bytearray(), bytearray()
    for i in range(count):
        name = f"word/p{i}.xml".encode()
        offset = len(local)
        local += struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 0, 0, 0, 0, 0, 0, len(name), 0)
        local += name
        central += struct.pack(
            "<4sHHHHHHIIIHHHHHII",
            b"PK\x01\x02",
            20,
            20,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            len(name),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        central += name
    count16 = min(count, 0xFFFF)
    end = struct.pack(
        "<4sHHHHIIH", b"PK\x05\x06", 0, 0, count16, count16, len(central), len(local), 0
    )
    return bytes(local + central + end)


# Compound files (Word 97-2003 and relatives), version 3, 512-byte sectors.
FREE, END_OF_CHAIN, FAT_SECTOR, DIFAT_SECTOR = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFC
WORD_CLSID = bytes.fromhex("0609020000000000c000000000000046")
MSI_CLSID = bytes.fromhex("84100c0000000000c000000000000046")


def _ole_entry(name: str, kind: int, clsid: bytes = b"\x00" * 16) -> bytes:
    encoded = (name + "\x00").encode("utf-16-le")
    return (
        encoded.ljust(64, b"\x00")
        + struct.pack("<HBB", len(encoded), kind, 1)
        + struct.pack("<III", FREE, FREE, FREE)
        + clsid
        + b"\x00" * 20
        + struct.pack("<IQ", END_OF_CHAIN, 0)
    )


def make_ole(
    *streams: str,
    storages: tuple[str, ...] = (),
    root_clsid: bytes = WORD_CLSID,
    directory_chain: tuple[int, ...] | None = None,
    fat_listed_in_difat_sector: bool = False,
) -> bytes:
    """A compound file holding only a directory: sector 0 is the FAT, then directory sectors.

    Large files list their FAT sectors in DIFAT sectors rather than the header;
    ``fat_listed_in_difat_sector`` adds one such sector at the end.
    """
    entries = _ole_entry("Root Entry", 5, root_clsid)
    entries += b"".join(_ole_entry(name, 1) for name in storages)
    entries += b"".join(_ole_entry(name, 2) for name in streams)
    entries = entries.ljust(-(-len(entries) // 512) * 512, b"\x00")
    directory_sectors = len(entries) // 512
    chain = directory_chain or (*range(2, directory_sectors + 1), END_OF_CHAIN)
    fat = [FAT_SECTOR, *chain]
    difat_sector = b""
    header_difat = [0, *([FREE] * 108)]
    first_difat, difat_count = END_OF_CHAIN, 0
    if fat_listed_in_difat_sector:
        first_difat, difat_count = 1 + directory_sectors, 1
        fat.append(DIFAT_SECTOR)
        header_difat = [FREE] * 109
        difat_sector = struct.pack("<128I", 0, *([FREE] * 126), END_OF_CHAIN)
    fat_sector = struct.pack("<128I", *(fat + [FREE] * (128 - len(fat))))
    header = (
        bytes.fromhex("d0cf11e0a1b11ae1")
        + b"\x00" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\x00" * 6
        + struct.pack("<9I", 0, 1, 1, 0, 4096, END_OF_CHAIN, 0, first_difat, difat_count)
        + struct.pack("<109I", *header_difat)
    )
    assert len(header) == 512
    return header + fat_sector + entries + difat_sector


# --- accepted documents ----------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(PDF, MediaType.PDF, id="pdf"),
        pytest.param(b"\r\n\x00junk from a scanner\n" + PDF, MediaType.PDF, id="pdf-after-junk"),
        pytest.param(b"\x00" * 1000 + b"%PDF-1.7\n", MediaType.PDF, id="pdf-within-1024"),
        pytest.param(JPEG, MediaType.JPEG, id="jpeg"),
        pytest.param(PNG, MediaType.PNG, id="png"),
        pytest.param(GIF, MediaType.GIF, id="gif89a"),
        pytest.param(GIF87, MediaType.GIF, id="gif87a"),
        pytest.param(TIFF_LITTLE, MediaType.TIFF, id="tiff-little-endian"),
        pytest.param(TIFF_BIG, MediaType.TIFF, id="tiff-big-endian"),
        pytest.param(WEBP, MediaType.WEBP, id="webp"),
        pytest.param(_ftyp(b"heic", b"mif1", b"heic"), MediaType.HEIC, id="heic-iphone"),
        pytest.param(_ftyp(b"heix", b"mif1"), MediaType.HEIC, id="heix"),
        pytest.param(_ftyp(b"hevc", b"msf1"), MediaType.HEIC, id="hevc-sequence"),
        pytest.param(_ftyp(b"mif1", b"heic"), MediaType.HEIF, id="heif"),
        pytest.param(_ftyp(b"msf1"), MediaType.HEIF, id="heif-sequence"),
        pytest.param(b"Client called at 3pm.\r\nWill bring I-94.\n", MediaType.TEXT, id="ascii"),
        pytest.param("Declaración de Nguyễn, 2024 — ዓ.ም\n".encode(), MediaType.TEXT, id="utf8"),
        pytest.param(b"\xef\xbb\xbfNotes\n", MediaType.TEXT, id="utf8-bom"),
        pytest.param("\ufeffЗаявление\n".encode("utf-16-le"), MediaType.TEXT, id="utf16le"),
        pytest.param("\ufeffدرخواست\n".encode("utf-16-be"), MediaType.TEXT, id="utf16be"),
        pytest.param(b"   \n\t", MediaType.TEXT, id="only-whitespace"),
        pytest.param(b"I-589 < 1 year > deadline\n", MediaType.TEXT, id="angle-inside-text"),
        pytest.param(docx(), MediaType.DOCX, id="docx"),
        pytest.param(
            make_zip(
                ("[Content_Types].xml", CONTENT_TYPES_XLSX),
                ("xl/workbook.xml", "<workbook/>"),
            ),
            MediaType.XLSX,
            id="xlsx",
        ),
        pytest.param(odt(), MediaType.ODT, id="odt"),
        pytest.param(make_ole("WordDocument", "1Table"), MediaType.DOC, id="doc"),
    ],
)
def test_accepted_types(data: bytes, expected: MediaType) -> None:
    assert sniff(data) is expected


def test_text_cut_at_64_kib_inside_a_character_is_still_text() -> None:
    data = b"a" + "é".encode() * (64 * 1024)  # the first 64 KiB end in the middle of an é
    assert sniff(data) is MediaType.TEXT


def test_docx_with_many_parts_still_accepted() -> None:
    members = [(f"word/media/image{i}.png", PNG) for i in range(300)]
    assert sniff(docx(*members)) is MediaType.DOCX


def test_doc_directory_spanning_several_sectors() -> None:
    names = [f"ObjectPool{i}" for i in range(20)]
    assert sniff(make_ole(*names, "WordDocument")) is MediaType.DOC


def test_doc_whose_fat_is_listed_in_a_difat_sector() -> None:
    assert sniff(make_ole("WordDocument", fat_listed_in_difat_sector=True)) is MediaType.DOC


def test_only_the_first_64_kib_decide_whether_it_is_text() -> None:
    # Later bytes are not judged; a saved copy ends in .txt whatever they hold.
    assert sniff(b"a" * (64 * 1024) + b"\x00\x01\x02") is MediaType.TEXT


def test_media_types_describe_themselves() -> None:
    assert MediaType.PDF.mime == "application/pdf"
    assert MediaType.PDF.label == "PDF document"
    assert MediaType.JPEG.label == "JPEG image"
    displayable = {m for m in MediaType if m.displayable_inside}
    # HEIC/HEIF need a Qt plugin PySide6 does not ship.
    assert displayable == {
        MediaType.PDF,
        MediaType.JPEG,
        MediaType.PNG,
        MediaType.GIF,
        MediaType.TIFF,
        MediaType.WEBP,
    }
    assert len({m.mime for m in MediaType}) == len(MediaType)
    for media_type in MediaType:
        assert extension_for(media_type).startswith(".")
        assert extension_for(media_type) == media_type.extensions[0]
    assert extension_for(MediaType.JPEG) == ".jpg"
    assert repr(MediaType.PDF) == "MediaType.PDF"


# --- refused -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "error"),
    [
        pytest.param(b"", EmptyDocument, id="empty"),
        pytest.param(b"\xef\xbb\xbf", EmptyDocument, id="only-a-bom"),
        pytest.param(ELF, ProgramRefused, id="elf"),
        pytest.param(PE, ProgramRefused, id="pe-mz"),
        pytest.param(b"\xfe\xed\xfa\xce" + b"\x00" * 28, ProgramRefused, id="macho-32-be"),
        pytest.param(b"\xfe\xed\xfa\xcf" + b"\x00" * 28, ProgramRefused, id="macho-64-be"),
        pytest.param(b"\xce\xfa\xed\xfe" + b"\x00" * 28, ProgramRefused, id="macho-32-le"),
        pytest.param(b"\xcf\xfa\xed\xfe" + b"\x00" * 28, ProgramRefused, id="macho-64-le"),
        pytest.param(b"\xca\xfe\xba\xbe" + b"\x00" * 28, ProgramRefused, id="macho-universal"),
        pytest.param(b"\xca\xfe\xba\xbf" + b"\x00" * 28, ProgramRefused, id="macho-universal-64"),
        pytest.param(b"#!/bin/sh\nrm -rf ~\n", ProgramRefused, id="shell-script"),
        pytest.param(b"\xef\xbb\xbf#!/usr/bin/env python\n", ProgramRefused, id="script-after-bom"),
        pytest.param(SHORTCUT, ProgramRefused, id="windows-shortcut"),
        pytest.param(PE + b"%PDF-1.4\n", ProgramRefused, id="exe-with-pdf-marker"),
        pytest.param(
            make_ole("SummaryInformation", root_clsid=MSI_CLSID), ProgramRefused, id="msi"
        ),
        pytest.param(
            make_zip(("META-INF/MANIFEST.MF", "Main-Class: X\n")), ProgramRefused, id="jar"
        ),
        pytest.param(
            make_zip(("AndroidManifest.xml", b"\x03\x00"), ("classes.dex", b"dex\n035\x00")),
            ProgramRefused,
            id="apk",
        ),
        pytest.param(b"<!DOCTYPE html><html><script>alert(1)</script>", WebPageRefused, id="html"),
        pytest.param(b"\n\n  <html><body>hi</body></html>", WebPageRefused, id="html-after-blanks"),
        pytest.param(
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            WebPageRefused,
            id="svg",
        ),
        pytest.param(b'<?xml version="1.0"?><note/>', WebPageRefused, id="xml"),
        pytest.param(b"\xef\xbb\xbf<html>", WebPageRefused, id="html-after-bom"),
        pytest.param("\ufeff  <svg/>".encode("utf-16-le"), WebPageRefused, id="svg-utf16"),
        pytest.param(
            docx(("word/vbaProject.bin", b"\xcc\x61"), content_types=CONTENT_TYPES_DOCM),
            MacroRefused,
            id="docm",
        ),
        pytest.param(docx(content_types=CONTENT_TYPES_DOCM), MacroRefused, id="macro-content-type"),
        pytest.param(docx(("word/vbaProject.bin", b"\xcc\x61")), MacroRefused, id="vba-part-only"),
        pytest.param(
            docx(
                content_types=CONTENT_TYPES_DOCM.replace(
                    "macroEnabled", "macro&#69;nabled"
                ).replace("vbaProject", "vba&#x50;roject")
            ),
            MacroRefused,
            id="macro-content-type-behind-character-references",
        ),
        pytest.param(
            docx(content_types=("\ufeff" + CONTENT_TYPES_DOCM).encode("utf-16-le")),
            MacroRefused,
            id="macro-content-type-utf16",
        ),
        pytest.param(
            odt(("Basic/Standard/Module1.xml", "<module/>")), MacroRefused, id="odt-basic"
        ),
        pytest.param(odt(("Scripts/python/x.py", "import os")), MacroRefused, id="odt-scripts"),
        pytest.param(make_ole("WordDocument", storages=("Macros",)), MacroRefused, id="doc-macros"),
        pytest.param(
            make_ole("Workbook", storages=("_VBA_PROJECT_CUR",)), MacroRefused, id="xls-vba"
        ),
        pytest.param(
            make_ole("EncryptedPackage", "EncryptionInfo"),
            PasswordProtectedDocument,
            id="password-protected-docx",
        ),
        pytest.param(make_ole("Workbook"), UnrecognisedDocument, id="xls"),
        pytest.param(make_ole("WordDocument")[:512], DamagedDocument, id="doc-header-only"),
        pytest.param(
            make_ole("WordDocument", directory_chain=(1,)), DamagedDocument, id="doc-directory-loop"
        ),
        pytest.param(b"PK\x03\x04" + b"\x00" * 60, DamagedDocument, id="zip-without-directory"),
        pytest.param(
            make_zip(("scan1.pdf", PDF), ("scan2.pdf", PDF)), UnrecognisedDocument, id="plain-zip"
        ),
        pytest.param(
            make_zip(("[Content_Types].xml", CONTENT_TYPES_DOCX), ("ppt/presentation.xml", "<p/>")),
            UnrecognisedDocument,
            id="pptx",
        ),
        pytest.param(
            odt(mimetype="application/vnd.oasis.opendocument.spreadsheet"),
            UnrecognisedDocument,
            id="ods",
        ),
        pytest.param(_ftyp(b"isom", b"mp41"), UnrecognisedDocument, id="mp4"),
        pytest.param(_ftyp(b"avif", b"mif1"), UnrecognisedDocument, id="avif"),
        pytest.param(b"\x00" * 1100 + b"%PDF-1.4", UnrecognisedDocument, id="pdf-marker-too-late"),
        pytest.param(b"hello\x00world", UnrecognisedDocument, id="nul-in-text"),
        pytest.param("é".encode()[:1], UnrecognisedDocument, id="truncated-utf8"),
        pytest.param("Declaración".encode("cp1252"), UnrecognisedDocument, id="not-utf8"),
        pytest.param("no bom".encode("utf-16-le"), UnrecognisedDocument, id="utf16-without-bom"),
        pytest.param(
            bytes(range(1, 32)) * 10, UnrecognisedDocument, id="mostly-control-characters"
        ),
        pytest.param(b"{\\rtf1" + b"\x01\x02\x03\x04" * 10, UnrecognisedDocument, id="binary"),
        pytest.param(b"BM\x36\x00\x00\x00" + b"\x00" * 48, UnrecognisedDocument, id="bmp"),
    ],
)
def test_refused(data: bytes, error: type[RefusedDocument]) -> None:
    with pytest.raises(error):
        sniff(data)


def test_too_large_by_one_byte() -> None:
    data = b"%PDF-1.4\n" + b"\x00" * (MAX_DOCUMENT_BYTES - 9)
    assert len(data) == MAX_DOCUMENT_BYTES
    assert sniff(data) is MediaType.PDF
    with pytest.raises(DocumentTooLarge) as info:
        sniff(data + b"\x00")
    assert "50 MB" in str(info.value)


def test_every_refusal_is_invalid_input() -> None:
    for error in (
        RefusedDocument,
        UnrecognisedDocument,
        EmptyDocument,
        DocumentTooLarge,
        ProgramRefused,
        WebPageRefused,
        MacroRefused,
        PasswordProtectedDocument,
        UnsafeArchive,
        DamagedDocument,
    ):
        assert issubclass(error, RefusedDocument)
        assert issubclass(error, InvalidInput)
        assert str(error()).endswith(".")


def test_unrecognised_says_what_is_kept_and_what_to_do() -> None:
    with pytest.raises(UnrecognisedDocument) as info:
        sniff(b"\x00\x01\x02\x03binary")
    assert str(info.value) == (
        "caseapp keeps PDFs, images, Word/OpenOffice documents and plain text. "
        "Save the file as PDF and add it again."
    )


def test_plain_zip_says_to_unzip_it() -> None:
    with pytest.raises(UnrecognisedDocument, match="Unzip it"):
        sniff(make_zip(("scan1.pdf", PDF)))


# --- zip bombs -----------------------------------------------------------------------


def _no_reading(*args: object, **kwargs: object) -> None:
    raise AssertionError("a part of a zip bomb was opened")


def test_too_many_entries_refused_from_the_directory_record() -> None:
    data = many_entries_zip(2 * MAX_ARCHIVE_ENTRIES)
    started = time.perf_counter()
    with pytest.raises(UnsafeArchive):
        sniff(data)
    assert time.perf_counter() - started < 1


def test_too_many_entries_refused_even_when_the_count_lies() -> None:
    with pytest.raises(UnsafeArchive):
        sniff(patch_entry_count(many_entries_zip(2 * MAX_ARCHIVE_ENTRIES), 1))


def test_exactly_the_entry_limit_is_allowed() -> None:
    data = many_entries_zip(MAX_ARCHIVE_ENTRIES)
    # No [Content_Types].xml: not a DOCX, but not refused as a bomb either.
    with pytest.raises(UnrecognisedDocument):
        sniff(data)


def test_huge_declared_size_refused_without_decompressing(monkeypatch: pytest.MonkeyPatch) -> None:
    data = patch_central_directory(docx(), file_size=0xFFFF0000)  # each part claims ~4 GiB

    monkeypatch.setattr(zipfile.ZipFile, "open", _no_reading)
    with pytest.raises(UnsafeArchive):
        sniff(data)


def test_content_types_bigger_than_any_real_one_refused_unread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    padding = " " * (2 * 1024 * 1024)
    data = docx(content_types=CONTENT_TYPES_DOCX.replace("<Types ", f"<Types{padding} "))
    monkeypatch.setattr(zipfile.ZipFile, "open", _no_reading)
    with pytest.raises(UnsafeArchive):
        sniff(data)


def test_content_types_that_lie_about_their_size_are_read_only_up_to_the_claim() -> None:
    # Really 16 MiB of spaces once inflated, but the directory says 400 bytes.
    padding = " " * (16 * 1024 * 1024)
    bomb = docx(content_types=CONTENT_TYPES_DOCX.replace("<Types ", f"<Types{padding} "))
    del padding
    data = patch_central_directory(bomb, file_size=400)
    started = time.perf_counter()
    with pytest.raises(RefusedDocument):
        sniff(data)
    assert time.perf_counter() - started < 1


def test_zip64_refused() -> None:
    data = bytearray(docx())
    end = data.rfind(b"PK\x05\x06")
    locator = struct.pack("<4sIQI", b"PK\x06\x07", 0, 0, 1)
    data[end:end] = locator
    with pytest.raises(UnsafeArchive):
        sniff(bytes(data))


def test_oversized_central_directory_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for i in range(70):
            info = zipfile.ZipInfo(f"word/part{i}.xml")
            info.comment = b"c" * 0xFFFF
            archive.writestr(info, b"")
    with pytest.raises(UnsafeArchive):
        sniff(buffer.getvalue())


def test_encrypted_content_types_refused() -> None:
    data = bytearray(docx())
    for signature, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature)  # [Content_Types].xml is the first part
        data[at + flags_at] |= 0x1
    with pytest.raises(PasswordProtectedDocument):
        sniff(bytes(data))


def test_bzip2_content_types_refused_unread() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_BZIP2) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES_DOCX)
        archive.writestr("word/document.xml", "<w/>")
    with pytest.raises(DamagedDocument):
        sniff(buffer.getvalue())


def test_dtd_in_content_types_refused() -> None:
    content_types = CONTENT_TYPES_DOCX.replace(
        "<Types ", '<!DOCTYPE Types [<!ENTITY m "macroEnabled">]><Types '
    )
    with pytest.raises(DamagedDocument):
        sniff(docx(content_types=content_types))


def test_duplicate_content_types_all_checked() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES_DOCX)
        archive.writestr("word/document.xml", "<w/>")
        with pytest.warns(UserWarning, match="Duplicate name"):
            archive.writestr("[Content_Types].xml", CONTENT_TYPES_DOCM)
    with pytest.raises(MacroRefused):
        sniff(buffer.getvalue())


def test_corrupted_part_is_damaged() -> None:
    data = bytearray(docx())
    at = data.find(b"PK\x03\x04")
    name_length, extra_length = struct.unpack_from("<HH", data, at + 26)
    body = at + 30 + name_length + extra_length
    data[body : body + 8] = b"\xff" * 8  # deflate stream of [Content_Types].xml
    with pytest.raises(DamagedDocument):
        sniff(bytes(data))


# --- messages never name the file ---------------------------------------------------

CLIENT_NAME = "Maria Guadalupe Lopez"
REFUSED_SAMPLES: dict[str, bytes] = {
    "empty": b"",
    "program": ELF,
    "web page": b"<html>",
    "macro": docx(content_types=CONTENT_TYPES_DOCM),
    "password": make_ole("EncryptedPackage"),
    "bomb": many_entries_zip(MAX_ARCHIVE_ENTRIES + 1),
    "damaged": b"PK\x03\x04" + b"\x00" * 60,
    "unrecognised": b"\x00\x01\x02",
    "zip": make_zip(("a.pdf", PDF)),
}


@pytest.mark.parametrize("kind", sorted(REFUSED_SAMPLES))
@pytest.mark.parametrize(
    "filename",
    [
        f"{CLIENT_NAME} asylum declaration.pdf",
        f"C:\\Users\\intake\\{CLIENT_NAME}.exe",
        f"{CLIENT_NAME}\u202efdp.exe",
    ],
)
def test_refusal_messages_never_contain_the_filename(kind: str, filename: str) -> None:
    with pytest.raises(RefusedDocument) as info:
        check_document(filename, REFUSED_SAMPLES[kind])
    message = str(info.value)
    for word in ("Maria", "Guadalupe", "Lopez", "asylum", "intake", "fdp"):
        assert word not in message
    assert info.value.__cause__ is None
    assert info.value.__suppress_context__ or info.value.__context__ is None


def test_too_large_message_gives_the_limit_not_the_name() -> None:
    with pytest.raises(DocumentTooLarge) as info:
        check_document(f"{CLIENT_NAME}.pdf", b"\x00" * (MAX_DOCUMENT_BYTES + 1))
    assert "50 MB" in str(info.value)
    assert "Lopez" not in str(info.value)


# --- check_document ----------------------------------------------------------------


def test_check_document_accepts_and_describes() -> None:
    accepted = check_document("C:\\Scans\\ Passport  scan.PDF", PDF)
    assert accepted == AcceptedDocument(
        filename="Passport scan.PDF",
        media_type=MediaType.PDF,
        size=len(PDF),
        sha256=hashlib.sha256(PDF).hexdigest(),
    )
    assert accepted.save_name == "Passport scan.PDF"
    with pytest.raises(dataclasses.FrozenInstanceError):
        accepted.size = 0  # type: ignore[misc]


def test_check_document_ignores_the_name_when_judging() -> None:
    assert check_document("photo.exe", PDF).media_type is MediaType.PDF
    assert check_document("photo.exe", PDF).save_name == "photo.pdf"
    with pytest.raises(ProgramRefused):
        check_document("passport.pdf", PE)


def test_accepted_document_repr_leaves_out_the_name() -> None:
    accepted = check_document(f"{CLIENT_NAME}.pdf", PDF)
    assert "Lopez" not in repr(accepted)
    assert "MediaType.PDF" in repr(accepted)


PERSIAN = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645.pdf"  # "I want", typed in Farsi


# --- clean_filename -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "cleaned"),
    [
        ("passport.pdf", "passport.pdf"),
        ("/home/maria/Documents/passport.pdf", "passport.pdf"),
        ("C:\\Users\\maria\\Desktop\\I-797 notice.pdf", "I-797 notice.pdf"),
        ("..\\..\\windows\\system32\\evil.dll", "evil.dll"),
        ("mixed/path\\name.txt", "name.txt"),
        ("folder/", "document"),
        ("", "document"),
        ("   ", "document"),
        ("...", "document"),
        (". . .", "document"),
        (".bashrc", "bashrc"),
        ("..hidden.pdf", "hidden.pdf"),
        (" . .x.pdf", "x.pdf"),
        # U+202E RIGHT-TO-LEFT OVERRIDE: shown as "photoexe.pdf", really "photo\u202efdp.exe".
        ("photo\u202efdp.exe", "photofdp.exe"),
        ("\u2066a\u2069\u200e\u200fb\u061c.pdf", "ab.pdf"),  # isolates, LRM, RLM, ALM
        ("zero\u200bwidth\ufeff.pdf", "zerowidth.pdf"),
        ("tab\tand\nnewline\r\n.pdf", "tab and newline .pdf"),
        ("many     spaces\u00a0\u3000here.pdf", "many spaces here.pdf"),
        ("line\u2028separator.pdf", "line separator.pdf"),
        ("bell\x07\x1b[31mred.pdf", "bell[31mred.pdf"),
        ("del\x7fete\x85.pdf", "delete .pdf"),
        ("lone\ud800surrogate\udfff.pdf", "lonesurrogate.pdf"),
        ("Nguye\u0302\u0303n.pdf", "Nguyễn.pdf"),  # NFD from macOS becomes NFC
        ("e\u202e\u0301.pdf", "é.pdf"),  # composes once the override is gone
        (PERSIAN, PERSIAN),  # the zero-width non-joiner is part of the spelling
        ("family 👨\u200d👩\u200d👧.jpg", "family 👨\u200d👩\u200d👧.jpg"),
    ],
)
def test_clean_filename(typed: str, cleaned: str) -> None:
    assert clean_filename(typed) == cleaned
    assert clean_filename(cleaned) == cleaned


def test_clean_filename_caps_length_keeping_the_extension() -> None:
    cleaned = clean_filename("a" * 10_000 + ".pdf")
    assert len(cleaned) == MAX_FILENAME_CHARS
    assert cleaned == "a" * (MAX_FILENAME_CHARS - 4) + ".pdf"


@pytest.mark.parametrize("cut", range(6))
def test_clean_filename_cap_leaves_no_space_or_dot_before_the_extension(cut: int) -> None:
    cleaned = clean_filename("x" * cut + "word. " * 40 + ".pdf")
    assert len(cleaned) <= MAX_FILENAME_CHARS
    assert cleaned.endswith(".pdf")
    assert not cleaned.removesuffix(".pdf").endswith((" ", "."))


def test_clean_filename_cap_without_extension() -> None:
    assert clean_filename("x" * 10_000) == "x" * MAX_FILENAME_CHARS
    # The last dot is followed by words, not an extension: a plain cut.
    cleaned = clean_filename("Smith v. Department of Homeland Security " * 10)
    assert cleaned == ("Smith v. Department of Homeland Security " * 3)[:MAX_FILENAME_CHARS]


def test_clean_filename_is_nfc() -> None:
    assert unicodedata.is_normalized("NFC", clean_filename("Jose\u0301 Marti\u0301.pdf"))


# --- safe_save_name -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "media_type", "saved"),
    [
        ("passport.pdf", MediaType.PDF, "passport.pdf"),
        ("SCAN.PDF", MediaType.PDF, "SCAN.PDF"),
        ("photo.jpeg", MediaType.JPEG, "photo.jpeg"),
        ("photo.JPG", MediaType.JPEG, "photo.JPG"),
        ("photo.exe", MediaType.PDF, "photo.pdf"),
        ("notice.pdf.exe", MediaType.PDF, "notice.pdf"),
        ("notice.exe.scr.bat", MediaType.PDF, "notice.pdf"),
        ("scan.png", MediaType.JPEG, "scan.jpg"),
        ("notes.csv", MediaType.TEXT, "notes.txt"),
        ("index.html", MediaType.TEXT, "index.txt"),
        ("letter.docm", MediaType.DOCX, "letter.docx"),
        ("J.Doe", MediaType.PDF, "J.Doe.pdf"),
        ("Smith v. DHS", MediaType.PDF, "Smith v. DHS.pdf"),
        ("I-589 rev.2023", MediaType.PDF, "I-589 rev.2023.pdf"),
        ("no extension", MediaType.ODT, "no extension.odt"),
        ("", MediaType.PDF, "document.pdf"),
        (".pdf", MediaType.PDF, "pdf.pdf"),
        ("CON.pdf", MediaType.PDF, "_CON.pdf"),
        ("aux", MediaType.TEXT, "_aux.txt"),
        ("com1.tar.pdf", MediaType.PDF, "_com1.tar.pdf"),
        ("Notice: I-797?.pdf", MediaType.PDF, "Notice_ I-797_.pdf"),
        ('a<b>c"d|e*f.pdf', MediaType.PDF, "a_b_c_d_e_f.pdf"),
        ("trailing dots....exe", MediaType.PDF, "trailing dots.pdf"),
        ("photo.heic", MediaType.HEIF, "photo.heic"),
    ],
)
def test_safe_save_name(name: str, media_type: MediaType, saved: str) -> None:
    assert safe_save_name(name, media_type) == saved


@pytest.mark.parametrize(
    "name",
    ["x" * 10_000, "报告" * 200 + ".pdf", "👨\u200d👩\u200d👧" * 100, "é" * 300 + ".exe"],
)
def test_safe_save_name_fits_every_file_system(name: str) -> None:
    saved = safe_save_name(name, MediaType.PDF)
    assert saved.endswith(".pdf")
    assert len(saved) <= MAX_FILENAME_CHARS
    assert len(saved.encode("utf-8")) <= 240
