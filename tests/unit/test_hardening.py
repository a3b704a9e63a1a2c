"""Process hardening: no core files, not dumpable, crash output without messages or values."""

from __future__ import annotations

import subprocess
import sys

import pytest

CHILD = r"""
import resource, sys
from caseapp import hardening
hardening.harden_process()
print("core", resource.getrlimit(resource.RLIMIT_CORE))
print("dumpable", hardening.is_dumpable())
secret = "Zyxwqv Plantedname A123456789"
def open_client_file(name):
    raise ValueError("no such client: " + name)
open_client_file(secret)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux-only")
def test_hardened_process_has_no_core_and_is_not_dumpable() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=60, check=False
    )
    assert "core (0, 0)" in result.stdout
    assert "dumpable False" in result.stdout
    # The crash is reported with where it happened, never with the message.
    assert result.returncode == 1
    assert "ValueError" in result.stderr
    assert "open_client_file" in result.stderr
    assert "Plantedname" not in result.stderr
    assert "A123456789" not in result.stderr
    assert "Plantedname" not in result.stdout


def test_entry_point_hardens_before_running_a_command() -> None:
    child = (
        "import sys\n"
        "from caseapp import app, hardening\n"
        "try:\n"
        "    app.main(['--version'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('dumpable', hardening.is_dumpable())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", child], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "caseapp 0." in result.stdout
    if sys.platform.startswith("linux"):
        assert "dumpable False" in result.stdout


def test_thread_and_unraisable_errors_are_redacted_too() -> None:
    child = (
        "import threading\n"
        "from caseapp import hardening\n"
        "hardening.harden_process()\n"
        "def work():\n"
        "    raise ValueError('client Zyxwqv Plantedname')\n"
        "t = threading.Thread(target=work); t.start(); t.join()\n"
        "class Leaky:\n"
        "    def __del__(self):\n"
        "        raise RuntimeError('A123456789 Plantedname')\n"
        "Leaky()\n"
        "print('still running')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", child], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "still running" in result.stdout
    assert "ValueError" in result.stderr
    assert "RuntimeError" in result.stderr
    assert "Plantedname" not in result.stderr
    assert "A123456789" not in result.stderr
