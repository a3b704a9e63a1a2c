"""Government identifiers: A-numbers, ITINs, SSNs and USCIS receipt numbers.

Each ``parse_*`` function takes what a paralegal typed or pasted and returns a
frozen value holding the canonical form (what is stored and searched), or
raises an ``InvalidInput`` subclass whose message says what to check. Messages
are fixed text and never contain the value typed: ``str(error)`` reaches the
screen and, through bug reports, places client data must not go.

Only ASCII digits and letters count. ``str.isdigit`` would let "²" or "٣"
through, and ``str.upper`` turns "ß" into two letters, so both are avoided.
Separators are generous because numbers arrive pasted from PDFs and e-mail:
any Unicode space (NBSP included) and any dash (en dash, minus sign, ...).

The values' ``repr`` shows only the masked form, so an identifier that ends
up in a log line or a traceback does not leak.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar, Protocol

from caseapp.core.errors import InvalidInput

MASK = "\u2022"  # bullet: what tier-1 fields show until revealed
# Longer than any spaced-out form of the longest identifier; past this the
# paste is something else, and nothing longer is scanned.
MAX_INPUT_CHARS = 64

# Hyphen-minus, the Unicode hyphens and dashes, minus sign, small and fullwidth hyphen-minus.
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")

_A_NUMBER_DIGITS = re.compile(r"[0-9]{7,9}")
_NINE_DIGITS = re.compile(r"[0-9]{9}")
_RECEIPT = re.compile(r"[A-Za-z]{3}[0-9]{10}")
_CANONICAL_RECEIPT = re.compile(r"[A-Z]{3}[0-9]{10}")
_ONLY_DIGITS = re.compile(r"[0-9]*")

# ITIN "group" (4th and 5th digits) ranges assigned by the IRS. python-stdnum's
# us.itin rejects 50-65 (DESIGN.md §11), hence this table.
ITIN_GROUPS: tuple[range, ...] = (range(50, 66), range(70, 89), range(90, 93), range(94, 100))


class InvalidIdentifier(InvalidInput):
    """An identifier that is not well formed. Subclasses say which kind."""

    default_message = "That identifier is not valid; check it against the document."


class InvalidANumber(InvalidIdentifier):
    default_message = (
        "That is not a valid A-number. An A-number has 7 to 9 digits, with or without "
        "a leading A, for example A123-456-789; copy it from the notice or card."
    )


class InvalidItin(InvalidIdentifier):
    default_message = (
        "That is not a valid ITIN. An ITIN has 9 digits, starts with 9 and is written "
        "9XX-XX-XXXX; copy it from the IRS letter."
    )


class InvalidSsn(InvalidIdentifier):
    default_message = (
        "That is not a valid Social Security number. It has 9 digits, written "
        "XXX-XX-XXXX; copy it from the card."
    )


class InvalidReceiptNumber(InvalidIdentifier):
    default_message = (
        "That is not a valid USCIS receipt number. It has 3 letters and 10 digits, "
        "for example IOE0912345678, as printed at the top of the receipt notice."
    )


class Identifier(Protocol):
    """What every identifier value offers to storage, search and display."""

    @property
    def canonical(self) -> str: ...

    @property
    def display(self) -> str: ...

    @property
    def masked(self) -> str: ...


def _is_separator(ch: str, extra: str) -> bool:
    return ch.isspace() or ch in _DASHES or ch in extra


def _without_separators(text: str, extra: str = "") -> str:
    return "".join(ch for ch in text if not _is_separator(ch, extra))


def _prepare(value: str, error: type[InvalidIdentifier], what: str) -> str:
    """Trim, and refuse empty or absurdly long input before any scanning."""
    if len(value) > MAX_INPUT_CHARS:
        raise error(f"That is far too long for {what}; enter only the number itself.")
    text = value.strip()
    if not text:
        raise error(f"Enter {what}, or leave the field empty if the client has none.")
    return text


def _check_nine_digits(text: str, error: type[InvalidIdentifier], name: str, example: str) -> str:
    compact = _without_separators(text)
    if not _ONLY_DIGITS.fullmatch(compact):
        raise error(
            f"{name} has only digits (dashes and spaces are fine); "
            "check for a letter typed by mistake, such as O for 0."
        )
    if not _NINE_DIGITS.fullmatch(compact):
        raise error(f"{name} has exactly 9 digits, written {example}; count them again.")
    return compact


def _group_of_three(digits: str) -> str:
    return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"


def _masked_group_of_three(digits: str) -> str:
    return f"{MASK * 3}-{MASK * 2}-{digits[5:]}"


# --- A-number ---------------------------------------------------------------


@dataclass(frozen=True, slots=True, repr=False)
class ANumber:
    """An Alien Registration Number, canonically its 9 digits (zero-padded)."""

    canonical: str

    def __post_init__(self) -> None:
        if not _NINE_DIGITS.fullmatch(self.canonical) or self.canonical == "0" * 9:
            raise InvalidANumber()

    @property
    def digits(self) -> str:
        """The 9 digits, as search matches them."""
        return self.canonical

    @property
    def display(self) -> str:
        d = self.canonical
        return f"A{d[:3]}-{d[3:6]}-{d[6:]}"

    @property
    def masked(self) -> str:
        return f"A{MASK * 3}-{MASK * 3}-{self.canonical[6:]}"

    def __repr__(self) -> str:
        return f"ANumber({self.masked})"


def parse_a_number(value: str) -> ANumber:
    """Read an A-number: optional leading A (or "A#"), dashes, spaces, dots; 7-9 digits."""
    text = _prepare(value, InvalidANumber, "the A-number")
    if text[0] in "Aa":
        text = text[1:].lstrip()
        # "A#" is the usual shorthand in notes and on intake sheets.
        if text.startswith("#"):
            text = text[1:]
    compact = _without_separators(text, ".")
    if not _ONLY_DIGITS.fullmatch(compact):
        raise InvalidANumber(
            "An A-number has only digits after the leading A (dashes, spaces and dots "
            "are fine); check for a letter typed by mistake, such as O for 0."
        )
    if not _A_NUMBER_DIGITS.fullmatch(compact):
        raise InvalidANumber(
            "An A-number has 7 to 9 digits after the A; count the digits on the "
            "notice or card again."
        )
    if compact.strip("0") == "":
        raise InvalidANumber(
            "An A-number cannot be all zeros. Enter the number from the notice or card, "
            "or leave the field empty if the client has none."
        )
    return ANumber(compact.zfill(9))


# --- ITIN ------------------------------------------------------------------


def _itin_problem(digits: str) -> str | None:
    if digits[0] != "9":
        return (
            "An ITIN always starts with 9. A 9-digit number that does not may be a "
            "Social Security number; enter it in the SSN field."
        )
    group = int(digits[3:5])
    if not any(group in r for r in ITIN_GROUPS):
        return (
            "That is not a valid ITIN: its 4th and 5th digits are always 50-65, 70-88, "
            "90-92 or 94-99. Check them against the IRS letter."
        )
    return None


@dataclass(frozen=True, slots=True, repr=False)
class _NineDigitNumber:
    """ITINs and SSNs: 9 digits, shown XXX-XX-XXXX, masked to the last four."""

    canonical: str

    def __post_init__(self) -> None:
        if not _NINE_DIGITS.fullmatch(self.canonical) or self._problem(self.canonical):
            raise self._error()

    @staticmethod
    def _problem(digits: str) -> str | None:
        raise NotImplementedError

    _error: ClassVar[type[InvalidIdentifier]] = InvalidIdentifier

    @property
    def digits(self) -> str:
        return self.canonical

    @property
    def display(self) -> str:
        return _group_of_three(self.canonical)

    @property
    def masked(self) -> str:
        return _masked_group_of_three(self.canonical)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.masked})"


class Itin(_NineDigitNumber):
    """An IRS Individual Taxpayer Identification Number, canonically 9 digits."""

    __slots__ = ()
    _problem = staticmethod(_itin_problem)
    _error = InvalidItin


def parse_itin(value: str) -> Itin:
    """Read an ITIN: 9 digits (dashes and spaces allowed), 9XX-[50-65|70-88|90-92|94-99]-XXXX."""
    text = _prepare(value, InvalidItin, "the ITIN")
    digits = _check_nine_digits(text, InvalidItin, "An ITIN", "9XX-XX-XXXX")
    problem = _itin_problem(digits)
    if problem:
        raise InvalidItin(problem)
    return Itin(digits)


# --- SSN -------------------------------------------------------------------


def _ssn_problem(digits: str) -> str | None:
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    if area[0] == "9":
        return (
            "Numbers starting with 9 are ITINs, not Social Security numbers; "
            "enter it in the ITIN field."
        )
    if area in ("000", "666"):
        return (
            "No Social Security number starts with 000 or 666; check the first three "
            "digits against the card."
        )
    if group == "00":
        return (
            "No Social Security number has 00 as its 4th and 5th digits; check them "
            "against the card."
        )
    if serial == "0000":
        return (
            "No Social Security number ends in 0000; check the last four digits against the card."
        )
    return None


class Ssn(_NineDigitNumber):
    """A Social Security number, canonically 9 digits.

    Numbers starting with 9 (area 900-999) are never SSNs: the IRS issues them
    as ITINs, so they are refused here and belong in an ``Itin``.
    """

    __slots__ = ()
    _problem = staticmethod(_ssn_problem)
    _error = InvalidSsn


def parse_ssn(value: str) -> Ssn:
    """Read an SSN: 9 digits (dashes and spaces allowed); area not 000, 666 or 9xx.

    Group 00 and serial 0000 are refused too. 9xx numbers are ITINs, not SSNs.
    """
    text = _prepare(value, InvalidSsn, "the Social Security number")
    digits = _check_nine_digits(text, InvalidSsn, "A Social Security number", "XXX-XX-XXXX")
    problem = _ssn_problem(digits)
    if problem:
        raise InvalidSsn(problem)
    return Ssn(digits)


# --- USCIS receipt number --------------------------------------------------


@dataclass(frozen=True, slots=True, repr=False)
class ReceiptNumber:
    """A USCIS receipt number: 3 upper-case letters and 10 digits, e.g. IOE0912345678.

    The letters name the office (EAC, WAC, LIN, SRC, NBC, MSC, IOE, YSC, ...).
    They are not checked against a list because USCIS adds new ones.
    """

    canonical: str

    def __post_init__(self) -> None:
        if not _CANONICAL_RECEIPT.fullmatch(self.canonical):
            raise InvalidReceiptNumber()

    @property
    def display(self) -> str:
        return self.canonical

    @property
    def masked(self) -> str:
        return f"{self.canonical[:3]}{MASK * 6}{self.canonical[9:]}"

    def __repr__(self) -> str:
        return f"ReceiptNumber({self.masked})"


def parse_receipt_number(value: str) -> ReceiptNumber:
    """Read a receipt number: 3 letters + 10 digits; any case, spaces and dashes allowed."""
    text = _prepare(value, InvalidReceiptNumber, "the receipt number")
    compact = _without_separators(text)
    if not _RECEIPT.fullmatch(compact):
        raise InvalidReceiptNumber(
            "A USCIS receipt number is 3 letters followed by 10 digits, for example "
            "IOE0912345678 (spaces and dashes are fine); check for O typed for 0 "
            "or I for 1."
        )
    # Upper-casing is safe: the pattern above admits only ASCII letters.
    return ReceiptNumber(compact.upper())
