"""A full disk at every point of every kind of write (issue 10, item 3).

The child (disk_child.py) runs each act — a new client, an edit, a short and a
1 MB note, a conflict check and a case, a deadline, a search, deleting a note,
a backup, a PDF saved plain and encrypted, a passphrase change, deleting a
client — under a file-size limit that starts at nothing and rises until the
act fits, checking after each refusal that it left nothing behind. This test
then checks the child's findings, the messages it was given, and, reopening
the vault afterwards, that everything the child was told was saved is there.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from child_run import ADMIN, NEW_PASSPHRASE, PASSPHRASE, run_child
from hardening_report import record

from caseapp.core import records as rec
from caseapp.core.errors import NotFound, WrongPassphrase
from caseapp.services import vault
from caseapp.services.backup import verify_backup

CHILD = Path(__file__).with_name("disk_child.py")

# Every message a refused write may give: each says what to do, none is SQLite's.
MESSAGES = {
    "The vault could not be written. Check that the disk is not full and the folder "
    "is writable; the last change was not saved.",
    "The backup could not be written. Check that the disk has free space about the "
    "size of the vault, then try again.",
    "The backup file could not be written. Check the folder exists, is writable and "
    "has free space, then try again.",
    "The file could not be written there; check that the folder exists, is writable "
    "and that the disk is not full.",
    "The record was deleted, but the vault file could not be compacted (this needs "
    "free disk space about the size of the vault). Free some space and delete again, "
    "or ask an administrator.",
}
ACTS = {
    "create client",
    "edit client",
    "add a short note",
    "add a 1 MB note",
    "conflict check",
    "open a case",
    "add a deadline",
    "search clients",
    "delete a note",
    "backup",
    "save a PDF",
    "save an encrypted PDF",
    "change the passphrase",
    "delete a client",
    "backup (snapshot)",
    "backup (file)",
    "save a PDF (the file)",
    "save an encrypted PDF (the file)",
    "change the passphrase (the key file)",
    "make a field kit (the file)",
}


def run_disk_child(tmp_path: Path, seed: int) -> tuple[dict[str, Any], Path, str, str]:
    report, made = run_child(CHILD, tmp_path, timeout=600, seed=seed)
    return report, tmp_path / "vault", made.recovery_code, made.audit_anchor


def check_reopened(path: Path, acked: dict[str, Any], code: str, anchor: str) -> list[str]:
    """Everything the child was told was saved, found again after reopening;
    what is missing, listed (a loss raised as an error is listed too, so the
    summary counts it before the test fails)."""
    try:
        return _check_reopened(path, acked, code, anchor)
    except Exception as exc:  # a lost client (NotFound), a passphrase not in force…
        return [f"reopening: {type(exc).__name__}: {exc}"]


def _check_reopened(path: Path, acked: dict[str, Any], code: str, anchor: str) -> list[str]:
    missing: list[str] = []
    other = NEW_PASSPHRASE if acked["passphrase"] == PASSPHRASE else PASSPHRASE
    try:
        vault.unlock(path, ADMIN, other).lock()
        missing.append("the passphrase changed away from still opens the vault")
    except WrongPassphrase:
        pass
    with vault.unlock(path, ADMIN, acked["passphrase"]) as session:
        for client, given in acked["clients"].items():
            if client in acked["deleted_clients"]:
                try:
                    session.read_client_file(client)
                except NotFound:
                    continue
                missing.append(f"deleted client {client} is back")
                continue
            file = session.read_client_file(client, notes=1000)
            if file.client.identity.given_names != given:
                missing.append(f"client {client}: {file.client.identity.given_names!r}")
            notes = {s.uuid: s.record.body for s in file.of(rec.Note)}
            for note, (owner, digest) in acked["notes"].items():
                if owner != client:
                    continue
                if note in acked["deleted_notes"]:
                    if note in notes:
                        missing.append(f"deleted note {note} is back")
                elif hashlib.sha256(notes.get(note, "").encode()).hexdigest() != digest:
                    missing.append(f"note {note} of {client}")
            for kind, made in ((rec.Case, acked["cases"]), (rec.Deadline, acked["deadlines"])):
                have = {s.uuid for s in file.of(kind)}
                missing += [
                    f"{kind.KIND} {u}" for u, c in made.items() if c == client and u not in have
                ]
        problems = session.check_integrity()
        missing += [f"integrity: {p}" for p in problems]
        result = session.verify_audit(anchor=anchor)
        if not result.ok:
            missing.append(f"audit chain: {result}")
    for backup_file in acked["backups"]:
        check = verify_backup(Path(backup_file), None, code, anchor=anchor)
        if not check.ok:
            missing.append(f"backup {backup_file}: {check.problems}")
    for pdf_file, digest in acked["pdfs"]:
        data = Path(pdf_file).read_bytes()
        if hashlib.sha256(data).hexdigest() != digest:
            missing.append(f"PDF {pdf_file} is not the one made")
    return missing


def check_run(tmp_path: Path, seed: int) -> None:
    report, path, code, anchor = run_disk_child(tmp_path, seed)
    attempts = report["attempts"]
    refused = [a for a in attempts if "refused" in a]
    raw = [a for a in attempts if "raw" in a]
    unclear = sorted({a["message"] for a in refused} - MESSAGES)
    missing = check_reopened(path, report["acked"], code, anchor)
    record(
        "disk",
        runs=len({a["act"] for a in attempts}),
        faults=len(refused) + len(raw),
        losses=len(report["problems"]) + len(missing) + len(report["integrity"]),
    )
    assert report["problems"] == []
    assert raw == []
    assert unclear == []
    assert missing == []
    assert report["integrity"] == []
    assert report["chain_ok"]
    # Every act was cut short at least once before it fitted, and then fitted.
    assert {a["act"] for a in refused} == ACTS
    assert {a["act"] for a in attempts if a.get("ok")} >= ACTS - {"delete a client"}


def test_every_write_under_a_full_disk_is_refused_cleanly_and_loses_nothing(
    tmp_path: Path,
) -> None:
    check_run(tmp_path, seed=1)


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(2, 12))
def test_more_cut_points(tmp_path: Path, seed: int) -> None:
    check_run(tmp_path, seed)
