"""Coverage-guided fuzzing with atheris (issue 10, item 5): each target of
atheris_targets.py — the text parsers, CSV and JSON intake, the key file, an
uploaded document, a backup's and a bundle's header — run by libFuzzer in its
own process. A crash (an exception other than the target's refusal) or a hang
(-timeout) makes libFuzzer exit non-zero with the input saved; the test shows
it. Seeds from a real vault (its key file, a backup's header) let the fuzzer
start past the checksums.

atheris ships wheels for Linux x86-64, where CI runs; there its absence fails
the suite. On other machines the test says it was skipped and why.
"""

from __future__ import annotations

import importlib.util
import io
import platform
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hardening_report import record

from caseapp.services import vault
from caseapp.storage import backup

HARNESS = Path(__file__).with_name("atheris_targets.py")
TARGETS = ("text", "csv", "json", "keyfile", "document", "backup_header", "bundle_header")
SUPPORTED = sys.platform == "linux" and platform.machine() == "x86_64"


def _require_atheris() -> None:
    if importlib.util.find_spec("atheris") is not None:
        return
    if SUPPORTED:
        pytest.fail("atheris is not installed: run `make test` (it installs .[test])")
    pytest.skip(f"atheris has no wheel for {sys.platform}/{platform.machine()}")


@pytest.fixture(scope="module")
def real_seeds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """A real key file, and the header of a real backup."""
    from caseapp.crypto import kdf

    root = tmp_path_factory.mktemp("atheris-seeds")
    path = root / "vault"
    vault.create_vault(path, "admin", "correct horse battery staple 9x", kdf_params=kdf.FLOOR)
    with vault.unlock(path, "admin", "correct horse battery staple 9x") as session:
        session.backup(root / "office.cab")
    data = (root / "office.cab").read_bytes()
    _header, offset = backup.read_header(io.BytesIO(data))
    return {"keyfile": (path / "vault.keys").read_bytes(), "backup_header": data[:offset]}


def run(target: str, tmp: Path, seeds: dict[str, bytes], *flags: str) -> tuple[int, str, list[str]]:
    """libFuzzer's exit code, its output and the inputs it saved."""
    _require_atheris()
    corpus, artifacts = tmp / "corpus", tmp / "artifacts"
    corpus.mkdir()
    artifacts.mkdir()
    if target in seeds:
        (corpus / "real").write_bytes(seeds[target])
    result = subprocess.run(
        [
            sys.executable,
            str(HARNESS),
            target,
            str(corpus),
            "-timeout=30",
            "-rss_limit_mb=2048",
            "-print_final_stats=1",
            f"-artifact_prefix={artifacts}/",
            *flags,
        ],
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    output = result.stdout + result.stderr
    # libFuzzer's findings: crash-, timeout-, oom-, leak- (a slow-unit- file is
    # only a note that an input took over 10 s on a busy machine).
    found = sorted(p.name for p in artifacts.iterdir() if not p.name.startswith("slow-unit-"))
    return result.returncode, output, found


def fuzz(target: str, tmp: Path, seeds: dict[str, bytes], *flags: str) -> None:
    code, output, found = run(target, tmp, seeds, *flags)
    runs = re.search(r"stat::number_of_executed_units: (\d+)", output)
    record("fuzz", runs=1, inputs=int(runs.group(1)) if runs else 0, losses=len(found))
    assert code == 0, output[-4000:]
    assert found == []
    assert runs is not None


def test_a_planted_crash_is_caught_and_saved(tmp_path: Path) -> None:
    code, output, found = run("control", tmp_path, {}, "-runs=100")
    assert code != 0
    assert "ValueError: planted" in output
    assert [name.split("-")[0] for name in found] == ["crash"]


@pytest.mark.parametrize("target", TARGETS)
def test_atheris_finds_no_crash_or_hang(
    target: str, tmp_path: Path, real_seeds: dict[str, bytes]
) -> None:
    fuzz(target, tmp_path, real_seeds, "-runs=20000", "-max_len=8192")


@pytest.mark.slow
@pytest.mark.parametrize("target", TARGETS)
def test_atheris_longer(target: str, tmp_path: Path, real_seeds: dict[str, bytes]) -> None:
    fuzz(target, tmp_path, real_seeds, "-runs=5000000", "-max_total_time=60", "-max_len=65536")
