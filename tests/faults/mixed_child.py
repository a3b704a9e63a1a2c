"""The child of test_kill9_mixed: unlock a vault and do a seeded random mix of
work until someone kills it with SIGKILL (the parent, or the child itself at a
chosen point — see ``--die-at``).

Every service call is announced with a ``begin`` line before it starts and
acknowledged with an ``ack`` line (fsynced) after it returns. Only what is
acknowledged must survive; the ``begin`` line tells the parent which act, if
any, was in flight when the process died, and what it meant to write. Lines
are JSON, one ``os.write`` each on an O_APPEND descriptor, so a kill leaves
whole lines (the parent still ignores a last line without its newline).

Usage: ``python mixed_child.py CONFIG.json`` where the config names the vault,
the user, the current passphrase and the pool to change it to, what earlier
runs left in the vault (client and case ids), the ack file, the backup folder
and the seed. Synthetic data only.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import random
import signal
import string
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import caseapp.services.session  # noqa: F401  (loaded now so its imports can be patched)
from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity
from caseapp.services import vault
from caseapp.storage import backup as backup_store
from caseapp.storage import connection, keyfile

# Relative weights of the acts. A passphrase change (two key derivations, one
# or two changes a pick) takes ~50 times as long as a write, so a kill timed
# at random lands in one often even at this weight (about a quarter of them).
WEIGHTS: dict[str, float] = {
    "add_client": 14,
    "edit_client": 8,
    "add_note": 14,
    "add_big_note": 2,
    "add_case": 5,
    "add_deadline": 6,
    "search_clients": 8,
    "search_notes": 6,
    "backup": 3,
    "passphrase": 0.6,
    "checkpoint": 3,
    "verify_chain": 1,
}
MAX_BACKUPS_PER_RUN = 2  # each acknowledged backup costs the parent a verify (a KDF)
WORDS = [
    *("hearing", "filing", "interview", "intake", "follow", "up", "documents"),
    *("translation", "appointment", "court", "evidence", "declaration", "witness"),
    *("letter", "county", "office", "review"),
]


def token(rng: random.Random, n: int = 9) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(n))


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


class Log:
    """The begin/ack file: O_APPEND, one write per line, acks fsynced."""

    def __init__(self, path: Path) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self.syncing = False  # our own fsync must not count as a fault point

    def line(self, doc: dict[str, Any], *, sync: bool) -> None:
        os.write(self.fd, (json.dumps(doc, separators=(",", ":")) + "\n").encode())
        if sync:
            self.syncing = True
            try:
                os.fsync(self.fd)
            finally:
                self.syncing = False


def install_fault(point: str, nth: int, log: Log) -> None:
    """SIGKILL this process at the ``nth`` time it reaches ``point``.

    Only the package's own functions are wrapped (no test hooks in caseapp):
    ``commit-before`` dies inside a transaction after its work, before COMMIT;
    ``commit-after`` just after COMMIT, before the call returns; ``keyfile-*``
    around or inside (temp written and synced, not renamed) a key file write;
    ``backup-*`` before or after the snapshot is exported, or around the
    rename that puts the backup file in place; ``fsync`` at the nth fsync the
    package makes from Python (key files, backup files, directories).
    """
    hits = 0
    state = {"in_keyfile": False}

    def reached(name: str) -> None:
        nonlocal hits
        if name != point:
            return
        hits += 1
        if hits == nth:
            log.line({"died": point, "n": nth}, sync=False)
            die()

    real_transaction = connection.transaction

    @contextlib.contextmanager
    def transaction(conn: Any) -> Any:
        with real_transaction(conn) as c:
            yield c
            reached("commit-before")
        reached("commit-after")

    for name, module in list(sys.modules.items()):
        if name.startswith("caseapp") and getattr(module, "transaction", None) is real_transaction:
            module.transaction = transaction  # type: ignore[attr-defined]

    real_write_atomic = keyfile.write_atomic

    def write_atomic(target: Path, data: bytes) -> None:
        reached("keyfile-before")
        state["in_keyfile"] = True
        try:
            real_write_atomic(target, data)
        finally:
            state["in_keyfile"] = False
        reached("keyfile-after")

    keyfile.write_atomic = write_atomic  # type: ignore[assignment]

    real_replace = os.replace

    def replace(src: Any, dst: Any) -> None:
        if state["in_keyfile"]:
            reached("keyfile-mid")
        backup_file = str(dst).endswith(".cab")
        if backup_file:
            reached("backup-rename-before")
        real_replace(src, dst)
        if backup_file:
            reached("backup-rename-after")

    os.replace = replace

    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if not log.syncing:
            reached("fsync")
        real_fsync(fd)

    os.fsync = fsync

    real_export = backup_store.export_snapshot

    def export_snapshot(*args: Any, **kwargs: Any) -> Any:
        reached("backup-export-before")
        result = real_export(*args, **kwargs)
        reached("backup-export-after")
        return result

    backup_store.export_snapshot = export_snapshot


class Worker:
    def __init__(self, config: dict[str, Any]) -> None:
        self.cfg = config
        self.rng = random.Random(config["seed"])
        self.path = Path(config["vault"])
        self.admin = config["admin"]
        self.passphrase = config["passphrase"]
        self.pool = config["pool"]
        self.backup_dir = Path(config["backup_dir"])
        self.log = Log(Path(config["ack"]))
        # client uuid -> [given, family]; client uuid -> case uuids
        self.clients: dict[str, list[str]] = {u: list(v) for u, v in config["clients"].items()}
        self.cases: dict[str, list[str]] = {u: list(v) for u, v in config["cases"].items()}
        self.notes: dict[str, str] = dict(config["notes"])  # search marker -> note uuid
        self.backups = 0
        self.session: Any = None

    # -- the begin/ack protocol --------------------------------------------------

    def call(self, op: str, intent: dict[str, Any], fn: Any) -> Any:
        self.log.line({"begin": op, **intent}, sync=False)
        result = fn()
        return result

    def ack(self, op: str, doc: dict[str, Any]) -> None:
        cp = self.session.audit_checkpoint().full
        self.log.line({"ack": op, "pp": self.passphrase, "cp": cp, **doc}, sync=True)

    # -- the acts ----------------------------------------------------------------------

    def some_client(self) -> str | None:
        return self.rng.choice(list(self.clients)) if self.clients else None

    def add_client(self) -> None:
        given, family = "Zq" + token(self.rng), "Fam" + token(self.rng, 6)
        intent = {"given": given, "family": family}
        uuid = self.call(
            "add_client",
            intent,
            lambda: self.session.create_client(ClientIdentity(given, family)),
        )
        self.clients[uuid] = [given, family]
        self.ack("add_client", {"client": uuid, **intent})

    def edit_client(self) -> None:
        client = self.some_client()
        if client is None:
            return self.add_client()
        given, family = "Zq" + token(self.rng), self.clients[client][1]
        intent = {"client": client, "given": given, "family": family}
        self.call(
            "edit_client",
            intent,
            lambda: self.session.update_client(client, ClientIdentity(given, family)),
        )
        self.clients[client] = [given, family]
        self.ack("edit_client", intent)
        return None

    def add_note(self, big: bool = False) -> None:
        client = self.some_client()
        if client is None:
            return self.add_client()
        marker = "nq" + token(self.rng, 10)
        count = self.rng.randint(3000, 25000) if big else self.rng.randint(3, 60)
        filler = " ".join(self.rng.choice(WORDS) for _ in range(count))
        body = f"{marker} {filler}"
        case = ""
        if self.cases.get(client) and self.rng.random() < 0.4:
            case = self.rng.choice(self.cases[client])
        intent = {
            "client": client,
            "case": case,
            "marker": marker,
            "sha": hashlib.sha256(body.encode()).hexdigest(),
            "chars": len(body),
        }
        op = "add_big_note" if big else "add_note"
        note = self.call(
            op,
            intent,
            lambda: self.session.add_record(client, rec.Note(body, case_uuid=case)),
        )
        self.notes[marker] = note
        self.ack(op, {"note": note, **intent})
        return None

    def add_case(self) -> None:
        client = self.some_client()
        if client is None:
            return self.add_client()
        check, _report = self.call(
            "conflict_check",
            {"client": client},
            lambda: self.session.record_conflict_check(client, "cleared"),
        )
        self.ack("conflict_check", {"client": client, "check": check})
        title = "Case " + token(self.rng, 6)
        intent = {"client": client, "check": check, "title": title}
        case = self.call(
            "add_case",
            intent,
            lambda: self.session.open_case(
                client, rec.Case("asylum", date.today(), title=title), check
            ),
        )
        self.cases.setdefault(client, []).append(case)
        self.ack("add_case", {"case": case, **intent})
        return None

    def add_deadline(self) -> None:
        client = self.some_client()
        if client is None:
            return self.add_client()
        case = self.rng.choice(self.cases[client]) if self.cases.get(client) else ""
        due = (date.today() + timedelta(days=self.rng.randint(1, 300))).isoformat()
        title = "File " + token(self.rng, 7)
        intent = {"client": client, "case": case, "due": due, "title": title}
        deadline = self.call(
            "add_deadline",
            intent,
            lambda: self.session.add_record(
                client, rec.Deadline(date.fromisoformat(due), title, case_uuid=case)
            ),
        )
        self.ack("add_deadline", {"deadline": deadline, **intent})
        return None

    def search_clients(self) -> None:
        client = self.some_client()
        if client is None:
            return self.add_client()
        given = self.clients[client][0]
        hits = self.call(
            "search_clients",
            {"client": client, "q": given},
            lambda: self.session.search_clients(given, limit=20),
        )
        found = client in {h.uuid for h in hits}
        self.ack("search_clients", {"client": client, "q": given, "found": found})
        return None

    def search_notes(self) -> None:
        if not self.notes:
            return self.add_note()
        marker = self.rng.choice(list(self.notes))
        note = self.notes[marker]
        hits = self.call(
            "search_notes",
            {"q": marker, "note": note},
            lambda: self.session.search_notes(marker, limit=20),
        )
        found = note in {h.note_uuid for h in hits}
        self.ack("search_notes", {"q": marker, "note": note, "found": found})
        return None

    def backup(self) -> None:
        if self.backups >= MAX_BACKUPS_PER_RUN:
            return self.checkpoint()
        self.backups += 1
        # Now and then over the one rolling file: a kill while it is replaced
        # must leave the acknowledged one before it whole.
        rolling = self.rng.random() < 0.3
        name = "rolling.cab" if rolling else f"r{self.cfg['run']}-b{self.backups}.cab"
        out = self.backup_dir / name
        intent = {"file": name, "rolling": rolling}
        info = self.call("backup", intent, lambda: self.session.backup(out))
        self.ack("backup", {"backup_id": info.backup_id, "checkpoint": info.checkpoint, **intent})
        return None

    def change_passphrase(self, new: str) -> None:
        old = self.passphrase
        self.call(
            "passphrase",
            {"old": old, "new": new},
            lambda: self.session.change_passphrase(old, new),
        )
        self.passphrase = new
        self.ack("passphrase", {"old": old, "new": new})

    def passphrases(self) -> None:
        first = self.passphrase
        new = self.rng.choice([p for p in self.pool if p != first])
        self.change_passphrase(new)
        if self.rng.random() < 0.5:
            self.change_passphrase(first)  # and back

    def checkpoint(self) -> None:
        cp = self.call("checkpoint", {}, lambda: self.session.audit_checkpoint())
        self.ack("checkpoint", {"checkpoint": cp.full})

    def verify_chain(self) -> None:
        result = self.call("verify_chain", {}, lambda: self.session.check_audit_chain())
        self.ack("verify_chain", {"ok": result.ok, "entries": result.entries})

    def run(self) -> None:
        fault = self.cfg.get("die_at")
        if fault:
            install_fault(fault["point"], fault["n"], self.log)
        self.log.line({"begin": "unlock"}, sync=False)
        self.session = vault.unlock(self.path, self.admin, self.passphrase)
        self.ack("unlock", {})
        print("ready", flush=True)
        ops = list(WEIGHTS)
        weights = [WEIGHTS[o] for o in ops]
        acts = {
            "add_client": self.add_client,
            "edit_client": self.edit_client,
            "add_note": self.add_note,
            "add_big_note": lambda: self.add_note(big=True),
            "add_case": self.add_case,
            "add_deadline": self.add_deadline,
            "search_clients": self.search_clients,
            "search_notes": self.search_notes,
            "backup": self.backup,
            "passphrase": self.passphrases,
            "checkpoint": self.checkpoint,
            "verify_chain": self.verify_chain,
        }
        deadline = time.monotonic() + float(self.cfg.get("max_seconds", 30))
        while time.monotonic() < deadline:
            acts[self.rng.choices(ops, weights)[0]]()
        # Not killed in time (should not happen: the parent's timer is shorter).
        self.log.line({"end": "timeout"}, sync=True)
        self.session.lock()


def main() -> None:
    config = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    Worker(config).run()


if __name__ == "__main__":
    main()
