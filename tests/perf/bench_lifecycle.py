"""Benchmark: backup, verify and restore of a large synthetic vault against a
plain copy of the same bytes in the same run, and sealing and importing field
intakes.

Run with `make bench` (not part of `make test`). Uses the vault that
bench_records.py builds (CASEAPP_BENCH_CLIENTS, default 100,000 clients —
about 1 GB — built once and cached); CASEAPP_BENCH_INTAKES (default 1,000)
field intakes are sealed and imported. Prints a table and writes JSON under
tests/perf/results/. Synthetic data only.

Goal (issue 7): backup and verified restore each at least 50 % of the speed
of a plain file copy. The KDF derivation that opens a backup's key is timed
apart and not counted in the verify and restore rates.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import bench_records

from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity
from caseapp.crypto import kdf
from caseapp.services import backup as backups
from caseapp.services import field, vault

INTAKES = int(os.environ.get("CASEAPP_BENCH_INTAKES", "1000"))
FIELD_PASS = "benchmark field passphrase horse"
KIT_PASS = "benchmark kit passphrase"


def _mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1e6


def _fsync_copy(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _settle() -> None:
    """Write out what earlier steps left dirty, so that no step's fsync pays
    for another's bytes."""
    os.sync()


def bench_backup(folder: Path, work: Path) -> list[dict[str, object]]:
    """Backup, verify and restore against a plain copy (with fsync) of the same
    file, the median of three copies. Opening a backup's key costs one KDF
    derivation (Argon2id, slow on purpose), which is not throughput: it is
    timed on its own and taken out of the verify and restore figures."""
    vault_db = folder / "vault" / "vault.db"
    size = _mb(vault_db)
    bench_records.warm_os_cache(vault_db)
    copies = []
    for _ in range(3):
        _settle()
        started = time.perf_counter()
        _fsync_copy(vault_db, work / "copy.db")
        copies.append(time.perf_counter() - started)
        (work / "copy.db").unlink()
    copy_s = sorted(copies)[1]
    out = work / "bench.caseapp-backup"
    with vault.unlock(folder / "vault", bench_records.USER, bench_records.PASS) as s:
        _settle()
        started = time.perf_counter()
        s.backup(out)
        backup_s = time.perf_counter() - started
    _settle()
    started = time.perf_counter()
    _header, key = backups.open_backup_key(out, bench_records.USER, bench_records.PASS)
    kdf_s = time.perf_counter() - started
    key[:] = bytes(len(key))
    _settle()
    started = time.perf_counter()
    check = backups.verify_backup(out, bench_records.USER, bench_records.PASS)
    verify_s = time.perf_counter() - started - kdf_s
    assert check.ok, check.problems
    _settle()
    started = time.perf_counter()
    backups.restore_backup(out, work / "restored", bench_records.USER, bench_records.PASS)
    restore_s = time.perf_counter() - started - kdf_s
    copy_rate = size / copy_s
    rows: list[dict[str, object]] = [
        {"operation": "plain file copy (fsync)", "seconds": copy_s, "mb_s": copy_rate},
        {"operation": "open a backup's key (one KDF; not counted)", "seconds": kdf_s},
    ]
    for name, seconds in (
        ("backup (snapshot, seal, write)", backup_s),
        ("backup verify (schema, integrity, chain)", verify_s),
        ("restore (verified, re-keyed)", restore_s),
    ):
        rate = size / seconds
        rows.append(
            {
                "operation": name,
                "seconds": seconds,
                "mb_s": rate,
                "of_copy": rate / copy_rate,
                "goal_of_copy": 0.5 if not name.startswith("backup verify") else None,
            }
        )
    return rows


