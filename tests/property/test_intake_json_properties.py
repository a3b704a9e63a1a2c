"""The client JSON format under generated input: exports read back as the same
client, and nothing but InvalidClientJson (without client data) escapes the parser."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections import Counter
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caseapp.core import case_codes, intake_json
from caseapp.core import records as rec
from caseapp.core.clients import (
    Client,
    ClientIdentity,
    ClientProfile,
    validate_identity,
    validate_profile,
)
from caseapp.core.eligibility import Frequency, Region
from caseapp.core.errors import InvalidInput
from caseapp.core.intake import ClientPlan
from caseapp.core.intake_json import (
    CASE_SECTIONS,
    CLIENT_SECTIONS,
    FORMAT,
    InvalidClientJson,
    client_to_json,
    load_client_json,
    parse_client_json,
)

TODAY = date(2025, 6, 1)
SETTINGS = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
PLANT = "Zq-PLANT-48151623"

# -- valid values ------------------------------------------------------------------

_LETTERS = st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S", "Zs"))
line = st.text(_LETTERS, max_size=12)
required_line = st.text(_LETTERS, min_size=1, max_size=12).filter(lambda s: s.strip())
text = st.text(st.one_of(_LETTERS, st.sampled_from("\n\t")), max_size=30)
required_text = text.filter(lambda s: s.strip())
past = st.dates(min_value=date(1950, 1, 1), max_value=TODAY)
future = st.dates(min_value=date(1950, 1, 1), max_value=date(2070, 12, 31))
moments = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2199, 12, 31)).map(
    lambda m: m.replace(second=0, microsecond=0)
)
cents = st.integers(0, 10**10 - 1).map(lambda n: Decimal(n).scaleb(-2))
user = st.sampled_from(["", "maria", "j.doe", "admin"])


def keys(vocabulary: case_codes.Vocabulary) -> st.SearchStrategy[str]:
    return st.sampled_from(vocabulary.keys)


def ordered(a: date | None, b: date | None) -> tuple[date | None, date | None]:
    if a is not None and b is not None and b < a:
        return b, a
    return a, b


identifier_values = {
    "a_number": st.integers(1_000_000, 999_999_999).map(lambda n: f"A{n}"),
    "itin": st.tuples(
        st.integers(0, 99), st.sampled_from([50, 65, 70, 88, 90, 92, 94, 99]), st.integers(0, 9999)
    ).map(lambda t: f"9{t[0]:02d}{t[1]:02d}{t[2]:04d}"),
    "ssn": st.tuples(st.integers(1, 665), st.integers(1, 99), st.integers(1, 9999)).map(
        lambda t: f"{t[0]:03d}{t[1]:02d}{t[2]:04d}"
    ),
}


@st.composite
def identifiers(draw: st.DrawFn) -> rec.Identifier:
    kind = draw(st.sampled_from(sorted(identifier_values)))
    return rec.Identifier(kind, draw(identifier_values[kind]))


@st.composite
def incomes(draw: st.DrawFn) -> rec.Income:
    frequency = draw(st.sampled_from([f.value for f in Frequency]))
    hours = draw(st.integers(1, 16800).map(lambda n: Decimal(n).scaleb(-2)))
    return rec.Income(
        amount=draw(cents),
        frequency=frequency,
        source=draw(keys(case_codes.INCOME_SOURCES)),
        hours_per_week=hours if frequency == "hourly" else None,
    )


@st.composite
def applications(draw: st.DrawFn) -> rec.Application:
    filed, decided = ordered(draw(st.none() | past), draw(st.none() | past))
    receipt = draw(
        st.none() | st.tuples(st.sampled_from(["IOE", "EAC", "MSC"]), st.integers(0, 10**10 - 1))
    )
    return rec.Application(
        form=draw(keys(case_codes.APPLICATION_FORMS)),
        receipt_number=f"{receipt[0]}{receipt[1]:010d}" if receipt else "",
        filed_on=filed,
        status=draw(keys(case_codes.APPLICATION_STATUSES)),
        decided_on=decided,
        notes=draw(text),
    )


@st.composite
def detentions(draw: st.DrawFn) -> rec.Detention:
    detained, released = ordered(draw(st.none() | past), draw(st.none() | past))
    return rec.Detention(draw(required_line), detained, released, draw(text))


@st.composite
def cases(draw: st.DrawFn) -> rec.Case:
    opened = draw(past)
    status = draw(keys(case_codes.CASE_STATUSES))
    closed = status == "closed"
    return rec.Case(
        subcode=draw(keys(case_codes.SUBCODE_VOCABULARY)),
        opened_on=opened,
        title=draw(line),
        lsc_code=draw(st.sampled_from(["81", ""])),
        status=status,
        funding_source=draw(line),
        closed_on=opened + timedelta(days=draw(st.integers(0, (TODAY - opened).days)))
        if closed
        else None,
        closing_code=draw(keys(case_codes.CLOSING_CODES)) if closed else "",
        outcome=draw(text),
        conflict_check_uuid=str(draw(st.uuids(version=4))),
    )


CLIENT_KINDS: dict[type[rec.Record], st.SearchStrategy[Any]] = {
    rec.Alias: st.builds(rec.Alias, required_line, line, keys(rec.ALIAS_KINDS)),
    rec.Identifier: identifiers(),
    rec.Phone: st.builds(
        rec.Phone,
        st.sampled_from(["+14155552671", "+525512345678", "+50223456789", "+34912345678"]),
        line,
        st.booleans(),
        st.booleans(),
        st.booleans(),
        st.booleans(),
    ),
    rec.Email: st.builds(
        rec.Email,
        st.from_regex(r"[a-z0-9.]{1,10}@[a-z]{1,8}\.(org|mx)", fullmatch=True),
        line,
        st.booleans(),
        st.booleans(),
    ),
    rec.Address: st.builds(
        rec.Address,
        required_line,
        line,
        line,
        line,
        st.sampled_from(["", "94607", "94103-1234"]),
        st.sampled_from(["US", "MX", "GT"]),
        line,
        st.booleans(),
        st.booleans(),
    ),
    rec.Safety: st.builds(rec.Safety, line, line, st.booleans(), st.booleans(), text),
    rec.HouseholdMember: st.builds(
        rec.HouseholdMember,
        required_line,
        line,
        keys(case_codes.RELATIONSHIPS),
        st.none() | past,
        st.booleans(),
    ),
    rec.Income: incomes(),
    rec.Entry: st.builds(rec.Entry, past, line, keys(case_codes.ENTRY_MANNERS), line, text),
    rec.Application: applications(),
    rec.Proceeding: st.builds(
        rec.Proceeding,
        keys(case_codes.PROCEEDING_KINDS),
        line,
        line,
        keys(case_codes.PROCEEDING_STATUSES),
        text,
    ),
    rec.Hearing: st.builds(
        rec.Hearing,
        moments,
        keys(case_codes.HEARING_KINDS),
        line,
        line,
        outcome=text,
    ),
    rec.CheckIn: st.builds(rec.CheckIn, moments, line, text),
    rec.Detention: detentions(),
    rec.Note: st.builds(rec.Note, required_text, privileged=st.booleans(), sensitive=st.booleans()),
    rec.Deadline: st.builds(
        rec.Deadline,
        future,
        required_line,
        keys(case_codes.DEADLINE_KINDS),
        done_on=st.none() | past,
        computed=st.booleans(),
    ),
    rec.Task: st.builds(
        rec.Task, required_line, st.none() | future, assigned_to=user, done_on=st.none() | past
    ),
}
CASE_KINDS: dict[type[rec.Record], Any] = {
    rec.Party: lambda case: st.builds(
        rec.Party,
        st.just(case),
        st.sampled_from(["adverse", "related"]),
        required_line,
        line,
        line,
        st.none() | past,
        line,
        text,
    ),
    rec.TimeEntry: lambda case: st.builds(
        rec.TimeEntry,
        st.just(case),
        past,
        st.integers(1, 1440),
        st.sampled_from(rec.TIME_ACTIVITIES.keys),
        line,
        user,
    ),
    rec.ChecklistItem: lambda case: st.builds(
        rec.ChecklistItem,
        st.just(case),
        required_line,
        st.sampled_from(["", "passport", "i_589_copy"]),
        keys(case_codes.CHECKLIST_STATUSES),
        st.none() | past,
    ),
}


def _in_case(kind: type[rec.Record]) -> Any:
    """A client-level kind drawn as one of a case's records."""

    def make(case: str) -> st.SearchStrategy[Any]:
        return CLIENT_KINDS[kind].map(lambda r: dataclasses.replace(r, case_uuid=case))

    return make


