"""Search through the service layer on a real vault: names in every script,
accents folded, numbers in any written form, hostile input, note search
newest first, conflict checks with reasons, the dashboard and eligibility."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity
from caseapp.core.eligibility import Threshold
from caseapp.core.errors import InvalidInput, PermissionDenied
from caseapp.core.search import query_tokens
from caseapp.services.casework import eligibility
from caseapp.services.session import Session

TODAY = date.today()

SCRIPTS = [
    ("María José", "García-López"),
    ("Nguyễn Thị", "Minh Khai"),
    ("Вера", "Игнатьева"),
    ("Ἀλέξανδρος", "Παπαδόπουλος"),
    ("محمد", "الأحمد"),
    ("小明", "王"),
    ("ኣበበ", "ከበደ"),
    ("Łukasz", "Żółkiewski"),
]


def _uuids(hits: list[object]) -> list[str]:
    return [h.uuid for h in hits]  # type: ignore[attr-defined]


@pytest.fixture
def people(admin_session: Session) -> dict[str, str]:
    s = admin_session
    return {
        f"{g} {f}": s.create_client(ClientIdentity(g, f, date_of_birth=date(1990, 1, 2)))
        for g, f in SCRIPTS
    }


def test_every_script_is_found_again_by_its_own_words(
    admin_session: Session, people: dict[str, str]
) -> None:
    s = admin_session
    for (given_names, family), uid in zip(SCRIPTS, people.values(), strict=True):
        for word in (given_names.split()[0], family.split("-")[0]):
            assert uid in _uuids(s.search_clients(word)), word
        hits = s.search_clients(f"{given_names} {family}")
        assert _uuids(hits) == [uid]
        back = next(h for h in hits if h.uuid == uid)
        assert (back.given_names, back.family_names) == (given_names, family)


def test_accents_and_case_are_folded(admin_session: Session, people: dict[str, str]) -> None:
    s = admin_session
    maria = people["María José García-López"]
    for typed in ("Maria", "maria jose", "GARCIA LOPEZ", "Garcia Lopez", "garc", "López"):
        assert maria in _uuids(s.search_clients(typed)), typed
    assert people["Łukasz Żółkiewski"] in _uuids(s.search_clients("Zolkiewski"))
    assert people["Nguyễn Thị Minh Khai"] in _uuids(s.search_clients("nguyen thi"))


def test_aliases_and_numbers_are_searched(admin_session: Session) -> None:
    s = admin_session
    uid = s.create_client(ClientIdentity("Rosa", "Quispe"))
    s.add_record(uid, rec.Alias("Rosita", "Kispe"))
    s.add_record(uid, rec.Identifier("a_number", "A012-345-678"))
    s.add_record(uid, rec.Identifier("itin", "912-70-4321"))
    s.add_record(uid, rec.Application("I-589", "EAC2190012345"))
    for typed in (
        "Kispe",
        "rosita",
        "A012-345-678",
        "012345678",
        "12345678",  # an 8-digit A-number as often written, without the padding zero
        "A12345678",
        "912704321",
        "912-70-4321",
        "EAC2190012345",
        "eac-21-9001-2345",
        "12345678",  # the unpadded form again, typed without the A
    ):
        assert _uuids(s.search_clients(typed)) == [uid], typed
    assert s.search_clients("999999999") == []


HOSTILE = [
    '"',
    '""',
    "*",
    "AND",
    "OR NOT",
    "NEAR(",
    "NEAR(a b, 2)",
    "-",
    "- -- ---",
    "'; DROP TABLE clients; --",
    "name:García",
    "^García",
    "{given_names}: x",
    "a" * 10_000,
    "\ud800\udfff\ud800",
    "\x00\x01\x02",
    "\u202eevil",
    "(((((",
    "García*",
    "\\",
    "%_%",
]


@pytest.mark.parametrize("text", HOSTILE, ids=repr)
def test_hostile_search_strings_return_a_list(
    admin_session: Session, people: dict[str, str], text: str
) -> None:
    s = admin_session
    assert isinstance(s.search_clients(text), list)
    assert isinstance(s.search_notes(text), list)
    report = s.check_conflicts(text[:200].replace("\x00", ""), "")
    assert isinstance(report.hits, tuple)


def test_syntax_is_searched_for_not_parsed(admin_session: Session) -> None:
    s = admin_session
    uid = s.create_client(ClientIdentity("And", "Near"))
    s.add_record(uid, rec.Note("The word NEAR and the word AND are ordinary words here."))
    assert _uuids(s.search_clients("AND")) == [uid]
    assert _uuids(s.search_clients("NEAR(")) == [uid]
    assert [h.client_uuid for h in s.search_notes("NEAR AND")] == [uid]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=300))
def test_any_text_searches_without_error(admin_session: Session, text: str) -> None:
    assert isinstance(admin_session.search_clients(text), list)
    assert isinstance(admin_session.search_notes(text), list)
    assert len(query_tokens(text)) <= 8


def test_note_search_is_newest_first_and_skips_sensitive_notes(admin_session: Session) -> None:
    s = admin_session
    a = s.create_client(ClientIdentity("Ana", "Uno"))
    b = s.create_client(ClientIdentity("Beto", "Dos"))
    made = []
    for i in range(6):
        client = a if i % 2 else b
        made.append(s.add_record(client, rec.Note(f"Biometrics appointment number {i} at ASC.")))
    s.add_record(a, rec.Note("Biometrics narrative, confidential.", sensitive=True))
    hits = s.search_notes("biometrics")
    assert [h.note_uuid for h in hits] == made[::-1]
    assert all("confidential" not in h.snippet for h in hits)
    assert [h.note_uuid for h in s.search_notes("biometrics", limit=2)] == made[::-1][:2]
    assert hits[0].client_name == "Ana Uno"
    assert "appointment number 5" in hits[0].snippet
    assert s.search_notes("bíometrics ÁSC")  # accents folded both ways


def test_a_long_note_gets_a_short_snippet_around_the_word(admin_session: Session) -> None:
    s = admin_session
    uid = s.create_client(ClientIdentity("Ana", "Largo"))
    body = "palabra " * 50_000 + "Zacatecoluca " + "fin " * 100
    s.add_record(uid, rec.Note(body))
    [hit] = s.search_notes("palabra")
    assert len(hit.snippet) <= 170
    # Only the start of a long note is read for the snippet; the hit is still found.
    [far] = s.search_notes("Zacatecoluca")
    assert far.client_uuid == uid
    assert len(far.snippet) <= 170


def test_conflict_check_finds_names_in_other_orders_and_spellings(admin_session: Session) -> None:
    s = admin_session
    client = s.create_client(
        ClientIdentity("María", "García-López", date_of_birth=date(1985, 3, 4))
    )
    s.add_record(client, rec.Alias("Mary", "Garcia"))
    report = s.check_conflicts("Maria", "Garcia Lopez")
    assert [h.candidate.client_uuid for h in report.hits][:1] == [client]
    assert "Same name (accents and order ignored)" in report.hits[0].reasons
    swapped = s.check_conflicts("Garcia Lopez", "Maria", date(1985, 3, 4))
    assert swapped.hits[0].candidate.client_uuid == client
    assert "Same date of birth" in swapped.hits[0].reasons
    first_surname = s.check_conflicts("María", "García")
    assert client in [h.candidate.client_uuid for h in first_surname.hits]
    alias = s.check_conflicts("Mary", "Garcia")
    assert "alias" in [h.candidate.kind for h in alias.hits]
    assert s.check_conflicts("Maria", "Rodriguez").hits == ()
    assert s.check_conflicts("Maria", "").hits == ()


def test_adverse_parties_are_conflicts_and_rank_first(admin_session: Session) -> None:
    s = admin_session
    victim = s.create_client(ClientIdentity("Lucía", "Mendoza"))
    check, _ = s.record_conflict_check(victim, "no_conflict", adverse_names=["Carlos Ruiz Soto"])
    s.open_case(
        victim,
        rec.Case("u_visa", TODAY),
        check,
        parties=[rec.Party("", "adverse", "Carlos", "Ruiz Soto")],
    )
    # The abuser later walks in as a prospective client.
    report = s.check_conflicts("Carlos", "Ruiz")
    assert report.hits[0].candidate.kind == "adverse_party"
    assert report.hits[0].candidate.client_uuid == victim
    assert "Is an adverse party in an existing case" in report.hits[0].reasons
    newcomer = s.create_client(ClientIdentity("Carlos", "Ruiz Soto"))
    with pytest.raises(InvalidInput, match="possible conflict"):
        s.record_conflict_check(newcomer, "no_conflict")
    check2, found = s.record_conflict_check(newcomer, "conflict", note="Adverse to a client.")
    assert found.hits
    assert found.hits[0].candidate.kind == "adverse_party"
    with pytest.raises(PermissionDenied):
        s.open_case(newcomer, rec.Case("asylum", TODAY), check2)
    entry = s.list_audit(client=newcomer, action="conflict_check", limit=1)[0]
    assert entry.fields == "names,date_of_birth"


def test_the_dashboard_lists_what_is_coming(admin_session: Session) -> None:
    s = admin_session
    client = s.create_client(ClientIdentity("Ana", "Agenda"))
    check, _ = s.record_conflict_check(client, "no_conflict")
    case = s.open_case(client, rec.Case("asylum", TODAY), check)
    s.add_record(client, rec.Entry(TODAY - timedelta(days=330)))  # asylum deadline in ~35 days
    soon = datetime.combine(TODAY + timedelta(days=5), datetime.min.time()).replace(
        hour=8, minute=30
    )
    s.add_record(client, rec.Hearing(soon, "master_calendar", "Courtroom 3", case_uuid=case))
    s.add_record(client, rec.Deadline(TODAY + timedelta(days=2), "Evidence due", "filing", case))
    s.add_record(client, rec.Deadline(TODAY - timedelta(days=1), "Missed filing", "filing", case))
    s.add_record(client, rec.Deadline(TODAY - timedelta(days=200), "Ancient", "filing", case))
    s.add_record(client, rec.Deadline(TODAY + timedelta(days=60), "Later", "filing", case))
    s.add_record(client, rec.Task("Call client", TODAY + timedelta(days=1), case))
    s.add_record(client, rec.Task("Done", TODAY, case, done_on=TODAY))
    board = s.dashboard(days=7)
    assert [(i.kind, i.when) for i in board.upcoming] == [
        ("task", TODAY + timedelta(days=1)),
        ("deadline", TODAY + timedelta(days=2)),
        ("hearing", TODAY + timedelta(days=5)),
    ]
    assert board.upcoming[2].title.startswith("Hearing: ")
    assert board.upcoming[2].at == soon
    assert [i.title for i in board.overdue] == ["Missed filing"]
    assert board.older_overdue == 1  # counted, not listed
    assert not board.truncated
    assert [i.kind for i in board.asylum_deadlines] == ["asylum_deadline"]
    assert board.asylum_deadlines[0].client_name == "Ana Agenda"
    assert all(i.title != "Later" for i in board.upcoming)
    assert "Later" in [i.title for i in s.dashboard(days=90).upcoming]
    assert s.list_audit(action="view_dashboard", limit=1)


def test_eligibility_from_the_household_on_file(admin_session: Session) -> None:
    s = admin_session
    client = s.create_client(ClientIdentity("Ana", "Familia"))
    for name in ("Uno", "Dos", "Tres"):
        s.add_record(client, rec.HouseholdMember(name, "Familia", "child"))
    # 2025 guideline, household of 4: 15,650 + 3 x 5,500 = 32,150; 125 % = 40,187.50.
    s.add_record(client, rec.Income(Decimal("40187.50"), "annual"))
    file = s.read_client_file(client)
    result = eligibility(file, year=2025)
    assert (result.household_size, result.guideline) == (4, 32150)
    assert result.percent == Decimal("125.00")
    assert result.meets("125%")
    assert result.meets("200%")
    member = file.of(rec.HouseholdMember)[0].uuid
    s.add_record(client, rec.Income(Decimal("0.01"), "annual", member_uuid=member))
    over = eligibility(s.read_client_file(client), year=2025)
    assert not over.meets("125%")
    s.set_funder_thresholds([Threshold("City 150%", Decimal(150))])
    funders = s.funder_thresholds()
    assert eligibility(s.read_client_file(client), year=2025, funder_thresholds=funders).meets(
        "City 150%"
    )


def test_overdue_items_never_crowd_out_what_is_coming(admin_session: Session) -> None:
    s = admin_session
    client = s.create_client(ClientIdentity("Ana", "Atrasada"))
    for i in range(205):
        s.add_record(client, rec.Task(f"Old task {i}", TODAY - timedelta(days=1 + i % 80)))
    s.add_record(client, rec.Task("Tomorrow", TODAY + timedelta(days=1)))
    s.add_record(client, rec.Deadline(TODAY + timedelta(days=2), "Filing", "filing"))
    check, _ = s.record_conflict_check(client, "no_conflict")
    s.open_case(client, rec.Case("asylum", TODAY), check)
    s.add_record(client, rec.Entry(TODAY - timedelta(days=800)))  # asylum deadline long missed
    board = s.dashboard(days=30)
    assert [i.title for i in board.upcoming] == ["Tomorrow", "Filing"]
    assert len(board.overdue) == 200
    assert board.truncated
    [missed] = board.asylum_deadlines
    assert missed.when < TODAY
