"""A full disk while the vault is open: a clear message, nothing half-written."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from hardening_report import record

from caseapp.services import vault

MakeVault = Callable[..., tuple[Path, str, str, str]]

# The child caps the size of any file it writes (RLIMIT_FSIZE), then tries to add
# a user whose key slot and rows need more room. SIGXFSZ is ignored so the write
# fails with EFBIG, as on a full disk, instead of killing the process.
CHILD = r"""
import resource, signal, sys
from pathlib import Path
from caseapp.core.errors import CaseappError
from caseapp.core.users import Role
from caseapp.services import vault
path, admin, passphrase = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
session = vault.unlock(path, admin, passphrase)
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
limit = max(p.stat().st_size for p in path.iterdir() if p.is_file())
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    for i in range(40):
        session.add_user(f"clerk{i}", Role.PARALEGAL, "purple elephant dancing quietly 7")
except CaseappError as exc:
    print("refused:", type(exc).__name__, str(exc))
else:
    print("no error")
session.lock()
"""


def test_a_full_disk_is_refused_cleanly_and_loses_nothing(make_vault: MakeVault) -> None:
    path, admin, passphrase, _ = make_vault()
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), admin, passphrase],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    record("disk", runs=1, faults=int("refused:" in result.stdout))
    assert "refused: StorageFailure" in result.stdout
    assert "disk is not full" in result.stdout
    assert "Traceback" not in result.stderr
    # Every user the vault acknowledged can still log in; the refused one left no trace.
    with vault.unlock(path, admin, passphrase) as session:
        names = [u.name for u in session.list_users()]
        assert session.check_integrity() == []
    slot_users = set(vault.user_names(path))
    assert set(names) == slot_users
    for name in names:
        if name != admin:
            with vault.unlock(path, name, "purple elephant dancing quietly 7"):
                pass
