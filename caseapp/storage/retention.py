"""What retention needs to know of every client: created when, and its cases'
status and closing day. One query, no names (issue 7)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from caseapp.core.retention import CaseState
from caseapp.storage.connection import Connection


def facts(conn: Connection) -> Iterator[tuple[str, date, list[CaseState]]]:
    """(client uuid, day created, its cases) for every client, in uuid order."""
    rows = conn.execute(
        "SELECT c.uuid, c.created_at, k.status, k.closed_on "
        "FROM clients c LEFT JOIN cases k ON k.client_uuid = c.uuid ORDER BY c.uuid"
    )
    current: str | None = None
    created = date.min
    cases: list[CaseState] = []
    for uuid, created_at, status, closed_on in rows:
        if uuid != current:
            if current is not None:
                yield current, created, cases
            current, created, cases = str(uuid), date.fromisoformat(str(created_at)[:10]), []
        if status is not None:
            cases.append(
                CaseState(str(status), date.fromisoformat(closed_on) if closed_on else None)
            )
    if current is not None:
        yield current, created, cases
