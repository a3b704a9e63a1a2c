"""`caseapp backup` and `caseapp backup verify` through the real command line,
and kill -9 in the middle of a backup: the vault is unchanged and usable."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from caseapp.core.clients import ClientIdentity
from caseapp.crypto.kdf import FLOOR
from caseapp.services import vault

ADMIN = "ana"
PASS = "correct horse battery staple 42"
PLANTED = "Ximénez-Ōtsuka"


def _cli(path: Path, *args: str, stdin: str, user: str = ADMIN) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "caseapp",
            "--vault",
            str(path),
            "--user",
            user,
            "--passphrase-stdin",
            *args,
        ],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=180,
        env=os.environ.copy(),
        check=False,
    )


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "vault"
    created = vault.create_vault(path, ADMIN, PASS, kdf_params=FLOOR)
    with vault.unlock(path, ADMIN, PASS) as s:
        for i in range(30):
            s.create_client(ClientIdentity(f"Client{i}", PLANTED))
    return path, created.recovery_code


def test_backup_and_verify_from_the_command_line(office: tuple[Path, str], tmp_path: Path) -> None:
    path, code = office
    out = tmp_path / "elsewhere" / "office.bak"
    out.parent.mkdir()
    done = _cli(path, "backup", "--out", str(out), stdin=f"{PASS}\n")
    assert done.returncode == 0, done.stderr
    assert "encrypted, owner-only" in done.stdout
    assert PLANTED.encode() not in out.read_bytes()
    assert sorted(p.name for p in out.parent.iterdir()) == ["office.bak"]  # no scratch left
    done = _cli(path, "backup", "verify", str(out), stdin=f"{PASS}\n")
    assert done.returncode == 0, done.stderr
    assert "OK: every page" in done.stdout
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "caseapp",
            "--passphrase-stdin",
            "backup",
            "verify",
            str(out),
            "--recovery",
        ],
        input=f"{code}\n",
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    data = bytearray(out.read_bytes())
    data[-5000] ^= 0x40
    bad = tmp_path / "bad.bak"
    bad.write_bytes(bytes(data))
    done = _cli(path, "backup", "verify", str(bad), stdin=f"{PASS}\n")
    assert done.returncode == 1
    assert "cannot be used as a backup" in done.stderr
    assert "checksum" in done.stderr
    usage = _cli(path, "backup", stdin=f"{PASS}\n")
    assert usage.returncode == 2


KILLER = """
import sys
from pathlib import Path
from caseapp.services import vault
path, out = Path(sys.argv[1]), Path(sys.argv[2])
with vault.unlock(path, "ana", "correct horse battery staple 42") as s:
    print("ready", flush=True)
    n = 0
    while True:
        s.backup(out / f"b{n % 3}.bak")
        n += 1
"""


def test_kill_9_during_backups_leaves_the_vault_unchanged(
    office: tuple[Path, str], tmp_path: Path
) -> None:
    path, _ = office
    out = tmp_path / "backups"
    out.mkdir()
    with vault.unlock(path, ADMIN, PASS) as s:
        before = sorted(c.family_names + c.given_names for c in s.list_clients(limit=100))
    for delay in (0.05, 0.2, 0.35, 0.5, 0.8):
        with subprocess.Popen(
            [sys.executable, "-c", KILLER, str(path), str(out)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        ) as child:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
            time.sleep(delay)
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
        with vault.unlock(path, ADMIN, PASS) as s:
            assert s.check_integrity() == []
            assert s.check_audit_chain().ok
            after = sorted(c.family_names + c.given_names for c in s.list_clients(limit=100))
        assert after == before
    # Whatever a killed backup left in the target folder is encrypted, never plaintext.
    for leftover in out.rglob("*"):
        if leftover.is_file():
            assert PLANTED.encode() not in leftover.read_bytes()
    # Every finished backup a killed run left is named in the log (recorded first).
    with vault.unlock(path, ADMIN, PASS) as s:
        named = {e.entity_id for e in s.list_audit(action="backup", limit=1000)}
    from caseapp.services import backup as backups

    for finished in out.glob("b*.bak"):
        header, _ = backups.open_backup_key(finished, ADMIN, PASS)
        assert header.backup_id in named
    # The next backup there clears what killed ones left behind.
    with vault.unlock(path, ADMIN, PASS) as s:
        for n in range(3):
            s.backup(out / f"b{n}.bak")
    assert sorted(p.name for p in out.iterdir()) == ["b0.bak", "b1.bak", "b2.bak"]
    # Finished backups there verify.
    for finished in out.glob("b*.bak"):
        from caseapp.services import backup as backups

        assert backups.verify_backup(finished, ADMIN, PASS).ok


def test_restore_from_the_command_line(office: tuple[Path, str], tmp_path: Path) -> None:
    path, _ = office
    out = tmp_path / "office.bak"
    assert _cli(path, "backup", "--out", str(out), stdin=f"{PASS}\n").returncode == 0
    target = tmp_path / "restored"
    done = _cli(target, "restore", str(out), stdin=f"{PASS}\n")
    assert done.returncode == 0, done.stderr
    assert "audit entries verified" in done.stdout
    with vault.unlock(target, ADMIN, PASS) as s:
        assert len(s.list_clients(limit=100)) == 30
        assert [e.action for e in s.list_audit(action="restore")] == ["restore"]
    again = _cli(target, "restore", str(out), stdin=f"{PASS}\n")
    assert again.returncode == 1
    assert "is not empty" in again.stderr
    done = _cli(target, "restore", str(out), "--replace", stdin=f"{PASS}\n")
    assert done.returncode == 0, done.stderr
    assert "first backed up to" in done.stdout
    assert len(list(tmp_path.glob("restored-before-restore-*.caseapp-backup"))) == 1
    assert len(list(tmp_path.glob("restored-replaced-*"))) == 1


def test_verify_and_restore_with_the_anchor(tmp_path: Path) -> None:
    path = tmp_path / "vault"
    created = vault.create_vault(path, ADMIN, PASS, kdf_params=FLOOR)
    out = tmp_path / "office.bak"
    assert _cli(path, "backup", "--out", str(out), stdin=f"{PASS}\n").returncode == 0
    plain = _cli(path, "backup", "verify", str(out), stdin=f"{PASS}\n")
    assert "Not checked against the audit anchor" in plain.stderr
    assert "Opens with: ana, the recovery code" in plain.stdout
    done = _cli(
        path, "backup", "verify", str(out), "--anchor", stdin=f"{PASS}\n{created.audit_anchor}\n"
    )
    assert done.returncode == 0, done.stderr
    assert "every MAC against the anchor" in done.stdout
    assert "Not checked" not in done.stderr
    target = tmp_path / "restored"
    done = _cli(target, "restore", str(out), "--anchor", stdin=f"{PASS}\n{created.audit_anchor}\n")
    assert done.returncode == 0, done.stderr
    assert "Not checked" not in done.stderr
    # A wrong anchor: a clear failure, nothing restored.
    other = vault.create_vault(tmp_path / "other", ADMIN, PASS, kdf_params=FLOOR)
    done = _cli(
        tmp_path / "second",
        "restore",
        str(out),
        "--anchor",
        stdin=f"{PASS}\n{other.audit_anchor}\n",
    )
    assert done.returncode == 1
    assert "audit log" in done.stderr
    assert not (tmp_path / "second").exists()
