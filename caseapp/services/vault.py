"""Creating, unlocking and locking a vault; users and their key slots; rekey.

A vault is a folder holding ``vault.db`` (SQLCipher), ``vault.keys`` and its
copy ``vault.keys.bak`` (key slots), ``vault.lock`` (held while open) and
``vault.attempts`` (failed-unlock counter). See DESIGN.md §2–3.
"""

from __future__ import annotations

import contextlib
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from caseapp.core.errors import (
    CaseappError,
    CorruptKeyFile,
    CorruptVault,
    LastAdministrator,
    PermissionDenied,
    UnlockThrottled,
    UserExists,
    UserNotFound,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryCode,
)
from caseapp.core.users import Role, User, validate_user_name
from caseapp.crypto import kdf, recovery, slots
from caseapp.crypto.kdf import KdfParams
from caseapp.crypto.secrets import wipe
from caseapp.crypto.slots import KeySlot, OpenedSlot
from caseapp.services import passphrase_policy
from caseapp.storage import atomic, keyfile, migrations, unlock_attempts, users, vault_meta
from caseapp.storage.connection import (
    DB_NAME,
    Connection,
    WrongDatabaseKey,
    assert_encrypted_on_disk,
    close_quietly,
    open_database,
    transaction,
)
from caseapp.storage.connection import rekey as rekey_database
from caseapp.storage.instance_lock import InstanceLock
from caseapp.storage.keyfile import KeyFile, KeyFiles


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


def vault_exists(path: Path) -> bool:
    return (path / keyfile.PRIMARY).exists() or (path / keyfile.COPY).exists()


def user_names(path: Path) -> list[str]:
    """Names that have a key slot, for the unlock screen. Needs no passphrase."""
    return keyfile.read(path).best.user_names()


def unlock_delay_remaining(path: Path) -> float:
    """Seconds before another unlock attempt is allowed (0 when none is owed)."""
    return unlock_attempts.read(path).remaining()


def create_vault(
    path: Path, admin: str, passphrase: str, *, kdf_params: KdfParams | None = None
) -> str:
    """Make a new vault with ``admin`` as its administrator.

    Returns the recovery code, to be shown (or printed) once and kept off the
    machine by the supervising attorney. ``kdf_params`` may raise the cost
    above the floor, never lower it; by default it is calibrated here.
    """
    admin = validate_user_name(admin)
    passphrase_policy.require_strong(passphrase, [admin, "caseapp"])
    path = Path(path)
    if vault_exists(path) or (path / DB_NAME).exists():
        raise VaultExists()
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        path.chmod(0o700)
    lock = InstanceLock(path)
    lock.acquire()
    params = kdf_params if kdf_params is not None else kdf.calibrate()
    params.check()
    vault_id = uuid.uuid4().hex
    data_key = slots.new_data_key()
    secret = slots.secret_from_passphrase(passphrase)
    code_text, code_secret = recovery.generate()
    conn: Connection | None = None
    created: list[Path] = []
    try:
        created.append(path / DB_NAME)
        conn = open_database(path / DB_NAME, data_key, create=True)
        migrations.apply(conn)
        with transaction(conn):
            vault_meta.put(conn, "vault_id", vault_id)
            vault_meta.put(conn, "created_at", _now().isoformat(timespec="seconds"))
            users.insert(conn, admin, Role.ADMIN, created_by=None)
            vault_meta.record_event(conn, "vault_created", admin)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert_encrypted_on_disk(path / DB_NAME)
        admin_slot = slots.create_slot(vault_id, "user", admin, secret, data_key, 1, params)
        recovery_slot = slots.create_slot(
            vault_id, "recovery", None, code_secret, data_key, 1, params
        )
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
        lock.release()
    return code_text


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
                unlock_attempts.record_failure(path, user)
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
        with transaction(conn):
            for at, tried in attempts.log:
                vault_meta.record_event(
                    conn,
                    "unlock_failed",
                    tried,
                    at=datetime.fromtimestamp(at, UTC),
                )
            vault_meta.record_event(
                conn, "unlock_recovery" if via_recovery else "unlock", found.name
            )
        unlock_attempts.clear(path)
        # If finishing or undoing a rekey rewrote the files, repair from what is
        # on disk now, never from the copies read before that write.
        keyfile.repair_copy(path, files if best is read_best else keyfile.read(path))
        session = Session(path, conn, found, data_key, lock, best, slot.kdf)
        conn = None
        return session
    except BaseException:
        if opened is not None:
            opened.wipe()
        close_quietly(conn)
        wipe(data_key)
        lock.release()
        raise


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
                    "The key file does not fit this vault's database. If vault.keys was "
                    "replaced, put back the right one or restore from a backup."
                ) from None
            try:
                conn = open_database(db, opened.next_data_key)
            except WrongDatabaseKey:
                raise CorruptVault() from None
            key = bytearray(opened.next_data_key)
            # The database was rekeyed but the slots were not yet promoted.
            files = keyfile.write(path, files.map_slots(slots.promote_next_key))
        migrations.apply(conn)
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


