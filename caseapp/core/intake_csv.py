"""Intakes from a CSV file: the parser behind ``caseapp import --csv FILE``.

A clinic day typed up from paper forms, or an export from another tool: one
row per client, with the client's first records (numbers, a phone, an address,
the last entry, ...) and no cases. ``parse_csv`` turns the file's bytes into
``ClientPlan``s for the service layer, or into a list of ``RowError``s.

The import is ALL OR NOTHING: when ``errors`` is not empty the caller imports
nothing, and ``plans`` is empty so that it cannot do otherwise by mistake. A
half-imported clinic day is worse than a clear list of rows to fix: nobody can
tell afterwards which clients made it in, and re-importing the fixed file
would create the others twice.

Every value is checked by the same validators the screens use (``cleaned()``
on the records, ``validate_identity`` / ``validate_profile``), so a CSV cell
and a form field are refused with the same words. Those messages never contain
the value refused, and nothing here adds a cell's value to one: error lists
are shown, printed and pasted into bug reports. The one exception is a header
name that is not a column, which is named so that a typo can be found (header
names are column names, not client data; a file whose first line is data, not
a header, gets a message that names nothing).

``RowError.line`` is the physical line the row starts on (the header is line
1; a quoted cell with line breaks makes its row span several lines), or 0 when
the error is about the file as a whole.
"""

from __future__ import annotations

import codecs
import csv
import difflib
import io
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import MISSING, Field, dataclass, fields, replace
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, Self, TypeVar

from caseapp.core import case_codes
from caseapp.core import records as rec
from caseapp.core.clients import (
    ClientIdentity,
    ClientProfile,
    validate_identity,
    validate_profile,
)
from caseapp.core.errors import InvalidInput
from caseapp.core.intake import ClientPlan
from caseapp.core.text import MAX_NOTE_CHARS

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

MAX_CSV_BYTES = 25 * 1024 * 1024
MAX_ROWS = 50_000
# Longer than any name, address or number; a note may be long (MAX_NOTE_CHARS),
# though the csv module's own cell limit (csv.field_size_limit(), 131,072
# characters unless changed) comes first. That limit is process-wide state, so
# it is read here, never set.
MAX_CELL_CHARS = 1_000
MAX_ERRORS = 100
# Columns a header may have: the documented ones, with room for a few empty or extra.
MAX_COLUMNS = 200
WHOLE_FILE = 0  # RowError.line of an error about the file, not one row

_DELIMITERS = ",;\t"  # comma; semicolon (European Excel); tab (Excel "Unicode text")
# A header of every column is under 700 characters; a longer first line is not
# worth the Sniffer's regular expressions.
_MAX_SNIFF_CHARS = 10_000
_MAX_SHOWN_HEADER = 40

DATE_FORMATS = "YYYY-MM-DD or MM/DD/YYYY, month first: 1990-03-25 or 03/25/1990"
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_US_DATE = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")
_SHORT_YEAR = re.compile(r"[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-][0-9]{2}")

_YES = frozenset({"yes", "y", "true", "1", "sí", "si"})
_NO = frozenset({"no", "n", "false", "0"})

