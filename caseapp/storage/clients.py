"""The clients table: identity and profile; the client list and name search.
Call only inside an audited act (the read guard refuses anything else)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

import sqlcipher3

from caseapp.core.clients import Client, ClientIdentity, ClientProfile, ClientSummary
from caseapp.core.errors import InvalidInput, NotFound
from caseapp.storage import fts
from caseapp.storage.connection import Connection

_SUMMARY = "c.uuid, c.given_names, c.family_names, c.preferred_name, c.date_of_birth"
_PROFILE = (
    "gender, pronouns, country_of_birth, citizenships, languages, interpreter_needed, "
    "interpreter_language, immigration_status, status_expires, region"
)
_GONE = "That client does not exist (it may have been removed)."


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _dob(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _identity_values(identity: ClientIdentity) -> tuple[object, ...]:
    return (
        identity.given_names,
        identity.family_names,
        identity.preferred_name,
        _iso(identity.date_of_birth),
    )


def _profile_values(profile: ClientProfile) -> tuple[object, ...]:
    return (
        profile.gender,
        profile.pronouns,
        profile.country_of_birth,
        ",".join(profile.citizenships),
        ",".join(profile.languages),
        int(profile.interpreter_needed),
        profile.interpreter_language,
        profile.immigration_status,
        _iso(profile.status_expires),
        profile.region,
    )


def _codes(text: str) -> tuple[str, ...]:
    return tuple(text.split(",")) if text else ()


def insert(
    conn: Connection,
    identity: ClientIdentity,
    by: str,
    profile: ClientProfile | None = None,
    *,
    client_uuid: str = "",
) -> str:
    client_uuid = client_uuid or str(uuid.uuid4())
    now = _now()
    try:
        _insert_row(conn, client_uuid, identity, by, profile, now)
    except sqlcipher3.IntegrityError as exc:
        raise InvalidInput("A client with that id is already in the vault.") from exc
    return client_uuid


def _insert_row(
    conn: Connection,
    client_uuid: str,
    identity: ClientIdentity,
    by: str,
    profile: ClientProfile | None,
    now: str,
) -> None:
    conn.execute(
        "INSERT INTO clients (uuid, given_names, family_names, preferred_name, date_of_birth, "
        f"{_PROFILE}, created_at, created_by, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            client_uuid,
            *_identity_values(identity),
            *_profile_values(profile or ClientProfile()),
            now,
            by,
            now,
            by,
        ),
    )


def get(conn: Connection, client_uuid: str) -> Client:
    row = conn.execute(
        "SELECT uuid, given_names, family_names, preferred_name, date_of_birth, "
        f"created_at, created_by, updated_at, updated_by, {_PROFILE} "
        "FROM clients WHERE uuid = ?",
        (client_uuid,),
    ).fetchone()
    if row is None:
        raise NotFound(_GONE)
    return Client(
        uuid=row[0],
        identity=ClientIdentity(row[1], row[2], row[3], _dob(row[4])),
        created_at=row[5],
        created_by=row[6],
        updated_at=row[7],
        updated_by=row[8],
        profile=ClientProfile(
            gender=row[9],
            pronouns=row[10],
            country_of_birth=row[11],
            citizenships=_codes(row[12]),
            languages=_codes(row[13]),
            interpreter_needed=bool(row[14]),
            interpreter_language=row[15],
            immigration_status=row[16],
            status_expires=_dob(row[17]),
            region=row[18],
        ),
    )


def exists(conn: Connection, client_uuid: str) -> bool:
    return (
        conn.execute("SELECT 1 FROM clients WHERE uuid = ?", (client_uuid,)).fetchone() is not None
    )


def created_by(conn: Connection, client_uuid: str) -> str:
    row = conn.execute("SELECT created_by FROM clients WHERE uuid = ?", (client_uuid,)).fetchone()
    if row is None:
        raise NotFound(_GONE)
    return str(row[0])


def update(conn: Connection, client_uuid: str, identity: ClientIdentity, by: str) -> None:
    cur = conn.execute(
        "UPDATE clients SET given_names = ?, family_names = ?, preferred_name = ?, "
        "date_of_birth = ?, updated_at = ?, updated_by = ? WHERE uuid = ?",
        (*_identity_values(identity), _now(), by, client_uuid),
    )
    if cur.rowcount != 1:
        raise NotFound(_GONE)


def update_profile(conn: Connection, client_uuid: str, profile: ClientProfile, by: str) -> None:
    assignments = ", ".join(f"{name} = ?" for name in _PROFILE.split(", "))
    cur = conn.execute(
        f"UPDATE clients SET {assignments}, updated_at = ?, updated_by = ? WHERE uuid = ?",
        (*_profile_values(profile), _now(), by, client_uuid),
    )
    if cur.rowcount != 1:
        raise NotFound(_GONE)


def touch(conn: Connection, client_uuid: str, by: str) -> None:
    """A record of the client changed: the client's file was updated."""
    conn.execute(
        "UPDATE clients SET updated_at = ?, updated_by = ? WHERE uuid = ?",
        (_now(), by, client_uuid),
    )


