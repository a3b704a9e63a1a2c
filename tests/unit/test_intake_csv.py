"""Intakes from CSV: what a clinic's spreadsheet becomes, and how its mistakes are reported."""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
from datetime import date
from decimal import Decimal

import pytest

from caseapp.core import records as rec
from caseapp.core.intake_csv import (
    COLUMNS,
    MAX_CSV_BYTES,
    MAX_ERRORS,
    MAX_ROWS,
    CsvResult,
    RowError,
    parse_csv,
)

TODAY = date(2025, 6, 1)
PLANTED = "Zqxwv"  # a value no message may ever repeat


def _csv(*rows: list[str], delimiter: str = ",") -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("utf-8")


def _parse(data: bytes) -> CsvResult:
    return parse_csv(data, today=TODAY)


def _where(result: CsvResult) -> list[tuple[int, str]]:
    return [(e.line, e.column) for e in result.errors]


def _records(result: CsvResult, index: int = 0) -> dict[str, rec.Record]:
    return {record.KIND: record for _, record in result.plans[index].records}


# -- good files ----------------------------------------------------------------

NAMES = [
    # Decomposed (NFD) on purpose: keyboards and PDFs produce both forms.
    (unicodedata.normalize("NFD", "Nguyễn Thị"), unicodedata.normalize("NFD", "Hương")),
    ("Анна Сергеевна", "Кузнецова"),
    ("محمد", "عبد الله"),
    ("伟", "王"),
    ("አበበ", "ቢቂላ"),
    ("José Ángel", "Muñoz Peña"),
]


def test_names_in_many_scripts_come_back_exactly_in_nfc() -> None:
    result = _parse(_csv(["given_names", "family_names"], *[list(n) for n in NAMES]))
    assert result.errors == ()
    assert result.rows == len(NAMES)
    got = [(p.identity.given_names, p.identity.family_names) for p in result.plans]
    assert got == [tuple(unicodedata.normalize("NFC", part) for part in n) for n in NAMES]
    assert [p.source for p in result.plans] == [f"line {n}" for n in range(2, 2 + len(NAMES))]


FULL_ROW = {
    "given_names": "María José",
    "family_names": "García López",
    "preferred_name": "Majo",
    "date_of_birth": "03/25/1990",
    "gender": "Female",
    "pronouns": "she/her",
    "country_of_birth": "Guatemala",
    "citizenships": "GT;MX",
    "languages": "mam;Spanish",
    "interpreter_needed": "sí",
    "immigration_status": "asylum_pending",
    "status_expires": "2026-09-30",
    "region": "hawaii",
    "a_number": "A12-345-678",
    "itin": "912-70-1234",
    "ssn": "123-45-6789",
    "phone": "(415) 555-0123",
    "phone_label": "mobile",
    "phone_safe_to_call": "yes",
    "phone_safe_to_text": "Y",
    "phone_safe_to_voicemail": "0",
    "email": "Maria@Example.ORG",
    "address_line1": "123 Main St",
    "address_line2": "Apt 4",
    "city": "Oakland",
    "state": "ca",
    "postal_code": "94601",
    "address_country": "",
    "safe_to_mail": "TRUE",
    "last_entry_date": "2023-11-02",
    "entry_place": "San Ysidro, CA",
    "entry_manner": "without_inspection",
    "alias_given_names": "Mari",
    "alias_family_names": "López",
    "monthly_income": "$1,250.50",
    "note": 'First line\nSecond line, with a comma and "quotes"',
}


