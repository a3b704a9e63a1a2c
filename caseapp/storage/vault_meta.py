"""Vault identity (key/value) and row counts."""

from __future__ import annotations

from caseapp.storage.connection import Connection


def get(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM vault_meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def put(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO vault_meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def table_counts(conn: Connection) -> dict[str, int]:
    """Row counts of the vault's ordinary tables (no FTS index or its shadow tables)."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    virtual = [name for name, sql in rows if str(sql).upper().startswith("CREATE VIRTUAL")]
    counts: dict[str, int] = {}
    for name, _sql in sorted(rows):
        if name in virtual or any(name.startswith(v + "_") for v in virtual):
            continue
        # Names come from sqlite_schema, not from user text; quoted as identifiers.
        quoted = '"' + name.replace('"', '""') + '"'
        counts[name] = int(conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0])
    return counts
