"""Field mode: a field laptop's vault takes new intakes and seals them, and
refuses everything else at the service layer — whatever the front end."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity
from caseapp.core.errors import InvalidInput, PermissionDenied
from caseapp.crypto.kdf import FLOOR
from caseapp.services import field, vault
from caseapp.services.audited import FIELD_ONLY
from caseapp.services.printing import Output

ADMIN = "ana"
PASS = "correct horse battery staple 42"
FIELD_USER = "fieldworker"
FIELD_PASS = "clinic laptop passphrase horse 9"
NEW_FIELD_PASS = "another clinic passphrase lamp 31"
KIT_PASS = "kit passphrase given in person"
PLANTED = "Wiremu-Tāwhiao"


@pytest.fixture
def laptop(tmp_path: Path) -> Path:
    office = tmp_path / "office"
    vault.create_vault(office, ADMIN, PASS, kdf_params=FLOOR)
    kit = tmp_path / "kit"
    kit.mkdir()
    with vault.unlock(office, ADMIN, PASS) as s:
        s.make_field_kit(kit, "Clinic laptop 4", KIT_PASS, kdf_params=FLOOR)
    path = tmp_path / "laptop"
    field.create_field_vault(path, FIELD_USER, FIELD_PASS, kit, KIT_PASS, kdf_params=FLOOR)
    return path


def _take(s: vault.Session, family: str = PLANTED) -> int:
    return s.take_intake(
        ClientIdentity("Hemi", family),
        records=[(rec.new_uuid(), rec.Note("Seen at the Saturday clinic"))],
    )


def test_a_field_vault_takes_and_counts_intakes_without_showing_them(laptop: Path) -> None:
    with vault.unlock(laptop, FIELD_USER, FIELD_PASS) as s:
        assert s.field_vault
        assert _take(s) == 1
        assert _take(s, "Second") == 2
        taken = s.pending_intakes()
        assert len(taken) == 2
        assert all(PLANTED not in t for t in taken)
        first = datetime.fromisoformat(taken[0])
        assert abs((datetime.now(UTC) - first.astimezone(UTC)).total_seconds()) < 300
        info = s.field_info()
        assert info is not None
        assert info.device_name == "Clinic laptop 4"
        assert "private" not in repr(info)
        assert "office_public" not in repr(info)
        assert s.check_audit_chain().ok
        # A bad document is refused before the intake is stored.
        with pytest.raises(InvalidInput):
            s.take_intake(
                ClientIdentity("Rangi", "Third"), documents=[("photo.jpg", b"MZ\x90\x00")]
            )
        assert len(s.pending_intakes()) == 2


@pytest.mark.parametrize(
    "act",
    [
        lambda s: s.list_clients(limit=10),
        lambda s: s.search_clients("Hemi"),
        lambda s: s.search_notes("clinic"),
        lambda s: s.check_conflicts("Hemi", PLANTED),
        lambda s: s.create_client(ClientIdentity("Direct", "Create")),
        lambda s: s.dashboard(days=30),
        lambda s: s.drafted_clients(),
        lambda s: s.export_client("00000000-0000-4000-8000-000000000000"),
        lambda s: s.read_client_file("00000000-0000-4000-8000-000000000000"),
        lambda s: s.backup(Path("/nonexistent/never-written.caseapp-backup")),
        lambda s: s.list_audit(),
        lambda s: s.add_user("second", vault.Role.INTAKE, "purple elephant wanders quietly 97"),
        lambda s: s.import_bundles([]),
        lambda s: s.audit_report_pdf(password=None, output=Output.PREVIEW),
    ],
    ids=[
        "list",
        "search",
        "notes",
        "conflicts",
        "create_client",
        "dashboard",
        "drafts",
        "export",
        "read",
        "backup",
        "audit",
        "users",
        "import",
        "audit_report",
    ],
)
def test_everything_else_is_refused_in_a_field_vault(laptop: Path, act: object) -> None:
    with vault.unlock(laptop, FIELD_USER, FIELD_PASS) as s:
        _take(s)
        with pytest.raises(PermissionDenied) as refused:
            act(s)  # type: ignore[operator]
        assert str(refused.value) == FIELD_ONLY
        assert PLANTED not in str(refused.value)
        assert len(s.pending_intakes()) == 1  # and nothing was lost


def test_passphrase_change_and_seal_work_in_a_field_vault(laptop: Path, tmp_path: Path) -> None:
    with vault.unlock(laptop, FIELD_USER, FIELD_PASS) as s:
        _take(s)
        s.change_passphrase(FIELD_PASS, NEW_FIELD_PASS)
    out = tmp_path / "outbox"
    out.mkdir()
    with vault.unlock(laptop, FIELD_USER, NEW_FIELD_PASS) as s:
        sealed = s.seal_intakes(out)
        assert len(sealed) == 1
        assert s.pending_intakes() == []
        assert s.verify_audit().ok


def test_office_vaults_do_not_take_field_intakes(tmp_path: Path) -> None:
    office = tmp_path / "office"
    vault.create_vault(office, ADMIN, PASS, kdf_params=FLOOR)
    with vault.unlock(office, ADMIN, PASS) as s:
        assert not s.field_vault
        assert s.field_info() is None
        with pytest.raises(InvalidInput, match="not a field vault"):
            _take(s)
        with pytest.raises(InvalidInput, match="not a field vault"):
            s.pending_intakes()
        # An office vault with clients can never be turned into a field vault.
        s.create_client(ClientIdentity("Office", "Client"))
        with pytest.raises(InvalidInput, match="new, empty vault"):
            s.set_field_config({"device_id": "x"})
        assert not s.field_vault


def test_a_field_intake_file_with_a_case_is_refused_without_a_conflict_check(
    laptop: Path,
) -> None:
    """The check would compare the adverse party with the intakes waiting here and
    so tell the holder what they hold: a field laptop takes no cases at all."""
    from caseapp.core import intake_json

    with vault.unlock(laptop, FIELD_USER, FIELD_PASS) as s:
        _take(s)
        for extra in (
            {
                "cases": [
                    {
                        "subcode": "asylum",
                        "opened_on": "2026-11-30",
                        "parties": [
                            {"role": "adverse", "given_names": "Hemi", "family_names": PLANTED}
                        ],
                    }
                ]
            },
            {"conflict_decision": "cleared"},
        ):
            document = {
                "format": "caseapp-client/1",
                "given_names": "Aroha",
                "family_names": "Probe",
                **extra,
            }
            try:
                plan = intake_json.load_client_json(
                    json.dumps(document).encode(), today=date(2026, 12, 1)
                )
            except InvalidInput as invalid:
                raise AssertionError(f"the test's own file is wrong: {invalid}") from None
            with pytest.raises(InvalidInput, match="intake only") as refused:
                s.take_intake_plan(plan)
            assert "conflict" not in str(refused.value).split(":")[0]
            assert PLANTED not in str(refused.value)
        assert len(s.pending_intakes()) == 1