def test_every_column_lands_on_its_field() -> None:
    assert set(FULL_ROW) == {c.name for c in COLUMNS}
    result = _parse(_csv(list(FULL_ROW), list(FULL_ROW.values())))
    assert result.errors == ()
    (plan,) = result.plans
    assert plan.identity.given_names == "María José"
    assert plan.identity.family_names == "García López"
    assert plan.identity.preferred_name == "Majo"
    assert plan.identity.date_of_birth == date(1990, 3, 25)
    profile = plan.profile
    assert (profile.gender, profile.pronouns) == ("Female", "she/her")
    assert profile.country_of_birth == "GT"
    assert profile.citizenships == ("GT", "MX")
    assert profile.languages == ("mam", "spa")
    assert profile.interpreter_needed is True
    assert profile.immigration_status == "asylum_pending"
    assert profile.status_expires == date(2026, 9, 30)
    assert profile.region == "hawaii"

    kinds = [record.KIND for _, record in plan.records]
    assert kinds.count("identifier") == 3
    identifiers = {r.kind: r.value for _, r in plan.records if isinstance(r, rec.Identifier)}
    assert identifiers == {"a_number": "012345678", "itin": "912701234", "ssn": "123456789"}
    by_kind = _records(result)
    assert by_kind["phone"] == rec.Phone(
        "+14155550123", "mobile", safe_to_call=True, safe_to_text=True, primary=True
    )
    assert by_kind["email"] == rec.Email("Maria@example.org", primary=True)
    assert by_kind["address"] == rec.Address(
        "123 Main St", "Apt 4", "Oakland", "CA", "94601", "US", safe_to_mail=True
    )
    assert by_kind["entry"] == rec.Entry(date(2023, 11, 2), "San Ysidro, CA", "without_inspection")
    assert by_kind["alias"] == rec.Alias("Mari", "López")
    assert by_kind["income"] == rec.Income(Decimal("1250.50"), "monthly", "employment")
    assert by_kind["note"] == rec.Note('First line\nSecond line, with a comma and "quotes"')
    uuids = [uuid for uuid, _ in plan.records]
    assert len(set(uuids)) == len(uuids) == 10
    assert all(rec.check_uuid(u, "record", required=True) == u for u in uuids)


def test_only_given_names_is_required_and_empty_cells_add_nothing() -> None:
    assert [c.name for c in COLUMNS if c.required] == ["given_names"]
    result = _parse(_csv(["given_names", "phone", "note", "safe_to_mail"], ["Ana", "", " ", ""]))
    assert result.errors == ()
    (plan,) = result.plans
    assert plan.records == ()
    assert plan.profile.interpreter_needed is False
    assert plan.profile.immigration_status == "unknown"


def test_headers_ignore_case_spaces_and_order() -> None:
    result = _parse(_csv([" Family_Names ", "GIVEN_NAMES"], ["López", "Ana"]))
    assert result.errors == ()
    assert result.plans[0].identity.family_names == "López"
    assert result.plans[0].identity.given_names == "Ana"


def test_columns_are_documented() -> None:
    assert len({c.name for c in COLUMNS}) == len(COLUMNS) == 36
    assert all(c.description.strip() and c.example for c in COLUMNS)
    # Every documented example is itself accepted.
    result = _parse(_csv([c.name for c in COLUMNS], [c.example for c in COLUMNS]))
    assert result.errors == ()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("1990-03-25", date(1990, 3, 25)), ("3/5/1990", date(1990, 3, 5)), ("12/31/1999", None)],
)
def test_dates_read_iso_and_us_month_first(typed: str, expected: date | None) -> None:
    result = _parse(_csv(["given_names", "date_of_birth"], ["Ana", typed]))
    assert result.errors == ()
    assert result.plans[0].identity.date_of_birth == (expected or date(1999, 12, 31))


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("03/25/90", "4 digits"),
        ("25.03.1990", "YYYY-MM-DD or MM/DD/YYYY"),
        ("1990/03/25", "YYYY-MM-DD or MM/DD/YYYY"),
        ("March 25, 1990", "YYYY-MM-DD or MM/DD/YYYY"),
        ("25/03/1990", "does not exist"),
        ("1990-02-30", "does not exist"),
    ],
)
def test_other_date_formats_are_refused_with_the_format_to_use(typed: str, words: str) -> None:
    result = _parse(_csv(["given_names", "date_of_birth"], ["Ana", typed]))
    (error,) = result.errors
    assert (error.line, error.column) == (2, "date_of_birth")
    assert words in error.message
    assert result.plans == ()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("yes", True), ("Sí", True), ("si", True), ("1", True), ("n", False), ("", False)],
)
def test_yes_no_cells(typed: str, expected: bool) -> None:
    result = _parse(_csv(["given_names", "interpreter_needed"], ["Ana", typed]))
    assert result.plans[0].profile.interpreter_needed is expected


