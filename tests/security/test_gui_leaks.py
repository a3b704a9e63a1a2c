"""The planted-name scan for the GUI: after the whole flow (gui_flow.py), with
HOME, the XDG folders and TMPDIR in a temp tree, the client's name, number and
note text appear in no file outside the encrypted vault — not in QSettings, not
in QtProject.conf, not in recently-used.xbel, not in a temp file, not in a
deleted-but-open file, not in a file Python code removed — except the files the
user saved on purpose, at exactly the path chosen."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pikepdf
from forensics import (
    Planted,
    isolated_env,
    reported,
    scan_bytes,
    scan_if_there,
    scan_tree,
    shm_watch,
)
from hardening_report import record
from pypdf import PdfReader

FLOW = Path(__file__).with_name("gui_flow.py")
PDF_PASSWORD = "pdf password marigold 77"  # as in gui_flow.py


def test_the_gui_flow_leaves_no_client_data_outside_the_vault(tmp_path: Path) -> None:
    tree = tmp_path / "home"
    env = isolated_env(tree)
    planted = Planted.make()
    # The secrets reach the child in a file outside the tree (never on its command line).
    secrets_file = tmp_path / "planted.json"
    secrets_file.write_text(planted.as_json(), encoding="utf-8")
    vault_dir = tree / "vault"
    with shm_watch() as in_shm:
        done = subprocess.run(
            [sys.executable, str(FLOW), str(vault_dir), str(secrets_file)],
            env=env,
            capture_output=True,
            timeout=300,
            check=False,
        )
    said = [
        line
        for line in done.stderr.decode(errors="replace").splitlines()
        if not line.startswith("This plugin does not support")  # Qt offscreen noise
    ]
    assert done.returncode == 0, "\n".join(said)[-3000:]
    assert b"flow complete" in done.stdout
    leaks, outside, counts = reported(done.stdout)

    # The file dialog ran (Qt's own dialog: its settings file exists), without a trail.
    assert (tree / ".config" / "QtProject.conf").exists()
    # The flow did write settings where the user's config lives.
    assert (tree / ".config" / "caseapp" / "caseapp.conf").exists() or any(
        p.name == "caseapp.conf" for p in tree.rglob("*.conf")
    )
    folder = tree / "Documents" / f"{planted.given} {planted.family}"
    # Plaintext by design, each at exactly the path the user chose:
    allowed = {
        folder / "copy.png",  # the scanned paper saved out again (a picture)
        folder / "summary-plain.pdf",  # the summary saved unencrypted, after the warning
        folder / "printout.pdf",  # what the (PDF) printer printed: page images
    }
    # The user's own folder is named after the client (the dialog must not remember it).
    found = scan_tree(tree, planted, allow=allowed, allow_names={folder})
    hits = [str(h) for h in found.hits] + leaks
    output = done.stdout + done.stderr
    hits += [f"process output: {label}" for label in scan_bytes(output, planted)]
    for name in outside:
        path = Path(name)
        labels = scan_if_there(path, planted)
        hits += [f"written outside the tree, {name}: {label}" for label in labels]
    for path in in_shm:
        hits += [
            f"new in {path.parent}: {path.name}: {label}" for label in scan_if_there(path, planted)
        ]
    # The PDFs saved encrypted are AES-256 (R=6): a byte scan of compressed pages proves
    # little, so check the encryption, and that the plain one is the summary asked for.
    for path in (folder / "summary.pdf", tree / "Documents" / "audit.pdf"):
        try:
            pikepdf.open(path).close()
            hits.append(f"{path.relative_to(tree)}: not encrypted")
        except pikepdf.PasswordError:
            with pikepdf.open(path, password=PDF_PASSWORD) as pdf:
                assert pdf.encryption.R == 6
    plain = PdfReader(io.BytesIO((folder / "summary-plain.pdf").read_bytes()))
    assert planted.family in "".join(page.extract_text() or "" for page in plain.pages)
    meta = " ".join(str(v) for v in (plain.metadata or {}).values())
    hits += [f"summary-plain.pdf metadata: {label}" for label in scan_bytes(meta.encode(), planted)]
    scanned = len(found.files) + len(outside) + len(in_shm)
    scanned += counts.get("fd_files", 0) + counts.get("removed_files", 0)
    record("forensic", runs=counts.get("steps", 1), scanned=scanned, leaks=len(hits))

    assert hits == []
    assert outside == [], "Python code wrote outside HOME/XDG/TMPDIR"
    assert counts["fd_checks"] >= 8
    # The scan sees what it is meant to: the user's folder is named after the client.
    assert any("(its name)" in h.where for h in found.allowed)
    # Each database (the office's, the field laptop's) is ciphertext from its first byte.
    databases = [vault_dir / "vault.db", tree / "laptop" / "vault.db"]
    for db in databases:
        assert not db.read_bytes().startswith(b"SQLite format 3")
    assert len(list((tree / "usb" / "outbox").iterdir())) == 1  # the sealed intake
    assert b"SQLite format 3" not in (tree / "usb" / "office.caseapp-backup").read_bytes()
