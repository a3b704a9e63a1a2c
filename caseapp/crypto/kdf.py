"""Argon2id key derivation with bounds checked before any memory is spent."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from caseapp.core.errors import InvalidKdfParameters

KEY_BYTES = 32
SALT_BYTES = 16

# Ceiling: a crafted slot file must not be able to exhaust memory or time.
MAX_MEMORY_KIB = 1024 * 1024  # 1 GiB
MAX_ITERATIONS = 10
MAX_LANES = 8


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost parameters. Memory is in KiB."""

    memory_kib: int
    iterations: int
    lanes: int

    def check(self) -> None:
        """Raise InvalidKdfParameters unless within [FLOOR, ceiling]."""
        low = FLOOR
        for value in (self.memory_kib, self.iterations, self.lanes):
            if type(value) is not int:
                raise InvalidKdfParameters()
        if not (low.memory_kib <= self.memory_kib <= MAX_MEMORY_KIB):
            raise InvalidKdfParameters()
        if not (low.iterations <= self.iterations <= MAX_ITERATIONS):
            raise InvalidKdfParameters()
        if not (low.lanes <= self.lanes <= MAX_LANES):
            raise InvalidKdfParameters()
        if self.memory_kib < 8 * self.lanes:
            raise InvalidKdfParameters()


# Never below this, whatever the caller, environment or command line asks.
FLOOR = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)
DEFAULT = KdfParams(memory_kib=256 * 1024, iterations=3, lanes=4)

CALIBRATION_LOW_S = 0.5
CALIBRATION_HIGH_S = 1.0


# One derivation at a time in this process: two threads inside cryptography's
# Argon2id at once (50.0 on OpenSSL 4.0) hang for good, or fail with MemoryError.
# The GUI derives on worker threads (unlock, a passphrase change, a field seal).
_ONE_AT_A_TIME = threading.Lock()


def derive(secret: bytes | bytearray, salt: bytes, params: KdfParams) -> bytearray:
    """Derive a 32-byte key. Parameters are range-checked first."""
    params.check()
    if len(salt) != SALT_BYTES:
        raise InvalidKdfParameters()
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    with _ONE_AT_A_TIME:
        return bytearray(kdf.derive(bytes(secret)))


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def calibrate(
    *,
    timer: Callable[[KdfParams], float] | None = None,
    start: KdfParams = DEFAULT,
) -> KdfParams:
    """Pick parameters that take 0.5–1 s here, never below FLOOR.

    Starts at DEFAULT; too slow lowers memory (not below the floor), too fast
    raises iterations, then memory, within the ceilings.
    """
    measure = timer or _time_one
    params = start
    for _ in range(8):
        elapsed = measure(params)
        if elapsed > CALIBRATION_HIGH_S and params.memory_kib > FLOOR.memory_kib:
            params = KdfParams(
                max(FLOOR.memory_kib, params.memory_kib // 2), params.iterations, params.lanes
            )
        elif elapsed < CALIBRATION_LOW_S and params.iterations < MAX_ITERATIONS:
            scaled = int(params.iterations * (CALIBRATION_LOW_S * 1.4) / max(elapsed, 1e-3))
            params = KdfParams(
                params.memory_kib,
                min(MAX_ITERATIONS, max(params.iterations + 1, scaled)),
                params.lanes,
            )
        elif elapsed < CALIBRATION_LOW_S and params.memory_kib < MAX_MEMORY_KIB:
            params = KdfParams(
                min(MAX_MEMORY_KIB, params.memory_kib * 2), params.iterations, params.lanes
            )
        else:
            break
    params.check()
    return params


def _time_one(params: KdfParams) -> float:
    began = time.perf_counter()
    derive(b"calibration", new_salt(), params)
    return time.perf_counter() - began
