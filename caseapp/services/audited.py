"""The audited path every service call takes (DESIGN.md §4): a session bound
to one user, its lifecycle, and the helpers that make an act and its audit
entry one transaction.
"""

from __future__ import annotations

import contextlib
import functools
import re
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Concatenate, ParamSpec, Self, TypeVar

from caseapp.core.audit import REASONS, AuditEvent
from caseapp.core.errors import (
    CaseappError,
    InvalidInput,
    NotFound,
    PermissionDenied,
    VaultLocked,
)
from caseapp.core.users import Role, User
from caseapp.crypto.kdf import KdfParams
from caseapp.crypto.secrets import wipe
from caseapp.storage import audit_log, clients
from caseapp.storage.connection import Connection, close_quietly, transaction
from caseapp.storage.instance_lock import InstanceLock
from caseapp.storage.keyfile import KeyFile
from caseapp.storage.read_guard import ReadGuard

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


INTAKE_ONLY_OWN = (
    "Intake staff can open only the intakes they started. Ask a paralegal "
    "or attorney for this client's file."
)


FIELD_ONLY = (
    "This is a field laptop's vault: it only takes new intakes and seals them for "
    "the office. Seal what was taken and bring the sealed files to the office, where "
    "they are read; nothing can be read back here."
)

_P = ParamSpec("_P")
_T = TypeVar("_T")
_S = TypeVar("_S", bound="AuditedSession")


def field_act(
    method: Callable[Concatenate[_S, _P], _T],
) -> Callable[Concatenate[_S, _P], _T]:
    """Mark one of the few acts a field vault allows (take an intake, seal, change
    one's own passphrase, check the log). In a field vault every other act is
    refused where it starts, at the connection (``AuditedSession._db``); what a
    marked act calls inside (sealing reads each intake once to seal it) runs."""

    @functools.wraps(method)
    def allowed(self: _S, /, *args: _P.args, **kwargs: _P.kwargs) -> _T:
        self._field_acts += 1
        try:
            return method(self, *args, **kwargs)
        finally:
            self._field_acts -= 1

    return allowed


class _Refused(Exception):
    """Internal: an act the user's role does not allow. Raised inside an act (which
    rolls back), then recorded on its own as ``access_refused`` and turned into
    PermissionDenied with ``message`` by ``_recording_refusals``."""

    def __init__(self, client_uuid: str = "", message: str = INTAKE_ONLY_OWN) -> None:
        super().__init__()
        self.client_uuid = client_uuid
        self.message = message


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
        # When this session searched by number (see ClientFiles.search_clients).
        self._number_searches: list[float] = []
        # A field laptop's vault (set at unlock): only ``field_act`` acts run.
        self.field_vault = False
        self._field_acts = 0

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
            # The guard's callback and the connection hold each other through C,
            # where the collector cannot see: unhooked, the closed connection goes.
            with contextlib.suppress(Exception):
                conn.set_authorizer(None)
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
        if self.field_vault and not self._field_acts:
            raise PermissionDenied(FIELD_ONLY)
        return self._conn

    def _require_admin(self, action: str) -> None:
        self._refuse_unless(
            self.user.is_admin, action, "Only an administrator can manage users and keys."
        )

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
        # What callers pass in is checked here, so a typo is a message, not a crash.
        if client_uuid and not _UUID.fullmatch(client_uuid):
            raise NotFound("That client does not exist (check the client id).")
        if reason not in REASONS:
            raise InvalidInput(
                "Choose the reason from the list: " + ", ".join(sorted(REASONS - {""}))
            )
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
        # First, before any query: an id that is not a UUID (a typo, or bytes
        # that are not text) is simply no client.
        if not isinstance(client_uuid, str) or not _UUID.fullmatch(client_uuid):
            raise NotFound("That client does not exist (check the client id).")
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
            self._record_refusal(action, refused.client_uuid)
            raise PermissionDenied(refused.message) from None

    def _record_refusal(self, action: str, client_uuid: str = "") -> None:
        with contextlib.suppress(CaseappError), transaction(self._db()):
            record(
                self._db(),
                "access_refused",
                self.user.name,
                entity_type="client" if client_uuid else "vault",
                entity_id=client_uuid,
                fields=(action,),
            )

    def _refuse_unless(
        self, allowed: bool, action: str, message: str, client_uuid: str = ""
    ) -> None:
        """Outside a transaction: a refusal by role, recorded, then PermissionDenied."""
        self._db()
        if not allowed:
            self._record_refusal(action, client_uuid if _UUID.fullmatch(client_uuid) else "")
            raise PermissionDenied(message)
