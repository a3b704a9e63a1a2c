"""Key slots: one per user plus a recovery slot (DESIGN.md §2).

Each slot holds an X25519 key pair. The private key is wrapped with
AES-256-GCM under a key derived from the slot's secret (a passphrase or the
recovery code) by Argon2id; the AAD binds the vault id, slot id, slot kind,
user, every KDF parameter, the salt and the public key, so no field can be
swapped or edited without the unwrap failing.

The database key is *sealed* to each slot's public key (ephemeral X25519,
HKDF-SHA256, AES-256-GCM). Sealing needs only public keys, so an
administrator can rekey the database for every user without knowing their
passphrases; changing a passphrase replaces one slot (with a fresh key pair, so an old
copy of the slot gets nothing from a later rekey) and leaves the database
key alone.
"""

from __future__ import annotations

import json
import os
import unicodedata
import uuid
from dataclasses import dataclass, replace
from typing import Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from caseapp.core.errors import CorruptKeyFile, WrongPassphrase
from caseapp.crypto import kdf
from caseapp.crypto.kdf import KdfParams
from caseapp.crypto.secrets import wipe

SlotKind = Literal["user", "recovery"]
NONCE_BYTES = 12
DATA_KEY_BYTES = 32
_HKDF_INFO = b"caseapp data key v1"


@dataclass(frozen=True, slots=True)
class SealedKey:
    """A database key sealed to a slot's public key."""

    generation: int
    ephemeral_public: bytes
    nonce: bytes
    ciphertext: bytes


@dataclass(frozen=True, slots=True)
class KeySlot:
    slot_id: str
    kind: SlotKind
    user: str | None
    kdf: KdfParams
    salt: bytes
    public_key: bytes
    private_nonce: bytes
    private_wrapped: bytes
    data_key: SealedKey
    # Set only while a rekey is in flight: the key the database is moving to.
    next_data_key: SealedKey | None = None


@dataclass(slots=True)
class OpenedSlot:
    """What a correct secret yields. Call ``wipe()`` when done."""

    data_key: bytearray
    next_data_key: bytearray | None

    def wipe(self) -> None:
        wipe(self.data_key)
        wipe(self.next_data_key)


def secret_from_passphrase(passphrase: str) -> bytearray:
    """NFC-normalised UTF-8, so the same passphrase typed on any system matches."""
    return bytearray(unicodedata.normalize("NFC", passphrase).encode("utf-8"))


def new_data_key() -> bytearray:
    return bytearray(os.urandom(DATA_KEY_BYTES))


def _canonical(obj: dict[str, object]) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":")).encode("ascii")


def _private_aad(
    vault_id: str,
    slot_id: str,
    kind: str,
    user: str | None,
    params: KdfParams,
    salt: bytes,
    public_key: bytes,
) -> bytes:
    return _canonical(
        {
            "purpose": "caseapp-slot-private-v1",
            "vault": vault_id,
            "slot": slot_id,
            "kind": kind,
            "user": user,
            "kdf": "argon2id",
            "m": params.memory_kib,
            "t": params.iterations,
            "p": params.lanes,
            "salt": salt.hex(),
            "public": public_key.hex(),
        }
    )


DATA_KEY_PURPOSE = "caseapp-data-key-v1"
# A backup's own key, sealed to the same slot public keys: another purpose, so a
# backup's sealed key can never be taken for the vault's and the other way round.
BACKUP_KEY_PURPOSE = "caseapp-backup-key-v1"


def _sealed_aad(
    vault_id: str,
    slot_id: str,
    generation: int,
    epk: bytes,
    public_key: bytes,
    purpose: str = DATA_KEY_PURPOSE,
) -> bytes:
    return _canonical(
        {
            "purpose": purpose,
            "vault": vault_id,
            "slot": slot_id,
            "generation": generation,
            "epk": epk.hex(),
            "public": public_key.hex(),
        }
    )


def _seal_kek(shared: bytes, epk: bytes, public_key: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=epk + public_key, info=_HKDF_INFO
    ).derive(shared)


def seal(
    vault_id: str,
    slot_id: str,
    public_key: bytes,
    data_key: bytearray,
    generation: int,
    purpose: str = DATA_KEY_PURPOSE,
) -> SealedKey:
    """Seal a database key to a slot's public key. Needs no secret."""
    if len(data_key) != DATA_KEY_BYTES:
        raise ValueError("database keys are 32 bytes")
    ephemeral = X25519PrivateKey.generate()
    epk = ephemeral.public_key().public_bytes_raw()
    kek = _seal_kek(
        ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key)), epk, public_key
    )
    nonce = os.urandom(NONCE_BYTES)
    aad = _sealed_aad(vault_id, slot_id, generation, epk, public_key, purpose)
    ciphertext = AESGCM(kek).encrypt(nonce, data_key, aad)
    return SealedKey(generation, epk, nonce, ciphertext)


