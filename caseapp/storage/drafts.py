"""Drafts: a client file's unsaved edits, per user (see migration 0004)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from caseapp.storage.connection import Connection


def put(conn: Connection, client_uuid: str, user: str, fields: dict[str, str]) -> None:
    conn.execute(
        "INSERT INTO drafts (client_uuid, user, saved_at, body) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (client_uuid, user) DO UPDATE SET saved_at = excluded.saved_at, "
        "body = excluded.body",
        (
            client_uuid,
            user,
            datetime.now(UTC).isoformat(timespec="seconds"),
            json.dumps(fields, ensure_ascii=False, sort_keys=True),
        ),
    )


def get(conn: Connection, client_uuid: str, user: str) -> dict[str, str] | None:
    row = conn.execute(
        "SELECT body FROM drafts WHERE client_uuid = ? AND user = ?", (client_uuid, user)
    ).fetchone()
    if row is None:
        return None
    loaded = json.loads(row[0])
    if not isinstance(loaded, dict):
        return None
    return {str(k): str(v) for k, v in loaded.items()}


def remove(conn: Connection, client_uuid: str, user: str) -> bool:
    cur = conn.execute("DELETE FROM drafts WHERE client_uuid = ? AND user = ?", (client_uuid, user))
    return bool(cur.rowcount > 0)


def clients_with_drafts(conn: Connection, user: str) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT client_uuid FROM drafts WHERE user = ? ORDER BY saved_at", (user,)
        )
    ]
