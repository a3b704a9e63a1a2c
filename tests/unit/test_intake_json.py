"""A client as JSON: what ``client add --json`` reads and ``export --json`` writes."""

from __future__ import annotations

import base64
import copy
import dataclasses
import hashlib
import json
from collections import Counter
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest

from caseapp.core import intake_json
from caseapp.core import records as rec
from caseapp.core.clients import Client, ClientIdentity, ClientProfile
from caseapp.core.intake import ClientPlan
from caseapp.core.intake_json import (
    CASE_SECTIONS,
    CLIENT_SECTIONS,
    FORMAT,
    MAX_DEPTH,
    MAX_JSON_BYTES,
    InvalidClientJson,
    client_to_json,
    load_client_json,
    parse_client_json,
)

TODAY = date(2025, 6, 1)
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n"
TEXT = b"Carta de apoyo.\n"
# A value that must never come back in a message, whatever field it is put in.
PLANT = "Zq-PLANT-48151623"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def rich() -> dict[str, Any]:
    """A file with every kind the format reads, refs and cases included."""
    return {
        "format": FORMAT,
        "given_names": "  María   José ",
        "family_names": "Pérez López",
        "preferred_name": "Majo",
        "date_of_birth": "1990-04-01",
        "profile": {
            "gender": "mujer",
            "pronouns": "ella",
            "country_of_birth": "Guatemala",
            "citizenships": ["GT", "MX"],
            "languages": ["es", "mam"],
            "interpreter_needed": True,
            "interpreter_language": "mam",
            "immigration_status": "asylum_pending",
            "status_expires": "2026-01-31",
            "region": "48_states_dc",
        },
        "aliases": [{"given_names": "Maria", "family_names": "Perez", "kind": "other_spelling"}],
        "identifiers": [
            {"kind": "a_number", "value": "A123-456-789"},
            {"kind": "itin", "value": "912-70-1234"},
        ],
        "phones": [
            {
                "number": "(415) 555-2671",
                "label": "cell",
                "safe_to_call": True,
                "safe_to_text": True,
                "safe_to_voicemail": False,
                "primary": True,
            }
        ],
        "emails": [{"address": "majo@Example.ORG", "safe_to_email": True}],
        "addresses": [
            {
                "line1": "100 Main St",
                "line2": "Apt 4",
                "city": "Oakland",
                "region": "ca",
                "postal_code": "94607",
                "country": "US",
                "safe_to_mail": False,
                "current": True,
            }
        ],
        "safety": {"code_word": "girasol", "domestic_violence": True, "notes": "No llamar."},
        "household_members": [
            {"ref": "son", "given_names": "Luis", "relationship": "child", "date_of_birth": None},
            {"ref": "spouse", "given_names": "Ana", "relationship": "spouse"},
        ],
        "incomes": [
            {"amount": "1250.50", "frequency": "monthly", "source": "employment"},
            {"amount": 18, "frequency": "hourly", "hours_per_week": "20", "member": "spouse"},
        ],
        "entries": [{"entry_date": "2021-03-15", "place": "Nogales", "manner": "unknown"}],
        "applications": [
            {
                "form": "I-589",
                "receipt_number": "IOE0912345678",
                "filed_on": "2022-01-10",
                "status": "pending",
            }
        ],
        "proceedings": [{"ref": "eoir", "kind": "removal", "court": "San Francisco"}],
        "hearings": [
            {"starts_at": "2025-09-04T08:30", "kind": "master_calendar", "proceeding": "eoir"}
        ],
        "check_ins": [{"at": "2025-07-01T09:00", "office": "San Francisco ICE"}],
        "detentions": [
            {"facility": "Otay Mesa", "detained_on": "2021-03-15", "released_on": "2021-04-01"}
        ],
        "notes": [{"body": "Primera consulta.\nTrae documentos.", "privileged": True}],
        "deadlines": [{"due_on": "2025-08-01", "title": "Biometrics", "kind": "biometrics"}],
        "tasks": [{"title": "Call back", "due_on": "2025-06-10", "assigned_to": "maria"}],
        "documents": [{"filename": "notice.pdf", "description": "NTA", "content_base64": b64(PDF)}],
        "cases": [
            {
                "subcode": "asylum",
                "opened_on": "2025-01-10",
                "title": "Asylum",
                "status": "open",
                "funding_source": "City grant",
                "parties": [
                    {"role": "adverse", "given_names": "Juan", "family_names": "Gómez"},
                    {"role": "related", "organisation": "Acme Farms"},
                ],
                "hearings": [{"starts_at": "2025-10-01T13:00", "kind": "individual"}],
                "deadlines": [{"due_on": "2025-12-01", "title": "File brief"}],
                "tasks": [{"title": "Draft declaration"}],
                "notes": [{"body": "Narrative.", "sensitive": True}],
                "time_entries": [
                    {"worked_on": "2025-01-10", "minutes": 90, "activity": "interview"}
                ],
                "checklist_items": [{"label": "Passport copy", "key": "passport"}],
                "documents": [{"filename": "carta.txt", "content_base64": b64(TEXT)}],
            },
            {
                "subcode": "work_permit",
                "opened_on": "2024-02-01",
                "status": "closed",
                "closing_code": "A",
                "closed_on": "2024-05-01",
            },
        ],
        "conflict_decision": "cleared",
        "conflict_note": "Reviewed with the supervisor.",
    }


def parse(data: object) -> ClientPlan:
    return parse_client_json(data, today=TODAY)


def refused(data: object) -> str:
    with pytest.raises(InvalidClientJson) as info:
        parse(data)
    return str(info.value)


def of(plan: ClientPlan, kind: type[rec.Record]) -> list[tuple[str, Any]]:
    return [(u, r) for u, r in plan.records if isinstance(r, kind)]