def test_an_unclear_yes_no_is_an_error() -> None:
    result = _parse(_csv(["given_names", "phone", "phone_safe_to_text"], ["Ana", "", "maybe"]))
    assert _where(result) == [(2, "phone_safe_to_text"), (2, "phone")]


# -- mistakes, and where they are reported -------------------------------------

BAD_FILE = (
    "given_names,family_names,date_of_birth,a_number,itin,note\r\n"  # 1
    'Ana,Pérez,1990-01-01,A123456789,,"a note\r\n'  # 2
    "over three\r\n"  # 3
    'lines"\r\n'  # 4
    "Luis,Soto,1990-01-01,12,,\r\n"  # 5: bad A-number
    "Eva,Ruiz,1990-01-01,,912-66-1234,\r\n"  # 6: ITIN group 66
    "Ivan,Ros,2030-01-01,,,\r\n"  # 7: future date of birth
    "Olga,Paz,01-02-1990,,,\r\n"  # 8: bad date format
    ",Nadie,1990-01-01,,,\r\n"  # 9: no given name
    "\r\n"  # 10: blank, skipped
    ',,,,,""\r\n'  # 11: every cell empty, skipped
    "Tom,Gil,1990-01-01,,,,extra\r\n"  # 12: more cells than headers
    'Raúl,"Mar"tín,1990-01-01,,,\r\n'  # 13: stray quote
    'Sara,Vega,1990-01-01,,,"two\r\n'  # 14
    'lines"\r\n'  # 15
    "Pia,Lo,1990-01-01,,912-77-123,\r\n"  # 16: ITIN too short
)


def test_malformed_rows_are_reported_on_the_lines_they_start() -> None:
    result = _parse(BAD_FILE.encode())
    assert _where(result) == [
        (5, "a_number"),
        (6, "itin"),
        (7, "date_of_birth"),
        (8, "date_of_birth"),
        (9, "given_names"),
        (12, ""),
        (13, ""),
        (16, "itin"),
    ]
    assert result.plans == ()  # all or nothing: the good rows (2, 14) are not imported either
    assert result.rows == 10
    messages = {e.line: e.message for e in result.errors}
    assert "4th and 5th digits" in messages[6]
    assert "in the future" in messages[7]
    assert "YYYY-MM-DD" in messages[8]
    assert "required" in messages[9]
    assert "7 cells" in messages[12]
    assert "double quote" in messages[13]


def test_the_same_file_fixed_imports_every_row() -> None:
    fixed = BAD_FILE.encode()
    for bad, good in [
        (b",12,", b",A123456780,"),
        (b"912-66-1234", b"912-70-1234"),
        (b"2030-01-01", b"2000-01-01"),
        (b"01-02-1990", b"01/02/1990"),
        (b",Nadie", b"Nadie,Nadie"),
        (b",,,,extra", b",,,"),
        (b'"Mar"t\xc3\xadn', b'"Mar""t\xc3\xadn"'),
        (b"912-77-123,", b"912-77-1234,"),
    ]:
        assert bad in fixed
        fixed = fixed.replace(bad, good)
    result = _parse(fixed)
    assert result.errors == ()
    assert [p.source for p in result.plans] == [
        f"line {n}" for n in (2, 5, 6, 7, 8, 9, 12, 13, 14, 16)
    ]
    assert result.plans[0].records[-1][1] == rec.Note("a note\nover three\nlines")
    assert result.plans[7].identity.family_names == 'Mar"tín'


