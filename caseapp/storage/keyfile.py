"""The slot file ``vault.keys`` and its copy ``vault.keys.bak``.

JSON, no secrets in clear. Each slot carries its own SHA-256 checksum, and
the header has one too, so damage to one slot leaves the others usable: a
user whose slot is damaged in both copies can still be let in with the
recovery slot. The primary is written first, then the copy; a reader takes
the primary's slot and falls back to the copy's only when the primary's is
damaged, so after a crash between the two writes exactly one of an old and
a new passphrase opens the vault.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from caseapp.core.errors import CorruptKeyFile, StorageFailure, VaultNotFound
from caseapp.crypto.kdf import KdfParams
from caseapp.crypto.slots import KeySlot, SealedKey
from caseapp.storage.atomic import write_atomic

FORMAT = "caseapp-keys"
VERSION = 1
PRIMARY = "vault.keys"
COPY = "vault.keys.bak"
MAX_FILE_BYTES = 1024 * 1024


@dataclass(frozen=True, slots=True)
class KeyFile:
    vault_id: str
    serial: int
    slots: tuple[KeySlot, ...]
    # Slot ids that were present but damaged when read (for messages and repair).
    damaged: frozenset[str] = field(default=frozenset(), compare=False)

    def user_slot(self, user: str) -> KeySlot | None:
        wanted = user.casefold()
        for slot in self.slots:
            if slot.kind == "user" and slot.user is not None and slot.user.casefold() == wanted:
                return slot
        return None

    def recovery_slot(self) -> KeySlot | None:
        for slot in self.slots:
            if slot.kind == "recovery":
                return slot
        return None

    def user_names(self) -> list[str]:
        return sorted((s.user for s in self.slots if s.kind == "user" and s.user), key=str.casefold)

    def replace_slot(self, new: KeySlot) -> KeyFile:
        others = tuple(s for s in self.slots if s.slot_id != new.slot_id)
        return KeyFile(self.vault_id, self.serial, (*others, new))

    def without_slot(self, slot_id: str) -> KeyFile:
        return KeyFile(
            self.vault_id, self.serial, tuple(s for s in self.slots if s.slot_id != slot_id)
        )

    def map_slots(self, fn: Callable[[KeySlot], KeySlot]) -> KeyFile:
        return KeyFile(self.vault_id, self.serial, tuple(fn(s) for s in self.slots))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object) -> bytes:
    if not isinstance(value, str):
        raise ValueError("not base64 text")
    return base64.b64decode(value.encode("ascii"), validate=True)


def _canonical(obj: object) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _sealed_to_json(sealed: SealedKey) -> dict[str, object]:
    return {
        "generation": sealed.generation,
        "epk": _b64(sealed.ephemeral_public),
        "nonce": _b64(sealed.nonce),
        "ct": _b64(sealed.ciphertext),
    }


def _slot_to_json(slot: KeySlot) -> dict[str, object]:
    body: dict[str, object] = {
        "id": slot.slot_id,
        "kind": slot.kind,
        "user": slot.user,
        "kdf": {
            "alg": "argon2id",
            "memory_kib": slot.kdf.memory_kib,
            "iterations": slot.kdf.iterations,
            "lanes": slot.kdf.lanes,
            "salt": _b64(slot.salt),
        },
        "public_key": _b64(slot.public_key),
        "private": {"nonce": _b64(slot.private_nonce), "ct": _b64(slot.private_wrapped)},
        "data_key": _sealed_to_json(slot.data_key),
        "next_data_key": None
        if slot.next_data_key is None
        else _sealed_to_json(slot.next_data_key),
    }
    return body


def _int(value: object) -> int:
    if type(value) is not int:
        raise ValueError("not an integer")
    return value


def _bytes(value: object, size: int | None = None) -> bytes:
    data = _unb64(value)
    if size is not None and len(data) != size:
        raise ValueError("wrong length")
    return data


def _sealed_from_json(obj: object) -> SealedKey:
    if not isinstance(obj, dict):
        raise ValueError("sealed key is not an object")
    return SealedKey(
        generation=_int(obj["generation"]),
        ephemeral_public=_bytes(obj["epk"], 32),
        nonce=_bytes(obj["nonce"], 12),
        ciphertext=_bytes(obj["ct"], 48),
    )


def _slot_from_json(obj: object) -> KeySlot:
    if not isinstance(obj, dict):
        raise ValueError("slot is not an object")
    kind = obj["kind"]
    if kind not in ("user", "recovery"):
        raise ValueError("unknown slot kind")
    user = obj["user"]
    if kind == "user" and not isinstance(user, str):
        raise ValueError("user slot without a user")
    if kind == "recovery" and user is not None:
        raise ValueError("recovery slot with a user")
    slot_id = obj["id"]
    if not isinstance(slot_id, str) or not slot_id:
        raise ValueError("bad slot id")
    kdf_obj = obj["kdf"]
    if not isinstance(kdf_obj, dict) or kdf_obj.get("alg") != "argon2id":
        raise ValueError("unknown kdf")
    private = obj["private"]
    if not isinstance(private, dict):
        raise ValueError("bad private key block")
    nxt = obj.get("next_data_key")
    return KeySlot(
        slot_id=slot_id,
        kind=kind,
        user=user,
        # Bounds are checked by the crypto layer before any derivation.
        kdf=KdfParams(
            memory_kib=_int(kdf_obj["memory_kib"]),
            iterations=_int(kdf_obj["iterations"]),
            lanes=_int(kdf_obj["lanes"]),
        ),
        salt=_bytes(kdf_obj["salt"], 16),
        public_key=_bytes(obj["public_key"], 32),
        private_nonce=_bytes(private["nonce"], 12),
        private_wrapped=_bytes(private["ct"], 48),
        data_key=_sealed_from_json(obj["data_key"]),
        next_data_key=None if nxt is None else _sealed_from_json(nxt),
    )


def serialize(keyfile: KeyFile) -> bytes:
    slots = []
    for slot in keyfile.slots:
        body = _slot_to_json(slot)
        slots.append({"slot": body, "sha256": hashlib.sha256(_canonical(body)).hexdigest()})
    header = {
        "format": FORMAT,
        "version": VERSION,
        "vault_id": keyfile.vault_id,
        "serial": keyfile.serial,
    }
    doc = {
        **header,
        "header_sha256": hashlib.sha256(_canonical(header)).hexdigest(),
        "slots": slots,
    }
    return json.dumps(doc, indent=1, sort_keys=True).encode("ascii") + b"\n"


def parse(data: bytes) -> KeyFile:
    """Parse one copy. Raises CorruptKeyFile if the header is unusable; damaged
    slots are left out and named in ``damaged``."""
    try:
        if len(data) > MAX_FILE_BYTES:
            raise ValueError("too large")
        doc = json.loads(data.decode("ascii"))
        if not isinstance(doc, dict):
            raise ValueError("not an object")
        header = {k: doc[k] for k in ("format", "version", "vault_id", "serial")}
        if hashlib.sha256(_canonical(header)).hexdigest() != doc["header_sha256"]:
            raise ValueError("header checksum")
        if header["format"] != FORMAT or header["version"] != VERSION:
            raise ValueError("unknown format")
        vault_id = header["vault_id"]
        if not isinstance(vault_id, str) or not vault_id:
            raise ValueError("bad vault id")
        serial = _int(header["serial"])
        raw_slots = doc["slots"]
        if not isinstance(raw_slots, list):
            raise ValueError("bad slot list")
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, RecursionError) as exc:
        raise CorruptKeyFile() from exc
    slots: list[KeySlot] = []
    damaged: set[str] = set()
    for entry in raw_slots:
        sid = "?"
        try:
            if not isinstance(entry, dict):
                raise ValueError("bad slot entry")
            body = entry["slot"]
            if isinstance(body, dict) and isinstance(body.get("id"), str):
                sid = body["id"]
            if hashlib.sha256(_canonical(body)).hexdigest() != entry["sha256"]:
                raise ValueError("slot checksum")
            slots.append(_slot_from_json(body))
        except (ValueError, KeyError, TypeError, binascii.Error):
            damaged.add(sid)
    return KeyFile(vault_id, serial, tuple(slots), frozenset(damaged))


@dataclass(frozen=True, slots=True)
class KeyFiles:
    """Both copies as read. ``primary`` or ``copy`` is None when unusable."""

    primary: KeyFile | None
    copy: KeyFile | None

    @property
    def best(self) -> KeyFile:
        """The usable key file: the primary, with each slot that is damaged there
        taken from the copy. Writing this back never drops a slot that one copy
        still holds intact."""
        primary, copy = self.primary, self.copy
        if primary is None:
            if copy is None:
                raise CorruptKeyFile()
            return copy
        if not primary.damaged or copy is None or copy.vault_id != primary.vault_id:
            return primary
        ids = {s.slot_id for s in primary.slots}
        owners = {_owner(s) for s in primary.slots}
        rescued = tuple(s for s in copy.slots if s.slot_id not in ids and _owner(s) not in owners)
        still_damaged = primary.damaged - {s.slot_id for s in rescued}
        return KeyFile(
            primary.vault_id, primary.serial, (*primary.slots, *rescued), frozenset(still_damaged)
        )

    def user_slot(self, user: str) -> KeySlot | None:
        """The user's slot from the primary; from the copy only if the primary is damaged."""
        return self.best.user_slot(user)

    def recovery_slot(self) -> KeySlot | None:
        return self.best.recovery_slot()


