"""The desktop app on the large synthetic vault (issue 5's measure).

Uses the vault bench_records.py builds (100,000 clients; built once, cached
under tests/perf/.cache/). Offscreen, in one process, through the real main
window and SessionAccess:

- first list page painted after the KDF (window built, first page fetched, painted)
- type-ahead: from the end of the debounce to the updated, repainted list
- opening a client file (audited read + every page of the file filled)
- RSS with the list open (after scrolling a few thousand rows)

Not part of `make test`; `make bench` runs it. Synthetic data only.
"""

from __future__ import annotations

import json
import os
import platform
import random
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).parent))
import bench_records

from caseapp.gui.main_window import MainWindow
from caseapp.gui.session_access import SessionAccess
from caseapp.services import vault

RUNS = int(os.environ.get("CASEAPP_BENCH_QUERIES", "200"))
GOALS_MS = {
    "first list page painted (after the KDF)": 100.0,
    "type-ahead: debounce end to updated list": 50.0,
    "open a client file (GUI)": 100.0,
}
RSS_GOAL_MB = 200.0


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def row(name: str, times: list[float]) -> dict[str, Any]:
    return {
        "operation": name,
        "n": len(times),
        "p50_ms": bench_records.percentile(times, 50),
        "p95_ms": bench_records.percentile(times, 95),
        "goal_p95_ms": GOALS_MS.get(name),
    }


def first_page(app: QApplication, access: SessionAccess, user: Any, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        window = MainWindow(access, user)
        window.resize(1200, 760)
        window.show()
        window.clients.table.viewport().repaint()
        app.processEvents()
        times.append((time.perf_counter() - began) * 1000)
        assert window.clients.model.rowCount() > 0
        window.hide()
        window.clear()
        window.deleteLater()
        # Outside an event loop deleteLater waits for this (the app's loop does it).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return times


def type_ahead(app: QApplication, window: MainWindow, prefixes: list[str]) -> list[float]:
    times = []
    panel = window.clients
    for text in prefixes:
        panel.search_edit.blockSignals(True)
        panel.search_edit.setText(text)
        panel.search_edit.blockSignals(False)
        resets = panel.model.modelReset
        done: list[float] = []
        began = time.perf_counter()
        connection = resets.connect(lambda done=done: done.append(time.perf_counter()))
        panel.search_requested.emit(text)  # what the debounce timer does when it fires
        deadline = began + 30
        while not done:
            app.processEvents()
            if time.perf_counter() > deadline:
                raise RuntimeError(
                    f"no list update 30 s after searching {text!r}: {panel.status.text()!r}"
                )
        panel.table.viewport().repaint()
        app.processEvents()
        times.append((time.perf_counter() - began) * 1000)
        resets.disconnect(connection)
    return times


def open_files(app: QApplication, window: MainWindow, uuids: list[str]) -> list[float]:
    times = []
    for uuid in uuids:
        began = time.perf_counter()
        file = window.open_client(uuid)
        assert file is not None
        app.processEvents()
        times.append((time.perf_counter() - began) * 1000)
        window.close_current_file()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return times


def main() -> int:
    folder = bench_records.folder_for(bench_records.CLIENTS)
    bench_records.build(folder)
    app = QApplication(sys.argv[:1])
    bench_records.warm_os_cache(folder / "vault" / "vault.db")
    rng = random.Random(5)
    with vault.unlock(folder / "vault", bench_records.USER, bench_records.PASS) as session:
        access = SessionAccess(session)
        page = session.list_clients(limit=1000)
        names = [c.family_names for c in page if c.family_names]
        rows = [
            row(
                "first list page painted (after the KDF)", first_page(app, access, session.user, 30)
            )
        ]
        window = MainWindow(access, session.user)
        window.resize(1200, 760)
        window.show()
        app.processEvents()
        prefixes: list[str] = []
        while len(prefixes) < RUNS:
            # As typed (no trailing space, which the list strips), never the same twice
            # running (the list would not change, so there is nothing to time).
            prefix = rng.choice(names)[: rng.randint(1, 4)].strip()
            if prefix and (not prefixes or prefix != prefixes[-1]):
                prefixes.append(prefix)
        rows.append(
            row("type-ahead: debounce end to updated list", type_ahead(app, window, prefixes))
        )
        window.clients.search_edit.clear()
        window.clients.model.reload()
        picks = [c.uuid for c in rng.sample(page, min(len(page), max(20, RUNS // 4)))]
        rows.append(row("open a client file (GUI)", open_files(app, window, picks)))
        # RSS with the list open, after scrolling through a few thousand rows.
        model = window.clients.model
        for _ in range(30):
            model.fetchMore(QModelIndex())
        window.clients.table.scrollToBottom()
        app.processEvents()
        rss = rss_mb()
        window.clear()
        window.close()
        access.shutdown()
    print(f"\n{bench_records.CLIENTS:,} clients (seed {bench_records.SEED}), offscreen\n")
    print(f"{'operation':<46} {'p50 ms':>8} {'p95 ms':>8} {'goal p95':>9}")
    for r in rows:
        goal = f"{r['goal_p95_ms']:,.0f}" if r["goal_p95_ms"] else ""
        print(f"{r['operation']:<46} {r['p50_ms']:>8.1f} {r['p95_ms']:>8.1f} {goal:>9}")
    print(f"{'RSS with the list open (MB)':<46} {rss:>8.0f} {'':>8} {RSS_GOAL_MB:>9.0f}")
    bench_records.RESULTS.mkdir(exist_ok=True)
    # The one harness (bench.py) runs this in a child per size and names the file.
    out = Path(
        os.environ.get("CASEAPP_BENCH_OUT")
        or bench_records.RESULTS / f"gui-{time.strftime('%Y%m%dT%H%M%S')}.json"
    )
    machine = {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
    }
    out.write_text(json.dumps({"machine": machine, "rows": rows, "rss_mb": rss}, indent=1))
    print(f"\nwritten {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
