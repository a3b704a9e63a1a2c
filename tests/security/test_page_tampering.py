"""Tampering with the vault file itself (issue 10, item 4).

- A flipped bit in **each page** of ``vault.db``: every page carries an HMAC, so
  the page is refused wherever it is first read — at unlock, in an act, or at
  the latest by the integrity check, which reads every page — always with the
  message that names damage and a backup, never a raw SQLite error and never a
  silent success.
- A page **rolled back** from an older copy of the same vault (a valid HMAC:
  same key, same page number): caught by the integrity check when it breaks a
  b-tree or an index, by checkpoint verification when it holds audit-log
  entries. A page whose only change was an unindexed field passes every check:
  the README's threat model lists that limit; the log still shows the edit.
- A ``vault.keys`` from another vault, or an old copy of this one: refused.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from hardening_report import record

from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity, ClientProfile
from caseapp.core.errors import CaseappError, CorruptKeyFile, CorruptVault, WrongPassphrase
from caseapp.crypto import kdf
from caseapp.services import vault
from caseapp.storage.connection import DAMAGED

PAGE = 4096
RESERVE = 80  # SQLCipher 4: 16-byte IV + 64-byte HMAC-SHA512 at the end of each page
PASSPHRASE = "correct horse battery staple 42"
NEW_PASSPHRASE = "purple elephant wanders quietly 97"
SEED = 20261202
# How a refusal names what happened: damage, and what to do about it.
NAMES_DAMAGE = ("damaged", "does not fit")


def _add(session: vault.Session, i: int) -> str:
    identity = ClientIdentity(f"Given{i}", f"Family{i}", date_of_birth=date(1980, 1, 1 + i % 28))
    client = session.create_client(identity)
    session.add_record(client, rec.Note(f"Note number {i}: " + "synthetic words " * 20))
    return client


@dataclass
class Outcome:
    stage: str  # where it was caught: unlock, read, verify, check, or "not caught"
    detail: str
    raw: bool = False  # a non-caseapp exception escaped


def _exercise(path: Path, checkpoints: list[str]) -> Outcome:
    """Unlock, read every client file, search, verify the log, check integrity."""
    stage = "unlock"
    try:
        session = vault.unlock(path, "admin", PASSPHRASE)
        try:
            stage = "read"
            read_errors = []
            for summary in session.list_clients(limit=1000):
                try:
                    session.read_client_file(summary.uuid)
                except CorruptVault:
                    raise
                except CaseappError as exc:  # an index pointing at a row that is not there
                    read_errors.append(type(exc).__name__)
            session.search_clients("Given")
            session.search_notes("synthetic")
            stage = "verify"
            result = session.verify_audit(checkpoints=checkpoints)
            if not result.ok:
                return Outcome("verify", result.problem or "does not verify")
            stage = "check"
            problems = session.check_integrity()
            if problems:
                return Outcome("check", problems[0])
            if read_errors:
                return Outcome("read", ", ".join(read_errors))
            return Outcome("not caught", "")
        finally:
            session.lock()
    except CaseappError as exc:
        return Outcome(stage, f"{type(exc).__name__}: {exc}")
    except Exception as exc:  # the point: nothing else may escape
        return Outcome(stage, f"{type(exc).__name__}: {exc}", raw=True)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A small vault (30 clients, notes), an older copy of its file, and the
    checkpoint an office keeps off the machine."""
    root = tmp_path_factory.mktemp("tamper")
    path = root / "vault"
    vault.create_vault(path, "admin", PASSPHRASE, kdf_params=kdf.FLOOR)
    with vault.unlock(path, "admin", PASSPHRASE) as s:
        clients = [_add(s, i) for i in range(20)]
    old_db = (path / "vault.db").read_bytes()
    old_keys = (path / "vault.keys").read_bytes()
    with vault.unlock(path, "admin", PASSPHRASE) as s:
        clients += [_add(s, i) for i in range(20, 30)]
        s.update_client(
            clients[0], ClientIdentity("Renamed", "Family0", date_of_birth=date(1980, 1, 1))
        )
        checkpoint = s.audit_checkpoint().full
    return {
        "root": root,
        "path": path,
        "old_db": old_db,
        "old_keys": old_keys,
        "checkpoint": checkpoint,
    }


def _copy_with(office: dict[str, Any], name: str, db: bytes) -> Path:
    target = Path(office["root"]) / name
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(office["path"], target)
    (target / "vault.db").write_bytes(db)
    return target


