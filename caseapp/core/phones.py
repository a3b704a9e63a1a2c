"""Phone numbers of any country, stored as E.164 ("+50255551234").

``parse_phone`` takes what was typed or pasted, with ``default_region`` (the
office's country, normally US) for numbers written without a country code, and
refuses anything phonenumbers does not consider both possible and valid.
Messages are fixed text and never contain the number: a client's phone number
is client data, and an error message travels to screens and bug reports.

Extensions are refused rather than dropped: a number saved without the
extension the client gave would silently be the wrong number to call.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from phonenumbers import (
    CountryCodeSource,
    NumberParseException,
    PhoneNumber,
    PhoneNumberFormat,
    ValidationResult,
)

from caseapp.core.codes import InvalidCountry, country_name
from caseapp.core.errors import InvalidInput

MASK = "\u2022"  # the bullet identifiers.py masks with
# Longer than any written-out number with spaces and a country code.
MAX_INPUT_CHARS = 64

_E164 = re.compile(r"\+[1-9][0-9]{3,14}")
# 00 then a country code (which never starts with 0); "000 000 0000" stays a mistake
# of its own rather than becoming a missing country code.
_INTERNATIONAL_00 = re.compile(r"00[\s.\-]*[1-9]")
# What a written phone number is made of. Letters are let through only so that
# phonenumbers can recognise an extension ("ext. 12", "x12", "anexo 12") and
# the message can say so; letters in the number itself are refused below.
_ALLOWED_PUNCTUATION = frozenset("+()./#,;:=*")
_DASH_CATEGORY = "Pd"


class InvalidPhone(InvalidInput):
    default_message = (
        "That is not a valid phone number. Check the digits, and include the country "
        "code, e.g. +502 for Guatemala, when the number is not a US number."
    )


def _region_words(region: str) -> str:
    """The region as an adjective: "a US number", "a Mexico number"."""
    if region == "US":
        return "US"
    try:
        return country_name(region)
    except InvalidCountry:
        return "local"


def _a(words: str) -> str:
    """The article by sound: "a US number", "an Ecuador number"."""
    return f"an {words}" if words[:1].upper() in ("A", "E", "I", "O") else f"a {words}"


def _hint(region: str) -> str:
    return (
        "Include the country code, e.g. +502 for Guatemala, when the number is not "
        f"{_a(_region_words(region))} number."
    )


@lru_cache(maxsize=4096)
def _number(e164: str) -> PhoneNumber:
    # Display and region are derived on demand; caching the parse keeps a
    # 100k-row client list from re-parsing each number on every repaint.
    return phonenumbers.parse(e164, None)


@dataclass(frozen=True, slots=True, repr=False)
class Phone:
    """A phone number, canonically E.164. ``repr`` shows only the masked form."""

    e164: str

    def __post_init__(self) -> None:
        # Only the shape and a known country code are checked here, not
        # is_valid_number: phonenumbers' metadata changes between releases and a
        # number stored under an older release must still load.
        if not _E164.fullmatch(self.e164):
            raise InvalidPhone()
        try:
            number = _number(self.e164)
        except NumberParseException:
            raise InvalidPhone() from None
        if phonenumbers.format_number(number, PhoneNumberFormat.E164) != self.e164:
            raise InvalidPhone()

    @property
    def region(self) -> str:
        """ISO 3166 alpha-2 region of the number, or "" for international services (+800)."""
        region = phonenumbers.region_code_for_number(_number(self.e164))
        return region if region and len(region) == 2 and region.isalpha() else ""

    @property
    def display(self) -> str:
        """National format for US numbers, "(415) 555-0123"; international otherwise."""
        style = (
            PhoneNumberFormat.NATIONAL if self.region == "US" else PhoneNumberFormat.INTERNATIONAL
        )
        return phonenumbers.format_number(_number(self.e164), style)

    @property
    def masked(self) -> str:
        """The display form with every digit but the last two hidden."""
        shown = self.display
        digits = sum(ch.isdigit() for ch in shown)
        out: list[str] = []
        for ch in shown:
            if ch.isdigit():
                digits -= 1
                out.append(ch if digits < 2 else MASK)
            else:
                out.append(ch)
        return "".join(out)

    def __repr__(self) -> str:
        return f"Phone({self.masked})"


def _check_characters(text: str) -> None:
    for ch in text:
        category = unicodedata.category(ch)
        if (
            ch.isspace()
            or ch in _ALLOWED_PUNCTUATION
            or category == _DASH_CATEGORY
            or category == "Nd"
            or category.startswith("L")
        ):
            continue
        raise InvalidPhone(
            "A phone number has only digits, with spaces, dashes, dots or parentheses "
            "if you like; check for a character pasted by mistake."
        )


def _normalise_region(default_region: str) -> str:
    region = default_region.strip().upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        # A caller's mistake (the office setting is validated where it is saved),
        # so a programming error rather than a message for the paralegal.
        raise ValueError("default_region must be an ISO 3166 alpha-2 code phonenumbers knows")
    return region


_NO_SUCH_COUNTRY_CODE = (
    "That country code does not exist. Check the digits after the +, "
    "e.g. +502 for Guatemala or +52 for Mexico."
)


def _parse_error(exc: NumberParseException, region: str) -> InvalidPhone:
    kind = exc.error_type
    if kind == NumberParseException.INVALID_COUNTRY_CODE:
        return InvalidPhone(_NO_SUCH_COUNTRY_CODE)
    if kind in (NumberParseException.TOO_SHORT_AFTER_IDD, NumberParseException.TOO_SHORT_NSN):
        return InvalidPhone("That phone number is too short; check that no digits are missing.")
    if kind == NumberParseException.TOO_LONG:
        return InvalidPhone("That phone number is too long; check for digits typed twice.")
    return InvalidPhone(
        "A phone number has digits, with spaces, dashes, dots or parentheses if you like. "
        + _hint(region)
    )


def _country_words(number: PhoneNumber) -> str:
    region = phonenumbers.region_code_for_country_code(number.country_code or 0)
    return _region_words(region) if len(region) == 2 and region.isalpha() else "international"


def _length_error(
    reason: int, number: PhoneNumber, region: str, from_default: bool
) -> InvalidPhone:
    if reason == ValidationResult.IS_POSSIBLE_LOCAL_ONLY:
        return InvalidPhone("Include the area code with the phone number.")
    if reason == ValidationResult.INVALID_COUNTRY_CODE:
        return InvalidPhone(_NO_SUCH_COUNTRY_CODE)
    # Without a +, the likeliest mistake is a foreign number typed without its code.
    where = _a(_region_words(region) if from_default else _country_words(number))
    hint = f" {_hint(region)}" if from_default else " Check the digits and the country code."
    if reason == ValidationResult.TOO_SHORT:
        return InvalidPhone(f"That phone number is too short for {where} number.{hint}")
    if reason == ValidationResult.TOO_LONG:
        return InvalidPhone(f"That phone number is too long for {where} number.{hint}")
    return InvalidPhone(
        f"That phone number has the wrong number of digits for {where} number.{hint}"
    )


def _invalid_error(number: PhoneNumber, region: str, from_default: bool) -> InvalidPhone:
    if from_default:
        return InvalidPhone(
            f"That is not a valid {_region_words(region)} phone number. Check the digits. "
            + _hint(region)
        )
    return InvalidPhone(
        f"That is not a valid {_country_words(number)} phone number. "
        "Check the digits and the country code."
    )


def parse_phone(text: str, default_region: str = "US") -> Phone:
    """Read a phone number of any country; without +, it is read as a ``default_region`` number.

    A leading 00 counts as the international prefix ("00 52 ..." is +52), as
    it is dialled almost everywhere outside North America.
    """
    region = _normalise_region(default_region)
    if len(text) > MAX_INPUT_CHARS:
        raise InvalidPhone("That is far too long for a phone number; enter only the number.")
    # NFKC turns the fullwidth digits and plus sign of East Asian keyboards into ASCII.
    stripped = unicodedata.normalize("NFKC", text).strip()
    if not stripped:
        raise InvalidPhone("Enter the phone number, or leave the field empty.")
    _check_characters(stripped)
    if _INTERNATIONAL_00.match(stripped):
        stripped = "+" + stripped[2:]
    try:
        number = phonenumbers.parse(stripped, region, keep_raw_input=True)
    except NumberParseException as exc:
        raise _parse_error(exc, region) from None
    if number.extension:
        raise InvalidPhone(
            "Enter the phone number without its extension; write the extension in the "
            "contact's notes."
        )
    if any(ch.isalpha() for ch in stripped):
        raise InvalidPhone(
            "A phone number has only digits; write any letters in it as the digits on "
            "the phone's keypad."
        )
    from_default = number.country_code_source == CountryCodeSource.FROM_DEFAULT_COUNTRY
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason != ValidationResult.IS_POSSIBLE:
        raise _length_error(reason, number, region, from_default)
    if not phonenumbers.is_valid_number(number):
        raise _invalid_error(number, region, from_default)
    return Phone(phonenumbers.format_number(number, PhoneNumberFormat.E164))
