"""A session's whole working life in a clean process, then the question: after
lock, what is still reachable? Run by test_memory.py.

Usage: ``python memory_child.py VAULT_DIR ADMIN [--control]`` with the
passphrase on stdin (so it is not in ``sys.argv`` for the scan to find). Prints
one JSON line. ``--control`` leaves the session unlocked, so the scan must find
its connection and key: proof that the scan can see them.

The keys are kept here only masked (tests/memory_scan.py), so this script's
own copies are never counted as the program's.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: memory_scan
from memory_scan import Masked, scan

from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity
from caseapp.core.summary import Profile
from caseapp.services import vault
from caseapp.services.backup import verify_backup

NEW_PASSPHRASE = "seven lanterns drift over marble 13"


def audit_key(session: vault.Session) -> bytes:
    """The audit chain's current MAC key (forward-secure: the next entry's)."""
    row = session._db().execute("SELECT next_key FROM audit_state WHERE id = 1").fetchone()
    return bytes(row[0])


KEPT: list[vault.Session] = []  # --control: the session stays open and reachable


def work(path: Path, admin: str, passphrase: str, out: Path, *, lock: bool) -> list[Masked]:
    """Everything a day's session does; returns every key it saw, masked."""
    keys: list[Masked] = []
    session = vault.unlock(path, admin, passphrase)
    keys.append(Masked("data key", session._data_key))
    keys.append(Masked("audit key at unlock", audit_key(session)))
    client = session.create_client(
        ClientIdentity("Zqxmemoria", "Zqxolvido", date_of_birth=date(1990, 5, 6))
    )
    session.add_record(client, rec.Identifier("a_number", "912345678"))
    session.add_record(client, rec.Note("Crossed near Zqxfrontera in 2021."))
    session.read_client_file(client)
    session.search_clients("Zqxmem")
    session.search_notes("Zqxfrontera")
    session.case_summary_pdf(client, Profile.FULL, password=None)
    session.backup(out / "day.cbak")
    session.verify_audit()
    session.rekey()  # a new data key: both it and the old one must be gone at lock
    keys.append(Masked("data key after rekey", session._data_key))
    session.change_passphrase(passphrase, NEW_PASSPHRASE)
    session.change_passphrase(NEW_PASSPHRASE, passphrase)
    keys.append(Masked("audit key at lock", audit_key(session)))
    if not lock:
        KEPT.append(session)
        return keys
    session.lock()
    # The backup check opens a second database with the same key, and closes it.
    check = verify_backup(out / "day.cbak", admin, passphrase)
    assert check.ok, check
    return keys


def main() -> None:
    path, admin = Path(sys.argv[1]), sys.argv[2]
    # Read raw (a text stdin would keep its own decoded copy of the line).
    passphrase = os.read(0, 4096).decode().rstrip("\n")
    keys = work(path, admin, passphrase, path.parent, lock="--control" not in sys.argv)
    texts = {"passphrase": passphrase}
    del passphrase  # the scan excludes the copy in ``texts`` by identity
    found = scan(keys, texts)
    print(json.dumps({"keys": len(keys), **vars(found)}))


if __name__ == "__main__":
    main()
