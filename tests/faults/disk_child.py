"""The child of test_full_disk: every kind of write caseapp makes, tried under a
file-size limit (RLIMIT_FSIZE) that rises until the write fits.

A write past the limit fails with EFBIG — what a full disk looks like to the
program (ENOSPC takes the same paths through SQLite and ``os.write``) — because
SIGXFSZ is ignored. For each act the limit starts at 0 bytes (nothing can be
written at all) and roughly doubles, with a seeded random offset, so the write
is cut short at a different point each time: inside the WAL, the shared-memory
index, a key file's temp copy, a backup's scratch snapshot, a PDF's temp file.

After each refusal, with the limit lifted, the child checks at once that the
act left nothing (its audit entry, its data, a file at the target, temp files
beside it) and that the session still works; after each success, that the act
is there. Everything acknowledged goes into the report, which the parent checks
again after reopening the vault. Synthetic data only.

Usage: ``python disk_child.py CONFIG.json`` (vault, admin, passphrase, new
passphrase, output folder, seed, report path).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import random
import resource
import signal
import sys
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity
from caseapp.core.errors import CaseappError
from caseapp.core.summary import Profile
from caseapp.crypto import kdf
from caseapp.services import field as field_service
from caseapp.services import vault
from caseapp.services.files import write_private
from caseapp.storage import audit_log, keyfile
from caseapp.storage import backup as backup_store

UNLIMITED = resource.RLIM_INFINITY
MAX_LIMIT = 256 * 1024 * 1024  # a write that does not fit by then is a bug (a loop)
BIG_NOTE_CHARS = 1_000_000
# What a refusal may say: the disk, space or the folder — never SQLite's words.
PDF_PASSWORD = "orange tractor singing softly 42"


def set_limit(limit: int | None) -> None:
    soft = UNLIMITED if limit is None else limit
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, UNLIMITED))


@contextlib.contextmanager
def limited(limit: int, only_in: tuple[object, str] | None) -> Iterator[None]:
    """The limit for the whole act, or only while ``only_in`` (an object and
    the name of one of its functions) runs: a disk that fills up just as the
    file outside the vault is written, after the vault took the act's entry."""
    if only_in is None:
        set_limit(limit)
        try:
            yield
        finally:
            set_limit(None)
        return
    owner, name = only_in
    real = getattr(owner, name)

    def under_limit(*args: Any, **kwargs: Any) -> Any:
        set_limit(limit)
        try:
            return real(*args, **kwargs)
        finally:
            set_limit(None)

    setattr(owner, name, under_limit)
    try:
        yield
    finally:
        setattr(owner, name, real)


def limits(rng: random.Random) -> list[int]:
    steps = [0, 1, 512]
    size = 1024
    while size <= MAX_LIMIT:
        steps.append(size + rng.randrange(size))
        size *= 2
    return steps


@dataclass
class Acked:
    """What the vault acknowledged, for the parent to find again."""

    clients: dict[str, str] = field(default_factory=dict)  # uuid -> given names
    notes: dict[str, list[str]] = field(default_factory=dict)  # uuid -> [client, sha256]
    cases: dict[str, str] = field(default_factory=dict)  # uuid -> client
    deadlines: dict[str, str] = field(default_factory=dict)  # uuid -> client
    deleted_clients: list[str] = field(default_factory=list)
    deleted_notes: list[str] = field(default_factory=list)
    backups: list[str] = field(default_factory=list)
    backup_passphrases: list[str] = field(default_factory=list)  # the admin's, then
    pdfs: list[list[str]] = field(default_factory=list)  # [path, sha256 of the bytes]
    passphrase: str = ""


