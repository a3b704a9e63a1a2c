"""Encrypted backups (issue 7): make one, verify one, restore one.

A backup is a consistent snapshot under its *own* random key, sealed to every
registered key slot, so whoever can unlock the vault can open the backup; the
live file is never copied (see storage/backup.py). The act is recorded before
the snapshot is taken, so the backup holds its own entry and no backup exists
that the log does not name; the header carries the checkpoint after it.

Sealing needs only public keys: someone holding a copy of ``vault.keys`` (no
secret) could forge a file that opens with a real passphrase. The audit anchor
rules that out — a forged log cannot carry the vault's real MACs — so verify
and restore check it when given, and say plainly when they did not.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from caseapp.core.audit import AuditEvent, parse_checkpoint
from caseapp.core.errors import (
    AuditLogBroken,
    CaseappError,
    CorruptVault,
    InvalidInput,
    StorageFailure,
    VaultTooNew,
    WrongPassphrase,
)
from caseapp.crypto import audit_chain, slots
from caseapp.crypto.secrets import wipe
from caseapp.services.audited import AuditedSession, record
from caseapp.storage import audit_log, backup, keyfile, migrations
from caseapp.storage.atomic import exchange, fsync_dir, remove_private_dir
from caseapp.storage.backup import Header as BackupHeader
from caseapp.storage.connection import (
    DB_NAME,
    Connection,
    WrongDatabaseKey,
    close_quietly,
    fts_problems,
    open_database,
    page_mac_problems,
    sqlite_integrity_problems,
    transaction,
)
from caseapp.storage.instance_lock import InstanceLock

_SCRATCH_FILES = ("snapshot.db", "snapshot.db-*")
_STAGING_FILES = ("incoming.db", "incoming.db-*", "vault.db", "vault.db-*", "vault.keys*")
_STAGING_FILES_ALL = (*_STAGING_FILES, ".vault.keys*")
_STAGING_MARKER = "RESTORING"  # only a folder holding it is ever cleaned up as ours


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
    users: tuple[str, ...] = ()  # whose passphrases open it
    recovery: bool = False  # and whether the recovery code does


@dataclass(frozen=True, slots=True)
class BackupCheck:
    info: BackupInfo
    entries: int  # audit entries in the backup, chain verified
    problems: tuple[str, ...]  # empty: intact
    anchor_checked: bool

    @property
    def ok(self) -> bool:
        return not self.problems


def _read_only_folder(folder: Path) -> str:
    return (
        f"caseapp cannot write in {folder}: it is read-only or full. Choose another "
        "folder (or a disk that is not write-protected), then try again."
    )


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: leave its files alone
    return True


def _stale(folder: Path) -> bool:
    """A ``…-<pid>-…`` or ``…-<pid>`` scratch folder whose process is gone."""
    for part in folder.name.replace(".", "-").split("-"):
        if part.isdigit():
            return not _alive(int(part))
    return False


def _remove_stale(out: Path) -> None:
    """What a backup killed mid-write left beside ``out`` (encrypted, but useless):
    its scratch folder and half-written temp file, once their process is gone."""
    for leftover in out.parent.glob(".caseapp-backup-*"):
        if _stale(leftover):
            remove_private_dir(leftover, _SCRATCH_FILES)
    prefix = f".{out.name}.tmp-"
    for leftover in out.parent.iterdir():
        pid = leftover.name[len(prefix) :] if leftover.name.startswith(prefix) else ""
        if pid.isdigit() and not _alive(int(pid)) and not leftover.is_symlink():
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


def _is_backup_file(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(backup.MAGIC))[:14] == backup.MAGIC[:14]
    except OSError:
        return False


def _info(path: Path, header: backup.Header) -> BackupInfo:
    return BackupInfo(
        path,
        header.backup_id,
        header.created_at,
        header.created_by,
        path.stat().st_size,
        header.user_version,
        _short(header.checkpoint),
        tuple(sorted((s.user or "" for s in header.slots if s.kind == "user"), key=str.casefold)),
        any(s.kind == "recovery" for s in header.slots),
    )


class Backups(AuditedSession):
    def last_backup_at(self) -> datetime | None:
        """When this vault was last backed up (UTC), for the reminder; None: never."""
        stamp = audit_log.last_at(self._db(), "backup", unless="backup_failed")
        if stamp is None:
            return None
        try:
            moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

    def backup(self, out: Path) -> BackupInfo:
        """Admin: write a backup of the whole vault to ``out`` (atomically,
        owner-only). Recorded first; the file's header holds the checkpoint."""
        self._require_admin("backup")
        out = Path(out)
        if out.is_dir():
            raise InvalidInput("Give the name of the backup file to write, not a folder.")
        parent = out.resolve().parent
        if parent == self.path.resolve() or (parent / keyfile.PRIMARY).exists():
            raise InvalidInput(
                "Write the backup outside any vault folder — ideally on another disk — "
                "so that losing the laptop does not lose the backup too."
            )
        if not parent.is_dir():
            raise InvalidInput(f"The folder {parent} does not exist; create it first.")
        if out.exists() and not _is_backup_file(out):
            raise InvalidInput(
                f"{out} already exists and is not a caseapp backup; choose another name."
            )
        if not os.access(parent, os.W_OK | os.X_OK):
            raise InvalidInput(_read_only_folder(parent))
        conn = self._db()
        backup_id = str(uuid.uuid4())
        # Recorded before the snapshot: the backup holds its own entry, and a
        # backup the log does not name cannot exist (a kill after the write).
        with transaction(conn):
            record(conn, "backup", self.user.name, entity_type="vault", entity_id=backup_id)
            checkpoint = audit_log.checkpoint(conn)
        try:
            header = self._write_backup(conn, out, parent, backup_id, checkpoint.full)
        except BaseException:
            # Named first, not made: the log says so, and the reminder does not
            # count it (a full disk, a folder gone read-only, the snapshot refused).
            with contextlib.suppress(CaseappError), transaction(conn):
                record(
                    conn, "backup_failed", self.user.name, entity_type="vault", entity_id=backup_id
                )
            raise
        return _info(out, header)

    def _write_backup(
        self, conn: Connection, out: Path, parent: Path, backup_id: str, checkpoint: str
    ) -> BackupHeader:
        """The snapshot, taken under a fresh key in a scratch folder beside
        ``out``, sealed into the backup file (atomically)."""
        _remove_stale(out)
        try:
            scratch = Path(tempfile.mkdtemp(prefix=f".caseapp-backup-{os.getpid()}-", dir=parent))
        except OSError as exc:  # read-only or full since the check before recording
            raise StorageFailure(_read_only_folder(parent)) from exc
        key = slots.new_data_key()
        try:
            snapshot = scratch / "snapshot.db"
            with self._guard.audited():
                user_version, application_id = backup.export_snapshot(conn, snapshot, key)
            vault_id = self._keys.vault_id
            created_at = datetime.now(UTC).replace(microsecond=0).isoformat()
            sealed = tuple(slots.for_backup(vault_id, s, key) for s in self._keys.slots)

            def seal(size: int, digest: str) -> backup.Header:
                return backup.sign(
                    backup.Header(
                        vault_id=vault_id,
                        backup_id=backup_id,
                        created_at=created_at,
                        created_by=self.user.name,
                        user_version=user_version,
                        application_id=application_id,
                        checkpoint=checkpoint,
                        db_size=size,
                        db_sha256=digest,
                        slots=sealed,
                    ),
                    key,
                )

            # One pass over the snapshot: hashed while it is written into the file.
            return backup.write_sealed(out, snapshot, seal)
        finally:
            wipe(key)
            remove_private_dir(scratch, _SCRATCH_FILES)


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
        "No user by that name could open this vault when the backup was made. "
        "Use the name and passphrase of someone who could, or the recovery code."
    )


