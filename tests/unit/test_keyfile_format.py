"""vault.keys: the JSON format, per-slot checksums, and atomic two-copy writes."""

from __future__ import annotations

import json
import os
import stat
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from caseapp.core.errors import CorruptKeyFile, StorageFailure, VaultNotFound
from caseapp.crypto import slots
from caseapp.crypto.kdf import FLOOR
from caseapp.storage import atomic, keyfile
from caseapp.storage.keyfile import KeyFile

VAULT = "f" * 32


@pytest.fixture(scope="module")
def sample() -> KeyFile:
    key = slots.new_data_key()
    made = [
        slots.create_slot(VAULT, "user", name, slots.secret_from_passphrase(name), key, 1, FLOOR)
        for name in ("alice", "bob")
    ]
    rec = slots.create_slot(VAULT, "recovery", None, bytearray(20), key, 1, FLOOR)
    staged = slots.with_next_key(VAULT, made[1], slots.new_data_key(), 2)
    return KeyFile(VAULT, 7, (made[0], staged, rec))


def doc_of(kf: KeyFile) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(keyfile.serialize(kf))
    return result


def test_serialize_parse_round_trip(sample: KeyFile) -> None:
    data = keyfile.serialize(sample)
    parsed = keyfile.parse(data)
    assert parsed == sample
    assert parsed.damaged == frozenset()
    assert keyfile.serialize(parsed) == data
    assert parsed.user_names() == ["alice", "bob"]
    assert parsed.user_slot("ALICE") == sample.slots[0]
    assert parsed.recovery_slot() == sample.slots[2]


def test_the_file_is_ascii_json_with_no_secret_fields(sample: KeyFile) -> None:
    data = keyfile.serialize(sample)
    data.decode("ascii")
    doc = json.loads(data)
    assert doc["format"] == "caseapp-keys"
    assert doc["vault_id"] == VAULT
    text = data.decode()
    assert "passphrase" not in text.lower()


def test_a_damaged_slot_leaves_the_others_usable(sample: KeyFile) -> None:
    doc = doc_of(sample)
    alice = doc["slots"][0]["slot"]
    alice["kdf"]["iterations"] = 4  # checksum no longer matches
    parsed = keyfile.parse(json.dumps(doc).encode())
    assert parsed.damaged == frozenset({sample.slots[0].slot_id})
    assert parsed.user_slot("alice") is None
    assert parsed.user_slot("bob") == sample.slots[1]
    assert parsed.recovery_slot() == sample.slots[2]


@pytest.mark.parametrize(
    "mangle",
    [
        lambda d: d["slots"].__setitem__(0, "not a slot"),
        lambda d: d["slots"][0].pop("sha256"),
        lambda d: d["slots"][0]["slot"].pop("private"),
        lambda d: d["slots"][0]["slot"]["private"].__setitem__("ct", "!!notbase64"),
    ],
)
def test_malformed_slot_entries_are_reported_as_damaged(sample: KeyFile, mangle: Any) -> None:
    doc = doc_of(sample)
    mangle(doc)
    parsed = keyfile.parse(json.dumps(doc).encode())
    assert len(parsed.slots) == 2
    assert parsed.damaged


def test_a_slot_with_a_recomputed_checksum_but_bad_shape_is_damaged(sample: KeyFile) -> None:
    doc = doc_of(sample)
    body = doc["slots"][0]["slot"]
    body["public_key"] = "AAAA"  # 3 bytes, not 32
    doc["slots"][0]["sha256"] = keyfile.hashlib.sha256(keyfile._canonical(body)).hexdigest()
    parsed = keyfile.parse(json.dumps(doc).encode())
    assert sample.slots[0].slot_id in parsed.damaged


@pytest.mark.parametrize(
    "mangle",
    [
        lambda d: d.__setitem__("vault_id", "0" * 32),
        lambda d: d.__setitem__("serial", 8),
        lambda d: d.__setitem__("header_sha256", "0" * 64),
        lambda d: d.pop("format"),
        lambda d: d.__setitem__("slots", {}),
    ],
)
def test_header_damage_is_corrupt_key_file(sample: KeyFile, mangle: Any) -> None:
    doc = doc_of(sample)
    mangle(doc)
    with pytest.raises(CorruptKeyFile):
        keyfile.parse(json.dumps(doc).encode())


@pytest.mark.parametrize(
    "data", [b"", b"{", b"[]", b"null", b"\xff\xfe", b"{}" + b" " * (1024 * 1024)]
)
def test_garbage_is_corrupt_key_file(data: bytes) -> None:
    with pytest.raises(CorruptKeyFile):
        keyfile.parse(data)


