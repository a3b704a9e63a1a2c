"""Hostile input, no vault needed (issue 10, item 5): every parser and validator
in the core — identifiers, phones, names and free text, codes, dates, search
strings, user names, passphrases, checkpoints, anchors, recovery codes, file
names and uploaded documents, the key file, the CSV and JSON intake formats,
every kind of record — handed text with bidi overrides, zero-width and
combining characters, control characters and lone surrogates, search and SQL
syntax, 200 kB runs, and arbitrary bytes. Each returns or raises CaseappError
with a message (tests/hostile.py: ``clean``); none raises anything else or
hangs. What is accepted is checked to be what a later step can use.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from typing import Any

from hostile import SPECIALS, clean, flipped, hostile_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseapp.core import (
    case_codes,
    codes,
    conflicts,
    documents,
    identifiers,
    intake_csv,
    intake_json,
    phones,
    search,
    summary,
    text,
    users,
)
from caseapp.core import records as rec
from caseapp.core.audit import parse_checkpoint
from caseapp.core.errors import CaseappError
from caseapp.crypto import audit_chain, recovery
from caseapp.services import passphrase_policy
from caseapp.storage import keyfile

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TODAY = date(2026, 12, 3)

# (name, function of one string) for every text parser and validator.
TEXT_PARSERS: list[tuple[str, Any]] = [
    ("a_number", identifiers.parse_a_number),
    ("itin", identifiers.parse_itin),
    ("ssn", identifiers.parse_ssn),
    ("receipt_number", identifiers.parse_receipt_number),
    ("phone", phones.parse_phone),
    ("clean_line", lambda t: text.clean_line(t, "The name", required=True, max_chars=200)),
    ("clean_text", lambda t: text.clean_text(t, "The note", max_chars=1_000_000)),
    ("country", codes.parse_country),
    ("language", codes.parse_language),
    ("country_list", codes.parse_country_list),
    ("language_list", codes.parse_language_list),
    ("problem_code", case_codes.parse_problem_code),
    ("subcode", case_codes.parse_subcode),
    ("case_status", case_codes.parse_case_status),
    ("closing_code", case_codes.parse_closing_code),
    ("csv_date", intake_csv.parse_date),
    ("csv_yes_no", intake_csv.parse_yes_no),
    ("profile", summary.parse_profile),
    ("user_name", users.validate_user_name),
    ("query_tokens", search.query_tokens),
    ("name_for_search", search.name_for_search),
    ("conflict_token", conflicts.normalise_token),
    ("conflict_tokens", lambda t: conflicts.name_tokens(t, t)),
    ("conflict_index", lambda t: conflicts.index_text(t, "")),
    ("conflict_key", lambda t: conflicts.fts_terms(conflicts.name_key(t, t))),
    ("file_name", documents.clean_filename),
    ("checkpoint", parse_checkpoint),
    ("anchor", audit_chain.parse_anchor),
    ("recovery_code", recovery.parse),
    ("passphrase", lambda t: passphrase_policy.require_strong(t, ["admin", "caseapp"])),
    ("amount", rec.parse_amount),
    ("uuid", lambda t: rec.check_uuid(t, "The record", required=True)),
    ("identifier", lambda t: rec.parse_identifier("a_number", t)),
    ("identifier_kind", lambda t: rec.parse_identifier(t, "A123456789")),
    ("json_text", lambda t: intake_json.load_client_json(t, today=TODAY)),
]


@FUZZ
@given(st.sampled_from(TEXT_PARSERS), hostile_text)
def test_every_text_parser_returns_or_refuses_clearly(parser: tuple[str, Any], value: str) -> None:
    _name, parse = parser
    clean(parse, value)


def test_each_special_string_goes_through_every_parser() -> None:
    """Not left to chance: every listed hostile piece, alone and repeated."""
    for _name, parse in TEXT_PARSERS:
        for piece in SPECIALS:
            clean(parse, piece)
            clean(parse, piece * 500)


@FUZZ
@given(hostile_text)
def test_accepted_search_tokens_are_safe_to_quote(value: str) -> None:
    """What the search accepts becomes quoted FTS5 strings: no token may carry
    a NUL or a lone surrogate into SQLite."""
    tokens = clean(search.query_tokens, value)
    if isinstance(tokens, CaseappError):
        return
    for token in tokens:
        assert "\x00" not in token
        token.encode("utf-8")  # raises on a lone surrogate


@FUZZ
@given(hostile_text)
def test_accepted_names_are_clean_lines(value: str) -> None:
    """A name that is accepted has no control characters, line breaks or
    unpaired surrogates left in it (what would corrupt a PDF or a CSV)."""
    name = clean(text.clean_line, value, "The name", required=True, max_chars=200)
    if isinstance(name, CaseappError):
        return
    assert name == name.strip()
    assert not any(ord(c) < 32 or c in "\x7f\u2028\u2029" for c in name)
    name.encode("utf-8")


# -- bytes: uploaded documents, the key file, the CSV intake ---------------------------

SMALL_PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00"
    b"\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05"
    b"\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)
SMALL_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
CSV = (
    b"given_names,family_names,date_of_birth,a_number,phone,country_of_birth\n"
    b"Amaka,Okafor,1990-01-02,A123456789,+1 202 555 0143,NG\n"
    b"Li,Wei,02/03/1985,,,CN\n"
)


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=4096),
        flipped(SMALL_PNG),
        flipped(SMALL_PDF),
        flipped(b"PK\x03\x04" + bytes(60)),
    ),
    st.one_of(st.sampled_from(["scan.png", "letter.pdf", "a.txt", "x.docx"]), hostile_text),
)
def test_uploaded_documents_are_checked_not_trusted(data: bytes, name: str) -> None:
    clean(documents.sniff, data)
    clean(documents.check_document, name, data)


@FUZZ
@given(st.one_of(st.binary(max_size=4096), flipped(CSV)))
def test_csv_intake_of_any_bytes(data: bytes) -> None:
    result = clean(intake_csv.parse_csv, data, today=TODAY)
    if isinstance(result, CaseappError):
        return
    assert isinstance(result, intake_csv.CsvResult)


@FUZZ
@given(st.lists(st.lists(hostile_text, min_size=1, max_size=7), min_size=1, max_size=5))
def test_csv_intake_of_hostile_cells(rows: list[list[str]]) -> None:
    header = "given_names,family_names,date_of_birth,a_number,phone,country_of_birth,notes"

    def cell(value: str) -> str:
        return '"' + value.replace('"', '""') + '"'

    body = "\n".join(",".join(cell(v) for v in row) for row in rows)
    data = (header + "\n" + body + "\n").encode("utf-8", "surrogatepass")
    clean(intake_csv.parse_csv, data, today=TODAY)


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), hostile_text),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(hostile_text, inner, max_size=4)
    ),
    max_leaves=20,
)


@FUZZ
@given(
    st.one_of(
        json_values,
        st.fixed_dictionaries(
            {"given_names": hostile_text, "family_names": hostile_text},
            optional={
                "date_of_birth": json_values,
                "identifiers": json_values,
                "notes": json_values,
            },
        ),
    )
)
def test_json_intake_of_any_shape(value: object) -> None:
    clean(intake_json.parse_client_json, value, today=TODAY)


@FUZZ
@given(
    st.one_of(st.binary(max_size=2048), hostile_text.map(lambda t: t.encode("utf-8", "replace")))
)
def test_key_file_of_any_bytes(data: bytes) -> None:
    clean(keyfile.parse, data)


# -- every kind of record --------------------------------------------------------------

decimals = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True),
    st.sampled_from([Decimal("1e999"), Decimal("-0"), Decimal("0.0000001")]),
)
BY_TYPE: dict[str, st.SearchStrategy[Any]] = {
    "str": st.one_of(hostile_text, st.just("")),
    "bool": st.booleans(),
    "int": st.integers(-(2**70), 2**70),
    "date": st.dates(),
    "datetime": st.datetimes(),
    "Decimal": decimals,
    "tuple[str, ...]": st.lists(hostile_text, max_size=4).map(tuple),
}


def _strategy(annotation: str) -> st.SearchStrategy[Any]:
    parts = [p.strip() for p in annotation.split("|")]
    options = [st.none() if p == "None" else BY_TYPE[p] for p in parts]
    return st.one_of(*options)


def _records() -> st.SearchStrategy[Any]:
    kinds = []
    for kind in rec.RECORD_TYPES:
        hints = {f.name: str(f.type) for f in dataclasses.fields(kind)}  # type: ignore[arg-type]
        fields = {name: _strategy(hint) for name, hint in hints.items()}
        kinds.append(st.fixed_dictionaries(fields).map(lambda kw, kind=kind: (kind, kw)))
    return st.one_of(*kinds)


@settings(FUZZ, max_examples=400)
@given(_records())
def test_every_record_kind_validates_hostile_fields(made: tuple[type[Any], dict[str, Any]]) -> None:
    kind, values = made
    record = kind(**values)
    cleaned = clean(record.cleaned, TODAY)
    if isinstance(cleaned, CaseappError):
        return
    assert type(cleaned) is kind
    for value in dataclasses.asdict(cleaned).values():
        if isinstance(value, str):
            value.encode("utf-8")  # a lone surrogate kept would raise here (and in SQLite)


def test_record_fields_are_typed_as_the_fuzzer_expects() -> None:
    """The record fuzzer builds values from the annotations; a new field type
    must be added to it rather than silently skipped."""
    for kind in rec.RECORD_TYPES:
        for f in dataclasses.fields(kind):  # type: ignore[arg-type]
            for part in str(f.type).split("|"):
                assert part.strip() in {*BY_TYPE, "None"}, (kind.__name__, f.name, f.type)
