"""`make bench` must keep working: the harness run end to end on two tiny
synthetic offices (its figures are not looked at here — timings belong to the
benchmark, never to a test), and two result files compared."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "tests" / "perf" / "bench.py"

WORKLOADS = {
    "unlock, minus the KDF",
    "first list page (100 rows)",
    "list page while scrolling at row 50,000 (keyset, 100 rows)",
    "name type-ahead, 1-4 letters",
    "note search, first 50 newest (common words)",
    "note search, first 50 newest (rare words)",
    "conflict check (name + date of birth)",
    "open a client file (audited)",
    "save an intake edit (audited)",
    "upcoming-deadlines dashboard (30 days)",
    "audit chain check, the vault's whole log (entries/s)",
    "backup (snapshot, seal, write); plain: a file copy",
    "restore (verified, re-keyed); plain: a file copy",
    "GUI: first list page painted, after the KDF",
    "GUI: RSS with the list open (MB)",
}


def test_the_benchmark_harness_runs_and_compares(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CASEAPP_BENCH_SIZES": "30,60",
        "CASEAPP_BENCH_QUERIES": "12",
        "CASEAPP_BENCH_ONCE": "0",
        "CASEAPP_BENCH_CACHE": str(tmp_path / "cache"),
        "CASEAPP_BENCH_RESULTS": str(tmp_path / "results"),
    }
    done = subprocess.run(
        [sys.executable, str(BENCH)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "growth" in done.stdout
    assert "ratio" in done.stdout
    (result,) = (tmp_path / "results").glob("bench-*.json")
    found = json.loads(result.read_text())
    assert found["machine"]["cpus"] == os.cpu_count()
    assert set(found["sizes"]) == {"30", "60"}
    assert found["sizes"]["60"]["clients"] == 60
    # 10 audit entries a client, topped up before measuring.
    assert found["sizes"]["60"]["audit_log"] >= 600
    rows = {r["operation"]: r for r in found["rows"]}
    assert set(rows) >= WORKLOADS, WORKLOADS - set(rows)
    for name in WORKLOADS:
        assert set(rows[name]["sizes"]) == {"30", "60"}, name
        figures = [at["p50"] for at in rows[name]["sizes"].values()]
        assert all(isinstance(f, float) and f == f for f in figures), name
        # A difference (unlock minus its KDF) can come out below zero at this size.
        if rows[name]["unit"] == "ms" and "minus" not in name:
            assert all(f > 0 for f in figures), name
    # Encrypted and plain both measured, so the ratio exists where there is a twin.
    search = rows["name type-ahead, 1-4 letters"]
    assert search["sizes"]["60"]["plain_p95"] > 0
    assert search["verdict"]["ratio"] > 0
    assert search["verdict"]["growth"] > 0

    compared = subprocess.run(
        [sys.executable, str(BENCH), "--compare", str(result), str(result)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        cwd=ROOT,
    )
    assert "name type-ahead, 1-4 letters" in compared.stdout
    assert " 1.00" in compared.stdout
