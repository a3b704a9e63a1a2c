"""Sealed field intake: a kit enrols a laptop, the field vault seals its intakes
to the office and keeps nothing it could read back, and the office imports
each bundle once — rejecting tampered, forged, unknown-device, wrong-version,
oversized and zip-bomb bundles with a reason, without stopping the rest."""

from __future__ import annotations

import base64
import io
import json
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity
from caseapp.core.documents import MAX_ARCHIVE_ENTRIES
from caseapp.core.errors import InvalidInput, PermissionDenied
from caseapp.core.intake_form import FORM_VERSION
from caseapp.core.users import Role
from caseapp.crypto import sealing
from caseapp.crypto.kdf import FLOOR
from caseapp.services import field, vault

ADMIN = "ana"
PASS = "correct horse battery staple 42"
FIELD_USER = "fieldworker"
FIELD_PASS = "clinic laptop passphrase horse 9"
KIT_PASS = "kit passphrase given in person"
PLANTED = "Ngozi-Oyèlárán"
PLANTED_NUMBER = "A209876543"
PAGE, RESERVE = 4096, 80
T = TypeVar("T")


@pytest.fixture
def office(tmp_path: Path) -> Path:
    path = tmp_path / "office"
    vault.create_vault(path, ADMIN, PASS, kdf_params=FLOOR)
    return path


def _kit(office: Path, tmp_path: Path, name: str = "Clinic laptop 1") -> Path:
    folder = tmp_path / f"kit-{uuid.uuid4().hex[:6]}"
    folder.mkdir()
    with vault.unlock(office, ADMIN, PASS) as s:
        s.make_field_kit(folder, name, KIT_PASS, kdf_params=FLOOR)
    return folder


def _field(tmp_path: Path, kit: Path, name: str = "field") -> Path:
    path = tmp_path / name
    field.create_field_vault(path, FIELD_USER, FIELD_PASS, kit, KIT_PASS, kdf_params=FLOOR)
    return path


def _intake(path: Path, family: str = PLANTED) -> str:
    """Take one intake on the field laptop; its id (read here only by the test —
    the field vault itself never shows an intake back)."""
    with vault.unlock(path, FIELD_USER, FIELD_PASS) as s:
        waiting = s.take_intake(
            ClientIdentity("Amaka", family),
            records=[
                (rec.new_uuid(), rec.Identifier("a_number", PLANTED_NUMBER)),
                (rec.new_uuid(), rec.Note("Met at the community centre clinic")),
            ],
            documents=[("statement.txt", f"Statement of {family}".encode())],
        )
        assert waiting == len(s.pending_intakes())
        return _field_internals(s, lambda: s.list_clients(limit=waiting)[-1].uuid)


def _field_internals(s: vault.Session, read: Callable[[], T]) -> T:
    """What only a test may do: read inside a field vault."""
    s._field_acts += 1
    try:
        return read()
    finally:
        s._field_acts -= 1


def _seal(path: Path, out: Path) -> list[Path]:
    out.mkdir(exist_ok=True)
    with vault.unlock(path, FIELD_USER, FIELD_PASS) as s:
        return s.seal_intakes(out)


