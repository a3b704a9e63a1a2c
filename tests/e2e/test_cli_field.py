"""Field intake through the real command line: kit at the office, field vault
on the laptop, an intake typed in, sealed, imported at the office (once)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from caseapp.crypto.kdf import FLOOR
from caseapp.services import vault

ADMIN = "ana"
PASS = "correct horse battery staple 42"
FIELD_PASS = "clinic laptop passphrase horse 9"
KIT_PASS = "kit passphrase given in person"
PLANTED = "Tesfaye-Ìbàdàn"


def _cli(path: Path, user: str, *args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            *(sys.executable, "-m", "caseapp", "--vault", str(path), "--user", user),
            *("--passphrase-stdin", *args),
        ],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        env=os.environ.copy(),
        check=False,
    )


def test_field_intake_from_the_command_line(tmp_path: Path) -> None:
    office = tmp_path / "office"
    vault.create_vault(office, ADMIN, PASS, kdf_params=FLOOR)
    kit = tmp_path / "usb"
    kit.mkdir()
    done = _cli(
        office,
        ADMIN,
        "field-kit",
        "--out",
        str(kit),
        "--device",
        "Clinic laptop 1",
        stdin=f"{PASS}\n{KIT_PASS}\n",
    )
    assert done.returncode == 0, done.stderr
    assert "in person" in done.stdout
    laptop = tmp_path / "laptop"
    done = _cli(
        laptop, "maria", "field", "init", "--kit", str(kit), stdin=f"{FIELD_PASS}\n{KIT_PASS}\n"
    )
    assert done.returncode == 0, done.stderr
    intake = tmp_path / "intake.json"
    intake.write_text(
        json.dumps({"format": "caseapp-client/1", "given_names": "Selam", "family_names": PLANTED})
    )
    done = _cli(laptop, "maria", "client", "add", "--json", str(intake), stdin=f"{FIELD_PASS}\n")
    assert done.returncode == 0, done.stderr
    assert "Intake taken; 1 intake(s) wait to be sealed" in done.stdout
    intake.unlink()
    # A field vault takes intakes and seals them; nothing reads them back.
    for command in (
        ("client", "list"),
        ("search", "Selam"),
        ("upcoming",),
        ("backup", "--out", str(tmp_path / "field.caseapp-backup")),
        ("users", "list"),
    ):
        refused = _cli(laptop, "maria", *command, stdin=f"{FIELD_PASS}\n")
        assert refused.returncode != 0, command
        assert "field laptop's vault" in refused.stderr, (command, refused.stderr)
        assert PLANTED not in refused.stdout + refused.stderr
    status = _cli(laptop, "maria", "field", "status", stdin=f"{FIELD_PASS}\n")
    assert status.returncode == 0, status.stderr
    assert "Field laptop Clinic laptop 1" in status.stdout
    assert "1 intake(s) wait to be sealed" in status.stdout
    assert PLANTED not in status.stdout
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    done = _cli(laptop, "maria", "field", "seal", "--out", str(outbox), stdin=f"{FIELD_PASS}\n")
    assert done.returncode == 0, done.stderr
    assert "Sealed 1 intake(s)" in done.stdout
    for folder in (laptop, outbox):
        for file in folder.rglob("*"):
            if file.is_file():
                assert PLANTED.encode() not in file.read_bytes()
    done = _cli(office, ADMIN, "intake", "import", str(outbox), stdin=f"{PASS}\n")
    assert done.returncode == 0, done.stderr
    assert "1 imported, 0 already imported, 0 rejected." in done.stdout
    again = _cli(office, ADMIN, "intake", "import", str(outbox), stdin=f"{PASS}\n")
    assert "0 imported, 1 already imported, 0 rejected." in again.stdout
    (outbox / "junk.caseapp-intake").write_bytes(b"nonsense")
    bad = _cli(office, ADMIN, "intake", "import", str(outbox), stdin=f"{PASS}\n")
    assert bad.returncode == 1
    assert "REJECTED  junk.caseapp-intake: it is not a caseapp intake bundle" in bad.stdout
    with vault.unlock(office, ADMIN, PASS) as s:
        assert [c.family_names for c in s.list_clients(limit=10)] == [PLANTED]
    devices = _cli(office, ADMIN, "field", "devices", stdin=f"{PASS}\n")
    assert "Clinic laptop 1" in devices.stdout
    assert "active" in devices.stdout
