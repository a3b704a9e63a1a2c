"""Backups: a snapshot under its own key, sealed to the vault's slots, verified
read-only; hostile or damaged files refused with a reason, nothing written."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity
from caseapp.core.errors import InvalidInput, PermissionDenied, StorageFailure, WrongPassphrase
from caseapp.core.users import Role
from caseapp.crypto.kdf import FLOOR
from caseapp.services import backup as backups
from caseapp.services import vault
from caseapp.storage import backup, migrations
from caseapp.storage.connection import open_database

ADMIN = "ana"
PASS = "correct horse battery staple 42"
PLANTED = "Wojciechowska-Ñandú"
NOTE = "planted note phrase xylophone-marigold"


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, Path, str]:
    path = tmp_path / "vault"
    created = vault.create_vault(path, ADMIN, PASS, kdf_params=FLOOR)
    with vault.unlock(path, ADMIN, PASS) as s:
        client = s.create_client(
            ClientIdentity("Agnieszka", PLANTED),
            records=[
                (rec.new_uuid(), rec.Identifier("a_number", "A201234567")),
                (rec.new_uuid(), rec.Note(NOTE)),
            ],
        )
        s.add_user("paz", Role.PARALEGAL, "purple elephant wanders quietly 97")
        out = tmp_path / "office.caseapp-backup"
        info = s.backup(out)
        assert info.size == out.stat().st_size
        vault_key = bytes(s._data_key)
        printed = s.list_audit(action="backup")
    assert [e.user for e in printed] == [ADMIN]
    _header, key = backups.open_backup_key(out, ADMIN, PASS)
    assert bytes(key) != vault_key  # its own key: its pages cannot be spliced into the vault
    (tmp_path / "recovery").write_text(created.recovery_code)
    return path, out, client


def test_a_backup_holds_everything_and_no_plaintext(made: tuple[Path, Path, str]) -> None:
    _, out, _client = made
    data = out.read_bytes()
    for secret in (PLANTED, NOTE, "201234567", "Agnieszka"):
        assert secret.encode() not in data
        assert secret.encode("utf-16-le") not in data
    assert out.stat().st_mode & 0o777 == 0o600
    check = backups.verify_backup(out, ADMIN, PASS)
    assert check.ok, check.problems
    assert check.entries > 0
    assert check.info.user_version == migrations.latest()
    # Every user who could unlock, and the recovery code, can open it.
    assert backups.verify_backup(out, "paz", "purple elephant wanders quietly 97").ok
    code = (out.parent / "recovery").read_text()
    assert backups.verify_backup(out, None, code).ok
    with pytest.raises(WrongPassphrase):
        backups.verify_backup(out, ADMIN, "not the passphrase at all 1")
    with pytest.raises(InvalidInput, match="No user by that name"):
        backups.verify_backup(out, "nobody", PASS)
    # The rows are there: open the snapshot the way verify does and look.
    header, key = backups.open_backup_key(out, ADMIN, PASS)
    db = out.parent / "peek.db"
    backup.extract(out, db)
    conn = open_database(db, key)
    try:
        names = [r[0] for r in conn.execute("SELECT family_names FROM clients").fetchall()]
    finally:
        conn.close()
    assert names == [PLANTED]
    # The header's checkpoint names the last entry the snapshot holds.
    assert int(header.checkpoint.split(":")[0]) == check.entries


def test_only_an_admin_backs_up_and_never_into_the_vault_folder(
    made: tuple[Path, Path, str],
) -> None:
    path, out, _ = made
    with (
        vault.unlock(path, "paz", "purple elephant wanders quietly 97") as s,
        pytest.raises(PermissionDenied),
    ):
        s.backup(out.parent / "mine.bak")
    assert not (out.parent / "mine.bak").exists()
    with vault.unlock(path, ADMIN, PASS) as s:
        with pytest.raises(InvalidInput, match="outside any vault folder"):
            s.backup(path / "inside.bak")
        other = out.parent / "other-vault"
        vault.create_vault(other, "olga", PASS, kdf_params=FLOOR)
        with pytest.raises(InvalidInput, match="outside any vault folder"):
            s.backup(other / "vault.db")  # never over another vault's files
        letter = out.parent / "letter.txt"
        letter.write_text("someone's document")
        with pytest.raises(InvalidInput, match="not a caseapp backup"):
            s.backup(letter)
        assert letter.read_text() == "someone's document"
        s.backup(out)  # an older backup of ours may be replaced
        with pytest.raises(InvalidInput, match="not a folder"):
            s.backup(out.parent)


def _files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_damaged_files_are_refused_with_a_reason(made: tuple[Path, Path, str]) -> None:
    _, out, _ = made
    data = out.read_bytes()
    folder = out.parent
    before = _files_in(folder)
    cases = {
        "truncated": (data[: len(data) - 4096], "truncated"),
        "flipped byte in the database": (
            data[:-2000] + bytes([data[-2000] ^ 1]) + data[-1999:],
            "do not match its checksum",
        ),
        "not a backup": (b"hello, world\n" * 10, "not a caseapp backup"),
        "extra bytes": (data + b"\0", "bytes after its end"),
    }
    for name, (bad, reason) in cases.items():
        target = folder / f"{name}.bak"
        target.write_bytes(bad)
        with pytest.raises(backups.BackupRefused, match=reason):
            backups.verify_backup(target, ADMIN, PASS)
        target.unlink()
    # A changed header field (here the recorded creator) fails its MAC.
    header, _, _ = _split(out)
    tampered = dataclasses.replace(header, created_by="mallory")
    target = folder / "header.bak"
    _rewrite(target, tampered, out)
    with pytest.raises(backups.BackupRefused, match="header was changed"):
        backups.verify_backup(target, ADMIN, PASS)
    target.unlink()
    assert _files_in(folder) == before  # nothing left behind


def _split(path: Path) -> tuple[backup.Header, int, bytes]:
    with path.open("rb") as fh:
        header, offset = backup.read_header(fh)
    return header, offset, path.read_bytes()[offset:]


def _rewrite(target: Path, header: backup.Header, source: Path, db: Path | None = None) -> None:
    """A backup file with ``header`` and the database of ``source`` (or ``db``)."""
    _, _, body = _split(source)
    if db is None:
        db = target.with_suffix(".db-part")
        db.write_bytes(body)
    backup.write(target, header, db)
    if db.name.endswith(".db-part"):
        db.unlink()


def test_a_planted_trigger_or_a_newer_schema_is_refused(made: tuple[Path, Path, str]) -> None:
    """Someone who holds a passphrase edits a backup (adds a trigger that would
    run SQL on restore) and re-signs it: the schema check catches it."""
    _, out, _ = made
    header, key = backups.open_backup_key(out, ADMIN, PASS)
    db = out.parent / "edit.db"
    backup.extract(out, db)
    conn = open_database(db, key)
    conn.execute("CREATE TRIGGER evil AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log; END")
    conn.close()
    size, digest = backup.file_digest(db)
    evil = backup.sign(dataclasses.replace(header, db_size=size, db_sha256=digest), key)
    target = out.parent / "evil.bak"
    backup.write(target, evil, db)
    check = backups.verify_backup(target, ADMIN, PASS)
    assert not check.ok
    assert any("unknown trigger 'evil'" in p for p in check.problems)
    # A backup from a newer caseapp: refused with the reason, not misread.
    conn = open_database(db, key)
    conn.execute("DROP TRIGGER evil")
    conn.execute(f"PRAGMA user_version = {migrations.latest() + 1}")
    conn.close()
    size, digest = backup.file_digest(db)
    newer = backup.sign(
        dataclasses.replace(
            header, db_size=size, db_sha256=digest, user_version=migrations.latest() + 1
        ),
        key,
    )
    backup.write(target, newer, db)
    with pytest.raises(backups.BackupRefused, match="newer version of caseapp"):
        backups.verify_backup(target, ADMIN, PASS)


def test_a_backup_that_fails_after_it_is_named_is_marked_and_not_counted(
    made: tuple[Path, Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The log names a backup before it is made (so no backup can exist that
    the log does not name); when the file then cannot be written, a
    ``backup_failed`` entry follows and the reminder keeps the earlier one."""
    path, _out, _client = made

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise StorageFailure()

    with vault.unlock(path, ADMIN, PASS) as s:
        before = s.last_backup_at()
        assert before is not None
        monkeypatch.setattr(backup, "write_sealed", full_disk)
        target = tmp_path / "second.caseapp-backup"
        with pytest.raises(StorageFailure):
            s.backup(target)
        monkeypatch.undo()
        assert not target.exists()
        assert s.last_backup_at() == before
        actions = [e.action for e in s.list_audit(limit=3)]
        assert actions[1:] == ["backup_failed", "backup"]
        s.backup(target)
        latest = s.last_backup_at()
        assert latest is not None
        assert latest >= before
        assert [e.action for e in s.list_audit(action="backup_failed")] == ["backup_failed"]