def _decrypted_pages(file: Path, key: bytearray) -> bytes:
    data = file.read_bytes()
    out = bytearray()
    for n in range(len(data) // PAGE):
        page = data[n * PAGE : (n + 1) * PAGE]
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        dec = Cipher(algorithms.AES(bytes(key)), modes.CBC(iv)).decryptor()
        out += dec.update(page[16 if n == 0 else 0 : PAGE - RESERVE]) + dec.finalize()
    return bytes(out)


def _import(office: Path, *paths: Path) -> list[field.BundleOutcome]:
    with vault.unlock(office, ADMIN, PASS) as s:
        return s.import_bundles(list(paths))


def test_seal_then_import_once(office: Path, tmp_path: Path) -> None:
    kit = _kit(office, tmp_path)
    kit_text = (kit / field.KIT_NAME).read_text()
    assert PLANTED not in kit_text  # a kit holds no client data
    assert (kit / field.KIT_NAME).stat().st_mode & 0o777 == 0o600
    laptop = _field(tmp_path, kit)
    source = _intake(laptop)
    bundles = _seal(laptop, tmp_path / "outbox")
    assert len(bundles) == 1
    # The field laptop keeps nothing it could read back: no client, and no trace
    # of the name in any file of the field folder or the outbox, or in any
    # decrypted page of the field vault.
    with vault.unlock(laptop, FIELD_USER, FIELD_PASS) as s:
        assert s.pending_intakes() == []
        assert _field_internals(s, lambda: s.list_clients(limit=10)) == []
        key = bytearray(s._data_key)
        config = _field_internals(s, s._field_config)
    assert config is not None
    assert "office_private" not in config
    for folder in (laptop, tmp_path / "outbox"):
        for file in folder.rglob("*"):
            if file.is_file():
                data = file.read_bytes()
                for needle in (PLANTED, PLANTED_NUMBER[1:], "community centre"):
                    assert needle.encode() not in data, (file, needle)
                    assert needle.encode("utf-16-le") not in data
    assert PLANTED.encode() not in _decrypted_pages(laptop / "vault.db", key)
    # Nor can the laptop's own keys open what it sealed.
    data = bundles[0].read_bytes()
    with pytest.raises(sealing.BundleRejected, match="not sealed to this office"):
        sealing.open_bundle(
            data,
            device_public=_device_public(office),
            office_private=bytes.fromhex(config["device_private"]),
        )
    # The office imports it, with the conflict check, and only once.
    first = _import(office, *bundles)
    assert [(o.status, o.reason) for o in first] == [("imported", "")]
    again = _import(office, *bundles)
    assert [o.status for o in again] == ["duplicate"]
    with vault.unlock(office, ADMIN, PASS) as s:
        clients = s.list_clients(limit=10)
        assert [c.family_names for c in clients] == [PLANTED]
        imported = clients[0].uuid
        assert imported != source  # a new id in the office vault
        file = s.read_client_file(imported, reveal=True, reason="case_work")
        assert len(file.of(rec.Document)) == 1
        assert s.read_document(imported, file.of(rec.Document)[0].uuid)[1] == (
            f"Statement of {PLANTED}".encode()
        )
        actions = [e.action for e in s.list_audit(client=imported, limit=20)]
        assert "field_import" in actions
        assert "conflict_check" in actions


def _device_public(office: Path) -> bytes:
    with vault.unlock(office, ADMIN, PASS) as s:
        return s.field_devices()[0].public_key


def test_a_wrong_kit_passphrase_creates_nothing(office: Path, tmp_path: Path) -> None:
    kit = _kit(office, tmp_path)
    target = tmp_path / "field"
    with pytest.raises(field.KitRefused, match="not the kit passphrase"):
        field.create_field_vault(
            target, FIELD_USER, FIELD_PASS, kit, "not the kit passphrase", kdf_params=FLOOR
        )
    assert not target.exists()
    (kit / field.KIT_NAME).write_text(
        (kit / field.KIT_NAME).read_text().replace("Clinic laptop 1", "Clinic laptop 9")
    )
    with pytest.raises(field.KitRefused, match="kit was changed"):
        field.create_field_vault(target, FIELD_USER, FIELD_PASS, kit, KIT_PASS, kdf_params=FLOOR)


def _config(laptop: Path) -> dict[str, str]:
    with vault.unlock(laptop, FIELD_USER, FIELD_PASS) as s:
        config = _field_internals(s, s._field_config)
    assert config is not None
    return config


def _crafted(laptop: Path, payload: bytes, out: Path, *, form: str = FORM_VERSION) -> Path:
    """A bundle signed with the laptop's real key, with any payload or version."""
    config = _config(laptop)
    header = sealing.BundleHeader(str(uuid.uuid4()), config["device_id"], form, "2026-12-02")
    data = sealing.seal(
        payload,
        header,
        office_public=bytes.fromhex(config["office_public"]),
        device_private=bytes.fromhex(config["device_private"]),
    )
    target = out / f"{header.bundle_id}{field.BUNDLE_SUFFIX}"
    target.write_bytes(data)
    return target


def _payload(given: str, *documents: tuple[str, bytes]) -> bytes:
    return json.dumps(
        {
            "format": "caseapp-client/1",
            "uuid": str(uuid.uuid4()),
            "given_names": given,
            "family_names": "Synthetic",
            "documents": [
                {"filename": name, "content_base64": base64.b64encode(content).decode()}
                for name, content in documents
            ],
        }
    ).encode()


def test_hostile_bundles_are_rejected_one_by_one(office: Path, tmp_path: Path) -> None:
    laptop = _field(tmp_path, _kit(office, tmp_path))
    _intake(laptop, "Goodone")
    _intake(laptop, "Secondgood")
    out = tmp_path / "outbox"
    good, second = _seal(laptop, out)
    data = good.read_bytes()
    cases: dict[str, bytes] = {}
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0x01
    cases["flipped"] = bytes(flipped)
    other = second.read_bytes()
    cases["swapped"] = data[:-64] + other[-64:]  # another bundle's signature
    cases["truncated"] = data[:-100]
    cases["junk"] = b"PK\x03\x04 not a bundle at all"
    paths = []
    for name, content in cases.items():
        path = out / f"{name}{field.BUNDLE_SUFFIX}"
        path.write_bytes(content)
        paths.append(path)
    # A laptop enrolled with another office: its bundles are unknown here.
    elsewhere = tmp_path / "elsewhere"
    vault.create_vault(elsewhere, ADMIN, PASS, kdf_params=FLOOR)
    stranger = _field(tmp_path, _kit(elsewhere, tmp_path), "stranger")
    _intake(stranger, "Fromelsewhere")
    (unknown,) = _seal(stranger, tmp_path / "stranger-out")
    old_form = _crafted(laptop, _payload("Oldform"), out, form="1999-01")
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w") as archive:
        for n in range(MAX_ARCHIVE_ENTRIES + 1):
            archive.writestr(f"word/part{n}.xml", "")
    zipped = _crafted(laptop, _payload("Zipbomb", ("letter.docx", bomb.getvalue())), out)
    not_json = _crafted(laptop, b"\xff\xfe not json", out)
    huge = out / f"huge{field.BUNDLE_SUFFIX}"
    with huge.open("wb") as fh:
        fh.truncate(sealing.MAX_BUNDLE_BYTES + 1)
    outcomes = _import(office, *paths, unknown, old_form, zipped, not_json, huge, good, second)
    by_name = {o.path.name: o for o in outcomes}
    assert "signature does not match" in by_name[f"flipped{field.BUNDLE_SUFFIX}"].reason
    assert "signature does not match" in by_name[f"swapped{field.BUNDLE_SUFFIX}"].reason
    assert "truncated" in by_name[f"truncated{field.BUNDLE_SUFFIX}"].reason
    assert "not a caseapp intake bundle" in by_name[f"junk{field.BUNDLE_SUFFIX}"].reason
    assert "never enrolled" in by_name[unknown.name].reason
    assert "form version 1999-01" in by_name[old_form.name].reason
    assert "refused" in by_name[zipped.name].reason
    assert "caseapp client format" in by_name[not_json.name].reason
    assert "larger than any" in by_name[huge.name].reason
    # ... and the good ones still went in.
    assert by_name[good.name].status == "imported"
    assert by_name[second.name].status == "imported"
    with vault.unlock(office, ADMIN, PASS) as s:
        names = sorted(c.family_names for c in s.list_clients(limit=10))
    assert names == ["Goodone", "Secondgood"]


def test_the_same_intake_sealed_twice_is_imported_once(office: Path, tmp_path: Path) -> None:
    laptop = _field(tmp_path, _kit(office, tmp_path))
    payload = _payload("Twice")
    out = tmp_path / "outbox"
    out.mkdir()
    first = _crafted(laptop, payload, out)
    replay = _crafted(laptop, payload, out)  # a new bundle id, the same intake id
    outcomes = _import(office, first, replay)
    assert [o.status for o in outcomes] == ["imported", "duplicate"]


def test_revoked_laptops_and_roles(office: Path, tmp_path: Path) -> None:
    laptop = _field(tmp_path, _kit(office, tmp_path))
    _intake(laptop)
    (bundle,) = _seal(laptop, tmp_path / "outbox")
    with vault.unlock(office, ADMIN, PASS) as s:
        (device,) = s.field_devices()
        s.revoke_device(device.device_id)
        with pytest.raises(InvalidInput):
            s.revoke_device(device.device_id)
        s.add_user("ines", Role.INTAKE, "purple elephant wanders quietly 97")
    assert "revoked" in _import(office, bundle)[0].reason
    with (
        vault.unlock(office, "ines", "purple elephant wanders quietly 97") as s,
        pytest.raises(PermissionDenied),
    ):
        s.import_bundles([bundle])
    with vault.unlock(office, ADMIN, PASS) as s:
        with pytest.raises(InvalidInput, match="not a field vault"):
            s.seal_intakes(tmp_path)
        with pytest.raises(InvalidInput, match="never a person's name"):
            s.make_field_kit(tmp_path, "../../etc", KIT_PASS, kdf_params=FLOOR)
        with pytest.raises(InvalidInput, match="at least 12"):
            s.make_field_kit(tmp_path, "Laptop 3", "short", kdf_params=FLOOR)
