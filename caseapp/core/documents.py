"""Documents kept in the vault: which files are accepted, as what, under which name.

Scans of passports, notices, declarations and photos arrive from clients'
phones, e-mail and USB sticks, so every file is treated as hostile. The type
is decided from the bytes alone (``sniff``), never from the name: a file's
name is whatever its sender chose. Programs, scripts, web pages and
macro-enabled Office files are refused outright, and so is anything not
recognised, because caseapp only promises to keep documents.

Archives (DOCX, XLSX, ODT) are inspected through their central directory
only; the two small parts that must be read ([Content_Types].xml and
``mimetype``) are read with a hard cap, so a zip bomb is never unpacked.

Error messages are fixed text: they never contain the file's name, which
often holds a client's name ("Asylum declaration - M. Lopez.pdf").
"""

from __future__ import annotations

import codecs
import hashlib
import io
import re
import struct
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from enum import Enum

from caseapp.core.errors import InvalidInput

# A colour page scanned at 300 dpi is roughly 0.5-1 MB as PDF or JPEG, so 50 MiB
# holds a 50-page filing bundle; a larger file is almost always a 600 dpi or
# uncompressed scan. The cap keeps one careless drop from adding hundreds of MB
# to the vault and to every encrypted backup made of it afterwards.
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
MAX_DOCUMENT_MB = MAX_DOCUMENT_BYTES // (1024 * 1024)

# Shown in lists and used for copies saved out; long enough for "I-589
# supplement B - declaration of ... (translated).pdf", short enough for any screen.
MAX_FILENAME_CHARS = 120
DEFAULT_FILENAME = "document"

# Archive limits (zip bombs). A long DOCX has a few hundred parts.
MAX_ARCHIVE_ENTRIES = 10_000
MAX_UNPACKED_BYTES = 20 * MAX_DOCUMENT_BYTES
# zipfile parses the whole central directory it is pointed at, one entry per
# 46+ bytes, whatever the entry count claims; this bounds that work before it starts.
MAX_CENTRAL_DIRECTORY_BYTES = 4 * 1024 * 1024
# The only archive parts ever decompressed, each read with this cap.
_MAX_CONTENT_TYPES_BYTES = 1024 * 1024
_MAX_MIMETYPE_BYTES = 256

PDF_SEARCH_BYTES = 1024  # readers accept "%PDF-" anywhere in the first 1024 bytes
TEXT_SAMPLE_BYTES = 64 * 1024
# Plain text: at most 1 control character (other than tab, newlines, form feed) in 20.
_MAX_CONTROL_FRACTION = 0.05

_UNRECOGNISED_MESSAGE = (
    "caseapp keeps PDFs, images, Word/OpenOffice documents and plain text. "
    "Save the file as PDF and add it again."
)


# --- errors ------------------------------------------------------------------


class RefusedDocument(InvalidInput):
    """A file caseapp will not keep. Subclasses say why; none names the file."""

    default_message = _UNRECOGNISED_MESSAGE


class UnrecognisedDocument(RefusedDocument):
    default_message = _UNRECOGNISED_MESSAGE


class EmptyDocument(RefusedDocument):
    default_message = (
        "The file is empty. Check that it was saved or scanned completely, then add it again."
    )


class DocumentTooLarge(RefusedDocument):
    default_message = (
        f"The file is larger than {MAX_DOCUMENT_MB} MB, the most caseapp keeps for one "
        "document. Scan it again at 300 dpi or less, or split it into parts and add "
        "each part."
    )


class ProgramRefused(RefusedDocument):
    default_message = (
        "This file is a program, script, installer or shortcut, not a document, and "
        "caseapp does not keep programs. Do not open it. If a document was expected, "
        "ask the sender for it as PDF."
    )


class WebPageRefused(RefusedDocument):
    default_message = (
        "This file is a web page, SVG drawing or XML file, which can carry hidden "
        "scripts. Print it to PDF, or save it as plain text, and add that instead."
    )


class MacroRefused(RefusedDocument):
    default_message = (
        "This Office file contains macros, which can run hidden programs. Do not "
        "enable them. Ask the sender for a PDF or an ordinary .docx/.xlsx file and "
        "add that instead."
    )


