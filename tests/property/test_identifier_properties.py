"""Identifier parsers under generated input: round trips, and only their own error."""

from __future__ import annotations

import re
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from caseapp.core.identifiers import (
    ITIN_GROUPS,
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

SETTINGS = settings(max_examples=300, deadline=None, database=None)

DIGITS = "0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _digits(n: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=DIGITS, min_size=n, max_size=n)


a_numbers = st.integers(min_value=1, max_value=999_999_999).map(lambda n: ANumber(f"{n:09d}"))

itins = st.builds(
    lambda mid, group, serial: Itin(f"9{mid}{group:02d}{serial}"),
    _digits(2),
    st.sampled_from([g for r in ITIN_GROUPS for g in r]),
    _digits(4),
)

ssns = st.builds(
    lambda area, group, serial: Ssn(f"{area:03d}{group:02d}{serial:04d}"),
    st.integers(min_value=1, max_value=899).filter(lambda a: a != 666),
    st.integers(min_value=1, max_value=99),
    st.integers(min_value=1, max_value=9999),
)

receipts = st.builds(
    lambda prefix, digits: ReceiptNumber(prefix + digits),
    st.text(alphabet=UPPER, min_size=3, max_size=3),
    _digits(10),
)

# Separators a paste can carry: spaces (NBSP too) and dashes (en dash, minus sign).
separators = st.text(alphabet=" \u00a0\t-\u2013\u2212", max_size=2)


def _scatter(text: str, seps: list[str]) -> str:
    """Put one generated separator run after each character."""
    return "".join(ch + sep for ch, sep in zip(text, seps, strict=False)) + text[len(seps) :]


@SETTINGS
@given(a_numbers)
def test_a_number_round_trips(value: ANumber) -> None:
    assert parse_a_number(value.display) == value
    assert parse_a_number(value.canonical) == value
    assert parse_a_number(value.digits) == value
    assert parse_a_number(value.display.lower()) == value
    # The short form typed without its leading zeros means the same number.
    if value.canonical.startswith("00"):
        assert parse_a_number("A" + value.canonical[2:]) == value
    assert value.masked.endswith(value.canonical[-3:])
    assert value.canonical[:6] not in value.masked


@SETTINGS
@given(itins)
def test_itin_round_trips(value: Itin) -> None:
    assert parse_itin(value.display) == value
    assert parse_itin(value.canonical) == value
    assert value.masked.endswith(value.canonical[-4:])


@SETTINGS
@given(ssns)
def test_ssn_round_trips(value: Ssn) -> None:
    assert parse_ssn(value.display) == value
    assert parse_ssn(value.canonical) == value
    assert value.masked.endswith(value.canonical[-4:])


@SETTINGS
@given(receipts)
def test_receipt_round_trips(value: ReceiptNumber) -> None:
    assert parse_receipt_number(value.display) == value
    assert parse_receipt_number(value.canonical) == value
    assert parse_receipt_number(value.canonical.lower()) == value


@SETTINGS
@given(
    st.one_of(
        itins.map(lambda v: (parse_itin, v.canonical, v)),
        ssns.map(lambda v: (parse_ssn, v.canonical, v)),
        receipts.map(lambda v: (parse_receipt_number, v.canonical, v)),
        a_numbers.map(lambda v: (parse_a_number, v.canonical, v)),
    ),
    st.lists(separators, max_size=13),
)
def test_separators_anywhere_do_not_change_the_value(
    case: tuple[Callable[[str], object], str, object], seps: list[str]
) -> None:
    parse, canonical, value = case
    assert parse(" " + _scatter(canonical, seps) + " ") == value


PARSERS: list[tuple[Callable[[str], object], type[InvalidIdentifier]]] = [
    (parse_a_number, InvalidANumber),
    (parse_itin, InvalidItin),
    (parse_ssn, InvalidSsn),
    (parse_receipt_number, InvalidReceiptNumber),
]

# Text shaped like identifiers, so the deeper checks run, not only the first one.
near_identifiers = st.text(alphabet=DIGITS + "Aa#.- \u00a0IOEWACxß²٣１", max_size=20)


@SETTINGS
@given(st.sampled_from(PARSERS), st.one_of(st.text(max_size=80), near_identifiers))
def test_arbitrary_text_raises_only_the_kinds_own_error(
    parser: tuple[Callable[[str], object], type[InvalidIdentifier]], text: str
) -> None:
    parse, error = parser
    try:
        parse(text)
    except error as exc:
        message = str(exc)
        assert message
        # The only long digit run a message holds is the receipt-number example.
        digits = "".join(re.findall(r"[0-9]", text))
        if len(digits) >= 7 and digits not in "0912345678":
            assert digits not in message
