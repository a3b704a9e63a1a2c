"""Queries across client files: note search and the dashboard.
Call only inside an audited act."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from caseapp.storage import fts
from caseapp.storage.connection import Connection

# Only this much of a note is read to cut a snippet from: notes can be a megabyte.
SNIPPET_SOURCE_CHARS = 20_000
SNIPPET_CHARS = 160


@dataclass(frozen=True, slots=True)
class NoteRow:
    note_uuid: str
    client_uuid: str
    case_uuid: str
    created_at: str
    created_by: str
    body: str
    given: str
    family: str


def notes(
    conn: Connection, tokens: Sequence[str], *, limit: int, only_created_by: str | None = None
) -> list[NoteRow]:
    """Notes matching every token, newest first. FTS5 walks its doclists in rowid
    order, so the first ``limit`` come without ranking every match."""
    query = fts.all_of(tokens, prefix=False)
    if query is None:
        return []
    columns = (
        f"SELECT n.uuid, n.client_uuid, coalesce(n.case_uuid, ''), n.created_at, n.created_by, "
        f"substr(n.body, 1, {SNIPPET_SOURCE_CHARS}), c.given_names, c.family_names "
    )
    if only_created_by is None:
        sql = (
            columns + "FROM (SELECT rowid FROM note_search WHERE note_search MATCH ? "
            "ORDER BY rowid DESC LIMIT ?) s JOIN notes n ON n.id = s.rowid "
            "JOIN clients c ON c.uuid = n.client_uuid ORDER BY n.id DESC LIMIT ?"
        )
        args: list[object] = [query, limit, limit]
    else:
        # Only the notes of one's own clients: their note ids are gathered from
        # the indexes (a list with a Bloom filter), then the full-text index is
        # walked newest first and stops at ``limit``. The unary + keeps that list
        # from being handed to FTS5 as rowids to look up one by one, and nothing
        # gathers and sorts every match in the office.
        sql = (
            columns + "FROM (SELECT s.rowid AS id FROM note_search s "
            "WHERE note_search MATCH ? AND +s.rowid IN (SELECT o.id FROM clients k "
            "INDEXED BY clients_created_by CROSS JOIN notes o INDEXED BY notes_client "
            "ON o.client_uuid = k.uuid WHERE k.created_by = ? COLLATE NOCASE) "
            "ORDER BY s.rowid DESC LIMIT ?) m JOIN notes n ON n.id = m.id "
            "JOIN clients c ON c.uuid = n.client_uuid ORDER BY n.id DESC LIMIT ?"
        )
        args = [query, only_created_by, limit, limit]
    return [NoteRow(*row) for row in conn.execute(sql, args)]


def _fold(text: str) -> str:
    """Case and accents removed, one character for one (so positions line up)."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(base.casefold()[:1] or ch)
    return "".join(out)