class PasswordProtectedDocument(RefusedDocument):
    default_message = (
        "This document is protected with a password, so caseapp cannot check it. "
        "Remove the password (in Word: File > Info > Protect Document), or save it as "
        "PDF, then add it again."
    )


class UnsafeArchive(RefusedDocument):
    default_message = (
        "This file is a compressed archive built in a way no ordinary document is "
        "(far too many parts, or far too large once unpacked), so caseapp did not "
        "open it. Ask the sender for a PDF and add that instead."
    )


class DamagedDocument(RefusedDocument):
    default_message = (
        "This file is damaged or could not be checked safely. Open it in the program "
        "that made it, save it as PDF and add it again."
    )


_ARCHIVE_MESSAGE = (
    "This is a ZIP archive, not a single document. Unzip it and add the documents "
    "inside one at a time."
)


# --- media types ---------------------------------------------------------------


class MediaType(Enum):
    """A kind of document caseapp keeps: MIME type, label, and whether it can show it."""

    # HEIC/HEIF are not displayable inside: PySide6 ships no HEIF image plugin.
    PDF = ("application/pdf", "PDF document", True, (".pdf",))
    JPEG = ("image/jpeg", "JPEG image", True, (".jpg", ".jpeg", ".jpe", ".jfif"))
    PNG = ("image/png", "PNG image", True, (".png",))
    GIF = ("image/gif", "GIF image", True, (".gif",))
    TIFF = ("image/tiff", "TIFF image", True, (".tif", ".tiff"))
    WEBP = ("image/webp", "WebP image", True, (".webp",))
    HEIC = ("image/heic", "HEIC image", False, (".heic",))
    HEIF = ("image/heif", "HEIF image", False, (".heif", ".heic"))
    TEXT = ("text/plain", "Plain text", False, (".txt",))
    DOCX = (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Word document",
        False,
        (".docx",),
    )
    XLSX = (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Excel spreadsheet",
        False,
        (".xlsx",),
    )
    ODT = ("application/vnd.oasis.opendocument.text", "OpenDocument text", False, (".odt",))
    DOC = ("application/msword", "Word 97-2003 document", False, (".doc",))

    def __init__(
        self, mime: str, label: str, displayable_inside: bool, extensions: tuple[str, ...]
    ) -> None:
        self.mime = mime
        self.label = label
        self.displayable_inside = displayable_inside
        # The first is the one given to copies saved out; the rest are kept as typed.
        self.extensions = extensions

    def __repr__(self) -> str:
        return f"MediaType.{self.name}"


def extension_for(media_type: MediaType) -> str:
    """The extension, with its dot, that a saved copy of this type gets: ".pdf"."""
    return media_type.extensions[0]


# --- sniffing ------------------------------------------------------------------

_ELF = b"\x7fELF"
_MACH_O = (
    b"\xfe\xed\xfa\xce",  # 32-bit, big-endian
    b"\xfe\xed\xfa\xcf",  # 64-bit, big-endian
    b"\xce\xfa\xed\xfe",  # 32-bit, little-endian
    b"\xcf\xfa\xed\xfe",  # 64-bit, little-endian
    b"\xca\xfe\xba\xbe",  # universal ("fat") binary; also a Java class file
    b"\xca\xfe\xba\xbf",  # 64-bit universal binary
    b"\xbe\xba\xfe\xca",  # universal binary, byte-swapped
)
# Header size 0x4C followed by the shell-link CLSID 00021401-0000-0000-C000-000000000046.
_WINDOWS_SHORTCUT = bytes.fromhex("4c0000000114020000000000c000000000000046")

_JPEG = b"\xff\xd8\xff"
_PNG = b"\x89PNG\r\n\x1a\n"
_GIFS = (b"GIF87a", b"GIF89a")
_TIFFS = (b"II*\x00", b"MM\x00*")
_HEIF_BRANDS = {
    b"heic": MediaType.HEIC,
    b"heix": MediaType.HEIC,
    b"hevc": MediaType.HEIC,
    b"mif1": MediaType.HEIF,
    b"msf1": MediaType.HEIF,
}
_OLE2 = bytes.fromhex("d0cf11e0a1b11ae1")
_ZIP_LOCAL_HEADER = b"PK\x03\x04"

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_TEXT_WHITESPACE_CONTROLS = frozenset("\t\n\v\f\r")
_LEADING_BLANKS = re.compile(r"[\s\ufeff\u200b]*")