def _owner(slot: KeySlot) -> tuple[str, str | None]:
    return (slot.kind, None if slot.user is None else slot.user.casefold())


def read(directory: Path) -> KeyFiles:
    """Read both copies; raise VaultNotFound if neither exists, CorruptKeyFile if neither parses."""
    found = False
    copies: list[KeyFile | None] = []
    for name in (PRIMARY, COPY):
        path = directory / name
        try:
            with path.open("rb") as fh:
                # Never more than parse() accepts: a huge file must not fill memory.
                data = fh.read(MAX_FILE_BYTES + 1)
            found = True
        except FileNotFoundError:
            copies.append(None)
            continue
        except OSError as exc:
            raise CorruptKeyFile(
                "The key file could not be read: check the folder's permissions."
            ) from exc
        try:
            copies.append(parse(data))
        except CorruptKeyFile:
            copies.append(None)
    if not found:
        raise VaultNotFound()
    files = KeyFiles(copies[0], copies[1])
    files.best  # noqa: B018  (raises CorruptKeyFile when neither copy parses)
    return files


def write(directory: Path, keyfile: KeyFile) -> KeyFile:
    """Write primary then copy, each atomically. Returns the file as written.

    The primary is the commit point: once it is written the change has taken
    effect, so a failure writing the copy is not an error (the next unlock
    repairs the copy). A failure writing the primary raises StorageFailure and
    leaves both files as they were.
    """
    written = KeyFile(keyfile.vault_id, keyfile.serial + 1, keyfile.slots)
    data = serialize(written)
    write_atomic(directory / PRIMARY, data)
    with contextlib.suppress(StorageFailure):
        write_atomic(directory / COPY, data)
    return written


def repair_copy(directory: Path, files: KeyFiles) -> None:
    """After a good unlock, rewrite a copy that is unreadable, damaged or stale.

    Both copies are made to match the usable view (``files.best``), unless some
    slot is damaged in both: then nothing is rewritten, so the damaged bytes stay
    for a restore.
    """
    try:
        best = files.best
    except CorruptKeyFile:
        return
    if best.damaged:
        return
    data = serialize(best)
    for name, found in ((PRIMARY, files.primary), (COPY, files.copy)):
        if found is not None and not found.damaged and serialize(found) == data:
            continue
        with contextlib.suppress(Exception):
            write_atomic(directory / name, data)


# The slot (de)serialisation, for backup files that carry slots of their own.
slot_to_json = _slot_to_json
slot_from_json = _slot_from_json
