"""vault.keys parsing never fails with anything but CorruptKeyFile."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseapp.core.errors import CorruptKeyFile
from caseapp.crypto import slots
from caseapp.crypto.kdf import FLOOR
from caseapp.storage import keyfile
from caseapp.storage.keyfile import KeyFile

SETTINGS = settings(
    max_examples=300,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def _valid() -> bytes:
    vault_id = "c" * 32
    key = slots.new_data_key()
    user = slots.create_slot(vault_id, "user", "alice", bytearray(b"pass"), key, 1, FLOOR)
    rec = slots.create_slot(vault_id, "recovery", None, bytearray(20), key, 1, FLOOR)
    staged = slots.with_next_key(vault_id, user, slots.new_data_key(), 2)
    return keyfile.serialize(KeyFile(vault_id, 3, (staged, rec)))


VALID = _valid()


def parse_or_corrupt(data: bytes) -> KeyFile | None:
    try:
        return keyfile.parse(data)
    except CorruptKeyFile:
        return None


@SETTINGS
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(data: bytes) -> None:
    parse_or_corrupt(data)


@SETTINGS
@given(st.data())
def test_byte_mutations_of_a_valid_file(data: st.DataObject) -> None:
    buf = bytearray(VALID)
    for _ in range(data.draw(st.integers(1, 8))):
        pos = data.draw(st.integers(0, len(buf) - 1))
        action = data.draw(st.sampled_from(["flip", "set", "delete", "insert"]))
        if action == "flip":
            buf[pos] ^= 1 << data.draw(st.integers(0, 7))
        elif action == "set":
            buf[pos] = data.draw(st.integers(0, 255))
        elif action == "delete":
            del buf[pos]
        else:
            buf.insert(pos, data.draw(st.integers(0, 255)))
        if not buf:
            break
    parse_or_corrupt(bytes(buf))


@SETTINGS
@given(st.integers(0, len(VALID)))
def test_truncations(cut: int) -> None:
    parsed = parse_or_corrupt(VALID[:cut])
    if cut < len(VALID) - 2:
        assert parsed is None


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _paths(obj: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(obj, dict):
        for k, v in obj.items():
            found += _paths(v, (*prefix, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            found += _paths(v, (*prefix, i))
    return found


DOC = json.loads(VALID)
PATHS = [p for p in _paths(DOC) if p]


def _recompute(doc: Any) -> None:
    """Make the checksums match again, as a deliberate attacker would."""
    if not isinstance(doc, dict):
        return
    header = {k: doc.get(k) for k in ("format", "version", "vault_id", "serial")}
    doc["header_sha256"] = keyfile.hashlib.sha256(keyfile._canonical(header)).hexdigest()
    entries = doc.get("slots")
    if isinstance(entries, list):
        for entry in entries:
            if isinstance(entry, dict) and "slot" in entry:
                digest = keyfile.hashlib.sha256(keyfile._canonical(entry["slot"]))
                entry["sha256"] = digest.hexdigest()


@SETTINGS
@given(st.sampled_from(PATHS), JSON_VALUES, st.booleans())
def test_structural_mutations_with_recomputed_checksums(
    path: tuple[Any, ...], value: Any, recompute: bool
) -> None:
    doc = json.loads(VALID)
    target = doc
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    if recompute:
        _recompute(doc)
    parsed = parse_or_corrupt(json.dumps(doc).encode())
    if parsed is not None:
        # Whatever survived parsing serializes again without error.
        keyfile.serialize(parsed)


@pytest.mark.parametrize("depth", [10, 500, 5000, 100_000])
def test_deep_nesting(depth: int) -> None:
    parse_or_corrupt(b"[" * depth + b"]" * depth)
    parse_or_corrupt(b'{"slots":' + b"[" * depth + b"]" * depth + b"}")


@pytest.mark.parametrize("depth", [10, 900, 995, 5000])
def test_deep_nesting_inside_a_slot(depth: int) -> None:
    doc = json.loads(VALID)
    body = "[" * depth + "]" * depth
    text = json.dumps(doc).replace(json.dumps(doc["slots"][0]["slot"]), body, 1)
    parse_or_corrupt(text.encode())
