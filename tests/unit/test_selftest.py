"""``caseapp --self-test``: every step passes here, a failing step is named, nothing is left."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from caseapp import selftest
from caseapp.selftest import STEPS, Step

LINES = [f"ok  {step.name}" for step in STEPS] + [f"ok  {selftest.CLEAN_UP}"]


def _step_lines(output: str) -> list[str]:
    return [line.split(" (")[0] for line in output.splitlines() if line.startswith(("ok", "FAIL"))]


def _leftovers(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if "selftest" in p.name)


def test_self_test_passes_in_process(temp_root: Path) -> None:
    before = set(temp_root.iterdir())
    out = io.StringIO()
    assert selftest.run(out) == 0, out.getvalue()
    assert _step_lines(out.getvalue()) == LINES
    assert out.getvalue().splitlines()[-1].startswith("self-test passed in ")
    assert set(temp_root.iterdir()) == before


def test_self_test_command_needs_no_vault_or_passphrase(temp_root: Path, tmp_path: Path) -> None:
    before = set(temp_root.iterdir())
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)  # no display: the self-test goes offscreen itself
    result = subprocess.run(
        [sys.executable, "-m", "caseapp", "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert _step_lines(result.stdout) == LINES
    assert "ok  start Qt (offscreen)" in result.stdout
    assert set(temp_root.iterdir()) == before
    assert list(tmp_path.iterdir()) == []


def test_failed_step_exits_1_naming_it(
    monkeypatch: pytest.MonkeyPatch, temp_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[Path] = []

    def broken_search(state: selftest._State) -> str:
        seen.append(state.folder)
        raise KeyError("private detail")

    steps = tuple(Step(s.name, broken_search) if s.name == "search" else s for s in STEPS)
    monkeypatch.setattr(selftest, "STEPS", steps)
    before = set(temp_root.iterdir())
    out = io.StringIO()
    assert selftest.run(out) == 1
    lines = out.getvalue().splitlines()
    assert lines == ["ok  create vault", "ok  add client", "FAIL  search (KeyError)"]
    assert "private detail" not in out.getvalue() + capsys.readouterr().err
    # The vault made before the failure is gone with its folder.
    assert seen
    assert not seen[0].exists()
    assert set(temp_root.iterdir()) == before
    assert _leftovers(temp_root) == []


def test_a_folder_left_behind_after_a_failed_step_is_reported(
    monkeypatch: pytest.MonkeyPatch, temp_root: Path
) -> None:
    def broken_search(state: selftest._State) -> str:
        raise KeyError("search")

    steps = tuple(Step(s.name, broken_search) if s.name == "search" else s for s in STEPS)
    monkeypatch.setattr(selftest, "STEPS", steps)
    real_rmtree = shutil.rmtree
    monkeypatch.setattr(selftest.shutil, "rmtree", lambda *_a, **_k: None)  # cannot remove
    out = io.StringIO()
    assert selftest.run(out) == 1
    lines = _step_lines(out.getvalue())
    assert lines[-2:] == ["FAIL  search", f"FAIL  {selftest.CLEAN_UP}"]
    for left in _leftovers(temp_root):  # what the broken rmtree left: clean up here
        real_rmtree(left)


def test_check_failure_names_what_did_not_hold(monkeypatch: pytest.MonkeyPatch) -> None:
    from caseapp.gui import self_checks

    monkeypatch.setattr(self_checks, "UNLOCK_ES", "something else")
    out = io.StringIO()
    assert selftest.run(out) == 1
    assert out.getvalue().splitlines()[-1] == (
        "FAIL  translations (SelfTestFailure: the Spanish catalogue does not translate)"
    )


def test_self_test_takes_no_command(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "caseapp", "--self-test", "info"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert result.returncode == 2
    assert "takes no command" in result.stderr


def test_self_test_runs_with_the_network_gone(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def refuse(*args: object, **kwargs: object) -> object:
        raise AssertionError("the self-test tried to use the network")

    for name in ("socket", "create_connection", "getaddrinfo"):
        monkeypatch.setattr(socket, name, refuse)
    out = io.StringIO()
    assert selftest.run(out) == 0, out.getvalue()