def bench_field(work: Path) -> list[dict[str, object]]:
    office = work / "office"
    vault.create_vault(office, "admin", bench_records.PASS, kdf_params=kdf.FLOOR)
    kit = work / "kit"
    kit.mkdir()
    with vault.unlock(office, "admin", bench_records.PASS) as s:
        s.make_field_kit(kit, "Bench laptop", KIT_PASS, kdf_params=kdf.FLOOR)
    laptop = work / "laptop"
    field.create_field_vault(laptop, "field", FIELD_PASS, kit, KIT_PASS, kdf_params=kdf.FLOOR)
    with vault.unlock(laptop, "field", FIELD_PASS) as s:
        # What a field intake holds: identity, contacts, household, notes (no case:
        # cases open at the office, after its conflict check).
        for i in range(INTAKES):
            s.take_intake(
                ClientIdentity(
                    f"Given{i}", f"Synthetic{i:05d}", "", date(1980 + i % 30, 1 + i % 12, 1)
                ),
                records=[
                    (rec.new_uuid(), rec.Phone(f"+1 213 555 {i % 10000:04d}", "mobile")),
                    (
                        rec.new_uuid(),
                        rec.HouseholdMember(f"Child{i}", f"Synthetic{i:05d}", "child"),
                    ),
                    (rec.new_uuid(), rec.Note("Met at the clinic; " * 20)),
                    (rec.new_uuid(), rec.Income("1500.00", "monthly")),
                ],
            )
        outbox = work / "outbox"
        outbox.mkdir()
        started = time.perf_counter()
        sealed = s.seal_intakes(outbox)
        seal_s = time.perf_counter() - started
    with vault.unlock(office, "admin", bench_records.PASS) as s:
        started = time.perf_counter()
        outcomes = s.import_bundles(sealed)
        import_s = time.perf_counter() - started
        started = time.perf_counter()
        again = s.import_bundles(sealed)
        again_s = time.perf_counter() - started
    assert all(o.status == "imported" for o in outcomes), [o.reason for o in outcomes][:3]
    assert all(o.status == "duplicate" for o in again)
    n = len(sealed)
    return [
        {"operation": f"seal {n} intakes (and purge them)", "seconds": seal_s, "per_s": n / seal_s},
        {"operation": f"import {n} sealed intakes", "seconds": import_s, "per_s": n / import_s},
        {
            "operation": f"import the same {n} again (all skipped)",
            "seconds": again_s,
            "per_s": n / again_s,
        },
    ]


def main() -> int:
    folder = bench_records.folder_for(bench_records.CLIENTS)
    bench_records.build(folder)
    size = _mb(folder / "vault" / "vault.db")
    with tempfile.TemporaryDirectory(prefix="caseapp-bench-life-", dir=folder.parent) as tmp:
        rows = bench_backup(folder, Path(tmp))
    with tempfile.TemporaryDirectory(prefix="caseapp-bench-field-") as tmp:
        rows += bench_field(Path(tmp))
    print(f"\nvault of {bench_records.CLIENTS:,} clients: {size:,.0f} MB\n")
    print(f"{'operation':<46} {'seconds':>8} {'MB/s':>8} {'of copy':>8} {'per s':>8}  goal")
    for r in rows:
        goal = r.get("goal_of_copy")
        of_copy = r.get("of_copy")
        verdict = ""
        if goal is not None and of_copy is not None:
            verdict = f"{'met' if float(of_copy) >= float(goal) else 'MISSED'} (>= 50 % of copy)"
        print(
            f"{r['operation']:<46} {float(r['seconds']):>8.2f} "
            f"{float(r['mb_s']) if 'mb_s' in r else 0:>8.0f} "
            f"{(float(of_copy) * 100 if of_copy is not None else 0):>7.0f}% "
            f"{float(r.get('per_s', 0)):>8.0f}  {verdict}"
        )
    bench_records.RESULTS.mkdir(exist_ok=True)
    out = bench_records.RESULTS / f"lifecycle-{time.strftime('%Y%m%dT%H%M%S')}.json"
    machine = {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
    }
    out.write_text(
        json.dumps(
            {"machine": machine, "vault_mb": size, "clients": bench_records.CLIENTS, "rows": rows},
            indent=1,
        )
    )
    print(f"\nwritten {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
