"""Crash consistency (issue 10, item 2): kill -9 a process doing mixed work at
random moments, again and again, and lose nothing it acknowledged.

The child (``mixed_child.py`` beside this file) unlocks a vault and does a
seeded random mix of service calls: add and edit clients, add notes (some of
them 20–200 kB), conflict checks and cases, deadlines, name and note searches,
backups (new files, and over one rolling file), passphrase changes (and back),
audit checkpoints and chain checks. Each call announces itself with a
``begin`` line and, once it has returned, appends an ``ack`` line (fsynced)
carrying the ids and values it wrote, the passphrase now current and the
audit checkpoint after it.

The parent kills it with SIGKILL: after a random delay (some runs before the
unlock has even finished), or — in about a third of the runs — the child kills
itself at the n-th time it reaches a chosen point: just before or just after a
COMMIT, before, inside (temp file synced, not renamed) or after a key-file
write, around the snapshot and the rename of a backup, or at the n-th fsync
the package makes from Python. Then the parent checks the vault:

* the acknowledged passphrase opens it; if a passphrase change was in flight,
  exactly one of the old and the new opens (the tally says which, how often);
* ``PRAGMA integrity_check`` is ``ok``, ``PRAGMA cipher_integrity_check``
  returns no rows, every FTS5 table passes ``integrity-check`` (plain and
  against its content), ``foreign_key_check`` is clean, and the session's own
  ``check_integrity`` agrees;
* every acknowledged client, edit, note (by SHA-256 of its body), conflict
  check, case and deadline is there with its acknowledged values, and nothing
  else is, except what the act in flight meant to write (that is then taken
  as part of the state: it must survive every later kill too);
* the audit log verifies with the anchor (every MAC) against every
  checkpoint ever acknowledged, so no acknowledged entry was lost or
  rewritten; each client, note, case, check and deadline has its create entry
  and every acknowledged backup its backup entry (data and entry together);
* both key file copies are whole and equal, no temp file is left in the vault;
* each backup acknowledged in the run verifies (``verify_backup`` with the
  passphrase that was current when it was made, and the anchor), the rolling
  file holds the last acknowledged backup or the one in flight, and a backup in
  flight that reached its final name verifies too (with the recovery code).

The same vault carries on from run to run (two vaults, one per lane, run side
by side): later runs work on a vault that has already been killed many times —
stale temp files, repaired key-file copies, a long audit chain, a rolling
backup replaced again and again — which is what a laptop that crashes now and
then looks like. Growth is bounded by the mix (big notes are rare).

Set ``CASEAPP_KILL9_SEED`` to replay a run; the seed is in every failure message.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import select
import signal
import subprocess
import sys
import threading
import time
import traceback
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hardening_report import record

from caseapp.core.errors import WrongPassphrase
from caseapp.crypto import kdf
from caseapp.services import vault
from caseapp.services.backup import verify_backup
from caseapp.storage import keyfile, unlock_attempts

CHILD = Path(__file__).with_name("mixed_child.py")
ADMIN = "admin"
POOL = (
    "correct horse battery staple 42",
    "purple elephant wanders quietly 97",
    "seven lanterns drift over marble 13",
)
SEED = int(os.environ.get("CASEAPP_KILL9_SEED", "20261202"))
LANES = 2  # two vaults, two children at a time: this machine has two cores

# Where a child may kill itself, and the range of n for "the n-th time".
POINTS = {
    "commit-before": 30,
    "commit-after": 30,
    "keyfile-before": 4,
    "keyfile-mid": 4,
    "keyfile-after": 4,
    "backup-export-before": 2,
    "backup-export-after": 2,
    "backup-rename-before": 2,
    "backup-rename-after": 2,
    "fsync": 12,
}
CREATES = {
    "add_client": "clients",
    "add_note": "notes",
    "add_big_note": "notes",
    "conflict_check": "checks",
    "add_case": "cases",
    "add_deadline": "deadlines",
}
# Create entries in the audit log, one per row of these tables.
AUDIT_CREATE = {
    "clients": "create_client",
    "notes": "create_note",
    "checks": "create_conflict_check",
    "cases": "create_case",
    "deadlines": "create_deadline",
}


@dataclass
class Model:
    """What must be in the vault: everything acknowledged (or found committed)."""

    passphrase: str
    recovery_code: str
    anchor: str
    clients: dict[str, tuple[str, str]] = field(default_factory=dict)  # given, family
    # client, case, SHA-256 of the body, the word it is searched by
    notes: dict[str, tuple[str, str, str, str]] = field(default_factory=dict)
    checks: dict[str, str] = field(default_factory=dict)  # -> client
    cases: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # client, check, title
    # client, case, due date, title
    deadlines: dict[str, tuple[str, str, str, str]] = field(default_factory=dict)
    claims: list[str] = field(default_factory=list)  # audit checkpoints acknowledged
    backups: dict[str, tuple[str, str]] = field(default_factory=dict)  # file -> (id, passphrase)
    backup_ids: set[str] = field(default_factory=set)
    edits: int = 0
    passphrase_changes: int = 0


@dataclass
class LaneResult:
    runs: int = 0
    kills: int = 0
    losses: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    landed: Counter[str] = field(default_factory=Counter)
    passphrase_outcomes: Counter[str] = field(default_factory=Counter)
    acked: int = 0
    adopted: int = 0
    backups_verified: int = 0
    seconds: float = 0.0


def _lines(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    raw = path.read_bytes()
    whole = raw[: raw.rfind(b"\n") + 1]  # a last line without its newline was not written
    return [json.loads(line) for line in whole.splitlines() if line.strip()]


def _in_flight(lines: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The begin line of the act that had not returned when the child died."""
    for doc in reversed(lines):
        if "died" in doc or "end" in doc:
            continue
        return doc if "begin" in doc else None
    return None


