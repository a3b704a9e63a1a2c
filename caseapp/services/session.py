"""An unlocked vault bound to one user: every service call goes through a Session.

Every sensitive act appends its audit entry in the same transaction as the
act; if the entry cannot be written the act fails and nothing is returned.
Reads of client data also pass the read guard, a SQLite authorizer that
refuses client tables outside an audited act.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from caseapp.core.audit import (
    AuditEntry,
    Checkpoint,
    VerifyResult,
    parse_checkpoint,
)
from caseapp.core.errors import (
    CaseappError,
    CorruptKeyFile,
    CorruptVault,
    LastAdministrator,
    StorageFailure,
    UserExists,
    WrongPassphrase,
)
from caseapp.core.users import Role, User, validate_user_name
from caseapp.crypto import audit_chain, recovery, slots
from caseapp.crypto.kdf import KdfParams
from caseapp.crypto.secrets import wipe
from caseapp.crypto.slots import KeySlot, SlotKind
from caseapp.services import passphrase_policy
from caseapp.services.audited import field_act, record
from caseapp.services.backup import Backups
from caseapp.services.bulk import BulkWork
from caseapp.services.casework import CaseWork
from caseapp.services.client_file import ClientFiles
from caseapp.services.field import FieldIntake
from caseapp.services.report_printing import ReportPrinting
from caseapp.services.retention import Retention
from caseapp.storage import (
    audit_log,
    key_registry,
    keyfile,
    unlock_attempts,
    users,
    vault_meta,
)
from caseapp.storage.connection import (
    DAMAGED,
    integrity_problems,
    transaction,
)
from caseapp.storage.connection import rekey as rekey_database

# Who may read the audit log (and so answer "who looked at this file").
AUDIT_READERS = frozenset({Role.ADMIN, Role.ATTORNEY})


@dataclass(frozen=True, slots=True)
class VaultInfo:
    vault_id: str
    path: Path
    cipher_version: str
    sqlite_version: str
    schema_version: int
    kdf: KdfParams
    counts: dict[str, int]
    user_count: int
    slot_count: int


class Session(ReportPrinting, Retention, FieldIntake, Backups, BulkWork, CaseWork, ClientFiles):
    """An unlocked vault bound to one user. Every service call needs one.

    The audited path and the lifecycle live in ``AuditedSession``; client
    records, case work and bulk import/export in the classes mixed in here.
    """

    # -- information -------------------------------------------------------

    def info(self) -> VaultInfo:
        conn = self._db()
        cipher = str(conn.execute("PRAGMA cipher_version").fetchone()[0])
        sqlite_version = str(conn.execute("SELECT sqlite_version()").fetchone()[0])
        schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
        counts = vault_meta.table_counts(conn)
        return VaultInfo(
            vault_id=self._keys.vault_id,
            path=self.path,
            cipher_version=cipher,
            sqlite_version=sqlite_version,
            schema_version=schema,
            kdf=self._kdf,
            counts=counts,
            user_count=len(users.list_active(conn)),
            slot_count=len(self._keys.slots),
        )

    def list_users(self) -> list[User]:
        return users.list_active(self._db())

    # -- users ---------------------------------------------------------------

    def add_user(self, name: str, role: Role, passphrase: str) -> User:
        """Admin: a new user with their own key slot."""
        self._require_admin("user_added")
        name = validate_user_name(name)
        passphrase_policy.require_strong(passphrase, [name, "caseapp"])
        conn = self._db()
        if users.find_active(conn, name) is not None:
            raise UserExists()
        slot = self._new_slot("user", name, passphrase)
        # The user and the registered slot first, then the key file: a slot with
        # no user behind it is never registered, so it is dropped at unlock and
        # never sealed a key.
        with transaction(conn):
            user = users.insert(conn, name, role, created_by=self.user.name)
            key_registry.register(conn, slot, user.uuid)
            record(
                conn,
                "user_added",
                self.user.name,
                entity_type="user",
                entity_id=user.uuid,
                fields=("name", "role"),
            )
        stale = self._keys.user_slot(name)  # left by an add that was interrupted
        keys = self._keys.without_slot(stale.slot_id) if stale else self._keys
        try:
            self._keys = keyfile.write(self.path, keys.replace_slot(slot))
        except BaseException:
            with contextlib.suppress(CaseappError), transaction(conn):
                users.mark_removed(conn, name, self.user.name)
                key_registry.unregister(conn, slot.slot_id)
                record(
                    conn, "user_add_undone", self.user.name, entity_type="user", entity_id=user.uuid
                )
            raise
        return user

    def remove_user(self, name: str) -> None:
        """Admin: remove a user and destroy their key slot. Their history stays."""
        self._require_admin("user_removed")
        conn = self._db()
        self._refuse_unless(
            name.casefold() != self.user.name.casefold(),
            "user_removed",
            "You cannot remove yourself; ask another administrator.",
        )
        with transaction(conn):
            target = users.get_active(conn, name)
            if target.is_admin and users.count_admins(conn) <= 1:
                raise LastAdministrator()
            users.mark_removed(conn, target.name, self.user.name)
            record(conn, "user_removed", self.user.name, entity_type="user", entity_id=target.uuid)
            slot = self._keys.user_slot(target.name)
            if slot is not None:
                key_registry.unregister(conn, slot.slot_id)
                # Inside the transaction: if the slot cannot be destroyed, the
                # user is not removed either.
                self._keys = keyfile.write(self.path, self._keys.without_slot(slot.slot_id))

    def set_role(self, name: str, role: Role) -> None:
        """Admin: change a user's role."""
        self._require_admin("role_changed")
        conn = self._db()
        with transaction(conn):
            target = users.get_active(conn, name)
            if target.is_admin and role is not Role.ADMIN and users.count_admins(conn) <= 1:
                raise LastAdministrator()
            users.set_role(conn, target.name, role)
            record(
                conn,
                "role_changed",
                self.user.name,
                entity_type="user",
                entity_id=target.uuid,
                fields=("role",),
            )
        if target.name == self.user.name:
            self.user = User(self.user.name, role, self.user.uuid)

    @field_act
    def change_passphrase(self, current: str, new: str) -> None:
        """Give this user's slot a new passphrase *and a new key pair*, so an old
        copy of vault.keys with the old passphrase gets nothing from a later rekey.
        The database key does not change."""
        self._db()  # raises VaultLocked
        passphrase_policy.require_strong(new, [self.user.name, "caseapp"])
        slot = self._keys.user_slot(self.user.name)
        if slot is None:
            raise CorruptKeyFile()
        old_secret = slots.secret_from_passphrase(current)
        try:
            slots.open_slot(self._keys.vault_id, slot, old_secret).wipe()
        except WrongPassphrase:
            unlock_attempts.record_failure(self.path, self.user.name)
            raise
        finally:
            wipe(old_secret)
        fresh = self._new_slot("user", self.user.name, new, slot_id=slot.slot_id)
        self._install_slot(fresh, self.user.uuid, "passphrase_changed", subject=self.user.uuid)

    def reset_passphrase(self, name: str, new: str) -> None:
        """Admin: give another user a new passphrase (a fresh slot)."""
        self._require_admin("passphrase_reset")
        self._set_passphrase(name, new, event="passphrase_reset")

    def _set_passphrase(self, name: str, new: str, *, event: str) -> None:
        conn = self._db()
        passphrase_policy.require_strong(new, [name, "caseapp"])
        target = users.get_active(conn, name)
        old = self._keys.user_slot(target.name)
        fresh = self._new_slot("user", target.name, new, slot_id=old.slot_id if old else None)
        self._install_slot(fresh, target.uuid, event, subject=target.uuid)

    def _new_slot(
        self,
        kind: SlotKind,
        user: str | None,
        secret_text: str,
        *,
        slot_id: str | None = None,
        raw_secret: bytearray | None = None,
    ) -> KeySlot:
        secret = raw_secret if raw_secret is not None else slots.secret_from_passphrase(secret_text)
        try:
            return slots.create_slot(
                self._keys.vault_id,
                kind,
                user,
                secret,
                self._data_key,
                self._keys_generation(),
                self._kdf,
                slot_id=slot_id,
            )
        finally:
            wipe(secret)

    def _install_slot(
        self, fresh: KeySlot, user_uuid: str | None, event: str, *, subject: str | None
    ) -> None:
        """Put ``fresh`` in place of the slot with its id (or add it).

        Register the new key pair and record the event; write the key file,
        whose primary copy is the commit point; then forget the old pair. A
        crash anywhere leaves exactly one of old and new in force. A failed
        write (a full disk, a read-only folder) leaves the old in force: the new
        pair is forgotten again and the log says the change was undone, so it
        never shows a change that did not happen; the error is raised.
        """
        conn = self._db()
        entity_type = "user" if subject else "vault"
        with transaction(conn):
            key_registry.register(conn, fresh, user_uuid)
            record(conn, event, self.user.name, entity_type=entity_type, entity_id=subject or "")
        others = self._keys.without_slot(fresh.slot_id)
        try:
            self._keys = keyfile.write(self.path, others.replace_slot(fresh))
        except StorageFailure:
            old = next((s for s in self._keys.slots if s.slot_id == fresh.slot_id), None)
            with contextlib.suppress(CaseappError), transaction(conn):
                key_registry.unregister(
                    conn, fresh.slot_id, keep=old.public_key if old is not None else None
                )
                record(
                    conn,
                    "key_change_undone",
                    self.user.name,
                    entity_type=entity_type,
                    entity_id=subject or "",
                )
            raise
        with contextlib.suppress(CaseappError), transaction(conn):
            key_registry.unregister(conn, fresh.slot_id, keep=fresh.public_key)

    # -- keys ----------------------------------------------------------------

    def _keys_generation(self) -> int:
        return max((s.data_key.generation for s in self._keys.slots), default=1)

    def rekey(self) -> None:
        """Admin: re-encrypt the database under a new key (suspected key compromise).

        Every slot, the recovery slot included, receives the new key sealed to
        its public key, so nobody's passphrase or recovery code changes. Safe
        against a crash at any point: the next unlock finishes or undoes it.
        """
        self._require_admin("rekey")
        conn = self._db()
        new_key = slots.new_data_key()
        generation = self._keys_generation() + 1
        vault_id = self._keys.vault_id
        try:
            staged = self._keys.map_slots(
                lambda s: slots.with_next_key(vault_id, s, new_key, generation)
            )
            self._keys = keyfile.write(self.path, staged)
            with transaction(conn):
                record(conn, "rekey", self.user.name, entity_type="vault")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            rekey_database(conn, new_key)
            # From here the database is under the new key, whatever happens next:
            # the session must seal the new key from now on. A failed promote
            # is finished by the next unlock.
            wipe(self._data_key)
            self._data_key = bytearray(new_key)
            self._keys = keyfile.write(self.path, self._keys.map_slots(slots.promote_next_key))
        finally:
            wipe(new_key)

    def replace_recovery_code(self) -> str:
        """Admin: a new recovery code; the old one stops working at once.

        For a recovery sheet that was lost or may have been seen. Returns the
        new code, to be shown (or printed) once, like at vault creation. If the
        key file cannot be written the old code stays valid and no new code is
        returned.
        """
        self._require_admin("recovery_code_replaced")
        code_text, code_secret = recovery.generate()
        old = self._keys.recovery_slot()
        fresh = self._new_slot(
            "recovery", None, "", slot_id=old.slot_id if old else None, raw_secret=code_secret
        )
        self._install_slot(fresh, None, "recovery_code_replaced", subject=None)
        return code_text

    # -- the audited path ------------------------------------------------------

    @property
    def vault_id(self) -> str:
        return self._keys.vault_id

    def check_integrity(self) -> list[str]:
        """Every page, index and search index checked; an empty list means intact."""
        conn = self._db()
        with self._guard.audited():
            problems = integrity_problems(conn)
        try:
            with transaction(conn):
                record(conn, "integrity_checked", self.user.name, entity_type="vault")
        except CaseappError as exc:
            if not problems:
                raise
            # SQLCipher stops writing once a page failed its HMAC: the check's
            # finding, not a full disk, is what the user must hear.
            raise CorruptVault(f"{DAMAGED} ({len(problems)} problems found.)") from exc
        return problems

    # -- the audit log itself ----------------------------------------------------------

    def audit_checkpoint(self) -> Checkpoint:
        """The current (sequence, chain head, time), to stamp on an export."""
        return audit_log.checkpoint(self._db())

    @field_act
    def check_audit_chain(self) -> VerifyResult:
        """The quiet check run after unlocking: the chain only, no anchor needed."""
        return audit_log.verify(self._db(), self.vault_id)

    @field_act
    def verify_audit(
        self, *, anchor: str | None = None, checkpoints: Sequence[str] = ()
    ) -> VerifyResult:
        """Verify the chain; with the anchor every MAC; with checkpoints, truncation
        and rewritten history. Admins and attorneys only; the check is recorded."""
        self._require_audit_reader("audit_verified")
        claims = [parse_checkpoint(c) for c in checkpoints]
        anchor_key = audit_chain.parse_anchor(anchor) if anchor is not None else None
        conn = self._db()
        result = audit_log.verify(conn, self.vault_id, anchor=anchor_key, claims=claims)
        if not self.audit_broken:
            with transaction(conn):
                record(conn, "audit_verified", self.user.name, entity_type="vault")
        return result

    def list_audit(
        self,
        *,
        user: str | None = None,
        client: str | None = None,
        action: str | None = None,
        since: datetime | None = None,
        before_seq: int | None = None,
        limit: int = 100,
    ) -> list[AuditEntry]:
        """One page of entries, newest first. Viewing the log is itself recorded."""
        self._require_audit_reader("audit_viewed")
        if client is not None:
            self._event("audit_viewed", client)  # a malformed id is NotFound, not a crash
        conn = self._db()
        with transaction(conn):
            if not self.audit_broken:  # investigating a damaged log must stay possible
                record(
                    conn,
                    "audit_viewed",
                    self.user.name,
                    entity_type="client" if client else "",
                    entity_id=client or "",
                )
            return audit_log.entries(
                conn,
                user=user,
                entity_id=client,
                action=action,
                since=since,
                before_seq=before_seq,
                limit=limit,
            )

    def _require_audit_reader(self, action: str) -> None:
        self._refuse_unless(
            self.user.role in AUDIT_READERS,
            action,
            "Only administrators and attorneys can read the audit log.",
        )
