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

from caseapp.storage.connection import Connection, damage_checked

# Default deny: every table is client data except these, which hold the vault's
# own bookkeeping (users, key registry, the audit log and SQLite's catalogue).
# Not sqlite_stat1/stat4: after an ANALYZE they hold samples of index keys —
# names, and SSNs from the identifiers index.
# A table added by a later migration is guarded without anyone remembering to.
OPEN_TABLES = frozenset(
    {
        "vault_meta",
        "users",
        "key_slots",
        "audit_log",
        "audit_state",
        "sqlite_master",
        "sqlite_schema",
        "sqlite_temp_master",
        "sqlite_temp_schema",
        "sqlite_sequence",
    }
)


def is_client_table(name: str | None) -> bool:
    return name is not None and name not in OPEN_TABLES


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
        if self._depth == 0 and action in _GUARDED_ACTIONS and is_client_table(arg1):
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
            with damage_checked():
                yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                # Expire statements prepared while open (see the module docstring).
                self._conn.set_authorizer(self._authorize)