def sniff(data: bytes) -> MediaType:
    """The document type of ``data``, judged from its bytes; raises ``RefusedDocument``."""
    _check_size(data)
    if _is_program(data):
        raise ProgramRefused()
    if data.startswith(_JPEG):
        return MediaType.JPEG
    if data.startswith(_PNG):
        return MediaType.PNG
    if data.startswith(_GIFS):
        return MediaType.GIF
    if data.startswith(_TIFFS):
        return MediaType.TIFF
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return MediaType.WEBP
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        return _HEIF_BRANDS[data[8:12]]
    if data.startswith(_OLE2):
        return _sniff_ole2(data)
    if data.startswith(_ZIP_LOCAL_HEADER):
        return _sniff_zip(data)
    # After the fixed-offset magics, so an image whose metadata mentions "%PDF-"
    # stays an image. Bytes before the marker are ignored by every PDF reader,
    # and a saved copy always ends in .pdf (safe_save_name).
    if data.find(b"%PDF-", 0, PDF_SEARCH_BYTES) != -1:
        return MediaType.PDF
    return _sniff_text(data)


def _check_size(data: bytes) -> None:
    if not data:
        raise EmptyDocument()
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentTooLarge()


def _is_program(data: bytes) -> bool:
    return data.startswith((_ELF, b"MZ", b"#!", _WINDOWS_SHORTCUT)) or data[:4] in _MACH_O


def _sniff_text(data: bytes) -> MediaType:
    """Plain text: UTF-8, or UTF-8/UTF-16 with a BOM, judged on the first 64 KiB."""
    sample = data[:TEXT_SAMPLE_BYTES]
    codec = "utf-8"
    for bom, bom_codec in _BOMS:
        if sample.startswith(bom):
            sample, codec = sample[len(bom) :], bom_codec
            break
    # Not final unless the sample is the whole file: the 64 KiB cut may fall
    # inside a character, which is not an error.
    decoder = codecs.getincrementaldecoder(codec)(errors="strict")
    try:
        text = decoder.decode(sample, final=len(data) <= TEXT_SAMPLE_BYTES)
    except UnicodeDecodeError:
        raise UnrecognisedDocument() from None
    if not text:
        raise EmptyDocument()
    if "\x00" in text:
        raise UnrecognisedDocument()
    controls = sum(
        1 for ch in text if ch not in _TEXT_WHITESPACE_CONTROLS and unicodedata.category(ch) == "Cc"
    )
    if controls > len(text) * _MAX_CONTROL_FRACTION:
        raise UnrecognisedDocument()
    blanks = _LEADING_BLANKS.match(text)
    body = text[blanks.end() :] if blanks else text
    if body.startswith("<"):
        # HTML, SVG, XML: may carry scripts that run wherever they are opened.
        raise WebPageRefused()
    if body.startswith("#!"):
        raise ProgramRefused()
    return MediaType.TEXT


# --- OLE2 compound files (Word 97-2003) -------------------------------------------

_OLE_MAX_REGULAR_SECTOR = 0xFFFFFFFA
_OLE_END_OF_CHAIN = 0xFFFFFFFE
_OLE_DIRECTORY_ENTRY = 128
_OLE_STORAGE, _OLE_STREAM, _OLE_ROOT = 1, 2, 5
# Root-storage CLSIDs of Windows Installer packages, patches and transforms
# ({000C1084-...}, {000C1086-...}, {000C1082-...}), as stored (little-endian).
_OLE_INSTALLER_CLSIDS = frozenset(
    bytes.fromhex(f"{first}0c0000000000c000000000000046") for first in ("8410", "8610", "8210")
)
# Word keeps VBA in a "Macros" storage; Excel in "_VBA_PROJECT_CUR"; both hold "VBA".
_OLE_MACRO_NAMES = frozenset({"macros", "_vba_project_cur", "_vba_project", "vba"})


