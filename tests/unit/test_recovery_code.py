"""Recovery codes: printed once, typed back from paper."""

from __future__ import annotations

import re

import pytest

from caseapp.core.errors import InvalidRecoveryCode
from caseapp.crypto import recovery
from caseapp.crypto.recovery import ALPHABET

RAW = bytes.fromhex("00112233445566778899aabbccddeeff01234567")
CODE_SHAPE = re.compile(r"([0-9A-HJKMNP-TV-Z]{5}-){7}[0-9A-HJKMNP-TV-Z]{5}")


def test_generate_round_trips_and_has_the_printed_shape() -> None:
    text, raw = recovery.generate()
    assert isinstance(raw, bytearray)
    assert len(raw) == 20
    assert CODE_SHAPE.fullmatch(text)
    assert recovery.parse(text) == raw
    assert recovery.format_code(bytes(raw)) == text


def test_codes_are_random() -> None:
    assert len({recovery.generate()[0] for _ in range(50)}) == 50


@pytest.mark.parametrize(
    "raw", [bytes(20), b"\xff" * 20, RAW, bytes(range(20)), b"\x80" + bytes(19)]
)
def test_format_parse_round_trip(raw: bytes) -> None:
    text = recovery.format_code(raw)
    assert CODE_SHAPE.fullmatch(text)
    assert recovery.parse(text) == bytearray(raw)


def test_lowercase_and_any_spacing_or_hyphens_are_accepted() -> None:
    text = recovery.format_code(RAW)
    compact = text.replace("-", "")
    variants = [
        text.lower(),
        compact,
        compact.lower(),
        text.replace("-", " "),
        "  " + text.replace("-", " - ") + "\n",
        " ".join(compact),  # every character separated
        text.replace("-", "\u2013"),  # en dash from a word processor
        text.replace("-", "\t"),
    ]
    for variant in variants:
        assert recovery.parse(variant) == bytearray(RAW), variant


def test_look_alike_letters_read_as_digits() -> None:
    # A code with plenty of 1s and 0s.
    raw = bytes(20)
    text = recovery.format_code(raw)
    assert "0" in text
    for alias in ("O", "o"):
        assert recovery.parse(text.replace("0", alias)) == bytearray(raw)
    raw1 = bytes.fromhex("0842108421" * 4)
    text1 = recovery.format_code(raw1)
    assert "1" in text1
    for alias in ("I", "i", "L", "l"):
        assert recovery.parse(text1.replace("1", alias)) == bytearray(raw1)


def test_every_single_character_substitution_is_caught_and_names_the_group() -> None:
    text = recovery.format_code(RAW).replace("-", "")
    assert len(text) == 40
    for pos, original in enumerate(text):
        group = pos // 5 + 1
        for replacement in ALPHABET:
            if replacement == original:
                continue
            typo = text[:pos] + replacement + text[pos + 1 :]
            with pytest.raises(InvalidRecoveryCode) as caught:
                recovery.parse(typo)
            assert f"Group {group} " in str(caught.value), (pos, replacement)


def test_adjacent_swaps_are_caught() -> None:
    text = recovery.format_code(RAW).replace("-", "")
    for pos in range(39):
        a, b = text[pos], text[pos + 1]
        if a == b or {a, b} == {"0", "Z"} or pos % 5 == 4:
            continue  # same character, the documented 0/Z blind spot, or across groups
        swapped = text[:pos] + b + a + text[pos + 2 :]
        with pytest.raises(InvalidRecoveryCode):
            recovery.parse(swapped)


@pytest.mark.parametrize("cut", [1, 5, 20, 39])
def test_wrong_length_is_refused(cut: int) -> None:
    text = recovery.format_code(RAW).replace("-", "")
    with pytest.raises(InvalidRecoveryCode) as caught:
        recovery.parse(text[:cut])
    assert "8 groups of 5" in str(caught.value)
    with pytest.raises(InvalidRecoveryCode):
        recovery.parse(text + text[:cut])


@pytest.mark.parametrize("bad", ["U", "*", "é", "!"])
def test_characters_outside_the_alphabet_are_refused_with_a_hint(bad: str) -> None:
    text = recovery.format_code(RAW).replace("-", "")
    with pytest.raises(InvalidRecoveryCode) as caught:
        recovery.parse(bad + text[1:])
    assert "recovery sheet" in str(caught.value)


@pytest.mark.parametrize("empty", ["", "   ", "-----"])
def test_empty_input_is_refused(empty: str) -> None:
    with pytest.raises(InvalidRecoveryCode):
        recovery.parse(empty)
