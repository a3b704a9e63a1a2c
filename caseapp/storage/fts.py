"""FTS5 query text built from plain tokens (``core.search.query_tokens``).

Each token is quoted, so nothing the user typed is parsed as FTS5 syntax.
"""

from __future__ import annotations

from collections.abc import Sequence


def quoted(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def all_of(tokens: Sequence[str], *, prefix: bool) -> str | None:
    """Every token must match (as a prefix when ``prefix``). None when there are none.

    A token with a digit in it is only ever matched whole: a prefix search on
    numbers would let someone read a masked A-number or SSN one digit at a time.
    """
    terms = [
        quoted(t) + ("*" if prefix and not any(ch.isdigit() for ch in t) else "")
        for t in tokens
        if t
    ]
    return " ".join(terms) if terms else None


def any_of(tokens: Sequence[str]) -> str | None:
    """Any token matches (whole tokens). None when there are none."""
    terms = [quoted(t) for t in tokens if t]
    return " OR ".join(terms) if terms else None