def test_an_unclosed_quote_is_reported_where_its_row_starts() -> None:
    data = b'given_names,note\nAna,"never closed\nLuis,x\nEva,y\n'
    result = _parse(data)
    (error,) = result.errors
    assert (error.line, error.column) == (2, "")
    assert "never closed" in error.message


def test_an_unknown_header_is_named_with_a_suggestion() -> None:
    result = _parse(_csv(["given_names", "familyname", "Colour"], ["Ana", "López", "red"]))
    assert _where(result) == [(1, "familyname"), (1, "Colour")]
    assert 'did you mean "family_names"' in result.errors[0].message
    assert result.plans == ()


def test_a_repeated_header_is_an_error() -> None:
    result = _parse(_csv(["given_names", "phone", "Phone"], ["Ana", "", ""]))
    assert _where(result) == [(1, "phone")]


def test_a_file_without_given_names_column_is_refused_once() -> None:
    result = _parse(_csv(["family_names"], ["López"], ["Soto"]))
    assert _where(result) == [(1, "given_names")]


def test_a_file_without_a_header_names_nothing() -> None:
    result = _parse(_csv([PLANTED, "López", "1990-01-01"], ["Ana", "Soto", "1990-01-01"]))
    (error,) = result.errors
    assert error.line == 1
    assert "header row" in error.message
    assert PLANTED not in error.message + error.column


def test_a_cell_under_an_unnamed_column_is_an_error() -> None:
    # Excel often leaves a trailing empty column; only a filled one is a problem.
    data = _csv(["given_names", ""], ["Ana", ""], ["Luis", "x"])
    result = _parse(data)
    assert _where(result) == [(3, "")]
    assert "Column 2" in result.errors[0].message


def test_fewer_cells_than_headers_are_empty_cells() -> None:
    result = _parse(b"given_names,family_names,city\nAna\n")
    assert result.errors == ()
    assert result.plans[0].identity.family_names == ""


def test_an_entry_before_birth_is_an_error() -> None:
    data = _csv(
        ["given_names", "date_of_birth", "last_entry_date"], ["Ana", "2001-01-01", "2000-12-31"]
    )
    result = _parse(data)
    assert _where(result) == [(2, "last_entry_date")]
    assert "before the date of birth" in result.errors[0].message


def test_an_entry_place_needs_its_date() -> None:
    result = _parse(_csv(["given_names", "entry_place"], ["Ana", "El Paso"]))
    assert _where(result) == [(2, "last_entry_date")]


@pytest.mark.parametrize(
    ("cells", "columns"),
    [
        ({"city": "Oakland"}, ["address_line1"]),
        ({"safe_to_mail": "yes"}, ["address_line1"]),
        ({"address_line1": "1 Main", "postal_code": "SW1A 1AA"}, ["postal_code"]),
        ({"address_line1": "1 Main", "address_country": "Narnia"}, ["address_country"]),
        # A bad country leaves the postcode untried: it may be right for the country meant.
        (
            {"address_country": "Narnia", "postal_code": "SW1A 1AA"},
            ["address_country", "address_line1"],
        ),
        ({"address_line1": "1 Main", "state": "x" * 81}, ["state"]),
        (
            {"address_line2": "\x07", "postal_code": "1"},
            ["address_line1", "address_line2", "postal_code"],
        ),
    ],
)
def test_address_errors_land_on_their_column(cells: dict[str, str], columns: list[str]) -> None:
    result = _parse(_csv(["given_names", *cells], ["Ana", *cells.values()]))
    assert _where(result) == [(2, column) for column in columns]


def test_a_foreign_address_keeps_its_own_postcode() -> None:
    cells = {"address_line1": "10 Downing St", "postal_code": "sw1a 2aa", "address_country": "GB"}
    result = _parse(_csv(["given_names", *cells], ["Ana", *cells.values()]))
    assert result.errors == ()
    assert _records(result)["address"].postal_code == "SW1A 2AA"  # type: ignore[union-attr]