@dataclass(frozen=True, slots=True)
class _OleDirectory:
    root_clsid: bytes
    names: frozenset[str]  # case-folded, as compound files compare names


def _sniff_ole2(data: bytes) -> MediaType:
    directory = _read_ole_directory(data)
    if directory.root_clsid in _OLE_INSTALLER_CLSIDS:
        raise ProgramRefused()
    if directory.names & _OLE_MACRO_NAMES:
        raise MacroRefused()
    if "encryptedpackage" in directory.names:
        # A password-protected DOCX/XLSX is wrapped in a compound file.
        raise PasswordProtectedDocument()
    if "worddocument" in directory.names:
        return MediaType.DOC
    # Excel 97, PowerPoint 97, Outlook messages, ...
    raise UnrecognisedDocument()


def _read_ole_directory(data: bytes) -> _OleDirectory:
    """The directory of a compound file (MS-CFB), reading no stream's contents."""
    try:
        return _parse_ole_directory(data)
    except struct.error:
        raise DamagedDocument() from None


def _uint(data: bytes, at: int, size: int = 4) -> int:
    """A little-endian unsigned integer of ``size`` bytes; struct.error past the end."""
    value: int = struct.unpack_from({1: "<B", 2: "<H", 4: "<I"}[size], data, at)[0]
    return value


def _parse_ole_directory(data: bytes) -> _OleDirectory:
    major, byte_order, sector_shift = (_uint(data, at, 2) for at in (26, 28, 30))
    if byte_order != 0xFFFE or (major, sector_shift) not in ((3, 9), (4, 12)):
        raise DamagedDocument()
    sector_size = 1 << sector_shift
    per_sector = sector_size // 4
    # Sectors that start inside the file; the header occupies sector "-1".
    sector_count = max(0, (len(data) - 1) // sector_size)
    first_directory_sector = _uint(data, 48)
    next_difat = _uint(data, 68)

    def offset(sector: int) -> int:
        if sector >= sector_count:
            raise DamagedDocument()
        return (sector + 1) * sector_size

    header_difat = (_uint(data, 76 + 4 * i) for i in range(109))
    fat_sectors = [s for s in header_difat if s <= _OLE_MAX_REGULAR_SECTOR]
    # Each DIFAT sector lists per_sector - 1 FAT sectors, each FAT sector maps
    # per_sector sectors: a file this size never needs more DIFAT sectors than this.
    difat_hops_left = sector_count // (per_sector * (per_sector - 1)) + 1
    while next_difat <= _OLE_MAX_REGULAR_SECTOR:
        difat_hops_left -= 1
        if difat_hops_left < 0:
            raise DamagedDocument()
        ids: tuple[int, ...] = struct.unpack_from(f"<{per_sector}I", data, offset(next_difat))
        fat_sectors.extend(s for s in ids[:-1] if s <= _OLE_MAX_REGULAR_SECTOR)
        # Checked as the list grows, so a forged chain cannot make it huge first.
        if len(fat_sectors) > sector_count:
            raise DamagedDocument()
        next_difat = ids[-1]
    if len(fat_sectors) > sector_count:
        raise DamagedDocument()

    def next_in_chain(sector: int) -> int:
        index, slot = divmod(sector, per_sector)
        if index >= len(fat_sectors):
            raise DamagedDocument()
        return _uint(data, offset(fat_sectors[index]) + 4 * slot)

    names: set[str] = set()
    root_clsid = b""
    entries = 0
    visited: set[int] = set()
    sector = first_directory_sector
    while sector != _OLE_END_OF_CHAIN:
        if sector > _OLE_MAX_REGULAR_SECTOR or sector in visited:
            raise DamagedDocument()
        visited.add(sector)
        start = offset(sector)
        for entry in range(start, start + sector_size, _OLE_DIRECTORY_ENTRY):
            entries += 1
            if entries > MAX_ARCHIVE_ENTRIES:
                raise UnsafeArchive()
            name_bytes, kind = _uint(data, entry + 64, 2), _uint(data, entry + 66, 1)
            if kind not in (_OLE_STORAGE, _OLE_STREAM, _OLE_ROOT):
                continue
            if not 2 <= name_bytes <= 64:
                raise DamagedDocument()
            name = data[entry : entry + name_bytes - 2].decode("utf-16-le", errors="replace")
            names.add(name.casefold())
            if kind == _OLE_ROOT and not root_clsid:
                root_clsid = data[entry + 80 : entry + 96]
        sector = next_in_chain(sector)
    if not root_clsid:
        raise DamagedDocument()
    return _OleDirectory(root_clsid, frozenset(names))


# --- ZIP-based formats (DOCX, XLSX, ODT) -------------------------------------------

_ZIP_END_OF_DIRECTORY = b"PK\x05\x06"
_ZIP_END_OF_DIRECTORY_SIZE = 22
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_LOCATOR_SIZE = 20
_ZIP_ENCRYPTED = 0x1
_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
_CHARACTER_REFERENCE = re.compile(r"&#(x[0-9a-f]+|[0-9]+);", re.IGNORECASE)
# What zipfile may raise on a malformed archive. Its messages quote part names,
# so they are never passed on (``from None``).
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    NotImplementedError,
    RuntimeError,
    ValueError,
    struct.error,
    EOFError,
    OSError,
    zlib.error,
    KeyError,
    IndexError,
    OverflowError,
)


