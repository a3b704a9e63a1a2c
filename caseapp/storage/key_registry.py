"""The database's list of legitimate key slots (see the key_slots table)."""

from __future__ import annotations

from datetime import UTC, datetime

from caseapp.crypto.slots import KeySlot
from caseapp.storage.connection import Connection
from caseapp.storage.keyfile import KeyFile


def register(conn: Connection, slot: KeySlot, user_uuid: str | None) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO key_slots (slot_id, public_key, kind, user_uuid, registered_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (
            slot.slot_id,
            slot.public_key,
            slot.kind,
            user_uuid,
            datetime.now(UTC).isoformat(timespec="seconds"),
        ),
    )


def unregister(conn: Connection, slot_id: str, *, keep: bytes | None = None) -> None:
    """Forget a slot, or with ``keep``, every older key pair of it but that one."""
    if keep is None:
        conn.execute("DELETE FROM key_slots WHERE slot_id = ?", (slot_id,))
    else:
        conn.execute("DELETE FROM key_slots WHERE slot_id = ? AND public_key <> ?", (slot_id, keep))


def registered(conn: Connection) -> set[tuple[str, bytes]]:
    return {
        (str(r[0]), bytes(r[1]))
        for r in conn.execute("SELECT slot_id, public_key FROM key_slots").fetchall()
    }


def is_registered(conn: Connection, slot: KeySlot) -> bool:
    return (slot.slot_id, slot.public_key) in registered(conn)


def only_registered(conn: Connection, keys: KeyFile) -> tuple[KeyFile, list[KeySlot]]:
    """The key file with unregistered slots left out, and the slots left out."""
    allowed = registered(conn)
    kept = tuple(s for s in keys.slots if (s.slot_id, s.public_key) in allowed)
    dropped = [s for s in keys.slots if (s.slot_id, s.public_key) not in allowed]
    return KeyFile(keys.vault_id, keys.serial, kept, keys.damaged), dropped


def prune(conn: Connection, keys: KeyFile) -> None:
    """Forget registrations whose key pair is no longer in the key file (the
    leftovers of a passphrase change interrupted after the file was written)."""
    present = {(s.slot_id, s.public_key) for s in keys.slots}
    for slot_id, public_key in registered(conn) - present:
        if any(s.slot_id == slot_id for s in keys.slots):
            conn.execute(
                "DELETE FROM key_slots WHERE slot_id = ? AND public_key = ?",
                (slot_id, public_key),
            )
