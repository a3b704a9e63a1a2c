"""Numbered ``.sql`` migrations tracked in ``PRAGMA user_version``."""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

import sqlcipher3

from caseapp.core.errors import VaultTooNew

_NAME = re.compile(r"(\d{4})_[a-z0-9_]+\.sql")


def available() -> list[tuple[int, str]]:
    """(number, sql) for every packaged migration, in order; numbers are 1..N with no gaps."""
    found = []
    for entry in resources.files("caseapp.storage").joinpath("migrations").iterdir():
        match = _NAME.fullmatch(entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    found.sort()
    if [n for n, _ in found] != list(range(1, len(found) + 1)):
        raise RuntimeError("migration numbers must run 1..N without gaps")
    return found


def latest() -> int:
    return len(available())


def apply(conn: Any) -> int:
    """Bring the schema up to date, one transaction per migration. Returns the version."""
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    steps = available()
    if current > len(steps):
        raise VaultTooNew()
    for number, sql in steps[current:]:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(number)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return len(steps)


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (trigger bodies kept whole)."""
    out: list[str] = []
    buf = ""
    for line in sql.splitlines(keepends=True):
        if not buf and line.strip().startswith("--"):
            continue
        buf += line
        if _complete(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


def _complete(buf: str) -> bool:
    return buf.strip() != "" and bool(sqlcipher3.complete_statement(buf))


# SQLite's own tables that may appear in a vault without a migration making them.
_SQLITE_INTERNAL = frozenset({"sqlite_sequence", "sqlite_stat1", "sqlite_stat4"})


def _schema(conn: Any) -> set[tuple[str, str, str, str]]:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema").fetchall()
    return {
        (str(t), str(n), str(tbl), "" if sql is None else " ".join(str(sql).split()))
        for t, n, tbl, sql in rows
        if str(n) not in _SQLITE_INTERNAL
    }


def expected_schema(version: int) -> set[tuple[str, str, str, str]]:
    """Every table, index, trigger and view the migrations 1..``version`` make,
    built in memory (type, name, table, SQL with white space normalised)."""
    steps = available()
    if version > len(steps):
        raise VaultTooNew()
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        for _, sql in steps[:version]:
            for statement in _statements(sql):
                conn.execute(statement)
        return _schema(conn)
    finally:
        conn.close()


def schema_problems(conn: Any) -> list[str]:
    """How the schema of ``conn`` differs from what this version of caseapp makes
    at its ``user_version``: an extra trigger, view or table (a hostile file's
    way to run SQL when opened) or a changed definition. Empty when identical."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    expected = expected_schema(version)
    found = _schema(conn)
    problems = [f"unknown {t} {n!r}" for t, n, _, _ in sorted(found - expected)]
    missing = {(t, n) for t, n, _, _ in expected} - {(t, n) for t, n, _, _ in found}
    problems += [f"missing {t} {n!r}" for t, n in sorted(missing)]
    return problems