_TOO_BIG = (
    f"The file is larger than {MAX_CSV_BYTES // (1024 * 1024)} MB. Split it into files of "
    f"at most {MAX_CSV_BYTES // (1024 * 1024)} MB (and {MAX_ROWS:,} rows) each, "
    "and import them one by one."
)
_TOO_MANY_ROWS = (
    f"The file has more than {MAX_ROWS:,} rows. Split it into files of at most "
    f"{MAX_ROWS:,} rows each, and import them one by one."
)
_EMPTY = (
    "The file is empty. It needs a header row naming the columns "
    "(see caseapp import --columns) and one row per client."
)
_HEADER_ONLY = "The file has a header row but no clients below it."
_NOT_UTF8 = (
    "The file is not saved as UTF-8 text: from this line on it uses another encoding "
    "(such as Windows-1252), which would garble accented names. In Excel choose "
    'Save As > "CSV UTF-8 (Comma delimited)"; in LibreOffice choose Text CSV with the '
    'character set "Unicode (UTF-8)". Then import the new file.'
)
_BINARY = (
    "This is not a CSV text file: it contains NUL bytes, as a spreadsheet (.xlsx) or "
    'other binary file does. Save the sheet as "CSV UTF-8" in Excel or LibreOffice '
    "and import that file."
)
_NOT_A_HEADER = (
    "The first row must be the header row naming the columns, such as "
    "given_names,family_names,date_of_birth; none of its cells is a column caseapp "
    "knows. Add the header row (caseapp import --columns lists them)."
)
_YES_NO = "Write yes or no here (y/n, true/false, 1/0 and sí/no work too); empty means no."


@dataclass(frozen=True, slots=True)
class Column:
    """One documented column: the README and ``caseapp import --columns`` print these."""

    name: str
    required: bool
    description: str
    example: str


@dataclass(frozen=True, slots=True)
class RowError:
    """A problem to fix: the line the row starts on (0: the whole file), the column
    (a header name, or "" for the row or file), and what to do. Never a cell's value."""

    line: int
    column: str
    message: str


@dataclass(frozen=True, slots=True)
class CsvResult:
    """What a CSV file holds. ``plans`` is empty whenever ``errors`` is not
    (all or nothing); ``rows`` counts the client rows read, blank ones aside."""

    plans: tuple[ClientPlan, ...]
    errors: tuple[RowError, ...]
    rows: int


def _yes_no(what: str) -> str:
    return f"yes or no: {what} (empty means no)."


COLUMNS: tuple[Column, ...] = (
    Column("given_names", True, "Given name(s), as the client writes them.", "María José"),
    Column("family_names", False, "Family name(s): one or more surnames.", "García López"),
    Column("preferred_name", False, "The name the client wants to be called.", "Majo"),
    Column("date_of_birth", False, f"Date of birth: {DATE_FORMATS}.", "1990-03-25"),
    Column("gender", False, "Sex or gender, in the client's own words.", "Female"),
    Column("pronouns", False, "Pronouns, as the client gives them.", "she/her"),
    Column("country_of_birth", False, "Country code (GT) or English name.", "GT"),
    Column("citizenships", False, "Countries of citizenship, separated by semicolons.", "GT;MX"),
    Column(
        "languages",
        False,
        "Languages (code or English name), separated by semicolons; the first is the "
        "preferred language.",
        "mam;spa",
    ),
    Column("interpreter_needed", False, _yes_no("does the client need an interpreter"), "yes"),
    Column(
        "immigration_status",
        False,
        "Current status, one of: "
        + ", ".join(case_codes.IMMIGRATION_STATUSES.keys)
        + "; empty means unknown.",
        "asylum_pending",
    ),
    Column(
        "status_expires", False, f"When the current status expires: {DATE_FORMATS}.", "2026-09-30"
    ),
    Column(
        "region",
        False,
        "Poverty-guideline region: 48_states_dc, alaska or hawaii; empty means 48_states_dc.",
        "48_states_dc",
    ),
    Column("a_number", False, "A-number: 7 to 9 digits, with or without the A.", "A123-456-789"),
    Column("itin", False, "ITIN: 9 digits, starting with 9.", "912-70-1234"),
    Column("ssn", False, "Social Security number: 9 digits.", "123-45-6789"),
    Column(
        "phone",
        False,
        "Phone number; include the country code (+502) when it is not a US number.",
        "(415) 555-0123",
    ),
    Column("phone_label", False, "What the phone is: mobile, work, a neighbour's.", "mobile"),
    Column("phone_safe_to_call", False, _yes_no("is it safe to call this number"), "yes"),
    Column("phone_safe_to_text", False, _yes_no("is it safe to text this number"), "yes"),
    Column("phone_safe_to_voicemail", False, _yes_no("is it safe to leave a voicemail"), "no"),
    Column("email", False, "E-mail address.", "maria@example.org"),
    Column(
        "address_line1",
        False,
        "Street address; required when any other address column is filled.",
        "123 Main St",
    ),
    Column("address_line2", False, "Apartment, unit or c/o.", "Apt 4"),
    Column("city", False, "City.", "Oakland"),
    Column("state", False, "State or region (two letters for a US state).", "CA"),
    Column("postal_code", False, "ZIP code (5 or 5+4 digits in the US).", "94601"),
    Column("address_country", False, "Country of the address; empty means US.", "US"),
    Column("safe_to_mail", False, _yes_no("is it safe to send mail to this address"), "no"),
    Column(
        "last_entry_date",
        False,
        f"The last entry to the United States (it starts the one-year asylum clock): "
        f"{DATE_FORMATS}.",
        "2023-11-02",
    ),
    Column("entry_place", False, "Where the client entered.", "San Ysidro, CA"),
    Column(
        "entry_manner",
        False,
        "How the client entered, one of: "
        + ", ".join(case_codes.ENTRY_MANNERS.keys)
        + "; empty means unknown.",
        "without_inspection",
    ),
    Column("alias_given_names", False, "Given name(s) of another name the client used.", "Mari"),
    Column("alias_family_names", False, "Family name(s) of that other name.", "López"),
    Column(
        "monthly_income",
        False,
        "The client's monthly income from work, in dollars and cents.",
        "1800.00",
    ),
    Column(
        "note",
        False,
        "An intake note; it may span several lines inside double quotes.",
        "Referred by the clinic.",
    ),
)
_KNOWN = frozenset(column.name for column in COLUMNS)


