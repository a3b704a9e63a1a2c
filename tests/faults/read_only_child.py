"""The child of test_read_only: caseapp on read-only folders, as an ordinary
user (every capability dropped first, so root's override does not hide the
refusals).

Cases, each reported as what was asked, the error's type and message, and the
audit actions it added (newest first):

* the vault's folder made read-only while unlocked: the database files stay
  writable (they are open), so casework goes on, but the key file cannot be
  replaced — a passphrase change and a new user are refused and undone;
* an output folder made read-only: a backup, a saved PDF and a field kit
  are refused, no file is left, the vault is unchanged;
* after locking, the vault's folder and files made read-only: unlocking is
  refused with a message that names the permissions, and nothing changes.

Usage: ``python read_only_child.py CONFIG.json``. Synthetic data only.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from no_caps import drop_capabilities

from caseapp.core.clients import ClientIdentity
from caseapp.core.errors import CaseappError
from caseapp.core.summary import Profile
from caseapp.core.users import Role
from caseapp.crypto import kdf
from caseapp.services import vault
from caseapp.services.files import write_private
from caseapp.storage import audit_log

READ_ONLY_DIR = 0o555
READ_ONLY_FILE = 0o444
PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


@contextlib.contextmanager
def read_only(folder: Path, *, files: bool = False) -> Iterator[None]:
    """``folder`` (and with ``files`` the files in it) read-only, restored
    afterwards whatever happens, so the test's temp tree can be removed."""
    if files:
        for file in folder.iterdir():
            file.chmod(READ_ONLY_FILE)
    folder.chmod(READ_ONLY_DIR)
    try:
        yield
    finally:
        folder.chmod(PRIVATE_DIR)
        if files:
            for file in folder.iterdir():
                file.chmod(PRIVATE_FILE)


def outcome_of(case: str, act: Callable[[], Any]) -> tuple[dict[str, Any], Any]:
    """Run ``act``: what happened (done, refused with a message, or a raw
    exception the parent fails on) and its result."""
    try:
        result = act()
    except CaseappError as exc:
        return {"case": case, "refused": type(exc).__name__, "message": str(exc)}, None
    except Exception as exc:  # reported, the parent fails on it
        return {"case": case, "raw": type(exc).__name__, "message": repr(exc)}, None
    return {"case": case, "ok": True}, result


def main() -> None:
    cfg = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    drop_capabilities()
    path, out = Path(cfg["vault"]), Path(cfg["out_dir"])
    report: dict[str, Any] = {"cases": [], "clients": {}}
    session = vault.unlock(path, cfg["admin"], cfg["passphrase"])

    def entries() -> int:
        return audit_log.count(session._db())

    def attempt(case: str, act: Callable[[], Any]) -> Any:
        before = entries()
        outcome, result = outcome_of(case, act)
        added = entries() - before
        actions = [e.action for e in audit_log.entries(session._db(), limit=added)] if added else []
        outcome["actions"] = actions
        outcome["out_dir"] = sorted(p.name for p in out.iterdir())
        outcome["vault_dir"] = sorted(p.name for p in path.iterdir())
        report["cases"].append(outcome)
        return result

    client = session.create_client(ClientIdentity(cfg["given"], "Readonlyfamily"))
    report["clients"][client] = cfg["given"]

    # -- the vault's folder read-only while unlocked --------------------------------
    with read_only(path):
        given = cfg["given"] + "second"
        second = attempt(
            "vault folder: new client",
            lambda: session.create_client(ClientIdentity(given, "Readonlyfamily")),
        )
        if second:
            report["clients"][second] = given
        attempt(
            "vault folder: change passphrase",
            lambda: session.change_passphrase(cfg["passphrase"], cfg["new_passphrase"]),
        )
        attempt(
            "vault folder: add user",
            lambda: session.add_user("clerk", Role.PARALEGAL, cfg["new_passphrase"]),
        )

    # -- an output folder read-only ------------------------------------------------
    with read_only(out):
        attempt("output folder: backup", lambda: session.backup(out / "office.cab"))
        attempt(
            "output folder: save a PDF",
            lambda: write_private(
                out / "summary.pdf",
                session.case_summary_pdf(client, Profile.REFERRAL, password=None),
            ),
        )
        attempt(
            "output folder: field kit",
            lambda: session.make_field_kit(
                out, "Clinic laptop 2", cfg["new_passphrase"], kdf_params=kdf.FLOOR
            ),
        )

    report["integrity"] = session.check_integrity()
    report["chain_ok"] = session.check_audit_chain().ok
    session.lock()

    # -- a locked vault on a read-only folder (a write-protected stick) --------------
    with read_only(path, files=True):
        before = {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in path.iterdir()}
        outcome, _ = outcome_of(
            "read-only vault: unlock",
            lambda: vault.unlock(path, cfg["admin"], cfg["passphrase"]).lock(),
        )
        after = {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in path.iterdir()}
    # No session to count entries with: unchanged files are the check (and the
    # parent reopens the vault and checks the log).
    outcome["unchanged"] = before == after
    outcome["actions"] = []
    report["cases"].append(outcome)
    Path(cfg["report"]).write_text(json.dumps(report, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