def _sniff_zip(data: bytes) -> MediaType:
    _check_zip_directory(data)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return _classify_zip(archive)
    except _ZIP_ERRORS:
        raise DamagedDocument() from None


def _check_zip_directory(data: bytes) -> None:
    """Refuse archives whose directory is too big to parse, before zipfile parses it.

    Finds the end-of-central-directory record exactly as zipfile does.
    """
    last = len(data) - _ZIP_END_OF_DIRECTORY_SIZE
    if last >= 0 and data[last : last + 4] == _ZIP_END_OF_DIRECTORY and data[-2:] == b"\0\0":
        end = last
    else:
        end = data.rfind(_ZIP_END_OF_DIRECTORY, max(last - 0xFFFF - 1, 0))
        if end < 0 or end + _ZIP_END_OF_DIRECTORY_SIZE > len(data):
            raise DamagedDocument()
    locator = end - _ZIP64_LOCATOR_SIZE
    if locator >= 0 and data[locator : locator + 4] == _ZIP64_LOCATOR:
        # ZIP64 is for archives over 4 GiB or 65,535 parts; no document needs it,
        # and its records would let the directory size escape the check below.
        raise UnsafeArchive()
    entries, directory_bytes = _uint(data, end + 10, 2), _uint(data, end + 12)
    if entries > MAX_ARCHIVE_ENTRIES or directory_bytes > MAX_CENTRAL_DIRECTORY_BYTES:
        raise UnsafeArchive()


def _part_name(info: zipfile.ZipInfo) -> str:
    # OPC part names are case-insensitive; some writers use backslashes.
    return info.filename.replace("\\", "/").lstrip("/").casefold()


def _classify_zip(archive: zipfile.ZipFile) -> MediaType:
    infos = archive.infolist()
    if len(infos) > MAX_ARCHIVE_ENTRIES:
        raise UnsafeArchive()
    if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
        raise UnsafeArchive()
    names = [_part_name(info) for info in infos]
    name_set = frozenset(names)

    if name_set & {"meta-inf/manifest.mf", "classes.dex", "androidmanifest.xml"}:
        raise ProgramRefused()  # Java archive or Android app
    if any(name.rsplit("/", 1)[-1] == "vbaproject.bin" for name in names):
        raise MacroRefused()

    if "[content_types].xml" in name_set:
        # Every copy: with duplicate names, which one Office reads is its business.
        for info, name in zip(infos, names, strict=True):
            if name == "[content_types].xml":
                part = _read_small_part(archive, info, _MAX_CONTENT_TYPES_BYTES)
                if _declares_macros(part):
                    raise MacroRefused()
        if any(name.startswith("word/") for name in names):
            return MediaType.DOCX
        if any(name.startswith("xl/") for name in names):
            return MediaType.XLSX
        raise UnrecognisedDocument()  # PowerPoint, Visio, XPS, ...

    mimetypes = [info for info, name in zip(infos, names, strict=True) if name == "mimetype"]
    if mimetypes and all(
        _read_small_part(archive, info, _MAX_MIMETYPE_BYTES) == _ODT_MIMETYPE for info in mimetypes
    ):
        # OpenOffice keeps Basic macros under Basic/, other script languages under Scripts/.
        if any(name.startswith(("basic/", "scripts/")) for name in names):
            raise MacroRefused()
        return MediaType.ODT
    if mimetypes:
        raise UnrecognisedDocument()  # spreadsheet, presentation, ... of OpenDocument
    raise UnrecognisedDocument(_ARCHIVE_MESSAGE)


