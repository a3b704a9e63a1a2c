"""One process per vault."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from caseapp.core.errors import VaultAlreadyOpen
from caseapp.services import vault
from caseapp.storage.instance_lock import InstanceLock


def test_a_second_lock_in_the_same_process_is_refused(tmp_path: Path) -> None:
    first = InstanceLock(tmp_path)
    first.acquire()
    try:
        assert first.held
        with pytest.raises(VaultAlreadyOpen, match="already open on this computer"):
            InstanceLock(tmp_path).acquire()
    finally:
        first.release()
    assert not first.held
    with InstanceLock(tmp_path) as again:
        assert again.held


def test_the_lock_file_is_private_and_acquire_is_idempotent(tmp_path: Path) -> None:
    lock = InstanceLock(tmp_path)
    lock.acquire()
    lock.acquire()
    lock.release()
    lock.release()
    assert stat.S_IMODE((tmp_path / "vault.lock").stat().st_mode) == 0o600
    assert (tmp_path / "vault.lock").read_bytes() == b""


def test_a_second_session_in_the_same_process_is_refused(
    make_vault: Callable[..., tuple[Path, str, str, str]],
) -> None:
    path, admin, passphrase, _ = make_vault()
    with vault.unlock(path, admin, passphrase), pytest.raises(VaultAlreadyOpen):
        vault.unlock(path, admin, passphrase)
    vault.unlock(path, admin, passphrase).lock()


CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from caseapp.core.errors import CaseappError
    from caseapp.services import vault
    try:
        vault.unlock(Path(sys.argv[1]), sys.argv[2], sys.argv[3]).lock()
    except CaseappError as exc:
        print(type(exc).__name__ + ": " + str(exc))
        sys.exit(3)
    print("opened")
    """
)


def run_child(path: Path, admin: str, passphrase: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(path), admin, passphrase],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        check=False,
    )


def test_a_second_process_gets_already_open(
    make_vault: Callable[..., tuple[Path, str, str, str]],
) -> None:
    path, admin, passphrase, _ = make_vault()
    session = vault.unlock(path, admin, passphrase)
    try:
        result = run_child(path, admin, passphrase)
    finally:
        session.lock()
    assert result.returncode == 3, result.stderr
    assert "VaultAlreadyOpen" in result.stdout
    assert "This vault is already open on this computer" in result.stdout
    # Once the first session locks, the other process gets in.
    again = run_child(path, admin, passphrase)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "opened" in again.stdout
