"""The failed-unlock counter beside the vault."""

from __future__ import annotations

import json
import stat
import time
import tracemalloc
from pathlib import Path

import pytest

from caseapp.storage import unlock_attempts
from caseapp.storage.unlock_attempts import FREE_ATTEMPTS, MAX_DELAY_S, Attempts


def test_three_free_attempts_then_growing_delays() -> None:
    delays = [Attempts(failures=n).delay() for n in range(8)]
    assert delays[:FREE_ATTEMPTS] == [0.0] * FREE_ATTEMPTS
    assert delays[FREE_ATTEMPTS] > 0
    assert delays[FREE_ATTEMPTS:] == sorted(delays[FREE_ATTEMPTS:])
    assert delays[-1] > delays[FREE_ATTEMPTS]
    assert Attempts(failures=100).delay() == MAX_DELAY_S


@pytest.mark.parametrize("failures", [10**6, 10**9, 10**12, 2**62])
def test_a_huge_failure_count_is_capped_instantly(failures: int) -> None:
    began = time.perf_counter()
    attempts = Attempts(failures=failures, last_failure=1000.0)
    assert attempts.delay() == MAX_DELAY_S
    assert attempts.remaining(now=1000.0) == MAX_DELAY_S
    assert attempts.remaining(now=1000.0 + MAX_DELAY_S + 1) == 0.0
    assert time.perf_counter() - began < 0.5


def test_remaining_counts_down() -> None:
    attempts = Attempts(failures=FREE_ATTEMPTS, last_failure=1000.0)
    wait = attempts.delay()
    assert attempts.remaining(now=1000.0) == wait
    assert attempts.remaining(now=1000.0 + wait / 2) == pytest.approx(wait / 2)
    assert attempts.remaining(now=1000.0 + wait + 0.01) == 0.0


def test_a_clock_moved_back_does_not_lock_anyone_out_forever() -> None:
    attempts = Attempts(failures=50, last_failure=10**12)
    assert 0 < attempts.remaining(now=1000.0) <= MAX_DELAY_S


def test_record_and_clear(tmp_path: Path) -> None:
    assert unlock_attempts.read(tmp_path) == Attempts()
    for n in range(1, 5):
        got = unlock_attempts.record_failure(tmp_path, "someone", now=100.0 + n)
        assert got.failures == n
    stored = unlock_attempts.read(tmp_path)
    assert stored.failures == 4
    assert stored.last_failure == 104.0
    assert [u for _, u in stored.log] == ["someone"] * 4
    path = tmp_path / unlock_attempts.FILE_NAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    unlock_attempts.clear(tmp_path)
    assert unlock_attempts.read(tmp_path) == Attempts()


def test_a_long_user_name_is_cut(tmp_path: Path) -> None:
    unlock_attempts.record_failure(tmp_path, "x" * 5000)
    assert len(unlock_attempts.read(tmp_path).log[0][1]) == 64


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{",
        b"[]",
        b"[" * 100_000,
        b'{"failures": "many"}',
        b"\xff\xfe",
        json.dumps({"x": 1}).encode(),
    ],
)
def test_a_damaged_file_does_not_lock_the_office_out(tmp_path: Path, content: bytes) -> None:
    (tmp_path / unlock_attempts.FILE_NAME).write_bytes(content)
    attempts = unlock_attempts.read(tmp_path)
    assert attempts.remaining() == 0.0
    # …but the next failure is slowed at once.
    assert unlock_attempts.record_failure(tmp_path, "u").remaining() > 0


def test_a_huge_attempts_file_is_not_read_whole(tmp_path: Path) -> None:
    with (tmp_path / unlock_attempts.FILE_NAME).open("wb") as fh:
        fh.truncate(256 * 1024 * 1024)  # sparse
    tracemalloc.start()
    try:
        attempts = unlock_attempts.read(tmp_path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert attempts.remaining() == 0.0
    assert peak < 16 * 1024 * 1024


def test_a_full_log_still_fits_the_read_limit(tmp_path: Path) -> None:
    for n in range(260):
        unlock_attempts.record_failure(tmp_path, "n" * 64 + str(n), now=float(n))
    stored = unlock_attempts.read(tmp_path)
    assert stored.failures == 260
    assert len(stored.log) == 200