def _read_small_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """A part's bytes, decompressing at most ``limit`` + 1 bytes whatever its header claims."""
    if info.flag_bits & _ZIP_ENCRYPTED:
        raise PasswordProtectedDocument()
    # Deflate output is bounded per read (zipfile passes max_length); bzip2 and
    # LZMA are not, and Office never uses them.
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise DamagedDocument()
    if info.file_size > limit:
        raise UnsafeArchive()
    with archive.open(info) as part:
        content = part.read(limit + 1)
    if len(content) > limit:
        raise UnsafeArchive()
    return content


def _declares_macros(content_types: bytes) -> bool:
    if content_types.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = content_types.decode("utf-16", errors="replace")
    else:
        text = content_types.decode("utf-8", errors="replace")
    folded = text.casefold()
    if "<!doctype" in folded or "<!entity" in folded:
        # OPC forbids DTDs; one here could hide the content type behind an entity.
        raise DamagedDocument()
    decoded = _CHARACTER_REFERENCE.sub(_character, text).casefold()
    return "macroenabled" in decoded or "vbaproject" in decoded


def _character(match: re.Match[str]) -> str:
    """ "&#77;" and "&#x4D;" as the character an XML parser would read."""
    digits = match.group(1)
    code = int(digits[1:], 16) if digits[0] in "xX" else int(digits)
    return chr(code) if code <= 0x10FFFF else ""


# --- file names ---------------------------------------------------------------

_PATH_SEPARATORS = re.compile(r"[/\\]")
# Zero-width (non-)joiners are format characters too, but Persian, Dari, Pashto,
# Urdu and Indic names need them to spell correctly, and emoji use ZWJ.
_KEPT_FORMAT_CHARACTERS = frozenset("\u200c\u200d")
_DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs"})
_MAX_EXTENSION_CHARS = 16


def clean_filename(name: str) -> str:
    """The name shown in caseapp: last path part, NFC, no control or bidi tricks, <= 120."""
    last = _PATH_SEPARATORS.split(name)[-1]
    # Whitespace first (tabs, newlines, U+2028 become spaces), then control and
    # format characters: U+202E RIGHT-TO-LEFT OVERRIDE turns "cod.exe" into "exe.doc"
    # on screen. Lone surrogates (Cs) cannot be saved or shown. NFC last, since
    # dropping a character can put a letter next to an accent it composes with.
    kept = "".join(
        " " if ch.isspace() else ch
        for ch in last
        if ch.isspace()
        or ch in _KEPT_FORMAT_CHARACTERS
        or unicodedata.category(ch) not in _DROPPED_CATEGORIES
    )
    text = " ".join(unicodedata.normalize("NFC", kept).split())
    # Leading dots hide files on macOS and Linux, and ". ." would leave one behind.
    text = text.lstrip(". ")
    return _shorten(text, MAX_FILENAME_CHARS, max_bytes=None) or DEFAULT_FILENAME


def _split_extension(name: str) -> tuple[str, str]:
    """("stem", ".ext"), or (name, "") when the last dot does not start an extension."""
    stem, dot, ext = name.rpartition(".")
    if dot and stem and 1 <= len(ext) <= _MAX_EXTENSION_CHARS and " " not in ext:
        return stem, dot + ext
    return name, ""


