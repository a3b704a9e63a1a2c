"""Hostile input for the fuzzing tests (issue 10, item 5): strategies for the
text, bytes and files a careless import or an attacker hands caseapp, and the
one rule every entry point is held to — it returns, or it raises CaseappError
with a message for a person; nothing else, and no hang.

Synthetic data only.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from hardening_report import record
from hypothesis import strategies as st

from caseapp.core.errors import CaseappError

T = TypeVar("T")

# Seconds one call may take before it counts as a hang. Generous: a slow CI
# machine must not fail a test, a loop that never ends must.
HANG_SECONDS = 30

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u180e\u00ad"
COMBINING = "\u0301\u0308\u0327\u0336\u20dd\u0489\u0e49"
CONTROL = "".join(map(chr, range(32))) + "\x7f\x85\u2028\u2029"
SCRIPTS = (
    "李小龍",
    "محمد عبد الله",
    "שלום",
    "Ñúñez-Oyèlárán",
    "Nguyễn Thị Minh Khai",
    "नमस्ते",
    "สวัสดี",
    "Ἀθῆναι",
    "한국어",
    "ⵜⴰⵎⴰⵣⵉⵖⵜ",
    "🇲🇽👩🏽‍⚖️😀",
    "\U0001d56c\U0001d586",  # mathematical letters
)
# Search syntax and the quoting that trips a query builder.
SYNTAX = (
    '"',
    '""',
    "*",
    "^",
    ":",
    "(",
    ")",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "NEAR(a b, 2)",
    "{a b}",
    "-",
    "+",
    "given_names:x",
    '"unterminated',
    "'; DROP TABLE clients; --",
    "' OR '1'='1",
    "%",
    "_",
    "\\",
    "/*",
    "*/",
    "\x00",
    "A-123-456-789",
    "A000000000",
    "9" * 40,
    "-1",
    "1e308",
    "NaN",
    "0x41",
    "../../etc/passwd",
    "C:\\Windows\\system32",
    "%s%s%n",
    "{0}",
    "<script>",
    "&amp;",
)
SPECIALS = (*BIDI, *ZERO_WIDTH, *COMBINING, *CONTROL, *SCRIPTS, *SYNTAX)

# Every code point, lone surrogates included (what a broken decoder hands over).
any_char = st.characters(exclude_categories=())
pieces = st.one_of(st.sampled_from(SPECIALS), st.text(any_char, max_size=6))


def _long(unit: str, count: int) -> str:
    return unit * count


hostile_text = st.one_of(
    st.text(any_char, max_size=80),
    st.lists(pieces, max_size=24).map("".join),
    # Long runs: a 200 kB name, a stack of combining marks, nested quotes.
    st.builds(
        _long,
        st.sampled_from(["a", "\u0301", "é", "李", "\u202e", " ", "*", '"', "(", "9", "a "]),
        st.integers(1000, 200_000),
    ),
)
# Text a name field may well accept: letters of many scripts with bidi
# controls, zero-width and combining characters, emoji and search syntax mixed
# in, but no control characters — so the name gets stored, searched and printed.
_printable = st.characters(categories=("L", "M", "N", "P", "S", "Zs", "Cf"))
_name_pieces = st.one_of(
    st.sampled_from(
        (*BIDI, *ZERO_WIDTH, *COMBINING, *SCRIPTS, *(s for s in SYNTAX if s.isprintable()))
    ),
    st.text(_printable, min_size=1, max_size=8),
)
hostile_name = st.lists(_name_pieces, min_size=1, max_size=12).map("".join)


def flipped(data: bytes) -> st.SearchStrategy[bytes]:
    """``data`` damaged: truncated, extended, bytes flipped or overwritten."""
    n = len(data)
    truncated = st.integers(0, max(n - 1, 0)).map(lambda k: data[:k])
    extended = st.binary(min_size=1, max_size=64).map(lambda tail: data + tail)

    def flip(positions: list[int], bits: list[int]) -> bytes:
        out = bytearray(data)
        for pos, bit in zip(positions, bits, strict=False):
            out[pos % n] ^= 1 << bit
        return bytes(out)

    flips = st.builds(
        flip,
        st.lists(st.integers(0, max(n - 1, 0)), min_size=1, max_size=8),
        st.lists(st.integers(0, 7), min_size=8, max_size=8),
    )

    def overwrite(pos: int, junk: bytes) -> bytes:
        pos = pos % max(n, 1)
        return data[:pos] + junk + data[pos + len(junk) :]

    overwritten = st.builds(
        overwrite, st.integers(0, max(n - 1, 0)), st.binary(min_size=1, max_size=256)
    )
    return st.one_of(truncated, extended, flips, overwritten) if n else st.binary(max_size=64)


class Hang(BaseException):
    """Raised in a call that ran past HANG_SECONDS (not an Exception: nothing in
    caseapp may swallow it)."""


@contextlib.contextmanager
def no_hang(seconds: float = HANG_SECONDS) -> Iterator[None]:
    def alarm(_signum: int, _frame: object) -> None:
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def check_message(exc: CaseappError) -> None:
    """A refusal a person can act on: words, not a traceback or SQLite's text."""
    message = str(exc)
    assert message.strip(), f"{type(exc).__name__} with no message"
    for raw in ("Traceback", "sqlite", "sqlcipher", "OperationalError", "object at 0x"):
        assert raw not in message, message


def clean(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T | CaseappError:
    """Call ``fn``: its result, or the CaseappError it raised (checked to carry
    a message). Any other exception, or a hang, fails the test. Each call is
    one bad input for the hardening summary."""
    record("fuzz", inputs=1)
    with no_hang():
        try:
            return fn(*args, **kwargs)
        except CaseappError as exc:
            check_message(exc)
            return exc
