"""The planted-name scan for the command line: every command and sub-command of
the argparse tree is driven once (cli_flow.py, one child process) against a
vault holding a planted client, with HOME, the XDG folders, TMPDIR and the
working folder in a temp tree. Afterwards the client's names, A-number and
note phrase appear in no file of the tree, in no output that did not ask to
show them, in no deleted-but-open file and in no file Python code removed —
except the plaintext files the user asked for, at exactly the path given."""

from __future__ import annotations

import argparse
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

from caseapp import cli

FLOW = Path(__file__).with_name("cli_flow.py")
PDF_PASS = "pdf password marigold 77"  # as in cli_flow.py


def command_paths(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> set[str]:
    """Every runnable command of the tree: each leaf, and each parser whose
    sub-command is optional (``backup`` as well as ``backup verify``)."""
    found: set[str] = set()
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for name, sub in action.choices.items():
            path = (*prefix, name)
            subs = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
            if not subs or not subs[0].required:
                found.add(" ".join(path))
            found |= command_paths(sub, path)
    return found


def test_the_command_tree_is_enumerated() -> None:
    paths = command_paths(cli.build_parser())
    assert {"init", "backup", "backup verify", "print summary", "intake import"} <= paths
    assert "print" not in paths
    assert "users" not in paths


def _encrypted_pdf(path: Path) -> bool:
    try:
        with pikepdf.open(path):
            return False  # opened without a password
    except pikepdf.PasswordError:
        pass
    with pikepdf.open(path, password=PDF_PASS) as pdf:
        return pdf.is_encrypted and pdf.encryption.R == 6


def _pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    if reader.is_encrypted:
        reader.decrypt(PDF_PASS)
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    return meta + "\n".join(page.extract_text() or "" for page in reader.pages)


def test_every_command_leaves_no_client_data_outside_the_vault(tmp_path: Path) -> None:
    tree = tmp_path / "home"
    env = isolated_env(tree)
    planted = Planted.make()
    # The secrets reach the child in a file outside the tree (never on its command line).
    secrets_file = tmp_path / "planted.json"
    secrets_file.write_text(planted.as_json(), encoding="utf-8")
    with shm_watch() as in_shm:
        done = subprocess.run(
            [sys.executable, str(FLOW), str(tree), str(secrets_file)],
            env=env,
            cwd=tree,
            capture_output=True,
            timeout=300,
            check=False,
        )
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-3000:]
    assert b"flow complete" in done.stdout
    leaks, outside, counts = reported(done.stdout)
    driven = {
        line.removeprefix("FORENSIC-DRIVEN ")
        for line in done.stdout.decode().splitlines()
        if line.startswith("FORENSIC-DRIVEN ")
    }

    work, vaults = tree / "work", tree / "vaults"
    # Plaintext by design, each at exactly the path given on the command line:
    allowed = {
        work / "client.json",  # the input file the user wrote (client add --json)
        work / "field-intake.json",  # the same, on the field laptop
        work / "intakes.csv",  # the CSV the user imports
        work / "bad-intakes.csv",  # the same, with mistakes (refused)
        work / "bad-client.json",  # a client file with a typo (refused)
        work / "export.json",  # export --out: the client's records request, in clear
        work / "summary-plain.pdf",  # print summary --no-encrypt --out
    }
    found = scan_tree(tree, planted, allow=allowed)
    hits = [str(h) for h in found.hits] + leaks
    output = done.stdout + done.stderr
    hits += [f"process output: {label}" for label in scan_bytes(output, planted)]
    # Files Python code wrote outside the tree; new files in /dev/shm, /tmp, /var/tmp.
    for name in outside:
        path = Path(name)
        labels = scan_if_there(path, planted)
        hits += [f"written outside the tree, {name}: {label}" for label in labels]
    for path in in_shm:
        hits += [
            f"new in {path.parent}: {path.name}: {label}" for label in scan_if_there(path, planted)
        ]

    # PDFs: compressed, so a byte scan proves little. Each is encrypted (AES-256, R=6)
    # unless it is the one asked for in clear; none carries client data in its metadata.
    pdfs = sorted(tree.rglob("*.pdf"))
    for path in pdfs:
        if path in allowed:
            assert planted.family in _pdf_text(path)  # the summary, as asked
            continue
        if not _encrypted_pdf(path):
            labels = scan_bytes(_pdf_text(path).encode(), planted)
            hits += [f"{path.relative_to(tree)} (unencrypted PDF): {label}" for label in labels]
            if path.name != "blank-form.pdf":  # a blank form, asked for in clear
                hits.append(f"{path.relative_to(tree)}: not encrypted")
    scanned = len(found.files) + len(outside) + len(in_shm) + counts.get("fd_files", 0)
    scanned += counts.get("removed_files", 0)
    record("forensic", runs=counts.get("commands", 0), scanned=scanned, leaks=len(hits))

    assert hits == []
    # Every command and sub-command of the argparse tree was driven.
    assert driven == command_paths(cli.build_parser())
    assert outside == [], "Python code wrote outside HOME/XDG/TMPDIR"
    # The sanity of the scan: the allowed files do hold the client, where asked.
    assert {Path(h.where.split(":")[0]) for h in found.allowed} >= {
        Path("work/export.json"),
        Path("work/client.json"),
    }
    # Encrypted at rest: each vault database is ciphertext from its first byte.
    databases = sorted(vaults.rglob("vault.db"))
    assert len(databases) >= 4  # initialised, office, restored (+ set aside), field, demo
    for db in databases:
        assert not db.read_bytes()[:16].startswith(b"SQLite format 3")
    for name in ("office.caseapp-backup",):
        data = (tree / "backups" / name).read_bytes()
        assert b"SQLite format 3" not in data
    assert list(tree.joinpath("usb", "outbox").iterdir()), "no sealed bundle was written"
    assert counts["fd_checks"] > counts["commands"]
