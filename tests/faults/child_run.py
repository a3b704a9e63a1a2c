"""The parent's half of the full-disk and read-only tests: a fresh vault and
an output folder, a config file for the child, the child run, its report."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from caseapp.crypto import kdf
from caseapp.services import vault

ADMIN = "admin"
PASSPHRASE = "correct horse battery staple 9x"
NEW_PASSPHRASE = "violet submarine humming gently 3"


def run_child(
    child: Path, tmp_path: Path, *, timeout: float, **config: Any
) -> tuple[dict[str, Any], vault.NewVault]:
    """Create ``tmp_path/vault`` and ``tmp_path/out``, run ``child`` with them
    (and ``config``) in a config file; the report it wrote, and the vault as
    created (its recovery code and audit anchor). A child that fails or prints
    a traceback fails the test."""
    path = tmp_path / "vault"
    made = vault.create_vault(path, ADMIN, PASSPHRASE, kdf_params=kdf.FLOOR)
    out = tmp_path / "out"
    out.mkdir()
    config = {
        "vault": str(path),
        "admin": ADMIN,
        "passphrase": PASSPHRASE,
        "new_passphrase": NEW_PASSPHRASE,
        "out_dir": str(out),
        "report": str(tmp_path / "report.json"),
        **config,
    }
    (tmp_path / "config.json").write_text(json.dumps(config), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(child), str(tmp_path / "config.json")],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    return json.loads((tmp_path / "report.json").read_text(encoding="utf-8")), made
