"""Benchmark: case summary PDFs of about 3 and 30 pages, and the intake form.

Run with `make bench` (not part of `make test`). Prints a table and writes
JSON under tests/perf/results/. Synthetic data only.

Each document is timed end to end through the audited service (read the file,
record the print, render with the embedded subset fonts, encrypt with
AES-256 R6), and its render and encryption alone; sizes are of the encrypted
file. Goals (issue 6, this 2-core machine): 3-page summary <= 100 ms and
30-page <= 600 ms including encryption; <= 100 KB for 3 pages.
"""

from __future__ import annotations

import io
import json
import platform
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

import pypdf

from caseapp.core import records as rec
from caseapp.core import summary as summaries
from caseapp.core.clients import ClientIdentity
from caseapp.crypto.kdf import FLOOR
from caseapp.reports import protect, summary_pdf
from caseapp.services import vault
from caseapp.services.printing import Output

RUNS = 15
PASS = "benchmark passphrase for a synthetic vault"
PDF_PASSWORD = "benchmark pdf password"
RESULTS = Path(__file__).parent / "results"
GOALS_MS = {"summary ~3 pages": 100.0, "summary ~30 pages": 600.0}
SIZE_GOAL_KB = 100.0


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _timed(fn: object, runs: int = RUNS) -> tuple[list[float], bytes]:
    assert callable(fn)
    times, result = [], b""
    fn()  # warm: fonts registered, statements cached
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return times, result


def _client(s: vault.Session, notes: int) -> str:
    client = s.create_client(
        ClientIdentity("Nguyễn Thị", "Lan-Παπαδοπούλου", "Lana", date(1988, 3, 2)),
        records=[
            (rec.new_uuid(), rec.Identifier("a_number", "A123456789")),
            (rec.new_uuid(), rec.Phone("+1 213 555 0100", "mobile", safe_to_text=True)),
            (rec.new_uuid(), rec.Address("12 Calle Uno", city="Oakland", region="CA")),
            (rec.new_uuid(), rec.Income("1800.00", "monthly")),
        ],
    )
    for i in range(notes):
        s.add_record(
            client, rec.Note(f"Synthetic note {i}: " + "hearing prep, documents due. " * 20)
        )
    return client


def measure() -> list[dict[str, object]]:
    """Every document timed through the audited service, in a fresh vault."""
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="caseapp-bench-pdf-") as tmp:
        path = Path(tmp) / "vault"
        vault.create_vault(path, "bench", PASS, kdf_params=FLOOR)
        with vault.unlock(path, "bench", PASS) as s:
            cases = {
                "summary ~3 pages": (_client(s, 8), False),
                "summary ~30 pages": (_client(s, 200), True),
            }
            for name, (client, all_notes) in cases.items():

                def whole(client: str = client, all_notes: bool = all_notes) -> bytes:
                    return s.case_summary_pdf(
                        client,
                        summaries.Profile.FULL,
                        password=PDF_PASSWORD,
                        all_notes=all_notes,
                    )

                times, pdf = _timed(whole)
                pages = len(pypdf.PdfReader(io.BytesIO(pdf), password=PDF_PASSWORD).pages)
                file = s.read_client_file(client, reveal=True, reason="case_work", notes=100_000)
                summary = summaries.build(
                    file,
                    summaries.Profile.FULL,
                    eligibility=None,
                    generated_by="bench",
                    generated_at=datetime.now(),
                    checkpoint="1:00000000",
                    notes=None if all_notes else summaries.RECENT_NOTES,
                )
                render_times, plain = _timed(lambda summary=summary: summary_pdf.render(summary))
                encrypt_times, _ = _timed(lambda plain=plain: protect.encrypt(plain, PDF_PASSWORD))
                rows.append(
                    {
                        "document": name,
                        "pages": pages,
                        "kb": round(len(pdf) / 1024, 1),
                        "p50_ms": round(statistics.median(times), 1),
                        "p95_ms": round(_pct(times, 0.95), 1),
                        "render_p50_ms": round(statistics.median(render_times), 1),
                        "encrypt_p50_ms": round(statistics.median(encrypt_times), 1),
                        "goal_ms": GOALS_MS[name],
                    }
                )
            filled = cases["summary ~3 pages"][0]
            for name, client_uuid in (
                ("intake form, blank", None),
                ("intake form, pre-filled", filled),
            ):
                times, pdf = _timed(
                    lambda c=client_uuid: s.intake_form_pdf(c, password=PDF_PASSWORD)
                )
                rows.append(
                    {
                        "document": name,
                        "pages": len(pypdf.PdfReader(io.BytesIO(pdf), password=PDF_PASSWORD).pages),
                        "kb": round(len(pdf) / 1024, 1),
                        "p50_ms": round(statistics.median(times), 1),
                        "p95_ms": round(_pct(times, 0.95), 1),
                    }
                )
            preview_times, _ = _timed(
                lambda: s.case_summary_pdf(
                    filled, summaries.Profile.REFERRAL, password=None, output=Output.PREVIEW
                )
            )
            rows.append(
                {
                    "document": "summary ~3 pages, referral, unencrypted (preview)",
                    "p50_ms": round(statistics.median(preview_times), 1),
                    "p95_ms": round(_pct(preview_times, 0.95), 1),
                }
            )
    return rows


def main() -> int:
    rows = measure()
    print(
        f"{'document':52} {'pages':>5} {'KB':>7} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'render':>7} {'encrypt':>7}  goal"
    )
    for row in rows:
        goal = row.get("goal_ms")
        verdict = ""
        if goal is not None:
            ok = float(row["p95_ms"]) <= float(goal) and (
                row["document"] != "summary ~3 pages" or float(row["kb"]) <= SIZE_GOAL_KB
            )
            verdict = f"{'met' if ok else 'MISSED'} (<= {goal:.0f} ms"
            verdict += (
                f", <= {SIZE_GOAL_KB:.0f} KB)" if row["document"] == "summary ~3 pages" else ")"
            )
        print(
            f"{row['document']:52} {row.get('pages', ''):>5} {row.get('kb', ''):>7} "
            f"{row['p50_ms']:>8} {row['p95_ms']:>8} {row.get('render_p50_ms', ''):>7} "
            f"{row.get('encrypt_p50_ms', ''):>7}  {verdict}"
        )
    RESULTS.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    machine = {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "machine": platform.machine(),
        "processor": platform.processor(),
    }
    out = RESULTS / f"pdf-{stamp}.json"
    out.write_text(json.dumps({"machine": machine, "runs": RUNS, "rows": rows}, indent=1))
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
