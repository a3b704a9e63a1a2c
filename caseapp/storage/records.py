"""One repository for every record kind of ``core.records``.

A record's table has the columns of its dataclass, under the same names,
inside the common frame (id, uuid, client_uuid, created/updated stamps; see
migration 0003). The SQL here is built from those field names — trusted
identifiers from the code, never from user text — and every value is a
parameter. Call only inside an audited act (the read guard refuses anything
else).
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, TypeVar

import sqlcipher3

from caseapp.core import records as rec
from caseapp.core.errors import InvalidInput, NotFound
from caseapp.storage.connection import Connection

TABLES: dict[str, str] = {
    "alias": "aliases",
    "identifier": "identifiers",
    "phone": "phones",
    "email": "emails",
    "address": "addresses",
    "safety": "safety",
    "household_member": "household_members",
    "income": "incomes",
    "entry": "entries",
    "application": "applications",
    "proceeding": "proceedings",
    "hearing": "hearings",
    "check_in": "check_ins",
    "detention": "detentions",
    "case": "cases",
    "party": "parties",
    "deadline": "deadlines",
    "task": "tasks",
    "note": "notes",
    "time_entry": "time_entries",
    "document": "documents",
    "checklist_item": "checklist_items",
    "conflict_check": "conflict_checks",
}

# How each kind is listed in a client's file: the order a paralegal reads it in.
_ORDER: dict[str, str] = {
    "entry": "entry_date DESC, id DESC",
    "application": "coalesce(filed_on, '') DESC, id DESC",
    "hearing": "starts_at DESC, id DESC",
    "check_in": "at DESC, id DESC",
    "deadline": "due_on, id",
    "task": "coalesce(due_on, '9999'), id",
    "note": "id DESC",
    "time_entry": "worked_on DESC, id DESC",
    "case": "opened_on DESC, id DESC",
    "conflict_check": "id DESC",
}
_FRAME = ("uuid", "client_uuid", "created_at", "created_by", "updated_at", "updated_by")

R = TypeVar("R", bound=rec.Record)


def _quote(name: str) -> str:
    return '"' + name + '"'


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# -- value conversion -------------------------------------------------------------


def _to_text_date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _from_text_date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _to_moment(value: datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M")


def _from_moment(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _to_decimal(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _from_decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _to_reference(value: str) -> str | None:
    return value or None


def _from_reference(value: str | None) -> str:
    return value or ""


def _to_names(value: tuple[str, ...]) -> str:
    # Cleaned names never hold a line break, so one separates them.
    return "\n".join(value)


def _from_names(value: str) -> tuple[str, ...]:
    return tuple(value.split("\n")) if value else ()


def _same(value: Any) -> Any:
    return value


def _from_bool(value: int) -> bool:
    return bool(value)


Converter = Callable[[Any], Any]


def _converters(name: str, hint: object) -> tuple[Converter, Converter]:
    """(to the column, from the column) for one field."""
    if name.endswith("_uuid"):
        return _to_reference, _from_reference
    table: dict[object, tuple[Converter, Converter]] = {
        str: (_same, _same),
        int: (_same, _same),
        bool: (int, _from_bool),
        date: (_to_text_date, _from_text_date),
        date | None: (_to_text_date, _from_text_date),
        datetime: (_to_moment, _from_moment),
        Decimal: (str, Decimal),
        Decimal | None: (_to_decimal, _from_decimal),
        tuple[str, ...]: (_to_names, _from_names),
    }
    try:
        return table[hint]
    except KeyError:
        raise TypeError(f"no column type for {name}: {hint!r}") from None


@dataclass(frozen=True, slots=True)
class _Shape:
    """Everything the SQL of one kind needs, computed once."""

    kind: type[rec.Record]
    table: str
    columns: tuple[str, ...]
    to_column: tuple[Converter, ...]
    from_column: tuple[Converter, ...]
    select: str
    insert: str
    update: str
    order: str


_SHAPES: dict[type[Any], _Shape] = {}


def shape(kind: type[Any]) -> _Shape:
    """The SQL for one kind (built on first use)."""
    found = _SHAPES.get(kind)
    if found is None:
        found = _SHAPES[kind] = _build_shape(kind)
    return found


def _build_shape(kind: type[rec.Record]) -> _Shape:
    hints = typing.get_type_hints(kind)
    names = tuple(f.name for f in fields(kind))
    pairs = [_converters(n, hints[n]) for n in names]
    table = TABLES[kind.KIND]
    cols = ", ".join(_quote(n) for n in names)
    frame = ", ".join(_FRAME)
    placeholders = ", ".join("?" for _ in (*_FRAME, *names))
    return _Shape(
        kind=kind,
        table=table,
        columns=names,
        to_column=tuple(p[0] for p in pairs),
        from_column=tuple(p[1] for p in pairs),
        select=f"SELECT {frame}, {cols} FROM {table}",
        insert=f"INSERT INTO {table} ({frame}, {cols}) VALUES ({placeholders})",
        update=(
            f"UPDATE {table} SET "
            + ", ".join(f"{_quote(n)} = ?" for n in names)
            + ", updated_at = ?, updated_by = ? WHERE uuid = ?"
        ),
        order=_ORDER.get(kind.KIND, "id"),
    )


def _values(s: _Shape, record: rec.Record) -> list[object]:
    return [conv(getattr(record, name)) for name, conv in zip(s.columns, s.to_column, strict=True)]


def _stored(s: _Shape, row: Sequence[Any]) -> rec.Stored[Any]:
    values = {
        name: conv(row[6 + i])
        for i, (name, conv) in enumerate(zip(s.columns, s.from_column, strict=True))
    }
    return rec.Stored(
        uuid=row[0],
        client_uuid=row[1],
        record=s.kind(**values),
        created_at=row[2],
        created_by=row[3],
        updated_at=row[4],
        updated_by=row[5],
    )


# -- the repository -------------------------------------------------------------------


_CLASH = (
    "A record with the same id is already in the vault, or a record refers to one "
    "that is not there; nothing was saved."
)


def insert(
    conn: Connection, client_uuid: str, record: rec.Record, by: str, *, record_uuid: str = ""
) -> str:
    """Store a new record for a client; returns its UUID."""
    s = shape(type(record))
    new = record_uuid or rec.new_uuid()
    now = _now()
    try:
        conn.execute(s.insert, (new, client_uuid, now, by, now, by, *_values(s, record)))
    except sqlcipher3.IntegrityError as exc:
        raise InvalidInput(_CLASH) from exc
    return new


def insert_many(
    conn: Connection, client_uuid: str, items: Iterable[tuple[str, rec.Record]], by: str
) -> None:
    """Store several records (uuid, record) of one client: the bulk path of imports."""
    now = _now()
    try:
        for record_uuid, record in items:
            s = shape(type(record))
            conn.execute(
                s.insert, (record_uuid, client_uuid, now, by, now, by, *_values(s, record))
            )
    except sqlcipher3.IntegrityError as exc:
        raise InvalidInput(_CLASH) from exc


def get(conn: Connection, kind: type[R], record_uuid: str) -> rec.Stored[R]:
    s = shape(kind)
    row = conn.execute(f"{s.select} WHERE uuid = ?", (record_uuid,)).fetchone()
    if row is None:
        raise NotFound(f"That {_label(kind)} does not exist (it may have been removed).")
    return _stored(s, row)


def find(conn: Connection, record_uuid: str) -> rec.Stored[Any]:
    """A record of any kind by its UUID (kinds are few; each lookup is one index probe)."""
    for kind in rec.RECORD_TYPES:
        s = shape(kind)
        row = conn.execute(f"{s.select} WHERE uuid = ?", (record_uuid,)).fetchone()
        if row is not None:
            return _stored(s, row)
    raise NotFound("That record does not exist (it may have been removed).")


def owner(conn: Connection, kind: type[rec.Record], record_uuid: str) -> str:
    """The client a record belongs to."""
    row = conn.execute(
        f"SELECT client_uuid FROM {shape(kind).table} WHERE uuid = ?", (record_uuid,)
    ).fetchone()
    if row is None:
        raise NotFound(f"That {_label(kind)} does not exist (it may have been removed).")
    return str(row[0])


def for_client(
    conn: Connection, kind: type[R], client_uuid: str, *, limit: int | None = None
) -> list[rec.Stored[R]]:
    s = shape(kind)
    sql = f"{s.select} WHERE client_uuid = ? ORDER BY {s.order}"
    args: list[object] = [client_uuid]
    if limit is not None:
        sql += " LIMIT ?"
        args.append(limit)
    return [_stored(s, row) for row in conn.execute(sql, args)]


def count_for_client(conn: Connection, kind: type[rec.Record], client_uuid: str) -> int:
    table = shape(kind).table
    row = conn.execute(f"SELECT count(*) FROM {table} WHERE client_uuid = ?", (client_uuid,))
    return int(row.fetchone()[0])


def for_case(conn: Connection, kind: type[R], case_uuid: str) -> list[rec.Stored[R]]:
    s = shape(kind)
    return [
        _stored(s, row)
        for row in conn.execute(f"{s.select} WHERE case_uuid = ? ORDER BY {s.order}", (case_uuid,))
    ]


def update(conn: Connection, record_uuid: str, record: rec.Record, by: str) -> None:
    s = shape(type(record))
    cur = conn.execute(s.update, (*_values(s, record), _now(), by, record_uuid))
    if cur.rowcount != 1:
        raise NotFound(f"That {_label(type(record))} does not exist (it may have been removed).")


def delete(conn: Connection, kind: type[rec.Record], record_uuid: str) -> None:
    cur = conn.execute(f"DELETE FROM {shape(kind).table} WHERE uuid = ?", (record_uuid,))
    if cur.rowcount != 1:
        raise NotFound(f"That {_label(kind)} does not exist (it may have been removed).")


def _label(kind: type[Any]) -> str:
    return str(kind.KIND).replace("_", " ")


# -- documents' bytes -------------------------------------------------------------------


def put_content(conn: Connection, document_uuid: str, content: bytes) -> None:
    conn.execute(
        "INSERT INTO document_contents (document_uuid, content) VALUES (?, ?)",
        (document_uuid, content),
    )


def get_content(conn: Connection, document_uuid: str) -> bytes:
    row = conn.execute(
        "SELECT content FROM document_contents WHERE document_uuid = ?", (document_uuid,)
    ).fetchone()
    if row is None:
        raise NotFound("That document does not exist (it may have been removed).")
    return bytes(row[0])


# -- the schema check ----------------------------------------------------------------------


_SQL_TYPES: dict[object, str] = {
    str: "TEXT",
    int: "INTEGER",
    bool: "INTEGER",
    date: "TEXT",
    date | None: "TEXT",
    datetime: "TEXT",
    Decimal: "TEXT",
    Decimal | None: "TEXT",
    tuple[str, ...]: "TEXT",
}


def schema_mismatches(conn: Connection) -> list[str]:
    """Differences between the dataclasses and their tables (empty when they agree)."""
    problems = []
    for kind in rec.RECORD_TYPES:
        s = shape(kind)
        info = {
            str(r[1]): str(r[2]).upper()
            for r in conn.execute(f"SELECT * FROM pragma_table_info('{s.table}')")
        }
        hints = typing.get_type_hints(kind)
        for name in (*_FRAME, *s.columns):
            if name not in info:
                problems.append(f"{s.table}.{name} is missing")
            elif name in s.columns and info[name] != _SQL_TYPES[hints[name]]:
                problems.append(f"{s.table}.{name} is {info[name]}")
    return problems


def notes_page(
    conn: Connection, client_uuid: str, *, before_uuid: str = "", limit: int = 200
) -> list[rec.Stored[rec.Note]]:
    """A client's notes, newest first, the page after the note ``before_uuid``."""
    s = shape(rec.Note)
    sql = f"{s.select} WHERE client_uuid = ?"
    args: list[object] = [client_uuid]
    if before_uuid:
        sql += " AND id < (SELECT id FROM notes WHERE uuid = ?)"
        args.append(before_uuid)
    sql += " ORDER BY id DESC LIMIT ?"
    args.append(max(1, min(limit, 1000)))
    return [_stored(s, row) for row in conn.execute(sql, args)]


def every(conn: Connection, kind: type[R]) -> list[rec.Stored[R]]:
    """Every record of a kind, in every file (index rebuilds, exports of the office)."""
    s = shape(kind)
    return [_stored(s, row) for row in conn.execute(f"{s.select} ORDER BY id").fetchall()]
