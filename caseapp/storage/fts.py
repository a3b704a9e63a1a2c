"""FTS5 query text built from plain tokens (``core.search.query_tokens``).

Each token is quoted, so nothing the user typed is parsed as FTS5 syntax.
"""

from __future__ import annotations

from collections.abc import Sequence


def quoted(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def all_of(tokens: Sequence[str], *, prefix: bool) -> str | None:
    """Every token must match (as a prefix when ``prefix``). None when there are none."""
    star = "*" if prefix else ""
    terms = [quoted(t) + star for t in tokens if t]
    return " ".join(terms) if terms else None


def names_or_whole_numbers(
    tokens: Sequence[str], *, name_columns: Sequence[str], number_columns: Sequence[str]
) -> str | None:
    """Every token must match: as a prefix in the name columns, and only whole in
    the number columns — a prefix search on numbers would let someone read a
    masked A-number or SSN one digit at a time."""
    names = "{" + " ".join(name_columns) + "}"
    numbers = "{" + " ".join(number_columns) + "}"
    terms = [
        f"({names} : {quoted(t)}* OR {numbers} : {quoted(t)})"
        if any(c.isdigit() for c in t)
        else f"{names} : {quoted(t)}*"
        for t in tokens
        if t
    ]
    return " AND ".join(terms) if terms else None


def any_of(tokens: Sequence[str]) -> str | None:
    """Any token matches (whole tokens). None when there are none."""
    terms = [quoted(t) for t in tokens if t]
    return " OR ".join(terms) if terms else None