def only(plan: ClientPlan, kind: type[rec.Record]) -> list[Any]:
    return [r for _, r in of(plan, kind)]


def _canon(record: rec.Record, by_uuid: dict[str, rec.Record]) -> rec.Record:
    """A record with its references replaced by what they point at (UUIDs differ)."""
    changes: dict[str, Any] = {}
    for name in ("case_uuid", "member_uuid", "proceeding_uuid"):
        ref = getattr(record, name, "")
        if ref:
            changes[name] = repr(_canon(by_uuid[ref], by_uuid))
    if isinstance(record, rec.Case):
        changes["conflict_check_uuid"] = ""
    return dataclasses.replace(record, **changes)


def shape(plan: ClientPlan) -> list[rec.Record]:
    """The planned records in order, without their (new, random) UUIDs."""
    planned = dict(plan.records)
    return [_canon(r, planned) for _, r in plan.records]


# -- the shape ----------------------------------------------------------------------


def test_every_record_kind_has_a_place_in_the_format() -> None:
    placed = {kind for _, kind in CLIENT_SECTIONS + CASE_SECTIONS}
    placed |= {rec.Safety, rec.Case, rec.ConflictCheck}
    assert placed == set(rec.RECORD_TYPES)


def test_case_kinds_appear_only_in_cases() -> None:
    top = {kind for _, kind in CLIENT_SECTIONS}
    for kind in rec.RECORD_TYPES:
        if kind.PARENT == "case":
            assert kind not in top


@pytest.mark.parametrize("kind", rec.RECORD_TYPES, ids=lambda k: k.KIND)
def test_every_kind_converts_generically(kind: type[rec.Record]) -> None:
    # Building the schema fails loudly on a field type or reference it does not know.
    names = {f.name for f in intake_json._schema(kind)}
    assert not {n for n in names if n.endswith("_uuid")}
    assert names <= set(rec.record_fields(kind))


# -- reading a rich file ------------------------------------------------------------


def test_identity_and_profile() -> None:
    plan = parse(rich())
    assert plan.identity == ClientIdentity("María José", "Pérez López", "Majo", date(1990, 4, 1))
    assert plan.profile == ClientProfile(
        gender="mujer",
        pronouns="ella",
        country_of_birth="GT",
        citizenships=("GT", "MX"),
        languages=("spa", "mam"),
        interpreter_needed=True,
        interpreter_language="mam",
        immigration_status="asylum_pending",
        status_expires=date(2026, 1, 31),
    )
    assert plan.conflict_decision == "cleared"
    assert plan.conflict_note == "Reviewed with the supervisor."


def test_only_format_and_given_names_are_required() -> None:
    plan = parse({"format": FORMAT, "given_names": "Ana"})
    assert plan.identity == ClientIdentity("Ana")
    assert plan.profile == ClientProfile()
    assert plan.records == ()
    assert plan.documents == ()
    assert plan.conflict_decision == ""


def test_client_records_are_cleaned_by_their_validators() -> None:
    plan = parse(rich())
    assert only(plan, rec.Alias) == [rec.Alias("Maria", "Perez", "other_spelling")]
    assert [i.value for i in only(plan, rec.Identifier)] == ["123456789", "912701234"]
    (phone,) = only(plan, rec.Phone)
    assert phone.number == "+14155552671"
    assert (phone.safe_to_call, phone.safe_to_text, phone.safe_to_voicemail) == (True, True, False)
    assert only(plan, rec.Email)[0].address == "majo@example.org"
    (address,) = only(plan, rec.Address)
    assert (address.region, address.postal_code, address.line2) == ("CA", "94607", "Apt 4")
    assert only(plan, rec.Safety) == [
        rec.Safety(code_word="girasol", domestic_violence=True, notes="No llamar.")
    ]
    (entry,) = only(plan, rec.Entry)
    assert entry.entry_date == date(2021, 3, 15)
    (application,) = only(plan, rec.Application)
    assert (application.form, application.filed_on) == ("I-589", date(2022, 1, 10))
    assert only(plan, rec.CheckIn)[0].at == datetime(2025, 7, 1, 9, 0)
    assert only(plan, rec.Detention)[0].released_on == date(2021, 4, 1)
    assert only(plan, rec.Task)[0].assigned_to == "maria"


def test_money_is_exact() -> None:
    plan = parse(rich())
    own, spouse = only(plan, rec.Income)
    assert own.amount == Decimal("1250.50")
    assert spouse.amount == Decimal("18.00")
    assert spouse.hours_per_week == Decimal("20.00")


def test_refs_become_the_planned_uuids() -> None:
    plan = parse(rich())
    members = {r.given_names: u for u, r in of(plan, rec.HouseholdMember)}
    own, spouse = only(plan, rec.Income)
    assert own.member_uuid == ""
    assert spouse.member_uuid == members["Ana"]
    ((proceeding_uuid, _),) = of(plan, rec.Proceeding)
    top_hearing = next(h for h in only(plan, rec.Hearing) if not h.case_uuid)
    assert top_hearing.proceeding_uuid == proceeding_uuid
    assert top_hearing.starts_at == datetime(2025, 9, 4, 8, 30)


def test_case_records_get_their_case_uuid() -> None:
    plan = parse(rich())
    (asylum, asylum_case), (closed_uuid, closed) = of(plan, rec.Case)
    assert asylum_case.conflict_check_uuid == ""  # the service runs the check
    assert (closed.status, closed.closing_code, closed.closed_on) == (
        "closed",
        "A",
        date(2024, 5, 1),
    )
    for kind in (rec.Party, rec.TimeEntry, rec.ChecklistItem):
        assert {r.case_uuid for r in only(plan, kind)} == {asylum}
    assert [r.case_uuid for r in only(plan, rec.Hearing)] == ["", asylum]
    assert [r.case_uuid for r in only(plan, rec.Deadline)] == ["", asylum]
    assert [r.case_uuid for r in only(plan, rec.Task)] == ["", asylum]
    assert [(r.case_uuid, r.sensitive) for r in only(plan, rec.Note)] == [
        ("", False),
        (asylum, True),
    ]
    assert closed_uuid not in {getattr(r, "case_uuid", "") for _, r in plan.records}


