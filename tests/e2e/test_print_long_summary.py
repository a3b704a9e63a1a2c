"""A 200-page summary: a client with thousands of notes renders, numbers every
page and stays within memory. Run in its own process so the peak resident size
measured is this print's, not the test session's."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pypdf

PEAK_RSS_LIMIT_MB = 400  # the whole process: Python, SQLCipher, reportlab and the PDF

SCRIPT = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from caseapp.core import records as rec
    from caseapp.core.clients import ClientIdentity
    from caseapp.core.summary import Profile
    from caseapp.crypto.kdf import FLOOR
    from caseapp.services import vault

    path, out = Path(sys.argv[1]), Path(sys.argv[2])
    PASS = "correct horse battery staple 42"
    vault.create_vault(path, "ana", PASS, kdf_params=FLOOR)
    with vault.unlock(path, "ana", PASS) as s:
        client = s.create_client(ClientIdentity("Ελένη", "Παπαδοπούλου-Kowalczyk"))
        for i in range(1500):
            body = f"Note {i:04d}: " + ("called about the hearing, documents still due; " * 12)
            s.add_record(client, rec.Note(body, privileged=i % 7 == 0))
        started = time.perf_counter()
        pdf = s.case_summary_pdf(
            client, Profile.FULL, password="a long pdf password", all_notes=True
        )
        seconds = time.perf_counter() - started
    out.write_bytes(pdf)
    # VmHWM: this process image's peak (ru_maxrss would carry the forking
    # parent's peak across exec, and pytest's is large).
    status = Path("/proc/self/status").read_text()
    peak = int(next(l for l in status.splitlines() if l.startswith("VmHWM:")).split()[1]) // 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "bytes": len(pdf)}))
    """
)


def test_a_200_page_summary_renders_paginates_and_stays_in_memory(tmp_path: Path) -> None:
    out = tmp_path / "long.pdf"
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "vault"), str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        env=os.environ.copy(),
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()), password="a long pdf password")
    total = len(reader.pages)
    assert total >= 200, total
    for number in (1, total // 2, total):
        text = reader.pages[number - 1].extract_text()
        assert f"page {number} of {total}" in text
        assert "Confidential — attorney–client privileged" in text
    whole = " ".join(page.extract_text() for page in reader.pages)
    assert "Note 0000:" in whole
    assert "Note 1499:" in whole
    assert whole.index("Note 1499:") < whole.index("Note 0000:")  # newest first
    assert result["peak_mb"] < PEAK_RSS_LIMIT_MB, result
    print(f"\n200-page summary: {total} pages, {result}")
