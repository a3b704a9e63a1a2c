"""Backup files: a consistent snapshot of the vault under its own key (issue 7).

A backup is one file::

    MAGIC (16 bytes) | header length (4 bytes, big-endian) | header | database

The database is a page-by-page copy of the open vault (SQLite's online backup
API, in one read transaction) into a new SQLCipher file encrypted under a
fresh random key: every page is decrypted with the vault's key and encrypted
again under the backup's, with a salt of its own — never a copy of the live
file, so a backup's pages can never be spliced into the vault (SQLCipher's
page HMACs carry no version). The header (canonical JSON) carries that key
sealed to every registered key slot (so the same passphrases and recovery code
restore it), the schema version, the audit checkpoint, and the database's
size and SHA-256; an HMAC under a key derived from the backup key covers all
of it, so once a slot has opened the key nothing in the header can have been
changed unseen.

This module reads and writes the container and makes the snapshot; deciding
who may and recording it are the services' work.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import struct
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import sqlcipher3

from caseapp.core.errors import StorageFailure
from caseapp.crypto.secrets import wipe
from caseapp.crypto.slots import KeySlot
from caseapp.storage import keyfile
from caseapp.storage.atomic import fsync_dir
from caseapp.storage.connection import Connection, _raw_key_literal, assert_encrypted_on_disk

MAGIC = b"caseapp-backup\x00\x01"
FORMAT_VERSION = 1
MAX_HEADER_BYTES = 1 << 20  # a hostile length must not make us read gigabytes
_LENGTH = struct.Struct(">I")
_MAC_INFO = b"caseapp backup header mac v1"
# Copies stream through two buffers of this size: one is hashed (hashlib drops
# the GIL) while the other is read and written, so a copy costs about as long
# as its slower half, not the sum of reading, hashing and writing.
_BIG_CHUNK = 8 << 20


class BadBackup(Exception):
    """Not a caseapp backup, or damaged: ``reason`` says how (internal; the
    services turn it into a message)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Header:
    vault_id: str
    backup_id: str
    created_at: str
    created_by: str
    user_version: int
    application_id: int
    checkpoint: str  # the audit checkpoint's full form at the snapshot
    db_size: int
    db_sha256: str
    slots: tuple[KeySlot, ...]
    mac: str = ""

    def body(self) -> dict[str, Any]:
        return {
            "format": "caseapp-backup",
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "backup_id": self.backup_id,
            "created_at": self.created_at,
            "created_by": self.created_by,
            "user_version": self.user_version,
            "application_id": self.application_id,
            "checkpoint": self.checkpoint,
            "db_size": self.db_size,
            "db_sha256": self.db_sha256,
            "slots": [keyfile.slot_to_json(s) for s in self.slots],
        }


def _canonical(obj: object) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _mac_key(backup_key: bytearray) -> bytes:
    return hmac.new(backup_key, _MAC_INFO, hashlib.sha256).digest()


def sign(header: Header, backup_key: bytearray) -> Header:
    mac = hmac.new(_mac_key(backup_key), _canonical(header.body()), hashlib.sha256).hexdigest()
    return Header(**{**_fields(header), "mac": mac})


