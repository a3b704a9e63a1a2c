"""Sealed intake from field laptops (issue 7).

Office side: an intake key pair kept in the vault (its private half never
leaves it), field kits that enrol a device (its Ed25519 public key in the
vault; its private key in the kit, wrapped under a kit passphrase), and the
import of sealed bundles — each verified against its enrolled device, opened,
conflict-checked and imported once.

Field side: a field vault is an ordinary encrypted vault set up from a kit;
intakes are typed into it as drafts (encrypted at rest like any vault), and
``seal_intakes`` seals each one to the office key and then purges it, so the
field laptop keeps nothing it could read back.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from caseapp.core import documents as document_checks
from caseapp.core import intake_json
from caseapp.core import records as rec
from caseapp.core.audit import AuditEvent
from caseapp.core.clients import ClientIdentity, ClientProfile
from caseapp.core.errors import CaseappError, InvalidInput, PermissionDenied, StorageFailure
from caseapp.core.intake import ClientPlan
from caseapp.core.intake_form import FORM_VERSION
from caseapp.core.users import Role
from caseapp.crypto import kdf, sealing
from caseapp.crypto.secrets import wipe
from caseapp.services.audited import field_act
from caseapp.services.bulk import BulkWork
from caseapp.services.casework import conflict_queries
from caseapp.services.files import write_private
from caseapp.storage import field as devices
from caseapp.storage import vault_meta
from caseapp.storage.connection import transaction
from caseapp.storage.field import FIELD_CONFIG
from caseapp.storage.field import Device as Device  # (re-exported for the GUI)

KIT_NAME = "caseapp-field-kit.json"
KIT_FORMAT = "caseapp-field-kit"
BUNDLE_SUFFIX = ".caseapp-intake"
OFFICE_PRIVATE = "field_intake_private"
OFFICE_PUBLIC = "field_intake_public"
MIN_KIT_PASSPHRASE = 12
_DEVICE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._-]{0,59}")


class KitRefused(CaseappError):
    default_message = "That field kit cannot be used."


@dataclass(frozen=True, slots=True)
class FieldKit:
    path: Path
    device_id: str
    device_name: str
    form_version: str


@dataclass(frozen=True, slots=True)
class FieldInfo:
    """What a field laptop may show about itself (no keys)."""

    device_id: str
    device_name: str
    form_version: str
    office_vault: str


@dataclass(frozen=True, slots=True)
class BundleOutcome:
    """What happened to one bundle: ``imported`` (a new client), ``duplicate``
    (imported before; nothing changed) or ``rejected`` (``reason`` says why)."""

    path: Path
    status: str
    reason: str = ""
    client_uuid: str = ""
    possible_conflicts: int = 0


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object, size: int | None = None) -> bytes:
    if not isinstance(value, str):
        raise KitRefused("The field kit is damaged (a key is missing).")
    try:
        data = base64.b64decode(value, validate=True)
    except ValueError:
        raise KitRefused("The field kit is damaged (a key is not readable).") from None
    if size is not None and len(data) != size:
        raise KitRefused("The field kit is damaged (a key has the wrong length).")
    return data


def _kit_aad(body: dict[str, object]) -> bytes:
    public = {k: v for k, v in body.items() if k != "device_key"}
    return json.dumps(public, sort_keys=True, separators=(",", ":")).encode("ascii")


def check_kit_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_KIT_PASSPHRASE:
        raise InvalidInput(
            f"Use a kit passphrase of at least {MIN_KIT_PASSPHRASE} characters; give it to "
            "the field worker in person, never with the kit."
        )


class FieldIntake(BulkWork):
    # -- office side -----------------------------------------------------------------

    def _office_key(self) -> bytes:
        """The office's intake public key, made at the first field kit."""
        conn = self._db()
        public = vault_meta.get(conn, OFFICE_PUBLIC)
        if public:
            return bytes.fromhex(public)
        private, public_raw = sealing.new_office_key()
        with transaction(conn):
            vault_meta.put(conn, OFFICE_PRIVATE, private.hex())
            vault_meta.put(conn, OFFICE_PUBLIC, public_raw.hex())
            self._append(
                conn,
                AuditEvent("settings_changed", self.user.name, "vault", "", ("field_intake_key",)),
            )
        return public_raw

    def make_field_kit(
        self,
        out_dir: Path,
        device_name: str,
        kit_passphrase: str,
        *,
        kdf_params: kdf.KdfParams | None = None,
    ) -> FieldKit:
        """Admin: enrol a field laptop and write its kit (owner-only) into
        ``out_dir``. The kit holds the office's public intake key and the device's
        signing key wrapped under ``kit_passphrase`` — no client data."""
        self._require_admin("device_enrolled")
        if not _DEVICE_NAME.fullmatch(device_name or ""):
            raise InvalidInput(
                "Name the laptop with letters, digits, spaces, . _ or - (up to 60), "
                "for example 'Clinic laptop 2' — never a person's name."
            )
        check_kit_passphrase(kit_passphrase)
        out_dir = Path(out_dir)
        if not out_dir.is_dir():
            raise InvalidInput(f"The folder {out_dir} does not exist; create it first.")
        target = out_dir / KIT_NAME
        if target.exists():
            raise InvalidInput(f"{target} already exists; use an empty folder for each kit.")
        if not os.access(out_dir, os.W_OK | os.X_OK):  # before the laptop is enrolled
            raise InvalidInput(
                f"caseapp cannot write in {out_dir}: it is read-only. Choose another "
                "folder for the kit (or a stick that is not write-protected)."
            )
        kdf_params = kdf_params or self._kdf  # as costly to guess as the vault's own slots
        office_public = self._office_key()
        device_id = str(uuid.uuid4())
        private, public = sealing.new_device_key()
        body: dict[str, object] = {
            "format": KIT_FORMAT,
            "version": 1,
            "office_vault": self._keys.vault_id,
            "device_id": device_id,
            "device_name": device_name,
            "form_version": FORM_VERSION,
            "office_public": _b64(office_public),
            "device_public": _b64(public),
            "kdf": {
                "memory_kib": kdf_params.memory_kib,
                "iterations": kdf_params.iterations,
                "lanes": kdf_params.lanes,
            },
        }
        salt, nonce, wrapped = sealing.wrap_device_key(
            private, kit_passphrase, kdf_params, _kit_aad(body)
        )
        body["device_key"] = {"salt": _b64(salt), "nonce": _b64(nonce), "ct": _b64(wrapped)}
        conn = self._db()
        with self._guard.audited(), transaction(conn):
            devices.enrol(conn, device_id, device_name, public, FORM_VERSION, self.user.name)
            self._append(
                conn, AuditEvent("device_enrolled", self.user.name, "vault", device_id, ())
            )
        try:
            write_private(target, json.dumps(body, indent=1, sort_keys=True).encode("ascii"))
        except StorageFailure:
            # No kit, no laptop: the device key existed only in the kit, so the
            # enrolment is revoked again (and the log says so) before the error.
            with contextlib.suppress(CaseappError), self._guard.audited(), transaction(conn):
                devices.revoke(conn, device_id)
                self._append(
                    conn, AuditEvent("device_revoked", self.user.name, "vault", device_id, ())
                )
            raise
        return FieldKit(target, device_id, device_name, FORM_VERSION)

    def field_devices(self) -> list[Device]:
        self._require_admin("device_enrolled")
        with self._guard.audited():
            return devices.devices(self._db())

    def revoke_device(self, device_id: str) -> None:
        """Admin: bundles from this laptop are refused from now on."""
        self._require_admin("device_revoked")
        conn = self._db()
        with self._guard.audited(), transaction(conn):
            if not devices.revoke(conn, device_id):
                raise InvalidInput("No enrolled, unrevoked field laptop has that id.")
            self._append(conn, AuditEvent("device_revoked", self.user.name, "vault", device_id, ()))

    def import_bundles(self, paths: Sequence[Path]) -> list[BundleOutcome]:
        """Import sealed intakes. Each bundle is checked and imported on its own:
        one that is tampered with, from an unknown or revoked laptop, of another
        form version, or too large is rejected with the reason, and the rest go
        on. A bundle (or an intake) imported before is reported, not imported
        again. Every new client gets the conflict check."""
        if self.user.role is Role.INTAKE:
            self._refuse_unless(
                False,
                "import_clients",
                "Intake staff cannot import field intakes; ask a paralegal or attorney.",
            )
        conn = self._db()
        private_hex = vault_meta.get(conn, OFFICE_PRIVATE)
        if not private_hex:
            raise InvalidInput(
                "This vault has no field intake key yet: make a field kit first "
                "(`caseapp field-kit`)."
            )
        office_private = bytearray(bytes.fromhex(private_hex))
        try:
            return [self._import_one(Path(p), office_private) for p in paths]
        finally:
            wipe(office_private)

    def _import_one(self, path: Path, office_private: bytearray) -> BundleOutcome:
        def rejected(reason: str) -> BundleOutcome:
            return BundleOutcome(path, "rejected", reason)

        try:
            if path.is_symlink() or not path.is_file():
                return rejected("not a file")
            if path.stat().st_size > sealing.MAX_BUNDLE_BYTES:
                return rejected("it is larger than any intake bundle may be")
            data = path.read_bytes()
        except OSError:
            return rejected("it cannot be read")
        conn = self._db()
        try:
            header, _ = sealing.read_header(data)
            with self._guard.audited():
                device = devices.get(conn, header.device_id)
            if device is None:
                return rejected("it comes from a laptop this office never enrolled")
            if device.revoked_at is not None:
                return rejected("it comes from a laptop whose enrolment was revoked")
            if header.form_version != device.form_version or header.form_version != FORM_VERSION:
                return rejected(
                    f"it was filled in on form version {header.form_version}; this "
                    f"caseapp takes {FORM_VERSION} (update the field laptop's kit)"
                )
            payload = sealing.open_bundle(
                data, device_public=device.public_key, office_private=bytes(office_private)
            )
        except sealing.BundleRejected as bad:
            return rejected(bad.reason)
        try:
            raw = json.loads(payload)
            source = raw.get("uuid") if isinstance(raw, dict) else None
            if not isinstance(source, str) or not source:
                return rejected("its intake has no id")
            plan = intake_json.load_client_json(payload, today=self._today())
        except (ValueError, RecursionError):
            return rejected("its intake is not in the caseapp client format")
        except InvalidInput as bad:
            return rejected(f"its intake was refused: {bad}")
        with self._guard.audited():
            earlier = devices.imported(conn, header.bundle_id, source)
        if earlier is not None:
            return BundleOutcome(path, "duplicate", client_uuid=earlier)
        try:
            created = self.import_plans([plan]).client_uuids[0]
        except (InvalidInput, PermissionDenied) as bad:
            return rejected(f"its intake was refused: {bad}")
        aliases = [
            (r.given_names, r.family_names) for _, r in plan.records if isinstance(r, rec.Alias)
        ]
        with self._guard.audited():
            report = self._conflicts(conn, conflict_queries(plan.identity, aliases, []), created)
        with self._guard.audited(), transaction(conn):
            devices.record_import(
                conn, header.bundle_id, header.device_id, source, created, self.user.name
            )
            self._append(
                conn,
                self._event("field_import", created, ("field_intake",)),
                self._event("conflict_check", created, ("identity",)),
            )
        return BundleOutcome(
            path, "imported", client_uuid=created, possible_conflicts=len(report.hits)
        )

    # -- field side ------------------------------------------------------------------

    def set_field_config(self, config: dict[str, str]) -> None:
        """Make this (new, empty) vault a field laptop's. From then on it only takes
        new intakes and seals them (``field_act``); everything else is refused."""
        self._require_admin("settings_changed")
        conn = self._db()
        with self._guard.audited():
            empty = conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 0
        if not empty:
            raise InvalidInput("Only a new, empty vault can become a field laptop's vault.")
        with transaction(conn):
            vault_meta.put(conn, FIELD_CONFIG, json.dumps(config, sort_keys=True))
            self._append(
                conn,
                AuditEvent("settings_changed", self.user.name, "vault", "", ("field_config",)),
            )
        self.field_vault = True

    def _field_config(self) -> dict[str, str] | None:
        raw = vault_meta.get(self._db(), FIELD_CONFIG)
        return json.loads(raw) if raw else None

    @field_act
    def field_info(self) -> FieldInfo | None:
        """The device and form a field vault was set up for; None in an office vault."""
        config = self._field_config()
        if config is None:
            return None
        return FieldInfo(
            config["device_id"],
            config["device_name"],
            config["form_version"],
            config["office_vault"],
        )

    def _require_field_vault(self) -> None:
        if not self.field_vault:
            raise InvalidInput(
                "This is not a field vault: take intakes here with New intake, and seal "
                "intakes on a field laptop."
            )

    @field_act
    def take_intake(
        self,
        identity: ClientIdentity,
        profile: ClientProfile | None = None,
        records: Sequence[tuple[str, rec.Record]] = (),
        documents: Sequence[tuple[str, bytes]] = (),
    ) -> int:
        """Field vault: store one new intake (encrypted at rest, like any vault) until
        it is sealed. Documents (file name, bytes) are checked before anything is
        stored. Returns how many intakes now wait to be sealed — never the intake:
        a field laptop does not read back what it took."""
        self._require_field_vault()
        for filename, data in documents:
            document_checks.check_document(filename, data)
        client_uuid = self.create_client(identity, profile, records)
        for filename, data in documents:
            self.add_document(client_uuid, filename, data)
        return self._waiting()

    @field_act
    def take_intake_plan(self, plan: ClientPlan) -> int:
        """Field vault: one intake from a client JSON file (``caseapp client add``)."""
        self._require_field_vault()
        # No case, party or conflict decision: the conflict check would compare the
        # names with the intakes waiting here, and its answer would tell whoever
        # holds the laptop what they hold. Cases open at the office, after its check.
        office_only = (rec.Case, rec.Party, rec.ConflictCheck)
        if plan.conflict_decision or any(isinstance(r, office_only) for _, r in plan.records):
            raise InvalidInput(
                "A field laptop takes the client's intake only: cases, parties and conflict "
                "decisions are added at the office, after its conflict check. Remove them "
                "from the file."
            )
        self.add_client_plan(plan)
        return self._waiting()

    def _waiting(self) -> int:
        """How many intakes wait (a count, part of the act that took one)."""
        with self._guard.audited():
            return int(self._db().execute("SELECT count(*) FROM clients").fetchone()[0])

    @field_act
    def pending_intakes(self) -> list[str]:
        """Field vault: when each intake waiting to be sealed was taken (UTC, ISO),
        oldest first — times only, no names."""
        self._require_field_vault()
        conn = self._db()
        with self._guard.audited(), transaction(conn):
            self._append(
                conn, AuditEvent("list_clients", self.user.name, "vault", "", ("created_at",))
            )
            rows = conn.execute("SELECT created_at FROM clients ORDER BY created_at").fetchall()
        return [str(row[0]) for row in rows]

    @field_act
    def seal_intakes(self, out_dir: Path) -> list[Path]:
        """Field vault: seal every intake in it to the office, write each bundle
        (atomically, owner-only) into ``out_dir``, then purge the intake here, so
        this laptop cannot read back what it sealed."""
        config = self._field_config()
        if config is None:
            raise InvalidInput("This is not a field vault; seal intakes on a field laptop.")
        out_dir = Path(out_dir)
        if not out_dir.is_dir():
            raise InvalidInput(f"The folder {out_dir} does not exist; create it first.")
        office_public = bytes.fromhex(config["office_public"])
        device_private = bytearray(bytes.fromhex(config["device_private"]))
        written: list[Path] = []
        try:
            for summary in self.list_clients(limit=100_000):
                exported = self.export_client(summary.uuid, reason="client_request")
                document = intake_json.client_to_json(
                    exported.file,
                    documents=exported.documents,
                    exported_by=exported.exported_by,
                    exported_at=exported.exported_at,
                    checkpoint=exported.checkpoint,
                )
                payload = json.dumps(document, ensure_ascii=False).encode("utf-8")
                header = sealing.BundleHeader(
                    bundle_id=str(uuid.uuid4()),
                    device_id=config["device_id"],
                    form_version=config["form_version"],
                    sealed_at=datetime.now(UTC).replace(microsecond=0).isoformat(),
                )
                bundle = sealing.seal(
                    payload,
                    header,
                    office_public=office_public,
                    device_private=bytes(device_private),
                )
                del payload, document, exported
                target = out_dir / f"{header.bundle_id}{BUNDLE_SUFFIX}"
                write_private(target, bundle)
                written.append(target)
                self.delete_client(summary.uuid, vacuum=False)
        finally:
            wipe(device_private)
        if written:
            self._vacuum()
        return written

    def _vacuum(self) -> None:
        from caseapp.storage.connection import vacuum_database

        with self._guard.audited():
            vacuum_database(self._db())