def test_every_bad_profile_cell_is_reported() -> None:
    cells = {
        "country_of_birth": "Atlantis",
        "languages": "Elvish",
        "region": "mars",
        "gender": "ok",
    }
    result = _parse(_csv(["given_names", *cells], ["Ana", *cells.values()]))
    assert _where(result) == [(2, "country_of_birth"), (2, "languages"), (2, "region")]


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("phone_label", "x" * 61),
        ("entry_manner", "by boat"),
        ("alias_family_names", "a\u202eb"),
        ("monthly_income", "12.345"),
    ],
)
def test_record_errors_land_on_the_column_at_fault(column: str, value: str) -> None:
    row = {"phone": "4155550123", "last_entry_date": "2020-01-01", "alias_given_names": "Mari"}
    row[column] = value
    result = _parse(_csv(["given_names", *row], ["Ana", *row.values()]))
    assert _where(result) == [(2, column)]


def test_no_message_repeats_a_cell() -> None:
    bad = {
        "given_names": f"{PLANTED}\u202e",
        "family_names": f"{PLANTED}\x07",
        "date_of_birth": PLANTED,
        "country_of_birth": PLANTED,
        "citizenships": f"MX;{PLANTED}",
        "languages": PLANTED,
        "interpreter_needed": PLANTED,
        "immigration_status": PLANTED,
        "status_expires": PLANTED,
        "region": PLANTED,
        "a_number": f"A{PLANTED}",
        "itin": f"9{PLANTED}",
        "ssn": PLANTED,
        "phone": PLANTED,
        "phone_label": PLANTED * 20,
        "phone_safe_to_call": PLANTED,
        "email": PLANTED,
        "address_line1": f"{PLANTED}\x00".replace("\x00", "\x1b"),
        "postal_code": PLANTED,
        "address_country": PLANTED,
        "last_entry_date": PLANTED,
        "alias_given_names": f"{PLANTED}\x1b",
        "monthly_income": PLANTED,
        "note": f"{PLANTED}\u202e",
        "pronouns": PLANTED * 20,
    }
    rows = [
        list(bad),
        list(bad.values()),
        [PLANTED] * (len(bad) + 1),  # too many cells
    ]
    data = _csv(*rows) + f'{PLANTED},"{PLANTED}"{PLANTED}\r\n'.encode()
    data += ("x," * 5 + PLANTED * 1001 + "\r\n").encode()
    result = _parse(data)
    assert len(result.errors) >= len(bad)
    for error in result.errors:
        assert PLANTED not in error.message
        assert PLANTED not in error.column


def test_errors_past_the_cap_are_counted() -> None:
    data = b"given_names,a_number\n" + b"Ana,1\n" * (MAX_ERRORS + 50)
    result = _parse(data)
    assert len(result.errors) == MAX_ERRORS + 1
    assert [e.line for e in result.errors[:3]] == [2, 3, 4]
    last = result.errors[-1]
    assert (last.line, last.column) == (0, "")
    assert "50 more errors" in last.message
    assert result.rows == MAX_ERRORS + 50


def test_an_overlong_cell_is_refused_without_echoing_it() -> None:
    result = _parse(_csv(["given_names", "city"], ["Ana", "x" * 1001]))
    assert _where(result) == [(2, "city")]
    assert "1,000 characters" in result.errors[0].message


def test_a_long_note_is_fine_up_to_the_csv_cell_limit() -> None:
    note = "word " * 20_000  # 100,000 characters
    result = _parse(_csv(["given_names", "note"], ["Ana", note]))
    assert result.errors == ()
    too_long = _parse(_csv(["given_names", "note"], ["Ana", "x" * (csv.field_size_limit() + 1)]))
    assert _where(too_long) == [(2, "")]
    assert "longer than" in too_long.errors[0].message