def _recovery_secret(code: str) -> bytearray:
    from caseapp.crypto import recovery

    return recovery.parse(code)


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


def _anchor_key(anchor: str | None) -> bytes | None:
    return audit_chain.parse_anchor(anchor) if anchor is not None else None


def _examine(
    conn: object,
    db: Path,
    key: bytearray,
    header: backup.Header,
    anchor: bytes | None,
    *,
    copy_to: tuple[Path, bytearray] | None = None,
) -> tuple[int, list[str]]:
    """The checks on an extracted (hostile) database ``db`` open on ``conn``,
    schema first: until the schema is known to be exactly ours, nothing that
    could run the file's SQL (an integrity check evaluates CHECK constraints
    and FTS code) is done — not even a second connection is opened.

    Then every check of ``integrity_problems`` runs, on two connections at once:
    SQLite's integrity check (the slow one) here, and in a worker thread the
    page HMACs, the FTS checks and, with ``copy_to`` (path, key), the copy of
    the pages under that key that becomes the restored vault (SQLite drops
    the GIL, so the two use two cores). The copy only lands in a private
    staging folder that a refusal removes. The schema version and the audit
    chain are checked last, once the file is known to be sound."""
    try:
        schema = migrations.schema_problems(conn)
    except VaultTooNew:
        raise _refused("it was made by a newer version of caseapp; update caseapp first") from None
    if schema:
        return 0, ["its database holds objects caseapp never makes: " + "; ".join(schema)]
    backup.widen_cache_for_checks(conn)
    other = open_database(db, key)
    try:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="caseapp-check") as pool:
            side = pool.submit(_page_checks, other, copy_to)
            try:
                problems = backup.refusing_errors(sqlite_integrity_problems, conn)
            finally:
                side_problems = side.result()
    finally:
        close_quietly(other)
    problems += side_problems
    if problems:
        return 0, ["its database is damaged (" + "; ".join(problems[:3]) + ")"]
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])  # type: ignore[attr-defined]
    if version != header.user_version:
        return 0, ["its schema version differs from its header"]
    result = audit_log.verify(
        conn, header.vault_id, anchor=anchor, claims=[parse_checkpoint(header.checkpoint)]
    )
    if not result.ok:
        return result.entries, [f"its audit log {result.summary()}"]
    return result.entries, []


