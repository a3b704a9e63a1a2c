"""kill -9 in the middle of a passphrase change or a rekey loses nothing.

The child is a plain Python process that monkeypatches the package's own
functions to SIGKILL itself at a chosen point: no test hooks in the package.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hardening_report import record

from caseapp.core.errors import WrongPassphrase
from caseapp.services import vault
from caseapp.storage import keyfile, vault_meta
from caseapp.storage.connection import transaction

MakeVault = Callable[..., tuple[Path, str, str, str]]
NEW_PASSPHRASE = "purple elephant wanders quietly 97"

CHILD = r"""
import os
import signal
import sys
from pathlib import Path

import caseapp.services.vault as vault_mod
import caseapp.services.session as session_mod
import caseapp.storage.keyfile as keyfile_mod
from caseapp.storage import connection

path, op, point, admin, current, new = sys.argv[1:7]
path = Path(path)


def die():
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


real_write = keyfile_mod.write_atomic
writes = 0


def write_atomic(target, data):
    global writes
    writes += 1
    if point == f"before-write-{writes}":
        die()
    real_write(target, data)
    if point == f"after-write-{writes}":
        die()


keyfile_mod.write_atomic = write_atomic

real_replace = os.replace


def replace(src, dst):
    # Death inside write_atomic: the temp file is written and synced, not renamed.
    if point == f"mid-write-{writes}":
        die()
    real_replace(src, dst)


os.replace = replace

real_rekey = session_mod.rekey_database


def rekey_database(conn, new_key):
    if point == "before-pragma-rekey":
        die()
    if point == "after-pragma-rekey":
        # The PRAGMA itself, then death before the WAL checkpoint.
        conn.reset_key(connection._raw_key_literal(new_key))
        die()
    real_rekey(conn, new_key)
    if point == "after-rekey-database":
        die()


session_mod.rekey_database = rekey_database

session = vault_mod.unlock(path, admin, current)
writes = 0  # count only the writes of the operation under test
if op == "passphrase":
    session.change_passphrase(current, new)
elif op == "rekey":
    session.rekey()
elif op == "loop":
    print("ready", flush=True)
    a, b = current, new
    while True:
        session.change_passphrase(a, b)
        a, b = b, a