def _unseal(
    vault_id: str,
    slot: KeySlot,
    private: X25519PrivateKey,
    sealed: SealedKey,
    purpose: str = DATA_KEY_PURPOSE,
) -> bytearray:
    try:
        peer = X25519PublicKey.from_public_bytes(sealed.ephemeral_public)
        kek = _seal_kek(private.exchange(peer), sealed.ephemeral_public, slot.public_key)
        aad = _sealed_aad(
            vault_id,
            slot.slot_id,
            sealed.generation,
            sealed.ephemeral_public,
            slot.public_key,
            purpose,
        )
        key = bytearray(AESGCM(kek).decrypt(sealed.nonce, sealed.ciphertext, aad))
    except (InvalidTag, ValueError) as exc:
        # The secret was right (the private key unwrapped), so this is damage.
        raise CorruptKeyFile() from exc
    if len(key) != DATA_KEY_BYTES:
        raise CorruptKeyFile()
    return key


def create_slot(
    vault_id: str,
    kind: SlotKind,
    user: str | None,
    secret: bytearray,
    data_key: bytearray,
    generation: int,
    params: KdfParams,
    *,
    slot_id: str | None = None,
) -> KeySlot:
    """A new slot whose secret opens ``data_key``."""
    params.check()
    sid = slot_id or uuid.uuid4().hex
    private = X25519PrivateKey.generate()
    public_key = private.public_key().public_bytes_raw()
    salt = kdf.new_salt()
    kek = kdf.derive(secret, salt, params)
    raw_private = bytearray(private.private_bytes_raw())
    try:
        nonce = os.urandom(NONCE_BYTES)
        aad = _private_aad(vault_id, sid, kind, user, params, salt, public_key)
        wrapped = AESGCM(kek).encrypt(nonce, raw_private, aad)
    finally:
        wipe(kek)
        wipe(raw_private)
    return KeySlot(
        slot_id=sid,
        kind=kind,
        user=user,
        kdf=params,
        salt=salt,
        public_key=public_key,
        private_nonce=nonce,
        private_wrapped=wrapped,
        data_key=seal(vault_id, sid, public_key, data_key, generation),
    )


def _unwrap_private(vault_id: str, slot: KeySlot, secret: bytearray) -> X25519PrivateKey:
    slot.kdf.check()  # before any memory is committed
    kek = kdf.derive(secret, slot.salt, slot.kdf)
    raw: bytearray | None = None
    try:
        aad = _private_aad(
            vault_id, slot.slot_id, slot.kind, slot.user, slot.kdf, slot.salt, slot.public_key
        )
        raw = bytearray(AESGCM(kek).decrypt(slot.private_nonce, slot.private_wrapped, aad))
        private = X25519PrivateKey.from_private_bytes(bytes(raw))
    except (InvalidTag, ValueError) as exc:
        raise WrongPassphrase() from exc
    finally:
        wipe(kek)
        wipe(raw)
    if private.public_key().public_bytes_raw() != slot.public_key:
        raise CorruptKeyFile()
    return private


def open_slot(vault_id: str, slot: KeySlot, secret: bytearray) -> OpenedSlot:
    """Unwrap with the slot's secret; WrongPassphrase if it is not the right one."""
    private = _unwrap_private(vault_id, slot, secret)
    data_key = _unseal(vault_id, slot, private, slot.data_key)
    next_key = None
    if slot.next_data_key is not None:
        try:
            next_key = _unseal(vault_id, slot, private, slot.next_data_key)
        except CorruptKeyFile:
            wipe(data_key)
            raise
    return OpenedSlot(data_key, next_key)


def for_backup(vault_id: str, slot: KeySlot, backup_key: bytearray) -> KeySlot:
    """A copy of ``slot`` that opens ``backup_key`` instead of the vault's key:
    the same secret (passphrase or recovery code) restores the backup."""
    sealed = seal(vault_id, slot.slot_id, slot.public_key, backup_key, 0, BACKUP_KEY_PURPOSE)
    return replace(slot, data_key=sealed, next_data_key=None)


def from_backup(vault_id: str, slot: KeySlot, key: bytearray) -> KeySlot:
    """A restored vault's slot: the backup's slot with ``key`` (the backup's own
    key, now the restored database's) sealed as the vault's data key."""
    sealed = seal(vault_id, slot.slot_id, slot.public_key, key, 1, DATA_KEY_PURPOSE)
    return replace(slot, data_key=sealed, next_data_key=None)


def open_backup_slot(vault_id: str, slot: KeySlot, secret: bytearray) -> bytearray:
    """The backup key a ``for_backup`` slot holds; WrongPassphrase if the secret
    is not the slot's."""
    private = _unwrap_private(vault_id, slot, secret)
    return _unseal(vault_id, slot, private, slot.data_key, BACKUP_KEY_PURPOSE)


def with_next_key(vault_id: str, slot: KeySlot, next_key: bytearray, generation: int) -> KeySlot:
    """Stage a rekey: the slot opens both the current and the next database key."""
    return replace(
        slot, next_data_key=seal(vault_id, slot.slot_id, slot.public_key, next_key, generation)
    )


def promote_next_key(slot: KeySlot) -> KeySlot:
    """Finish a rekey: the staged key becomes the slot's only key."""
    if slot.next_data_key is None:
        return slot
    return replace(slot, data_key=slot.next_data_key, next_data_key=None)


def drop_next_key(slot: KeySlot) -> KeySlot:
    """Abandon a staged rekey that never reached the database."""
    return replace(slot, next_data_key=None)
