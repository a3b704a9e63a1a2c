"""Phone numbers as typed at intake: normalised to E.164, shown, masked, or refused."""

from __future__ import annotations

import dataclasses
import re

import pytest

from caseapp.core.errors import InvalidInput
from caseapp.core.phones import MASK, InvalidPhone, Phone, parse_phone


@pytest.mark.parametrize(
    ("typed", "region", "e164"),
    [
        ("+502 5555 1234", "US", "+50255551234"),
        ("+50255551234", "US", "+50255551234"),
        ("(415) 555-0123", "US", "+14155550123"),
        ("415.555.0123", "US", "+14155550123"),
        ("415-555-0123", "US", "+14155550123"),
        ("4155550123", "US", "+14155550123"),
        ("1 415 555 0123", "US", "+14155550123"),
        ("+1 (415) 555-0123", "US", "+14155550123"),
        ("  415 555 0123  ", "US", "+14155550123"),
        ("415\u00a0555\u20130123", "US", "+14155550123"),  # NBSP and en dash from a PDF
        ("00 52 55 1234 5678", "US", "+525512345678"),  # 00 as the international prefix
        ("0052 55 1234 5678", "US", "+525512345678"),
        ("011 52 55 1234 5678", "US", "+525512345678"),  # the US international prefix
        ("+52 55 1234 5678", "US", "+525512345678"),
        ("55 1234 5678", "MX", "+525512345678"),
        ("5555 1234", "GT", "+50255551234"),
        ("+1 416 555 0123", "US", "+14165550123"),  # Canada
        ("+44 20 7946 0958", "US", "+442079460958"),
        ("+800 1234 5678", "US", "+80012345678"),  # international freephone
        (
            "\uff0b\uff15\uff10\uff12 \uff15\uff15\uff15\uff15 \uff11\uff12\uff13\uff14",
            "US",
            "+50255551234",
        ),
        ("\u0664\u0661\u0665\u0665\u0665\u0665\u0660\u0661\u0662\u0663", "US", "+14155550123"),
        ("4155550123", "us", "+14155550123"),  # region in any case
    ],
)
def test_parse_phone_accepts(typed: str, region: str, e164: str) -> None:
    assert parse_phone(typed, region).e164 == e164


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", "Enter the phone number"),
        ("   ", "Enter the phone number"),
        ("415 555 0123 ext. 12", "without its extension"),
        ("415 555 0123 x12", "without its extension"),
        ("+52 55 1234 5678 anexo 4", "without its extension"),
        ("1-800-FLOWERS", "only digits"),
        ("call 4155550123", "only digits"),
        ("555-0123", "area code"),
        ("12", "too short for a US number"),
        ("415555012345678", "too long for a US number"),
        ("52 55 1234 5678", "Include the country code, e.g. +502 for Guatemala"),
        ("+502 12", "too short for a Guatemala number"),
        ("+502 1234 5678", "not a valid Guatemala phone number"),
        ("+1 415 555 01", "too short"),
        ("+1 (000) 000-0000", "not a valid US phone number"),
        ("000 000 0000", "not a valid US phone number"),
        ("+999 1234567", "country code does not exist"),
        ("+", "has digits"),
        ("()", "has digits"),
        ("415 555 0123\x00", "character pasted by mistake"),
        ("\ud800 415 555 0123", "character pasted by mistake"),
        ("415 555 0123 \u2603", "character pasted by mistake"),
        ("9" * 65, "far too long"),
    ],
)
def test_parse_phone_refuses_with_a_useful_message(typed: str, expected: str) -> None:
    with pytest.raises(InvalidPhone) as info:
        parse_phone(typed)
    message = str(info.value)
    assert expected in message
    if len(typed.strip()) >= 4:  # shorter fragments ("+") occur in any text
        assert typed.strip() not in message
    assert not re.search(r"[0-9]{4}", message), "no digit run from a number in a message"


def test_us_hint_is_for_the_default_region() -> None:
    with pytest.raises(InvalidPhone, match="not a Mexico number"):
        parse_phone("55 1234", "MX")
    with pytest.raises(InvalidPhone, match="not an Ecuador number"):
        parse_phone("12", "EC")


def test_unknown_default_region_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="default_region"):
        parse_phone("4155550123", "XX")


def test_invalid_phone_is_invalid_input() -> None:
    assert issubclass(InvalidPhone, InvalidInput)


@pytest.mark.parametrize(
    ("e164", "display", "region", "masked"),
    [
        ("+14155550123", "(415) 555-0123", "US", "(•••) •••-••23"),
        ("+50255551234", "+502 5555 1234", "GT", "+••• •••• ••34"),
        ("+525512345678", "+52 55 1234 5678", "MX", "+•• •• •••• ••78"),
        ("+14165550123", "+1 416-555-0123", "CA", "+• •••-•••-••23"),
        ("+17875550123", "+1 787-555-0123", "PR", "+• •••-•••-••23"),
        ("+80012345678", "+800 1234 5678", "", "+••• •••• ••78"),
    ],
)
def test_display_region_and_mask(e164: str, display: str, region: str, masked: str) -> None:
    phone = Phone(e164)
    assert phone.display == display
    assert phone.region == region
    assert phone.masked == masked
    assert masked.count(MASK) == sum(ch.isdigit() for ch in display) - 2


def test_repr_shows_only_the_masked_form() -> None:
    phone = parse_phone("(415) 555-0123")
    assert repr(phone) == "Phone((•••) •••-••23)"
    assert "555" not in repr(phone)
    assert "555" not in f"{[phone]}"


def test_phone_is_frozen_and_compares_by_number() -> None:
    phone = parse_phone("415.555.0123")
    assert phone == parse_phone("+1 415 555 0123")
    assert hash(phone) == hash(Phone("+14155550123"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        phone.e164 = "+14155550124"  # type: ignore[misc]


@pytest.mark.parametrize(
    "e164",
    ["", "14155550123", "+0123456", "+1 415 555 0123", "+99912345678", "+٤١٥"],
)
def test_phone_refuses_non_canonical_values(e164: str) -> None:
    with pytest.raises(InvalidPhone):
        Phone(e164)


def test_stored_numbers_load_without_a_validity_check() -> None:
    # A number accepted under older metadata must still load; only the shape is checked.
    assert Phone("+10000000000").e164 == "+10000000000"
