"""Restore: a backup becomes a vault again in a new folder — every row and
document, the schema version and an audit chain that continues across the
restore — and a hostile or damaged backup changes nothing."""

from __future__ import annotations

import dataclasses
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity
from caseapp.core.errors import (
    CaseappError,
    InvalidInput,
    PermissionDenied,
    StorageFailure,
    WrongPassphrase,
)
from caseapp.core.users import Role
from caseapp.crypto.kdf import FLOOR
from caseapp.services import backup as backups
from caseapp.services import vault
from caseapp.storage import backup, migrations
from caseapp.storage.connection import WrongDatabaseKey, open_database

ADMIN = "ana"
PASS = "correct horse battery staple 42"
PARALEGAL = ("paz", "purple elephant wanders quietly 97")
PLANTED = "Oyelaran-Ñuñez"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _state(path: Path) -> dict[str, object]:
    """Everything a restore must keep, read through the services."""
    with vault.unlock(path, ADMIN, PASS) as s:
        clients = s.list_clients(limit=1000)
        files = {}
        for c in clients:
            f = s.read_client_file(c.uuid, reveal=True, reason="data_correction")
            files[c.uuid] = sorted(
                (kind, len(rows)) for kind, rows in f.records.items() if kind != "reveal"
            )
            for d in f.of(rec.Document):
                files[c.uuid + "/doc"] = s.read_document(c.uuid, d.uuid)[1]
        users = sorted(m.name for m in s.list_users())
        return {"clients": [c.uuid for c in clients], "files": files, "users": users}


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "vault"
    created = vault.create_vault(path, ADMIN, PASS, kdf_params=FLOOR)
    (tmp_path / "anchor").write_text(created.audit_anchor)
    with vault.unlock(path, ADMIN, PASS) as s:
        client = s.create_client(
            ClientIdentity("Adaeze", PLANTED),
            records=[
                (rec.new_uuid(), rec.Identifier("a_number", "A201234567")),
                (rec.new_uuid(), rec.Note("Met at the clinic; needs asylum screening")),
                (rec.new_uuid(), rec.Phone("+1 510 555 0101", "mobile", safe_to_call=True)),
            ],
        )
        s.add_document(client, "notice.pdf", PDF, description="hearing notice")
        for i in range(20):
            s.create_client(ClientIdentity(f"Client{i}", "Synthetic"))
        s.add_user(*PARALEGAL[:1], Role.PARALEGAL, PARALEGAL[1])
        out = tmp_path / "backups" / "office.bak"
        out.parent.mkdir()
        s.backup(out)
    return path, out


def test_round_trip_keeps_every_row_document_and_the_chain(
    office: tuple[Path, Path], tmp_path: Path
) -> None:
    path, out = office
    before = _state(path)
    target = tmp_path / "restored"
    result = backups.restore_backup(out, target, ADMIN, PASS)
    assert result.vault_dir == target
    assert result.safety_backup is None
    after = _state(target)
    assert after == before
    with vault.unlock(target, ADMIN, PASS) as s:
        assert s.check_integrity() == []
        check = s.verify_audit()
        assert check.ok, check.summary()
        restores = s.list_audit(action="restore")
        assert [e.user for e in restores] == [ADMIN]
        # The restore comes right after the backup's last entry.
        header, _ = backups.open_backup_key(out, ADMIN, PASS)
        assert restores[0].seq == int(header.checkpoint.split(":")[0]) + 1
    with vault.unlock(target, *PARALEGAL) as s:  # every slot came back
        assert len(s.list_clients(limit=100)) == 21
    # The restored vault has a key of its own (no page of the backup file can be
    # spliced into it), and the schema version survived sqlcipher_export.
    header, backup_key = backups.open_backup_key(out, ADMIN, PASS)
    with vault.unlock(target, ADMIN, PASS) as s:
        restored_key = bytearray(s._data_key)
    assert restored_key != backup_key
    with pytest.raises(WrongDatabaseKey):
        open_database(target / "vault.db", backup_key)
    assert (target / "vault.db").read_bytes()[:16] != _db_part(out, tmp_path).read_bytes()[:16]
    conn = open_database(target / "vault.db", restored_key)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest()
    finally:
        conn.close()
    assert header.user_version == migrations.latest()
    # The original vault is untouched and still opens.
    assert _state(path) == before


