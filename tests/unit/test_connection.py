"""The SQLCipher connection factory: raw key, pragmas asserted, never plaintext."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from caseapp.core.errors import CorruptVault, VaultNotFound, VaultTooNew
from caseapp.storage import connection, migrations
from caseapp.storage.connection import WrongDatabaseKey, open_database

KEY = bytearray(range(32))
OTHER_KEY = bytearray(range(1, 33))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "vault.db"
    conn = open_database(path, bytearray(KEY), create=True)
    try:
        migrations.apply(conn)
        conn.execute("CREATE TABLE t (x TEXT)")
        conn.execute("INSERT INTO t VALUES ('hello plaintext marker')")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return path


EXPECTED_PRAGMAS = {
    "temp_store": 2,
    "journal_mode": "wal",
    "synchronous": 2,
    "foreign_keys": 1,
    "secure_delete": 1,
    "trusted_schema": 0,
    "cell_size_check": 1,
    "cache_size": -65536,
}


@pytest.mark.parametrize(("pragma", "expected"), sorted(EXPECTED_PRAGMAS.items()))
def test_every_pragma_reads_back_as_designed(db: Path, pragma: str, expected: object) -> None:
    conn = open_database(db, bytearray(KEY))
    try:
        got = conn.execute(f"PRAGMA {pragma}").fetchone()[0]
        assert (got.lower() if isinstance(got, str) else got) == expected
    finally:
        conn.close()


def test_cipher_memory_security_is_off_and_cipher_is_present(db: Path) -> None:
    conn = open_database(db, bytearray(KEY))
    try:
        assert str(conn.execute("PRAGMA cipher_memory_security").fetchone()[0]) == "0"
        assert conn.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        conn.close()


def test_extension_loading_is_off(db: Path) -> None:
    conn = open_database(db, bytearray(KEY))
    try:
        with pytest.raises(Exception, match=r"(?i)not authorized|extension"):
            conn.execute("SELECT load_extension('does_not_exist')")
    finally:
        conn.close()


def test_the_file_on_disk_is_encrypted(db: Path) -> None:
    raw = db.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"hello plaintext marker" not in raw
    connection.assert_encrypted_on_disk(db)


def test_the_right_key_reads_the_data(db: Path) -> None:
    conn = open_database(db, bytearray(KEY))
    try:
        assert conn.execute("SELECT x FROM t").fetchall() == [("hello plaintext marker",)]
    finally:
        conn.close()


def test_a_wrong_key_raises_wrong_database_key(db: Path) -> None:
    with pytest.raises(WrongDatabaseKey):
        open_database(db, bytearray(OTHER_KEY))
    # …and did not damage anything.
    open_database(db, bytearray(KEY)).close()


@pytest.mark.parametrize("size", [0, 16, 31, 33, 64])
def test_keys_that_are_not_32_bytes_are_refused(tmp_path: Path, db: Path, size: int) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        open_database(db, bytearray(size))
    fresh = tmp_path / "fresh.db"
    with pytest.raises(ValueError, match="32 bytes"):
        open_database(fresh, bytearray(size), create=True)
    # Nothing was left behind to block a later, correct create.
    assert not fresh.exists()


def test_a_plaintext_sqlite_file_is_refused(tmp_path: Path) -> None:
    plain = tmp_path / "plain.db"
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    assert plain.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(CorruptVault, match="not encrypted"):
        open_database(plain, bytearray(KEY))


@pytest.mark.parametrize("content", [b"", b"short", b"\x00" * 4096])
def test_an_empty_or_junk_file_is_refused(tmp_path: Path, content: bytes) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(content)
    with pytest.raises((CorruptVault, WrongDatabaseKey)):
        open_database(junk, bytearray(KEY))


def test_a_missing_file_is_vault_not_found(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        open_database(tmp_path / "nope.db", bytearray(KEY))


def test_create_refuses_to_overwrite(db: Path) -> None:
    with pytest.raises(Exception, match="already exists"):
        open_database(db, bytearray(OTHER_KEY), create=True)
    open_database(db, bytearray(KEY)).close()


def test_rekey_changes_the_key(db: Path) -> None:
    conn = open_database(db, bytearray(KEY))
    try:
        connection.rekey(conn, bytearray(OTHER_KEY))
    finally:
        conn.close()
    with pytest.raises(WrongDatabaseKey):
        open_database(db, bytearray(KEY))
    conn = open_database(db, bytearray(OTHER_KEY))
    try:
        assert conn.execute("SELECT x FROM t").fetchall() == [("hello plaintext marker",)]
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
    finally:
        conn.close()
    assert b"hello plaintext marker" not in db.read_bytes()


def test_rekey_refuses_a_malformed_key(db: Path) -> None:
    conn = open_database(db, bytearray(KEY))
    try:
        with pytest.raises(ValueError, match="32 bytes"):
            connection.rekey(conn, bytearray(31))
    finally:
        conn.close()
    open_database(db, bytearray(KEY)).close()


def test_transaction_rolls_back_on_error(db: Path) -> None:
    def insert_then_fail() -> None:
        with connection.transaction(conn):
            conn.execute("INSERT INTO t VALUES ('rolled back')")
            raise RuntimeError

    conn = open_database(db, bytearray(KEY))
    try:
        with pytest.raises(RuntimeError):
            insert_then_fail()
        assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 1
    finally:
        conn.close()


# -- migrations ---------------------------------------------------------------


def test_user_version_is_latest_after_open(db: Path) -> None:
    conn = open_database(db, bytearray(KEY))
    try:
        assert migrations.apply(conn) == migrations.latest()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest()
        assert migrations.latest() >= 1
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema").fetchall()}
        assert {"vault_meta", "users", "audit_log", "audit_state", "clients"} <= tables
    finally:
        conn.close()


def test_migrations_are_numbered_without_gaps() -> None:
    numbers = [n for n, _ in migrations.available()]
    assert numbers == list(range(1, len(numbers) + 1))


def test_a_newer_vault_is_refused_and_left_alone(db: Path) -> None:
    conn = open_database(db, bytearray(KEY))
    try:
        conn.execute(f"PRAGMA user_version = {migrations.latest() + 1}")
        with pytest.raises(VaultTooNew):
            migrations.apply(conn)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest() + 1
    finally:
        conn.close()
