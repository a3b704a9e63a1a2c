"""The users table."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from caseapp.core.errors import UserExists, UserNotFound
from caseapp.core.users import Role, User
from caseapp.storage.connection import Connection


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _row_to_user(row: tuple[str, str, str]) -> User:
    return User(name=row[0], role=Role(row[1]), uuid=row[2])


def find_active(conn: Connection, name: str) -> User | None:
    row = conn.execute(
        "SELECT name, role, uuid FROM users WHERE name = ? COLLATE NOCASE AND removed_at IS NULL",
        (name,),
    ).fetchone()
    return None if row is None else _row_to_user(row)


def get_active(conn: Connection, name: str) -> User:
    user = find_active(conn, name)
    if user is None:
        raise UserNotFound()
    return user


def list_active(conn: Connection) -> list[User]:
    rows = conn.execute(
        "SELECT name, role, uuid FROM users WHERE removed_at IS NULL ORDER BY name COLLATE NOCASE"
    ).fetchall()
    return [_row_to_user(r) for r in rows]


def insert(conn: Connection, name: str, role: Role, created_by: str | None) -> User:
    if find_active(conn, name) is not None:
        raise UserExists()
    user_uuid = str(uuid.uuid4())
    conn.execute(
        "INSERT INTO users (uuid, name, role, created_at, created_by) VALUES (?, ?, ?, ?, ?)",
        (user_uuid, name, role.value, _now(), created_by),
    )
    return User(name=name, role=role, uuid=user_uuid)


def mark_removed(conn: Connection, name: str, removed_by: str) -> None:
    cur = conn.execute(
        "UPDATE users SET removed_at = ?, removed_by = ? "
        "WHERE name = ? COLLATE NOCASE AND removed_at IS NULL",
        (_now(), removed_by, name),
    )
    if cur.rowcount != 1:
        raise UserNotFound()


def set_role(conn: Connection, name: str, role: Role) -> None:
    cur = conn.execute(
        "UPDATE users SET role = ? WHERE name = ? COLLATE NOCASE AND removed_at IS NULL",
        (role.value, name),
    )
    if cur.rowcount != 1:
        raise UserNotFound()


def count_admins(conn: Connection) -> int:
    row = conn.execute(
        "SELECT count(*) FROM users WHERE role = 'admin' AND removed_at IS NULL"
    ).fetchone()
    return int(row[0])