def read_kit(path: Path, passphrase: str) -> dict[str, str]:
    """The field configuration a kit carries, its device key unwrapped with the
    kit passphrase. Raises KitRefused with the reason."""
    path = Path(path)
    if path.is_dir():
        path = path / KIT_NAME
    try:
        body = json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        raise KitRefused(f"{path} is not a readable caseapp field kit.") from None
    if not isinstance(body, dict) or body.get("format") != KIT_FORMAT or body.get("version") != 1:
        raise KitRefused(f"{path} is not a caseapp field kit (or is from another version).")
    params_raw = body.get("kdf")
    wrapped = body.get("device_key")
    if not isinstance(params_raw, dict) or not isinstance(wrapped, dict):
        raise KitRefused("The field kit is damaged.")
    try:
        params = kdf.KdfParams(
            memory_kib=int(params_raw["memory_kib"]),
            iterations=int(params_raw["iterations"]),
            lanes=int(params_raw["lanes"]),
        )
        params.check()  # a hostile kit must not make us spend gigabytes
    except (KeyError, TypeError, ValueError, CaseappError):
        raise KitRefused("The field kit is damaged (its key settings).") from None
    try:
        private = sealing.unwrap_device_key(
            _unb64(wrapped.get("salt"), 16),
            _unb64(wrapped.get("nonce"), 12),
            _unb64(wrapped.get("ct")),
            passphrase,
            params,
            _kit_aad(body),
        )
    except sealing.WrongKitPassphrase:
        raise KitRefused(
            "That is not the kit passphrase, or the kit was changed. Ask the office "
            "for the passphrase (given in person) or a new kit."
        ) from None
    for key in ("device_id", "form_version", "office_vault", "device_name"):
        if not isinstance(body.get(key), str):
            raise KitRefused("The field kit is damaged.")
    return {
        "device_id": str(body["device_id"]),
        "device_name": str(body["device_name"]),
        "form_version": str(body["form_version"]),
        "office_vault": str(body["office_vault"]),
        "office_public": _unb64(body.get("office_public"), 32).hex(),
        "device_private": private.hex(),
    }


def create_field_vault(
    path: Path,
    admin: str,
    passphrase: str,
    kit: Path,
    kit_passphrase: str,
    *,
    kdf_params: kdf.KdfParams | None = None,
) -> object:
    """A new field vault set up from ``kit`` (read and unwrapped first, so a wrong
    kit passphrase creates nothing). Returns what ``create_vault`` returns."""
    from caseapp.services import vault as vaults  # (vault imports this module)

    config = read_kit(kit, kit_passphrase)
    created = vaults.create_vault(path, admin, passphrase, kdf_params=kdf_params)
    with vaults.unlock(path, admin, passphrase) as session:
        session.set_field_config(config)
    return created