def _opens(path: Path, passphrase: str) -> bool:
    try:
        vault.unlock(path, ADMIN, passphrase).lock()
    except WrongPassphrase:
        return False
    return True


class Lane:
    def __init__(self, index: int, root: Path, runs: int, seed: int) -> None:
        self.index = index
        self.root = root
        self.runs = runs
        self.rng = random.Random(seed)
        self.seed = seed
        self.path = root / "vault"
        self.backup_dir = root / "backups"
        self.backup_dir.mkdir(parents=True)
        made = vault.create_vault(self.path, ADMIN, POOL[0], kdf_params=kdf.FLOOR)
        self.model = Model(POOL[0], made.recovery_code, made.audit_anchor)
        self.model.claims.append(made.checkpoint)
        self.result = LaneResult()
        self.run = 0

    # -- one run -----------------------------------------------------------------------

    def where(self) -> str:
        return f"lane {self.index} run {self.run} (CASEAPP_KILL9_SEED={SEED})"

    def loss(self, what: str) -> None:
        self.result.losses.append(f"{self.where()}: {what}")

    def config(self, ack: Path, die_at: dict[str, Any] | None) -> Path:
        m = self.model
        cases: dict[str, list[str]] = {}
        for case, (client, _check, _title) in m.cases.items():
            cases.setdefault(client, []).append(case)
        doc = {
            "vault": str(self.path),
            "admin": ADMIN,
            "passphrase": m.passphrase,
            "pool": list(POOL),
            "seed": self.rng.getrandbits(64),
            "run": self.run,
            "ack": str(ack),
            "backup_dir": str(self.backup_dir),
            "clients": {u: list(v) for u, v in m.clients.items()},
            "cases": cases,
            "notes": {marker: u for u, (_c, _k, _s, marker) in m.notes.items()},
            "die_at": die_at,
            "max_seconds": 20,
        }
        target = self.root / f"run{self.run}.json"
        target.write_text(json.dumps(doc), encoding="utf-8")
        return target

    def kill_one(self) -> tuple[list[dict[str, Any]], int]:
        """Start a child, kill it, return its lines and its pid."""
        ack = self.root / f"run{self.run}.ack"
        roll = self.rng.random()
        die_at = None
        if roll < 0.3:
            point = self.rng.choice(list(POINTS))
            die_at = {"point": point, "n": self.rng.randint(1, POINTS[point])}
        config = self.config(ack, die_at)
        err = (self.root / f"run{self.run}.err").open("wb")
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(config)],
            stdout=subprocess.PIPE,
            stderr=err,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )
        err.close()
        assert child.stdout is not None
        if 0.3 <= roll < 0.4:
            # Before "ready": during start-up and the unlock (which writes too).
            time.sleep(self.rng.uniform(0.05, 0.6))
        else:
            # "ready" once unlocked (or end of file if it died first)
            if select.select([child.stdout], [], [], 60)[0]:
                child.stdout.readline()
            if die_at is not None:
                delay = self.rng.uniform(0.8, 1.5)  # the point should come first
            elif self.rng.random() < 0.5:
                delay = self.rng.uniform(0.0, 0.3)
            else:
                delay = self.rng.uniform(0.3, 1.0)
            time.sleep(delay)
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        child.stdout.close()
        lines = _lines(ack)
        stderr = (self.root / f"run{self.run}.err").read_text(errors="replace")
        if child.returncode == -signal.SIGKILL:
            self.result.kills += 1
        else:
            self.loss(f"the child was not killed but exited {child.returncode}: {stderr[-2000:]}")
        if "Traceback" in stderr:
            self.loss(f"the child failed: {stderr[-2000:]}")
        died = [d for d in lines if "died" in d]
        flight = _in_flight(lines)
        if died:
            landed = f"{died[-1]['died']} in {flight['begin'] if flight else 'between acts'}"
        elif flight is not None:
            landed = f"timer in {flight['begin']}"
        elif lines:
            landed = "timer between acts"
        else:
            landed = "timer before unlock"
        self.result.landed[landed] += 1
        return lines, child.pid

    # -- after the kill ------------------------------------------------------------------

    def apply(self, doc: dict[str, Any], *, adopted: bool = False) -> None:
        """Take one acknowledged act (or a committed one found in flight) into the model."""
        m = self.model
        op = doc.get("ack") or doc.get("begin")
        if op == "add_client":
            m.clients[doc["client"]] = (doc["given"], doc["family"])
        elif op == "edit_client":
            m.clients[doc["client"]] = (doc["given"], doc["family"])
            m.edits += 1
        elif op in ("add_note", "add_big_note"):
            m.notes[doc["note"]] = (doc["client"], doc["case"], doc["sha"], doc["marker"])
        elif op == "conflict_check":
            m.checks[doc["check"]] = doc["client"]
        elif op == "add_case":
            m.cases[doc["case"]] = (doc["client"], doc["check"], doc["title"])
        elif op == "add_deadline":
            m.deadlines[doc["deadline"]] = (doc["client"], doc["case"], doc["due"], doc["title"])
        elif op == "passphrase":
            m.passphrase_changes += 1
        elif op == "backup":
            m.backups[doc["file"]] = (doc["backup_id"], doc["pp"])
            m.backup_ids.add(doc["backup_id"])
            m.claims.append(doc["checkpoint"])
        if not adopted:
            m.passphrase = doc["pp"]
            m.claims.append(doc["cp"])
            self.result.acked += 1
        else:
            self.result.adopted += 1

    def open_after(self, flight: dict[str, Any] | None) -> tuple[Any, str | None]:
        """Unlock with the acknowledged passphrase — or, with a change in flight,
        with whichever of old and new opens. Returns the session and, if the
        old one opened, the new one, which must then not open (tried after the
        session is locked: the vault opens once at a time)."""
        m = self.model
        if flight is not None and flight["begin"] == "passphrase":
            old, new = flight["old"], flight["new"]
            if old != m.passphrase:
                self.loss("the passphrase change in flight did not start from the acknowledged one")
            try:
                session = vault.unlock(self.path, ADMIN, old)
            except WrongPassphrase:
                pass
            else:
                self.result.passphrase_outcomes["old"] += 1
                return session, new
            try:
                session = vault.unlock(self.path, ADMIN, new)  # clears the failure count
            except WrongPassphrase:
                self.loss("a passphrase change in flight: neither the old nor the new opens")
                raise
            self.result.passphrase_outcomes["new"] += 1
            m.passphrase = new
            m.passphrase_changes += 1
            return session, None
        try:
            return vault.unlock(self.path, ADMIN, m.passphrase), None
        except WrongPassphrase:
            self.loss("the acknowledged passphrase does not open the vault")
            raise

    def check_not_both(self, other: str | None) -> None:
        if other is None:
            return
        if _opens(self.path, other):
            self.loss("a passphrase change in flight: both the old and the new open")
        # The failed attempt is counted beside the vault; a good unlock clears the
        # count, but a child killed inside its unlock would not: clear it here, so
        # that the runs never meet the unlock throttle, which is not under test.
        unlock_attempts.clear(self.path)

    def check_database(self, session: Any, flight: dict[str, Any] | None) -> None:
        conn = session._db()
        with session._guard.audited():
            integrity = conn.execute("PRAGMA integrity_check").fetchall()
            if [tuple(r) for r in integrity] != [("ok",)]:
                self.loss(f"PRAGMA integrity_check: {integrity[:5]}")
            macs = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            if macs:
                self.loss(f"PRAGMA cipher_integrity_check: {macs[:5]}")
            fts = [
                str(r[0])
                for r in conn.execute(
                    "SELECT name FROM sqlite_schema WHERE type = 'table' "
                    "AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'"
                )
            ]
            if len(fts) < 3:
                self.loss(f"expected the FTS5 tables, found {fts}")
            for table in fts:
                quoted = '"' + table.replace('"', '""') + '"'
                for sql in (
                    # the index on its own, then against its content (rank 1)
                    f"INSERT INTO {quoted} ({quoted}) VALUES ('integrity-check')",  # noqa: S608
                    f"INSERT INTO {quoted} ({quoted}, rank) VALUES ('integrity-check', 1)",  # noqa: S608
                ):
                    try:
                        conn.execute(sql)
                    except Exception as exc:  # sqlcipher3.DatabaseError: the index is damaged
                        self.loss(f"FTS5 {table}: {exc}")
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            if fk:
                self.loss(f"PRAGMA foreign_key_check: {fk[:5]}")
            found = {
                "clients": {
                    r[0]: (r[1], r[2])
                    for r in conn.execute("SELECT uuid, given_names, family_names FROM clients")
                },
                "notes": {
                    r[0]: (r[1], r[2] or "", hashlib.sha256(r[3].encode()).hexdigest())
                    for r in conn.execute("SELECT uuid, client_uuid, case_uuid, body FROM notes")
                },
                "checks": {
                    r[0]: r[1]
                    for r in conn.execute("SELECT uuid, client_uuid FROM conflict_checks")
                },
                "cases": {
                    r[0]: (r[1], r[2], r[3])
                    for r in conn.execute(
                        "SELECT uuid, client_uuid, conflict_check_uuid, title FROM cases"
                    )
                },
                "deadlines": {
                    r[0]: (r[1], r[2] or "", r[3], r[4])
                    for r in conn.execute(
                        "SELECT uuid, client_uuid, case_uuid, due_on, title FROM deadlines "
                        "WHERE computed = 0"
                    )
                },
            }
            audit = Counter(
                (str(r[0]), str(r[1]))
                for r in conn.execute(
                    "SELECT action, entity_id FROM audit_log WHERE action IN "
                    "('create_client', 'create_note', 'create_conflict_check', 'create_case', "
                    "'create_deadline', 'update_client', 'backup', 'passphrase_changed')"
                )
            )
        problems = session.check_integrity()
        if problems:
            self.loss(f"session.check_integrity(): {problems[:5]}")
        self.compare(found, flight)
        self.check_audit_entries(found, audit)

    def compare(self, found: dict[str, dict[str, Any]], flight: dict[str, Any] | None) -> None:
        """Every acknowledged row with its values; nothing else but the act in flight."""
        m = self.model
        op = flight["begin"] if flight else ""
        expected: dict[str, dict[str, Any]] = {
            "clients": dict(m.clients),
            "notes": {u: v[:3] for u, v in m.notes.items()},
            "checks": dict(m.checks),
            "cases": dict(m.cases),
            "deadlines": dict(m.deadlines),
        }
        for table, rows in expected.items():
            for uuid, want in rows.items():
                got = found[table].get(uuid)
                if got == want:
                    continue
                if got is None:
                    self.loss(f"acknowledged {table[:-1]} {uuid} is missing")
                    continue
                if (
                    table == "clients"
                    and op == "edit_client"
                    and flight is not None
                    and uuid == flight["client"]
                    and got == (flight["given"], flight["family"])
                ):
                    self.apply(flight, adopted=True)  # the edit in flight was committed
                    continue
                self.loss(f"acknowledged {table[:-1]} {uuid} is {got}, not {want}")
            extra = set(found[table]) - set(rows)
            if not extra:
                continue
            if len(extra) == 1 and flight is not None and CREATES.get(op) == table:
                uuid = extra.pop()
                if self.matches_flight(table, found[table][uuid], flight):
                    key = {"notes": "note", "checks": "check", "cases": "case"}.get(table)
                    self.apply({**flight, (key or table[:-1]): uuid}, adopted=True)
                    continue
                extra.add(uuid)
            self.loss(f"{table} holds rows nobody wrote: {sorted(extra)[:5]}")

    @staticmethod
    def matches_flight(table: str, got: Any, flight: dict[str, Any]) -> bool:
        if table == "clients":
            return bool(got == (flight["given"], flight["family"]))
        if table == "notes":
            return bool(got == (flight["client"], flight["case"], flight["sha"]))
        if table == "checks":
            return bool(got == flight["client"])
        if table == "cases":
            return bool(got == (flight["client"], flight["check"], flight["title"]))
        if table == "deadlines":
            return bool(got == (flight["client"], flight["case"], flight["due"], flight["title"]))
        return False

    def check_audit_entries(
        self, found: dict[str, dict[str, Any]], audit: Counter[tuple[str, str]]
    ) -> None:
        """Data and its audit entry were written together: one create entry per row."""
        for table, action in AUDIT_CREATE.items():
            per_client: Counter[str] = Counter()
            for value in found[table].values():
                client = value if isinstance(value, str) else value[0]
                per_client[client] += 1
            if table == "clients":
                per_client = Counter({u: 1 for u in found[table]})
            entries = Counter({c: n for (a, c), n in audit.items() if a == action})
            if per_client != entries:
                diff = (per_client - entries) + (entries - per_client)
                self.loss(f"{table} and their {action} entries differ for {dict(diff)}")
        edits = sum(n for (a, _), n in audit.items() if a == "update_client")
        if edits < self.model.edits:
            self.loss(f"{self.model.edits} edits acknowledged, {edits} update_client entries")
        changes = sum(n for (a, _), n in audit.items() if a == "passphrase_changed")
        if changes < self.model.passphrase_changes:
            self.loss(
                f"{self.model.passphrase_changes} passphrase changes acknowledged, "
                f"{changes} passphrase_changed entries"
            )
        backup_entries = {e for (a, e) in audit if a == "backup"}
        for missing in self.model.backup_ids - backup_entries:
            self.loss(f"acknowledged backup {missing} has no backup entry in the log")
        self.backup_entries = backup_entries

    def check_searches(self, session: Any) -> None:
        m = self.model
        for uuid in self.rng.sample(sorted(m.clients), min(3, len(m.clients))):
            given = m.clients[uuid][0]
            if uuid not in {h.uuid for h in session.search_clients(given, limit=20)}:
                self.loss(f"client {uuid} is not found by its name {given!r}")
        for uuid in self.rng.sample(sorted(m.notes), min(2, len(m.notes))):
            marker = m.notes[uuid][3]
            if uuid not in {h.note_uuid for h in session.search_notes(marker, limit=20)}:
                self.loss(f"note {uuid} is not found by its word {marker!r}")

    def check_audit_chain(self, session: Any) -> None:
        result = session.verify_audit(anchor=self.model.anchor, checkpoints=self.model.claims)
        if not (result.ok and result.mac_checked):
            self.loss(f"audit chain: {result.summary()}")

    def check_files(self) -> None:
        files = keyfile.read(self.path)
        if files.primary is None or files.copy is None or files.primary.damaged:
            self.loss("a key file copy is missing or damaged after a good unlock")
        elif keyfile.serialize(files.primary) != keyfile.serialize(files.copy):
            self.loss("the two key file copies differ after a good unlock")
        left = [p.name for p in self.path.iterdir() if ".tmp-" in p.name]
        if left:
            self.loss(f"temp files left in the vault after an unlock: {left}")

    def verify(self, target: Path, passphrase: str) -> Any:
        """``verify_backup`` with that passphrase, or ("") the recovery code; the anchor."""
        m = self.model
        self.result.backups_verified += 1
        if passphrase:
            return verify_backup(target, ADMIN, passphrase, anchor=m.anchor)
        return verify_backup(target, None, m.recovery_code, anchor=m.anchor)

    def check_backups(self, lines: list[dict[str, Any]], flight: dict[str, Any] | None) -> None:
        """The model already holds this run's acknowledged backups (``apply``)."""
        m = self.model
        in_flight = flight["file"] if flight is not None and flight["begin"] == "backup" else None
        if in_flight is not None:
            target = self.backup_dir / in_flight
            prior = m.backups.get(in_flight)
            if target.exists():
                # Killed before or after the rename: the file is the acknowledged
                # one it was replacing, or the new one, whole; never a mix.
                check = self.verify(target, "")
                new_id = check.info.backup_id
                if not check.ok or not check.anchor_checked:
                    self.loss(f"backup {in_flight} (in flight) does not verify: {check.problems}")
                elif prior is not None and new_id == prior[0]:
                    pass  # the rename had not happened
                elif new_id in self.backup_entries:
                    m.backups[in_flight] = (new_id, "")  # renamed into place: it counts now
                    m.backup_ids.add(new_id)
                    self.result.adopted += 1
                else:
                    self.loss(f"backup {in_flight} holds {new_id}, which the log never named")
            elif prior is not None:
                self.loss(f"acknowledged backup {in_flight} is gone after a kill replacing it")
        this_run = {d["file"] for d in lines if d.get("ack") == "backup"} - {in_flight}
        for name in sorted(this_run):
            backup_id, passphrase = m.backups[name]
            target = self.backup_dir / name
            if not target.exists():
                self.loss(f"acknowledged backup {name} is gone")
                continue
            check = self.verify(target, passphrase)
            if not check.ok or not check.anchor_checked:
                self.loss(f"acknowledged backup {name} does not verify: {check.problems}")
            elif check.info.backup_id != backup_id:
                self.loss(f"backup {name} holds {check.info.backup_id}, not {backup_id}")
        for name in m.backups:
            if not (self.backup_dir / name).exists():
                self.loss(f"acknowledged backup {name} is gone")

    def check_leftovers(self, lines: list[dict[str, Any]], pid: int) -> None:
        """A backup clears what killed backups left beside it (not a loss: noted)."""
        if not any(d.get("ack") == "backup" for d in lines):
            return
        left = [
            p.name
            for p in self.backup_dir.iterdir()
            if p.name.startswith(".") and str(pid) not in p.name
        ]
        if left:
            self.result.notes.append(f"{self.where()}: left beside the backups: {left}")

    def one_run(self) -> None:
        lines, pid = self.kill_one()
        self.result.runs += 1
        flight = _in_flight(lines)
        for doc in lines:
            if "ack" in doc:
                self.apply(doc)
        session, other = self.open_after(flight)
        try:
            self.check_database(session, flight)
            self.check_searches(session)
            self.check_audit_chain(session)
        finally:
            session.lock()
        self.check_not_both(other)
        self.check_files()
        self.check_backups(lines, flight)
        self.check_leftovers(lines, pid)
        previous = None
        for doc in lines:  # every act but reading the checkpoint appended its own entry
            if "ack" not in doc:
                continue
            seq = int(doc["cp"].partition(":")[0])
            if (
                previous is not None
                and doc["ack"] not in ("checkpoint", "verify_chain")
                and seq <= previous
            ):
                self.loss(f"the child's {doc['ack']} returned without an audit entry")
            previous = seq
        for doc in lines:  # searches the child made must have found what they looked for
            if doc.get("ack") in ("search_clients", "search_notes") and not doc["found"]:
                self.loss(f"the child's {doc['ack']} for {doc['q']!r} missed an acknowledged row")
            if doc.get("ack") == "verify_chain" and not doc["ok"]:
                self.loss("the child's audit chain check failed")

    def final_sweep(self) -> None:
        """Every acknowledged backup still there; the rolling one and a sample verify again."""
        m = self.model
        names = sorted(m.backups)
        sample = set(self.rng.sample(names, min(3, len(names))))
        if "rolling.cab" in m.backups:
            sample.add("rolling.cab")
        for name in sorted(sample):
            backup_id, passphrase = m.backups[name]
            check = self.verify(self.backup_dir / name, passphrase)
            if not check.ok or check.info.backup_id != backup_id:
                self.loss(f"final sweep: backup {name} does not verify: {check.problems}")

    def go(self) -> LaneResult:
        start = time.monotonic()
        try:
            for run in range(self.runs):
                self.run = run
                self.one_run()
            self.final_sweep()
        except Exception:
            self.loss("the check itself failed:\n" + traceback.format_exc())
        self.result.seconds = time.monotonic() - start
        return self.result


