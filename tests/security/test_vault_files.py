"""What a stolen, damaged or tampered vault folder yields: the files on disk."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from caseapp.core.errors import (
    CaseappError,
    CorruptKeyFile,
    CorruptVault,
    InvalidKdfParameters,
    PermissionDenied,
    StorageFailure,
    UnlockThrottled,
    UserNotFound,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryCode,
)
from caseapp.core.users import Role
from caseapp.crypto import kdf
from caseapp.services import session as session_module
from caseapp.services import vault
from caseapp.storage import keyfile, migrations, unlock_attempts, vault_meta
from caseapp.storage.connection import transaction
from caseapp.storage.instance_lock import InstanceLock

MakeVault = Callable[..., tuple[Path, str, str, str]]
OTHER_PASSPHRASE = "purple elephant wanders quietly 97"
THIRD_PASSPHRASE = "seven lanterns drift over marble 13"
KEY_FILES = (keyfile.PRIMARY, keyfile.COPY)


def assert_lock_released(path: Path) -> None:
    lock = InstanceLock(path)
    lock.acquire()  # raises VaultAlreadyOpen if a failed unlock left it held
    lock.release()


def load(path: Path, name: str) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((path / name).read_bytes())
    return doc


def save(path: Path, name: str, doc: dict[str, Any]) -> None:
    (path / name).write_text(json.dumps(doc, indent=1, sort_keys=True))


def slot_entry(doc: dict[str, Any], user: str | None) -> dict[str, Any]:
    for entry in doc["slots"]:
        if entry["slot"]["user"] == user:
            found: dict[str, Any] = entry
            return found
    raise AssertionError(f"no slot for {user}")


def recompute_checksum(entry: dict[str, Any]) -> None:
    entry["sha256"] = keyfile.hashlib.sha256(keyfile._canonical(entry["slot"])).hexdigest()


def test_create_unlock_lock(make_vault: MakeVault) -> None:
    path, admin, passphrase, _ = make_vault()
    assert sorted(p.name for p in path.iterdir()) == sorted(
        ["vault.db", "vault.keys", "vault.keys.bak", "vault.lock"]
    )
    assert (path / "vault.keys").read_bytes() == (path / "vault.keys.bak").read_bytes()
    assert vault.user_names(path) == [admin]
    session = vault.unlock(path, admin, passphrase)
    assert not session.is_locked
    assert session.user.name == admin
    assert session.user.role is Role.ADMIN
    info = session.info()
    assert info.schema_version == migrations.latest()
    assert info.cipher_version
    assert info.kdf == kdf.FLOOR
    assert info.slot_count == 2
    session.lock()
    assert session.is_locked
    session.lock()  # twice is harmless
    assert_lock_released(path)
    assert not (path / "vault.db-wal").exists() or (path / "vault.db-wal").stat().st_size == 0


def test_user_name_is_case_insensitive(make_vault: MakeVault) -> None:
    path, admin, passphrase, _ = make_vault()
    with vault.unlock(path, admin.upper(), passphrase) as session:
        assert session.user.name == admin


def test_wrong_passphrase_is_refused_cleanly(make_vault: MakeVault) -> None:
    path, admin, passphrase, _ = make_vault()
    with pytest.raises(WrongPassphrase) as caught:
        vault.unlock(path, admin, passphrase + "x")
    message = str(caught.value)
    assert "passphrase" in message
    assert passphrase not in message
    assert_lock_released(path)
    # No half-open vault: the right passphrase works right away.
    vault.unlock(path, admin, passphrase).lock()


def test_unknown_user_is_refused_like_a_wrong_passphrase(make_vault: MakeVault) -> None:
    path, _, passphrase, _ = make_vault()
    with pytest.raises(WrongPassphrase):
        vault.unlock(path, "nobody", passphrase)
    assert_lock_released(path)


def test_both_key_files_truncated_is_corrupt_key_file(make_vault: MakeVault) -> None:
    path, admin, passphrase, _ = make_vault()
    for name in KEY_FILES:
        data = (path / name).read_bytes()
        (path / name).write_bytes(data[: len(data) // 3])
    with pytest.raises(CorruptKeyFile) as caught:
        vault.unlock(path, admin, passphrase)
    assert "recovery code" in str(caught.value) or "backup" in str(caught.value)
    assert_lock_released(path)


@pytest.mark.parametrize("broken", KEY_FILES)
@pytest.mark.parametrize("how", ["truncate", "garbage", "empty", "delete"])
def test_one_broken_copy_still_opens_and_is_repaired(
    make_vault: MakeVault, broken: str, how: str
) -> None:
    path, admin, passphrase, _ = make_vault()
    good = (path / keyfile.PRIMARY).read_bytes()
    target = path / broken
    if how == "truncate":
        target.write_bytes(good[:100])
    elif how == "garbage":
        target.write_bytes(os.urandom(len(good)))
    elif how == "empty":
        target.write_bytes(b"")
    else:
        target.unlink()
    vault.unlock(path, admin, passphrase).lock()
    for name in KEY_FILES:
        assert keyfile.parse((path / name).read_bytes()) == keyfile.parse(good), name
    vault.unlock(path, admin, passphrase).lock()


def test_a_slot_damaged_in_one_copy_survives_other_users_changes(make_vault: MakeVault) -> None:
    path, admin, passphrase, _ = make_vault()
    with vault.unlock(path, admin, passphrase) as session:
        session.add_user("bob", Role.PARALEGAL, OTHER_PASSPHRASE)
    # Bit rot in Bob's entry of the primary only (its checksum no longer matches).
    doc = load(path, keyfile.PRIMARY)
    slot_entry(doc, "bob")["slot"]["kdf"]["iterations"] = 4
    save(path, keyfile.PRIMARY, doc)
    # The administrator works on: a passphrase change and a rekey rewrite the files.
    with vault.unlock(path, admin, passphrase) as session:
        session.change_passphrase(passphrase, THIRD_PASSPHRASE)
        session.rekey()
    # Bob is not locked out: his slot came from the copy and was written back.
    with vault.unlock(path, "bob", OTHER_PASSPHRASE) as session:
        assert session.user.name == "bob"
    for name in KEY_FILES:
        parsed = keyfile.parse((path / name).read_bytes())
        assert not parsed.damaged
        assert parsed.user_names() == ["admin", "bob"]


def test_a_slot_damaged_in_one_copy_is_repaired_on_unlock(make_vault: MakeVault) -> None:
    path, admin, passphrase, _ = make_vault()
    doc = load(path, keyfile.PRIMARY)
    slot_entry(doc, admin)["slot"]["private"]["nonce"] = base64.b64encode(bytes(12)).decode()
    save(path, keyfile.PRIMARY, doc)
    vault.unlock(path, admin, passphrase).lock()
    assert not keyfile.parse((path / keyfile.PRIMARY).read_bytes()).damaged


def test_a_slot_damaged_in_both_copies_still_opens_with_the_recovery_code(
    make_vault: MakeVault,
) -> None:
    path, admin, passphrase, code = make_vault()
    for name in KEY_FILES:
        doc = load(path, name)
        slot_entry(doc, admin)["slot"]["salt"] = base64.b64encode(bytes(16)).decode()
        save(path, name, doc)
    with pytest.raises(CorruptKeyFile, match="recovery code"):
        vault.unlock(path, admin, passphrase)
    assert_lock_released(path)
    session = vault.unlock_with_recovery(path, code, admin, OTHER_PASSPHRASE)
    assert session.user.name == admin
    session.lock()
    vault.unlock(path, admin, OTHER_PASSPHRASE).lock()
    with pytest.raises(WrongPassphrase):
        vault.unlock(path, admin, passphrase)


def test_a_wrong_recovery_code_is_refused(make_vault: MakeVault) -> None:
    path, admin, _, code = make_vault()
    other_code = make_vault().recovery_code
    with pytest.raises(WrongRecoveryCode):
        vault.unlock_with_recovery(path, other_code, admin, OTHER_PASSPHRASE)
    assert_lock_released(path)
    vault.unlock_with_recovery(path, code, admin, OTHER_PASSPHRASE).lock()


def _flip_b64(value: str, bit: int = 0) -> str:
    raw = bytearray(base64.b64decode(value))
    raw[len(raw) // 2] ^= 1 << bit
    return base64.b64encode(bytes(raw)).decode()


def _flip_int(value: int, bit: int = 0) -> int:
    return value ^ (1 << bit)


CRAFTED_FIELDS: list[tuple[str, tuple[str, ...], Callable[[Any], Any]]] = [
    ("salt", ("kdf", "salt"), _flip_b64),
    ("private-nonce", ("private", "nonce"), _flip_b64),
    ("private-ct", ("private", "ct"), _flip_b64),
    ("private-ct-tag", ("private", "ct"), lambda v: _flip_b64(v, 7)),
    ("public-key", ("public_key",), _flip_b64),
    ("data-key-epk", ("data_key", "epk"), _flip_b64),
    ("data-key-nonce", ("data_key", "nonce"), _flip_b64),
    ("data-key-ct", ("data_key", "ct"), _flip_b64),
    ("data-key-generation", ("data_key", "generation"), _flip_int),
    ("memory-low-bit", ("kdf", "memory_kib"), _flip_int),
    ("memory-high-bit", ("kdf", "memory_kib"), lambda v: _flip_int(v, 30)),
    ("memory-huge", ("kdf", "memory_kib"), lambda v: 2**32),
    ("iterations", ("kdf", "iterations"), _flip_int),
    ("iterations-high-bit", ("kdf", "iterations"), lambda v: _flip_int(v, 20)),
    ("lanes", ("kdf", "lanes"), _flip_int),
    ("lanes-high-bit", ("kdf", "lanes"), lambda v: _flip_int(v, 12)),
]


@pytest.mark.parametrize(
    ("field", "mutate"),
    [pytest.param(keys, fn, id=name) for name, keys, fn in CRAFTED_FIELDS],
)
def test_a_crafted_slot_field_is_refused_cleanly(
    make_vault: MakeVault, field: tuple[str, ...], mutate: Callable[[Any], Any]
) -> None:
    path, admin, passphrase, code = make_vault()
    for name in KEY_FILES:
        doc = load(path, name)
        entry = slot_entry(doc, admin)
        holder = entry["slot"]
        for step in field[:-1]:
            holder = holder[step]
        holder[field[-1]] = mutate(holder[field[-1]])
        recompute_checksum(entry)  # a deliberate edit, not bit rot
        save(path, name, doc)
    assert not keyfile.read(path).best.damaged
    began = time.perf_counter()
    with pytest.raises(CaseappError) as caught:
        vault.unlock(path, admin, passphrase)
    elapsed = time.perf_counter() - began
    assert type(caught.value) in (WrongPassphrase, CorruptKeyFile, InvalidKdfParameters)
    assert str(caught.value)
    assert elapsed < 2.5
    assert_lock_released(path)
    # The recovery slot was not touched: the vault is still reachable.
    vault.unlock_with_recovery(path, code, admin, OTHER_PASSPHRASE).lock()
    vault.unlock(path, admin, OTHER_PASSPHRASE).lock()


def test_a_key_file_from_another_vault_is_refused(make_vault: MakeVault) -> None:
    # Same administrator name and passphrase: the slots open, the database must not.
    first = make_vault()
    second = make_vault()
    saved = {name: (second.path / name).read_bytes() for name in KEY_FILES}
    for name in KEY_FILES:
        shutil.copyfile(first.path / name, second.path / name)
    with pytest.raises((CorruptVault, CorruptKeyFile)) as caught:
        vault.unlock(second.path, second.admin, second.passphrase)
    assert "key file" in str(caught.value) or "vault" in str(caught.value)
    assert_lock_released(second.path)
    # Nothing in the second vault was changed by the attempt.
    for name in KEY_FILES:
        assert (second.path / name).read_bytes() == (first.path / name).read_bytes()
        (second.path / name).write_bytes(saved[name])
    vault.unlock(second.path, second.admin, second.passphrase).lock()
    vault.unlock(first.path, first.admin, first.passphrase).lock()


def test_a_newer_vault_is_refused_and_released(make_vault: MakeVault) -> None:
    path, admin, passphrase, _ = make_vault()
    with vault.unlock(path, admin, passphrase) as session:
        session._db().execute(f"PRAGMA user_version = {migrations.latest() + 1}")
    with pytest.raises(VaultTooNew):
        vault.unlock(path, admin, passphrase)
    assert_lock_released(path)


def test_failed_unlocks_throttle_and_are_recorded(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, admin, passphrase, _ = make_vault()
    assert vault.unlock_delay_remaining(path) == 0
    for attempt in range(3):
        with pytest.raises(WrongPassphrase):
            vault.unlock(path, admin if attempt else "nobody", f"wrong guess number {attempt}")
    remaining = vault.unlock_delay_remaining(path)
    assert remaining > 0

    def no_kdf(*args: object, **kwargs: object) -> bytearray:
        raise AssertionError("the KDF ran while throttled")

    with monkeypatch.context() as patch:
        patch.setattr(kdf, "derive", no_kdf)
        began = time.perf_counter()
        with pytest.raises(UnlockThrottled) as caught:
            vault.unlock(path, admin, passphrase)  # even the right passphrase waits
        assert time.perf_counter() - began < 0.5
    assert "Wait" in str(caught.value)
    assert caught.value.remaining_seconds > 0
    assert_lock_released(path)

    time.sleep(vault.unlock_delay_remaining(path) + 0.05)
    with vault.unlock(path, admin, passphrase) as session:
        events = (
            session._db().execute("SELECT action, user_name FROM audit_log ORDER BY seq").fetchall()
        )
    failed = [user for kind, user in events if kind == "unlock_failed"]
    # A name that is not a user of the vault is not recorded (it could be anything typed).
    assert failed == ["", admin, admin]
    # The counter is cleared by the good unlock.
    assert vault.unlock_delay_remaining(path) == 0
    assert events.index(("unlock_failed", "")) < events.index(("unlock", admin))


def _all_files(*roots: Path) -> list[Path]:
    found = []
    for root in roots:
        found += [p for p in root.rglob("*") if p.is_file()]
    return found


def test_no_client_data_passphrase_or_code_on_disk(make_vault: MakeVault, temp_root: Path) -> None:
    path, admin, passphrase, code = make_vault()
    planted = f"Zyxwqvutsrq Plantedname {uuid.uuid4().hex}"
    with vault.unlock(path, admin, passphrase) as session:
        conn = session._db()
        with transaction(conn):
            vault_meta.put(conn, "probe", planted)
        # Enough churn to spill pages and use temporary storage.
        conn.execute("CREATE TEMP TABLE scratch AS SELECT value FROM vault_meta")
        conn.execute("SELECT value FROM vault_meta ORDER BY value DESC").fetchall()
        session.add_user("carol", Role.ATTORNEY, OTHER_PASSPHRASE)
        session.change_passphrase(passphrase, THIRD_PASSPHRASE)
        assert vault_meta.get(conn, "probe") == planted
        # While open, the WAL and -shm hold the change too: snapshot them now.
        snapshot = {f"open:{p.name}": p.read_bytes() for p in _all_files(path)}
        assert "open:vault.db-wal" in snapshot
    with pytest.raises(WrongPassphrase):
        vault.unlock(path, admin, passphrase)  # the old one, now wrong

    needles = {
        "client name": planted,
        "passphrase": passphrase,
        "new passphrase": THIRD_PASSPHRASE,
        "carol's passphrase": OTHER_PASSPHRASE,
        "recovery code": code,
        "recovery code (compact)": code.replace("-", ""),
    }
    files = _all_files(path, temp_root)
    assert {"vault.db", "vault.keys", "vault.keys.bak", "vault.lock", "vault.attempts"} <= {
        p.name for p in files
    }
    contents = {**snapshot, **{str(p): p.read_bytes() for p in files}}
    hits = []
    for name, data in contents.items():
        for label, needle in needles.items():
            for encoding in ("utf-8", "utf-16-le"):
                if needle.encode(encoding) in data:
                    hits.append((name, label, encoding))
    assert hits == []
    with vault.unlock(path, admin, THIRD_PASSPHRASE) as session:
        assert vault_meta.get(session._db(), "probe") == planted


@pytest.mark.parametrize(
    "content",
    [
        b"[]",
        b"null",
        b"\x00\xff garbage",
        json.dumps({"failures": 10**12, "last_failure": 0.0, "log": []}).encode(),
        json.dumps({"failures": 5, "last_failure": 0.0, "log": [[1, 2, 3]]}).encode(),
        json.dumps({"failures": 5, "last_failure": 0.0, "log": "x"}).encode(),
    ],
)
def test_a_damaged_attempts_file_does_not_break_unlock(
    make_vault: MakeVault, content: bytes
) -> None:
    path, admin, passphrase, _ = make_vault()
    (path / "vault.attempts").write_bytes(content)
    began = time.perf_counter()
    assert vault.unlock_delay_remaining(path) == 0
    vault.unlock(path, admin, passphrase).lock()
    assert time.perf_counter() - began < 2.5
    assert vault.unlock_delay_remaining(path) == 0


def _open_handles(target: Path) -> list[str]:
    fd_dir = Path("/proc/self/fd")
    found = []
    for fd in fd_dir.iterdir():
        with contextlib.suppress(OSError):
            link = os.readlink(fd)
            if link.startswith(str(target)):
                found.append(link)
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_a_failed_unlock_leaves_no_database_handle_open(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, admin, passphrase, _ = make_vault()

    def interrupted(conn: object, key: bytearray) -> None:
        raise RuntimeError("interrupted")

    # A rekey that staged the new key but never reached the database.
    with vault.unlock(path, admin, passphrase) as session:
        monkeypatch.setattr(session_module, "rekey_database", interrupted)
        with pytest.raises(RuntimeError):
            session.rekey()
    assert any(s.next_data_key for s in keyfile.read(path).best.slots)
    assert _open_handles(path / "vault.db") == []

    def disk_full(directory: Path, kf: keyfile.KeyFile) -> keyfile.KeyFile:
        raise StorageFailure()

    # The unlock must undo the staged rekey, and the disk refuses the write.
    with monkeypatch.context() as patch:
        patch.setattr(keyfile, "write", disk_full)
        with pytest.raises(StorageFailure) as caught:
            vault.unlock(path, admin, passphrase)
        assert caught.value.__traceback__ is not None  # frames still referenced
        assert _open_handles(path / "vault.db") == []
    assert_lock_released(path)
    vault.unlock(path, admin, passphrase).lock()
    assert not any(s.next_data_key for s in keyfile.read(path).best.slots)


def test_a_unlock_that_fails_late_zeroes_the_database_key(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, admin, passphrase, _ = make_vault()
    keys: list[bytearray] = []
    real_open = vault._open_database

    def spy(*args: Any) -> Any:
        result = real_open(*args)
        keys.append(result[1])
        return result

    monkeypatch.setattr(vault, "_open_database", spy)
    # The slot opens but its user is gone from the users table (e.g. an add
    # interrupted between the key file and the database).
    monkeypatch.setattr(vault.users, "find_active", lambda conn, name: None)
    with pytest.raises(WrongPassphrase):
        vault.unlock(path, admin, passphrase)
    assert len(keys) == 1
    assert keys[0] == bytearray(32)  # zeroed, not left for the garbage collector
    assert _open_handles(path / "vault.db") == []
    assert_lock_released(path)


def test_vault_files_are_owner_only(make_vault: MakeVault) -> None:
    path, admin, passphrase, _ = make_vault()
    with vault.unlock(path, admin, passphrase):
        assert (path / "vault.db-wal").exists()
        for name in ("vault.db", "vault.db-wal", "vault.db-shm", *KEY_FILES, "vault.lock"):
            assert (path / name).stat().st_mode & 0o077 == 0, name
    assert path.stat().st_mode & 0o077 == 0


def test_user_name_with_surrounding_spaces_unlocks(make_vault: MakeVault) -> None:
    path, admin, passphrase, _ = make_vault()
    with vault.unlock(path, f"  {admin} ", passphrase) as session:
        assert session.user.name == admin
    assert vault.unlock_delay_remaining(path) == 0


def test_recovery_for_an_unknown_user_says_so_and_counts_no_failure(
    make_vault: MakeVault,
) -> None:
    path, _, _, code = make_vault()
    with pytest.raises(UserNotFound) as caught:
        vault.unlock_with_recovery(path, code, "nobody", OTHER_PASSPHRASE)
    assert "recovery code is right" in str(caught.value)
    assert_lock_released(path)
    assert unlock_attempts.read(path).failures == 0


def test_replacing_the_recovery_code_retires_the_old_one(make_vault: MakeVault) -> None:
    path, admin, passphrase, old_code = make_vault()
    with vault.unlock(path, admin, passphrase) as session:
        new_code = session.replace_recovery_code()
        slots_after = session.info().slot_count
    assert new_code != old_code
    assert slots_after == 2
    with pytest.raises(WrongRecoveryCode):
        vault.unlock_with_recovery(path, old_code, admin, OTHER_PASSPHRASE)
    with vault.unlock_with_recovery(path, new_code, admin, OTHER_PASSPHRASE) as session:
        assert session.user.name == admin
    with vault.unlock(path, admin, OTHER_PASSPHRASE):
        pass


def test_only_an_admin_replaces_the_recovery_code(make_vault: MakeVault) -> None:
    path, admin, passphrase, code = make_vault()
    with vault.unlock(path, admin, passphrase) as session:
        session.add_user("ben", Role.PARALEGAL, OTHER_PASSPHRASE)
    with vault.unlock(path, "ben", OTHER_PASSPHRASE) as session, pytest.raises(PermissionDenied):
        session.replace_recovery_code()
    with vault.unlock_with_recovery(path, code, admin, THIRD_PASSPHRASE):
        pass
