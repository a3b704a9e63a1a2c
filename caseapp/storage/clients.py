"""The clients table and its name index. Call only inside an audited act
(the read guard refuses anything else)."""

from __future__ import annotations

import re
import unicodedata
import uuid
from datetime import UTC, date, datetime

from caseapp.core.clients import Client, ClientIdentity, ClientSummary
from caseapp.core.errors import NotFound
from caseapp.storage.connection import Connection

_COLUMNS = "uuid, given_names, family_names, preferred_name, date_of_birth"
MAX_QUERY_TOKENS = 8


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _dob(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def insert(conn: Connection, identity: ClientIdentity, by: str) -> str:
    client_uuid = str(uuid.uuid4())
    now = _now()
    conn.execute(
        "INSERT INTO clients (uuid, given_names, family_names, preferred_name, date_of_birth, "
        "created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            client_uuid,
            identity.given_names,
            identity.family_names,
            identity.preferred_name,
            None if identity.date_of_birth is None else identity.date_of_birth.isoformat(),
            now,
            by,
            now,
            by,
        ),
    )
    return client_uuid


def get(conn: Connection, client_uuid: str) -> Client:
    row = conn.execute(
        f"SELECT {_COLUMNS}, created_at, created_by, updated_at, updated_by "
        "FROM clients WHERE uuid = ?",
        (client_uuid,),
    ).fetchone()
    if row is None:
        raise NotFound("That client does not exist (it may have been removed).")
    return Client(
        uuid=row[0],
        identity=ClientIdentity(row[1], row[2], row[3], _dob(row[4])),
        created_at=row[5],
        created_by=row[6],
        updated_at=row[7],
        updated_by=row[8],
    )


def created_by(conn: Connection, client_uuid: str) -> str:
    row = conn.execute("SELECT created_by FROM clients WHERE uuid = ?", (client_uuid,)).fetchone()
    if row is None:
        raise NotFound("That client does not exist (it may have been removed).")
    return str(row[0])


def update(conn: Connection, client_uuid: str, identity: ClientIdentity, by: str) -> None:
    cur = conn.execute(
        "UPDATE clients SET given_names = ?, family_names = ?, preferred_name = ?, "
        "date_of_birth = ?, updated_at = ?, updated_by = ? WHERE uuid = ?",
        (
            identity.given_names,
            identity.family_names,
            identity.preferred_name,
            None if identity.date_of_birth is None else identity.date_of_birth.isoformat(),
            _now(),
            by,
            client_uuid,
        ),
    )
    if cur.rowcount != 1:
        raise NotFound("That client does not exist (it may have been removed).")


def fts_query(text: str) -> str | None:
    """User text as an FTS5 query: every token quoted (so ``"``, ``AND``, ``*``,
    ``NEAR(`` are searched for, never parsed) and prefix-matched. None if no token."""
    tokens = re.findall(r"\w+", unicodedata.normalize("NFC", text))[:MAX_QUERY_TOKENS]
    if not tokens:
        return None
    return " ".join('"' + t.replace('"', '""') + '"*' for t in tokens)


def search(
    conn: Connection, text: str, *, limit: int = 50, only_created_by: str | None = None
) -> list[ClientSummary]:
    query = fts_query(text)
    if query is None:
        return []
    sql = (
        f"SELECT c.{_COLUMNS.replace(', ', ', c.')} FROM clients_fts f "
        "JOIN clients c ON c.id = f.rowid WHERE clients_fts MATCH ?"
    )
    args: list[object] = [query]
    if only_created_by is not None:
        sql += " AND c.created_by = ? COLLATE NOCASE"
        args.append(only_created_by)
    sql += " ORDER BY c.family_names COLLATE NOCASE, c.given_names COLLATE NOCASE, c.id LIMIT ?"
    args.append(max(1, min(limit, 500)))
    return [ClientSummary(r[0], r[1], r[2], r[3], _dob(r[4])) for r in conn.execute(sql, args)]
