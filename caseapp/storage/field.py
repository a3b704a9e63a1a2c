"""Enrolled field devices and imported intake bundles (issue 7)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from caseapp.storage.connection import Connection

# The vault_meta key that makes a vault a field laptop's: device, office key, form version.
FIELD_CONFIG = "field_config"


def is_field_vault(conn: Connection) -> bool:
    row = conn.execute("SELECT 1 FROM vault_meta WHERE key = ?", (FIELD_CONFIG,)).fetchone()
    return row is not None


@dataclass(frozen=True, slots=True)
class Device:
    device_id: str
    name: str
    public_key: bytes
    form_version: str
    enrolled_at: str
    revoked_at: str | None


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def enrol(
    conn: Connection, device_id: str, name: str, public_key: bytes, form_version: str, by: str
) -> None:
    conn.execute(
        "INSERT INTO field_devices (device_id, name, public_key, form_version, enrolled_at, "
        "enrolled_by) VALUES (?, ?, ?, ?, ?, ?)",
        (device_id, name, public_key, form_version, _now(), by),
    )


def revoke(conn: Connection, device_id: str) -> bool:
    done = conn.execute(
        "UPDATE field_devices SET revoked_at = ? WHERE device_id = ? AND revoked_at IS NULL",
        (_now(), device_id),
    )
    return bool(done.rowcount)


def get(conn: Connection, device_id: str) -> Device | None:
    row = conn.execute(
        "SELECT device_id, name, public_key, form_version, enrolled_at, revoked_at "
        "FROM field_devices WHERE device_id = ?",
        (device_id,),
    ).fetchone()
    if row is None:
        return None
    return Device(str(row[0]), str(row[1]), bytes(row[2]), str(row[3]), str(row[4]), row[5])


def devices(conn: Connection) -> list[Device]:
    rows = conn.execute(
        "SELECT device_id, name, public_key, form_version, enrolled_at, revoked_at "
        "FROM field_devices ORDER BY enrolled_at"
    ).fetchall()
    return [Device(str(r[0]), str(r[1]), bytes(r[2]), str(r[3]), str(r[4]), r[5]) for r in rows]


def imported(conn: Connection, bundle_id: str, source_uuid: str) -> str | None:
    """The client an earlier import of this bundle (or of this intake) made."""
    row = conn.execute(
        "SELECT client_uuid FROM field_imports WHERE bundle_id = ? OR source_uuid = ?",
        (bundle_id, source_uuid),
    ).fetchone()
    return None if row is None else str(row[0])


def record_import(
    conn: Connection, bundle_id: str, device_id: str, source_uuid: str, client_uuid: str, by: str
) -> None:
    conn.execute(
        "INSERT INTO field_imports (bundle_id, device_id, source_uuid, client_uuid, "
        "imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?)",
        (bundle_id, device_id, source_uuid, client_uuid, _now(), by),
    )
