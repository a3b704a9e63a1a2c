"""Hostile input against a real vault (issue 10, item 5): search strings, client
names and notes, the audit verifier's anchor and checkpoints, CSV imports,
damaged backup files (verify and restore), damaged field bundles.

Each call returns or raises CaseappError with a message (tests/hostile.py),
never anything else, never a hang; what was refused changed nothing (no client,
no restored vault, no imported intake), and after each test the vault passes
every integrity check and its audit chain verifies.
"""

from __future__ import annotations

import shutil
import unicodedata
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hostile import clean, flipped, hostile_name, hostile_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseapp.core import intake_csv
from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity
from caseapp.core.errors import CaseappError
from caseapp.crypto import audit_chain, kdf
from caseapp.services import field, vault
from caseapp.services.backup import restore_backup, verify_backup

ADMIN = "admin"
PASSPHRASE = "correct horse battery staple 9x"
FIELD_USER = "fieldworker"
FIELD_PASS = "clinic laptop passphrase horse 9"
KIT_PASS = "kit passphrase given in person"
SHARED = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


class Office:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.path = root / "vault"
        made = vault.create_vault(self.path, ADMIN, PASSPHRASE, kdf_params=kdf.FLOOR)
        self.code, self.anchor = made.recovery_code, made.audit_anchor
        self.session = vault.unlock(self.path, ADMIN, PASSPHRASE)
        self.client = self.session.create_client(ClientIdentity("Hostilegiven", "Testfamily"))
        self.session.add_record(self.client, rec.Note("hearing filing evidence declaration"))

    def scratch(self) -> Path:
        folder = self.root / f"scratch-{uuid.uuid4().hex[:8]}"
        folder.mkdir()
        return folder

    def clients(self) -> int:
        return len(self.session.list_clients(limit=10_000))


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    made = Office(tmp_path_factory.mktemp("hostile-vault"))
    yield made
    made.session.lock()


@pytest.fixture
def intact(office: Office) -> Iterator[Office]:
    """The office, checked whole after the test."""
    yield office
    assert office.session.check_integrity() == []
    assert office.session.verify_audit(anchor=office.anchor).ok


@settings(SHARED, max_examples=200)
@given(hostile_text)
def test_hostile_search_strings(intact: Office, query: str) -> None:
    for search in (intact.session.search_clients, intact.session.search_notes):
        found = clean(search, query, limit=20)
        assert isinstance(found, CaseappError | list)


@settings(SHARED, max_examples=120)
@given(hostile_name, hostile_name, st.one_of(hostile_name, hostile_text))
def test_hostile_names_and_notes(intact: Office, given: str, family: str, note: str) -> None:
    before = intact.clients()
    made = clean(intact.session.create_client, ClientIdentity(given, family))
    if isinstance(made, CaseappError):
        assert intact.clients() == before  # refused: nothing kept
        return
    file = intact.session.read_client_file(made)
    stored = file.client.identity
    # Kept as typed, but NFC and with white space trimmed and collapsed.
    assert stored.given_names == " ".join(unicodedata.normalize("NFC", given).split())
    assert stored.family_names == " ".join(unicodedata.normalize("NFC", family).split())
    name = file.client.display_name
    name.encode("utf-8")  # what was stored has no lone surrogate
    assert "\x00" not in name
    clean(intact.session.search_clients, name, limit=5)
    added = clean(intact.session.add_record, made, rec.Note(note))
    if not isinstance(added, CaseappError):
        (stored,) = (
            s for s in intact.session.read_client_file(made).of(rec.Note) if s.uuid == added
        )
        stored.record.body.encode("utf-8")
        clean(intact.session.search_notes, note, limit=5)


@settings(SHARED, max_examples=100)
@given(st.one_of(st.none(), hostile_text), st.lists(hostile_text, max_size=4))
def test_hostile_anchors_and_checkpoints(
    intact: Office, anchor: str | None, points: list[str]
) -> None:
    result = clean(intact.session.verify_audit, anchor=anchor, checkpoints=points)
    if not isinstance(result, CaseappError) and anchor is not None and result.mac_checked:
        # Garbage that happens to parse as an anchor is not this vault's anchor.
        assert not result.ok


def test_another_well_formed_anchor_never_verifies(intact: Office) -> None:
    for _ in range(5):
        other, _key = audit_chain.new_anchor()
        result = clean(intact.session.verify_audit, anchor=other)
        assert not isinstance(result, CaseappError)
        assert result.mac_checked
        assert not result.ok
    assert intact.session.verify_audit(anchor=intact.anchor).ok


