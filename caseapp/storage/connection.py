"""The SQLCipher connection factory (DESIGN.md §2).

The raw 32-byte key is given first (sqlite3_key, the C form of ``PRAGMA key``,
so no SQL text holding the key sits in Python's statement cache); every pragma is set and then
read back and asserted; the file header is checked not to be plaintext.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from caseapp.core.errors import CorruptVault, StorageFailure, VaultNotFound
from caseapp.crypto.secrets import wipe

DB_NAME = "vault.db"
PLAINTEXT_HEADER = b"SQLite format 3\x00"
CACHE_KIB = 65536

Connection = Any  # sqlcipher3 ships no type information

# (pragma, value to set, value expected when read back)
_PRAGMAS: tuple[tuple[str, str, object], ...] = (
    # File temp stores would write plaintext sort data.
    ("temp_store", "MEMORY", 2),
    ("secure_delete", "ON", 1),
    ("foreign_keys", "ON", 1),
    ("trusted_schema", "OFF", 0),
    ("cell_size_check", "ON", 1),
    ("synchronous", "FULL", 2),
    ("cache_size", str(-CACHE_KIB), -CACHE_KIB),
    # Checkpoint after every commit and cut the WAL back to nothing: the audit
    # log's state page (holding the next MAC key) must not pile up old versions
    # in the WAL, where whoever has the database key could read earlier keys
    # and rewrite history without the anchor noticing. Costs ~0.3 ms a commit.
    ("wal_autocheckpoint", "1", 1),
    ("journal_size_limit", "0", 0),
)


class WrongDatabaseKey(Exception):
    """The key does not decrypt this file (internal; services map it)."""


def _check_key(key: bytearray) -> None:
    if len(key) != 32:
        # A malformed raw key would silently become a passphrase.
        raise ValueError("database keys are exactly 32 bytes")


_HEX = b"0123456789abcdef"


def _raw_key_literal(key: bytearray) -> bytearray:
    """``x'<64 hex>'`` built in a bytearray (wiped by the caller), never a str."""
    _check_key(key)
    literal = bytearray(b"x'") + bytearray(64) + bytearray(b"'")
    for i, byte in enumerate(key):
        literal[2 + 2 * i] = _HEX[byte >> 4]
        literal[3 + 2 * i] = _HEX[byte & 15]
    return literal


_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26

# What a page that fails its HMAC (or a b-tree that no longer adds up) tells the
# user, wherever it is first read: at unlock, in an act, in the integrity check.
DAMAGED = (
    "The vault file is damaged: part of it failed its integrity check, so it was "
    "not read. Nothing more was changed. Restore the vault from a backup "
    "(caseapp restore, or Restore in the app), or ask an administrator."
)


def is_damage(exc: BaseException) -> bool:
    """Whether a database error means the file is damaged (not busy, not full)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(exc, sqlcipher3.DatabaseError) and (
        code is not None and code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    )


@contextlib.contextmanager
def damage_checked() -> Iterator[None]:
    """A damaged page read inside becomes CorruptVault with :data:`DAMAGED`."""
    try:
        yield
    except sqlcipher3.DatabaseError as exc:
        if is_damage(exc):
            raise CorruptVault(DAMAGED) from exc
        raise


