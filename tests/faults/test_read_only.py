"""Read-only folders (issue 10, item 3): the vault's own folder while unlocked,
an output folder for a backup, a PDF or a field kit, and a locked vault on a
write-protected disk. Each is refused with a message that says what to check,
leaves no file, and the vault afterwards holds exactly what was acknowledged —
with a log that never shows a change that did not happen.

The child (read_only_child.py) drops every capability first: root ignores
file modes, and CI runs the suite as root.
"""

from __future__ import annotations

from pathlib import Path

from child_run import ADMIN, NEW_PASSPHRASE, PASSPHRASE, run_child
from hardening_report import record

from caseapp.core.errors import WrongPassphrase
from caseapp.services import vault

CHILD = Path(__file__).with_name("read_only_child.py")
GIVEN = "Readonlyqzx"

VAULT_WRITE = (
    "The vault could not be written. Check that the disk is not full and the folder "
    "is writable; the last change was not saved."
)
FILE_WRITE = (
    "The file could not be written there; check that the folder exists, is writable "
    "and that the disk is not full."
)
# What each case must end in: refused with this message and these new log
# entries (newest first), or done.
EXPECTED: dict[str, tuple[str | None, list[str] | None]] = {
    "vault folder: new client": (None, ["create_client"]),
    "vault folder: change passphrase": (VAULT_WRITE, ["key_change_undone", "passphrase_changed"]),
    "vault folder: add user": (VAULT_WRITE, ["user_add_undone", "user_added"]),
    "output folder: backup": ("read-only or full. Choose another folder", []),
    # The summary was read and its print recorded before the file was written.
    "output folder: save a PDF": (FILE_WRITE, ["print", "read_client"]),
    # Refused before the laptop is enrolled (test_full_disk: a kit that then
    # cannot be written is revoked again).
    "output folder: field kit": ("cannot write in", []),
    "read-only vault: unlock": ("The vault folder cannot be written. Check its permissions", []),
}


def test_read_only_folders_are_refused_clearly_and_change_nothing(tmp_path: Path) -> None:
    report, _made = run_child(CHILD, tmp_path, timeout=300, given=GIVEN)
    path = tmp_path / "vault"
    cases = {c["case"]: c for c in report["cases"]}

    wrong: list[str] = []
    for case, (message, actions) in EXPECTED.items():
        got = cases[case]
        if message is None and not got.get("ok"):
            wrong.append(f"{case}: refused {got.get('message')!r}")
        if message is not None and (got.get("refused") is None or message not in got["message"]):
            wrong.append(f"{case}: {got.get('refused') or got.get('raw')} {got.get('message')!r}")
        if actions is not None and got["actions"] != actions:
            wrong.append(f"{case}: the log added {got['actions']}")
        if got.get("out_dir"):
            wrong.append(f"{case}: left {got['out_dir']} in the output folder")
        stray = [n for n in got.get("vault_dir", []) if ".tmp-" in n]
        if stray:
            wrong.append(f"{case}: left {stray} in the vault folder")
    if not cases["read-only vault: unlock"]["unchanged"]:
        wrong.append("a refused unlock changed the read-only vault's files")

    # Reopened: what was acknowledged, and nothing that was refused (an error
    # is listed as a loss, so the summary counts it before the test fails).
    problems: list[str] = []
    try:
        try:
            vault.unlock(path, ADMIN, NEW_PASSPHRASE).lock()
            wrong.append("the refused passphrase opens the vault")
        except WrongPassphrase:
            pass
        with vault.unlock(path, ADMIN, PASSPHRASE) as session:
            for client, given in report["clients"].items():
                if session.read_client_file(client).client.identity.given_names != given:
                    wrong.append(f"client {client} changed")
            if [u.name for u in session.list_users()] != [ADMIN]:
                wrong.append(f"users: {[u.name for u in session.list_users()]}")
            if session.field_devices():
                wrong.append("a field laptop was enrolled for a kit that was not written")
            problems = session.check_integrity()
        if set(vault.user_names(path)) != {ADMIN}:
            wrong.append(f"key file users: {vault.user_names(path)}")
    except Exception as exc:  # a lost client, the old passphrase not in force…
        wrong.append(f"reopening: {type(exc).__name__}: {exc}")

    refused = [c for c in report["cases"] if "refused" in c or "raw" in c]
    record(
        "disk",
        runs=len(report["cases"]),
        faults=len(refused),
        losses=len(wrong) + len(problems) + len(report["integrity"]),
    )
    assert wrong == []
    assert problems == []
    assert report["integrity"] == []
    assert report["chain_ok"]