# -- decoding ------------------------------------------------------------------


def _breaks(text: str) -> int:
    """Line breaks as a text editor counts them: \\n, \\r\\n and a lone \\r."""
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def _byte_breaks(data: bytes) -> int:
    return data.count(b"\n") + data.count(b"\r") - data.count(b"\r\n")


def _decode(data: bytes) -> str | RowError:
    """The text of the file, or the one error saying how to save it instead."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return RowError(1, "", _NOT_UTF8)
    if data.startswith(codecs.BOM_UTF16_LE):
        codec, body = "utf-16-le", data[2:]
    elif data.startswith(codecs.BOM_UTF16_BE):
        codec, body = "utf-16-be", data[2:]
    else:
        codec, body = "utf-8", data.removeprefix(codecs.BOM_UTF8)
        nul = body.find(b"\x00")
        if nul >= 0:
            return RowError(_byte_breaks(body[:nul]) + 1, "", _BINARY)
    try:
        text = body.decode(codec)
    except UnicodeDecodeError as exc:
        # Everything before the first bad byte decodes: count its lines.
        return RowError(_breaks(body[: exc.start].decode(codec)) + 1, "", _NOT_UTF8)
    nul_char = text.find("\x00")
    if nul_char >= 0:
        return RowError(_breaks(text[:nul_char]) + 1, "", _BINARY)
    return text


def _lines(text: str) -> io.StringIO:
    # newline="": lines end at \n, \r\n or \r, and reach the csv module untranslated,
    # as its documentation requires (a quoted cell keeps its own line breaks).
    return io.StringIO(text, newline="")


def _delimiter(text: str) -> str:
    """Comma, semicolon or tab, from the header line; comma when it cannot be told."""
    line = next((line for line in _lines(text) if line.strip()), "")
    if not line or len(line) > _MAX_SNIFF_CHARS:
        return ","
    try:
        found = csv.Sniffer().sniff(line, delimiters=_DELIMITERS).delimiter
    except csv.Error:  # one column: nothing to tell
        return ","
    return found if found in _DELIMITERS else ","


def _records(text: str, delimiter: str) -> Iterator[tuple[int, list[str] | csv.Error]]:
    """(line the row starts on, its cells or the csv error), skipping blank rows.

    After an error the csv module starts afresh on the next line, so the rows
    after a stray quote are still read and checked.
    """
    reader = csv.reader(
        _lines(text),
        delimiter=delimiter,
        quotechar='"',
        doublequote=True,
        skipinitialspace=False,
        strict=True,
    )
    consumed = 0
    while True:
        start = consumed + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            consumed = reader.line_num
            yield start, exc
            continue
        consumed = reader.line_num
        if any(cell.strip() for cell in row):
            yield start, row


def _too_many_rows(text: str, delimiter: str) -> bool:
    # A file has at most one row per line: only when there are more lines than
    # that can hold must the rows be counted (a note's line breaks are not rows).
    if _breaks(text) <= MAX_ROWS:
        return False
    numbered = enumerate(_records(text, delimiter), start=1)
    return any(n > MAX_ROWS + 1 for n, _ in numbered)  # + 1: the header row is not a client


def _csv_problem(exc: csv.Error) -> str:
    text = str(exc)
    if "field larger than field limit" in text:
        return (
            f"A cell in this row is longer than {csv.field_size_limit():,} characters, the "
            "most a CSV cell can hold here. Shorten it; a long note can be added in "
            "caseapp after the import."
        )
    if "unexpected end of data" in text:
        return (
            "A quoted cell that starts in this row is never closed: a double quote is "
            "missing or stray. Check the quotation marks in this row."
        )
    return (
        "A double quote is out of place in this row. A quoted cell must end with a quote "
        'followed by the delimiter, and a quote inside a cell is written twice ("").'
    )


# -- the header ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Header:
    index: Mapping[str, int]  # known column -> its position
    unnamed: tuple[int, ...]  # positions with an empty header cell
    width: int


def _shown(header: str) -> str:
    """A header cell fit for a message: printable, and short."""
    text = "".join(ch for ch in header.strip() if ch.isprintable())
    return text if len(text) <= _MAX_SHOWN_HEADER else text[: _MAX_SHOWN_HEADER - 1] + "…"


def _read_header(cells: list[str], line: int, report: Callable[[str, str], None]) -> _Header | None:
    """The columns, reporting unknown and repeated names; None if rows cannot be read."""
    if len(cells) > MAX_COLUMNS:
        # Far past the documented columns: not an intake sheet, and comparing
        # every cell with the known names would take minutes.
        report(
            "",
            f"The first row has {len(cells):,} columns; an intake file has at most "
            f"{len(COLUMNS)}. Check that this is the right file.",
        )
        return None
    names = [cell.strip().lower() for cell in cells]
    if not _KNOWN.intersection(names):
        # Perhaps the first row is a client: name nothing.
        report("", _NOT_A_HEADER)
        return None
    index: dict[str, int] = {}
    unnamed: list[int] = []
    repeated: set[str] = set()
    for position, (cell, name) in enumerate(zip(cells, names, strict=True)):
        if not name:
            unnamed.append(position)
        elif name in index:
            if name not in repeated:
                repeated.add(name)
                report(name, f"The {name} column appears more than once; keep one.")
        elif name in _KNOWN:
            index[name] = position
        else:
            shown = _shown(cell)
            close = difflib.get_close_matches(name, sorted(_KNOWN), n=1)
            hint = f'; did you mean "{close[0]}"?' if close else "."
            report(
                shown,
                f'"{shown}" is not a column caseapp knows{hint} Rename the column '
                "(caseapp import --columns lists them) so that its data is not left out.",
            )
    if "given_names" not in index:
        report("given_names", "The file has no given_names column; every client needs one.")
        return None
    return _Header(index, tuple(unnamed), len(cells))


# -- one row -------------------------------------------------------------------

D = TypeVar("D", bound="DataclassInstance")


class _Record(Protocol):
    """What the records of core.records share: dataclass fields and ``cleaned``."""

    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]

    def cleaned(self, today: date) -> Self: ...


R = TypeVar("R", bound=_Record)


@dataclass(frozen=True, slots=True)
class _Shape(Generic[D]):
    """How a value's fields map to columns, so that a validator's error lands on
    the column to fix.

    ``columns`` pairs fields with columns. ``base`` is a valid value each field
    is tried on alone; without one, the value with only its first field is (so
    that field, the required one, must be valid before the others are tried).
    ``context`` fields are kept in every try (an address's country decides what
    a valid ZIP code is). ``fallback`` is the main column: it gets the error when
    no single field explains it.
    """

    columns: tuple[tuple[str, str], ...]
    fallback: str
    base: D | None = None
    context: tuple[str, ...] = ()


def _defaults(value: DataclassInstance) -> dict[str, object]:
    return {f.name: f.default for f in fields(value) if f.default is not MISSING}


def _problem(validate: Callable[[D], object], value: D) -> str | None:
    try:
        validate(value)
    except InvalidInput as exc:
        return str(exc)
    return None


# Placeholders are never stored: they are valid values to try one field against.
_IDENTITY: _Shape[ClientIdentity] = _Shape(
    (
        ("given_names", "given_names"),
        ("family_names", "family_names"),
        ("preferred_name", "preferred_name"),
        ("date_of_birth", "date_of_birth"),
    ),
    "given_names",
    base=ClientIdentity(given_names="x"),
)
_PROFILE: _Shape[ClientProfile] = _Shape(
    (
        ("gender", "gender"),
        ("pronouns", "pronouns"),
        ("country_of_birth", "country_of_birth"),
        ("citizenships", "citizenships"),
        ("languages", "languages"),
        ("immigration_status", "immigration_status"),
        ("status_expires", "status_expires"),
        ("region", "region"),
    ),
    "",
    base=ClientProfile(),
)
_PHONE: _Shape[rec.Phone] = _Shape((("number", "phone"), ("label", "phone_label")), "phone")
_EMAIL: _Shape[rec.Email] = _Shape((("address", "email"),), "email")
_ADDRESS: _Shape[rec.Address] = _Shape(
    (
        ("country", "address_country"),
        ("line1", "address_line1"),
        ("line2", "address_line2"),
        ("city", "city"),
        ("region", "state"),
        ("postal_code", "postal_code"),
    ),
    "address_line1",
    base=rec.Address(line1="x"),
    context=("country",),
)
_ENTRY: _Shape[rec.Entry] = _Shape(
    (("entry_date", "last_entry_date"), ("place", "entry_place"), ("manner", "entry_manner")),
    "last_entry_date",
)
_ALIAS: _Shape[rec.Alias] = _Shape(
    (("given_names", "alias_given_names"), ("family_names", "alias_family_names")),
    "alias_given_names",
)
_INCOME: _Shape[rec.Income] = _Shape((("amount", "monthly_income"),), "monthly_income")
_NOTE: _Shape[rec.Note] = _Shape((("body", "note"),), "note")
_IDENTIFIERS = (("a_number", "a_number"), ("itin", "itin"), ("ssn", "ssn"))
_PHONE_COLUMNS = (
    "phone",
    "phone_label",
    "phone_safe_to_call",
    "phone_safe_to_text",
    "phone_safe_to_voicemail",
)
_ADDRESS_COLUMNS = (
    "address_line1",
    "address_line2",
    "city",
    "state",
    "postal_code",
    "address_country",
    "safe_to_mail",
)


def parse_date(text: str) -> date:
    """A date as the file writes it: YYYY-MM-DD, or MM/DD/YYYY as on US paper forms."""
    text = text.strip()
    iso = _ISO_DATE.fullmatch(text)
    us = None if iso else _US_DATE.fullmatch(text)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
    elif us:
        month, day, year = (int(part) for part in us.groups())
    elif _SHORT_YEAR.fullmatch(text):
        raise InvalidInput(
            f"Write the year with all 4 digits: a 2-digit year could be 19xx or 20xx. "
            f"Use {DATE_FORMATS}."
        )
    else:
        raise InvalidInput(f"Write the date as {DATE_FORMATS}.")
    try:
        return date(year, month, day)
    except ValueError:
        raise InvalidInput(
            f"That date does not exist; check the day and the month. Write dates as {DATE_FORMATS}."
        ) from None


def parse_yes_no(text: str) -> bool:
    """yes/no, y/n, true/false, 1/0 or sí/no, in any case; empty is no."""
    folded = unicodedata.normalize("NFC", text).strip().casefold()
    if folded in _YES:
        return True
    if folded in _NO or not folded:
        return False
    raise InvalidInput(_YES_NO)


class _Row:
    """One client row being read: its cells, and the errors found in them."""

    __slots__ = ("failed", "line", "report", "today", "values")

    def __init__(
        self,
        values: Mapping[str, str],
        line: int,
        today: date,
        report: Callable[[int, str, str], None],
    ) -> None:
        self.values = values
        self.line = line
        self.today = today
        self.report = report
        self.failed = False

    def get(self, column: str) -> str:
        return self.values.get(column, "")

    def fail(self, column: str, message: str) -> None:
        self.failed = True
        self.report(self.line, column, message)

    def any_filled(self, columns: tuple[str, ...]) -> bool:
        return any(self.get(column) for column in columns)

    def date(self, column: str) -> date | None:
        text = self.get(column)
        if not text:
            return None
        try:
            return parse_date(text)
        except InvalidInput as exc:
            self.fail(column, str(exc))
            return None

    def flag(self, column: str) -> bool:
        try:
            return parse_yes_no(self.get(column))
        except InvalidInput as exc:
            self.fail(column, str(exc))
            return False

    def check(self, validate: Callable[[D], D], full: D, shape: _Shape[D]) -> D | None:
        """The validated value, or None with each bad field reported on its column."""
        try:
            return validate(full)
        except InvalidInput as exc:
            first = str(exc)
        base, tried = shape.base, shape.columns
        if base is None:
            defaults = _defaults(full)
            base = replace(full, **{name: defaults[name] for name, _ in shape.columns[1:]})
            message = _problem(validate, base)
            if message is not None:
                self.fail(shape.columns[0][1], message)
                return None
            tried = shape.columns[1:]
        kept = {
            name: getattr(full, name)
            for name in shape.context
            if _problem(validate, replace(base, **{name: getattr(full, name)})) is None
        }
        if len(kept) < len(shape.context):
            # A bad country: what a valid postcode is there cannot be told, so
            # only the context and the main field are tried.
            tried = tuple(p for p in tried if p[0] in shape.context or p[1] == shape.fallback)
        found = False
        for name, column in tried:
            value = getattr(full, name)
            if value == getattr(base, name):
                continue
            message = _problem(validate, replace(base, **{**kept, name: value}))
            if message is not None:
                self.fail(column, message)
                found = True
        if not found:  # the fields are fine alone, not together
            self.fail(shape.fallback, first)
        return None

    def cleaned(self, record: R, shape: _Shape[R]) -> R | None:
        return self.check(lambda r: r.cleaned(self.today), record, shape)

    def plan(self) -> ClientPlan | None:
        today = self.today
        identity = self.check(
            lambda i: validate_identity(i, today=today),
            ClientIdentity(
                given_names=self.get("given_names"),
                family_names=self.get("family_names"),
                preferred_name=self.get("preferred_name"),
                date_of_birth=self.date("date_of_birth"),
            ),
            _IDENTITY,
        )
        profile = self.check(
            lambda p: validate_profile(p, today=today),
            ClientProfile(
                gender=self.get("gender"),
                pronouns=self.get("pronouns"),
                country_of_birth=self.get("country_of_birth"),
                citizenships=tuple(self.get("citizenships").split(";")),
                languages=tuple(self.get("languages").split(";")),
                interpreter_needed=self.flag("interpreter_needed"),
                immigration_status=self.get("immigration_status") or "unknown",
                status_expires=self.date("status_expires"),
                region=self.get("region") or "48_states_dc",
            ),
            _PROFILE,
        )
        found = [*self._identifiers(), *self._contacts(), *self._history(identity)]
        if self.failed or identity is None or profile is None:
            return None
        return ClientPlan(
            identity=identity,
            profile=profile,
            records=tuple((rec.new_uuid(), record) for record in found),
            source=f"line {self.line}",
        )

    def _identifiers(self) -> Iterator[rec.Record]:
        for kind, column in _IDENTIFIERS:
            if self.get(column):
                shape: _Shape[rec.Identifier] = _Shape((("value", column),), column)
                identifier = self.cleaned(rec.Identifier(kind, self.get(column)), shape)
                if identifier is not None:
                    yield identifier

    def _contacts(self) -> Iterator[rec.Record]:
        if self.any_filled(_PHONE_COLUMNS):
            phone = rec.Phone(
                number=self.get("phone"),
                label=self.get("phone_label"),
                safe_to_call=self.flag("phone_safe_to_call"),
                safe_to_text=self.flag("phone_safe_to_text"),
                safe_to_voicemail=self.flag("phone_safe_to_voicemail"),
                primary=True,
            )
            if (cleaned_phone := self.cleaned(phone, _PHONE)) is not None:
                yield cleaned_phone
        if self.get("email"):
            email = rec.Email(address=self.get("email"), primary=True)
            if (cleaned_email := self.cleaned(email, _EMAIL)) is not None:
                yield cleaned_email
        if self.any_filled(_ADDRESS_COLUMNS):
            address = rec.Address(
                line1=self.get("address_line1"),
                line2=self.get("address_line2"),
                city=self.get("city"),
                region=self.get("state"),
                postal_code=self.get("postal_code"),
                country=self.get("address_country") or "US",
                safe_to_mail=self.flag("safe_to_mail"),
            )
            if (cleaned_address := self.cleaned(address, _ADDRESS)) is not None:
                yield cleaned_address

    def _history(self, identity: ClientIdentity | None) -> Iterator[rec.Record]:
        entry_date = self.date("last_entry_date")
        if entry_date is not None:
            entry = self.cleaned(
                rec.Entry(
                    entry_date=entry_date,
                    place=self.get("entry_place"),
                    manner=self.get("entry_manner") or "unknown",
                ),
                _ENTRY,
            )
            born = identity.date_of_birth if identity is not None else None
            if entry is not None and born is not None and entry.entry_date < born:
                self.fail(
                    "last_entry_date",
                    "The date of entry is before the date of birth; check both dates.",
                )
            elif entry is not None:
                yield entry
        elif not self.get("last_entry_date") and self.any_filled(("entry_place", "entry_manner")):
            self.fail(
                "last_entry_date",
                "A place or manner of entry needs the date of entry too "
                "(an estimate is fine; say so in the note).",
            )
        if self.any_filled(("alias_given_names", "alias_family_names")):
            alias = rec.Alias(
                given_names=self.get("alias_given_names"),
                family_names=self.get("alias_family_names"),
            )
            if (cleaned_alias := self.cleaned(alias, _ALIAS)) is not None:
                yield cleaned_alias
        if self.get("monthly_income"):
            try:
                amount = rec.parse_amount(self.get("monthly_income"), "The monthly income")
            except InvalidInput as exc:
                self.fail("monthly_income", str(exc))
            else:
                income = self.cleaned(rec.Income(amount, "monthly", "employment"), _INCOME)
                if income is not None:
                    yield income
        note = rec.Note(self.get("note"))
        if note.body.strip() and (cleaned_note := self.cleaned(note, _NOTE)) is not None:
            yield cleaned_note


def _read_row(
    cells: list[str],
    line: int,
    header: _Header,
    today: date,
    report: Callable[[int, str, str], None],
) -> ClientPlan | None:
    if len(cells) > header.width:
        report(
            line,
            "",
            f"This row has {len(cells)} cells but the header row names {header.width} "
            "columns. A cell holding the delimiter (a comma in an address, say) must be "
            "in double quotes.",
        )
        return None
    readable = True
    for position in header.unnamed:
        if position < len(cells) and cells[position].strip():
            report(
                line,
                "",
                f"Column {position + 1} has no name in the header row, but this row fills "
                "it. Name the column or clear the cell.",
            )
            readable = False
    values: dict[str, str] = {}
    for name, position in header.index.items():
        cell = cells[position] if position < len(cells) else ""
        limit = MAX_NOTE_CHARS if name == "note" else MAX_CELL_CHARS
        if len(cell) > limit:
            report(line, name, f"This cell is longer than {limit:,} characters; shorten it.")
            readable = False
        # A note keeps its lines and indentation (clean_text tidies it); the rest is trimmed.
        values[name] = cell if name == "note" else cell.strip()
    if not readable:
        return None
    return _Row(values, line, today, report).plan()


# -- the file ------------------------------------------------------------------


class _Errors:
    """The errors found, the first MAX_ERRORS listed and the rest counted."""

    __slots__ = ("listed", "more")

    def __init__(self) -> None:
        self.listed: list[RowError] = []
        self.more = 0

    def add(self, line: int, column: str, message: str) -> None:
        if len(self.listed) < MAX_ERRORS:
            self.listed.append(RowError(line, column, message))
        else:
            self.more += 1

    def result(self) -> tuple[RowError, ...]:
        if not self.more:
            return tuple(self.listed)
        many = "errors were" if self.more != 1 else "error was"
        return (
            *self.listed,
            RowError(
                WHOLE_FILE,
                "",
                f"{self.more:,} more {many} not listed. Fix the ones above and import "
                "the file again to see the rest.",
            ),
        )


def _refused(line: int, message: str) -> CsvResult:
    return CsvResult((), (RowError(line, "", message),), 0)


def parse_csv(data: bytes, *, today: date) -> CsvResult:
    """Read a CSV file of intakes: a plan per client row, or every error (all or nothing)."""
    if len(data) > MAX_CSV_BYTES:  # before anything is decoded or copied
        return _refused(WHOLE_FILE, _TOO_BIG)
    text = _decode(data)
    if isinstance(text, RowError):
        return CsvResult((), (text,), 0)
    if not text.strip():
        return _refused(WHOLE_FILE, _EMPTY)
    delimiter = _delimiter(text)
    if _too_many_rows(text, delimiter):
        return _refused(WHOLE_FILE, _TOO_MANY_ROWS)

    errors = _Errors()
    rows = _records(text, delimiter)
    first = next(rows, None)
    if first is None:  # only delimiters and blank lines
        return _refused(WHOLE_FILE, _EMPTY)
    header_line, header_cells = first
    if isinstance(header_cells, csv.Error):
        return _refused(header_line, _csv_problem(header_cells))
    header = _read_header(
        header_cells, header_line, lambda column, message: errors.add(header_line, column, message)
    )
    if header is None:
        return CsvResult((), errors.result(), 0)

    plans: list[ClientPlan] = []
    count = 0
    for line, cells in rows:
        count += 1
        if isinstance(cells, csv.Error):
            errors.add(line, "", _csv_problem(cells))
            continue
        plan = _read_row(cells, line, header, today, errors.add)
        if plan is not None:
            plans.append(plan)
    if count == 0:
        errors.add(WHOLE_FILE, "", _HEADER_ONLY)
    listed = errors.result()
    return CsvResult(() if listed else tuple(plans), listed, count)