def _names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_an_existing_vault_is_replaced_only_when_asked_and_backed_up_first(
    office: tuple[Path, Path], tmp_path: Path
) -> None:
    path, out = office
    with vault.unlock(path, ADMIN, PASS) as s:
        later = s.create_client(ClientIdentity("Added", "AfterTheBackup"))
    around = _names(tmp_path)
    with pytest.raises(InvalidInput, match="is not empty"):
        backups.restore_backup(out, path, ADMIN, PASS)
    assert _names(tmp_path) == around
    stranger = tmp_path / "papers"
    stranger.mkdir()
    (stranger / "letter.txt").write_text("not a vault")
    with pytest.raises(InvalidInput, match="not a caseapp vault"):
        backups.restore_backup(out, stranger, ADMIN, PASS, replace=True)
    # Only an administrator can replace (the old vault must be backed up first).
    with pytest.raises(PermissionDenied):
        backups.restore_backup(out, path, *PARALEGAL, replace=True)
    assert later in _state(path)["clients"]  # type: ignore[operator]
    result = backups.restore_backup(out, path, ADMIN, PASS, replace=True)
    assert result.safety_backup is not None
    assert result.set_aside is not None
    assert later not in _state(path)["clients"]  # type: ignore[operator]
    # The replaced vault was backed up first and set aside, not deleted.
    assert backups.verify_backup(result.safety_backup, ADMIN, PASS).ok
    assert later in _state(result.set_aside)["clients"]  # type: ignore[operator]


def _resigned(out: Path, target: Path, edit: str) -> Path:
    """A copy of the backup whose database was changed by SQL ``edit`` and whose
    header was re-signed — what someone holding a passphrase could make."""
    header, key = backups.open_backup_key(out, ADMIN, PASS)
    db = target.with_suffix(".db")
    backup.extract(out, db)
    conn = open_database(db, key)
    conn.executescript(edit)
    conn.close()
    size, digest = backup.file_digest(db)
    backup.write(
        target, backup.sign(dataclasses.replace(header, db_size=size, db_sha256=digest), key), db
    )
    db.unlink()
    for extra in db.parent.glob(db.name + "-*"):
        extra.unlink()
    return target


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        (
            "CREATE TRIGGER t AFTER INSERT ON audit_log BEGIN DELETE FROM audit_log; END",
            "unknown trigger 't'",
        ),
        ("CREATE VIEW v AS SELECT * FROM clients", "unknown view 'v'"),
        ("CREATE TABLE stash (x)", "unknown table 'stash'"),
        (  # history rewritten by someone with the key: the chain no longer holds
            "DROP TRIGGER audit_log_no_update;"
            "UPDATE audit_log SET user_name = 'mallory' WHERE seq = 2;"
            "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log\nBEGIN\n"
            "    SELECT RAISE(ABORT, 'the audit log is append-only');\nEND;",
            "audit log",
        ),
    ],
)
def test_a_hostile_backup_is_refused_and_nothing_is_written(
    office: tuple[Path, Path], tmp_path: Path, edit: str, reason: str
) -> None:
    _, out = office
    evil = _resigned(out, tmp_path / "backups" / "evil.bak", edit)
    target = tmp_path / "restored"
    around = _names(tmp_path)
    with pytest.raises(backups.BackupRefused, match=reason):
        backups.restore_backup(evil, target, ADMIN, PASS)
    assert _names(tmp_path) == around
    assert not target.exists()


