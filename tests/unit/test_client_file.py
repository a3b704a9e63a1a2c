"""A client's file through the service layer, on a real SQLCipher vault: every
record kind stored and read back, references kept inside the file, tier-1
masking with audited reveals, derived deadlines, roles."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity, ClientProfile
from caseapp.core.errors import InvalidInput, NotFound, PermissionDenied
from caseapp.core.users import Role
from caseapp.services import vault
from caseapp.services.session import Session
from caseapp.storage import records as store

TODAY = date.today()
OTHER_PASSPHRASE = "purple elephant wanders quietly 97"


def _client(s: Session, given: str = "María José", family: str = "García López") -> str:
    return s.create_client(ClientIdentity(given, family, date_of_birth=date(1990, 5, 1)))


def _open_case(s: Session, client: str, subcode: str = "asylum") -> str:
    check, _report = s.record_conflict_check(client, "cleared")
    return s.open_case(client, rec.Case(subcode, TODAY), check)


def _actions(s: Session, client: str) -> list[tuple[str, str]]:
    return [(e.action, e.fields) for e in s.list_audit(client=client, limit=1000)]


def test_the_schema_matches_the_records(admin_session: Session) -> None:
    conn = admin_session._db()
    with admin_session._guard.audited():
        assert store.schema_mismatches(conn) == []


def test_every_kind_is_stored_and_read_back(admin_session: Session) -> None:
    s = admin_session
    client = _client(s)
    case = _open_case(s, client)
    member = s.add_record(client, rec.HouseholdMember("Ana", "García", "child", date(2015, 1, 1)))
    proceeding = s.add_record(client, rec.Proceeding("removal", "San Francisco Immigration Court"))
    made: list[rec.Record] = [
        rec.Alias("Maria", "Garcia", "other_spelling"),
        rec.Identifier("itin", "900-70-1234"),
        rec.Phone("+502 2345 6789", "mother", safe_to_call=True),
        rec.Email("Maria@Example.ORG"),
        rec.Address("12 Calle Uno", city="Oakland", region="CA", postal_code="94601"),
        rec.Income(Decimal("12.50"), "hourly", "employment", member, Decimal(30)),
        rec.Entry(date(2025, 3, 3), "San Ysidro", "without_inspection"),
        rec.Application("I-589", "ioe0912345678", date(2025, 6, 1), "pending"),
        rec.Hearing(
            datetime(2027, 1, 12, 8, 30),
            "master_calendar",
            "Courtroom 3",
            "Judge Ruiz",
            proceeding,
            case,
        ),
        rec.CheckIn(datetime(2027, 2, 1, 9, 0), "San Francisco ICE field office"),
        rec.Detention("Mesa Verde", date(2025, 3, 4), date(2025, 4, 1)),
        rec.Party(case, "related", "Rosa", "García", relationship="sister"),
        rec.Deadline(TODAY + timedelta(days=10), "Evidence due", "filing", case),
        rec.Task("Call about biometrics", TODAY + timedelta(days=3), case, "admin"),
        rec.Note("Client fled after threats.", case, privileged=True),
        rec.TimeEntry(case, TODAY, 45, "interview", "Intake interview"),
        rec.ChecklistItem(case, "Police report", "police_report", "requested"),
    ]
    uuids = {s.add_record(client, r): r for r in made}
    file = s.read_client_file(client, reveal=True)
    stored = {x.uuid: x for rows in file.records.values() for x in rows}
    for record_uuid, original in uuids.items():
        expected = original.cleaned(TODAY)
        if isinstance(expected, rec.TimeEntry):
            expected = replace(expected, worker="admin")  # the acting user, when left empty
        assert stored[record_uuid].record == expected, type(original).__name__
        assert stored[record_uuid].client_uuid == client
        assert stored[record_uuid].created_by == "admin"
    phone = file.of(rec.Phone)[0].record
    assert phone.number == "+50223456789"
    assert file.of(rec.Email)[0].record.address == "Maria@example.org"
    assert file.of(rec.Application)[0].record.receipt_number == "IOE0912345678"
    assert file.of(rec.TimeEntry)[0].record.worker == "admin"
    assert file.household_size == 2


def test_names_in_any_script_come_back_exactly(admin_session: Session) -> None:
    s = admin_session
    names = [
        ("Nguyễn Thị", "Minh Khai"),
        ("Вера", "Łukaszewicz"),
        ("Ἀλέξανδρος", "Παπαδόπουλος"),
        ("محمد", "الأحمد"),
        ("王", "小明"),
        ("ኣበበ", "ከበደ"),
        ("Ñúñez", "Çelik-Øvergård"),
    ]
    for given, family in names:
        uid = s.create_client(ClientIdentity(given, family))
        back = s.read_client(uid).identity
        assert (back.given_names, back.family_names) == (given, family)


def test_profile_codes_are_checked_and_kept(admin_session: Session) -> None:
    s = admin_session
    uid = s.create_client(
        ClientIdentity("Ixchel", "Tzul"),
        ClientProfile(
            country_of_birth="gtm",
            citizenships=("GT", "Mexico"),
            languages=("mam", "es"),
            interpreter_needed=True,
            immigration_status="asylum_pending",
        ),
    )
    profile = s.read_client(uid).profile
    assert profile.country_of_birth == "GT"
    assert profile.citizenships == ("GT", "MX")
    assert profile.languages == ("mam", "spa")
    with pytest.raises(InvalidInput):
        s.update_profile(uid, ClientProfile(country_of_birth="Atlantis"))
    with pytest.raises(InvalidInput):
        s.update_profile(uid, ClientProfile(languages=("klingonese",)))
    updated = s.update_profile(uid, ClientProfile(languages=("quc",), region="hawaii"))
    assert updated.profile.region == "hawaii"
    entry = s.list_audit(client=uid, action="update_client", limit=1)[0]
    assert "languages" in entry.fields.split(",")
    assert "region" in entry.fields.split(",")


def test_tier1_values_are_masked_until_revealed_and_a_reveal_is_recorded(
    admin_session: Session,
) -> None:
    s = admin_session
    client = _client(s)
    a_number = s.add_record(client, rec.Identifier("a_number", "A123-456-789"))
    s.add_record(client, rec.Address("742 Evergreen Terrace", city="Springfield"))
    s.add_record(client, rec.Note("Zqxsecret narrative.", sensitive=True))
    s.add_record(client, rec.Note("Plain note."))
    s.set_safety(client, rec.Safety(code_word="mango", domestic_violence=True))

    masked = s.read_client_file(client)
    ident = masked.of(rec.Identifier)[0]
    assert ident.record.value == "A•••-•••-789"
    assert ident.hidden == {"value"}
    address = masked.of(rec.Address)[0]
    assert "Evergreen" not in repr(address)
    assert address.record.line1 == rec.MASK_TEXT
    notes = {n.record.body for n in masked.of(rec.Note)}
    assert notes == {rec.MASK_TEXT, "Plain note."}
    assert masked.of(rec.Safety) == ()
    assert masked.safety_hidden
    assert not any(e.action == "reveal" for e in s.list_audit(client=client, limit=100))

    shown = s.read_client_file(client, reveal=True, reason="case_work")
    assert shown.of(rec.Identifier)[0].record.value == "123456789"
    assert shown.of(rec.Safety)[0].record.code_word == "mango"
    reveal = s.list_audit(client=client, action="reveal", limit=1)[0]
    assert reveal.fields == "a_number,address,safety,sensitive_note"
    assert reveal.reason == "case_work"

    one = s.reveal(client, a_number)
    assert one.record.value == "123456789"
    assert s.list_audit(client=client, action="reveal", limit=1)[0].fields == "a_number"


def test_the_audit_names_fields_never_values(admin_session: Session) -> None:
    s = admin_session
    client = _client(s, "Zqxplanted", "Zqxfamily")
    note = s.add_record(client, rec.Note("Zqxnotebody"))
    s.update_record(client, note, rec.Note("Zqxnotebody two", privileged=True))
    conn = s._db()
    rows = conn.execute("SELECT * FROM audit_log").fetchall()
    text = repr(rows)
    for planted in ("Zqxplanted", "Zqxfamily", "Zqxnotebody"):
        assert planted not in text
    assert ("update_note", "body,privileged") in _actions(s, client)


def test_references_stay_inside_the_clients_file(admin_session: Session) -> None:
    s = admin_session
    mine = _client(s)
    theirs = _client(s, "Other", "Person")
    their_case = _open_case(s, theirs)
    with pytest.raises(NotFound):
        s.add_record(mine, rec.Note("x", case_uuid=their_case))
    with pytest.raises(NotFound):
        s.add_record(mine, rec.Party(their_case, "related", "A", "B"))
    with pytest.raises(InvalidInput):
        s.add_record(mine, rec.Note("x", case_uuid="not-a-uuid"))
    with pytest.raises(NotFound):
        s.add_record(mine, rec.Income(Decimal(1), member_uuid=rec.new_uuid()))
    note = s.add_record(theirs, rec.Note("theirs"))
    with pytest.raises(NotFound):
        s.update_record(mine, note, rec.Note("changed"))
    with pytest.raises(NotFound):
        s.delete_record(mine, rec.Note, note)
    with pytest.raises(NotFound):
        s.reveal(mine, note)


def test_dates_must_fit_the_client(admin_session: Session) -> None:
    s = admin_session
    client = _client(s)  # born 1990-05-01
    with pytest.raises(InvalidInput, match="before the client's date of birth"):
        s.add_record(client, rec.Entry(date(1989, 1, 1)))
    with pytest.raises(InvalidInput, match="future"):
        s.add_record(client, rec.Entry(TODAY + timedelta(days=1)))
    s.add_record(client, rec.Entry(date(2001, 1, 1)))
    with pytest.raises(InvalidInput, match="before the client's date of birth"):
        s.update_client(
            client, ClientIdentity("María José", "García", date_of_birth=date(2002, 1, 1))
        )
    with pytest.raises(InvalidInput, match="future"):
        s.create_client(ClientIdentity("Baby", date_of_birth=TODAY + timedelta(days=1)))


def test_the_intake_page_is_saved_as_one_act(admin_session: Session) -> None:
    s = admin_session
    client = _client(s)  # born 1990-05-01

    def acts() -> list[str]:
        return [e.action for e in s.list_audit(client=client, limit=1000)]

    before = acts()
    saved = s.save_intake(
        client,
        ClientIdentity("María José", "García López", "Majo", date(1990, 5, 1)),
        ClientProfile(languages=("spa",), region="alaska"),
    )
    assert saved.identity.preferred_name == "Majo"
    assert saved.profile.region == "alaska"
    # One update naming both parts' fields, and the read of what came back
    # (and the audit_viewed of the listing in between).
    assert acts()[: -len(before)] == ["audit_viewed", "read_client", "update_client"]
    updates = s.list_audit(client=client, action="update_client", limit=1000)
    assert len(updates) == 1
    assert set(updates[0].fields.split(",")) == {"preferred_name", "languages", "region"}
    # The new preferred name is found by the type-ahead.
    assert [c.uuid for c in s.search_clients("Majo")] == [client]


def test_a_refused_intake_save_changes_nothing(admin_session: Session) -> None:
    s = admin_session
    client = _client(s)  # born 1990-05-01
    s.add_record(client, rec.Entry(date(2001, 1, 1)))
    before = s.read_client(client)
    entries = len(s.list_audit(client=client, action="update_client", limit=1000))
    # The identity part is fine on its own; the profile is refused: nothing of either.
    with pytest.raises(InvalidInput):
        s.save_intake(
            client,
            ClientIdentity("María José", "García", "Majo", date(1990, 5, 1)),
            ClientProfile(country_of_birth="Atlantis"),
        )
    # A birth date after the entry is refused after the profile part was checked.
    with pytest.raises(InvalidInput, match="before the client's date of birth"):
        s.save_intake(
            client,
            ClientIdentity("María José", "García", "Majo", date(2002, 1, 1)),
            ClientProfile(region="hawaii"),
        )
    after = s.read_client(client)
    assert (after.identity, after.profile) == (before.identity, before.profile)
    assert s.search_clients("Majo") == []
    assert len(s.list_audit(client=client, action="update_client", limit=1000)) == entries


def test_a_case_needs_a_conflict_check_that_found_no_conflict(admin_session: Session) -> None:
    s = admin_session
    client = _client(s)
    with pytest.raises(InvalidInput, match="conflict check"):
        s.add_record(client, rec.Case("asylum", TODAY))
    with pytest.raises(NotFound):
        s.open_case(client, rec.Case("asylum", TODAY), rec.new_uuid())
    conflict, _ = s.record_conflict_check(client, "conflict")
    with pytest.raises(PermissionDenied, match="found a conflict"):
        s.open_case(client, rec.Case("asylum", TODAY), conflict)
    other = _client(s, "Someone", "Else")
    clear, _ = s.record_conflict_check(other, "no_conflict")
    with pytest.raises(NotFound, match="not in this client's file"):
        s.open_case(client, rec.Case("asylum", TODAY), clear)
    ok, _ = s.record_conflict_check(client, "no_conflict")
    case = s.open_case(client, rec.Case("daca", TODAY), ok)
    file = s.read_client_file(client)
    assert file.of(rec.Case)[0].record.conflict_check_uuid == ok
    # The checklist for the case type came with it.
    assert len([i for i in file.of(rec.ChecklistItem) if i.record.case_uuid == case]) >= 4
    # An update cannot swap the conflict check under the case.
    s.update_record(client, case, rec.Case("daca", TODAY, title="DACA renewal"))
    assert s.read_client_file(client).of(rec.Case)[0].record.conflict_check_uuid == ok


def test_adverse_parties_must_have_been_checked(admin_session: Session) -> None:
    s = admin_session
    client = _client(s)
    check, _ = s.record_conflict_check(client, "no_conflict", adverse_names=["Juan Pérez"])
    unchecked = rec.Party("", "adverse", "Pedro", "Páramo")
    with pytest.raises(InvalidInput, match="not part of the conflict check"):
        s.open_case(client, rec.Case("u_visa", TODAY), check, parties=[unchecked])
    checked = rec.Party("", "adverse", "JUAN", "Perez")  # case and accents do not matter
    case = s.open_case(client, rec.Case("u_visa", TODAY), check, parties=[checked])
    parties = s.read_client_file(client).of(rec.Party)
    assert [(p.record.case_uuid, p.record.role) for p in parties] == [(case, "adverse")]


def test_the_one_year_asylum_deadline_follows_the_file(admin_session: Session) -> None:
    s = admin_session
    client = _client(s)
    arrival = TODAY - timedelta(days=100)
    entry = s.add_record(client, rec.Entry(arrival))
    assert not s.read_client_file(client).of(rec.Deadline)  # no asylum case yet
    case = _open_case(s, client)

    def computed() -> list[rec.Deadline]:
        return [d.record for d in s.read_client_file(client).of(rec.Deadline) if d.record.computed]

    from caseapp.core.deadlines import one_year_asylum_deadline

    [deadline] = computed()
    assert deadline.due_on == one_year_asylum_deadline(arrival)
    assert deadline.case_uuid == case
    assert deadline.done_on is None
    later = TODAY - timedelta(days=20)
    s.add_record(client, rec.Entry(later))
    assert computed()[0].due_on == one_year_asylum_deadline(later)
    filed = s.add_record(client, rec.Application("I-589", filed_on=TODAY))
    assert computed()[0].done_on == TODAY
    s.delete_record(client, rec.Application, filed)
    assert computed()[0].done_on is None
    s.update_record(
        client, case, rec.Case("asylum", TODAY, status="closed", closing_code="B", closed_on=TODAY)
    )
    assert computed() == []
    s.delete_record(client, rec.Entry, entry)


def test_a_deadline_on_july_4th_moves_to_the_next_business_day(admin_session: Session) -> None:
    s = admin_session
    client = _client(s)
    _open_case(s, client)
    # 2027-07-04 is a Sunday, observed Monday the 5th: due Tuesday 6 July 2027.
    s.add_record(client, rec.Entry(date(2026, 7, 4)))
    [d] = [x.record for x in s.read_client_file(client).of(rec.Deadline) if x.record.computed]
    assert d.due_on == date(2027, 7, 6)


def test_one_safety_record_per_client(admin_session: Session) -> None:
    s = admin_session
    client = _client(s)
    first = s.set_safety(client, rec.Safety(code_word="uno"))
    assert s.set_safety(client, rec.Safety(code_word="dos")) == first
    with pytest.raises(InvalidInput, match="already has one"):
        s.add_record(client, rec.Safety(code_word="tres"))
    assert s.reveal(client, first).record.code_word == "dos"


def test_documents_are_sniffed_stored_and_read_back(admin_session: Session) -> None:
    s = admin_session
    client = _client(s)
    pdf = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
    doc = s.add_document(client, "scan\u202egpj.pdf", pdf, description="Notice")
    stored, content = s.read_document(client, doc)
    assert content == pdf
    assert stored.record.media_type == "application/pdf"
    assert "\u202e" not in stored.record.filename
    assert s.list_audit(client=client, action="read_document", limit=1)
    with pytest.raises(InvalidInput):
        s.add_document(client, "run.pdf", b"\x7fELF\x02\x01\x01" + b"\0" * 100)
    listing = s.read_client_file(client).of(rec.Document)
    assert [d.uuid for d in listing] == [doc]


def test_huge_notes_are_kept_and_oversized_ones_refused(admin_session: Session) -> None:
    s = admin_session
    client = _client(s)
    body = ("Declaración del cliente. " * 40_000)[:999_000]
    note = s.add_record(client, rec.Note(body))
    assert s.reveal(client, note).record.body == body.rstrip()
    with pytest.raises(InvalidInput, match="longer than"):
        s.add_record(client, rec.Note("x" * 1_000_001))


def test_bad_input_is_refused_with_a_message_and_nothing_is_stored(
    admin_session: Session,
) -> None:
    s = admin_session
    client = _client(s)
    bad: list[tuple[rec.Record, str]] = [
        (rec.Identifier("a_number", "A12-34"), "7 to 9 digits"),
        (rec.Identifier("itin", "912-66-1234"), "4th and 5th"),
        (rec.Identifier("ssn", "666-12-3456"), "666"),
        (rec.Phone("12"), ""),
        (rec.Email("not an address"), "e-mail"),
        (rec.Address("1 Main St", postal_code="9410"), "ZIP"),
        (rec.Alias("Ev\u202eil"), "invisible"),
        (rec.Income(Decimal("-1")), "zero or more"),
        (rec.Income(Decimal("10"), "hourly"), "hours"),
        (rec.Hearing(datetime(2027, 1, 1, 9, 0), kind="trial-by-combat"), "hearing"),
        (rec.TimeEntry(rec.new_uuid(), TODAY, 0), "minutes"),
    ]
    before = store.count_for_client
    for record, message in bad:
        with pytest.raises(InvalidInput) as caught:
            s.add_record(client, record)
        assert message.lower() in str(caught.value).lower(), (record, str(caught.value))
    file = s.read_client_file(client)
    assert set(file.records) <= {"conflict_check"}
    assert before is store.count_for_client


def test_deleting_a_case_takes_what_hangs_off_it(admin_session: Session) -> None:
    s = admin_session
    client = _client(s)
    check, _ = s.record_conflict_check(client, "no_conflict", adverse_names=["Juan Pérez"])
    case = s.open_case(
        client,
        rec.Case("u_visa", TODAY),
        check,
        parties=[rec.Party("", "adverse", "Juan", "Pérez")],
    )
    s.add_record(client, rec.Note("about the case", case))
    s.add_record(client, rec.Note("about the client"))
    s.delete_record(client, rec.Case, case)
    file = s.read_client_file(client)
    assert [n.record.body for n in file.of(rec.Note)] == ["about the client"]
    assert file.of(rec.Party) == ()
    assert file.of(rec.ChecklistItem) == ()
    # The adverse party left the conflict-check index with its case.
    assert s.check_conflicts("Juan", "Pérez").hits == ()
    with pytest.raises(InvalidInput):
        s.delete_record(client, rec.ConflictCheck, check)


def test_notes_are_paged_newest_first(admin_session: Session) -> None:
    s = admin_session
    client = _client(s)
    made = [s.add_record(client, rec.Note(f"note {i}")) for i in range(7)]
    file = s.read_client_file(client, notes=3)
    assert [n.uuid for n in file.of(rec.Note)] == made[::-1][:3]
    assert file.notes_total == 7
    rest = s.read_notes(client, before_uuid=made[-3], limit=10)
    assert [n.uuid for n in rest] == made[::-1][3:]


def test_client_list_pages_by_name(admin_session: Session) -> None:
    s = admin_session
    names = ["Zapata", "álvarez", "Alvarez", "beltrán", "Ñandú", "Chávez"]
    for i, family in enumerate(names):
        s.create_client(ClientIdentity(f"G{i}", family))
    seen: list[str] = []
    after = ""
    while page := s.list_clients(after=after, limit=2):
        seen += [c.family_names for c in page]
        after = page[-1].uuid
    assert sorted(seen) == sorted(names)
    assert len(seen) == len(names)
    assert seen.index("Alvarez") < seen.index("beltrán") < seen.index("Chávez")

    # Z→A pages the same rows the other way round.
    backwards: list[str] = []
    after = ""
    while page := s.list_clients(after=after, limit=4, descending=True):
        backwards += [c.family_names for c in page]
        after = page[-1].uuid
    assert backwards == seen[::-1]
    # Rows dropped by the GUI's cache are read again by id (removed ones left out).
    every = s.list_clients(limit=10)
    picked = [every[4].uuid, every[1].uuid]
    assert {c.uuid for c in s.client_summaries(picked)} == set(picked)
    s.delete_client(every[4].uuid, vacuum=False)
    assert [c.uuid for c in s.client_summaries(picked)] == [every[1].uuid]
    with pytest.raises(InvalidInput):
        s.client_summaries(["not-a-uuid"])


@pytest.fixture
def intake_pair(make_vault: Callable[..., Any]) -> Any:
    made = make_vault()
    with vault.unlock(made.path, made.admin, made.passphrase) as admin:
        admin.add_user("ines", Role.INTAKE, OTHER_PASSPHRASE)
        theirs = _client(admin, "Zyxwqv", "Adminclient")
        note = admin.add_record(theirs, rec.Note("admin's note"))
    return made, theirs, note


def test_intake_staff_work_only_on_their_own_intakes(intake_pair: Any) -> None:
    made, theirs, note = intake_pair
    with vault.unlock(made.path, "ines", OTHER_PASSPHRASE) as ines:
        mine = _client(ines, "Zyxwqv", "Mine")
        ines.add_record(mine, rec.Note("mine"))
        for attempt in (
            lambda: ines.read_client_file(theirs),
            lambda: ines.add_record(theirs, rec.Note("x")),
            lambda: ines.update_record(theirs, note, rec.Note("x")),
            lambda: ines.delete_record(theirs, rec.Note, note),
            lambda: ines.reveal(theirs, note),
            lambda: ines.export_client(theirs),
            lambda: ines.delete_client(mine),
        ):
            with pytest.raises(PermissionDenied):
                attempt()
        assert [c.uuid for c in ines.search_clients("Zyxwqv")] == [mine]
        assert [c.uuid for c in ines.list_clients()] == [mine]
        assert [c.uuid for c in ines.client_summaries([theirs, mine])] == [mine]
        assert ines.search_notes("note") == []
        # The conflict check still sees everyone, but withholds other files' names.
        report = ines.check_conflicts("Zyxwqv", "Adminclient")
        assert report.names_withheld
        assert report.hits
        assert all(h.candidate.given == "" for h in report.hits)
    with vault.unlock(made.path, made.admin, made.passphrase) as admin:
        refused = admin.list_audit(client=theirs, action="access_refused", limit=100)
        assert len(refused) >= 5
        assert {e.user for e in refused} == {"ines"}


def test_intake_cannot_clear_possible_conflicts(intake_pair: Any) -> None:
    made, _theirs, _note = intake_pair
    with vault.unlock(made.path, "ines", OTHER_PASSPHRASE) as ines:
        twin = _client(ines, "Zyxwqv", "Adminclient")
        with pytest.raises(PermissionDenied, match="paralegal or attorney"):
            ines.record_conflict_check(twin, "cleared")
        with pytest.raises(InvalidInput, match="possible conflict"):
            ines.record_conflict_check(twin, "no_conflict")
        alone = _client(ines, "Unique", "Qwertyuiop")
        check, report = ines.record_conflict_check(alone, "no_conflict")
        assert report.hits == ()
        ines.open_case(alone, rec.Case("tps", TODAY), check)


def test_the_audit_vocabulary_knows_every_record_kind() -> None:
    """core.audit names the kinds itself (so as not to load the domain): same list."""
    from caseapp.core import audit

    assert tuple(rec.KINDS) == audit.RECORD_KINDS
    for kind in rec.KINDS:
        for verb in ("create", "update", "delete"):
            assert f"{verb}_{kind}" in audit.ACTIONS


def test_drafts_are_per_user_checked_and_go_with_the_client(intake_pair: Any) -> None:
    made, theirs, _note = intake_pair
    with vault.unlock(made.path, made.admin, made.passphrase) as admin:
        admin.save_draft(theirs, {"preferred_name": "Zy", "date_of_birth": "1990-1"})
        admin.save_draft(theirs, {"preferred_name": "Zyx"})  # replaces the first
        assert admin.read_draft(theirs) == {"preferred_name": "Zyx"}
        assert admin.drafted_clients() == [theirs]
        for bad in ({"Bad Key": "x"}, {"k": 3}, {f"k{i}": "" for i in range(101)}):
            with pytest.raises(InvalidInput):
                admin.save_draft(theirs, bad)  # type: ignore[arg-type]
        with pytest.raises(InvalidInput):
            admin.save_draft(theirs, {"note": "x" * 100_001})
    with vault.unlock(made.path, "ines", OTHER_PASSPHRASE) as ines:
        # Another user's draft is theirs; another user's client is refused outright.
        assert ines.drafted_clients() == []
        with pytest.raises(PermissionDenied):
            ines.read_draft(theirs)
        with pytest.raises(PermissionDenied):
            ines.save_draft(theirs, {"preferred_name": "x"})
    with vault.unlock(made.path, made.admin, made.passphrase) as admin:
        admin.delete_client(theirs, vacuum=False)
        assert admin.drafted_clients() == []


def test_intake_staff_see_exactly_their_own_part_of_the_office(
    make_vault: Callable[..., Any],
) -> None:
    """The intake queries (own clients only, by their own indexes) return what
    the office-wide ones return, cut to the user's own clients."""
    from caseapp.services import demo

    made = make_vault()
    with vault.unlock(made.path, made.admin, made.passphrase) as admin:
        admin.add_user("ines", Role.INTAKE, OTHER_PASSPHRASE)
        demo.fill(admin, 40, seed=3)
    own: set[str] = set()
    with vault.unlock(made.path, "ines", OTHER_PASSPHRASE) as ines:
        for i in range(6):
            client = ines.create_client(ClientIdentity(f"Ana{i}", f"Ortiz{i % 3}"))
            own.add(client)
            for j in range(3):
                ines.add_record(client, rec.Note(f"court appointment {i}-{j}"))
            ines.add_record(client, rec.Note("court secret", sensitive=True))
            ines.add_record(client, rec.Task("old", TODAY - timedelta(days=400)))
            ines.add_record(client, rec.Task("soon", TODAY + timedelta(days=3)))
        mine = {
            "notes": [h.note_uuid for h in ines.search_notes("court", limit=10)],
            "list": [c.uuid for c in ines.list_clients(limit=1000)],
            "z-a": [c.uuid for c in ines.list_clients(limit=1000, descending=True)],
            "dashboard": ines.dashboard(days=30),
        }
        first = ines.list_clients(limit=2)
        mine["next"] = [c.uuid for c in ines.list_clients(after=first[-1].uuid, limit=1000)]
    with vault.unlock(made.path, made.admin, made.passphrase) as admin:
        every = admin.search_notes("court", limit=500)
        assert len(every) < 500
        assert mine["notes"] == [h.note_uuid for h in every if h.client_uuid in own][:10]
        assert len(mine["notes"]) == 10  # newest first, the limit honoured, no sensitive note
        listed = [c.uuid for c in admin.list_clients(limit=1000) if c.uuid in own]
        assert mine["list"] == listed
        assert mine["z-a"] == listed[::-1]
        assert mine["next"] == listed[2:]
        board = admin.dashboard(days=30)
    dash = mine["dashboard"]
    assert [i.record_uuid for i in dash.upcoming] == [
        i.record_uuid for i in board.upcoming if i.client_uuid in own
    ]
    assert len(dash.upcoming) == 6
    assert dash.older_overdue == 6  # their own old tasks only, not the office's


def test_an_intake_save_that_fails_half_way_is_rolled_back(
    admin_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    from caseapp.storage import clients as stored_clients

    s = admin_session
    client = _client(s)
    before = s.read_client(client)
    entries = len(s.list_audit(client=client, action="update_client", limit=1000))

    def disk_gave_out(*_args: object, **_kwargs: object) -> None:
        raise OSError("simulated failure after the identity was written")

    # The identity part is written first; the profile's write then fails.
    monkeypatch.setattr(stored_clients, "update_profile", disk_gave_out)
    with pytest.raises(OSError, match="simulated"):
        s.save_intake(
            client,
            ClientIdentity("María José", "García López", "Majo", date(1990, 5, 1)),
            ClientProfile(region="hawaii"),
        )
    monkeypatch.undo()
    after = s.read_client(client)
    assert (after.identity, after.profile) == (before.identity, before.profile)
    assert s.search_clients("Majo") == []
    assert len(s.list_audit(client=client, action="update_client", limit=1000)) == entries
