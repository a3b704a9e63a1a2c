"""Recovery codes: 160 random bits, Crockford Base32, 8 groups of 4 + 1 check character.

Crockford's alphabet has no I, L, O or U, and reading accepts the look-alikes
(I and L as 1, O as 0), so a code read off paper survives handwriting. Each
group carries a Luhn mod 32 check character over its position and its four
characters: any single mistyped character, and any swap of two neighbours
except "0" with "Z", is caught here, before the slow key derivation runs, and
the message says which group is wrong.
"""

from __future__ import annotations

import os
import re

from caseapp.core.errors import CaseappError, InvalidRecoveryCode

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_INDEX = {c: i for i, c in enumerate(ALPHABET)}
_ALIASES = str.maketrans({"I": "1", "L": "1", "O": "0"})
GROUPS = 8
DATA_CHARS = 4
RANDOM_BYTES = 20  # 160 bits = 32 Base32 characters
_N = len(ALPHABET)


def _luhn_check(values: list[int]) -> int:
    """Luhn mod N check value for a list of symbols (N = 32)."""
    factor = 2
    total = 0
    for value in reversed(values):
        addend = factor * value
        factor = 1 if factor == 2 else 2
        total += addend // _N + addend % _N
    return (_N - total % _N) % _N


# Each kind of code numbers its groups from its own offset, so an audit anchor
# typed where the recovery code belongs (or the other way round) fails the
# check characters instead of running the slow key derivation.
RECOVERY_OFFSET = 0
ANCHOR_OFFSET = 8


def _group_check(position: int, chars: str) -> str:
    return ALPHABET[_luhn_check([position, *(_INDEX[c] for c in chars)])]


def _encode(raw: bytes) -> str:
    bits = int.from_bytes(raw, "big")
    chars = []
    for shift in range(RANDOM_BYTES * 8 - 5, -1, -5):
        chars.append(ALPHABET[(bits >> shift) & 31])
    return "".join(chars)


def generate(offset: int = RECOVERY_OFFSET) -> tuple[str, bytearray]:
    """A new code as (printable text, the 20 secret bytes it stands for)."""
    raw = os.urandom(RANDOM_BYTES)
    return format_code(raw, offset), bytearray(raw)


def format_code(raw: bytes, offset: int = RECOVERY_OFFSET) -> str:
    if len(raw) != RANDOM_BYTES:
        raise ValueError("recovery codes stand for exactly 20 bytes")
    data = _encode(raw)
    groups = []
    for g in range(GROUPS):
        chunk = data[g * DATA_CHARS : (g + 1) * DATA_CHARS]
        groups.append(chunk + _group_check(g + offset, chunk))
    return "-".join(groups)


def parse(
    text: str, offset: int = RECOVERY_OFFSET, error: type[CaseappError] = InvalidRecoveryCode
) -> bytearray:
    """Return the secret bytes of a typed code, or raise ``error`` (InvalidRecoveryCode).

    Spaces, hyphens and case are ignored; I/L read as 1 and O as 0.
    """
    what, article = ("recovery code", "A") if offset == RECOVERY_OFFSET else ("audit anchor", "An")
    cleaned = re.sub(r"[\s\-‐‑–—]", "", text).upper().translate(_ALIASES)
    if len(cleaned) != GROUPS * (DATA_CHARS + 1):
        raise error()
    bad = [c for c in cleaned if c not in _INDEX]
    if bad:
        raise error(
            f"{article} {what} uses only the digits 0–9 and the letters A–Z "
            "without U. Check it against the recovery sheet."
        )
    data = []
    for g in range(GROUPS):
        group = cleaned[g * 5 : g * 5 + 5]
        if _group_check(g + offset, group[:DATA_CHARS]) != group[DATA_CHARS]:
            raise error(
                f"Group {g + 1} of the {what} has a typo (or this is not the {what}). "
                "Check it against the recovery sheet."
            )
        data.append(group[:DATA_CHARS])
    bits = 0
    for c in "".join(data):
        bits = (bits << 5) | _INDEX[c]
    return bytearray(bits.to_bytes(RANDOM_BYTES, "big"))