def test_damaged_or_newer_backups_are_refused(office: tuple[Path, Path], tmp_path: Path) -> None:
    _, out = office
    data = out.read_bytes()
    target = tmp_path / "restored"
    for bad, reason in (
        (data[:-10000], "truncated"),
        (data[:-3000] + bytes([data[-3000] ^ 4]) + data[-2999:], "checksum"),
    ):
        broken = tmp_path / "backups" / "broken.bak"
        broken.write_bytes(bad)
        with pytest.raises(backups.BackupRefused, match=reason):
            backups.restore_backup(broken, target, ADMIN, PASS)
        assert not target.exists()
    newer = _resigned(
        out, tmp_path / "backups" / "newer.bak", f"PRAGMA user_version = {migrations.latest() + 1}"
    )
    header, key = backups.open_backup_key(newer, ADMIN, PASS)
    backup.write(
        newer,
        backup.sign(dataclasses.replace(header, user_version=migrations.latest() + 1), key),
        _db_part(newer, tmp_path),
    )
    with pytest.raises(backups.BackupRefused, match="newer version of caseapp"):
        backups.restore_backup(newer, target, ADMIN, PASS)
    assert not target.exists()


def _db_part(path: Path, tmp_path: Path) -> Path:
    db = tmp_path / "part.db"
    with path.open("rb") as fh:
        _, offset = backup.read_header(fh)
    db.write_bytes(path.read_bytes()[offset:])
    return db


KILLER = """
import sys
from pathlib import Path
from caseapp.services import backup as backups
out, parent = Path(sys.argv[1]), Path(sys.argv[2])
print("ready", flush=True)
n = 0
while True:
    backups.restore_backup(out, parent / f"r{n}", "ana", "correct horse battery staple 42")
    n += 1
"""