print("completed without being killed")
session.lock()
"""


@pytest.fixture
def child_script(tmp_path: Path) -> Path:
    script = tmp_path / "crash_child.py"
    script.write_text(CHILD)
    return script


def start_child(script: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(script), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )


def run_child(script: Path, *args: str) -> None:
    child = start_child(script, *args)
    out, err = child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL, (child.returncode, out, err)


def plant(path: Path, admin: str, passphrase: str) -> str:
    value = f"planted-{os.urandom(8).hex()}"
    with vault.unlock(path, admin, passphrase) as session:
        conn = session._db()
        with transaction(conn):
            vault_meta.put(conn, "probe", value)
    return value


def opens(path: Path, admin: str, passphrase: str) -> bool:
    try:
        vault.unlock(path, admin, passphrase).lock()
    except WrongPassphrase:
        return False
    return True


def health_problems(path: Path, admin: str, passphrase: str, planted: str) -> list[str]:
    """What is wrong with the vault after the kill (empty: nothing)."""
    problems: list[str] = []
    with vault.unlock(path, admin, passphrase) as session:
        conn = session._db()
        if vault_meta.get(conn, "probe") != planted:
            problems.append("the value planted before the kill is gone")
        problems += session.check_integrity()
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append("foreign_key_check")
    # A second unlock still works, and both key file copies are whole again.
    vault.unlock(path, admin, passphrase).lock()
    files = keyfile.read(path)
    if files.primary is None or files.copy is None or files.primary.damaged:
        problems.append("a key file copy is missing or damaged")
    elif keyfile.serialize(files.primary) != keyfile.serialize(files.copy):
        problems.append("the key file copies differ")
    left = [p.name for p in path.iterdir() if ".tmp-" in p.name]
    if left:
        problems.append(f"temp files left: {left}")
    return problems


def tally(problems: list[str], *, runs: int = 1, faults: int = 1) -> None:
    """Count the kill (and what it broke) in the hardening tally, then assert."""
    record("crash", runs=runs, faults=faults, losses=len(problems))
    assert problems == []


def check_healthy(path: Path, admin: str, passphrase: str, planted: str) -> None:
    tally(health_problems(path, admin, passphrase, planted))


@pytest.mark.parametrize(
    ("point", "new_opens"),
    [
        pytest.param("before-write-1", False, id="before-primary-write"),
        pytest.param("mid-write-1", False, id="inside-primary-write"),
        pytest.param("mid-write-2", True, id="inside-copy-write"),
        pytest.param("after-write-1", True, id="between-primary-and-copy"),
        pytest.param("after-write-2", True, id="after-both-writes"),
    ],
)
def test_kill_during_passphrase_change(
    make_vault: MakeVault, child_script: Path, point: str, new_opens: bool
) -> None:
    path, admin, old, _ = make_vault()
    planted = plant(path, admin, old)
    run_child(child_script, str(path), "passphrase", point, admin, old, NEW_PASSPHRASE)
    old_ok = opens(path, admin, old)
    new_ok = opens(path, admin, NEW_PASSPHRASE)
    problems = [] if old_ok != new_ok else [f"old opens {old_ok}, new opens {new_ok}"]
    if old_ok or new_ok:
        problems += health_problems(path, admin, NEW_PASSPHRASE if new_ok else old, planted)
    tally(problems)
    assert new_ok is new_opens


@pytest.mark.parametrize(
    ("point", "rekeyed"),
    [
        pytest.param("after-write-1", False, id="staging-between-copies"),
        pytest.param("before-pragma-rekey", False, id="after-staging"),
        pytest.param("after-pragma-rekey", True, id="after-pragma-before-checkpoint"),
        pytest.param("after-rekey-database", True, id="after-rekey-before-promote"),
        pytest.param("after-write-3", True, id="promote-between-copies"),
        pytest.param("after-write-4", True, id="after-promote"),
    ],
)
def test_kill_during_rekey(
    make_vault: MakeVault, child_script: Path, point: str, rekeyed: bool
) -> None:
    path, admin, passphrase, code = make_vault()
    planted = plant(path, admin, passphrase)
    run_child(child_script, str(path), "rekey", point, admin, passphrase, NEW_PASSPHRASE)
    if not opens(path, admin, passphrase):
        tally(["the passphrase does not open the vault after a kill during a rekey"])
    # The first unlock finished or undid the rekey in both copies.
    problems = []
    for name in (keyfile.PRIMARY, keyfile.COPY):
        on_disk = keyfile.parse((path / name).read_bytes())
        if on_disk.damaged or any(s.next_data_key is not None for s in on_disk.slots):
            problems.append(f"{name} is damaged or still holds the staged key")
    problems += health_problems(path, admin, passphrase, planted)
    tally(problems)
    for name in (keyfile.PRIMARY, keyfile.COPY):
        on_disk = keyfile.parse((path / name).read_bytes())
        assert {s.data_key.generation for s in on_disk.slots} == {2 if rekeyed else 1}, name
    best = keyfile.read(path).best
    assert all(s.next_data_key is None for s in best.slots)
    assert {s.data_key.generation for s in best.slots} == {2 if rekeyed else 1}
    # The recovery slot followed the rekey too.
    vault.unlock_with_recovery(path, code, admin, NEW_PASSPHRASE).lock()
    assert health_problems(path, admin, NEW_PASSPHRASE, planted) == []


def test_rekey_then_passphrase_change_after_recovery(
    make_vault: MakeVault, child_script: Path
) -> None:
    path, admin, passphrase, _ = make_vault()
    planted = plant(path, admin, passphrase)
    run_child(child_script, str(path), "rekey", "after-rekey-database", admin, passphrase, "x")
    with vault.unlock(path, admin, passphrase) as session:
        session.change_passphrase(passphrase, NEW_PASSPHRASE)
        session.rekey()
    problems = ["the old passphrase still opens"] if opens(path, admin, passphrase) else []
    tally(problems + health_problems(path, admin, NEW_PASSPHRASE, planted))


@pytest.mark.slow
def test_kill_at_random_moments_during_passphrase_changes(
    make_vault: MakeVault, child_script: Path
) -> None:
    path, admin, first, _ = make_vault()
    planted = plant(path, admin, first)
    rng = random.Random(20260101)
    current, other = first, NEW_PASSPHRASE
    flips = 0
    for _ in range(10):
        child = start_child(child_script, str(path), "loop", "none", admin, current, other)
        assert child.stdout is not None
        assert child.stdout.readline() == "ready\n"  # unlocked; the loop starts now
        time.sleep(rng.uniform(0.0, 1.0))
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=60)
        assert child.returncode == -signal.SIGKILL, (out, err)
        a_ok = opens(path, admin, current)
        b_ok = opens(path, admin, other)
        if a_ok == b_ok:
            tally([f"exactly one of the two passphrases must open: {a_ok}, {b_ok}"])
        if b_ok:
            current, other = other, current
            flips += 1
        check_healthy(path, admin, current, planted)
    assert flips > 0, "the kills never landed after a completed change"