# -- encodings and delimiters --------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_excel_unicode_text_is_utf16_with_tabs(codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    text = "given_names\tfamily_names\tcity\r\nNguyễn\tVăn An\t\r\n𠜎 Ana\tO'Brien, Jr\t\r\n"
    result = _parse(bom + text.encode(codec))
    assert result.errors == ()
    got = [(p.identity.given_names, p.identity.family_names) for p in result.plans]
    assert got == [("Nguyễn", "Văn An"), ("𠜎 Ana", "O'Brien, Jr")]


def test_utf8_with_bom() -> None:
    result = _parse(codecs.BOM_UTF8 + "given_names,family_names\nJosé,Núñez\n".encode())
    assert result.errors == ()
    assert result.plans[0].identity.family_names == "Núñez"


def test_semicolons_from_european_excel() -> None:
    data = _csv(
        ["given_names", "family_names", "citizenships"],
        ["Zoë", "Dupont, fils", "FR;BE"],
        delimiter=";",
    )
    result = _parse(data)
    assert result.errors == ()
    assert result.plans[0].identity.family_names == "Dupont, fils"
    assert result.plans[0].profile.citizenships == ("FR", "BE")


def test_windows_1252_is_refused_with_its_line_and_how_to_save() -> None:
    data = "given_names,family_names\r\nAna,Soto\r\nJosé,Pérez\r\n".encode("cp1252")
    result = _parse(data)
    (error,) = result.errors
    assert (error.line, error.column) == (3, "")
    assert "CSV UTF-8" in error.message
    assert result.plans == ()


def test_broken_utf16_is_refused_with_its_line() -> None:
    body = "given_names\nAna\n".encode("utf-16-le") + b"\x00\xd8A\x00"  # a lone surrogate
    result = _parse(codecs.BOM_UTF16_LE + body)
    assert _where(result) == [(3, "")]


def test_nul_bytes_mean_a_binary_file() -> None:
    result = _parse(b"PK\x03\x04\x14\x00\x06\x00 not a csv")
    (error,) = result.errors
    assert "not a CSV text file" in error.message


# -- sizes ---------------------------------------------------------------------


def test_a_50_mb_file_is_refused_before_reading() -> None:
    data = b"given_names\n" + b"x\n" * (MAX_CSV_BYTES + 1)
    assert len(data) > 50 * 1024 * 1024
    result = _parse(data)
    (error,) = result.errors
    assert (error.line, error.column) == (0, "")
    assert "split it into files of at most 25 MB" in error.message.replace("Split", "split")
    assert result.rows == 0


def test_one_row_too_many_is_refused() -> None:
    result = _parse(b"given_names\n" + b"x\n" * (MAX_ROWS + 1))
    (error,) = result.errors
    assert f"at most {MAX_ROWS:,} rows" in error.message


def test_line_breaks_inside_notes_are_not_rows() -> None:
    note = '"' + "line\n" * 6_000 + '"'
    data = ("given_names,note\n" + "".join(f"Ana{n},{note}\n" for n in range(10))).encode()
    result = _parse(data)
    assert result.errors == ()
    assert result.rows == 10
    assert result.plans[-1].source == f"line {2 + 9 * 6_001}"


def test_blank_lines_are_skipped_but_counted_as_lines() -> None:
    result = _parse(b"\n\ngiven_names\n\nAna\n \n,\nLuis,x\n")
    assert _where(result) == [(8, "")]  # "Luis,x" has two cells for one column
    ok = _parse(b"\n\ngiven_names\n\nAna\n")
    assert [p.source for p in ok.plans] == ["line 5"]


@pytest.mark.parametrize(
    "data",
    [b"", b"\n\n", b"  \r\n", b",,,\n,,\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE],
)
def test_an_empty_file_says_so(data: bytes) -> None:
    result = _parse(data)
    (error,) = result.errors
    assert "empty" in error.message
    assert result.rows == 0


def test_a_header_alone_says_so() -> None:
    result = _parse(b"given_names,family_names\r\n\r\n")
    assert result.errors == (RowError(0, "", "The file has a header row but no clients below it."),)