def delete(conn: Connection, client_uuid: str) -> None:
    """Remove the client and (by cascade) every record of theirs."""
    cur = conn.execute("DELETE FROM clients WHERE uuid = ?", (client_uuid,))
    if cur.rowcount != 1:
        raise NotFound(_GONE)


def _summary(row: Sequence[Any]) -> ClientSummary:
    return ClientSummary(row[0], row[1], row[2], row[3], _dob(row[4]))


def search(
    conn: Connection,
    tokens: Sequence[str],
    *,
    limit: int = 50,
    only_created_by: str | None = None,
) -> list[ClientSummary]:
    """Clients whose names, aliases or numbers match every token as a prefix,
    sorted by family then given name."""
    query = fts.names_or_whole_numbers(
        tokens, name_columns=("names", "aliases"), number_columns=("numbers",)
    )
    if query is None:
        return []
    sql = (
        f"SELECT {_SUMMARY} FROM client_search s JOIN clients c ON c.id = s.rowid "
        "WHERE client_search MATCH ?"
    )
    args: list[object] = [query]
    if only_created_by is not None:
        sql += " AND c.created_by = ? COLLATE NOCASE"
        args.append(only_created_by)
    sql += " ORDER BY c.family_names COLLATE NOCASE, c.given_names COLLATE NOCASE, c.id LIMIT ?"
    args.append(max(1, min(limit, 500)))
    return [_summary(r) for r in conn.execute(sql, args)]


def page(
    conn: Connection,
    *,
    after_uuid: str = "",
    limit: int = 50,
    descending: bool = False,
    only_created_by: str | None = None,
) -> list[ClientSummary]:
    """One page of the client list by name (A→Z, or Z→A with ``descending``),
    keyset-paged: pass the last row's UUID as ``after_uuid`` for the next page
    (no OFFSET: every page costs the same)."""
    # An intake worker's list is their own clients: that index starts at their first.
    index = "clients_by_name" if only_created_by is None else "clients_by_creator_name"
    sql = f"SELECT {_SUMMARY} FROM clients c INDEXED BY {index} WHERE 1 = 1"
    args: list[object] = []
    if after_uuid:
        key = conn.execute(
            "SELECT family_names, given_names, id FROM clients WHERE uuid = ?", (after_uuid,)
        ).fetchone()
        if key is None:
            raise NotFound("The client the page started from was removed; start again.")
        # The first condition lets SQLite seek in the index; the row value orders ties.
        first, rest = ("<=", "<") if descending else (">=", ">")
        sql += (
            f" AND c.family_names COLLATE NOCASE {first} ? AND (c.family_names COLLATE NOCASE, "
            f"c.given_names COLLATE NOCASE, c.id) {rest} (?, ?, ?)"
        )
        args += [key[0], *key]
    if only_created_by is not None:
        sql += " AND c.created_by = ? COLLATE NOCASE"
        args.append(only_created_by)
    order = " DESC" if descending else ""
    sql += (
        f" ORDER BY c.family_names COLLATE NOCASE{order}, c.given_names COLLATE NOCASE{order}, "
        f"c.id{order} LIMIT ?"
    )
    args.append(max(1, min(limit, 1000)))
    return [_summary(r) for r in conn.execute(sql, args)]


MAX_SUMMARIES = 500


def summaries(
    conn: Connection, uuids: Sequence[str], *, only_created_by: str | None = None
) -> list[ClientSummary]:
    """The list rows of these clients (any that are gone are left out), in no order."""
    wanted = list(dict.fromkeys(uuids))[:MAX_SUMMARIES]
    if not wanted:
        return []
    marks = ", ".join("?" * len(wanted))
    sql = f"SELECT {_SUMMARY} FROM clients c WHERE c.uuid IN ({marks})"
    args: list[object] = list(wanted)
    if only_created_by is not None:
        sql += " AND c.created_by = ? COLLATE NOCASE"
        args.append(only_created_by)
    return [_summary(r) for r in conn.execute(sql, args)]


def mark_synthetic(conn: Connection, client_uuid: str) -> None:
    """A client `caseapp demo` made up (never a real person)."""
    conn.execute("INSERT INTO synthetic_clients (client_uuid) VALUES (?)", (client_uuid,))


def only_synthetic(conn: Connection) -> bool:
    """True when every client in the vault (if any) was made up by `caseapp demo`."""
    # synthetic_clients holds only clients (by foreign key, removed with them),
    # so equal counts mean every client is synthetic.
    row = conn.execute(
        "SELECT (SELECT count(*) FROM clients) = (SELECT count(*) FROM synthetic_clients)"
    ).fetchone()
    return bool(row[0])
