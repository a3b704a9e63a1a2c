"""What is still reachable in this process after a lock (issue 10, memory).

A gc-based check: every object the collector can reach from its roots, the
untracked ones too (bytes, str), is looked at for an open database connection
or a copy of a key. Memory already freed is not looked at — see the README's
threat model for what that leaves.

The keys a check looks for are held here only masked (XOR with a random pad),
rebuilt for the scan and excluded from it by identity, so the test's own
copies are never counted as the program's.
"""

from __future__ import annotations

import gc
import secrets
from dataclasses import dataclass, field
from typing import Any

import sqlcipher3


class Masked:
    """A secret held XORed with a random pad of its length."""

    def __init__(self, label: str, value: bytes | bytearray) -> None:
        self.label = label
        self._pad = secrets.token_bytes(len(value))
        self._masked = bytes(a ^ b for a, b in zip(value, self._pad, strict=True))

    def reveal(self) -> bytes:
        return bytes(a ^ b for a, b in zip(self._masked, self._pad, strict=True))


def reachable() -> list[Any]:
    """Every object reachable from the collector's roots, untracked ones included."""
    gc.collect()
    seen: set[int] = set()
    found: list[Any] = []
    stack = gc.get_objects()
    while stack:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        found.append(obj)
        stack.extend(gc.get_referents(obj))
    return found


@dataclass
class Findings:
    objects: int = 0
    open_connections: int = 0
    closed_connections: int = 0
    hits: list[str] = field(default_factory=list)


def scan(keys: list[Masked], texts: dict[str, str] | None = None) -> Findings:
    """Look through everything reachable for an open connection, a key (raw or
    hex, either case) or one of ``texts`` (label -> secret text)."""
    probes: list[tuple[str, bytes | str]] = []
    for key in keys:
        raw = key.reveal()
        probes += [(key.label, raw), (f"{key.label} (hex)", raw.hex())]
        probes.append((f"{key.label} (HEX)", raw.hex().upper()))
    probes += list((texts or {}).items())
    ours = {id(probes), *(id(p) for p in probes), *(id(v) for _, v in probes)}
    found = Findings()
    objects = reachable()
    found.objects = len(objects)
    ours.add(id(objects))
    for obj in objects:
        if id(obj) in ours:
            continue
        if isinstance(obj, sqlcipher3.Connection):
            try:
                obj.execute("SELECT 1")
            except sqlcipher3.ProgrammingError:
                found.closed_connections += 1
            else:
                found.open_connections += 1
        elif isinstance(obj, (bytes, bytearray, memoryview)):
            blob = bytes(obj)
            found.hits += [
                f"{label} in a {type(obj).__name__}"
                for label, p in probes
                if isinstance(p, bytes) and p in blob
            ]
        elif isinstance(obj, str):
            found.hits += [
                f"{label} in a str" for label, p in probes if isinstance(p, str) and p in obj
            ]
    del objects
    found.hits = sorted(set(found.hits))
    return found
