"""The audited path every service call takes (DESIGN.md §4): a session bound
to one user, its lifecycle, and the helpers that make an act and its audit
entry one transaction.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Self

from caseapp.core.audit import AuditEvent
from caseapp.core.errors import CaseappError, PermissionDenied, VaultLocked
from caseapp.core.users import Role, User
from caseapp.crypto.kdf import KdfParams
from caseapp.crypto.secrets import wipe
from caseapp.storage import audit_log, clients
from caseapp.storage.connection import Connection, close_quietly, transaction
from caseapp.storage.instance_lock import InstanceLock
from caseapp.storage.keyfile import KeyFile
from caseapp.storage.read_guard import ReadGuard


class _Refused(Exception):
    """Internal: an act the user's role does not allow (recorded, then PermissionDenied)."""

    def __init__(self, client_uuid: str) -> None:
        super().__init__()
        self.client_uuid = client_uuid


def record(
    conn: Connection,
    action: str,
    user: str,
    *,
    entity_type: str = "",
    entity_id: str = "",
    fields: Sequence[str] = (),
    reason: str = "",
    at: datetime | None = None,
) -> int:
    """Append one audit entry inside the caller's transaction."""
    return audit_log.append(
        conn,
        AuditEvent(action, user, entity_type, entity_id, tuple(fields), reason, at),
    )


class AuditedSession:
    """The part of a session every service uses: the connection, the user, the guard."""

    def __init__(
        self,
        path: Path,
        conn: Connection,
        user: User,
        data_key: bytearray,
        lock: InstanceLock,
        keys: KeyFile,
        kdf_params: KdfParams,
    ) -> None:
        self.path = path
        self.user = user
        self._conn: Connection | None = conn
        self._data_key = data_key
        self._lock = lock
        self._keys = keys
        self._kdf = kdf_params
        self._guard = ReadGuard(conn)
        self.opened_at = time.time()
        # Set at unlock when the log's state row is damaged: no act can be
        # recorded, so every audited act refuses; the log can still be read.
        self.audit_broken = False

    # -- lifecycle ---------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._conn is None

    def lock(self) -> None:
        """Close the database, zero the key and release the vault. Safe to call twice."""
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception), transaction(conn):
                record(conn, "lock", self.user.name)
            close_quietly(conn)
        wipe(self._data_key)
        self._lock.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    def _db(self) -> Connection:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    def _require_admin(self) -> None:
        self._db()
        if not self.user.is_admin:
            raise PermissionDenied("Only an administrator can manage users and keys.")

    # -- the audited path ------------------------------------------------------

    @contextmanager
    def _act(self, event: AuditEvent) -> Iterator[Connection]:
        """One sensitive act: its audit entry and its work commit together or not at all."""
        conn = self._db()
        with self._guard.audited(), transaction(conn):
            audit_log.append(conn, event)
            yield conn

    def _event(
        self, action: str, client_uuid: str = "", fields: Sequence[str] = (), reason: str = ""
    ) -> AuditEvent:
        return AuditEvent(
            action,
            self.user.name,
            "client" if client_uuid else "",
            client_uuid,
            tuple(fields),
            reason,
        )

    def _require_case_work(self) -> None:
        self._db()
        # Every role works with clients; intake only with those it started.

    def _check_client_access(self, conn: Connection, client_uuid: str) -> None:
        if self.user.role is Role.INTAKE:
            owner = clients.created_by(conn, client_uuid)
            if owner.casefold() != self.user.name.casefold():
                raise _Refused(client_uuid)

    @contextmanager
    def _recording_refusals(self, action: str) -> Iterator[None]:
        """A refused attempt rolls the act back, then is recorded on its own:
        "who tried to open this file" is part of the answer too."""
        try:
            yield
        except _Refused as refused:
            with contextlib.suppress(CaseappError), transaction(self._db()):
                record(
                    self._db(),
                    "access_refused",
                    self.user.name,
                    entity_type="client",
                    entity_id=refused.client_uuid,
                    fields=(action,),
                )
            raise PermissionDenied(
                "Intake staff can open only the intakes they started. Ask a paralegal "
                "or attorney for this client's file."
            ) from None
