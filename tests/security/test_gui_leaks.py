"""The planted-name scan for the GUI: after the whole flow, with HOME, the XDG
folders and TMPDIR in a temp tree, the client's name, number and note text
appear in no file outside the encrypted vault — not in QSettings, not in
QtProject.conf, not in recently-used.xbel, not in a temp file."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

FLOW = Path(__file__).with_name("gui_flow.py")
# The vault's own files: the database is encrypted, the rest hold no client data
# (the scan still reads them, below, except the database itself).
ENCRYPTED = {"vault.db"}


def _forms(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def test_the_gui_flow_leaves_no_client_data_outside_the_vault(tmp_path: Path) -> None:
    tree = tmp_path / "home"
    for sub in (".config", ".cache", ".local/share", ".local/state", "tmp", "runtime"):
        (tree / sub).mkdir(parents=True)
    (tree / "runtime").chmod(0o700)
    marker = uuid.uuid4().hex[:8]
    given = f"Xochitl{marker}"
    family = f"Quetzalcoatl{marker[::-1]}"
    a_number = "A" + str(int(marker, 16) % 900_000_000 + 100_000_000)
    note = f"asylum narrative planted {marker}"
    env = {
        **os.environ,
        "HOME": str(tree),
        "XDG_CONFIG_HOME": str(tree / ".config"),
        "XDG_CACHE_HOME": str(tree / ".cache"),
        "XDG_DATA_HOME": str(tree / ".local/share"),
        "XDG_STATE_HOME": str(tree / ".local/state"),
        "XDG_RUNTIME_DIR": str(tree / "runtime"),
        "TMPDIR": str(tree / "tmp"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    vault_dir = tree / "vault"
    done = subprocess.run(
        [sys.executable, str(FLOW), str(vault_dir), given, family, a_number, note],
        env=env,
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-3000:]
    assert b"flow complete" in done.stdout

    digits = a_number[1:]
    shown = f"A{digits[:3]}-{digits[3:6]}-{digits[6:]}"  # how the file displays it
    secrets = [given, family, a_number, digits, shown, note, marker]
    # The file dialog ran (Qt's own dialog: its settings file exists), without a trail.
    assert (tree / ".config" / "QtProject.conf").exists()
    written = [p for p in tree.rglob("*") if p.is_file()]
    # The flow did write settings where the user's config lives.
    assert any(p.name == "caseapp.conf" for p in written), written
    hits = []
    for path in written:
        if path.parent == vault_dir and path.name in ENCRYPTED:
            continue
        if path.name == "copy.png":  # the document saved out on purpose (a plain picture)
            continue
        data = path.read_bytes()
        hits += [f"{path.relative_to(tree)}: {s}" for s in secrets for f in _forms(s) if f in data]
    output = done.stdout + done.stderr
    hits += [f"process output: {s}" for s in secrets for f in _forms(s) if f in output]
    assert hits == []
    # The database itself is ciphertext: none of it in the clear there either.
    raw = (vault_dir / "vault.db").read_bytes()
    assert not any(f in raw for s in secrets for f in _forms(s))
    assert not raw.startswith(b"SQLite format 3")
