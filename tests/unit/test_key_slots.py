"""Key slots: wrap, open, and the rekey staging steps."""

from __future__ import annotations

import dataclasses

import pytest

from caseapp.core.errors import CorruptKeyFile, InvalidKdfParameters, WrongPassphrase
from caseapp.crypto import slots
from caseapp.crypto.kdf import FLOOR, KdfParams
from caseapp.crypto.slots import KeySlot

VAULT = "a" * 32


def secret(text: str) -> bytearray:
    return slots.secret_from_passphrase(text)


@pytest.fixture(scope="module")
def data_key() -> bytearray:
    return bytearray(range(32))


@pytest.fixture(scope="module")
def slot(data_key: bytearray) -> KeySlot:
    return slots.create_slot(VAULT, "user", "alice", secret("right passphrase"), data_key, 1, FLOOR)


def test_the_right_secret_opens_the_slot(slot: KeySlot, data_key: bytearray) -> None:
    opened = slots.open_slot(VAULT, slot, secret("right passphrase"))
    assert opened.data_key == data_key
    assert opened.next_data_key is None
    opened.wipe()
    assert opened.data_key == bytearray(32)


def test_a_wrong_secret_raises_wrong_passphrase(slot: KeySlot) -> None:
    for wrong in ("wrong passphrase", "Right passphrase", "right passphrase ", ""):
        with pytest.raises(WrongPassphrase):
            slots.open_slot(VAULT, slot, secret(wrong))


def test_the_slot_holds_no_secret_in_clear(slot: KeySlot, data_key: bytearray) -> None:
    blob = repr(slot).encode() + slot.private_wrapped + slot.data_key.ciphertext
    assert bytes(data_key) not in blob
    assert b"right passphrase" not in blob


def test_nfc_and_nfd_passphrases_are_the_same(data_key: bytearray) -> None:
    nfc = "contraseña segura María 2024"
    nfd = "contrasen\u0303a segura Mari\u0301a 2024"
    made = slots.create_slot(VAULT, "user", "bob", secret(nfc), data_key, 1, FLOOR)
    assert slots.open_slot(VAULT, made, secret(nfd)).data_key == data_key


@pytest.mark.parametrize(
    "change",
    [
        {"slot_id": "other"},
        {"user": "mallory"},
        {"kind": "recovery"},
        {"kdf": KdfParams(FLOOR.memory_kib + 1, 3, 4)},
    ],
)
def test_the_aad_binds_slot_fields(slot: KeySlot, change: dict[str, object]) -> None:
    edited = dataclasses.replace(slot, **change)  # type: ignore[arg-type]
    with pytest.raises(WrongPassphrase):
        slots.open_slot(VAULT, edited, secret("right passphrase"))


def test_the_aad_binds_the_vault_id(slot: KeySlot) -> None:
    with pytest.raises(WrongPassphrase):
        slots.open_slot("b" * 32, slot, secret("right passphrase"))


def test_kdf_parameters_are_checked_before_deriving(slot: KeySlot) -> None:
    greedy = dataclasses.replace(slot, kdf=KdfParams(2**32, 3, 4))
    with pytest.raises(InvalidKdfParameters):
        slots.open_slot(VAULT, greedy, secret("right passphrase"))


def test_a_damaged_sealed_key_is_corruption_not_a_wrong_passphrase(slot: KeySlot) -> None:
    ct = bytearray(slot.data_key.ciphertext)
    ct[0] ^= 1
    damaged = dataclasses.replace(
        slot, data_key=dataclasses.replace(slot.data_key, ciphertext=bytes(ct))
    )
    with pytest.raises(CorruptKeyFile):
        slots.open_slot(VAULT, damaged, secret("right passphrase"))


def test_stage_promote_and_drop(slot: KeySlot, data_key: bytearray) -> None:
    next_key = bytearray(b"\x42" * 32)
    # Sealing needs only the public key: no passphrase involved.
    staged = slots.with_next_key(VAULT, slot, next_key, 2)
    assert staged.next_data_key is not None
    assert staged.next_data_key.generation == 2
    opened = slots.open_slot(VAULT, staged, secret("right passphrase"))
    assert opened.data_key == data_key
    assert opened.next_data_key == next_key

    promoted = slots.promote_next_key(staged)
    assert promoted.next_data_key is None
    opened = slots.open_slot(VAULT, promoted, secret("right passphrase"))
    assert opened.data_key == next_key
    assert opened.next_data_key is None
    assert promoted.data_key.generation == 2

    dropped = slots.drop_next_key(staged)
    assert dropped.next_data_key is None
    assert slots.open_slot(VAULT, dropped, secret("right passphrase")).data_key == data_key
    assert slots.promote_next_key(slot) == slot


def test_sealed_key_is_bound_to_its_slot(slot: KeySlot, data_key: bytearray) -> None:
    other = slots.create_slot(VAULT, "user", "carol", secret("carol phrase"), data_key, 1, FLOOR)
    # Carol's sealed key pasted into Alice's slot does not open.
    grafted = dataclasses.replace(slot, data_key=other.data_key)
    with pytest.raises(CorruptKeyFile):
        slots.open_slot(VAULT, grafted, secret("right passphrase"))


def test_seal_refuses_a_short_key(slot: KeySlot) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        slots.seal(VAULT, slot.slot_id, slot.public_key, bytearray(31), 1)


def test_create_slot_refuses_parameters_below_the_floor(data_key: bytearray) -> None:
    with pytest.raises(InvalidKdfParameters):
        slots.create_slot(VAULT, "user", "x", secret("p"), data_key, 1, KdfParams(8, 1, 1))
