"""Key slots an attacker adds, keeps or restores, and writes that half-fail."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from caseapp.core.errors import (
    CaseappError,
    CorruptKeyFile,
    CorruptVault,
    InvalidKdfParameters,
    StorageFailure,
    WrongPassphrase,
)
from caseapp.core.users import Role
from caseapp.crypto import kdf, slots
from caseapp.services import vault
from caseapp.storage import atomic, keyfile, unlock_attempts
from caseapp.storage.instance_lock import InstanceLock

MakeVault = Callable[..., tuple[Path, str, str, str]]
NEW_PASSPHRASE = "quiet lantern over seven hills"
CLERK_PASSPHRASE = "purple elephant dancing quietly 7"


def _plant_slot(path: Path, attacker_secret: bytearray) -> bytes:
    """What someone with write access to the folder (and no key) can do: add a
    slot of their own to both copies, checksums recomputed. Returns its public key."""
    files = keyfile.read(path).best
    junk_key = slots.new_data_key()  # they do not know the real database key
    planted = slots.create_slot(
        files.vault_id, "recovery", None, attacker_secret, junk_key, 1, kdf.FLOOR
    )
    doctored = keyfile.KeyFile(files.vault_id, files.serial, (*files.slots, planted))
    data = keyfile.serialize(doctored)
    for name in (keyfile.PRIMARY, keyfile.COPY):
        (path / name).write_bytes(data)
    return planted.public_key


def test_a_planted_slot_is_dropped_and_never_sealed_a_new_key(make_vault: MakeVault) -> None:
    path, admin, passphrase, _ = make_vault()
    planted_public = _plant_slot(path, bytearray(b"attacker secret"))
    with vault.unlock(path, admin, passphrase) as session:
        assert session.info().slot_count == 2
        dropped = session.list_audit(action="key_slot_dropped")
        assert len(dropped) == 1
        session.rekey()
    for name in (keyfile.PRIMARY, keyfile.COPY):
        text = (path / name).read_text()
        assert planted_public.hex() not in text
        doc = json.loads(text)
        assert len(doc["slots"]) == 2


def test_an_old_key_file_and_old_passphrase_get_nothing_after_change_and_rekey(
    make_vault: MakeVault, tmp_path: Path
) -> None:
    path, admin, passphrase, _ = make_vault()
    stolen = tmp_path / "stolen.keys"
    shutil.copy(path / keyfile.PRIMARY, stolen)
    with vault.unlock(path, admin, passphrase) as session:
        session.change_passphrase(passphrase, NEW_PASSPHRASE)
        session.rekey()
    # The thief's copy of the slot, opened with the old passphrase, yields a key
    # that no longer opens the database — the new key was sealed to a new key pair.
    old = keyfile.parse(stolen.read_bytes())
    old_slot = old.user_slot(admin)
    assert old_slot is not None
    opened = slots.open_slot(old.vault_id, old_slot, slots.secret_from_passphrase(passphrase))
    assert opened.next_data_key is None
    for name in (keyfile.PRIMARY, keyfile.COPY):
        shutil.copy(stolen, path / name)
    with pytest.raises((CorruptVault, CorruptKeyFile)):
        vault.unlock(path, admin, passphrase)
    _lock_released(path)


def test_a_restored_old_key_file_is_refused_even_before_a_rekey(
    make_vault: MakeVault, tmp_path: Path
) -> None:
    path, admin, passphrase, _ = make_vault()
    old = tmp_path / "old.keys"
    shutil.copy(path / keyfile.PRIMARY, old)
    with vault.unlock(path, admin, passphrase) as session:
        session.change_passphrase(passphrase, NEW_PASSPHRASE)
    for name in (keyfile.PRIMARY, keyfile.COPY):
        shutil.copy(old, path / name)
    with pytest.raises(CorruptKeyFile) as caught:
        vault.unlock(path, admin, passphrase)
    assert "not one the vault knows" in str(caught.value)


def test_a_slot_left_by_an_undone_add_is_dropped(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, admin, passphrase, _ = make_vault()
    real_write = keyfile.write

    def write_then_interrupt(directory: Path, kf: keyfile.KeyFile) -> keyfile.KeyFile:
        real_write(directory, kf)
        raise KeyboardInterrupt  # after the primary was written: the add is undone

    with vault.unlock(path, admin, passphrase) as session:
        monkeypatch.setattr(keyfile, "write", write_then_interrupt)
        with pytest.raises(KeyboardInterrupt):
            session.add_user("ben", Role.PARALEGAL, CLERK_PASSPHRASE)
        monkeypatch.setattr(keyfile, "write", real_write)
    assert "ben" in vault.user_names(path)  # the slot reached the file...
    with pytest.raises(WrongPassphrase):
        vault.unlock(path, "ben", CLERK_PASSPHRASE)  # ...but the user was undone
    with vault.unlock(path, admin, passphrase):
        pass
    assert "ben" not in vault.user_names(path)  # and the unregistered slot is gone


def test_a_failed_directory_sync_after_the_rename_is_not_a_failure(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, admin, passphrase, _ = make_vault()

    def no_sync(directory: Path) -> None:
        raise OSError("fsync failed")

    with vault.unlock(path, admin, passphrase) as session:
        monkeypatch.setattr(atomic, "fsync_dir", no_sync)
        session.add_user("ben", Role.PARALEGAL, CLERK_PASSPHRASE)
        new_code = session.replace_recovery_code()
        monkeypatch.undo()
    with vault.unlock(path, "ben", CLERK_PASSPHRASE):
        pass
    with vault.unlock_with_recovery(path, new_code, admin, NEW_PASSPHRASE):
        pass


def test_a_failed_promote_after_rekey_keeps_the_session_on_the_new_key(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, admin, passphrase, _ = make_vault()
    real_write = keyfile.write
    calls = {"n": 0}

    def fail_second(directory: Path, kf: keyfile.KeyFile) -> keyfile.KeyFile:
        calls["n"] += 1
        if calls["n"] == 2:  # the promote, after PRAGMA rekey succeeded
            raise StorageFailure()
        return real_write(directory, kf)

    with vault.unlock(path, admin, passphrase) as session:
        monkeypatch.setattr(keyfile, "write", fail_second)
        with pytest.raises(StorageFailure):
            session.rekey()
        monkeypatch.setattr(keyfile, "write", real_write)
        new_code = session.replace_recovery_code()
        session.add_user("ben", Role.PARALEGAL, CLERK_PASSPHRASE)
    with vault.unlock_with_recovery(path, new_code, admin, NEW_PASSPHRASE) as session:
        assert session.check_integrity() == []
    with vault.unlock(path, "ben", CLERK_PASSPHRASE):
        pass


def test_a_wrong_current_passphrase_counts_as_a_failed_attempt(make_vault: MakeVault) -> None:
    path, admin, passphrase, _ = make_vault()
    with vault.unlock(path, admin, passphrase) as session:
        with pytest.raises(WrongPassphrase):
            session.change_passphrase("not my passphrase at all", NEW_PASSPHRASE)
        assert unlock_attempts.read(path).failures == 1


@pytest.mark.parametrize(
    "content",
    [
        '{"failures": Infinity, "last_failure": 0, "log": []}',
        '{"failures": 5, "last_failure": NaN, "log": []}',
        '{"failures": 5, "last_failure": 1e20, "log": []}',
        '{"failures": 1, "last_failure": 0, "log": [[1e20, "admin"]]}',
        '{"failures": 1, "last_failure": 0, "log": [[NaN, "admin"]]}',
    ],
)
def test_a_crafted_attempts_file_never_blocks_unlocking(
    make_vault: MakeVault, content: str
) -> None:
    path, admin, passphrase, _ = make_vault()
    (path / unlock_attempts.FILE_NAME).write_text(content)
    with vault.unlock(path, admin, passphrase) as session:
        assert not session.is_locked


def test_refused_kdf_settings_leave_nothing_behind(tmp_path: Path) -> None:
    path = tmp_path / "vault"
    weak = kdf.KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
    with pytest.raises(InvalidKdfParameters):
        vault.create_vault(path, "admin", "correct horse battery staple 42", kdf_params=weak)
    assert not path.exists()
    vault.create_vault(path, "admin", "correct horse battery staple 42", kdf_params=kdf.FLOOR)


def test_create_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    folder = tmp_path / "Documents"
    folder.mkdir(mode=0o755)
    (folder / "letter.txt").write_text("hello")
    with pytest.raises(CaseappError) as caught:
        vault.create_vault(folder, "admin", "correct horse battery staple 42", kdf_params=kdf.FLOOR)
    assert "not empty" in str(caught.value)
    assert folder.stat().st_mode & 0o777 == 0o755


def _lock_released(path: Path) -> None:
    lock = InstanceLock(path)
    lock.acquire()
    lock.release()
