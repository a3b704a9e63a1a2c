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


# SQLite's own tables that may appear in a vault without a migration making
# them — each only as exactly the table SQLite itself creates. Anything else
# named like them (a trigger called sqlite_stat1, say) is unknown.
_SQLITE_INTERNAL = frozenset(
    {
        ("table", "sqlite_sequence", "sqlite_sequence", "CREATE TABLE sqlite_sequence(name,seq)"),
        ("table", "sqlite_stat1", "sqlite_stat1", "CREATE TABLE sqlite_stat1(tbl,idx,stat)"),
        (
            "table",
            "sqlite_stat4",
            "sqlite_stat4",
            "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
        ),
    }
)

Schema = set[tuple[str, str, str, str]]


def _schema(conn: Any) -> Schema:
    """(type, name, table, SQL) of every schema object, the SQL exactly as SQLite
    keeps it (the text of the statement that made it)."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema").fetchall()
    return {(str(t), str(n), str(tbl), "" if sql is None else str(sql)) for t, n, tbl, sql in rows}


def expected_schema(version: int) -> Schema:
    """Every table, index, trigger and view the migrations 1..``version`` make,
    built in memory."""
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


MAX_PROBLEMS = 10


def schema_problems(conn: Any) -> list[str]:
    """How the schema of ``conn`` differs from what this version of caseapp makes
    at its ``user_version``: an unknown trigger, view, index or table (a hostile
    file's way to run SQL when used), a changed definition, a missing object.
    Reads ``sqlite_schema`` only; empty when identical."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    expected = expected_schema(version)
    found = _schema(conn) - _SQLITE_INTERNAL
    known = {(t, n) for t, n, _, _ in expected}
    present = {(t, n) for t, n, _, _ in found}
    problems = []
    for t, n, _, _ in sorted(found - expected):
        problems.append(f"{'changed' if (t, n) in known else 'unknown'} {t} {n!r}")
    problems += [f"missing {t} {n!r}" for t, n in sorted(known - present)]
    if len(problems) > MAX_PROBLEMS:
        problems = [*problems[:MAX_PROBLEMS], f"and {len(problems) - MAX_PROBLEMS} more"]
    return problems