def snippet(body: str, tokens: Sequence[str]) -> str:
    """A line of context around the first word searched for."""
    folded = _fold(body)
    starts = [folded.find(_fold(t)) for t in tokens if t]
    found = [p for p in starts if p >= 0]
    at = min(found) if found else 0
    begin = max(0, at - SNIPPET_CHARS // 3)
    text = " ".join(body[begin : begin + SNIPPET_CHARS].split())
    return ("…" if begin else "") + text + ("…" if begin + SNIPPET_CHARS < len(body) else "")


@dataclass(frozen=True, slots=True)
class DueRow:
    kind: str
    when: date
    at: datetime | None
    title: str
    client_uuid: str
    case_uuid: str
    record_uuid: str
    given: str
    family: str


@dataclass(frozen=True, slots=True)
class DueRows:
    rows: list[DueRow]
    # Open deadlines and tasks due before the overdue window (counted, not listed).
    older_overdue: int
    # Some kind had more rows than the limit: the soonest were kept.
    truncated: bool


def due_between(
    conn: Connection,
    start: date,
    end: date,
    *,
    asylum_until: date,
    overdue_since: date,
    limit: int = 200,
    only_created_by: str | None = None,
) -> DueRows:
    """What the dashboard lists, soonest first, at most ``limit`` of each list:

    - open deadlines and tasks due from ``start`` to ``end``, and hearings and
      check-ins in those days;
    - open deadlines and tasks that fell due from ``overdue_since`` to the day
      before ``start`` (older ones are counted in ``older_overdue``);
    - open one-year asylum deadlines up to ``asylum_until``, and every missed
      one, however old: missing it bars asylum.

    Each list is its own query on an index range, so overdue items never crowd
    out what is coming, and a large office's history costs nothing.
    """
    owner = ""
    args_owner: list[object] = []
    if only_created_by is not None:
        owner = " AND c.created_by = ? COLLATE NOCASE"
        args_owner = [only_created_by]
    rows: list[DueRow] = []
    truncated = False
    today = start.isoformat()
    yesterday = date.fromordinal(start.toordinal() - 1).isoformat()

    def fetch(sql: str, args: Sequence[object]) -> list[Any]:
        nonlocal truncated
        found: list[Any] = conn.execute(
            sql + " LIMIT ?", [*args, *args_owner, limit + 1]
        ).fetchall()
        truncated = truncated or len(found) > limit
        return found[:limit]

    deadlines = (
        "SELECT d.due_on, d.title, d.client_uuid, coalesce(d.case_uuid, ''), d.uuid, "
        "c.given_names, c.family_names FROM deadlines d INDEXED BY {} "
        "JOIN clients c ON c.uuid = d.client_uuid "
        "WHERE d.done_on IS NULL AND d.due_on BETWEEN ? AND ? AND d.kind {} "
        f"'asylum_one_year'{owner} ORDER BY d.due_on"
    )
    other = deadlines.format("deadlines_open_due", "<>")
    # Asylum deadlines by kind first: missed ones however old, and nothing else read.
    asylum = deadlines.format("deadlines_open_kind_due", "=")
    tasks = (
        "SELECT t.due_on, t.title, t.client_uuid, coalesce(t.case_uuid, ''), t.uuid, "
        "c.given_names, c.family_names FROM tasks t INDEXED BY tasks_open_due "
        "JOIN clients c ON c.uuid = t.client_uuid "
        f"WHERE t.done_on IS NULL AND t.due_on IS NOT NULL AND t.due_on BETWEEN ? AND ?{owner} "
        "ORDER BY t.due_on"
    )
    lists = (
        ("deadline", other, overdue_since.isoformat(), yesterday),
        ("deadline", other, today, end.isoformat()),
        ("task", tasks, overdue_since.isoformat(), yesterday),
        ("task", tasks, today, end.isoformat()),
        ("asylum_deadline", asylum, "0000", yesterday),
        ("asylum_deadline", asylum, today, asylum_until.isoformat()),
    )
    for kind, sql, low, high in lists:
        for r in fetch(sql, [low, high]):
            rows.append(DueRow(kind, date.fromisoformat(r[0]), None, *r[1:]))
    window = [today, end.isoformat() + "T23:59"]
    for kind, table, column, title in (
        ("hearing", "hearings", "starts_at", "x.kind"),
        ("check_in", "check_ins", "at", "x.office"),
    ):
        case = "coalesce(x.case_uuid, '')" if kind == "hearing" else "''"
        for r in fetch(
            f"SELECT x.{column}, {title}, x.client_uuid, {case}, x.uuid, c.given_names, "
            f"c.family_names FROM {table} x JOIN clients c ON c.uuid = x.client_uuid "
            f"WHERE x.{column} BETWEEN ? AND ?{owner} ORDER BY x.{column}",
            window,
        ):
            at = datetime.fromisoformat(r[0])
            rows.append(DueRow(kind, at.date(), at, *r[1:]))
    older = 0
    since = overdue_since.isoformat()
    for table, index, only in (
        ("deadlines", "deadlines_open_due", " AND x.kind <> 'asylum_one_year'"),
        ("tasks", "tasks_open_due", " AND x.due_on IS NOT NULL"),
    ):
        if owner:
            # One's own clients first, then their items by client: never every
            # open overdue item in the office looked up one by one.
            sql = (
                f"SELECT count(*) FROM clients c INDEXED BY clients_created_by "
                f"CROSS JOIN {table} x INDEXED BY {table}_client ON x.client_uuid = c.uuid "
                f"WHERE x.done_on IS NULL AND x.due_on < ?{only}{owner}"
            )
        else:
            # The count comes from the index alone (no page of the table or of
            # clients is read, so nothing is decrypted).
            sql = (
                f"SELECT count(*) FROM {table} x INDEXED BY {index} "
                f"WHERE x.done_on IS NULL AND x.due_on < ?{only}"
            )
        older += int(conn.execute(sql, [since, *args_owner]).fetchone()[0])
    rows.sort(key=lambda r: (r.when, r.at or datetime.min, r.kind))
    return DueRows(rows, older, truncated)
