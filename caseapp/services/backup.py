"""Encrypted backups (issue 7): make one from an open session, verify one.

A backup is a consistent snapshot under its *own* random key, sealed to every
registered key slot, so whoever can unlock the vault can open the backup and
nobody else can; the live file is never copied (see storage/backup.py). The
act is recorded; the header carries the audit checkpoint of the snapshot.
"""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from caseapp.core.audit import parse_checkpoint
from caseapp.core.errors import (
    CaseappError,
    InvalidInput,
    StorageFailure,
    VaultTooNew,
    WrongPassphrase,
)
from caseapp.crypto import slots
from caseapp.crypto.secrets import wipe
from caseapp.services.audited import AuditedSession, record
from caseapp.storage import audit_log, backup, keyfile, migrations
from caseapp.storage.atomic import fsync_dir
from caseapp.storage.connection import (
    DB_NAME,
    WrongDatabaseKey,
    close_quietly,
    integrity_problems,
    open_database,
    transaction,
)


class BackupRefused(CaseappError):
    """A backup file that cannot be trusted; the message says why and what to do."""

    default_message = "That backup cannot be used."


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    backup_id: str
    created_at: str
    created_by: str
    size: int
    user_version: int
    checkpoint: str


@dataclass(frozen=True, slots=True)
class BackupCheck:
    info: BackupInfo
    entries: int  # audit entries in the backup, chain verified
    problems: tuple[str, ...]  # empty: intact

    @property
    def ok(self) -> bool:
        return not self.problems


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: leave its files alone
    return True


def _remove_stale(out: Path) -> None:
    """What a backup killed mid-write left beside ``out`` (encrypted, but useless):
    its scratch folder and its half-written temp file, once their process is gone."""
    for leftover in out.parent.glob(".caseapp-backup-*-*"):
        pid = leftover.name.split("-")[2]
        if pid.isdigit() and not _alive(int(pid)) and leftover.is_dir():
            for part in leftover.iterdir():
                with contextlib.suppress(OSError):
                    part.unlink()
            with contextlib.suppress(OSError):
                leftover.rmdir()
    for leftover in out.parent.glob(f".{glob.escape(out.name)}.tmp-*"):
        pid = leftover.name.rsplit("-", 1)[1]
        if pid.isdigit() and not _alive(int(pid)):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _short(checkpoint: str) -> str:
    seq, _, head = checkpoint.partition(":")
    return f"{seq}:{head[:16]}"


def _refused(reason: str) -> BackupRefused:
    return BackupRefused(
        f"This file cannot be used as a backup: {reason}. Nothing was changed. Use "
        "another backup file, or make a new backup from the vault."
    )


class Backups(AuditedSession):
    def last_backup_at(self) -> datetime | None:
        """When this vault was last backed up (UTC), for the reminder; None: never."""
        stamp = audit_log.last_at(self._db(), "backup")
        if stamp is None:
            return None
        try:
            moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

    def record_restore(self) -> None:
        """The restore's entry, first thing in the restored vault: its chain
        continues from the backup's last entry."""
        with transaction(self._db()):
            record(self._db(), "restore", self.user.name, entity_type="vault")

    def backup(self, out: Path) -> BackupInfo:
        """Admin: write a backup of the whole vault to ``out`` (atomically,
        owner-only). Recorded; the file's header holds the audit checkpoint."""
        self._require_admin("backup")
        out = Path(out)
        if out.is_dir():
            raise InvalidInput("Give the name of the backup file to write, not a folder.")
        if out.resolve().parent == self.path.resolve():
            raise InvalidInput(
                "Write the backup outside the vault folder — ideally on another disk — "
                "so that losing the laptop does not lose the backup too."
            )
        conn = self._db()
        key = slots.new_data_key()
        _remove_stale(out)
        scratch = Path(tempfile.mkdtemp(prefix=f".caseapp-backup-{os.getpid()}-", dir=out.parent))
        try:
            snapshot = scratch / "snapshot.db"
            checkpoint = audit_log.checkpoint(conn)
            with self._guard.audited():
                user_version, application_id = backup.export_snapshot(conn, snapshot, key)
            size, digest = backup.file_digest(snapshot)
            vault_id = self._keys.vault_id
            header = backup.sign(
                backup.Header(
                    vault_id=vault_id,
                    backup_id=uuid.uuid4().hex,
                    created_at=datetime.now(UTC).replace(microsecond=0).isoformat(),
                    created_by=self.user.name,
                    user_version=user_version,
                    application_id=application_id,
                    checkpoint=checkpoint.full,
                    db_size=size,
                    db_sha256=digest,
                    slots=tuple(slots.for_backup(vault_id, s, key) for s in self._keys.slots),
                ),
                key,
            )
            backup.write(out, header, snapshot)
        finally:
            wipe(key)
            for leftover in scratch.iterdir() if scratch.exists() else ():
                with contextlib.suppress(OSError):
                    leftover.unlink()
            with contextlib.suppress(OSError):
                scratch.rmdir()
        with transaction(conn):
            record(conn, "backup", self.user.name, entity_type="vault")
        return BackupInfo(
            out,
            header.backup_id,
            header.created_at,
            header.created_by,
            out.stat().st_size,
            user_version,
            checkpoint.short,
        )