def test_records_are_planned_before_what_refers_to_them() -> None:
    plan = parse(rich())
    seen: set[str] = set()
    for record_uuid, record in plan.records:
        for name in ("case_uuid", "member_uuid", "proceeding_uuid"):
            ref = getattr(record, name, "")
            assert not ref or ref in seen
        seen.add(record_uuid)


def test_every_planned_uuid_is_new_and_distinct() -> None:
    plan = parse(rich())
    uuids = [u for u, _ in plan.records] + [d.uuid for d in plan.documents]
    assert len(set(uuids)) == len(uuids)
    for value in uuids:
        rec.check_uuid(value, "a record", required=True)
    assert {u for u, _ in parse(rich()).records}.isdisjoint(uuids)


def test_documents_carry_their_bytes() -> None:
    plan = parse(rich())
    (asylum, _), _ = of(plan, rec.Case)
    notice, letter = plan.documents
    assert (notice.filename, notice.description, notice.content, notice.case_uuid) == (
        "notice.pdf",
        "NTA",
        PDF,
        "",
    )
    assert (letter.filename, letter.content, letter.case_uuid) == ("carta.txt", TEXT, asylum)


def test_a_computed_deadline_is_left_to_the_service() -> None:
    data = rich()
    data["deadlines"].append(
        {"due_on": "2026-03-15", "title": "One-year", "kind": "filing", "computed": True}
    )
    data["deadlines"].append({"due_on": "2026-03-16", "title": "By hand", "computed": False})
    titles = [d.title for d in only(parse(data), rec.Deadline)]
    assert titles == ["Biometrics", "By hand", "File brief"]


def test_safety_may_be_null() -> None:
    data = rich()
    data["safety"] = None
    assert only(parse(data), rec.Safety) == []


def test_export_metadata_is_ignored_where_an_export_writes_it() -> None:
    data = rich()
    data.update(uuid="x", exported_at=1, exported_by=None, checkpoint=["any"])
    meta: dict[str, object] = {
        "uuid": 1,
        "created_at": None,
        "created_by": [],
        "updated_at": {},
        "updated_by": "x",
    }
    data["aliases"][0].update(meta)
    data["safety"].update(meta)
    data["cases"][0].update(meta)
    data["cases"][0]["parties"][0].update(meta)
    data["cases"][0]["documents"][0].update(meta)
    assert shape(parse(data)) == shape(parse(rich()))


@pytest.mark.parametrize(
    ("place", "key"),
    [
        ((), "created_at"),  # a record's metadata, at the top
        ((), "ref"),
        (("aliases", 0), "exported_at"),  # the export's metadata, in a record
        (("aliases", 0), "checkpoint"),
        (("profile",), "uuid"),  # the profile is not a record
    ],
)
def test_metadata_is_ignored_only_in_its_place(place: tuple[str | int, ...], key: str) -> None:
    data = rich()
    target: Any = data
    for step in place:
        target = target[step]
    target[key] = "x"
    path = ".".join(str(p) for p in place).replace(".0", "[0]")
    assert refused(data).startswith(f"{path + '.' if path else ''}{key} is not a field")


# -- unknown keys and references -----------------------------------------------------


@pytest.mark.parametrize(
    ("place", "message"),
    [
        ((), "givn_names is not a field of a client file."),
        (("profile",), "profile.givn_names is not a field of the profile."),
        (("safety",), "safety.givn_names is not a field of the safety record."),
        (("aliases", 0), "aliases[0].givn_names is not a field of an alias."),
        (("cases", 0), "cases[0].givn_names is not a field of a case."),
        (("cases", 0, "parties", 1), "cases[0].parties[1].givn_names is not a field of a party."),
        (("cases", 0, "documents", 0), "cases[0].documents[0].givn_names is not a field of a"),
    ],
)
def test_an_unknown_key_is_named_with_its_path(place: tuple[str | int, ...], message: str) -> None:
    data = rich()
    target: Any = data
    for step in place:
        target = target[step]
    target["givn_names"] = "x"
    assert refused(data).startswith(message)


def test_a_key_that_is_not_a_field_name_is_not_repeated() -> None:
    data = rich()
    data["cases"][0]["parties"][0][PLANT] = "x"
    message = refused(data)
    assert message.startswith("cases[0].parties[0]: a key there is not a field of a party")
    assert PLANT not in message


@pytest.mark.parametrize(
    ("section", "key", "hint"),
    [
        ("notes", "case_uuid", "lists of its case"),
        ("incomes", "member_uuid", 'write "member"'),
        ("hearings", "proceeding_uuid", 'write "proceeding"'),
        ("documents", "sha256", "computed from the content"),
        ("documents", "size", "computed from the content"),
        ("documents", "media_type", "computed from the content"),
    ],
)
def test_fields_outside_the_format_say_what_to_do(section: str, key: str, hint: str) -> None:
    data = rich()
    data[section][0][key] = "x"
    message = refused(data)
    assert message.startswith(f"{section}[0].{key} ")
    assert hint in message


def test_a_case_has_no_conflict_check_uuid() -> None:
    data = rich()
    data["cases"][0]["conflict_check_uuid"] = "x"
    assert "conflict check is run" in refused(data)