def test_kill_9_during_restore_leaves_no_half_vault(
    office: tuple[Path, Path], tmp_path: Path
) -> None:
    path, out = office
    before = _state(path)
    parent = tmp_path / "restores"
    parent.mkdir()
    for delay in (0.3, 0.6, 0.9, 1.3, 1.8):
        with subprocess.Popen(
            [sys.executable, "-c", KILLER, str(out), str(parent)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        ) as child:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
            time.sleep(delay)
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
        # Every folder named like a vault is a whole, usable vault; the rest are
        # hidden staging scraps (encrypted), removed by the next restore there.
        for folder in parent.iterdir():
            if folder.name.startswith("."):
                continue
            assert _state(folder)["clients"] == before["clients"]
        for scrap in parent.rglob("*"):
            if scrap.is_file():
                assert PLANTED.encode() not in scrap.read_bytes()
        for folder in list(parent.iterdir()):
            if not folder.name.startswith("."):
                for part in folder.iterdir():
                    part.unlink()
                folder.rmdir()
    assert _state(path) == before


# -- found in review ------------------------------------------------------------------


def test_a_trigger_named_like_sqlites_own_tables_is_refused(
    office: tuple[Path, Path], tmp_path: Path
) -> None:
    """sqlite_stat1 and friends are allowed only as exactly SQLite's own tables."""
    _, out = office
    evil = _resigned(
        out,
        tmp_path / "backups" / "stat1.bak",
        "PRAGMA writable_schema = ON;"
        "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES "
        "('trigger', 'sqlite_stat1', 'audit_log', 0, 'CREATE TRIGGER sqlite_stat1 AFTER "
        "INSERT ON audit_log BEGIN INSERT OR REPLACE INTO vault_meta (key, value) VALUES "
        "(''pwned'', NEW.seq); END');"
        "PRAGMA writable_schema = OFF;",
    )
    check = backups.verify_backup(evil, ADMIN, PASS)
    assert not check.ok
    assert "unknown trigger 'sqlite_stat1'" in check.problems[0]
    with pytest.raises(backups.BackupRefused, match="sqlite_stat1"):
        backups.restore_backup(evil, tmp_path / "restored", ADMIN, PASS)
    assert not (tmp_path / "restored").exists()


def test_a_changed_definition_is_refused_before_it_can_run(
    office: tuple[Path, Path], tmp_path: Path
) -> None:
    """A CHECK constraint planted in a known table would run during the integrity
    check: the schema is compared first, and the file refused without running it."""
    _, out = office
    evil = _resigned(
        out,
        tmp_path / "backups" / "check.bak",
        "PRAGMA writable_schema = ON;"
        "UPDATE sqlite_master SET sql = replace(sql, 'value TEXT NOT NULL', "
        "'value TEXT NOT NULL CHECK (length(printf(''%.*c'', 400000000, ''x'')) > 0)') "
        "WHERE name = 'vault_meta';"
        "PRAGMA writable_schema = OFF;",
    )
    started = time.perf_counter()
    check = backups.verify_backup(evil, ADMIN, PASS)
    assert time.perf_counter() - started < 5  # refused on the schema, not evaluated
    assert not check.ok
    assert "changed table 'vault_meta'" in check.problems[0]


def _forged(out: Path, victim: Path, tmp_path: Path) -> Path:
    """A backup made by someone holding only the victim's public vault.keys: their
    own vault with the victim's id, their backup key sealed to the victim's slot."""
    import uuid
    from unittest import mock

    from caseapp.crypto import slots
    from caseapp.storage import key_registry, keyfile

    public = keyfile.read(victim).best
    victim_slot = public.user_slot(ADMIN)
    assert victim_slot is not None
    fake_ids = iter([uuid.UUID(hex=public.vault_id)])
    real = uuid.uuid4
    mallory = tmp_path / "mallory"
    with mock.patch(
        "caseapp.services.vault.uuid.uuid4", side_effect=lambda: next(fake_ids, None) or real()
    ):
        vault.create_vault(mallory, ADMIN, "mallory's own passphrase 77 zz", kdf_params=FLOOR)
    with vault.unlock(mallory, ADMIN, "mallory's own passphrase 77 zz") as s:
        s.create_client(ClientIdentity("Planted", "ByMallory"))
        conn = s._db()
        ana = conn.execute("SELECT uuid FROM users WHERE name = ?", (ADMIN,)).fetchone()[0]
        conn.execute("BEGIN IMMEDIATE")
        key_registry.register(conn, victim_slot, ana)
        conn.execute("COMMIT")
        own = tmp_path / "mallory.bak"
        s.backup(own)
    header, key = backups.open_backup_key(own, ADMIN, "mallory's own passphrase 77 zz")
    forged = tmp_path / "backups" / "forged.bak"
    backup.write(
        forged,
        backup.sign(
            dataclasses.replace(
                header, slots=(slots.for_backup(public.vault_id, victim_slot, key),)
            ),
            key,
        ),
        _db_part(own, tmp_path),
    )
    return forged


def test_the_anchor_catches_a_backup_forged_from_public_keys(
    office: tuple[Path, Path], tmp_path: Path
) -> None:
    path, out = office
    anchor = (tmp_path / "anchor").read_text()
    forged = _forged(out, path, tmp_path)
    # Without the anchor such a forgery cannot be told apart (said in the README) ...
    unchecked = backups.verify_backup(forged, ADMIN, PASS)
    assert unchecked.ok
    assert not unchecked.anchor_checked
    # ... with it, the forged log fails its MACs, and nothing is restored.
    checked = backups.verify_backup(forged, ADMIN, PASS, anchor=anchor)
    assert not checked.ok
    assert "audit log" in checked.problems[0]
    with pytest.raises(backups.BackupRefused, match="audit log"):
        backups.restore_backup(forged, tmp_path / "restored", ADMIN, PASS, anchor=anchor)
    assert not (tmp_path / "restored").exists()
    # The real backup passes with the anchor.
    assert backups.verify_backup(out, ADMIN, PASS, anchor=anchor).ok
    result = backups.restore_backup(out, tmp_path / "restored", ADMIN, PASS, anchor=anchor)
    assert result.anchor_checked


def test_a_symlink_planted_as_scratch_or_staging_deletes_nothing(
    office: tuple[Path, Path], tmp_path: Path
) -> None:
    """Someone who can write to the backup folder plants 'leftovers' that are
    links to the vault or to another folder: clean-up must not follow them."""
    path, out = office
    (out.parent / ".caseapp-backup-999999-abc").symlink_to(path, target_is_directory=True)
    (out.parent / f".{out.name}.tmp-999999").symlink_to(path / "vault.keys")
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "vault.db").write_text("not ours")
    (tmp_path / ".restored.restoring-999998").symlink_to(precious, target_is_directory=True)
    before = sorted(p.name for p in path.iterdir())
    with vault.unlock(path, ADMIN, PASS) as s:
        s.backup(out)
    backups.restore_backup(out, tmp_path / "restored", ADMIN, PASS)
    assert sorted(p.name for p in path.iterdir()) == before
    assert (precious / "vault.db").read_text() == "not ours"
    assert _state(path)["clients"]