def open_database(path: Path, key: bytearray, *, create: bool = False) -> Connection:
    """Open (or with ``create``, make) an encrypted vault database.

    Raises WrongDatabaseKey when the key does not fit, CorruptVault when the
    file is not an encrypted caseapp database.
    """
    _check_key(key)  # before connecting: a refused key must not leave an empty file
    exists = path.exists()
    if create and exists:
        raise StorageFailure("A database file already exists there; nothing was changed.")
    if not create and not exists:
        raise VaultNotFound()
    if not create:
        _check_header(path)
    else:
        # Owner-only from the first byte; SQLite gives -wal and -shm the same mode.
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except OSError as exc:
            raise StorageFailure() from exc
    try:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlcipher3.Error as exc:
        raise StorageFailure() from exc
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # no key involved: logging only
        literal = _raw_key_literal(key)
        try:
            conn.set_key(literal)
        finally:
            wipe(literal)
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise CorruptVault("This build of SQLite has no encryption; refusing to continue.")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            # Only "not a database" means the key does not open the file; a lock
            # held by another program, an I/O error or no memory is not damage.
            code = getattr(exc, "sqlite_errorcode", None)
            if code == _SQLITE_NOTADB:
                raise WrongDatabaseKey() from exc
            if code is not None and code & 0xFF == _SQLITE_CORRUPT:
                raise CorruptVault() from exc
            raise StorageFailure(
                "The vault file could not be read just now (another program may be "
                "holding it, or the disk failed). Close other programs and try again; "
                "nothing was changed."
            ) from exc
        # Never allow extension loading, whatever the build permits.
        conn.enable_load_extension(False)
        _set_and_assert(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _set_and_assert(conn: Connection) -> None:
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise StorageFailure("The vault could not switch to write-ahead logging.")
    for name, value, expected in _PRAGMAS:
        conn.execute(f"PRAGMA {name} = {value}")
        got = conn.execute(f"PRAGMA {name}").fetchone()[0]
        if got != expected:
            raise StorageFailure(f"Database setting {name} did not take effect.")
    if conn.execute("PRAGMA cipher_memory_security").fetchone()[0] not in ("0", 0):
        raise StorageFailure("Unexpected cipher_memory_security setting.")


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise StorageFailure("The vault file cannot be read. Check its permissions.") from exc
    if head == PLAINTEXT_HEADER:
        raise CorruptVault("The vault file is not encrypted; refusing to open it.")
    if len(head) < 16:
        raise CorruptVault()


def assert_encrypted_on_disk(path: Path) -> None:
    """After the first write: the file must not start with the plaintext header."""
    _check_header(path)


def close_quietly(conn: Connection | None) -> None:
    if conn is None:
        return
    with contextlib.suppress(sqlcipher3.Error):
        conn.close()


def rekey(conn: Connection, new_key: bytearray) -> None:
    """Re-encrypt every page under ``new_key`` (sqlite3_rekey: one atomic transaction)."""
    literal = _raw_key_literal(new_key)
    try:
        conn.reset_key(literal)
    except sqlcipher3.OperationalError as exc:
        raise StorageFailure() from exc
    finally:
        wipe(literal)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlcipher3.OperationalError as exc:
        raise StorageFailure() from exc


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any error.

    A disk that is full, read-only or failing becomes StorageFailure, whose
    message tells the user what to check; nothing of the transaction is kept.
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlcipher3.OperationalError as exc:
        raise StorageFailure() from exc
    try:
        yield conn
    except sqlcipher3.DatabaseError as exc:
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("ROLLBACK")
        if is_damage(exc):
            raise CorruptVault(DAMAGED) from exc
        if isinstance(exc, sqlcipher3.OperationalError):
            raise StorageFailure() from exc
        raise
    except BaseException:
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except sqlcipher3.Error as exc:
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("ROLLBACK")
        if is_damage(exc):
            raise CorruptVault(DAMAGED) from exc
        raise StorageFailure() from exc


def vacuum_database(conn: Connection) -> None:
    """Rebuild the file without free pages (after a purge), then empty the WAL."""
    try:
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlcipher3.OperationalError as exc:
        raise StorageFailure(
            "The record was deleted, but the vault file could not be compacted "
            "(this needs free disk space about the size of the vault). Free some "
            "space and delete again, or ask an administrator."
        ) from exc


def integrity_problems(conn: Connection) -> list[str]:
    """SQLite's integrity check, SQLCipher's per-page HMAC check and the FTS
    indexes' own checks. Empty when all pass. Reads every page: run it inside
    an audited act."""
    problems: list[str] = []
    for check in (sqlite_integrity_problems, page_mac_problems, fts_problems):
        try:
            problems += check(conn)
        except sqlcipher3.DatabaseError as exc:
            if not is_damage(exc):
                raise
            # The check itself hit a damaged page (a search index's own tables,
            # say): that is its finding.
            problems.append(f"{check.__name__}: stopped at a damaged page ({exc})")
    return problems


def sqlite_integrity_problems(conn: Connection) -> list[str]:
    """``PRAGMA integrity_check``: every b-tree, the free list, every index
    against its table (the slow part, by far)."""
    problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    return [p for p in problems if p != "ok"]


def page_mac_problems(conn: Connection) -> list[str]:
    """``PRAGMA cipher_integrity_check``: every page's HMAC, read from the file."""
    return [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]


def fts_problems(conn: Connection) -> list[str]:
    """Each FTS5 index checked against its content (``integrity-check``, rank 1)."""
    problems: list[str] = []
    fts_tables = [
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM sqlite_schema "
            "WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%fts5%'"
        ).fetchall()
    ]
    for name in fts_tables:
        quoted = '"' + name.replace('"', '""') + '"'
        try:
            conn.execute(f"INSERT INTO {quoted} ({quoted}, rank) VALUES ('integrity-check', 1)")
        except sqlcipher3.DatabaseError as exc:
            problems.append(f"{name}: {exc}")
    return problems
