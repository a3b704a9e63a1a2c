"""Backup files: a consistent snapshot of the vault under its own key (issue 7).

A backup is one file::

    MAGIC (16 bytes) | header length (4 bytes, big-endian) | header | database

The database is a ``sqlcipher_export`` of the open vault into a new SQLCipher
file encrypted under a fresh random key — never a copy of the live file, so a
backup's pages can never be spliced into the vault (SQLCipher's page HMACs
carry no version). The header (canonical JSON) carries that key sealed to
every registered key slot (so the same passphrases and recovery code restore
it), the schema version (``sqlcipher_export`` drops ``user_version``), the
audit checkpoint, and the database's size and SHA-256; an HMAC under a key
derived from the backup key covers all of it, so once a slot has opened the
key nothing in the header can have been changed unseen.

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
_CHUNK = 1 << 20


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


def export_snapshot(conn: Connection, dest: Path, key: bytearray) -> tuple[int, int]:
    """Write a consistent copy of the open database into the new file ``dest``,
    encrypted under ``key``; returns (user_version, application_id), which it
    copies too. ``dest`` must not exist. Runs in one read transaction, so a
    writer on another connection cannot make the copy a mix of two states."""
    os.close(os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    literal = _raw_key_literal(key)
    attached = False
    try:
        conn.execute("ATTACH DATABASE ? AS backup KEY ?", (str(dest), literal))
        attached = True
        conn.execute("BEGIN")
        try:
            user_version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
            application_id = int(conn.execute("PRAGMA main.application_id").fetchone()[0])
            conn.execute("SELECT sqlcipher_export('backup')")
            conn.execute(f"PRAGMA backup.user_version = {user_version}")
            conn.execute(f"PRAGMA backup.application_id = {application_id}")
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise
    except sqlcipher3.Error as exc:
        raise StorageFailure(
            "The backup could not be written. Check that the disk has free space "
            "about the size of the vault, then try again."
        ) from exc
    finally:
        wipe(literal)
        if attached:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("DETACH DATABASE backup")
            # The cached ATTACH statement keeps its last bindings: rebind it to
            # nothing secret so the key literal does not linger in its memory.
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ATTACH DATABASE ? AS backup KEY ?", (":memory:", b""))
                conn.execute("DETACH DATABASE backup")
    # A key that did not take would have written plaintext (DESIGN.md §11).
    assert_encrypted_on_disk(dest)
    return user_version, application_id


def file_digest(path: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


# -- the container ----------------------------------------------------------------


def _copy(src: BinaryIO, dst: int, size: int) -> str:
    digest = hashlib.sha256()
    left = size
    while left:
        chunk = src.read(min(_CHUNK, left))
        if not chunk:
            raise BadBackup("it is truncated (the database part is shorter than its header says)")
        digest.update(chunk)
        view = memoryview(chunk)
        while view:
            view = view[os.write(dst, view) :]
        left -= len(chunk)
    return digest.hexdigest()


def write(path: Path, header: Header, db: Path) -> None:
    """Write the backup file atomically (owner-only temp file, fsync, rename)."""
    head = _canonical({**header.body(), "mac": header.mac})
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with contextlib.suppress(OSError):
        tmp.unlink()
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(tmp, flags, 0o600)
        try:
            for part in (MAGIC, _LENGTH.pack(len(head)), head):
                view = memoryview(part)
                while view:
                    view = view[os.write(fd, view) :]
            with db.open("rb") as src:
                if _copy(src, fd, header.db_size) != header.db_sha256:
                    raise StorageFailure("The snapshot changed while it was copied; try again.")
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
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
    (owner-only), its size and checksum checked; trailing bytes refused."""
    try:
        with path.open("rb") as fh:
            header, _ = read_header(fh)
            fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                digest = _copy(fh, fd, header.db_size)
                os.fsync(fd)
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
