"""Benchmark: audit appends, verification of 1,000,000 entries, the cost of an audited read.

Run with `make bench` (not part of `make test`). Each figure sits beside the
same work on plain stdlib sqlite3 (the physical limit here). Synthetic data.

Goals (2-core reference machine): verify >= 300,000 entries/s; appends
>= 50,000/s inside one transaction; an audited client read adds <= 1 ms.
"""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from caseapp.core.audit import AuditEvent
from caseapp.core.clients import ClientIdentity
from caseapp.crypto import kdf
from caseapp.services import vault
from caseapp.storage import audit_log, migrations
from caseapp.storage.connection import open_database, transaction

ENTRIES = int(os.environ.get("CASEAPP_BENCH_AUDIT_ENTRIES", "1000000"))
BATCH = 50_000
RESULTS = Path(__file__).parent / "results"
PASS = "benchmark passphrase for a synthetic vault"


def _events(n: int) -> list[AuditEvent]:
    users = ["mgarcia", "jnguyen", "aokafor", "lkowalski"]
    actions = ["read_client", "search_clients", "update_client", "print"]
    ids = [str(uuid.UUID(int=i * 7919 + 1)) for i in range(1000)]
    return [
        AuditEvent(
            actions[i % 4], users[i % 4], "client", ids[i % 1000], ("given_names", "family_names")
        )
        for i in range(n)
    ]


def bench_append_and_verify(work: Path) -> list[dict[str, object]]:
    key = bytearray(os.urandom(32))
    conn = open_database(work / "audit.db", key, create=True)
    migrations.apply(conn)
    anchor = os.urandom(20)
    with transaction(conn):
        audit_log.initialise(conn, "bench", anchor)
    events = _events(BATCH)
    appended = 0
    began = time.perf_counter()
    while appended < ENTRIES:
        with transaction(conn), audit_log.recording(conn) as log:
            for event in events[: min(BATCH, ENTRIES - appended)]:
                log.append(event)
        appended += min(BATCH, ENTRIES - appended)
    append_s = time.perf_counter() - began

    plain = sqlite3.connect(work / "plain.db", isolation_level=None)
    plain.execute("PRAGMA journal_mode=WAL")
    plain.execute(
        "CREATE TABLE log (seq INTEGER PRIMARY KEY, at TEXT, user_name TEXT, "
        "action TEXT, entity_type TEXT, entity_id TEXT, fields TEXT, reason TEXT, "
        "hash BLOB, tag BLOB)"
    )
    rows = conn.execute("SELECT * FROM audit_log ORDER BY seq").fetchall()
    began = time.perf_counter()
    plain.execute("BEGIN")
    plain.executemany("INSERT INTO log VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    plain.execute("COMMIT")
    plain_insert_s = time.perf_counter() - began
    del rows

    began = time.perf_counter()
    result = audit_log.verify(conn, "bench", anchor=anchor)
    verify_s = time.perf_counter() - began
    assert result.ok, result.summary()
    began = time.perf_counter()
    chain_only = audit_log.verify(conn, "bench")
    chain_s = time.perf_counter() - began
    assert chain_only.ok
    began = time.perf_counter()
    for _row in plain.execute("SELECT * FROM log ORDER BY seq"):
        pass
    plain_scan_s = time.perf_counter() - began
    conn.close()
    plain.close()
    return [
        {
            "operation": f"append {ENTRIES:,} entries ({BATCH:,} per transaction)",
            "per_s": ENTRIES / append_s,
            "seconds": append_s,
            "plain": f"{ENTRIES / plain_insert_s:,.0f}/s plain bulk insert of the same rows",
            "plain_seconds": plain_insert_s,
        },
        {
            "operation": f"audit verify --anchor over {ENTRIES:,}",
            "per_s": ENTRIES / verify_s,
            "seconds": verify_s,
            "plain": f"{ENTRIES / plain_scan_s:,.0f}/s plain scan of the same rows",
            "plain_seconds": plain_scan_s,
        },
        {
            "operation": f"chain-only check over {ENTRIES:,} (every unlock)",
            "per_s": ENTRIES / chain_s,
            "seconds": chain_s,
            "plain": "",
        },
    ]


def bench_audited_read(work: Path) -> list[dict[str, object]]:
    path = work / "vault"
    vault.create_vault(path, "bench", PASS, kdf_params=kdf.FLOOR)
    with vault.unlock(path, "bench", PASS) as session:
        ids = [session.create_client(ClientIdentity(f"Given{i}", f"Family{i}")) for i in range(200)]
        conn = session._db()
        audited, bare = [], []
        for i in range(2000):
            client = ids[i % len(ids)]
            began = time.perf_counter()
            session.read_client(client)
            audited.append(time.perf_counter() - began)
            began = time.perf_counter()
            with session._guard.audited():
                conn.execute(
                    "SELECT uuid, given_names, family_names, preferred_name, "
                    "date_of_birth, created_at, created_by, updated_at, updated_by "
                    "FROM clients WHERE uuid = ?",
                    (client,),
                ).fetchone()
            bare.append(time.perf_counter() - began)
    a, b = statistics.median(audited) * 1000, statistics.median(bare) * 1000
    return [
        {
            "operation": "read_client (audited, own transaction) p50",
            "per_s": 1000 / a,
            "seconds": a / 1000,
            "plain": f"bare read {b:.3f} ms; audit adds {a - b:.3f} ms",
        }
    ]


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        rows = bench_append_and_verify(Path(tmp)) + bench_audited_read(Path(tmp))
    for r in rows:
        print(f"{r['operation']:<58} {r['per_s']:>12,.0f}/s  {r['seconds']:>8.3f} s  {r['plain']}")
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"audit-{time.strftime('%Y%m%dT%H%M%S')}.json"
    machine = {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
    }
    out.write_text(json.dumps({"machine": machine, "entries": ENTRIES, "rows": rows}, indent=1))
    print(f"\nwritten {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
