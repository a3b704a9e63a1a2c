"""Creating, unlocking and locking a vault; users and their key slots; rekey.

A vault is a folder holding ``vault.db`` (SQLCipher), ``vault.keys`` and its
copy ``vault.keys.bak`` (key slots), ``vault.lock`` (held while open) and
``vault.attempts`` (failed-unlock counter). See DESIGN.md §2–3.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from caseapp.core.audit import AuditEvent
from caseapp.core.errors import (
    AuditLogBroken,
    CaseappError,
    CorruptKeyFile,
    CorruptVault,
    StorageFailure,
    UnlockThrottled,
    UserNotFound,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryCode,
)
from caseapp.core.users import USER_NAME as _USER_NAME
from caseapp.core.users import Role, User, validate_user_name
from caseapp.crypto import audit_chain, kdf, recovery, slots
from caseapp.crypto.kdf import KdfParams
from caseapp.crypto.secrets import wipe
from caseapp.crypto.slots import KeySlot, OpenedSlot
from caseapp.services import passphrase_policy
from caseapp.services.audited import record
from caseapp.storage import (
    atomic,
    audit_log,
    key_registry,
    keyfile,
    migrations,
    unlock_attempts,
    users,
    vault_meta,
)
from caseapp.storage import field as field_devices
from caseapp.storage.connection import (
    DB_NAME,
    Connection,
    WrongDatabaseKey,
    assert_encrypted_on_disk,
    close_quietly,
    damage_checked,
    open_database,
    transaction,
)
from caseapp.storage.instance_lock import InstanceLock
from caseapp.storage.keyfile import KeyFile, KeyFiles

if TYPE_CHECKING:
    from caseapp.services.printing import Output
    from caseapp.services.session import Session


def __getattr__(name: str) -> Any:
    # The session (and the whole domain behind it) loads at the first unlock,
    # not with the unlock screen, so the screen shows sooner; the ~0.1 s it
    # takes then is small beside the key derivation the user waits for anyway.
    if name == "Session":
        from caseapp.services.session import Session

        return Session
    raise AttributeError(name)


__all__ = [
    "NewVault",
    "Session",
    "create_vault",
    "unlock",
    "unlock_delay_remaining",
    "unlock_with_recovery",
    "user_names",
    "vault_exists",
]


def vault_exists(path: Path) -> bool:
    return (path / keyfile.PRIMARY).exists() or (path / keyfile.COPY).exists()


def user_names(path: Path) -> list[str]:
    """Names that have a key slot, for the unlock screen. Needs no passphrase."""
    return keyfile.read(path).best.user_names()


def unlock_delay_remaining(path: Path) -> float:
    """Seconds before another unlock attempt is allowed (0 when none is owed)."""
    return unlock_attempts.read(path).remaining()


@dataclass(frozen=True, slots=True)
class NewVault:
    """What creating a vault hands out once, for the supervising attorney to keep
    off the machine: the recovery code and the audit anchor (A_0). Neither is
    in the ``repr``, so neither reaches a traceback or a log line."""

    recovery_code: str = field(repr=False)
    audit_anchor: str = field(repr=False)
    # Where the creation recorded that the recovery sheet goes (an Output value),
    # "" if no sheet was asked for: report_printing.recovery_sheet_pdf needs it.
    recovery_sheet: str = ""
    checkpoint: str = ""  # the log's checkpoint after the creation (short form)
    created_at: datetime | None = None


def create_vault(
    path: Path,
    admin: str,
    passphrase: str,
    *,
    kdf_params: KdfParams | None = None,
    recovery_sheet: Output | None = None,
) -> NewVault:
    """Make a new vault with ``admin`` as its administrator.

    Returns the recovery code and the audit anchor, to be shown (or printed)
    once; neither is stored on this computer. ``kdf_params`` may raise the
    cost above the floor, never lower it; by default it is calibrated here.
    With ``recovery_sheet`` the creation also records, in the same
    transaction, that the recovery sheet is printed and where it goes (the
    vault cannot record anything later without a session, and the sheet is
    made only now): then ``report_printing.recovery_sheet_pdf`` makes it.
    """
    admin = validate_user_name(admin)
    passphrase_policy.require_strong(passphrase, [admin, "caseapp"])
    path = Path(path)
    if vault_exists(path) or (path / DB_NAME).exists():
        raise VaultExists()
    _check_vault_folder(path)
    if path.is_dir() and any(path.iterdir()):
        raise VaultExists(
            "That folder is not empty. Choose a new, empty folder for the vault; "
            "nothing was changed."
        )
    # Settle the key-derivation cost before taking the folder: a refusal here
    # must leave nothing behind.
    params = kdf_params if kdf_params is not None else kdf.calibrate()
    params.check()
    fresh_dir = not path.exists()
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise StorageFailure(_FOLDER_UNUSABLE) from exc
    if fresh_dir:
        with contextlib.suppress(OSError):
            path.chmod(0o700)
    lock = InstanceLock(path)
    lock.acquire()
    vault_id = uuid.uuid4().hex
    data_key = slots.new_data_key()
    secret = slots.secret_from_passphrase(passphrase)
    code_text, code_secret = recovery.generate()
    anchor_text, anchor = audit_chain.new_anchor()
    conn: Connection | None = None
    created: list[Path] = []
    try:
        created.append(path / DB_NAME)
        admin_slot = slots.create_slot(vault_id, "user", admin, secret, data_key, 1, params)
        recovery_slot = slots.create_slot(
            vault_id, "recovery", None, code_secret, data_key, 1, params
        )
        conn = open_database(path / DB_NAME, data_key, create=True)
        migrations.apply(conn)
        with transaction(conn):
            vault_meta.put(conn, "vault_id", vault_id)
            created_at = _now().replace(microsecond=0)
            vault_meta.put(conn, "created_at", created_at.isoformat(timespec="seconds"))
            admin_user = users.insert(conn, admin, Role.ADMIN, created_by=None)
            key_registry.register(conn, admin_slot, admin_user.uuid)
            key_registry.register(conn, recovery_slot, None)
            audit_log.initialise(conn, vault_id, anchor)
            record(conn, "vault_created", admin, entity_type="user", entity_id=admin_user.uuid)
            if recovery_sheet is not None:
                record(conn, "print", admin, fields=("recovery_sheet", recovery_sheet.value))
            checkpoint = audit_log.checkpoint(conn).short
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert_encrypted_on_disk(path / DB_NAME)
        created += [path / keyfile.PRIMARY, path / keyfile.COPY]
        keyfile.write(path, KeyFile(vault_id, 0, (admin_slot, recovery_slot)))
    except BaseException:
        close_quietly(conn)
        conn = None
        for leftover in created:
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(OSError):
                    Path(str(leftover) + suffix).unlink()
        raise
    finally:
        close_quietly(conn)
        wipe(data_key)
        wipe(secret)
        wipe(code_secret)
        del anchor
        lock.release()
    return NewVault(
        recovery_code=code_text,
        audit_anchor=anchor_text,
        recovery_sheet=recovery_sheet.value if recovery_sheet is not None else "",
        checkpoint=checkpoint,
        created_at=created_at,
    )


_FOLDER_UNUSABLE = (
    "The vault folder cannot be created there: choose a folder you can write to "
    "(a new, empty one); nothing was changed."
)


def _check_vault_folder(path: Path) -> None:
    """Before the slow calibration: the folder must be creatable, or an empty one."""
    if path.exists() and not path.is_dir():
        raise VaultExists("That is a file, not a folder: choose a new, empty folder.")
    existing = path
    while not existing.exists():
        if existing.parent == existing:
            break
        existing = existing.parent
    if not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
        raise StorageFailure(_FOLDER_UNUSABLE)


def unlock(path: Path, user: str, passphrase: str) -> Session:
    """Open the vault as ``user``. Raises WrongPassphrase, UnlockThrottled, VaultAlreadyOpen…"""
    path = Path(path)
    user = user.strip()
    secret = slots.secret_from_passphrase(passphrase)
    try:
        return _unlock_with(
            path,
            user,
            lambda files: files.user_slot(user),
            secret,
            failure=WrongPassphrase,
        )
    finally:
        wipe(secret)


def unlock_with_recovery(path: Path, code: str, user: str, new_passphrase: str) -> Session:
    """Forgot passphrase: the recovery code sets ``user``'s new passphrase and opens the vault."""
    path = Path(path)
    code_secret = recovery.parse(code)  # a typo is caught here, before the slow KDF
    user = validate_user_name(user)
    passphrase_policy.require_strong(new_passphrase, [user, "caseapp"])
    try:
        session = _unlock_with(
            path,
            user,
            lambda files: files.recovery_slot(),
            code_secret,
            failure=WrongRecoveryCode,
            via_recovery=True,
        )
    finally:
        wipe(code_secret)
    try:
        session._set_passphrase(
            session.user.name, new_passphrase, event="passphrase_reset_recovery"
        )
    except BaseException:
        session.lock()
        raise
    return session