def _page_checks(conn: object, copy_to: tuple[Path, bytearray] | None) -> list[str]:
    """The worker's half of ``_examine``: page HMACs, (the copy), FTS checks."""
    problems = backup.refusing_errors(page_mac_problems, conn)
    if copy_to is not None and not problems:
        backup.export_snapshot(conn, copy_to[0], copy_to[1], sync=True)
    return problems + backup.refusing_errors(fts_problems, conn)


def verify_backup(
    path: Path, user: str | None, secret: str, *, anchor: str | None = None
) -> BackupCheck:
    """Open the backup with a passphrase (or the recovery code), copy its database
    to a private temp folder (still encrypted), and check it: the schema against
    this version's, then SQLCipher page HMACs, SQLite and FTS integrity, and the
    audit chain (every MAC too with the ``anchor``). Nothing in the backup is
    changed; nothing is recorded (the vault may be gone — that is what backups
    are for)."""
    anchor_key = _anchor_key(anchor)  # a typo is caught before the slow KDF
    header, key = open_backup_key(path, user, secret)
    for leftover in Path(tempfile.gettempdir()).glob("caseapp-verify-*"):
        if _stale(leftover):
            remove_private_dir(leftover, (DB_NAME, f"{DB_NAME}-*"))
    scratch = Path(tempfile.mkdtemp(prefix=f"caseapp-verify-{os.getpid()}-"))
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
        entries, problems = _examine(conn, db, key, header, anchor_key)
        return BackupCheck(
            _info(Path(path), header), entries, tuple(problems), anchor_key is not None
        )
    finally:
        wipe(key)
        close_quietly(conn)
        remove_private_dir(scratch, (DB_NAME, f"{DB_NAME}-*"))


# -- restore -----------------------------------------------------------------------


# What a vault being replaced may fail with because its database is damaged,
# raised only after the user's key slot opened with the passphrase. A wrong
# passphrase, a damaged key file (no passphrase could be checked), a lock held by
# another program or a full disk are not on the list: they refuse.
_DAMAGED = (CorruptVault, AuditLogBroken)


def _same_vault(vault_dir: Path, vault_id: str) -> bool:
    """Whether the (readable) key file of the vault in ``vault_dir`` names ``vault_id``."""
    try:
        files = keyfile.read(vault_dir)
    except CaseappError:
        return False
    return any(f is not None and f.vault_id == vault_id for f in (files.primary, files.copy))


@dataclass(frozen=True, slots=True)
class RestoreResult:
    vault_dir: Path
    backup_id: str
    entries: int  # audit entries restored, chain verified
    safety_backup: Path | None  # the backup made of the vault that was replaced
    set_aside: Path | None  # where the replaced vault now is (not deleted)
    anchor_checked: bool
    # The vault replaced could not be opened (damaged): set aside without a backup.
    replaced_damaged: bool = False


def _remove_stale_staging(vault_dir: Path) -> None:
    """What a restore killed mid-way left beside the target (encrypted scraps)."""
    for leftover in vault_dir.parent.glob(f".{vault_dir.name}.restoring-*"):
        if _stale(leftover):
            remove_private_dir(leftover, _STAGING_FILES_ALL, marker=_STAGING_MARKER)


def _stamp() -> str:
    return f"{datetime.now():%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:6]}"


def _stage(
    file: Path,
    staging: Path,
    header: backup.Header,
    key: bytearray,
    user: str,
    anchor: bytes | None,
) -> int:
    """Build the restored vault in ``staging``: the backup's database checked as
    hostile while its pages are copied under a fresh key (so no page of the
    backup file can be spliced into it), the restore recorded in it, and its
    key file. Returns the number of audit entries verified."""
    incoming = staging / "incoming.db"
    try:
        backup.extract(file, incoming)
    except backup.BadBackup as bad:
        raise _refused(bad.reason) from None
    try:
        source = open_database(incoming, key)
    except WrongDatabaseKey:
        raise _refused("its database does not open with its own key") from None
    fresh = slots.new_data_key()
    try:
        try:
            # The checks copy the pages under the fresh key as they go (one pass
            # instead of check-then-export); a refusal leaves that copy only in
            # staging, which the caller removes.
            entries, problems = _examine(
                source, incoming, key, header, anchor, copy_to=(staging / DB_NAME, fresh)
            )
            if problems:
                raise _refused(problems[0])
        finally:
            close_quietly(source)
        for part in staging.glob("incoming.db*"):
            part.unlink()
        restored = open_database(staging / DB_NAME, fresh)
        try:
            # The restore's entry is chained to the backup's last one, inside the
            # restored vault before it exists under its name.
            with transaction(restored):
                audit_log.append(
                    restored, AuditEvent("restore", user, "vault", header.backup_id, ())
                )
            restored.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            close_quietly(restored)
        keys = keyfile.KeyFile(
            header.vault_id,
            0,
            tuple(slots.from_backup(header.vault_id, s, fresh) for s in header.slots),
        )
        keyfile.write(staging, keys)
    finally:
        wipe(fresh)
    fsync_dir(staging)
    return entries


