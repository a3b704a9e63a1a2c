"""Documents under generated input: only RefusedDocument escapes, names stay clean."""

from __future__ import annotations

import hashlib
import io
import struct
import unicodedata
import zipfile

from hypothesis import given, settings
from hypothesis import strategies as st

from caseapp.core import documents
from caseapp.core.documents import (
    MAX_FILENAME_CHARS,
    MediaType,
    RefusedDocument,
    check_document,
    clean_filename,
    safe_save_name,
    sniff,
)
from caseapp.core.text import clean_line

SETTINGS = settings(max_examples=300, deadline=None, database=None)


def _refusal_messages() -> frozenset[str]:
    errors = [
        value
        for value in vars(documents).values()
        if isinstance(value, type) and issubclass(value, RefusedDocument)
    ]
    return frozenset(str(error()) for error in errors) | {documents._ARCHIVE_MESSAGE}


# Every message a refusal can carry: fixed text, so never a file name or its contents.
REFUSAL_MESSAGES = _refusal_messages()


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    return buffer.getvalue()


def _ole() -> bytes:
    """A version-3 compound file: header, one FAT sector, one directory sector."""

    def entry(name: str, kind: int) -> bytes:
        encoded = (name + "\x00").encode("utf-16-le")
        return (
            encoded.ljust(64, b"\x00")
            + struct.pack("<HBB3I", len(encoded), kind, 1, *[0xFFFFFFFF] * 3)
            + b"\x00" * 36
            + struct.pack("<IQ", 0xFFFFFFFE, 0)
        )

    header = (
        bytes.fromhex("d0cf11e0a1b11ae1")
        + b"\x00" * 16
        + struct.pack("<HHHHH6x", 0x3E, 3, 0xFFFE, 9, 6)
        + struct.pack("<9I", 0, 1, 1, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
        + struct.pack("<109I", 0, *[0xFFFFFFFF] * 108)
    )
    fat = struct.pack("<128I", 0xFFFFFFFD, 0xFFFFFFFE, *[0xFFFFFFFF] * 126)
    directory = entry("Root Entry", 5) + entry("WordDocument", 2)
    return header + fat + directory.ljust(512, b"\x00")


DOCX = _docx()
OLE = _ole()
assert sniff(DOCX) is MediaType.DOCX
assert sniff(OLE) is MediaType.DOC

MAGICS = [
    b"%PDF-",
    b"\xff\xd8\xff",
    b"\x89PNG\r\n\x1a\n",
    b"GIF89a",
    b"II*\x00",
    b"MM\x00*",
    b"RIFF\x00\x00\x00\x00WEBP",
    b"\x00\x00\x00\x18ftypheic",
    b"PK\x03\x04",
    b"PK\x05\x06",
    bytes.fromhex("d0cf11e0a1b11ae1"),
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b"<",
    b"MZ",
]


def _judge(data: bytes) -> MediaType | None:
    """sniff's answer, or None if it refused; anything else it raises fails the test."""
    try:
        return sniff(data)
    except RefusedDocument as error:
        message = str(error)
    assert message in REFUSAL_MESSAGES
    return None


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """``original`` with a few bytes overwritten, and perhaps cut short or extended."""
    data = bytearray(original)
    for _ in range(draw(st.integers(min_value=1, max_value=8))):
        at = draw(st.integers(min_value=0, max_value=len(data) - 1))
        data[at] = draw(st.integers(min_value=0, max_value=255))
    cut = draw(st.integers(min_value=1, max_value=len(data)))
    return bytes(data[:cut]) + draw(st.binary(max_size=64))


@SETTINGS
@given(st.binary(min_size=0, max_size=4096))
def test_sniff_on_arbitrary_bytes_raises_only_refusals(data: bytes) -> None:
    _judge(data)


@SETTINGS
@given(st.sampled_from(MAGICS), st.binary(max_size=2048))
def test_sniff_on_bytes_with_a_known_magic_raises_only_refusals(magic: bytes, rest: bytes) -> None:
    _judge(magic + rest)


@SETTINGS
@given(mutated(DOCX))
def test_damaged_docx_raises_only_refusals(data: bytes) -> None:
    _judge(data)


@SETTINGS
@given(mutated(OLE))
def test_damaged_doc_raises_only_refusals(data: bytes) -> None:
    _judge(data)


@SETTINGS
@given(st.text(max_size=2000))
def test_any_text_is_text_or_refused_as_markup_or_script(text: str) -> None:
    result = _judge(text.encode("utf-8"))
    assert result in (None, MediaType.TEXT, MediaType.PDF)


@SETTINGS
@given(st.text(max_size=300), st.binary(max_size=2048))
def test_check_document_describes_what_it_accepts(filename: str, data: bytes) -> None:
    try:
        accepted = check_document(filename, data)
    except RefusedDocument as error:
        message = str(error)
        accepted = None
    if accepted is None:
        assert message in REFUSAL_MESSAGES
        return
    assert accepted.media_type is sniff(data)
    assert accepted.size == len(data)
    assert accepted.sha256 == hashlib.sha256(data).hexdigest()
    assert accepted.filename == clean_filename(filename)


# Surrogates (Cs) included: names arrive from file systems that allow them.
any_text = st.text(st.characters(exclude_categories=()), max_size=400)
tricky_text = st.lists(
    st.sampled_from(
        [
            *"ab./\\ .\t\n\x00\x7f",
            *("\u202e", "\u200b", "\u200c", "\u200d", "\ufeff", "\u0301", "\u00a0", "\u2028"),
            *("\ud800", "\udfff", "é", "e", "\u0344", "\u1100", "\u1161", "\u11a8"),
            *("CON", "com1", ".pdf", ".PDF", ".exe", ".jpg", ".txt", ". ", ":", "?"),
        ]
    ),
    max_size=150,
).map("".join)
long_names = st.builds(
    lambda stem, ext: stem + ext,
    st.text(st.characters(exclude_categories=()), min_size=100, max_size=400),
    st.sampled_from(["", ".pdf", ".JPG", ". x", ".verylongextension", "."]),
)
names = st.one_of(any_text, tricky_text, long_names)


def _is_clean(name: str) -> bool:
    return (
        name != ""
        and "/" not in name
        and "\\" not in name
        and not name.startswith((".", " "))
        and name == name.strip()
        and "  " not in name
        and len(name) <= MAX_FILENAME_CHARS
        and unicodedata.is_normalized("NFC", name)
        and all(
            unicodedata.category(ch) not in ("Cc", "Cs")
            and (unicodedata.category(ch) != "Cf" or ch in "\u200c\u200d")
            and (not ch.isspace() or ch == " ")
            for ch in name
        )
    )


@SETTINGS
@given(names)
def test_clean_filename_is_clean_and_idempotent(name: str) -> None:
    cleaned = clean_filename(name)
    assert _is_clean(cleaned), ascii(cleaned)
    assert clean_filename(cleaned) == cleaned
    # What the Document record stores it through takes it as it is.
    assert clean_line(cleaned, "The file name", required=True, max_chars=200) == cleaned


@SETTINGS
@given(names, st.sampled_from(list(MediaType)))
def test_safe_save_name_ends_in_the_true_extension(name: str, media_type: MediaType) -> None:
    saved = safe_save_name(name, media_type)
    assert _is_clean(saved), ascii(saved)
    assert saved.casefold().endswith(media_type.extensions)
    assert saved.rpartition(".")[0].rstrip(" .") == saved.rpartition(".")[0]
    assert not any(ch in saved for ch in '<>:"|?*')
    assert len(saved.encode("utf-8")) <= 240
