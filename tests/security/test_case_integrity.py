"""The rules a reviewer tried to get around: no case without a real conflict
check, no masked number read back through search, no refusal unrecorded, no
computed deadline overwritten, no masked copy written back over the data."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest

from caseapp.core import intake_json
from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity
from caseapp.core.errors import InvalidInput, NotFound, PermissionDenied
from caseapp.core.intake import ClientPlan, PlannedDocument
from caseapp.core.users import Role
from caseapp.services import vault
from caseapp.services.bulk import ImportRefused
from caseapp.services.session import Session

TODAY = date.today()
INES = "purple elephant wanders quietly 97"
PAULA = "seven lanterns drift over marble 13"


def _client(s: Session, given: str = "Lucía", family: str = "Mendoza") -> str:
    return s.create_client(ClientIdentity(given, family, date_of_birth=date(1980, 1, 2)))


def _refusals(s: Session) -> list[tuple[str, str]]:
    return [(e.user, e.fields) for e in s.list_audit(action="access_refused", limit=100)]


def test_first_records_cannot_carry_a_made_up_conflict_check(admin_session: Session) -> None:
    s = admin_session
    check, case = rec.new_uuid(), rec.new_uuid()
    records = [
        (check, rec.ConflictCheck("no_conflict", 0)),
        (case, rec.Case("asylum", TODAY, conflict_check_uuid=check)),
    ]
    with pytest.raises(InvalidInput, match="conflict check"):
        s.create_client(ClientIdentity("Ana", "Pérez"), records=records)
    with pytest.raises(InvalidInput, match="conflict check"):
        s.create_client(ClientIdentity("Ana", "Pérez"), records=records[1:])
    assert s.list_clients() == []


def test_an_import_that_records_a_conflict_opens_no_case(admin_session: Session) -> None:
    s = admin_session
    document = {
        "format": "caseapp-client/1",
        "given_names": "Nadie",
        "family_names": "Conocido",
        "cases": [{"subcode": "asylum", "opened_on": TODAY.isoformat()}],
        "conflict_decision": "conflict",
        "conflict_note": "Known conflict with a former client.",
    }
    plan = intake_json.parse_client_json(document, today=TODAY)
    with pytest.raises(ImportRefused, match="conflict of interest"):
        s.add_client_plan(plan)
    assert s.list_clients() == []


def test_plans_cannot_bring_their_own_check_or_point_documents_elsewhere(
    admin_session: Session,
) -> None:
    s = admin_session
    fake = rec.new_uuid()
    with pytest.raises(ImportRefused):
        s.import_plans(
            [ClientPlan(ClientIdentity("Ana"), records=((fake, rec.ConflictCheck("no_conflict")),))]
        )
    other = _client(s)
    check, _ = s.record_conflict_check(other, "no_conflict")
    their_case = s.open_case(other, rec.Case("tps", TODAY), check)
    stray = PlannedDocument(rec.new_uuid(), "a.txt", b"hello\n", case_uuid=their_case)
    with pytest.raises(ImportRefused, match="case that is not in the file"):
        s.import_plans([ClientPlan(ClientIdentity("Ana"), documents=(stray,))])
    # A planned id that is already taken is harmless: every planned id is renewed.
    taken = (their_case, rec.Note("reusing an id"))
    [new] = s.import_plans([ClientPlan(ClientIdentity("Ana"), records=(taken,))]).client_uuids
    [note] = s.read_client_file(new).of(rec.Note)
    assert note.uuid != their_case
    assert len(s.list_clients()) == 2


def test_adverse_parties_are_added_only_with_a_check_naming_them(admin_session: Session) -> None:
    s = admin_session
    existing = _client(s, "Carlos", "Ruiz")
    victim = _client(s)
    check, _ = s.record_conflict_check(victim, "no_conflict")
    case = s.open_case(victim, rec.Case("u_visa", TODAY), check)
    abuser = rec.Party(case, "adverse", "Carlos", "Ruiz")
    with pytest.raises(InvalidInput, match="conflict check"):
        s.add_record(victim, abuser)
    with pytest.raises(InvalidInput, match="conflict check"):
        s.add_party(victim, abuser)
    with pytest.raises(InvalidInput, match="not part of the conflict check"):
        s.add_party(victim, abuser, conflict_check_uuid=check)
    # The check that names him finds the existing client: it must be reviewed.
    with pytest.raises(InvalidInput, match="possible conflict"):
        s.record_conflict_check(victim, "no_conflict", adverse_names=["Carlos Ruiz"])
    cleared, report = s.record_conflict_check(
        victim, "cleared", adverse_names=["Carlos Ruiz"], note="Different person: checked DOB."
    )
    assert [h.candidate.client_uuid for h in report.hits] == [existing]
    party = s.add_party(victim, abuser, conflict_check_uuid=cleared)
    related = s.add_party(victim, rec.Party(case, "related", "Rosa", "Mendoza"))
    # Renaming an adverse party, or turning a related one adverse, needs a new check.
    with pytest.raises(InvalidInput, match="conflict check"):
        s.update_record(victim, party, rec.Party(case, "adverse", "Pedro", "Páramo"))
    with pytest.raises(InvalidInput, match="conflict check"):
        s.update_record(victim, related, rec.Party(case, "adverse", "Rosa", "Mendoza"))
    s.update_record(victim, party, rec.Party(case, "adverse", "Carlos", "Ruiz", notes="Ex"))


def test_an_old_conflict_check_opens_no_case(
    admin_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = admin_session
    client = _client(s)
    check, _ = s.record_conflict_check(client, "no_conflict")
    later = TODAY + timedelta(days=31)
    monkeypatch.setattr(type(s), "_today", lambda self: later)
    with pytest.raises(InvalidInput, match="more than 30 days old"):
        s.open_case(client, rec.Case("asylum", TODAY), check)


def test_a_masked_number_cannot_be_read_digit_by_digit(admin_session: Session) -> None:
    s = admin_session
    client = _client(s)
    s.add_record(client, rec.Identifier("ssn", "123-45-6789"))
    s.add_record(client, rec.Identifier("a_number", "A012-345-678"))
    for probe in ("1", "12", "123", "1234", "1234567", "0", "01", "0123", "A0123", "01234567"):
        assert s.search_clients(probe) == [], probe
    for whole in ("123-45-6789", "123456789", "A012-345-678", "12345678"):
        assert [c.uuid for c in s.search_clients(whole)] == [client], whole
    assert [c.uuid for c in s.search_clients("Luc")] == [client]  # names stay type-ahead


def test_the_asylum_deadline_is_done_only_by_a_filing_that_counts(admin_session: Session) -> None:
    s = admin_session
    client = _client(s)
    check, _ = s.record_conflict_check(client, "no_conflict")
    s.open_case(client, rec.Case("asylum", TODAY), check)
    s.add_record(client, rec.Application("I-589", filed_on=date(2019, 3, 1)))
    s.add_record(client, rec.Entry(TODAY - timedelta(days=60)))
    rejected = rec.Application("I-589", filed_on=TODAY - timedelta(days=5), status="rejected")
    s.add_record(client, rejected)

    def deadline() -> rec.Stored[rec.Deadline]:
        [found] = [d for d in s.read_client_file(client).of(rec.Deadline) if d.record.computed]
        return found

    assert deadline().record.done_on is None
    assert s.dashboard(days=30).asylum_deadlines == ()  # due in ~10 months: not yet listed
    assert [i.client_uuid for i in s.dashboard(days=366).asylum_deadlines] == [client]
    s.add_record(client, rec.Application("I-589", filed_on=TODAY))
    assert deadline().record.done_on == TODAY

    computed = deadline()
    moved = rec.Deadline(TODAY + timedelta(days=900), computed.record.title, "asylum_one_year")
    with pytest.raises(InvalidInput, match="computed"):
        s.update_record(client, computed.uuid, moved)
    with pytest.raises(InvalidInput, match="computed"):
        s.delete_record(client, rec.Deadline, computed.uuid)
    with pytest.raises(InvalidInput, match="Computed"):
        s.add_record(client, rec.Deadline(TODAY, "fake", computed=True))


def test_a_masked_copy_cannot_be_written_back(admin_session: Session) -> None:
    s = admin_session
    client = _client(s)
    note = s.add_record(client, rec.Note("The narrative itself.", sensitive=True))
    address = s.add_record(client, rec.Address("1 Calle Uno", city="Oakland"))
    masked = {x.uuid: x for x in s.read_client_file(client).of(rec.Note)}[note]
    for changed in (
        rec.Note(masked.record.body, privileged=True, sensitive=True),
        rec.Note(masked.record.body, sensitive=False),
    ):
        with pytest.raises(InvalidInput, match="masked"):
            s.update_record(client, note, changed)
    masked_address = s.read_client_file(client).of(rec.Address)[0].record
    with pytest.raises(InvalidInput):
        s.update_record(client, address, masked_address)
    assert s.reveal(client, note).record.body == "The narrative itself."


def test_bad_ids_and_reasons_are_messages_not_crashes(admin_session: Session) -> None:
    s = admin_session
    client = _client(s)
    for call in (
        lambda: s.read_client("not-a-uuid"),
        lambda: s.read_client_file("not-a-uuid"),
        lambda: s.client_conflicts("not-a-uuid"),
        lambda: s.read_notes("'; DROP TABLE clients; --"),
        lambda: s.read_document(client, "nope"),
        lambda: s.reveal(client, rec.new_uuid()),
    ):
        with pytest.raises(NotFound):
            call()
    with pytest.raises(InvalidInput, match="reason"):
        s.read_client(client, reason="because I am curious")


@pytest.fixture
def staff(make_vault: Callable[..., Any]) -> Any:
    made = make_vault()
    with vault.unlock(made.path, made.admin, made.passphrase) as admin:
        admin.add_user("ines", Role.INTAKE, INES)
        admin.add_user("paula", Role.PARALEGAL, PAULA)
        theirs = _client(admin, "Zyxwqv", "Adminclient")
    return made, theirs


def test_every_refusal_by_role_is_recorded(staff: Any) -> None:
    made, theirs = staff
    with vault.unlock(made.path, "ines", INES) as ines:
        twin = _client(ines, "Zyxwqv", "Adminclient")
        for attempt in (
            lambda: ines.export_client(theirs),
            lambda: ines.record_conflict_check(twin, "cleared"),
            lambda: ines.delete_client(twin),
            lambda: ines.set_funder_thresholds([]),
        ):
            with pytest.raises(PermissionDenied):
                attempt()
        plan = intake_json.parse_client_json(
            {
                "format": "caseapp-client/1",
                "given_names": "Zyxwqv",
                "family_names": "Adminclient",
                "cases": [{"subcode": "tps", "opened_on": TODAY.isoformat()}],
                "conflict_decision": "cleared",
            },
            today=TODAY,
        )
        with pytest.raises(PermissionDenied):
            ines.add_client_plan(plan)
    with vault.unlock(made.path, "paula", PAULA) as paula:
        with pytest.raises(PermissionDenied):
            paula.delete_client(theirs)
        from caseapp.services import demo

        with pytest.raises(PermissionDenied):
            demo.fill(paula, 1)
    with vault.unlock(made.path, made.admin, made.passphrase) as admin:
        refused = _refusals(admin)
        assert ("ines", "export") in refused
        assert ("ines", "create_conflict_check") in refused
        assert ("ines", "delete_client") in refused
        assert ("ines", "settings_changed") in refused
        assert ("ines", "import_clients") in refused
        assert ("paula", "delete_client") in refused
        assert ("paula", "import_clients") in refused


def test_intake_learns_that_a_conflict_exists_not_whose_file(staff: Any) -> None:
    made, theirs = staff
    with vault.unlock(made.path, made.admin, made.passphrase) as admin:
        check, _ = admin.record_conflict_check(
            theirs, "no_conflict", adverse_names=["Pablo Páramo"]
        )
        admin.open_case(
            theirs,
            rec.Case("u_visa", TODAY),
            check,
            parties=[rec.Party("", "adverse", "Pablo", "Páramo")],
        )
    with vault.unlock(made.path, "ines", INES) as ines:
        report = ines.check_conflicts("Pablo", "Páramo", date(1970, 1, 1))
        assert report.names_withheld
        [hit] = report.hits
        assert (hit.candidate.client_uuid, hit.candidate.record_uuid) == ("", "")
        assert hit.candidate.given == hit.candidate.family == ""
        assert len(hit.reasons) == 1
        assert "paralegal or attorney" in hit.reasons[0]


def test_a_refused_decision_still_records_the_search(admin_session: Session) -> None:
    s = admin_session
    _client(s, "Carlos", "Ruiz")
    victim = _client(s)
    before = len(s.list_audit(action="conflict_check", limit=1000))
    with pytest.raises(InvalidInput, match="possible conflict"):
        s.record_conflict_check(victim, "no_conflict", adverse_names=["Carlos Ruiz"])
    assert len(s.list_audit(action="conflict_check", limit=1000)) == before + 1
    plan = intake_json.parse_client_json(
        {
            "format": "caseapp-client/1",
            "given_names": "Carlos",
            "family_names": "Ruiz",
            "cases": [{"subcode": "tps", "opened_on": TODAY.isoformat()}],
        },
        today=TODAY,
    )
    with pytest.raises(ImportRefused, match="possible conflict"):
        s.add_client_plan(plan)
    assert len(s.list_audit(action="conflict_check", limit=1000)) == before + 2


def test_the_preferred_name_is_part_of_the_conflict_check(admin_session: Session) -> None:
    s = admin_session
    client = s.create_client(ClientIdentity("Guadalupe", "Torres", preferred_name="Lupita"))
    report = s.check_conflicts("Lupita", "Torres")
    assert [h.candidate.client_uuid for h in report.hits] == [client]
    assert report.hits[0].candidate.record_uuid == client


def test_demo_data_stays_out_of_a_vault_with_real_clients(admin_session: Session) -> None:
    from caseapp.services import demo

    s = admin_session
    assert demo.fill(s, 3, seed=2) == 3
    assert demo.fill(s, 2, seed=3) == 2  # more synthetic people: fine
    _client(s)
    with pytest.raises(PermissionDenied, match="real clients"):
        demo.fill(s, 1, seed=4)


def test_a_file_of_millions_of_objects_is_refused_before_parsing() -> None:
    junk = json.dumps({"format": "caseapp-client/1", "junk": [{}] * 250_000})
    with pytest.raises(InvalidInput, match="objects and lists"):
        intake_json.load_client_json(junk, today=TODAY)


def test_names_typed_as_one_string_are_found(admin_session: Session) -> None:
    """An adverse name is split at its last word: which words are the family name
    is a guess, so the check must not depend on it."""
    s = admin_session
    pablo = s.create_client(ClientIdentity("Pablo", "Páramo"))
    market = s.create_client(ClientIdentity("Mercado", "Central"))
    victim = _client(s)
    for adverse, expected in (
        ("Pablo Páramo Ruiz", pablo),
        ("Mercado Central Inc", market),
        ("Páramo Pablo", pablo),
    ):
        report = s.client_conflicts(victim, [adverse])
        assert expected in {h.candidate.client_uuid for h in report.hits}, adverse
    assert pablo in {
        h.candidate.client_uuid for h in s.check_conflicts("Pablo Páramo", "Ruiz").hits
    }


def test_an_import_checks_organisations_and_preferred_names(admin_session: Session) -> None:
    s = admin_session
    acme = s.create_client(ClientIdentity("Acme", "Cleaning"))
    lupita = s.create_client(ClientIdentity("Lupita", "Torres"))

    def plan(**extra: Any) -> Any:
        return intake_json.parse_client_json(
            {
                "format": "caseapp-client/1",
                "cases": [
                    {
                        "subcode": "u_visa",
                        "opened_on": TODAY.isoformat(),
                        "parties": extra.pop("parties", []),
                    }
                ],
                **extra,
            },
            today=TODAY,
        )

    employer = plan(
        given_names="Rosa",
        family_names="Quispe",
        parties=[
            {
                "role": "adverse",
                "given_names": "John",
                "family_names": "Doe",
                "organisation": "Acme Cleaning",
            }
        ],
    )
    with pytest.raises(ImportRefused, match="possible conflict"):
        s.add_client_plan(employer)
    nickname = plan(given_names="Guadalupe", family_names="Torres", preferred_name="Lupita")
    with pytest.raises(ImportRefused, match="possible conflict"):
        s.add_client_plan(nickname)
    assert {c.uuid for c in s.list_clients()} == {acme, lupita}


def test_reopening_a_case_needs_a_recent_check(
    admin_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = admin_session
    client = _client(s)
    check, _ = s.record_conflict_check(client, "no_conflict", adverse_names=["Juan Pérez"])
    case = s.open_case(
        client,
        rec.Case("asylum", TODAY),
        check,
        parties=[rec.Party("", "adverse", "Juan", "Pérez")],
    )
    other = s.open_case(client, rec.Case("tps", TODAY), check)
    [party] = s.read_client_file(client).of(rec.Party)
    with pytest.raises(InvalidInput, match="conflict check"):
        s.update_record(client, party.uuid, replace(party.record, case_uuid=other))
    closed = rec.Case("asylum", TODAY, status="closed", closing_code="A", closed_on=TODAY)
    s.update_record(client, case, closed)
    later = TODAY + timedelta(days=45)
    monkeypatch.setattr(type(s), "_today", lambda self: later)
    with pytest.raises(InvalidInput, match="more than 30 days old"):
        s.update_record(client, case, rec.Case("asylum", TODAY, status="open"))


def test_searches_by_number_are_rationed(admin_session: Session) -> None:
    from caseapp.services import client_file

    s = admin_session
    client = _client(s)
    s.add_record(client, rec.Identifier("itin", "912-70-4321"))
    for i in range(client_file.NUMBER_SEARCHES):
        s.search_clients(f"9127{i:05d}")
    with pytest.raises(PermissionDenied, match="searches by number"):
        s.search_clients("912704321")
    assert [c.uuid for c in s.search_clients("Lucía")] == [client]  # names are not rationed
    assert s.search_clients("1234") == []  # nor short digit runs, which match no number
    assert ("admin", "search_clients") in _refusals(s)
    entries = s.list_audit(action="search_clients", limit=200)
    assert sum(1 for e in entries if e.fields.endswith(",numbers")) == client_file.NUMBER_SEARCHES


def test_refusals_of_user_and_audit_management_are_recorded(staff: Any) -> None:
    made, _theirs = staff
    with vault.unlock(made.path, "paula", PAULA) as paula:
        for attempt in (
            lambda: paula.add_user("mallory", Role.ADMIN, "seven lanterns drift over marble 99"),
            lambda: paula.set_role("ines", Role.ADMIN),
            lambda: paula.rekey(),
            lambda: paula.list_audit(),
            lambda: paula.verify_audit(),
        ):
            with pytest.raises(PermissionDenied):
                attempt()
    with vault.unlock(made.path, made.admin, made.passphrase) as admin:
        refused = {f for u, f in _refusals(admin) if u == "paula"}
        assert {"user_added", "role_changed", "rekey", "audit_viewed", "audit_verified"} <= refused


def test_the_demo_guard_follows_the_clients_not_a_count(admin_session: Session) -> None:
    from caseapp.services import demo

    s = admin_session
    demo.fill(s, 3, seed=5)
    synthetic = s.list_clients()[0].uuid
    s.delete_client(synthetic, vacuum=False)
    assert demo.fill(s, 1, seed=6) == 1  # still only synthetic people
    _client(s)
    with pytest.raises(PermissionDenied, match="real clients"):
        demo.fill(s, 1, seed=7)


def test_mask_text_is_never_stored(admin_session: Session) -> None:
    s = admin_session
    client = _client(s)
    with pytest.raises(InvalidInput, match="masked"):
        s.add_record(client, rec.Note(rec.MASK_TEXT, sensitive=True))
    address = s.add_record(client, rec.Address("1 Calle Uno", city="Oakland"))
    masked = s.read_client_file(client).of(rec.Address)[0].record
    with pytest.raises(InvalidInput, match="masked"):
        s.update_record(client, address, masked)
    number = s.add_record(client, rec.Identifier("a_number", "A123456789"))
    masked_number = s.read_client_file(client).of(rec.Identifier)[0].record
    with pytest.raises(InvalidInput, match="masked"):
        s.update_record(client, number, masked_number)
