"""The backstop behind the audited path: a SQLite authorizer on the service
connection that refuses to read or change client tables unless an audited
act is under way.

The authorizer runs when a statement is *prepared*, and Python caches
prepared statements: a statement prepared inside an audited act could run
again later without being checked. Leaving the audited scope therefore
re-installs the authorizer, which makes SQLite expire every prepared
statement, so the next use is prepared — and checked — again.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlcipher3

from caseapp.storage.connection import Connection

# Tables that hold client details, FTS shadow tables included.
CLIENT_TABLES = frozenset(
    {
        "clients",
        "clients_fts",
        "clients_fts_data",
        "clients_fts_idx",
        "clients_fts_docsize",
        "clients_fts_config",
    }
)

_GUARDED_ACTIONS = frozenset(
    {
        sqlcipher3.SQLITE_READ,
        sqlcipher3.SQLITE_INSERT,
        sqlcipher3.SQLITE_UPDATE,
        sqlcipher3.SQLITE_DELETE,
    }
)


class UnauditedAccess(Exception):
    """A client table was touched outside an audited act (a programming error)."""


class ReadGuard:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._depth = 0
        self.refusals = 0
        conn.set_authorizer(self._authorize)

    @property
    def active(self) -> bool:
        return self._depth > 0

    def _authorize(
        self, action: int, arg1: str | None, arg2: str | None, db: str | None, src: str | None
    ) -> int:
        if self._depth == 0 and action in _GUARDED_ACTIONS and arg1 in CLIENT_TABLES:
            if action == sqlcipher3.SQLITE_READ and arg2 == "":
                return int(sqlcipher3.SQLITE_OK)  # count(*): how many, never what

            self.refusals += 1
            return int(sqlcipher3.SQLITE_DENY)
        return int(sqlcipher3.SQLITE_OK)

    @contextmanager
    def audited(self) -> Iterator[None]:
        """Open the client tables for the length of one audited act."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                # Expire statements prepared while open (see the module docstring).
                self._conn.set_authorizer(self._authorize)
