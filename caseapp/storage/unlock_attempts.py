"""Failed-unlock counter, kept beside the vault (it cannot go inside: the vault is shut).

Holds only counts, times and the user names tried — no client data. Someone
who copies the files can attack them offline anyway; Argon2id is the defence
there. This slows guessing at the keyboard.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from caseapp.storage.atomic import write_atomic

FILE_NAME = "vault.attempts"
FREE_ATTEMPTS = 3
MAX_DELAY_S = 300.0
_MAX_RECORDED = 200
_MAX_FILE_BYTES = 256 * 1024


@dataclass
class Attempts:
    failures: int = 0
    last_failure: float = 0.0
    # (time, user name tried) for each failure since the last good unlock.
    log: list[tuple[float, str]] = field(default_factory=list)

    def delay(self) -> float:
        """Seconds the next attempt must wait after the last failure."""
        if self.failures < FREE_ATTEMPTS:
            return 0.0
        # Cap the exponent: a damaged or crafted count must not cost a huge power.
        exponent = min(self.failures - FREE_ATTEMPTS + 1, 32)
        return float(min(MAX_DELAY_S, 2**exponent))

    def remaining(self, now: float | None = None) -> float:
        now = time.time() if now is None else now
        if self.last_failure > now:  # clock moved back: don't lock anyone out forever
            return min(self.delay(), MAX_DELAY_S)
        return max(0.0, self.last_failure + self.delay() - now)


def _moment(value: object) -> float:
    """A Unix time up to the year 2200 (0 when cleared); NaN, infinity or 1e20 is damage."""
    moment = float(value)  # type: ignore[arg-type]
    if not 0.0 <= moment <= 7_258_118_400.0:
        raise ValueError("implausible time")
    return moment


def read(directory: Path) -> Attempts:
    try:
        with (directory / FILE_NAME).open("rb") as fh:
            raw = fh.read(_MAX_FILE_BYTES + 1)  # a huge file must not fill memory
        if len(raw) > _MAX_FILE_BYTES:
            raise ValueError("too large")
        doc = json.loads(raw.decode("utf-8"))
        if not isinstance(doc, dict):
            raise ValueError("not an object")
        log = [(_moment(t), str(u)[:64]) for t, u in doc.get("log", [])][:_MAX_RECORDED]
        failures = int(doc["failures"])
        if not 0 <= failures <= 1_000_000:
            raise ValueError("implausible failure count")
        return Attempts(failures, _moment(doc["last_failure"]), log)
    except FileNotFoundError:
        return Attempts()
    except (OSError, ValueError, KeyError, TypeError, RecursionError, OverflowError):
        # Damaged: no wait now (that could lock the office out), but the next
        # failure is slowed at once.
        return Attempts(failures=FREE_ATTEMPTS)


def record_failure(directory: Path, user: str, now: float | None = None) -> Attempts:
    attempts = read(directory)
    now = time.time() if now is None else now
    attempts.failures += 1
    attempts.last_failure = now
    attempts.log = [*attempts.log, (now, user[:64])][-_MAX_RECORDED:]
    _write(directory, attempts)
    return attempts


def clear(directory: Path) -> None:
    if (directory / FILE_NAME).exists():
        _write(directory, Attempts())


def _write(directory: Path, attempts: Attempts) -> None:
    data = json.dumps(
        {"failures": attempts.failures, "last_failure": attempts.last_failure, "log": attempts.log}
    ).encode("utf-8")
    write_atomic(directory / FILE_NAME, data)