def check_mac(header: Header, backup_key: bytearray) -> None:
    """After a slot opened the key: the header is exactly what was written."""
    want = hmac.new(_mac_key(backup_key), _canonical(header.body()), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(want, header.mac):
        raise BadBackup("its header was changed after it was written")


def _fields(header: Header) -> dict[str, Any]:
    return {name: getattr(header, name) for name in Header.__slots__}


# -- the snapshot ---------------------------------------------------------------


def export_snapshot(
    conn: Connection, dest: Path, key: bytearray, *, sync: bool = False
) -> tuple[int, int]:
    """Write a consistent copy of the open database into the new file ``dest``,
    encrypted under ``key``; returns (user_version, application_id), which the
    copy holds too (they live on page 1). ``dest`` must not exist.

    SQLite's online backup API copies the pages in one step inside one read
    transaction, so a writer on another connection cannot make the copy a mix
    of two states. Each page is decrypted under the source's key and encrypted
    under ``key`` by SQLCipher (same page size and reserve, so no page is
    reshaped); the copy gets a salt of its own. Faster than ``sqlcipher_export``
    (3.5 s against 5.2 s for 619 MB here), which rebuilds every table and index
    row by row; both are bound by SQLCipher's per-page HMAC-SHA512 and AES.
    The target writes with no journal and no syncs (a half-written file in a
    private scratch folder is thrown away); with ``sync`` the finished file is
    fsynced once."""
    os.close(os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    target = None
    try:
        target = sqlcipher3.connect(str(dest), isolation_level=None, check_same_thread=False)
        target.execute("PRAGMA cipher_log_level = NONE")
        literal = _raw_key_literal(key)
        try:
            target.set_key(literal)
        finally:
            wipe(literal)
        version = target.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise StorageFailure("This build of SQLite has no encryption; refusing to continue.")
        target.enable_load_extension(False)
        target.execute("PRAGMA journal_mode = OFF")
        target.execute("PRAGMA synchronous = OFF")
        conn.execute("BEGIN")
        try:
            # The read transaction starts here, so these match the pages copied.
            user_version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
            application_id = int(conn.execute("PRAGMA main.application_id").fetchone()[0])
            conn.backup(target, pages=-1, name="main")
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise
        copied = (
            int(target.execute("PRAGMA user_version").fetchone()[0]),
            int(target.execute("PRAGMA application_id").fetchone()[0]),
        )
        if copied != (user_version, application_id):
            raise StorageFailure("The backup copy is not the vault; try again.")
        target.close()
        target = None
        if sync:
            _fsync_path(dest)
    except sqlcipher3.Error as exc:
        raise StorageFailure(
            "The backup could not be written. Check that the disk has free space "
            "about the size of the vault, then try again."
        ) from exc
    except OSError as exc:
        raise StorageFailure(
            "The backup could not be written. Check that the disk has free space "
            "about the size of the vault, then try again."
        ) from exc
    finally:
        if target is not None:
            with contextlib.suppress(sqlcipher3.Error):
                target.close()
    # A key that did not take would have written plaintext (DESIGN.md §11).
    assert_encrypted_on_disk(dest)
    return user_version, application_id


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def file_digest(path: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    buffer = bytearray(_BIG_CHUNK)
    view = memoryview(buffer)
    with path.open("rb", buffering=0) as fh:
        while n := fh.readinto(buffer):
            digest.update(view[:n])
            size += n
    return size, digest.hexdigest()


# The page cache of the connection that runs SQLite's integrity check on a
# backup. The check looks every row up in each of its table's indexes, so on
# a vault much larger than the usual 64 MiB cache it decrypts the same pages
# again and again: at 100,000 clients (3 GB) the check took 72 s at 64 MiB,
# 56 s at 256 MiB, 49 s at 512 MiB, 47 s at 1 GiB. Pages are allocated only as
# they are read, and the connection is closed right after the checks.
CHECK_CACHE_KIB = 512 * 1024


def widen_cache_for_checks(conn: Connection) -> None:
    conn.execute(f"PRAGMA cache_size = {-CHECK_CACHE_KIB}")


def refusing_errors(check: Callable[[Connection], list[str]], conn: Connection) -> list[str]:
    """Run one of the integrity checks on a hostile file: an error SQLite
    raises on the way (a page whose HMAC fails, a malformed b-tree) is one
    more problem found, not a crash."""
    try:
        return check(conn)
    except sqlcipher3.DatabaseError as exc:
        return [str(exc)]


# -- the container ----------------------------------------------------------------


def _write_all(fd: int, data: memoryview) -> None:
    while data:
        data = data[os.write(fd, data) :]


def _copy(src: BinaryIO, dst: int, size: int, *, write_back: bool = False) -> str:
    """Copy ``size`` bytes from ``src`` to ``dst`` and return their SHA-256 —
    of exactly the bytes written, each read once. Hashing one buffer (in a
    worker thread: hashlib releases the GIL) overlaps reading and writing the
    next. With ``write_back`` (a file about to be fsynced) the system is asked
    to start writing each written buffer to disk at once, so the final fsync
    waits for little more than the last one."""
    advise = getattr(os, "posix_fadvise", None) if write_back else None
    position = os.lseek(dst, 0, os.SEEK_CUR) if advise is not None else 0
    digest = hashlib.sha256()
    buffers = [bytearray(min(_BIG_CHUNK, size) or 1) for _ in range(2)]
    pending: list[Future[None] | None] = [None, None]
    left = size
    turn = 0
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="caseapp-hash") as hasher:
        try:
            while left:
                waiting = pending[turn]
                if waiting is not None:
                    waiting.result()  # this buffer's bytes are hashed: reuse it
                view = memoryview(buffers[turn])[: min(len(buffers[turn]), left)]
                got = _read_exactly(src, view)
                if got == 0:
                    raise BadBackup(
                        "it is truncated (the database part is shorter than its header says)"
                    )
                chunk = view[:got]
                pending[turn] = hasher.submit(digest.update, chunk)
                _write_all(dst, chunk)
                if advise is not None:
                    advise(dst, position, got, os.POSIX_FADV_DONTNEED)
                    position += got
                left -= got
                turn ^= 1
        finally:
            for waiting in pending:
                if waiting is not None:
                    waiting.result()
    return digest.hexdigest()


def _read_exactly(src: BinaryIO, view: memoryview) -> int:
    """Fill ``view`` from ``src``; fewer bytes only at the end of the file."""
    done = 0
    while done < len(view):
        n = src.readinto(view[done:])  # type: ignore[attr-defined]
        if not n:
            break
        done += n
    return done


def write(path: Path, header: Header, db: Path) -> None:
    """Write the backup file atomically (owner-only temp file, fsync, rename)
    from a ``header`` already signed for the database ``db``."""

    def same(size: int, digest: str) -> Header:
        if size != header.db_size or digest != header.db_sha256:
            raise StorageFailure("The snapshot changed while it was copied; try again.")
        return header

    _write_container(path, db, same, header)


def write_sealed(path: Path, db: Path, seal: Callable[[int, str], Header]) -> Header:
    """Write the backup file for the database ``db`` atomically, reading ``db``
    once: ``seal(size, sha256)`` makes the signed header, and is called first
    with a stand-in checksum (the header's length does not depend on its
    value) so the database can be copied and hashed in one pass, and the real
    header written over the stand-in before the file is fsynced and renamed
    into place. Returns the header written."""
    size = db.stat().st_size
    return _write_container(path, db, seal, seal(size, "0" * 64))


def _write_container(
    path: Path, db: Path, seal: Callable[[int, str], Header], stand_in: Header
) -> Header:
    head = _canonical({**stand_in.body(), "mac": stand_in.mac})
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with contextlib.suppress(OSError):
        tmp.unlink()
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(tmp, flags, 0o600)
        try:
            for part in (MAGIC, _LENGTH.pack(len(head)), head):
                _write_all(fd, memoryview(part))
            with db.open("rb", buffering=0) as src:
                size = stand_in.db_size
                digest = _copy(src, fd, size, write_back=True)
                if src.read(1):
                    raise StorageFailure("The snapshot changed while it was copied; try again.")
            header = seal(size, digest)
            final = _canonical({**header.body(), "mac": header.mac})
            if len(final) != len(head):
                raise StorageFailure("The backup header could not be written; try again.")
            if final != head:
                os.lseek(fd, len(MAGIC) + _LENGTH.size, os.SEEK_SET)
                _write_all(fd, memoryview(final))
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BadBackup:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StorageFailure("The snapshot changed while it was copied; try again.") from None
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StorageFailure(
            "The backup file could not be written. Check the folder exists, is "
            "writable and has free space, then try again."
        ) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    with contextlib.suppress(OSError):
        fsync_dir(path.parent)
    return header


def _int(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise BadBackup(f"its header has a bad {what}")
    return value


def _str(value: object, what: str) -> str:
    if not isinstance(value, str) or len(value) > 200:
        raise BadBackup(f"its header has a bad {what}")
    return value


def read_header(fh: BinaryIO) -> tuple[Header, int]:
    """The header of an open backup file and the offset of its database part.
    Checks the shape only: the MAC needs the key (``check_mac``)."""
    magic = fh.read(len(MAGIC))
    if magic != MAGIC:
        if magic[:14] == MAGIC[:14]:
            raise BadBackup("it was made by a newer version of caseapp; update caseapp first")
        raise BadBackup("it is not a caseapp backup")
    raw_length = fh.read(_LENGTH.size)
    if len(raw_length) != _LENGTH.size:
        raise BadBackup("it is truncated")
    (length,) = _LENGTH.unpack(raw_length)
    if length > MAX_HEADER_BYTES:
        raise BadBackup("its header is impossibly large")
    raw = fh.read(length)
    if len(raw) != length:
        raise BadBackup("it is truncated")
    try:
        obj = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise BadBackup("its header is damaged") from None
    if not isinstance(obj, dict) or obj.get("format") != "caseapp-backup":
        raise BadBackup("its header is damaged")
    if obj.get("version") != FORMAT_VERSION:
        raise BadBackup("it was made by another version of caseapp; update caseapp first")
    slots_json = obj.get("slots")
    if not isinstance(slots_json, list) or not slots_json or len(slots_json) > 1000:
        raise BadBackup("its header holds no key slots")
    try:
        slots = tuple(keyfile.slot_from_json(s) for s in slots_json)
    except Exception:
        raise BadBackup("its key slots are damaged") from None
    header = Header(
        vault_id=_str(obj.get("vault_id"), "vault id"),
        backup_id=_str(obj.get("backup_id"), "backup id"),
        created_at=_str(obj.get("created_at"), "date"),
        created_by=_str(obj.get("created_by"), "user"),
        user_version=_int(obj.get("user_version"), "schema version"),
        application_id=_int(obj.get("application_id"), "application id"),
        checkpoint=_str(obj.get("checkpoint"), "checkpoint"),
        db_size=_int(obj.get("db_size"), "size"),
        db_sha256=_str(obj.get("db_sha256"), "checksum"),
        slots=slots,
        mac=_str(obj.get("mac"), "MAC"),
    )
    return header, len(MAGIC) + _LENGTH.size + length


def extract(path: Path, dest: Path) -> Header:
    """The header, and the database part copied to the new file ``dest``
    (owner-only), its size and checksum checked; trailing bytes refused.

    The checksum is of the bytes written to ``dest`` (read once, hashed while
    being written), so what is checked afterwards is what was hashed, even if
    the backup file changes meanwhile. ``dest`` is a scratch copy that is
    checked and then thrown away or copied again, so it is not fsynced."""
    try:
        with path.open("rb") as fh:
            header, offset = read_header(fh)
            on_disk = os.fstat(fh.fileno()).st_size
            if on_disk < offset + header.db_size:
                raise BadBackup(
                    "it is truncated (the database part is shorter than its header says)"
                )
            fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                digest = _copy(fh, fd, header.db_size)
            finally:
                os.close(fd)
            if fh.read(1):
                raise BadBackup("it has bytes after its end (it was changed or damaged)")
    except OSError as exc:
        raise StorageFailure(
            "The backup file could not be read, or the copy to check it could not "
            "be written. Check the file's permissions and the free disk space."
        ) from exc
    if not hmac.compare_digest(digest, header.db_sha256):
        raise BadBackup("its contents do not match its checksum (damaged or changed)")
    return header
