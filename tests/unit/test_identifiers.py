"""Identifiers as paralegals type them: accepted, normalised, or refused with a useful message."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

import pytest

from caseapp.core.errors import InvalidInput
from caseapp.core.identifiers import (
    ANumber,
    InvalidANumber,
    InvalidIdentifier,
    InvalidItin,
    InvalidReceiptNumber,
    InvalidSsn,
    Itin,
    ReceiptNumber,
    Ssn,
    parse_a_number,
    parse_itin,
    parse_receipt_number,
    parse_ssn,
)

# --- A-number ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("A123456789", "123456789"),
        ("a123456789", "123456789"),
        ("123456789", "123456789"),
        ("A123-456-789", "123456789"),
        ("A 123 456 789", "123456789"),
        ("123.456.789", "123456789"),
        ("  A123456789  ", "123456789"),
        ("A-12-345-678", "012345678"),  # 8 digits, zero-padded
        ("A12345678", "012345678"),
        ("12345678", "012345678"),
        ("A1234567", "001234567"),  # 7 digits, zero-padded
        ("1234567", "001234567"),
        ("A#123456789", "123456789"),
        ("A# 012-345-678", "012345678"),
        ("A\u00a0123\u2013456\u2013789", "123456789"),  # NBSP and en dashes from a PDF
        ("000000001", "000000001"),
    ],
)
def test_a_number_accepted(typed: str, canonical: str) -> None:
    number = parse_a_number(typed)
    assert number.canonical == canonical
    assert number.digits == canonical


def test_a_number_forms() -> None:
    number = parse_a_number("a 123 456 789")
    assert number.canonical == "123456789"
    assert number.digits == "123456789"
    assert number.display == "A123-456-789"
    assert number.masked == "A•••-•••-789"


def test_short_a_number_displays_padded() -> None:
    assert parse_a_number("A-12-345-678").display == "A012-345-678"
    assert parse_a_number("1234567").masked == "A•••-•••-567"


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "A",
        "A-",
        "000000000",
        "A000-000-000",
        "0000000",
        "123456",  # 6 digits
        "A12-3456",
        "1234567890",  # 10 digits
        "A1234567890",
        "AA123456789",
        "B123456789",
        "A12345678O",  # letter O for zero
        "123456789A",
        "A-123-456-78X",
        "１２３４５６７８９",  # fullwidth digits
        "١٢٣٤٥٦٧٨٩",  # Arabic-Indic digits
        "12345678²",
        "123\u200b456789",  # zero-width space
        "123_456_789",
        "123/456/789",
        "A" + " " * 100 + "123456789",
    ],
)
def test_a_number_refused(typed: str) -> None:
    with pytest.raises(InvalidANumber):
        parse_a_number(typed)


# --- ITIN ------------------------------------------------------------------

ITIN_VALID_GROUPS = [*range(50, 66), *range(70, 89), 90, 91, 92, *range(94, 100)]
ITIN_INVALID_GROUPS = [0, 1, 10, 49, 66, 67, 68, 69, 89, 93]


@pytest.mark.parametrize("group", ITIN_VALID_GROUPS)
def test_itin_valid_groups(group: int) -> None:
    itin = parse_itin(f"912-{group:02d}-3456")
    assert itin.canonical == f"912{group:02d}3456"


@pytest.mark.parametrize("group", ITIN_INVALID_GROUPS)
def test_itin_invalid_groups(group: int) -> None:
    with pytest.raises(InvalidItin, match="4th and 5th digits"):
        parse_itin(f"912-{group:02d}-3456")


@pytest.mark.parametrize(
    "typed",
    ["912-50-6789", "912506789", "912 50 6789", " 912-50-6789 ", "9 1 2 5 0 6 7 8 9"],
)
def test_itin_separators(typed: str) -> None:
    itin = parse_itin(typed)
    assert itin.canonical == "912506789"
    assert itin.digits == "912506789"
    assert itin.display == "912-50-6789"
    assert itin.masked == "•••-••-6789"


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "812-70-1234",  # does not start with 9
        "123-45-6789",
        "912-70-123",  # 8 digits
        "912-70-12345",  # 10 digits
        "912.70.1234",  # dots are for A-numbers only
        "9I2-70-1234",
        "ITIN 912-70-1234",
    ],
)
def test_itin_refused(typed: str) -> None:
    with pytest.raises(InvalidItin):
        parse_itin(typed)


def test_itin_starting_otherwise_points_to_the_ssn_field() -> None:
    with pytest.raises(InvalidItin, match="SSN field"):
        parse_itin("123-45-6789")


# --- SSN -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("123-45-6789", "123456789"),
        ("123456789", "123456789"),
        ("123 45 6789", "123456789"),
        ("001-01-0001", "001010001"),
        ("665-99-9999", "665999999"),
        ("667-01-0001", "667010001"),
        ("899-99-9999", "899999999"),
        ("772-12-3456", "772123456"),  # issued since 2011 randomisation
    ],
)
def test_ssn_accepted(typed: str, canonical: str) -> None:
    ssn = parse_ssn(typed)
    assert ssn.canonical == canonical
    assert ssn.digits == canonical


def test_ssn_forms() -> None:
    ssn = parse_ssn("123 45 6789")
    assert ssn.display == "123-45-6789"
    assert ssn.masked == "•••-••-6789"


@pytest.mark.parametrize(
    ("typed", "hint"),
    [
        ("000-12-3456", "000 or 666"),
        ("666-12-3456", "000 or 666"),
        ("900-12-3456", "ITIN field"),
        ("912-70-1234", "ITIN field"),  # a real ITIN is not an SSN
        ("999-99-9999", "ITIN field"),
        ("123-00-4567", "00 as its 4th and 5th"),
        ("123-45-0000", "ends in 0000"),
        ("123-45-678", "exactly 9 digits"),
        ("1234567890", "exactly 9 digits"),
        ("123-4S-6789", "only digits"),
        ("", "Enter the Social Security number"),
    ],
)
def test_ssn_refused(typed: str, hint: str) -> None:
    with pytest.raises(InvalidSsn, match=re.escape(hint)):
        parse_ssn(typed)


def test_ssn_docstring_says_9xx_are_itins() -> None:
    assert Ssn.__doc__ is not None
    assert "ITIN" in Ssn.__doc__


# --- USCIS receipt number ---------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("IOE0912345678", "IOE0912345678"),
        ("EAC2190012345", "EAC2190012345"),
        ("eac2190012345", "EAC2190012345"),
        ("Wac 21 900 12345", "WAC2190012345"),
        ("MSC-21-900-12345", "MSC2190012345"),
        ("LIN2190012345", "LIN2190012345"),
        ("SRC2190012345", "SRC2190012345"),
        ("NBC2190012345", "NBC2190012345"),
        ("YSC2190012345", "YSC2190012345"),
        ("  zzz0000000000 ", "ZZZ0000000000"),  # prefixes are not whitelisted
    ],
)
def test_receipt_accepted(typed: str, canonical: str) -> None:
    receipt = parse_receipt_number(typed)
    assert receipt.canonical == canonical
    assert receipt.display == canonical


def test_receipt_masked() -> None:
    assert parse_receipt_number("IOE0912345678").masked == "IOE••••••5678"


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "IOE091234567",  # 9 digits
        "IOE09123456789",  # 11 digits
        "IO0912345678",
        "IOEX0912345678",
        "1OE0912345678",
        "IOE09123456O8",  # letter O in the digits
        "ÉAC2190012345",
        "ßAC2190012345",  # upper-cases to two letters
        "ЕАС2190012345",  # Cyrillic look-alikes
        "IOE.0912345678",
    ],
)
def test_receipt_refused(typed: str) -> None:
    with pytest.raises(InvalidReceiptNumber):
        parse_receipt_number(typed)


# --- All kinds --------------------------------------------------------------

PARSERS: list[tuple[Callable[[str], object], type[InvalidIdentifier]]] = [
    (parse_a_number, InvalidANumber),
    (parse_itin, InvalidItin),
    (parse_ssn, InvalidSsn),
    (parse_receipt_number, InvalidReceiptNumber),
]


# Inputs chosen so their digits do not occur in the examples the messages give.
@pytest.mark.parametrize(("parse", "error"), PARSERS)
@pytest.mark.parametrize(
    "typed",
    [
        "A000-000-000",
        "A76543",
        "666-72-8413",
        "812-70-4813",
        "972-93-4813",
        "278-41-0000",
        "278-00-4813",
        "IOE07654321",
        "987654321987654321",
        "Maria 555-0142",
        "x" * 500,
    ],
)
def test_error_messages_never_echo_the_input(
    parse: Callable[[str], object], error: type[InvalidIdentifier], typed: str
) -> None:
    try:
        parse(typed)
    except error as exc:
        message = str(exc)
    else:
        return  # valid for this kind (e.g. 666-72-8413 read as an A-number)
    assert message
    assert typed not in message
    assert typed.replace("-", "") not in message
    digits = re.sub(r"[^0-9]", "", typed)
    if len(digits) >= 4:
        assert digits not in message


@pytest.mark.parametrize(
    ("parse", "first", "second"),
    [
        (parse_a_number, "A12-345", "A98-765"),
        (parse_a_number, "A12345678O", "A98765432O"),
        (parse_itin, "912-93-4567", "987-93-6543"),
        (parse_itin, "812-70-4567", "187-70-6543"),
        (parse_ssn, "912-34-5678", "987-65-4321"),
        (parse_ssn, "123-45-0000", "876-54-0000"),
        (parse_receipt_number, "IOE091234567", "WAC987654321"),
    ],
)
def test_the_same_mistake_gets_the_same_message_whatever_the_number(
    parse: Callable[[str], object], first: str, second: str
) -> None:
    messages = []
    for typed in (first, second):
        with pytest.raises(InvalidIdentifier) as info:
            parse(typed)
        messages.append(str(info.value))
    assert messages[0] == messages[1]


@pytest.mark.parametrize("error", [InvalidANumber, InvalidItin, InvalidSsn, InvalidReceiptNumber])
def test_errors_are_invalid_input_with_a_default_message(error: type[InvalidIdentifier]) -> None:
    assert issubclass(error, InvalidInput)
    assert str(error()) == error.default_message
    assert str(error()) != InvalidInput.default_message


@pytest.mark.parametrize(
    ("cls", "bad"),
    [
        (ANumber, "12345678"),
        (ANumber, "000000000"),
        (ANumber, "A123456789"),
        (Itin, "912-70-1234"),
        (Itin, "912661234"),
        (Ssn, "900123456"),
        (Ssn, "123-45-6789"),
        (ReceiptNumber, "ioe0912345678"),
        (ReceiptNumber, "IOE 0912345678"),
    ],
)
def test_constructors_accept_only_canonical_forms(cls: type[object], bad: str) -> None:
    with pytest.raises(InvalidIdentifier):
        cls(bad)  # type: ignore[call-arg]


@pytest.mark.parametrize(
    "value",
    [
        parse_a_number("A123-456-789"),
        parse_itin("912-70-3456"),
        parse_ssn("123-45-6789"),
        parse_receipt_number("IOE0912345678"),
    ],
)
def test_repr_does_not_reveal_the_number(value: ANumber | Itin | Ssn | ReceiptNumber) -> None:
    assert value.canonical not in repr(value)
    assert value.display not in repr(value)
    assert value.canonical not in str(value)
    assert value.masked in repr(value)


def test_values_are_frozen_and_compare_by_canonical_form() -> None:
    number = parse_a_number("A-12-345-678")
    assert number == parse_a_number("012345678")
    assert hash(number) == hash(ANumber("012345678"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        number.canonical = "123456789"  # type: ignore[misc]
    # Different kinds never compare equal, even with the same digits.
    ssn: object = parse_ssn("123-45-6789")
    assert ssn != parse_a_number("123456789")
