"""Argon2id parameters: range-checked before any memory is spent; calibration."""

from __future__ import annotations

import time

import pytest

from caseapp.core.errors import InvalidKdfParameters
from caseapp.crypto import kdf
from caseapp.crypto.kdf import FLOOR, MAX_ITERATIONS, MAX_LANES, MAX_MEMORY_KIB, KdfParams

SALT = bytes(range(16))


def test_floor_is_the_designed_minimum() -> None:
    assert KdfParams(64 * 1024, 3, 4) == FLOOR
    FLOOR.check()
    kdf.DEFAULT.check()


@pytest.mark.parametrize(
    "params",
    [
        pytest.param(KdfParams(FLOOR.memory_kib - 1, 3, 4), id="memory-below-floor"),
        pytest.param(KdfParams(MAX_MEMORY_KIB + 1, 3, 4), id="memory-above-ceiling"),
        pytest.param(KdfParams(FLOOR.memory_kib, 2, 4), id="iterations-below-floor"),
        pytest.param(KdfParams(FLOOR.memory_kib, MAX_ITERATIONS + 1, 4), id="iterations-above"),
        pytest.param(KdfParams(FLOOR.memory_kib, 3, 3), id="lanes-below-floor"),
        pytest.param(KdfParams(FLOOR.memory_kib, 3, MAX_LANES + 1), id="lanes-above-ceiling"),
        pytest.param(KdfParams(0, 0, 0), id="zeros"),
        pytest.param(KdfParams(-1, 3, 4), id="negative-memory"),
        pytest.param(KdfParams(float(FLOOR.memory_kib), 3, 4), id="float-memory"),  # type: ignore[arg-type]
        pytest.param(KdfParams(FLOOR.memory_kib, "3", 4), id="str-iterations"),  # type: ignore[arg-type]
        pytest.param(KdfParams(FLOOR.memory_kib, 3, True), id="bool-lanes"),  # type: ignore[arg-type]
        pytest.param(KdfParams(FLOOR.memory_kib, 3.0, 4), id="float-iterations"),  # type: ignore[arg-type]
        pytest.param(KdfParams(None, 3, 4), id="none-memory"),  # type: ignore[arg-type]
    ],
)
def test_out_of_range_or_non_int_parameters_are_refused(params: KdfParams) -> None:
    with pytest.raises(InvalidKdfParameters):
        params.check()
    with pytest.raises(InvalidKdfParameters):
        kdf.derive(b"secret", SALT, params)


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(MAX_MEMORY_KIB, 3, 4),
        KdfParams(FLOOR.memory_kib, MAX_ITERATIONS, 4),
        KdfParams(FLOOR.memory_kib, 3, MAX_LANES),
    ],
)
def test_the_ceilings_themselves_are_allowed(params: KdfParams) -> None:
    params.check()


def test_no_caller_can_lower_the_floor() -> None:
    weak = KdfParams(8, 1, 1)
    with pytest.raises(TypeError):
        weak.check(floor=weak)  # type: ignore[call-arg]
    with pytest.raises(InvalidKdfParameters):
        kdf.derive(b"secret", SALT, weak)


def test_huge_memory_request_is_refused_in_milliseconds() -> None:
    began = time.perf_counter()
    with pytest.raises(InvalidKdfParameters):
        kdf.derive(b"secret", SALT, KdfParams(2**32, 3, 4))
    assert time.perf_counter() - began < 0.5


@pytest.mark.parametrize("size", [0, 8, 15, 17, 32])
def test_wrong_salt_length_is_refused(size: int) -> None:
    with pytest.raises(InvalidKdfParameters):
        kdf.derive(b"secret", b"s" * size, FLOOR)


def test_derive_is_deterministic_and_depends_on_every_input() -> None:
    base = kdf.derive(b"secret", SALT, FLOOR)
    assert isinstance(base, bytearray)
    assert len(base) == kdf.KEY_BYTES
    assert kdf.derive(bytearray(b"secret"), SALT, FLOOR) == base
    assert kdf.derive(b"secreT", SALT, FLOOR) != base
    assert kdf.derive(b"secret", bytes(16), FLOOR) != base
    assert kdf.derive(b"secret", SALT, KdfParams(FLOOR.memory_kib, 4, 4)) != base


def test_new_salt_is_random_16_bytes() -> None:
    salts = {kdf.new_salt() for _ in range(20)}
    assert len(salts) == 20
    assert all(len(s) == kdf.SALT_BYTES for s in salts)


# -- calibration with a fake clock -------------------------------------------


def test_calibrate_too_slow_halves_memory_down_to_the_floor_only() -> None:
    seen: list[KdfParams] = []

    def slow(params: KdfParams) -> float:
        seen.append(params)
        return 5.0

    result = kdf.calibrate(timer=slow)
    assert result == FLOOR
    memories = [p.memory_kib for p in seen]
    assert memories[:3] == [256 * 1024, 128 * 1024, 64 * 1024]
    assert all(m >= FLOOR.memory_kib for m in memories)


def test_calibrate_too_slow_at_the_floor_stays_at_the_floor() -> None:
    assert kdf.calibrate(timer=lambda p: 30.0, start=FLOOR) == FLOOR


def test_calibrate_too_fast_raises_iterations() -> None:
    def fast(params: KdfParams) -> float:
        # Linear cost model: 0.02 s per (64 MiB x 1 pass).
        return 0.02 * params.iterations * params.memory_kib / FLOOR.memory_kib

    result = kdf.calibrate(timer=fast)
    assert result.iterations > kdf.DEFAULT.iterations
    assert kdf.CALIBRATION_LOW_S <= fast(result) <= kdf.CALIBRATION_HIGH_S * 1.5
    result.check()


def test_calibrate_very_fast_machine_stays_within_the_ceilings() -> None:
    result = kdf.calibrate(timer=lambda p: 0.001)
    result.check()
    assert result.iterations == MAX_ITERATIONS
    assert result.memory_kib <= MAX_MEMORY_KIB
    assert result.memory_kib > kdf.DEFAULT.memory_kib


def test_calibrate_in_range_keeps_the_default() -> None:
    assert kdf.calibrate(timer=lambda p: 0.7) == kdf.DEFAULT


@pytest.mark.parametrize("elapsed", [0.0, 0.001, 0.3, 0.7, 1.5, 9.0, 1000.0])
def test_calibrate_never_returns_below_floor(elapsed: float) -> None:
    for start in (kdf.DEFAULT, FLOOR):
        result = kdf.calibrate(timer=lambda p: elapsed, start=start)
        assert result.memory_kib >= FLOOR.memory_kib
        assert result.iterations >= FLOOR.iterations
        assert result.lanes >= FLOOR.lanes
        result.check()


def test_calibrate_cannot_start_below_the_floor() -> None:
    with pytest.raises(InvalidKdfParameters):
        kdf.calibrate(timer=lambda p: 5.0, start=KdfParams(1024, 1, 1))


def test_two_threads_deriving_at_once_both_finish() -> None:
    # cryptography's Argon2id hangs when two threads run it at once; derive()
    # takes turns. A hang shows as a thread still alive after a generous wait.
    import threading

    results: list[bytearray] = []
    threads = [
        threading.Thread(
            target=lambda: results.append(kdf.derive(b"x" * 20, kdf.new_salt(), kdf.FLOOR)),
            daemon=True,  # a regression fails the test instead of hanging the run
        )
        for _ in range(3)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(t.is_alive() for t in threads)
    assert len(results) == 3
    assert all(len(r) == kdf.KEY_BYTES for r in results)