def test_refs_exist_only_where_something_points_at_them() -> None:
    data = rich()
    data["aliases"][0]["ref"] = "a"
    assert refused(data).startswith("aliases[0].ref is not a field of an alias")
    data = rich()
    data["notes"][0]["member"] = "son"
    assert refused(data).startswith("notes[0].member is not a field of a note")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["incomes"][1].update(member="cousin"),
            "incomes[1].member does not match the ref of any household member",
        ),
        (
            lambda d: d["hearings"][0].update(proceeding="bia"),
            "hearings[0].proceeding does not match the ref of any proceeding",
        ),
        (
            lambda d: d["cases"][0]["hearings"][0].update(proceeding="nope"),
            "cases[0].hearings[0].proceeding does not match",
        ),
        (
            # a member's ref does not name a proceeding: each kind has its own refs
            lambda d: d["hearings"][0].update(proceeding="son"),
            "hearings[0].proceeding does not match",
        ),
        (
            lambda d: d["household_members"][1].update(ref="son"),
            "household_members[1].ref is also the ref of an earlier household member",
        ),
        (lambda d: d["incomes"][1].update(member=""), "incomes[1].member must be a non-empty"),
        (lambda d: d["household_members"][0].update(ref=7), "household_members[0].ref must be"),
    ],
)
def test_bad_refs_are_refused(change: Any, message: str) -> None:
    data = rich()
    change(data)
    assert refused(data).startswith(message)


def test_a_ref_may_be_any_string_and_is_resolved_whatever_the_key_order() -> None:
    data = {
        "incomes": [{"amount": "10", "member": "Ana (hija) 👧"}],
        "household_members": [{"ref": "Ana (hija) 👧", "given_names": "Ana"}],
        "given_names": "María",
        "format": FORMAT,
    }
    plan = parse(data)
    ((member_uuid, _),) = of(plan, rec.HouseholdMember)
    assert only(plan, rec.Income)[0].member_uuid == member_uuid


# -- conflict checks --------------------------------------------------------------------


def test_conflict_checks_are_never_imported() -> None:
    """Another vault's check history is skipped: this vault runs its own."""
    data = rich()
    data["conflict_checks"] = [{"decision": "no_conflict", "hits": 0}]
    plan = parse(data)
    assert not any(isinstance(r, rec.ConflictCheck) for _, r in plan.records)
    data["conflict_checks"] = "anything at all"
    again = parse(data)
    assert [type(r) for _, r in again.records] == [type(r) for _, r in plan.records]


def test_conflict_decision_is_one_of_the_decisions() -> None:
    data = rich()
    data["conflict_decision"] = "Possible conflicts reviewed and cleared"
    assert parse(data).conflict_decision == "cleared"
    data["conflict_decision"] = f"maybe {PLANT}"
    message = refused(data)
    assert message.startswith("conflict_decision: ")
    assert PLANT not in message


# -- types --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("section", "field", "value", "message"),
    [
        ("aliases", "given_names", 5, "aliases[0].given_names must be text (a JSON string)."),
        ("phones", "safe_to_call", "yes", "phones[0].safe_to_call must be true or false."),
        ("phones", "safe_to_call", 1, "phones[0].safe_to_call must be true or false."),
        ("phones", "safe_to_call", None, "phones[0].safe_to_call must be true or false."),
        ("entries", "entry_date", "03/15/2021", "entries[0].entry_date must be a date written"),
        ("entries", "entry_date", None, "entries[0].entry_date must be a date written"),
        ("entries", "entry_date", "2021-02-30", "entries[0].entry_date is not a calendar date"),
        ("entries", "entry_date", "2021-03-15T10:00", "entries[0].entry_date must be a date"),
        (
            "detentions",
            "released_on",
            2021,
            "detentions[0].released_on must be a date written YYYY-MM-DD, or null.",
        ),
        ("check_ins", "at", "2025-07-01", "check_ins[0].at must be a local date and time"),
        ("check_ins", "at", "2025-07-01T09:00:00", "check_ins[0].at must be a local date"),
        ("check_ins", "at", "2025-07-01T09:00Z", "check_ins[0].at must be a local date"),
        ("check_ins", "at", "2025-07-01T25:00", "check_ins[0].at is not a real date and time"),
        ("incomes", "amount", True, 'incomes[0].amount must be an amount written like "1250.50"'),
        ("incomes", "amount", "12,50", "incomes[0].amount must be an amount written like"),
        ("incomes", "amount", "1e3", "incomes[0].amount must be an amount written like"),
        ("incomes", "amount", 1250.5, "incomes[0].amount must be an exact amount in quotes"),
        ("incomes", "amount", 1250.0, "incomes[0].amount must be an exact amount in quotes"),
        ("incomes", "amount", "12.345", "incomes[0]: The income amount has more than two"),
        ("incomes", "amount", "-5", "incomes[0]: The income amount must be zero or more."),
        ("incomes", "amount", 10**40, "incomes[0].amount is implausibly large"),
        ("incomes", "hours_per_week", 20.5, "incomes[1].hours_per_week must be an exact amount"),
        ("aliases", "given_names", None, "aliases[0].given_names must be text"),
        ("aliases", "given_names", ["Maria"], "aliases[0].given_names must be text"),
    ],
)
def test_wrong_types_are_refused_with_the_path(
    section: str, field: str, value: object, message: str
) -> None:
    data = rich()
    data[section][1 if field == "hours_per_week" else 0][field] = value
    assert refused(data).startswith(message)


def test_whole_numbers_are_integers() -> None:
    data = rich()
    entry = data["cases"][0]["time_entries"][0]
    for value in (90.0, "90", True):
        entry["minutes"] = value
        assert refused(data) == "cases[0].time_entries[0].minutes must be a whole number."