def _secret_slot(header: backup.Header, user: str | None) -> slots.KeySlot:
    for slot in header.slots:
        if user is None and slot.kind == "recovery":
            return slot
        if (
            user is not None
            and slot.kind == "user"
            and (slot.user or "").casefold() == user.casefold()
        ):
            return slot
    if user is None:
        raise _refused("it holds no recovery slot")
    raise InvalidInput(
        f"No user named {user!r} could open this vault when the backup was made. "
        "Use the name and passphrase of someone who could, or the recovery code."
    )


def open_backup_key(path: Path, user: str | None, secret: str) -> tuple[backup.Header, bytearray]:
    """The header and key of the backup at ``path``, opened with ``user``'s
    passphrase (``user`` None: the recovery code). The header's MAC is checked."""
    try:
        with Path(path).open("rb") as fh:
            header, _ = backup.read_header(fh)
    except backup.BadBackup as bad:
        raise _refused(bad.reason) from None
    except OSError as exc:
        raise StorageFailure(
            "The backup file could not be read. Check the name and its permissions."
        ) from exc
    slot = _secret_slot(header, user)
    raw = slots.secret_from_passphrase(secret) if user is not None else _recovery_secret(secret)
    try:
        key = slots.open_backup_slot(header.vault_id, slot, raw)
    except WrongPassphrase:
        raise WrongPassphrase() from None
    except Exception:
        raise _refused("its key slots are damaged") from None
    finally:
        wipe(raw)
    try:
        backup.check_mac(header, key)
    except backup.BadBackup as bad:
        wipe(key)
        raise _refused(bad.reason) from None
    return header, key


def _recovery_secret(code: str) -> bytearray:
    from caseapp.crypto import recovery

    return recovery.parse(code)


def verify_backup(path: Path, user: str | None, secret: str) -> BackupCheck:
    """Open the backup with a passphrase (or the recovery code), copy its database
    to a private temp folder (still encrypted), and check it: SQLCipher page
    HMACs, SQLite and FTS integrity, the schema against this version's, and the
    audit chain. Nothing in the backup is changed; nothing is recorded (the vault
    may be gone — that is what backups are for)."""
    header, key = open_backup_key(path, user, secret)
    scratch = Path(tempfile.mkdtemp(prefix="caseapp-verify-"))
    db = scratch / DB_NAME
    conn = None
    try:
        try:
            backup.extract(Path(path), db)
        except backup.BadBackup as bad:
            raise _refused(bad.reason) from None
        try:
            conn = open_database(db, key)
        except WrongDatabaseKey:
            raise _refused("its database does not open with its own key") from None
        problems = list(integrity_problems(conn))
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version != header.user_version:
            problems.append("its schema version differs from its header")
        try:
            problems += migrations.schema_problems(conn)
        except VaultTooNew:
            raise _refused(
                "it was made by a newer version of caseapp; update caseapp first"
            ) from None
        claims = [parse_checkpoint(header.checkpoint)]
        result = audit_log.verify(conn, header.vault_id, claims=claims)
        if not result.ok:
            problems.append(f"its audit log {result.summary()}")
        info = BackupInfo(
            Path(path),
            header.backup_id,
            header.created_at,
            header.created_by,
            Path(path).stat().st_size,
            header.user_version,
            _short(header.checkpoint),
        )
        return BackupCheck(info, result.entries, tuple(problems))
    finally:
        wipe(key)
        close_quietly(conn)
        for leftover in scratch.iterdir():
            with contextlib.suppress(OSError):
                leftover.unlink()
        with contextlib.suppress(OSError):
            scratch.rmdir()


# -- restore -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RestoreResult:
    vault_dir: Path
    backup_id: str
    entries: int  # audit entries restored, chain verified
    safety_backup: Path | None  # the backup made of the vault that was replaced
    set_aside: Path | None  # where the replaced vault now is (not deleted)


def _remove_tree(folder: Path) -> None:
    if not folder.exists():
        return
    for part in folder.iterdir():
        with contextlib.suppress(OSError):
            part.unlink()
    with contextlib.suppress(OSError):
        folder.rmdir()