CASE_KINDS.update(
    {kind: _in_case(kind) for kind in (rec.Hearing, rec.Deadline, rec.Task, rec.Note)}
)

identities = st.builds(ClientIdentity, required_line, line, line, st.none() | past)
profiles = st.builds(
    ClientProfile,
    gender=line,
    pronouns=line,
    country_of_birth=st.sampled_from(["", "GT", "MX", "HN", "SV"]),
    citizenships=st.lists(st.sampled_from(["GT", "MX", "HN", "US"]), max_size=3, unique=True).map(
        tuple
    ),
    languages=st.lists(st.sampled_from(["spa", "mam", "quc", "eng"]), max_size=3, unique=True).map(
        tuple
    ),
    interpreter_needed=st.booleans(),
    interpreter_language=st.sampled_from(["", "mam", "spa"]),
    immigration_status=keys(case_codes.IMMIGRATION_STATUSES),
    status_expires=st.none() | future,
    region=st.sampled_from([r.value for r in Region]),
)


class _Files:
    """Draws one client file: records cleaned, linked by their UUIDs."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw
        self.records: dict[str, list[rec.Stored[Any]]] = {}
        self.content: dict[str, bytes] = {}
        self.count = 0

    def add(self, record: rec.Record) -> str | None:
        try:
            cleaned = record.cleaned(TODAY)
        except InvalidInput:
            return None  # a rare combination the strategies do not rule out
        self.count += 1
        record_uuid = f"00000000-0000-4000-8000-{self.count:012d}"
        stored = rec.Stored(record_uuid, "c", cleaned, "2025-01-01", "maria", "2025-01-02", "j.doe")
        self.records.setdefault(cleaned.KIND, []).append(stored)
        return record_uuid

    def several(self, strategy: st.SearchStrategy[Any], most: int = 2) -> list[str]:
        added = [self.add(r) for r in self.draw(st.lists(strategy, max_size=most))]
        return [u for u in added if u is not None]

    def document(self, case: str = "") -> None:
        data = self.draw(st.binary(min_size=1, max_size=40))
        record_uuid = self.add(
            rec.Document(
                filename=self.draw(required_line),
                media_type="application/pdf",
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                case_uuid=case,
                description=self.draw(line),
            )
        )
        if record_uuid is not None:
            self.content[record_uuid] = data


@st.composite
def client_files(draw: st.DrawFn) -> tuple[rec.ClientFile, dict[str, bytes]]:
    files = _Files(draw)
    members = proceedings = [""]
    for kind, strategy in CLIENT_KINDS.items():
        if kind is rec.Safety:
            if draw(st.booleans()):
                files.add(draw(strategy))
            continue
        if kind is rec.Income:
            strategy = st.builds(
                dataclasses.replace, strategy, member_uuid=st.sampled_from(members)
            )
        if kind is rec.Hearing:
            strategy = st.builds(
                dataclasses.replace, strategy, proceeding_uuid=st.sampled_from(proceedings)
            )
        added = files.several(strategy)
        if kind is rec.HouseholdMember:
            members = ["", *added]
        if kind is rec.Proceeding:
            proceedings = ["", *added]
    for _ in range(draw(st.integers(0, 2))):
        files.document()
    for case in files.several(cases()):
        for kind, make in CASE_KINDS.items():
            strategy = make(case)
            if kind is rec.Hearing:
                strategy = st.builds(
                    dataclasses.replace, strategy, proceeding_uuid=st.sampled_from(proceedings)
                )
            files.several(strategy)
        for _ in range(draw(st.integers(0, 1))):
            files.document(case)
    identity = validate_identity(draw(identities), today=TODAY)
    profile = validate_profile(draw(profiles), today=TODAY)
    client = Client("c", identity, "2025-01-01", "maria", "2025-01-02", "j.doe", profile)
    records = {kind: tuple(rows) for kind, rows in files.records.items()}
    return rec.ClientFile(client=client, records=records, revealed=True), files.content


def export(file: rec.ClientFile, content: dict[str, bytes]) -> Any:
    out = client_to_json(
        file, documents=content, exported_by="admin", exported_at="2025-06-01", checkpoint="1:ab"
    )
    return json.loads(json.dumps(out, allow_nan=False))


# -- comparing without UUIDs -------------------------------------------------------------


def _canon(record: rec.Record, by_uuid: dict[str, rec.Record]) -> rec.Record:
    changes: dict[str, Any] = {}
    for name in ("case_uuid", "member_uuid", "proceeding_uuid"):
        ref = getattr(record, name, "")
        if ref:
            changes[name] = repr(_canon(by_uuid[ref], by_uuid))
    if isinstance(record, rec.Case):
        changes["conflict_check_uuid"] = ""
    return dataclasses.replace(record, **changes)


def _file_shape(
    file: rec.ClientFile, content: dict[str, bytes]
) -> tuple[Counter[Any], Counter[Any]]:
    by_uuid = {s.uuid: s.record for rows in file.records.values() for s in rows}
    records: Counter[Any] = Counter()
    documents: Counter[Any] = Counter()
    for record_uuid, r in by_uuid.items():
        if isinstance(r, rec.Document):
            case = repr(_canon(by_uuid[r.case_uuid], by_uuid)) if r.case_uuid else ""
            documents[(r.filename, r.description, content[record_uuid], case)] += 1
        elif not (isinstance(r, rec.Deadline) and r.computed):
            records[_canon(r, by_uuid)] += 1
    return records, documents


def _plan_shape(plan: ClientPlan) -> tuple[Counter[Any], Counter[Any]]:
    by_uuid = dict(plan.records)
    records = Counter(_canon(r, by_uuid) for r in by_uuid.values())
    documents = Counter(
        (
            d.filename,
            d.description,
            d.content,
            repr(_canon(by_uuid[d.case_uuid], by_uuid)) if d.case_uuid else "",
        )
        for d in plan.documents
    )
    return records, documents


@SETTINGS
@given(client_files())
def test_an_export_reads_back_as_the_same_client(generated: Any) -> None:
    file, content = generated
    plan = parse_client_json(export(file, content), today=TODAY)
    assert plan.identity == file.client.identity
    assert plan.profile == file.client.profile
    assert _plan_shape(plan) == _file_shape(file, content)
    assert plan.conflict_decision == ""


def file_from_plan(plan: ClientPlan) -> tuple[rec.ClientFile, dict[str, bytes]]:
    """The file a vault would hold after storing the plan as it is."""
    records: dict[str, list[rec.Stored[Any]]] = {}
    planned: list[tuple[str, rec.Record]] = [*plan.records]
    for d in plan.documents:
        planned.append(
            (
                d.uuid,
                rec.Document(
                    filename=d.filename,
                    media_type="text/plain",
                    size=len(d.content),
                    sha256=hashlib.sha256(d.content).hexdigest(),
                    case_uuid=d.case_uuid,
                    description=d.description,
                ),
            )
        )
    for record_uuid, record in planned:
        stored = rec.Stored(record_uuid, "c", record, "2025-06-01", "admin", "2025-06-01", "admin")
        records.setdefault(record.KIND, []).append(stored)
    client = Client("c", plan.identity, "2025-06-01", "admin", "2025-06-01", "admin", plan.profile)
    file = rec.ClientFile(
        client=client, records={k: tuple(v) for k, v in records.items()}, revealed=True
    )
    return file, {d.uuid: d.content for d in plan.documents}


@SETTINGS
@given(client_files())
def test_a_plan_stored_and_exported_reads_back_as_the_same_plan(generated: Any) -> None:
    plan = parse_client_json(export(*generated), today=TODAY)
    again = parse_client_json(export(*file_from_plan(plan)), today=TODAY)
    assert (again.identity, again.profile) == (plan.identity, plan.profile)
    assert _plan_shape(again) == _plan_shape(plan)


# -- nothing else escapes -------------------------------------------------------------

json_leaves = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=8)
    | st.sampled_from(["", "2025-01-01", "2025-01-01T10:00", "12.50", "A123456789", PLANT, "\x00"])
)
json_values = st.recursive(
    json_leaves,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=12,
)


def _refusal(read: Callable[[], object]) -> str:
    """The message of the InvalidClientJson raised, or "" (anything else propagates)."""
    try:
        read()
    except InvalidClientJson as exc:
        return str(exc)
    return ""


def _parse_or_refuse(data: object) -> None:
    message = _refusal(lambda: parse_client_json(data, today=TODAY))
    assert PLANT[:8] not in message


@SETTINGS
@given(json_values)
def test_arbitrary_json_only_raises_invalid_client_json(data: object) -> None:
    _parse_or_refuse(data)


def _record_objects(kind: type[rec.Record]) -> st.SearchStrategy[dict[str, object]]:
    names = [*rec.record_fields(kind), "ref", "member", "proceeding", "content_base64", "uuid"]
    return st.dictionaries(st.sampled_from(names), json_values, max_size=6)


def _sections(sections: tuple[tuple[str, type[rec.Record]], ...]) -> dict[str, Any]:
    return {name: st.lists(_record_objects(kind), max_size=2) for name, kind in sections}


near_valid = st.fixed_dictionaries(
    {"format": st.just(FORMAT), "given_names": st.text(min_size=1, max_size=8)},
    optional={
        **_sections(CLIENT_SECTIONS),
        "safety": _record_objects(rec.Safety),
        "profile": st.dictionaries(
            st.sampled_from([f.name for f in dataclasses.fields(ClientProfile)]),
            json_values,
            max_size=4,
        ),
        "cases": st.lists(
            st.fixed_dictionaries(
                {"subcode": st.just("asylum"), "opened_on": st.just("2025-01-01")},
                optional=_sections(CASE_SECTIONS),
            ),
            max_size=2,
        ),
        "conflict_decision": json_values,
        "date_of_birth": json_values,
    },
)


@SETTINGS
@given(near_valid)
def test_near_valid_files_only_raise_invalid_client_json(data: object) -> None:
    _parse_or_refuse(data)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        found += [p for k, v in value.items() for p in _paths(v, (*path, k))]
    elif isinstance(value, list):
        found += [p for i, v in enumerate(value) for p in _paths(v, (*path, i))]
    return found


mutations = st.one_of(
    json_values,
    st.text(max_size=300).map(lambda s: s + PLANT),
    st.text(_LETTERS, max_size=300),
)


@SETTINGS
@given(client_files(), st.data())
def test_an_export_changed_anywhere_only_raises_invalid_client_json(
    generated: Any, data: st.DataObject
) -> None:
    file, content = generated
    out = export(file, content)
    path = data.draw(st.sampled_from(_paths(out)[1:]))
    target = out
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = data.draw(mutations)
    if data.draw(st.booleans()) and isinstance(target, dict):
        target[PLANT] = 1  # and a key that is not a field name
    _parse_or_refuse(out)


@SETTINGS
@given(st.one_of(st.text(max_size=200), st.binary(max_size=200)))
def test_any_text_only_raises_invalid_client_json(raw: str | bytes) -> None:
    _refusal(lambda: load_client_json(raw, today=TODAY))


@SETTINGS
@given(json_values)
def test_any_json_text_only_raises_invalid_client_json(data: object) -> None:
    assert PLANT[:8] not in _refusal(lambda: load_client_json(json.dumps(data), today=TODAY))


def test_the_strategies_cover_every_kind() -> None:
    covered = {*CLIENT_KINDS, *CASE_KINDS, rec.Case, rec.Document}
    assert covered == set(rec.RECORD_TYPES) - {rec.ConflictCheck}
    assert intake_json.FORMAT == FORMAT