def test_truncated_file_is_corrupt(sample: KeyFile) -> None:
    data = keyfile.serialize(sample)
    with pytest.raises(CorruptKeyFile):
        keyfile.parse(data[: len(data) // 2])


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_write_makes_two_private_copies_and_no_temp_files(tmp_path: Path, sample: KeyFile) -> None:
    written = keyfile.write(tmp_path, sample)
    assert written.serial == sample.serial + 1
    primary, copy = tmp_path / keyfile.PRIMARY, tmp_path / keyfile.COPY
    assert primary.read_bytes() == copy.read_bytes()
    assert mode(primary) == 0o600
    assert mode(copy) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([keyfile.PRIMARY, keyfile.COPY])
    files = keyfile.read(tmp_path)
    assert files.primary == written
    assert files.copy == written
    assert files.best == written


def test_write_atomic_tightens_an_existing_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "f"
    target.write_bytes(b"old")
    target.chmod(0o644)
    old_umask = os.umask(0)
    try:
        atomic.write_atomic(target, b"new contents")
    finally:
        os.umask(old_umask)
    assert target.read_bytes() == b"new contents"
    assert mode(target) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["f"]


def test_write_atomic_failure_is_storage_failure_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "f"
    target.mkdir()  # cannot replace a directory with a file
    with pytest.raises(StorageFailure):
        atomic.write_atomic(target, b"data")
    assert [p.name for p in tmp_path.iterdir()] == ["f"]


def test_read_without_files_is_vault_not_found(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        keyfile.read(tmp_path)


def test_read_with_both_copies_broken_is_corrupt(tmp_path: Path) -> None:
    (tmp_path / keyfile.PRIMARY).write_bytes(b"{")
    (tmp_path / keyfile.COPY).write_bytes(b"")
    with pytest.raises(CorruptKeyFile):
        keyfile.read(tmp_path)


def test_a_broken_primary_falls_back_to_the_copy(tmp_path: Path, sample: KeyFile) -> None:
    written = keyfile.write(tmp_path, sample)
    (tmp_path / keyfile.PRIMARY).write_bytes(b"garbage")
    files = keyfile.read(tmp_path)
    assert files.primary is None
    assert files.best == written
    assert files.user_slot("alice") == sample.slots[0]


def test_a_slot_damaged_in_the_primary_is_taken_from_the_copy(
    tmp_path: Path, sample: KeyFile
) -> None:
    keyfile.write(tmp_path, sample)
    doc = json.loads((tmp_path / keyfile.PRIMARY).read_bytes())
    doc["slots"][0]["slot"]["kdf"]["iterations"] = 4
    (tmp_path / keyfile.PRIMARY).write_text(json.dumps(doc))
    files = keyfile.read(tmp_path)
    assert files.primary is not None
    assert files.primary.damaged
    assert files.user_slot("alice") == sample.slots[0]
    assert files.user_slot("bob") == sample.slots[1]
    # The usable view keeps every slot, so the next write loses none of them.
    assert files.best.user_slot("alice") == sample.slots[0]
    assert set(files.best.slots) == set(sample.slots)


def test_the_primary_wins_when_both_are_healthy(tmp_path: Path, sample: KeyFile) -> None:
    keyfile.write(tmp_path, sample)
    newer = sample.replace_slot(slots.drop_next_key(sample.slots[1]))
    keyfile.write_atomic(tmp_path / keyfile.PRIMARY, keyfile.serialize(newer))
    files = keyfile.read(tmp_path)
    assert files.user_slot("bob") == newer.user_slot("bob")
    assert files.user_slot("bob") != sample.slots[1]


def test_repair_copy_restores_a_broken_copy(tmp_path: Path, sample: KeyFile) -> None:
    keyfile.write(tmp_path, sample)
    good = (tmp_path / keyfile.PRIMARY).read_bytes()
    (tmp_path / keyfile.COPY).write_bytes(b"{")
    keyfile.repair_copy(tmp_path, keyfile.read(tmp_path))
    assert (tmp_path / keyfile.COPY).read_bytes() == good
    assert mode(tmp_path / keyfile.COPY) == 0o600


def test_a_huge_key_file_is_refused_without_reading_it_whole(
    tmp_path: Path, sample: KeyFile
) -> None:
    written = keyfile.write(tmp_path, sample)
    with (tmp_path / keyfile.PRIMARY).open("r+b") as fh:
        fh.truncate(256 * 1024 * 1024)  # sparse: costs no disk
    tracemalloc.start()
    try:
        files = keyfile.read(tmp_path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert files.primary is None
    assert files.best == written
    assert peak < 16 * 1024 * 1024