def _remove_stale_staging(vault_dir: Path) -> None:
    """What a restore killed mid-way left beside the target (encrypted scraps)."""
    for leftover in vault_dir.parent.glob(f".{glob.escape(vault_dir.name)}.restoring-*"):
        pid = leftover.name.rsplit("-", 1)[1]
        if pid.isdigit() and not _alive(int(pid)) and leftover.is_dir():
            _remove_tree(leftover)


def _check_restored(db: Path, key: bytearray, header: backup.Header) -> int:
    """The extracted database, treated as hostile: the schema is compared with
    this version's before anything else is run on it (an unknown trigger or view
    could run SQL), then every integrity check and the audit chain. Returns the
    number of audit entries."""
    try:
        conn = open_database(db, key)
    except WrongDatabaseKey:
        raise _refused("its database does not open with its own key") from None
    try:
        try:
            schema = migrations.schema_problems(conn)
        except VaultTooNew:
            raise _refused(
                "it was made by a newer version of caseapp; update caseapp first"
            ) from None
        if schema:
            raise _refused("its database holds objects caseapp never makes: " + "; ".join(schema))
        problems = integrity_problems(conn)
        if problems:
            raise _refused("its database is damaged (" + "; ".join(problems[:3]) + ")")
        if int(conn.execute("PRAGMA user_version").fetchone()[0]) != header.user_version:
            raise _refused("its schema version differs from its header")
        result = audit_log.verify(
            conn, header.vault_id, claims=[parse_checkpoint(header.checkpoint)]
        )
        if not result.ok:
            raise _refused(f"its audit log {result.summary()}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return result.entries
    finally:
        close_quietly(conn)


def restore_backup(
    file: Path, vault_dir: Path, user: str, passphrase: str, *, replace: bool = False
) -> RestoreResult:
    """Restore the backup ``file`` as the vault in ``vault_dir``, opened with
    ``user``'s passphrase (an administrator's when a vault is replaced).

    The file is treated as hostile (see ``_check_restored``) and everything is
    built in a private staging folder beside ``vault_dir``, which becomes the
    vault only by one rename at the end: a crash or kill -9 at any point leaves
    whatever was in ``vault_dir`` as it was. An existing vault is replaced only
    with ``replace``, and only after a backup of it has been written beside it;
    it is then set aside (renamed), never deleted. The restore is recorded in
    the restored vault's audit log, whose chain continues from the backup's."""
    from caseapp.services import vault as vaults  # (vault imports this module)

    file, vault_dir = Path(file), Path(vault_dir)
    header, key = open_backup_key(file, user, passphrase)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    staging = vault_dir.parent / f".{vault_dir.name}.restoring-{os.getpid()}"
    safety: Path | None = None
    aside: Path | None = None
    try:
        occupied = vault_dir.exists() and any(vault_dir.iterdir())
        if occupied and not replace:
            raise InvalidInput(
                f"{vault_dir} is not empty, so nothing was restored. Restore into a new "
                "folder, or replace the vault there with --replace (it is backed up "
                "first, then set aside, not deleted)."
            )
        if occupied and not vaults.vault_exists(vault_dir):
            raise InvalidInput(
                f"{vault_dir} holds files that are not a caseapp vault; caseapp will not "
                "replace them. Restore into a new folder."
            )
        if not vault_dir.parent.is_dir():
            raise InvalidInput(f"The folder {vault_dir.parent} does not exist; create it first.")
        _remove_stale_staging(vault_dir)
        staging.mkdir(mode=0o700)
        db = staging / DB_NAME
        try:
            backup.extract(file, db)
        except backup.BadBackup as bad:
            raise _refused(bad.reason) from None
        entries = _check_restored(db, key, header)
        keys = keyfile.KeyFile(
            header.vault_id,
            0,
            tuple(slots.from_backup(header.vault_id, s, key) for s in header.slots),
        )
        keyfile.write(staging, keys)
        fsync_dir(staging)
        if occupied:
            safety = vault_dir.parent / f"{vault_dir.name}-before-restore-{stamp}.caseapp-backup"
            with vaults.unlock(vault_dir, user, passphrase) as old:
                old.backup(safety)
            aside = vault_dir.parent / f"{vault_dir.name}-replaced-{stamp}"
            os.rename(vault_dir, aside)
        elif vault_dir.exists():
            vault_dir.rmdir()  # an empty folder made for it
        os.rename(staging, vault_dir)
        fsync_dir(vault_dir.parent)
    except OSError as exc:
        raise StorageFailure(
            "The restore could not write its files. Check that the folder is writable "
            "and the disk has free space about the size of the backup; nothing was "
            "replaced."
        ) from exc
    finally:
        wipe(key)
        _remove_tree(staging)  # gone already when the restore finished
    with vaults.unlock(vault_dir, user, passphrase) as restored:
        restored.record_restore()
    return RestoreResult(vault_dir, header.backup_id, entries, safety, aside)