class Child:
    def __init__(self, cfg: dict[str, Any]) -> None:
        self.cfg = cfg
        self.rng = random.Random(cfg["seed"])
        self.path = Path(cfg["vault"])
        self.out = Path(cfg["out_dir"])
        self.acked = Acked(passphrase=cfg["passphrase"])
        self.attempts: list[dict[str, Any]] = []
        self.problems: list[str] = []
        self.session = vault.unlock(self.path, cfg["admin"], cfg["passphrase"])
        self.counter = 0
        self.kit_folders: list[str] = []

    # -- helpers ---------------------------------------------------------------------

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        letters = "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8))
        return f"{prefix}{letters}{self.counter}"

    def entries(self) -> int:
        return audit_log.count(self.session._db())

    def new_actions(self, count: int) -> list[str]:
        if count <= 0:
            return []
        return [e.action for e in audit_log.entries(self.session._db(), limit=count)]

    def file_of(self, client: str) -> rec.ClientFile:
        return self.session.read_client_file(client, notes=1000)

    def some_client(self) -> str:
        live = [c for c in self.acked.clients if c not in self.acked.deleted_clients]
        return self.rng.choice(live)

    def leftovers(self) -> list[str]:
        """Files in the output folder that no acknowledged write put there."""
        wanted = {Path(p).name for p in self.acked.backups}
        wanted |= {Path(p).name for p, _ in self.acked.pdfs}
        wanted |= set(self.kit_folders)
        stray = [p.name for p in self.out.iterdir() if p.name not in wanted]
        for kit in self.kit_folders:  # a kit folder holds the kit or nothing
            stray += [
                f"{kit}/{p.name}"
                for p in (self.out / kit).iterdir()
                if p.name != field_service.KIT_NAME
            ]
        stray += [f"vault/{p.name}" for p in self.path.glob(".*.tmp-*")]
        return sorted(stray)

    def problem(self, act: str, limit: int, text: str) -> None:
        self.problems.append(f"{act} at {limit} bytes: {text}")

    # -- the sweep ---------------------------------------------------------------------

    def sweep(
        self,
        act: str,
        attempt: Callable[[], Any],
        *,
        absent: Callable[[], bool],
        present: Callable[[Any], bool],
        logged_if_refused: Callable[[list[str]], bool] = lambda new: not new,
        done_anyway: str = "",
        only_in: tuple[object, str] | None = None,
    ) -> Any:
        """Try ``attempt`` under rising limits until it succeeds.

        ``absent()`` must hold after every refusal, ``present(result)`` after the
        success. For acts inside the vault the audit log grows by the act's
        entries exactly when the act succeeded (``logged_if_refused`` sees the
        actions a refusal added, newest first: none, unless the act names an
        attempt first). A refusal whose message holds ``done_anyway`` says the
        act took effect and only a last step failed: it counts as the success.
        """
        for limit in limits(self.rng):
            # The WAL emptied first, so the act's own writes start at its
            # beginning: small limits then stop a file written outside the
            # vault (a PDF, a backup, the key file) after the log has taken
            # the act's entry — as a disk that fills up part way through does.
            self.session._db().execute("PRAGMA wal_checkpoint(TRUNCATE)")
            before = self.entries()
            try:
                with limited(limit, only_in):
                    result = attempt()
            except CaseappError as exc:
                after = self.entries()
                message = str(exc)
                new = self.new_actions(after - before)
                self.attempts.append(
                    {
                        "act": act,
                        "limit": limit,
                        "refused": type(exc).__name__,
                        "message": message,
                        "entries": new,
                    }
                )
                if done_anyway and done_anyway in message:
                    if not present(None):
                        self.problem(act, limit, "said it took effect, but it did not")
                    return None
                if not logged_if_refused(new):
                    self.problem(act, limit, f"refused, but the log grew by {new}")
                if not absent():
                    self.problem(act, limit, "refused, but its data is there")
                if self.leftovers():
                    self.problem(act, limit, f"refused, and left {self.leftovers()}")
                continue
            except Exception as exc:  # reported as a problem, not swallowed
                self.attempts.append(
                    {
                        "act": act,
                        "limit": limit,
                        "raw": type(exc).__name__,
                        "message": "".join(traceback.format_exception_only(exc)),
                    }
                )
                self.problem(act, limit, f"raw {type(exc).__name__}: {exc}")
                continue
            after = self.entries()
            new = self.new_actions(after - before)
            self.attempts.append({"act": act, "limit": limit, "ok": True, "entries": new})
            if after == before:
                self.problem(act, limit, "succeeded without an audit entry")
            if not present(result):
                self.problem(act, limit, "succeeded, but its data is not there")
            return result
        self.problem(act, MAX_LIMIT, "never succeeded")
        return None

    # -- the acts ------------------------------------------------------------------------

    def add_client(self) -> str:
        given = self.fresh("Diskgiven")
        uuid = self.sweep(
            "create client",
            lambda: self.session.create_client(ClientIdentity(given, "Diskfamily")),
            absent=lambda: not self.session.search_clients(given),
            present=lambda u: self.file_of(u).client.identity.given_names == given,
        )
        self.acked.clients[uuid] = given
        return str(uuid)

    def edit_client(self) -> None:
        client = self.some_client()
        old, given = self.acked.clients[client], self.fresh("Diskedited")
        self.sweep(
            "edit client",
            lambda: self.session.update_client(client, ClientIdentity(given, "Diskfamily")),
            absent=lambda: self.file_of(client).client.identity.given_names == old,
            present=lambda _: self.file_of(client).client.identity.given_names == given,
        )
        self.acked.clients[client] = given

    def add_note(self, chars: int) -> None:
        client = self.some_client()
        marker = self.fresh("diskmarker")
        words = ("hearing", "filing", "evidence", "declaration", "county", "review")
        body = marker
        while len(body) < chars:
            body += " " + " ".join(self.rng.choice(words) for _ in range(64))
        body = body[:chars].rstrip()  # as it is kept (trailing space trimmed)
        digest = hashlib.sha256(body.encode()).hexdigest()

        def bodies() -> set[str]:
            return {
                hashlib.sha256(s.record.body.encode()).hexdigest()
                for s in self.file_of(client).of(rec.Note)
            }

        note = self.sweep(
            "add a 1 MB note" if chars >= BIG_NOTE_CHARS else "add a short note",
            lambda: self.session.add_record(client, rec.Note(body)),
            absent=lambda: digest not in bodies(),
            present=lambda _: digest in bodies(),
        )
        self.acked.notes[str(note)] = [client, digest]

    def open_case(self) -> None:
        client = self.some_client()
        title = self.fresh("Disk case ")
        check = self.sweep(
            "conflict check",
            lambda: self.session.record_conflict_check(client, "cleared")[0],
            absent=lambda: True,  # the log is the record of a check
            present=lambda _: True,
            # The search for conflicts ran (and is recorded) before saving the
            # decision was refused: an access, logged as one.
            logged_if_refused=lambda new: new in ([], ["conflict_check"]),
        )

        def titles() -> set[str]:
            return {s.record.title for s in self.file_of(client).of(rec.Case)}

        case = self.sweep(
            "open a case",
            lambda: self.session.open_case(
                client, rec.Case("asylum", date.today(), title=title), check
            ),
            absent=lambda: title not in titles(),
            present=lambda _: title in titles(),
        )
        self.acked.cases[str(case)] = client

    def add_deadline(self) -> None:
        client = self.some_client()
        title = self.fresh("Disk deadline ")
        due = date.today() + timedelta(days=30)

        def titles() -> set[str]:
            return {s.record.title for s in self.file_of(client).of(rec.Deadline)}

        deadline = self.sweep(
            "add a deadline",
            lambda: self.session.add_record(client, rec.Deadline(due, title)),
            absent=lambda: title not in titles(),
            present=lambda _: title in titles(),
        )
        self.acked.deadlines[str(deadline)] = client

    def delete_note(self) -> None:
        note, (client, _digest) = next(
            (n, v) for n, v in self.acked.notes.items() if n not in self.acked.deleted_notes
        )

        def there() -> bool:
            return note in {s.uuid for s in self.file_of(client).of(rec.Note)}

        self.sweep(
            "delete a note",
            lambda: self.session.delete_record(client, rec.Note, note),
            absent=there,
            present=lambda _: not there(),
        )
        self.acked.deleted_notes.append(note)

    def search(self) -> None:
        client = self.some_client()
        given = self.acked.clients[client]
        self.sweep(
            "search clients",
            lambda: self.session.search_clients(given),
            absent=lambda: True,
            present=lambda hits: any(h.uuid == client for h in hits),
        )

    def backup(self, step: str = "") -> None:
        """The whole backup under the limit, or only one step of it: taking the
        (encrypted) snapshot in a scratch folder, or writing the backup file."""
        target = self.out / f"{self.fresh('backup-')}.cab"
        scope = {"": None, "snapshot": "export_snapshot", "file": "write_sealed"}[step]
        self.sweep(
            f"backup ({step})" if step else "backup",
            lambda: self.session.backup(target),
            only_in=(backup_store, scope) if scope else None,
            absent=lambda: not target.exists(),
            present=lambda _: target.is_file(),
            # Recorded before the snapshot is taken, so the log names every
            # backup that can exist; a refused one is then marked failed (when
            # even that entry fits), so the reminder does not count it.
            logged_if_refused=lambda new: new in ([], ["backup"], ["backup_failed", "backup"]),
        )
        self.acked.backups.append(str(target))
        self.acked.backup_passphrases.append(self.acked.passphrase)

    def pdf(self, *, encrypted: bool, file_only: bool = False) -> None:
        client = self.some_client()
        target = self.out / f"{self.fresh('summary-')}.pdf"
        made: dict[str, bytes] = {}

        def attempt() -> None:
            pdf = self.session.case_summary_pdf(
                client, Profile.FULL, password=PDF_PASSWORD if encrypted else None
            )
            made["pdf"] = pdf
            write_private(target, pdf)

        act = "save an encrypted PDF" if encrypted else "save a PDF"
        self.sweep(
            f"{act} (the file)" if file_only else act,
            attempt,
            only_in=(sys.modules[__name__], "write_private") if file_only else None,
            absent=lambda: not target.exists(),
            present=lambda _: target.read_bytes() == made["pdf"],
            # The print is recorded (and its checkpoint printed on the paper)
            # before the file is written: the log may name a refused save.
            # The file was read to make it (an access, recorded as one).
            logged_if_refused=lambda new: set(new) <= {"print", "read_client", "reveal"},
        )
        self.acked.pdfs.append([str(target), hashlib.sha256(made["pdf"]).hexdigest()])

    def change_passphrase(self, *, key_file_only: bool = False) -> None:
        """To the other of the two passphrases; the whole change under the
        limit, or only the key file's write (after the log took the change)."""
        old = self.acked.passphrase
        new = (
            self.cfg["new_passphrase"] if old == self.cfg["passphrase"] else self.cfg["passphrase"]
        )
        keys = self.path / "vault.keys"
        before = keys.read_bytes()
        self.sweep(
            "change the passphrase (the key file)" if key_file_only else "change the passphrase",
            lambda: self.session.change_passphrase(old, new),
            only_in=(keyfile, "write") if key_file_only else None,
            # The key file is the commit point: a refused change leaves it as it was.
            absent=lambda: keys.read_bytes() == before,
            present=lambda _: keys.read_bytes() != before,
            # Named first; when the key file then cannot be written, undone.
            logged_if_refused=lambda new: new in ([], ["key_change_undone", "passphrase_changed"]),
        )
        self.acked.passphrase = new

    def field_kit(self) -> None:
        """A field kit whose file cannot be written (the limit only on that
        write): no kit, and the laptop enrolled for it is revoked again."""
        folder = self.out / self.fresh("kit-")
        folder.mkdir()
        self.kit_folders.append(folder.name)

        def enrolled() -> int:
            return sum(d.revoked_at is None for d in self.session.field_devices())

        before = enrolled()
        self.sweep(
            "make a field kit (the file)",
            lambda: self.session.make_field_kit(
                folder, "Clinic laptop 3", PDF_PASSWORD, kdf_params=kdf.FLOOR
            ),
            only_in=(field_service, "write_private"),
            absent=lambda: not (folder / field_service.KIT_NAME).exists() and enrolled() == before,
            present=lambda _: (
                (folder / field_service.KIT_NAME).exists() and enrolled() == before + 1
            ),
            logged_if_refused=lambda new: (
                new
                in (
                    ["device_revoked", "device_enrolled"],
                    ["device_revoked", "device_enrolled", "settings_changed"],
                )
            ),
        )

    def delete_client(self) -> None:
        client = self.some_client()
        given = self.acked.clients[client]

        def there() -> bool:
            return any(h.uuid == client for h in self.session.search_clients(given))

        # The last step, compacting the file, needs free space of its own: when
        # only that fails the record is gone and the message says so.
        self.sweep(
            "delete a client",
            lambda: self.session.delete_client(client),
            absent=there,
            present=lambda _: not there(),
            done_anyway="the vault file could not be compacted",
        )
        self.acked.deleted_clients.append(client)

    def run(self) -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        for _ in range(3):
            self.add_client()
        self.edit_client()
        self.add_note(200)
        self.add_note(BIG_NOTE_CHARS)
        self.open_case()
        self.add_deadline()
        self.search()
        self.delete_note()
        self.backup()
        self.backup("snapshot")
        self.backup("file")
        self.pdf(encrypted=False)
        self.pdf(encrypted=True)
        self.pdf(encrypted=False, file_only=True)
        self.pdf(encrypted=True, file_only=True)
        self.change_passphrase()
        self.change_passphrase(key_file_only=True)
        self.field_kit()
        self.add_note(200)
        self.delete_client()
        self.add_client()
        integrity = self.session.check_integrity()
        chain = self.session.check_audit_chain()
        self.session.lock()
        report = {
            "attempts": self.attempts,
            "problems": self.problems,
            "acked": vars(self.acked),
            "integrity": integrity,
            "chain_ok": chain.ok,
        }
        Path(self.cfg["report"]).write_text(json.dumps(report, indent=1), encoding="utf-8")


def main() -> None:
    config = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    Child(config).run()


if __name__ == "__main__":
    main()
