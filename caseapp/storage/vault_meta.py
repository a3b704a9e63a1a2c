"""Vault identity, counts, and security events (logins, failed unlocks, key changes)."""

from __future__ import annotations

from datetime import UTC, datetime

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


def record_event(
    conn: Connection,
    kind: str,
    user_name: str | None,
    *,
    subject: str | None = None,
    detail: str | None = None,
    at: datetime | None = None,
) -> None:
    """Append a security event. ``detail`` is a short fixed phrase, never client data."""
    stamp = (at or datetime.now(UTC)).isoformat(timespec="seconds")
    conn.execute(
        "INSERT INTO security_events (at, kind, user_name, subject, detail) VALUES (?, ?, ?, ?, ?)",
        (stamp, kind, user_name, subject, detail),
    )


def recent_events(
    conn: Connection, limit: int = 50
) -> list[tuple[str, str, str | None, str | None]]:
    rows = conn.execute(
        "SELECT at, kind, user_name, subject FROM security_events ORDER BY id DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [(r[0], r[1], r[2], r[3]) for r in rows]


def table_counts(conn: Connection) -> dict[str, int]:
    """Row counts of the vault's own tables (no FTS shadow or sqlite_ tables)."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        ).fetchall()
    ]
    counts: dict[str, int] = {}
    for name in names:
        # Names come from sqlite_schema, not from user text; quoted as identifiers.
        quoted = '"' + name.replace('"', '""') + '"'
        counts[name] = int(conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0])
    return counts
