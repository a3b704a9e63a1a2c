"""`caseapp purge` through the real command line."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity
from caseapp.crypto.kdf import FLOOR
from caseapp.services import vault

ADMIN = "ana"
PASS = "correct horse battery staple 42"


def _cli(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "caseapp",
            "--vault",
            str(path),
            "--user",
            ADMIN,
            "--passphrase-stdin",
            "purge",
            *args,
        ],
        input=f"{PASS}\n",
        capture_output=True,
        text=True,
        timeout=180,
        env=os.environ.copy(),
        check=False,
    )


def test_purge_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "vault"
    vault.create_vault(path, ADMIN, PASS, kdf_params=FLOOR)
    with vault.unlock(path, ADMIN, PASS) as s:
        client = s.create_client(ClientIdentity("Nadia", "Oldfile"))
        check, _ = s.record_conflict_check(client, "no_conflict")
        closed_on = date.today() - timedelta(days=5 * 366)
        case = s.open_case(client, rec.Case("asylum", closed_on - timedelta(days=300)), check)
        stored = s.read_client_file(client).of(rec.Case)[0].record
        s.update_record(
            client,
            case,
            dataclasses.replace(stored, status="closed", closed_on=closed_on, closing_code="A"),
        )
        s.create_client(ClientIdentity("Keep", "Me"))
    done = _cli(path, "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "No file is due." in done.stdout  # 5 years < the default 7
    assert _cli(path, "--set-years", "4").returncode == 0
    bad = _cli(path, "--set-years", "0")
    assert bad.returncode == 1
    assert "between 1 and 50 years" in bad.stderr
    done = _cli(path, "--dry-run")
    assert "1 file(s) due" in done.stdout
    assert f"{client}  Nadia Oldfile" in done.stdout
    assert "Nothing was changed" in done.stdout
    done = _cli(path, "--apply")
    assert done.returncode == 0, done.stderr
    assert "Purged 1 file(s)" in done.stdout
    assert "No file is due." in _cli(path, "--dry-run").stdout
    with vault.unlock(path, ADMIN, PASS) as s:
        assert [c.family_names for c in s.list_clients(limit=10)] == ["Me"]
    assert _cli(path).returncode == 2  # say what to do
