"""Memory and process (issue 10): after lock nothing of the session is left to
find, and while it runs no other process of the same user can read it.

The gc-based check runs a whole working session (client, records, search, PDF,
backup and its check, audit verify, rekey, passphrase changes) in a clean child
(memory_child.py) and then walks everything reachable: no open connection, no
connection at all, and no copy of any data key, audit MAC key or the passphrase.

The process check: caseapp makes itself non-dumpable at start (hardening.py).
Linux then refuses /proc/PID/mem, process_vm_readv and ptrace to every process
without CAP_SYS_PTRACE, even one of the same user. The tests run as root here,
so both sides first drop every capability (no_caps.py) — an ordinary user's
position. A control child that skips the hardening is read, so the reader works.
"""

from __future__ import annotations

import ctypes
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hardening_report import record

from caseapp.crypto import kdf
from caseapp.services import vault

HERE = Path(__file__).parent
TESTS = HERE.parent
PASSPHRASE = "correct horse battery staple 42"


def _session_child(tmp_path: Path, *flags: str) -> dict[str, Any]:
    path = tmp_path / "vault"
    vault.create_vault(path, "admin", PASSPHRASE, kdf_params=kdf.FLOOR)
    done = subprocess.run(
        [sys.executable, str(HERE / "memory_child.py"), str(path), "admin", *flags],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_after_lock_no_connection_and_no_key_is_reachable(tmp_path: Path) -> None:
    found = _session_child(tmp_path)
    hits = found["hits"]
    leaks = len(hits) + found["open_connections"] + found["closed_connections"]
    record("memory", runs=1, leaks=leaks)
    assert found["keys"] == 4
    assert hits == []
    assert found["open_connections"] == 0
    # Not even a closed one: the read guard and its connection no longer keep
    # each other alive after lock (they did, through C, out of the collector's sight).
    assert found["closed_connections"] == 0


def test_the_scan_finds_an_unlocked_sessions_connection_and_key(tmp_path: Path) -> None:
    found = _session_child(tmp_path, "--control")
    record("memory", runs=1)
    assert found["open_connections"] == 1
    assert "data key after rekey in a bytearray" in found["hits"]


# The target holds a planted secret and reports where it is; the reader, another
# process of the same user, tries to read it three ways.
TARGET = r"""
import os, sys
sys.path.insert(0, sys.argv[1])
from no_caps import drop_capabilities
drop_capabilities()
if sys.argv[2] == "hardened":
    from caseapp import hardening
    hardening.harden_process()
    assert hardening.is_dumpable() is False
secret = ("Zqxcautiva " + os.urandom(8).hex()).encode()
address = id(secret) + sys.getsizeof(b"") - 1   # ob_sval: the bytes' own storage
print(os.getpid(), hex(address), secret.decode(), flush=True)
sys.stdin.readline()
"""

READER = r"""
import ctypes, ctypes.util, os, sys
sys.path.insert(0, sys.argv[1])
from no_caps import drop_capabilities
drop_capabilities()
pid, address, length = int(sys.argv[2]), int(sys.argv[3], 16), int(sys.argv[4])
results = []
try:
    with open(f"/proc/{pid}/mem", "rb") as mem:
        mem.seek(address)
        results.append("mem:" + mem.read(length).decode(errors="replace"))
except OSError as exc:
    results.append(f"mem:refused errno {exc.errno}")
libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
class IoVec(ctypes.Structure):
    _fields_ = [("base", ctypes.c_void_p), ("len", ctypes.c_size_t)]
buf = ctypes.create_string_buffer(length)
local = IoVec(ctypes.cast(buf, ctypes.c_void_p), length)
remote = IoVec(address, length)
libc.process_vm_readv.restype = ctypes.c_ssize_t
got = libc.process_vm_readv(pid, ctypes.byref(local), 1, ctypes.byref(remote), 1, 0)
if got < 0:
    results.append(f"vm:refused errno {ctypes.get_errno()}")
else:
    results.append("vm:" + buf.raw[:got].decode(errors="replace"))
PTRACE_ATTACH, PTRACE_DETACH = 16, 17
libc.ptrace.restype = ctypes.c_long
if libc.ptrace(PTRACE_ATTACH, pid, None, None) != 0:
    results.append(f"ptrace:refused errno {ctypes.get_errno()}")
else:
    os.waitpid(pid, 0)
    libc.ptrace(PTRACE_DETACH, pid, None, None)
    results.append("ptrace:attached")
print("\n".join(results))
"""


def _read_from_another_process(mode: str) -> tuple[str, list[str]]:
    target = subprocess.Popen(
        [sys.executable, "-c", TARGET, str(TESTS), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert target.stdout is not None
        line = target.stdout.readline().strip().split(maxsplit=2)
        assert len(line) == 3, target.stderr.read() if target.stderr else ""
        pid, address, secret = line
        reader = subprocess.run(
            [sys.executable, "-c", READER, str(TESTS), pid, address, str(len(secret.encode()))],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert reader.returncode == 0, reader.stderr
        return secret, reader.stdout.splitlines()
    finally:
        target.communicate("\n", timeout=30)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl and /proc are Linux")
def test_another_process_of_the_same_user_cannot_read_caseapps_memory() -> None:
    secret, results = _read_from_another_process("hardened")
    leaks = sum(secret in r or r == "ptrace:attached" for r in results)
    record("memory", runs=1, faults=3, leaks=leaks)
    assert results == [
        "mem:refused errno 13",  # EACCES
        "vm:refused errno 1",  # EPERM
        "ptrace:refused errno 1",
    ]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl and /proc are Linux")
def test_the_reader_does_read_a_process_that_is_not_hardened() -> None:
    secret, results = _read_from_another_process("plain")
    record("memory", runs=1, faults=3)
    assert results[:2] == [f"mem:{secret}", f"vm:{secret}"]
    assert results[2] == "ptrace:attached"
    assert os.getuid() == os.geteuid()  # the suite itself was not changed by the children
    assert ctypes.sizeof(ctypes.c_void_p) == 8  # the ob_sval offset above assumes 64-bit