@settings(SHARED, max_examples=60)
@given(st.integers(0, 15), st.integers(-3, 3), st.booleans())
def test_a_wrong_checkpoint_never_verifies(
    intact: Office, digit: int, shift: int, cut: bool
) -> None:
    """A real checkpoint with its head changed in one hex digit, or its number
    moved: refused or reported broken, never passed."""
    point = intact.session.audit_checkpoint().full
    seq, head = point.split(":")
    if shift == 0:
        position = digit % len(head)
        wrong = (
            head[:position] + format((int(head[position], 16) + 1) % 16, "x") + head[position + 1 :]
        )
        claim = f"{seq}:{wrong[:16] if cut else wrong}"
    else:
        claim = f"{max(1, int(seq) + shift)}:{head}"
        if int(claim.split(":")[0]) == int(seq):
            return
    result = clean(intact.session.verify_audit, anchor=intact.anchor, checkpoints=[claim])
    if not isinstance(result, CaseappError):
        assert not result.ok, claim


CSV_HEADER = "given_names,family_names,date_of_birth,a_number,phone,country_of_birth,notes"


@settings(SHARED, max_examples=60)
@given(st.lists(st.lists(hostile_text, min_size=1, max_size=7), min_size=1, max_size=4))
def test_hostile_csv_rows_import_whole_or_not_at_all(intact: Office, rows: list[list[str]]) -> None:
    def cell(value: str) -> str:
        return '"' + value.replace('"', '""') + '"'

    data = "\n".join([CSV_HEADER, *(",".join(cell(v) for v in row) for row in rows)]) + "\n"
    parsed = clean(intake_csv.parse_csv, data.encode("utf-8", "surrogatepass"), today=date.today())
    if isinstance(parsed, CaseappError) or parsed.errors or not parsed.plans:
        return
    before = intact.clients()
    result = clean(intact.session.import_plans, parsed.plans)
    if isinstance(result, CaseappError):
        assert intact.clients() == before
    else:
        assert intact.clients() == before + len(parsed.plans)


# -- damaged backups -------------------------------------------------------------------


@pytest.fixture(scope="module")
def backup_file(office: Office) -> bytes:
    out = office.scratch() / "office.cab"
    office.session.backup(out)
    return out.read_bytes()


def test_damaged_backups_are_refused_and_restore_nothing(
    office: Office, backup_file: bytes
) -> None:
    outcomes: dict[str, int] = {"refused": 0, "passed": 0}

    @settings(SHARED, max_examples=40)
    @given(flipped(backup_file))
    def check(damaged: bytes) -> None:
        folder = office.scratch()
        try:
            file = folder / "damaged.cab"
            file.write_bytes(damaged)
            checked = clean(verify_backup, file, None, office.code, anchor=office.anchor)
            if isinstance(checked, CaseappError):
                outcomes["refused"] += 1
            elif checked.ok:
                # Only bytes past the end of a whole backup may go unnoticed.
                assert damaged.startswith(backup_file), "a damaged backup verified"
                outcomes["passed"] += 1
            else:
                outcomes["refused"] += 1
            target = folder / "restored"
            restored = clean(restore_backup, file, target, ADMIN, PASSPHRASE, anchor=office.anchor)
            if isinstance(restored, CaseappError):
                assert not target.exists(), "a refused restore left a vault behind"
                assert [p.name for p in folder.iterdir()] == ["damaged.cab"]
            else:
                assert damaged.startswith(backup_file)
        finally:
            shutil.rmtree(folder)

    check()
    assert outcomes["refused"] > 0


# -- damaged field bundles -------------------------------------------------------------


@pytest.fixture(scope="module")
def bundle(office: Office) -> bytes:
    kit = office.scratch()
    office.session.make_field_kit(kit, "Clinic laptop 1", KIT_PASS, kdf_params=kdf.FLOOR)
    laptop = office.scratch() / "field"
    field.create_field_vault(laptop, FIELD_USER, FIELD_PASS, kit, KIT_PASS, kdf_params=kdf.FLOOR)
    with vault.unlock(laptop, FIELD_USER, FIELD_PASS) as s:
        s.take_intake(
            ClientIdentity("Bundlegiven", "Fieldfamily"),
            records=[(rec.new_uuid(), rec.Note("met at the clinic"))],
        )
        (sealed,) = s.seal_intakes(office.scratch())
    return sealed.read_bytes()


def test_damaged_bundles_are_rejected_one_by_one(intact: Office, bundle: bytes) -> None:
    @settings(SHARED, max_examples=60)
    @given(flipped(bundle))
    def check(damaged: bytes) -> None:
        folder = intact.scratch()
        file = folder / "intake.cab"
        file.write_bytes(damaged)
        before = intact.clients()
        outcomes = clean(intact.session.import_bundles, [file])
        assert not isinstance(outcomes, CaseappError)
        (outcome,) = outcomes
        if damaged != bundle:
            assert outcome.status == "rejected", outcome
            assert outcome.reason
            assert intact.clients() == before
        shutil.rmtree(folder)

    check()