def _shorten(name: str, max_chars: int, max_bytes: int | None) -> str:
    """Cut ``name`` to the limits, keeping its extension; never below one stem character."""

    def fits(text: str) -> bool:
        return len(text) <= max_chars and (
            max_bytes is None or len(text.encode("utf-8")) <= max_bytes
        )

    if fits(name):
        return name
    stem, ext = _split_extension(name)
    if len(ext) * 2 > max_chars:
        stem, ext = name, ""
    keep = min(len(stem), max_chars - len(ext))
    while keep > 1 and not fits(stem[:keep] + ext):
        keep -= 1
    return (stem[:keep].rstrip(" .") or stem[:1]) + ext


# --- names for saved copies ---------------------------------------------------------

_WINDOWS_FORBIDDEN = re.compile(r'[<>:"|?*]')
_WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$"}
    | {f"{device}{n}" for device in ("com", "lpt") for n in "0123456789\u00b9\u00b2\u00b3"}
)
# File systems cap a name at 255 bytes; leave room for " (2)" added by save dialogs.
_MAX_SAVE_NAME_BYTES = 240
# Extensions that name some file type. Only these are replaced when they do not
# match the contents; any other "extension" is part of the name ("J.Doe", "v. DHS").
_OTHER_EXTENSIONS = (
    "exe com bat cmd scr pif msi msp msix appx dll cpl sys lnk url reg inf hta "
    "js jse mjs vbs vbe wsf wsh ps1 psm1 sh bash zsh command py pyw pl rb php jar "
    "apk app dmg pkg deb rpm iso img bin "
    "html htm xhtml mht mhtml svg svgz xml xsl "
    "docm dotm xlsm xltm xlam pptm potm ppam "
    "dot dotx xls xlt xltx ppt pptx pps ppsx rtf ods odp odg "
    "csv tsv md log json eml msg ics vcf "
    "bmp ico avif jp2 raw dng psd "
    "zip rar 7z gz tgz bz2 xz tar cab"
)
_KNOWN_EXTENSIONS = frozenset(ext for media_type in MediaType for ext in media_type.extensions) | {
    f".{ext}" for ext in _OTHER_EXTENSIONS.split()
}


def safe_save_name(name: str, media_type: MediaType) -> str:
    """The name for a copy saved out: cleaned, safe on Windows, ending in the true extension.

    An extension that already fits the contents is kept as typed ("SCAN.JPG").
    Any known extension that does not is replaced, as many as are stacked, so a
    PDF called "photo.exe" saves as "photo.pdf" and "notice.pdf.exe" as
    "notice.pdf": appending instead ("photo.exe.pdf") would show as
    "photo.exe" where Windows hides extensions. Anything else after a dot is
    kept as part of the name ("J.Doe" saves as "J.Doe.pdf").
    """
    stem = _WINDOWS_FORBIDDEN.sub("_", clean_filename(name))
    ext = extension_for(media_type)
    while True:
        base, current = _split_extension(stem)
        if current.casefold() in media_type.extensions:
            stem, ext = base, current
            break
        if current.casefold() not in _KNOWN_EXTENSIONS:
            break
        stem = base
    # Windows drops trailing dots and spaces and reserves device names, even with
    # an extension ("CON.pdf", "aux .txt").
    stem = stem.rstrip(" .") or DEFAULT_FILENAME
    if stem.split(".", 1)[0].rstrip(" ").casefold() in _WINDOWS_RESERVED:
        stem = f"_{stem}"
    return _shorten(stem + ext, MAX_FILENAME_CHARS, max_bytes=_MAX_SAVE_NAME_BYTES)


# --- the check the service layer makes ---------------------------------------------


@dataclass(frozen=True, slots=True)
class AcceptedDocument:
    """A document that may be stored: its shown name, type, size and SHA-256.

    The name is left out of ``repr``: it often holds a client's name.
    """

    filename: str = field(repr=False)
    media_type: MediaType
    size: int
    sha256: str

    @property
    def save_name(self) -> str:
        """The name a copy saved out of the vault gets."""
        return safe_save_name(self.filename, self.media_type)


def check_document(filename: str, data: bytes) -> AcceptedDocument:
    """Decide whether ``data`` may be stored; raises a ``RefusedDocument`` subclass if not."""
    media_type = sniff(data)
    return AcceptedDocument(
        filename=clean_filename(filename),
        media_type=media_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
    )