@damage_checked()  # a page read while opening is damaged: CorruptVault
def _unlock_with(
    path: Path,
    user: str,
    pick: Callable[[KeyFiles], KeySlot | None],
    secret: bytearray,
    *,
    failure: type[CaseappError],
    via_recovery: bool = False,
) -> Session:
    if not vault_exists(path):
        raise VaultNotFound()
    lock = InstanceLock(path)
    lock.acquire()
    opened: OpenedSlot | None = None
    conn: Connection | None = None
    data_key: bytearray | None = None
    try:
        # A writer killed mid-write (crash, power loss) leaves its temp file.
        atomic.remove_stale_temps(path, (keyfile.PRIMARY, keyfile.COPY, unlock_attempts.FILE_NAME))
        attempts = unlock_attempts.read(path)
        remaining = attempts.remaining()
        if remaining > 0:
            raise UnlockThrottled(remaining)
        files = keyfile.read(path)
        best = files.best
        slot = pick(files)
        if slot is None:
            if not via_recovery and best.user_slot(user) is None and not best.damaged:
                _spend_like_a_kdf(best)
                # The name typed is not a user: keep it out of the clear-text counter.
                unlock_attempts.record_failure(path, "")
                raise failure()
            # The slot existed but is damaged in both copies.
            raise CorruptKeyFile(
                "The key file entry for this user is damaged in both copies. "
                "Unlock with the recovery code to set a new passphrase."
                if not via_recovery
                else "The recovery entry of the key file is damaged; restore from a backup."
            )
        try:
            opened = slots.open_slot(best.vault_id, slot, secret)
        except WrongPassphrase:
            unlock_attempts.record_failure(path, user)
            raise failure() from None
        read_best = best
        conn, data_key, best = _open_database(path, best, opened)
        opened.wipe()
        opened = None
        found = users.find_active(conn, user)
        if found is None:
            if via_recovery:
                # The code was right; only the name is not a user of this vault.
                raise UserNotFound(
                    "The recovery code is right, but there is no user by that name "
                    "in this vault. Check the spelling of the user name."
                )
            # A slot without an active user: removed, or left by an interrupted add.
            unlock_attempts.record_failure(path, user)
            raise failure()
        audit_broken = False
        with transaction(conn):
            if not key_registry.is_registered(conn, slot):
                raise CorruptKeyFile(
                    "This key slot is not one the vault knows: vault.keys may be an old "
                    "copy or was altered. Put back the current key file, or unlock with "
                    "the recovery code."
                )
            registered_keys, dropped = key_registry.only_registered(conn, best)
            key_registry.prune(conn, registered_keys)
            try:
                _record_unlock(conn, found, dropped, attempts.log, via_recovery)
            except AuditLogBroken:
                # The log's state row is damaged, so nothing can be recorded — and
                # so nothing can be read: every audited act will refuse. The vault
                # still opens, so an administrator can verify and read the log.
                audit_broken = True
        if not audit_broken:
            unlock_attempts.clear(path)
        if dropped:
            # Slots the vault never registered (planted, or left by an undone
            # add) are removed from both copies now.
            registered_keys = keyfile.write(path, registered_keys)
        else:
            # If finishing or undoing a rekey rewrote the files, repair from what
            # is on disk now, never from the copies read before that write.
            keyfile.repair_copy(path, files if best is read_best else keyfile.read(path))
        from caseapp.services.session import Session

        session = Session(path, conn, found, data_key, lock, registered_keys, slot.kdf)
        session.audit_broken = audit_broken
        session.field_vault = field_devices.is_field_vault(conn)
        conn = None
        return session
    except BaseException:
        if opened is not None:
            opened.wipe()
        close_quietly(conn)
        wipe(data_key)
        lock.release()
        raise