def test_every_backup_on_disk_is_named_in_the_log(office: tuple[Path, Path]) -> None:
    path, out = office
    header, _ = backups.open_backup_key(out, ADMIN, PASS)
    with vault.unlock(path, ADMIN, PASS) as s:
        named = {e.entity_id for e in s.list_audit(action="backup")}
    assert header.backup_id in named
    # The snapshot holds its own entry: the header's checkpoint is after it.
    check = backups.verify_backup(out, ADMIN, PASS)
    assert check.entries == int(header.checkpoint.split(":")[0])


def test_a_failed_swap_puts_the_old_vault_back(
    office: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from caseapp.services import backup as module

    path, out = office
    before = _state(path)
    with vault.unlock(path, ADMIN, PASS) as s:
        s.create_client(ClientIdentity("Added", "Later"))
    monkeypatch.setattr(module, "exchange", lambda _a, _b: False)  # the two-rename path
    real_rename = os.rename
    calls: list[tuple[str, str]] = []

    def rename(a: object, b: object) -> None:
        calls.append((str(a), str(b)))
        if len(calls) == 2:  # vault set aside, then the new one fails to move in
            raise OSError(28, "No space left on device")
        real_rename(a, b)  # type: ignore[arg-type]

    monkeypatch.setattr(module.os, "rename", rename)
    with pytest.raises(StorageFailure, match="unchanged"):
        backups.restore_backup(out, path, ADMIN, PASS, replace=True)
    monkeypatch.setattr(module.os, "rename", real_rename)
    after = _state(path)
    assert len(after["clients"]) == len(before["clients"]) + 1  # type: ignore[arg-type]
    assert not list(tmp_path.glob(".vault.restoring-*"))


def test_a_deeply_nested_header_is_refused_cleanly(tmp_path: Path) -> None:
    head = b"[" * 200_000
    bad = tmp_path / "nested.bak"
    bad.write_bytes(backup.MAGIC + len(head).to_bytes(4, "big") + head)
    with pytest.raises(backups.BackupRefused, match="header is damaged"):
        backups.verify_backup(bad, ADMIN, PASS)


# -- the one-pass restore (checks and re-keyed copy at once) ----------------------------


def _pages(data: bytes) -> set[bytes]:
    return {data[i : i + 4096] for i in range(0, len(data), 4096)}


def test_a_tampered_page_under_a_valid_checksum_is_refused_and_nothing_is_left(
    office: tuple[Path, Path], tmp_path: Path
) -> None:
    """Someone holding a passphrase flips a byte inside one page and re-signs
    the header: the checksum matches, so the page HMAC (checked while the
    re-keyed copy is being made) must refuse it, and the copy must go too."""
    _, out = office
    header, key = backups.open_backup_key(out, ADMIN, PASS)
    db = _db_part(out, tmp_path)
    data = bytearray(db.read_bytes())
    data[2 * 4096 + 100] ^= 0x40  # inside page 3's encrypted data
    db.write_bytes(bytes(data))
    size, digest = backup.file_digest(db)
    evil = tmp_path / "backups" / "page.bak"
    backup.write(
        evil, backup.sign(dataclasses.replace(header, db_size=size, db_sha256=digest), key), db
    )
    check = backups.verify_backup(evil, ADMIN, PASS)
    assert not check.ok
    assert "damaged" in check.problems[0]
    target = tmp_path / "restored"
    around = _names(tmp_path)
    with pytest.raises(backups.BackupRefused, match="damaged"):
        backups.restore_backup(evil, target, ADMIN, PASS)
    assert _names(tmp_path) == around  # no staging folder, no half-made vault
    assert not target.exists()


def test_no_page_of_the_backup_or_the_vault_is_copied_as_is(
    office: tuple[Path, Path], tmp_path: Path
) -> None:
    """The snapshot and the restored vault are page copies, but every page is
    encrypted again under another key (with another salt and fresh IVs), so
    no page of one file can be spliced into another."""
    path, out = office
    live = _pages((path / "vault.db").read_bytes())
    part = _db_part(out, tmp_path).read_bytes()
    assert not live & _pages(part)
    target = tmp_path / "restored"
    backups.restore_backup(out, target, ADMIN, PASS)
    restored = _pages((target / "vault.db").read_bytes())
    assert not restored & _pages(part)
    assert not restored & live


def test_a_damaged_vault_is_set_aside_as_it_is_and_replaced(
    office: tuple[Path, Path], tmp_path: Path
) -> None:
    """The case a restore is for: the vault there no longer opens. With the
    credentials that open the backup it is replaced and set aside unchanged (it
    cannot be backed up); a wrong passphrase still refuses, and moves nothing."""
    path, out = office
    db = path / "vault.db"
    data = bytearray(db.read_bytes())
    for page in range(2, len(data) // 4096):  # every page but the first two
        data[page * 4096 + 100] ^= 0xFF
    db.write_bytes(bytes(data))
    damaged = db.read_bytes()
    with pytest.raises(CaseappError):
        vault.unlock(path, ADMIN, PASS).lock()
    around = _names(tmp_path)
    with pytest.raises(WrongPassphrase):
        backups.restore_backup(out, path, ADMIN, PASS + " wrong", replace=True)
    assert _names(tmp_path) == around
    result = backups.restore_backup(out, path, ADMIN, PASS, replace=True)
    assert result.replaced_damaged
    assert result.safety_backup is None
    assert result.set_aside is not None
    assert (result.set_aside / "vault.db").read_bytes() == damaged  # set aside as it was
    with vault.unlock(path, ADMIN, PASS) as s:
        assert s.verify_audit().ok
        assert any(c.family_names == PLANTED for c in s.list_clients(limit=100))


def test_a_vault_held_by_another_program_is_not_taken_for_damaged(
    office: tuple[Path, Path], tmp_path: Path
) -> None:
    """A healthy vault locked by some other program (a database browser, a sync
    client) must not be set aside without its safety backup: the restore refuses."""
    path, out = office
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            # SQLite's own lock bytes (PENDING, RESERVED, SHARED), held exclusively
            # as another SQLite program writing the file would hold them.
            "import fcntl, os, sys; fd = os.open(sys.argv[1], os.O_RDWR); "
            "fcntl.lockf(fd, fcntl.LOCK_EX, 512, 0x40000000); "
            "print('held', flush=True); sys.stdin.read()",
            str(path / "vault.db"),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    with holder:
        try:
            assert holder.stdout is not None
            assert holder.stdout.readline().strip() == "held"
            around = _names(tmp_path)
            with pytest.raises(StorageFailure, match="could not be read just now"):
                backups.restore_backup(out, path, ADMIN, PASS, replace=True)
            assert _names(tmp_path) == around
        finally:
            assert holder.stdin is not None
            holder.stdin.close()
            holder.wait(timeout=30)
    assert _state(path)["clients"]  # still the same, healthy vault
