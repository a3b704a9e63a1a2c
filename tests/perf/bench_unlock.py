"""Benchmark: unlock time split into key derivation and the rest, and cold start.

Run with `make bench` (not part of `make test`). Prints a table and writes
JSON under tests/perf/results/. Synthetic data only.

Goals on the reference machine (2 cores): unlock = calibrated KDF + <= 100 ms;
the unlock window visible <= 0.4 s after launch.
"""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from caseapp.crypto import kdf, slots
from caseapp.services import vault
from caseapp.storage import keyfile
from caseapp.storage.connection import DB_NAME, open_database

RUNS = 7
PASS = "benchmark passphrase for a synthetic vault"
RESULTS = Path(__file__).parent / "results"

# A child that starts the real GUI entry point offscreen. When the event loop
# starts, the first window has been shown; a zero-timer fires once the pending
# show/paint events are processed, and reports the time since the parent
# launched the process. No hook in the package: the child wraps exec().
_COLD_START_CHILD = r"""
import os, sys, time
t0 = float(sys.argv[1])
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
_exec = QApplication.exec
def _timed_exec():
    def _report():
        print("first-window", time.time() - t0, flush=True)
        QApplication.quit()
    QTimer.singleShot(0, _report)
    return _exec()
QApplication.exec = staticmethod(_timed_exec)
from caseapp.gui.application import run_gui
run_gui(Path(sys.argv[2]))
"""


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _row(name: str, values: list[float]) -> dict[str, float | str]:
    return {
        "operation": name,
        "p50_ms": statistics.median(values) * 1000,
        "p95_ms": _pct(values, 0.95) * 1000,
    }


def bench_unlock(work: Path) -> list[dict[str, float | str]]:
    path = work / "vault"
    params = kdf.calibrate()
    vault.create_vault(path, "bench", PASS, kdf_params=params)
    slot = keyfile.read(path).best.user_slot("bench")
    assert slot is not None
    rows = []

    kdf_times = []
    for _ in range(RUNS):
        began = time.perf_counter()
        kdf.derive(slots.secret_from_passphrase(PASS), slot.salt, slot.kdf)
        kdf_times.append(time.perf_counter() - began)
    rows.append(
        _row(f"Argon2id ({params.memory_kib // 1024} MiB, t={params.iterations})", kdf_times)
    )

    unlock_times = []
    for _ in range(RUNS):
        began = time.perf_counter()
        session = vault.unlock(path, "bench", PASS)
        unlock_times.append(time.perf_counter() - began)
        session.lock()
    rows.append(_row("unlock (total)", unlock_times))
    rest = [u - k for u, k in zip(sorted(unlock_times), sorted(kdf_times), strict=True)]
    rows.append(_row("unlock minus KDF", rest))

    files = keyfile.read(path)
    opened = slots.open_slot(files.best.vault_id, slot, slots.secret_from_passphrase(PASS))
    raw_open = []
    for _ in range(RUNS):
        began = time.perf_counter()
        conn = open_database(path / DB_NAME, opened.data_key)
        conn.execute("SELECT count(*) FROM users").fetchone()
        conn.close()
        raw_open.append(time.perf_counter() - began)
    opened.wipe()
    rows.append(_row("SQLCipher open, raw key + pragmas", raw_open))

    plain = []
    plain_db = work / "plain.db"
    sqlite3.connect(plain_db).execute("CREATE TABLE IF NOT EXISTS users (x)").connection.close()
    for _ in range(RUNS):
        began = time.perf_counter()
        conn2 = sqlite3.connect(plain_db)
        conn2.execute("PRAGMA journal_mode=WAL")
        conn2.execute("SELECT count(*) FROM users").fetchone()
        conn2.close()
        plain.append(time.perf_counter() - began)
    rows.append(_row("plain sqlite3 open (same pragma work)", plain))
    return rows


def bench_cold_start(work: Path) -> list[dict[str, float | str]]:
    rows = []
    for label, folder in (
        ("cold start to create-vault window", work / "empty"),
        ("cold start to unlock window", work / "vault"),
    ):
        times = []
        for _ in range(RUNS):
            began = time.time()
            out = subprocess.run(
                [sys.executable, "-c", _COLD_START_CHILD, repr(began), str(folder)],
                capture_output=True,
                text=True,
                timeout=60,
                check=True,
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            )
            line = [ln for ln in out.stdout.splitlines() if ln.startswith("first-window ")]
            times.append(float(line[-1].split()[1]))
        rows.append(_row(label, times))
    return rows


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        rows = bench_unlock(work)
        rows += bench_cold_start(work)
    width = max(len(str(r["operation"])) for r in rows)
    print(f"{'operation':<{width}}  {'p50 ms':>9}  {'p95 ms':>9}")
    for r in rows:
        print(f"{r['operation']!s:<{width}}  {r['p50_ms']:>9.1f}  {r['p95_ms']:>9.1f}")
    RESULTS.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%S")
    machine = {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "machine": platform.machine(),
    }
    out = RESULTS / f"unlock-{stamp}.json"
    out.write_text(json.dumps({"machine": machine, "runs": RUNS, "rows": rows}, indent=1))
    print(f"\nwritten {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