def serialize_key_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    """One Argon2id derivation at a time in this process. Two threads deriving at
    once hang for ever here (both idle inside ``Argon2id.derive``; cryptography
    50.0.2, OpenSSL 4.0.3 — pure cryptography, no caseapp involved) or fail
    with MemoryError. The two lanes check their vaults in two threads, so they
    take turns for the derivation; the children are processes and need no turn."""
    lock = threading.Lock()
    real = kdf.derive

    def derive(*args: Any, **kwargs: Any) -> bytearray:
        with lock:
            return real(*args, **kwargs)

    monkeypatch.setattr(kdf, "derive", derive)


def drive(tmp_path: Path, runs: int) -> None:
    per_lane = [runs // LANES + (1 if i < runs % LANES else 0) for i in range(LANES)]
    lanes = [Lane(i, tmp_path / f"lane{i}", n, SEED * 1000 + i) for i, n in enumerate(per_lane)]
    start = time.monotonic()
    with ThreadPoolExecutor(max_workers=LANES, thread_name_prefix="kill9-lane") as pool:
        results = list(pool.map(Lane.go, lanes))
    wall = time.monotonic() - start
    total_runs = sum(r.runs for r in results)
    kills = sum(r.kills for r in results)
    losses = [loss for r in results for loss in r.losses]
    record("crash", runs=total_runs, faults=kills, losses=len(losses))
    landed: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    for r in results:
        landed.update(r.landed)
        outcomes.update(r.passphrase_outcomes)
    print(
        f"\nkill -9 mixed: {total_runs} runs, {kills} kills in {wall:.1f} s "
        f"(lanes {', '.join(f'{r.seconds:.1f} s' for r in results)}); "
        f"{sum(r.acked for r in results)} acts acknowledged, "
        f"{sum(r.adopted for r in results)} in flight found committed, "
        f"{sum(r.backups_verified for r in results)} backups verified; "
        f"passphrase change in flight: {dict(outcomes)} opened"
    )
    for where, n in sorted(landed.items(), key=lambda kv: -kv[1]):
        print(f"  {n:4d}  {where}")
    for r in results:
        for note in r.notes[:5]:
            print(f"  note: {note}")
    assert losses == [], "\n".join(losses[:20])
    assert kills == total_runs


def test_kill_9_during_mixed_work_loses_nothing_acknowledged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    serialize_key_derivation(monkeypatch)
    drive(tmp_path, 100)


@pytest.mark.slow
def test_kill_9_during_mixed_work_400_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    serialize_key_derivation(monkeypatch)
    drive(tmp_path, 400)