def test_lists_of_text() -> None:
    data = rich()
    data["profile"]["languages"] = "es, mam"
    assert refused(data) == "profile.languages must be a list of text values."
    data["profile"]["languages"] = ["es", 3]
    assert refused(data) == "profile.languages[1] must be text (a JSON string)."


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(aliases={"given_names": "x"}), "aliases must be a list"),
        (lambda d: d.update(aliases=["x"]), "aliases[0] must be a JSON object (an alias)."),
        (lambda d: d.update(safety=[]), "safety must be a JSON object"),
        (lambda d: d.update(profile=None), "profile must be a JSON object"),
        (lambda d: d["cases"][0].update(parties=None), "cases[0].parties must be a list"),
        (lambda d: d.update(cases=[[]]), "cases[0] must be a JSON object (a case)."),
    ],
)
def test_containers_must_have_the_right_shape(change: Any, message: str) -> None:
    data = rich()
    change(data)
    assert refused(data).startswith(message)


@pytest.mark.parametrize("data", [None, [], "text", 3, [{"format": FORMAT}]])
def test_the_file_is_one_object(data: object) -> None:
    assert refused(data) == "The file must be a JSON object (one client)."


def test_a_required_field_is_required() -> None:
    data = rich()
    del data["cases"][0]["parties"][0]["role"]  # has a default
    del data["cases"][0]["time_entries"][0]["minutes"]
    assert refused(data) == "cases[0].time_entries[0].minutes is required."
    assert refused({"format": FORMAT}).startswith("given_names is required")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (None, 'format is required: start the object with "format": "caseapp-client/1".'),
        ("caseapp-client/2", "format: the file is in another version of the client format"),
        ("caseapp-cases/1", 'format must be "caseapp-client/1".'),
        (1, 'format must be "caseapp-client/1".'),
    ],
)
def test_the_format_is_named(value: object, message: str) -> None:
    data = rich()
    if value is None:
        del data["format"]
    else:
        data["format"] = value
    assert refused(data).startswith(message)


# -- the record validators, with paths ----------------------------------------------


@pytest.mark.parametrize(
    ("change", "prefix"),
    [
        (lambda d: d["identifiers"][0].update(value="A12"), "identifiers[0]: "),
        (lambda d: d["identifiers"][1].update(kind="passport"), "identifiers[1]: "),
        (lambda d: d["phones"][0].update(number="555"), "phones[0]: "),
        (lambda d: d["emails"][0].update(address="nobody"), "emails[0]: "),
        (lambda d: d["addresses"][0].update(postal_code="9460"), "addresses[0]: A US ZIP"),
        (lambda d: d["safety"].update(code_word="a\x07b"), "safety: The code word contains"),
        (lambda d: d["entries"][0].update(entry_date="2030-01-01"), "entries[0]: The date of"),
        (lambda d: d["applications"][0].update(form="I-000"), "applications[0]: "),
        (lambda d: d["detentions"][0].update(released_on="2020-01-01"), "detentions[0]: "),
        (lambda d: d["cases"][0].update(subcode="divorce"), "cases[0]: "),
        (lambda d: d["cases"][1].update(closing_code=""), "cases[1]: A closed case needs"),
        (lambda d: d["cases"][0]["parties"][1].update(organisation=""), "cases[0].parties[1]: "),
        (
            lambda d: d["cases"][0]["time_entries"][0].update(minutes=0),
            "cases[0].time_entries[0]: Time is recorded in whole minutes",
        ),
        (lambda d: d["cases"][0]["checklist_items"][0].update(key="A B"), "cases[0].checklist"),
        (lambda d: d["tasks"][0].update(assigned_to="not a user!"), "tasks[0]: Assign"),
        (lambda d: d["incomes"][1].pop("hours_per_week"), "incomes[1]: An hourly income"),
        (lambda d: d["documents"][0].update(filename=" "), "documents[0]: The file name is"),
        (lambda d: d["documents"][0].update(content_base64=""), "documents[0]: The document is"),
        (lambda d: d["profile"].update(country_of_birth="Atlantis"), "profile.country_of_birth: "),
        (lambda d: d["profile"].update(region="mars"), "profile.region: The region is one of"),
        (lambda d: d.update(given_names=" "), "given_names: Given name(s) is required."),
        (lambda d: d.update(date_of_birth="2030-01-01"), "date_of_birth: Date of birth is in"),
        (lambda d: d.update(conflict_note="a\x00"), "conflict_note: "),
    ],
)
def test_validator_messages_are_prefixed_with_the_path(change: Any, prefix: str) -> None:
    data = rich()
    change(data)
    assert refused(data).startswith(prefix)


def test_an_a_number_message_names_its_place() -> None:
    data = rich()
    data["identifiers"][0]["value"] = "A12-3x"
    message = refused(data)
    assert message.startswith("identifiers[0]: An A-number has only digits after the leading A")


# -- documents ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b64(PDF)[:-1],  # padding cut
        b64(PDF)[:20] + "\n" + b64(PDF)[20:],  # a line break
        b64(PDF).replace("J", "-"),  # URL-safe alphabet
        "QR==",  # stray bits in the last group
        "ñ" + b64(PDF),
        5,
        None,
    ],
)
def test_base64_is_strict(content: object) -> None:
    data = rich()
    data["documents"][0]["content_base64"] = content
    assert refused(data).startswith("documents[0].content_base64 must be the file's bytes in")


def test_a_document_without_content_cannot_be_imported() -> None:
    data = rich()
    del data["cases"][0]["documents"][0]["content_base64"]
    message = refused(data)
    assert message.startswith("cases[0].documents[0].content_base64 is required")


# -- never client data in a message --------------------------------------------------