class Session:
    """An unlocked vault bound to one user. Every service call needs one."""

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
        self.opened_at = time.time()

    # -- lifecycle ---------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._conn is None

    def lock(self) -> None:
        """Close the database, zero the key and release the vault. Safe to call twice."""
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception), transaction(conn):
                vault_meta.record_event(conn, "lock", self.user.name)
            close_quietly(conn)
        wipe(self._data_key)
        self._lock.release()

    def __enter__(self) -> Session:
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
        self._require_admin()
        name = validate_user_name(name)
        passphrase_policy.require_strong(passphrase, [name, "caseapp"])
        conn = self._db()
        if users.find_active(conn, name) is not None:
            raise UserExists()
        secret = slots.secret_from_passphrase(passphrase)
        try:
            slot = slots.create_slot(
                self._keys.vault_id,
                "user",
                name,
                secret,
                self._data_key,
                self._keys_generation(),
                self._kdf,
            )
        finally:
            wipe(secret)
        # The user row first, then the slot: a slot with no user behind it would
        # let its passphrase decrypt the vault offline, a user with no slot
        # merely cannot log in yet.
        with transaction(conn):
            user = users.insert(conn, name, role, created_by=self.user.name)
            vault_meta.record_event(
                conn, "user_added", self.user.name, subject=name, detail=role.value
            )
        stale = self._keys.user_slot(name)  # left by an add that was interrupted
        keys = self._keys.without_slot(stale.slot_id) if stale else self._keys
        try:
            self._keys = keyfile.write(self.path, keys.replace_slot(slot))
        except BaseException:
            with contextlib.suppress(CaseappError), transaction(conn):
                users.mark_removed(conn, name, self.user.name)
                vault_meta.record_event(conn, "user_add_undone", self.user.name, subject=name)
            raise
        return user

    def remove_user(self, name: str) -> None:
        """Admin: remove a user and destroy their key slot. Their history stays."""
        self._require_admin()
        conn = self._db()
        if name.casefold() == self.user.name.casefold():
            raise PermissionDenied("You cannot remove yourself; ask another administrator.")
        with transaction(conn):
            target = users.get_active(conn, name)
            if target.is_admin and users.count_admins(conn) <= 1:
                raise LastAdministrator()
            users.mark_removed(conn, target.name, self.user.name)
            vault_meta.record_event(conn, "user_removed", self.user.name, subject=target.name)
            slot = self._keys.user_slot(target.name)
            if slot is not None:
                self._keys = keyfile.write(self.path, self._keys.without_slot(slot.slot_id))

    def set_role(self, name: str, role: Role) -> None:
        """Admin: change a user's role."""
        self._require_admin()
        conn = self._db()
        with transaction(conn):
            target = users.get_active(conn, name)
            if target.is_admin and role is not Role.ADMIN and users.count_admins(conn) <= 1:
                raise LastAdministrator()
            users.set_role(conn, target.name, role)
            vault_meta.record_event(
                conn, "role_changed", self.user.name, subject=target.name, detail=role.value
            )
        if target.name == self.user.name:
            self.user = User(self.user.name, role, self.user.uuid)

    def change_passphrase(self, current: str, new: str) -> None:
        """Rewrite this user's own slot. The database key does not change."""
        self._db()  # raises VaultLocked
        passphrase_policy.require_strong(new, [self.user.name, "caseapp"])
        slot = self._keys.user_slot(self.user.name)
        if slot is None:
            raise CorruptKeyFile()
        old_secret = slots.secret_from_passphrase(current)
        new_secret = slots.secret_from_passphrase(new)
        try:
            rewrapped = slots.rewrap(self._keys.vault_id, slot, old_secret, new_secret, self._kdf)
        finally:
            wipe(old_secret)
            wipe(new_secret)
        self._log_then_write_keys(
            self._keys.replace_slot(rewrapped), "passphrase_changed", subject=self.user.name
        )

    def reset_passphrase(self, name: str, new: str) -> None:
        """Admin: give another user a new passphrase (a fresh slot)."""
        self._require_admin()
        self._set_passphrase(name, new, event="passphrase_reset")

    def _set_passphrase(self, name: str, new: str, *, event: str) -> None:
        conn = self._db()
        passphrase_policy.require_strong(new, [name, "caseapp"])
        target = users.get_active(conn, name)
        secret = slots.secret_from_passphrase(new)
        try:
            slot = slots.create_slot(
                self._keys.vault_id,
                "user",
                target.name,
                secret,
                self._data_key,
                self._keys_generation(),
                self._kdf,
            )
        finally:
            wipe(secret)
        old = self._keys.user_slot(target.name)
        keys = self._keys.without_slot(old.slot_id) if old else self._keys
        self._log_then_write_keys(keys.replace_slot(slot), event, subject=target.name)

    def _log_then_write_keys(self, keys: KeyFile, event: str, *, subject: str | None) -> None:
        """Record the event, then write the key file, whose primary copy is the commit point.

        If the write fails, nothing changed and the error is raised; if the
        event cannot be recorded, the key file is not touched. A passphrase is
        never changed without the user being told it was.
        """
        with transaction(self._db()):
            vault_meta.record_event(self._db(), event, self.user.name, subject=subject)
        self._keys = keyfile.write(self.path, keys)

    # -- keys ----------------------------------------------------------------

    def _keys_generation(self) -> int:
        return max((s.data_key.generation for s in self._keys.slots), default=1)

    def rekey(self) -> None:
        """Admin: re-encrypt the database under a new key (suspected key compromise).

        Every slot, the recovery slot included, receives the new key sealed to
        its public key, so nobody's passphrase or recovery code changes. Safe
        against a crash at any point: the next unlock finishes or undoes it.
        """
        self._require_admin()
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
                vault_meta.record_event(
                    conn, "rekey", self.user.name, detail=f"generation {generation}"
                )
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            rekey_database(conn, new_key)
            self._keys = keyfile.write(self.path, self._keys.map_slots(slots.promote_next_key))
            wipe(self._data_key)
            self._data_key = bytearray(new_key)
        finally:
            wipe(new_key)

    def replace_recovery_code(self) -> str:
        """Admin: a new recovery code; the old one stops working at once.

        For a recovery sheet that was lost or may have been seen. Returns the
        new code, to be shown (or printed) once, like at vault creation.
        """
        self._require_admin()

        code_text, code_secret = recovery.generate()
        try:
            slot = slots.create_slot(
                self._keys.vault_id,
                "recovery",
                None,
                code_secret,
                self._data_key,
                self._keys_generation(),
                self._kdf,
            )
        finally:
            wipe(code_secret)
        old = self._keys.recovery_slot()
        keys = self._keys.without_slot(old.slot_id) if old else self._keys
        # If the write fails the old code stays valid and the new one is never shown.
        self._log_then_write_keys(keys.replace_slot(slot), "recovery_code_replaced", subject=None)
        return code_text