def _swap_in(staging: Path, vault_dir: Path, aside: Path) -> None:
    """Put ``staging`` where ``vault_dir`` is and the old vault at ``aside``: one
    atomic exchange where the system has it; else two renames, the first undone
    if the second fails."""
    if exchange(staging, vault_dir):
        os.rename(staging, aside)  # staging's name now holds the old vault
        (vault_dir / _STAGING_MARKER).unlink(missing_ok=True)
        return
    os.rename(vault_dir, aside)
    try:
        os.rename(staging, vault_dir)
    except BaseException:
        os.rename(aside, vault_dir)
        raise
    (vault_dir / _STAGING_MARKER).unlink(missing_ok=True)


def restore_backup(
    file: Path,
    vault_dir: Path,
    user: str,
    passphrase: str,
    *,
    replace: bool = False,
    anchor: str | None = None,
) -> RestoreResult:
    """Restore the backup ``file`` as the vault in ``vault_dir``, opened with
    ``user``'s passphrase (an administrator's when a vault is replaced).

    The file is treated as hostile (``_examine``) and everything is built in a
    private staging folder beside ``vault_dir``, which becomes the vault in one
    rename (or exchange) at the end: a crash or kill -9 before it leaves
    whatever was in ``vault_dir`` as it was. An existing vault is replaced only
    with ``replace``, only after a backup of it has been written beside it, and
    is then set aside (renamed), never deleted. With ``anchor`` every MAC of the
    backup's log is checked, which rules out a backup forged from public keys."""
    from caseapp.services import vault as vaults  # (vault imports this module)

    file, vault_dir = Path(file), Path(vault_dir)
    anchor_key = _anchor_key(anchor)
    header, key = open_backup_key(file, user, passphrase)
    staging = vault_dir.parent / f".{vault_dir.name}.restoring-{os.getpid()}"
    safety: Path | None = None
    aside: Path | None = None
    damaged = False
    created = False
    try:
        occupied = vault_dir.exists() and any(vault_dir.iterdir())
        if vault_dir.is_symlink():
            raise InvalidInput(f"{vault_dir} is a link; restore into a real, new folder.")
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
        created = True
        (staging / _STAGING_MARKER).touch(mode=0o600)
        entries = _stage(file, staging, header, key, user, anchor_key)
        if occupied:
            stamp = _stamp()
            safety = vault_dir.parent / f"{vault_dir.name}-before-restore-{stamp}.caseapp-backup"
            aside = vault_dir.parent / f"{vault_dir.name}-replaced-{stamp}"
            try:
                with vaults.unlock(vault_dir, user, passphrase) as old:
                    old.backup(safety)
            except _DAMAGED:
                # The vault there cannot be opened or backed up because its
                # database is damaged — the very case a restore is for. Its key
                # file opened with this name and passphrase (these errors come only
                # after the slot opened), and the backup is of this same vault; it
                # is set aside as it is (never deleted), nothing lost that was not.
                if not _same_vault(vault_dir, header.vault_id):
                    raise
                safety, damaged = None, True
            # Closed (SQLite must not touch its files by name after the swap), but
            # locked across it, so nobody opens the old vault meanwhile.
            with InstanceLock(vault_dir):
                _swap_in(staging, vault_dir, aside)
        else:
            if vault_dir.exists():
                vault_dir.rmdir()  # an empty folder made for it
            os.rename(staging, vault_dir)
            (vault_dir / _STAGING_MARKER).unlink(missing_ok=True)
        created = False  # it is the vault now
        fsync_dir(vault_dir.parent)
    except OSError as exc:
        raise StorageFailure(
            "The restore could not write its files. Check that the folder is writable "
            "and the disk has free space about the size of the backup; the vault that "
            "was there, if any, is unchanged."
        ) from exc
    finally:
        wipe(key)
        if created:
            remove_private_dir(staging, _STAGING_FILES_ALL, marker=_STAGING_MARKER)
    return RestoreResult(
        vault_dir, header.backup_id, entries, safety, aside, anchor_key is not None, damaged
    )