def _plant_everywhere() -> list[dict[str, Any]]:
    """Variants of the rich file, each with the plant in one invalid value."""
    variants: list[dict[str, Any]] = []

    def leaves(value: Any, path: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        if isinstance(value, dict):
            return [p for k, v in value.items() for p in leaves(v, (*path, k))]
        if isinstance(value, list):
            return [p for i, v in enumerate(value) for p in leaves(v, (*path, i))]
        return [path]

    base = rich()
    for path in leaves(base, ()):
        if path == ("format",):
            continue
        for planted in (PLANT, f"\x00{PLANT}", PLANT * 300, f"{PLANT}.5", [PLANT], {PLANT: 1}):
            data = copy.deepcopy(base)
            target = data
            for step in path[:-1]:
                target = target[step]
            target[path[-1]] = planted
            variants.append(data)
    data = copy.deepcopy(base)
    data["cases"][0][PLANT] = PLANT
    variants.append(data)
    data = copy.deepcopy(base)
    data["format"] = f"caseapp-client/{PLANT}"
    variants.append(data)
    return variants


def test_no_message_repeats_a_value_from_the_file() -> None:
    messages: list[str] = []
    for data in _plant_everywhere():
        try:
            parse(data)
        except InvalidClientJson as exc:
            messages.append(str(exc))
    assert len(messages) > 100
    assert not [m for m in messages if PLANT[:8] in m]


def test_no_load_message_repeats_a_value_from_the_file() -> None:
    texts = [
        f'{{"format": "{FORMAT}", "given_names": "{PLANT}"',
        f'{{"{PLANT}": 1, "{PLANT}": 2}}',
        f'{{"a": {PLANT}}}',
        f'{{"a": "{PLANT}\x01"}}',
    ]
    for text in texts:
        with pytest.raises(InvalidClientJson) as info:
            load_client_json(text, today=TODAY)
        assert PLANT not in str(info.value)


# -- load_client_json ---------------------------------------------------------------


def test_load_reads_text_and_bytes() -> None:
    text = json.dumps(rich(), ensure_ascii=False)
    for raw in (text, text.encode(), b"\xef\xbb\xbf" + text.encode(), "\ufeff" + text):
        plan = load_client_json(raw, today=TODAY)
        assert plan.identity.given_names == "María José"
        assert shape(plan) == shape(parse(rich()))


def test_a_syntax_error_gives_only_line_and_column() -> None:
    text = '{\n  "format": "caseapp-client/1",\n  "given_names": "Ana" "x"\n}'
    with pytest.raises(InvalidClientJson) as info:
        load_client_json(text, today=TODAY)
    assert str(info.value) == "The file is not valid JSON: the problem is at line 3, column 24."


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b'{"a": "\xff"}', "The file is not UTF-8 text; save it as UTF-8."),
        ('{"a": 1, "a": 2}', "An object in the file has the same key twice (a); keep one."),
        ('{"A B": 1, "A B": 2}', "An object in the file has the same key twice; keep one."),
        ('{"a": NaN}', "The file holds NaN or Infinity, which are not JSON numbers."),
        ('{"a": -Infinity}', "The file holds NaN or Infinity, which are not JSON numbers."),
        ('{"a": ' + "9" * 5000 + "}", "The file holds a number of more than 30 digits."),
        ("[" * 100_000 + "]" * 100_000, f"The file nests arrays and objects more than {MAX_DEPTH}"),
        ('{"a":' * (MAX_DEPTH + 1) + "1" + "}" * (MAX_DEPTH + 1), "The file nests arrays"),
        ('{"a":' * MAX_DEPTH + "1" + "}" * MAX_DEPTH, "format is required"),
        ("", "The file is not valid JSON: the problem is at line 1, column 1."),
    ],
)
def test_load_refusals(raw: str | bytes, message: str) -> None:
    with pytest.raises(InvalidClientJson) as info:
        load_client_json(raw, today=TODAY)
    assert str(info.value).startswith(message)


def test_the_format_itself_is_well_inside_the_depth_limit() -> None:
    data = rich()
    data["cases"][0]["parties"][0]["notes"] = "x"
    assert intake_json._depth(data) <= 5 < MAX_DEPTH