def _record_unlock(
    conn: Connection,
    found: User,
    dropped: list[KeySlot],
    failures: list[tuple[float, str]],
    via_recovery: bool,
) -> None:
    with audit_log.recording(conn) as log:
        for _stray in dropped:
            log.append(AuditEvent("key_slot_dropped", user=found.name, entity_type="vault"))
        for at, tried in failures:
            log.append(
                AuditEvent(
                    "unlock_failed",
                    user=tried if _USER_NAME.fullmatch(tried) else "",
                    at=datetime.fromtimestamp(at, UTC),
                )
            )
        log.append(
            AuditEvent(
                "unlock_recovery" if via_recovery else "unlock",
                user=found.name,
                entity_type="user",
                entity_id=found.uuid,
            )
        )


def _spend_like_a_kdf(files: KeyFile) -> None:
    """An unknown user name costs as long as a wrong passphrase does."""
    template = files.recovery_slot() or (files.slots[0] if files.slots else None)
    if template is not None:
        with contextlib.suppress(CaseappError):
            kdf.derive(b"no such user", template.salt, template.kdf)


def _open_database(
    path: Path, files: KeyFile, opened: OpenedSlot
) -> tuple[Connection, bytearray, KeyFile]:
    """Open the db with the slot's key, finishing or undoing an interrupted rekey."""
    db = path / DB_NAME
    conn: Connection | None = None
    key: bytearray | None = None
    try:
        try:
            conn = open_database(db, opened.data_key)
            key = bytearray(opened.data_key)
            if opened.next_data_key is not None:
                # The rekey never reached the database: forget the staged key.
                files = keyfile.write(path, files.map_slots(slots.drop_next_key))
        except WrongDatabaseKey:
            if opened.next_data_key is None:
                raise CorruptVault(
                    "The key file does not fit this vault's database, or the start of "
                    "the database file is damaged. If vault.keys was replaced, put back "
                    "the right one; otherwise restore the vault from a backup."
                ) from None
            try:
                conn = open_database(db, opened.next_data_key)
            except WrongDatabaseKey:
                raise CorruptVault() from None
            key = bytearray(opened.next_data_key)
            # The database was rekeyed but the slots were not yet promoted.
            files = keyfile.write(path, files.map_slots(slots.promote_next_key))
        with damage_checked():
            migrations.apply(conn)
            from caseapp.storage import name_index

            if name_index.is_stale(conn):
                # A migration added names the conflict check must see (before the
                # read guard is installed: this is the vault's own upkeep).
                with transaction(conn):
                    name_index.rebuild(conn)
            vault_id = vault_meta.get(conn, "vault_id")
        if vault_id != files.vault_id:
            raise CorruptKeyFile("This key file belongs to a different vault.")
        assert_encrypted_on_disk(db)
    except BaseException:
        # Close on every failure: a connection left to the garbage collector
        # would keep the database key alive inside SQLCipher.
        close_quietly(conn)
        wipe(key)
        raise
    return conn, key, files


def _now() -> datetime:
    return datetime.now(UTC)