def test_a_flipped_bit_in_any_page_is_refused_as_damage(office: dict[str, Any]) -> None:
    current = (Path(office["path"]) / "vault.db").read_bytes()
    assert len(current) % PAGE == 0
    rng = random.Random(SEED)
    results: dict[int, Outcome] = {}
    for page in range(len(current) // PAGE):
        damaged = bytearray(current)
        damaged[page * PAGE + rng.randrange(PAGE)] ^= 1 << rng.randrange(8)
        target = _copy_with(office, "flipped", bytes(damaged))
        results[page] = _exercise(target, [office["checkpoint"]])
    shutil.rmtree(Path(office["root"]) / "flipped")

    silent = [p for p, o in results.items() if o.stage == "not caught"]
    raw = [f"page {p}: {o.detail}" for p, o in results.items() if o.raw]
    unclear = [
        f"page {p} ({o.stage}): {o.detail}"
        for p, o in results.items()
        if o.stage != "not caught" and not o.raw and not any(w in o.detail for w in NAMES_DAMAGE)
    ]
    record(
        "tamper",
        runs=len(results),
        faults=len(results),
        losses=len(silent) + len(raw) + len(unclear),
    )
    assert silent == []
    assert raw == []
    assert unclear == []
    # Every stage does its share: most pages are first read at unlock, by an act
    # or by the integrity check (the only reader of a free or idle page).
    stages = {o.stage for o in results.values()}
    assert {"unlock", "check"} <= stages, stages


def test_damage_found_by_the_integrity_check_is_named_not_blamed_on_the_disk(
    office: dict[str, Any],
) -> None:
    # SQLCipher refuses writes after a page failed its HMAC; the check's own audit
    # entry then cannot be written. The user hears "damaged", not "disk full".
    current = (Path(office["path"]) / "vault.db").read_bytes()
    seen = []
    for page in range(len(current) // PAGE - 1, 0, -1):
        damaged = bytearray(current)
        damaged[page * PAGE + 100] ^= 0x01
        target = _copy_with(office, "late-page", bytes(damaged))
        try:
            session = vault.unlock(target, "admin", PASSPHRASE)
        except CorruptVault:
            continue  # read at unlock already; this test wants a page only the check reads
        with session:
            try:
                problems = session.check_integrity()
            except CaseappError as exc:
                seen.append(exc)
            else:
                seen.append(problems)
        if len(seen) == 5:
            break
    record("tamper", runs=len(seen), faults=len(seen))
    assert len(seen) == 5
    for found in seen:
        if isinstance(found, list):
            assert found  # recorded, and the problems listed
        else:
            assert isinstance(found, CorruptVault), found
            assert str(found).startswith(DAMAGED)
            assert "problems found" in str(found)
    assert any(isinstance(f, CorruptVault) for f in seen)


def test_a_page_rolled_back_from_an_older_copy_is_caught_or_a_known_limit(
    office: dict[str, Any],
) -> None:
    old, new = office["old_db"], (Path(office["path"]) / "vault.db").read_bytes()
    results: dict[int, Outcome] = {}
    for page in range(min(len(old), len(new)) // PAGE):
        before = old[page * PAGE : (page + 1) * PAGE]
        if before == new[page * PAGE : (page + 1) * PAGE]:
            continue  # unchanged: nothing to roll back
        rolled = bytearray(new)
        rolled[page * PAGE : (page + 1) * PAGE] = before
        results[page] = _exercise(
            _copy_with(office, "rolled", bytes(rolled)), [office["checkpoint"]]
        )
    shutil.rmtree(Path(office["root"]) / "rolled", ignore_errors=True)

    raw = [f"page {p}: {o.detail}" for p, o in results.items() if o.raw]
    silent = [p for p, o in results.items() if o.stage == "not caught"]
    owners = _page_owners(Path(office["path"]))
    log_silent = [p for p in silent if any(o.startswith("audit") for o in owners.get(p, {"?"}))]
    record(
        "tamper",
        runs=len(results),
        faults=len(results),
        losses=len(raw) + len(log_silent),
        known=len(silent) - len(log_silent),
    )
    assert len(results) >= 10  # the second session changed a good part of the file
    assert raw == []
    # A page of the audit log put back is always caught: by the chain, or by the
    # checkpoint kept off the machine when the old page is a consistent past.
    assert log_silent == []
    caught = {o.stage for o in results.values()} - {"not caught"}
    assert {"verify", "check"} <= caught, caught
    # The rest are the known limit (README, threat model): a page of client data
    # whose old version still fits every index. Say which, so a change shows.
    for page in silent:
        assert owners.get(page), f"page {page} belongs to nothing?"


def _page_owners(
    path: Path, user: str = "admin", passphrase: str = PASSPHRASE
) -> dict[int, set[str]]:
    """Page index (from 0) -> the tables and indexes whose b-tree holds it.

    This SQLite has no dbstat, so the file is decrypted here (as in
    test_purge.py) and each b-tree walked from its root page."""
    with vault.unlock(path, user, passphrase) as s:
        key = bytes(s._data_key)
        roots = [
            (str(n), int(r))
            for n, r in s._db().execute(
                "SELECT name, rootpage FROM sqlite_schema WHERE rootpage > 0"
            )
        ]
    raw = (path / "vault.db").read_bytes()

    def page(index: int) -> bytes:
        chunk = raw[index * PAGE : (index + 1) * PAGE]
        start = 16 if index == 0 else 0  # page 1 begins with the salt
        iv = chunk[PAGE - RESERVE : PAGE - RESERVE + 16]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        return bytes(start) + dec.update(chunk[start : PAGE - RESERVE]) + dec.finalize()

    owners: dict[int, set[str]] = {}
    for name, root in [("sqlite_schema", 1), *roots]:
        todo = [root - 1]
        while todo:
            index = todo.pop()
            owners.setdefault(index, set()).add(name)
            data = page(index)
            head = 100 if index == 0 else 0
            kind, cells = data[head], int.from_bytes(data[head + 3 : head + 5], "big")
            if kind in (0x02, 0x05):  # interior: a child per cell, and the right-most
                todo.append(int.from_bytes(data[head + 8 : head + 12], "big") - 1)
                for i in range(cells):
                    at = int.from_bytes(data[head + 12 + 2 * i : head + 14 + 2 * i], "big")
                    todo.append(int.from_bytes(data[at : at + 4], "big") - 1)
    return owners


def test_a_rolled_back_unindexed_field_passes_every_check_but_the_log_keeps_the_edit(
    make_vault: Callable[..., Any],
) -> None:
    """The known limit, shown: one page put back that held only an edited
    profile field. The integrity check and the checkpoint pass (the log's pages
    were not touched); the log still records that the file was edited."""
    made = make_vault()
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        clients = [_add(s, i) for i in range(5)]
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        s.update_profile(clients[2], ClientProfile(gender="female", pronouns="she/her"))
        checkpoint = s.audit_checkpoint().full
    edited = (made.path / "vault.db").read_bytes()
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        s.update_profile(clients[2], ClientProfile(gender="woman", pronouns="ella"))
        checkpoint = s.audit_checkpoint().full
    newest = (made.path / "vault.db").read_bytes()
    changed = [
        p
        for p in range(len(newest) // PAGE)
        if edited[p * PAGE : (p + 1) * PAGE] != newest[p * PAGE : (p + 1) * PAGE]
    ]
    # Put back just the pages that do not belong to the log: the client's row.
    owners = _page_owners(made.path, made.admin, made.passphrase)
    log_pages = {p for p, names in owners.items() if any(n.startswith("audit") for n in names)}
    undetected = []
    for page in changed:
        if page in log_pages or page == 0:
            continue
        rolled = bytearray(newest)
        rolled[page * PAGE : (page + 1) * PAGE] = edited[page * PAGE : (page + 1) * PAGE]
        (made.path / "vault.db").write_bytes(bytes(rolled))
        with vault.unlock(made.path, made.admin, made.passphrase) as s:
            shown = s.read_client(clients[2]).profile
            ok = s.verify_audit(checkpoints=[checkpoint]).ok and s.check_integrity() == []
            edits = [e for e in s.list_audit(client=clients[2]) if "update" in e.action]
        (made.path / "vault.db").write_bytes(newest)
        if shown.gender == "female" and ok:
            undetected.append(page)
            assert len(edits) >= 2  # both edits are in the log; the value is the old one
    record("tamper", runs=1, faults=max(1, len(changed)), known=len(undetected))
    assert undetected, "expected the documented limit to show (see the README's threat model)"


def test_a_key_file_from_another_vault_is_refused(make_vault: Callable[..., Any]) -> None:
    ours, theirs = make_vault(), make_vault()
    shutil.copy2(theirs.path / "vault.keys", ours.path / "vault.keys")
    shutil.copy2(theirs.path / "vault.keys.bak", ours.path / "vault.keys.bak")
    with pytest.raises((CorruptVault, CorruptKeyFile)) as caught:
        vault.unlock(ours.path, ours.admin, ours.passphrase)
    record("tamper", runs=1, faults=1)
    assert "key file" in str(caught.value)
    # The other vault's passphrase (here the same words) gets nothing either.
    with pytest.raises((CorruptVault, CorruptKeyFile)):
        vault.unlock(ours.path, theirs.admin, theirs.passphrase)


def test_an_old_copy_of_this_vaults_key_file_is_refused_after_a_passphrase_change(
    make_vault: Callable[..., Any],
) -> None:
    made = make_vault()
    old = {n: (made.path / n).read_bytes() for n in ("vault.keys", "vault.keys.bak")}
    with vault.unlock(made.path, made.admin, made.passphrase) as s:
        s.change_passphrase(made.passphrase, NEW_PASSPHRASE)
    for name, data in old.items():
        (made.path / name).write_bytes(data)
    with pytest.raises(CaseappError) as caught:
        vault.unlock(made.path, made.admin, made.passphrase)
    record("tamper", runs=1, faults=1)
    assert not isinstance(caught.value, WrongPassphrase) or "key" in str(caught.value)
    assert "key file" in str(caught.value).lower() or "slot" in str(caught.value).lower()