def test_load_caps_the_size() -> None:
    for raw in (
        b" " * (MAX_JSON_BYTES + 1),
        " " * (MAX_JSON_BYTES + 1),
        "é" * (MAX_JSON_BYTES // 2 + 1),
    ):
        with pytest.raises(InvalidClientJson) as info:
            load_client_json(raw, today=TODAY)
        assert str(info.value).startswith("The file is larger than 60 MiB")


# -- writing -----------------------------------------------------------------------

CLIENT_UUID = "11111111-1111-4111-8111-111111111111"


def _uuid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


class FileBuilder:
    """A ClientFile built directly, the way a revealed read returns one."""

    def __init__(self) -> None:
        self.records: dict[str, list[rec.Stored[Any]]] = {}
        self.count = 0

    def add(self, record: rec.Record) -> str:
        self.count += 1
        record_uuid = _uuid(self.count)
        stored = rec.Stored(
            uuid=record_uuid,
            client_uuid=CLIENT_UUID,
            record=record.cleaned(TODAY),
            created_at="2025-01-10T10:00:00Z",
            created_by="maria",
            updated_at="2025-02-01T11:30:00Z",
            updated_by="admin",
        )
        self.records.setdefault(record.KIND, []).append(stored)
        return record_uuid

    def file(self, **kwargs: Any) -> rec.ClientFile:
        client = Client(
            uuid=CLIENT_UUID,
            identity=ClientIdentity("María José", "Pérez", "Majo", date(1990, 4, 1)),
            created_at="2025-01-10T10:00:00Z",
            created_by="maria",
            updated_at="2025-01-10T10:00:00Z",
            updated_by="maria",
            profile=ClientProfile(country_of_birth="GT", languages=("spa", "mam")),
        )
        records = {kind: tuple(rows) for kind, rows in self.records.items()}
        return rec.ClientFile(client=client, records=records, revealed=True, **kwargs)


def _document(data: bytes, **kwargs: Any) -> rec.Document:
    return rec.Document(
        media_type="application/pdf",
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        **kwargs,
    )


def rich_file(*, checks: bool = True) -> tuple[rec.ClientFile, dict[str, bytes]]:
    b = FileBuilder()
    b.add(rec.Alias("Maria", "Perez"))
    b.add(rec.Identifier("a_number", "123456789"))
    b.add(rec.Phone("+14155552671", safe_to_call=True))
    b.add(rec.Email("majo@example.org"))
    b.add(rec.Address("100 Main St", city="Oakland", region="CA", postal_code="94607"))
    b.add(rec.Safety(code_word="girasol", trafficking=True))
    son = b.add(rec.HouseholdMember("Luis", relationship="child", date_of_birth=date(2015, 1, 1)))
    b.add(rec.Income(Decimal("1250.50")))
    b.add(rec.Income(Decimal("18"), "hourly", member_uuid=son, hours_per_week=Decimal("20")))
    b.add(rec.Entry(date(2021, 3, 15), place="Nogales"))
    b.add(rec.Application("I-589", receipt_number="IOE0912345678", filed_on=date(2022, 1, 10)))
    eoir = b.add(rec.Proceeding(court="San Francisco"))
    b.add(rec.Hearing(datetime(2025, 9, 4, 8, 30), proceeding_uuid=eoir))
    b.add(rec.CheckIn(datetime(2025, 7, 1, 9, 0), office="SF"))
    b.add(rec.Detention("Otay Mesa", detained_on=date(2021, 3, 15)))
    b.add(rec.Note("Primera consulta.\nTrae documentos."))
    b.add(rec.Deadline(date(2025, 8, 1), "Biometrics", kind="biometrics"))
    b.add(rec.Task("Call back", due_on=date(2025, 6, 10)))
    check = b.add(rec.ConflictCheck("cleared", hits=1, adverse_names=("Juan Gómez",)))
    case = b.add(rec.Case("asylum", date(2025, 1, 10), title="Asylum", conflict_check_uuid=check))
    b.add(rec.Party(case, given_names="Juan", family_names="Gómez"))
    b.add(rec.Hearing(datetime(2025, 10, 1, 13, 0), kind="individual", case_uuid=case))
    b.add(rec.Hearing(datetime(2025, 11, 1, 13, 0), case_uuid=case, proceeding_uuid=eoir))
    b.add(rec.Deadline(date(2026, 3, 15), "One-year", "filing", case_uuid=case, computed=True))
    b.add(rec.Deadline(date(2025, 12, 1), "File brief", case_uuid=case))
    b.add(rec.Task("Draft declaration", case_uuid=case))
    b.add(rec.Note("Narrative.", case_uuid=case, sensitive=True))
    b.add(rec.TimeEntry(case, date(2025, 1, 10), 90, worker="maria"))
    b.add(rec.ChecklistItem(case, "Passport copy", key="passport"))
    top_doc = b.add(_document(PDF, filename="notice.pdf", description="NTA"))
    case_doc = b.add(_document(TEXT, filename="carta.txt", case_uuid=case))
    if not checks:
        b.records.pop("conflict_check")
    return b.file(), {top_doc: PDF, case_doc: TEXT}


def export(file: rec.ClientFile, documents: dict[str, bytes] | None = None) -> dict[str, Any]:
    out = client_to_json(
        file,
        documents=documents,
        exported_by="admin",
        exported_at="2025-06-01T12:00:00Z",
        checkpoint="1234:9f86d081884c7d65",
    )
    # What a file on disk gives back: only JSON types, every one of them dumpable.
    text = json.dumps(out, ensure_ascii=False, allow_nan=False)
    loaded: dict[str, Any] = json.loads(text)
    assert loaded == out
    return loaded


def test_export_top_level() -> None:
    file, content = rich_file()
    out = export(file, content)
    assert list(out)[:5] == ["format", "uuid", "exported_at", "exported_by", "checkpoint"]
    assert out["format"] == FORMAT
    assert out["uuid"] == CLIENT_UUID
    assert (out["exported_by"], out["checkpoint"]) == ("admin", "1234:9f86d081884c7d65")
    assert (out["given_names"], out["date_of_birth"]) == ("María José", "1990-04-01")
    assert out["profile"]["languages"] == ["spa", "mam"]
    assert out["profile"]["status_expires"] is None
    assert "conflict_decision" not in out


def test_export_records_carry_their_metadata_and_fields() -> None:
    out = export(rich_file()[0])
    (alias,) = out["aliases"]
    assert alias == {
        "uuid": _uuid(1),
        "created_at": "2025-01-10T10:00:00Z",
        "created_by": "maria",
        "updated_at": "2025-02-01T11:30:00Z",
        "updated_by": "admin",
        "given_names": "Maria",
        "family_names": "Perez",
        "kind": "alias",
    }
    assert out["safety"]["code_word"] == "girasol"
    assert out["safety"]["uuid"] == _uuid(6)


def test_export_writes_json_types() -> None:
    out = export(rich_file()[0])
    own, hourly = out["incomes"]
    assert (own["amount"], own["hours_per_week"]) == ("1250.50", None)
    assert (hourly["amount"], hourly["hours_per_week"]) == ("18.00", "20.00")
    assert out["hearings"][0]["starts_at"] == "2025-09-04T08:30"
    assert out["household_members"][0]["date_of_birth"] == "2015-01-01"
    assert out["phones"][0]["safe_to_call"] is True


def test_export_has_no_uuid_fields_and_refs_point_at_uuids() -> None:
    out = export(rich_file()[0])

    def keys(value: Any) -> set[str]:
        if isinstance(value, dict):
            return set(value) | {k for v in value.values() for k in keys(v)}
        if isinstance(value, list):
            return {k for v in value for k in keys(v)}
        return set()

    assert not {k for k in keys(out) if k.endswith("_uuid")}
    son, eoir = out["household_members"][0], out["proceedings"][0]
    assert son["ref"] == son["uuid"]
    assert eoir["ref"] == eoir["uuid"]
    assert "member" not in out["incomes"][0]
    assert out["incomes"][1]["member"] == son["ref"]
    assert out["hearings"][0]["proceeding"] == eoir["ref"]
    assert out["cases"][0]["hearings"][1]["proceeding"] == eoir["ref"]


def test_export_nests_case_records_under_their_case() -> None:
    out = export(rich_file()[0])
    (case,) = out["cases"]
    assert "conflict_check_uuid" not in case
    assert [p["given_names"] for p in case["parties"]] == ["Juan"]
    assert [h["kind"] for h in case["hearings"]] == ["individual", "master_calendar"]
    assert [d["title"] for d in case["deadlines"]] == ["One-year", "File brief"]
    assert [d["computed"] for d in case["deadlines"]] == [True, False]
    assert [n["body"] for n in case["notes"]] == ["Narrative."]
    assert case["time_entries"][0]["minutes"] == 90
    assert case["checklist_items"][0]["key"] == "passport"
    assert [d["filename"] for d in case["documents"]] == ["carta.txt"]
    assert [t["title"] for t in out["tasks"]] == ["Call back"]
    assert [n["body"] for n in out["notes"]] == ["Primera consulta.\nTrae documentos."]
    assert [h["starts_at"] for h in out["hearings"]] == ["2025-09-04T08:30"]


def test_export_documents() -> None:
    file, content = rich_file()
    with_bytes = export(file, content)
    (document,) = with_bytes["documents"]
    assert base64.b64decode(document["content_base64"]) == PDF
    assert {"media_type", "size", "sha256"}.isdisjoint(document)
    assert document["description"] == "NTA"
    without = export(file, {next(iter(content)): PDF})
    assert "content_base64" in without["documents"][0]
    assert "content_base64" not in without["cases"][0]["documents"][0]
    assert "content_base64" not in export(file)["documents"][0]


def test_export_lists_conflict_checks_as_history() -> None:
    out = export(rich_file()[0])
    (check,) = out["conflict_checks"]
    assert (check["decision"], check["hits"], check["adverse_names"]) == (
        "cleared",
        1,
        ["Juan Gómez"],
    )
    assert "conflict_checks" not in export(rich_file(checks=False)[0])


def test_an_export_with_conflict_checks_imports_without_them() -> None:
    file, content = rich_file()
    out = export(file, content)
    plan = parse(out)
    assert not any(isinstance(r, rec.ConflictCheck) for _, r in plan.records)


def test_round_trip_of_the_rich_file() -> None:
    file, content = rich_file(checks=False)
    plan = parse(export(file, content))
    assert plan.identity == file.client.identity
    assert plan.profile == file.client.profile
    stored = {s.uuid: s.record for rows in file.records.values() for s in rows}
    expected = Counter(
        _canon(r, stored)
        for r in stored.values()
        if not isinstance(r, rec.Document) and not (isinstance(r, rec.Deadline) and r.computed)
    )
    planned = dict(plan.records)
    assert Counter(_canon(r, planned) for r in planned.values()) == expected
    case_uuid = next(u for u, r in plan.records if isinstance(r, rec.Case))
    assert [(d.filename, d.description, d.content, d.case_uuid) for d in plan.documents] == [
        ("notice.pdf", "NTA", PDF, ""),
        ("carta.txt", "", TEXT, case_uuid),
    ]


def test_export_refuses_a_masked_file() -> None:
    file, _ = rich_file()
    identifier = file.of(rec.Identifier)[0]
    masked = dataclasses.replace(identifier, hidden=frozenset({"value"}))
    records = {**file.records, "identifier": (masked,)}
    with pytest.raises(ValueError, match="revealed"):
        export(dataclasses.replace(file, records=records))
    no_safety = {k: v for k, v in file.records.items() if k != "safety"}
    with pytest.raises(ValueError, match="revealed"):
        export(dataclasses.replace(file, records=no_safety, safety_hidden=True))


def test_export_refuses_a_file_with_only_the_newest_notes() -> None:
    file, _ = rich_file()
    with pytest.raises(ValueError, match="every note"):
        export(dataclasses.replace(file, notes_total=3))
    export(dataclasses.replace(file, notes_total=2))


def test_export_refuses_references_outside_the_file() -> None:
    file, _ = rich_file()
    no_members = {k: v for k, v in file.records.items() if k != "household_member"}
    with pytest.raises(ValueError, match="household_member not in the file"):
        export(dataclasses.replace(file, records=no_members))
    no_cases = {k: v for k, v in file.records.items() if k != "case"}
    with pytest.raises(ValueError, match="case not in the file"):
        export(dataclasses.replace(file, records=no_cases))


def test_the_readme_example_is_a_valid_client_file() -> None:
    """The example the README gives must keep working."""
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### The client JSON format") :]
    block = section[section.index("```json") + len("```json") : section.index("```\n", 10)]
    plan = intake_json.parse_client_json(json.loads(block), today=date(2026, 12, 1))
    assert plan.identity.family_names == "García López"
    kinds = {type(r).__name__ for _, r in plan.records}
    assert {"Case", "Party", "Income", "HouseholdMember", "Entry", "Note"} <= kinds
