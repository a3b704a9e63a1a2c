"""Synthetic caseloads: deterministic, varied in script and language, valid
record by record, and importable only into a demo vault."""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date, datetime
from functools import cache
from typing import Any

import phonenumbers
import pytest

from caseapp.core import records as rec
from caseapp.core.clients import ClientIdentity, validate_identity, validate_profile
from caseapp.core.errors import InvalidInput, PermissionDenied
from caseapp.core.intake import ClientPlan
from caseapp.services import demo, vault

TODAY = date(2025, 6, 16)
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@cache
def caseload(count: int = 300, seed: int = 11) -> tuple[ClientPlan, ...]:
    return tuple(demo.generate(count, seed=seed, today=TODAY, assignee="mgarcia"))


def shape(plans: Iterable[ClientPlan]) -> list[Any]:
    """Plans with record UUIDs (fresh on every run) replaced by their order of appearance."""
    ids: dict[str, int] = {}

    def norm(value: object) -> object:
        if isinstance(value, str) and _UUID.fullmatch(value):
            return ids.setdefault(value, len(ids))
        return value

    return [
        (
            plan.identity,
            plan.profile,
            [
                (
                    norm(u),
                    type(r).__name__,
                    [norm(getattr(r, f)) for f in rec.record_fields(type(r))],
                )
                for u, r in plan.records
            ],
        )
        for plan in plans
    ]


def names(plans: Iterable[ClientPlan]) -> list[str]:
    return [f"{p.identity.given_names} {p.identity.family_names}" for p in plans]


def of(plan: ClientPlan, kind: type[rec.R]) -> list[rec.R]:
    return [r for _, r in plan.records if isinstance(r, kind)]


def test_the_same_seed_gives_the_same_people_and_records() -> None:
    first = list(demo.generate(20, seed=7, today=TODAY))
    again = list(demo.generate(20, seed=7, today=TODAY))
    longer = list(demo.generate(40, seed=7, today=TODAY))[:20]
    other = list(demo.generate(20, seed=8, today=TODAY))
    assert shape(first) == shape(again) == shape(longer)
    assert names(first) != names(other)
    assert len(set(names(first)) & set(names(other))) < 5


def test_two_generators_alive_at_once_do_not_disturb_each_other() -> None:
    a, b = demo.generate(10, seed=3, today=TODAY), demo.generate(10, seed=4, today=TODAY)
    interleaved = [(next(a), next(b)) for _ in range(10)]
    assert shape(p for p, _ in interleaved) == shape(demo.generate(10, seed=3, today=TODAY))
    assert shape(q for _, q in interleaved) == shape(demo.generate(10, seed=4, today=TODAY))


def _scripts(text: str) -> set[str]:
    found = set()
    for ch in text:
        name = unicodedata.name(ch, "")
        for script in ("CYRILLIC", "ARABIC", "CJK UNIFIED", "ETHIOPIC"):
            if name.startswith(script):
                found.add(script)
        if name.startswith("LATIN") and not ch.isascii():
            found.add("LATIN ACCENTED")
            if "\u1ea0" <= ch <= "\u1ef9" or ch in "ơưđĐƠƯ":
                found.add("VIETNAMESE")
    return found


def test_names_come_in_many_scripts_and_languages_spanish_first() -> None:
    plans = caseload()
    scripts = set().union(*(_scripts(n) for n in names(plans)))
    assert {"LATIN ACCENTED", "CYRILLIC", "ARABIC", "CJK UNIFIED", "ETHIOPIC", "VIETNAMESE"} <= (
        scripts
    )
    spanish = sum(p.profile.languages[0] in ("spa", "mam", "quc") for p in plans) / len(plans)
    assert 0.45 < spanish < 0.65
    languages = {lang for p in plans for lang in p.profile.languages}
    assert {"hat", "por", "cmn", "vie", "rus", "ukr", "ara", "amh", "tir", "eng"} <= languages
    assert languages & {"prs", "pus"}
    mayan = [p for p in plans if p.profile.languages[0] in ("mam", "quc")]
    assert mayan
    assert all(p.profile.country_of_birth == "GT" and p.profile.interpreter_needed for p in mayan)
    double = sum(" " in p.identity.family_names for p in plans if p.profile.languages == ("spa",))
    assert double > 20  # "García López"
    assert any(of(p, rec.Alias) for p in plans)


def test_every_record_passes_its_own_validation() -> None:
    for plan in caseload():
        identity = validate_identity(plan.identity, today=TODAY)
        validate_profile(plan.profile, today=TODAY)
        dob = identity.date_of_birth
        assert dob is not None
        assert 10 <= (TODAY - dob).days // 365.25 <= 75
        kinds = [type(r) for _, r in plan.records]
        assert kinds.count(rec.ConflictCheck) == 1
        check_uuid = next(u for u, r in plan.records if isinstance(r, rec.ConflictCheck))
        for _, record in plan.records:
            record.cleaned(TODAY)
            if isinstance(record, rec.Case):
                assert record.conflict_check_uuid == check_uuid
            if isinstance(record, rec.Entry | rec.Detention):
                start = record.entry_date if isinstance(record, rec.Entry) else record.detained_on
                assert start is not None
                assert dob < start <= TODAY


def test_contacts_are_fictional() -> None:
    examples = {
        phonenumbers.format_number(
            phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE),
            phonenumbers.PhoneNumberFormat.E164,
        )
        for region in phonenumbers.SUPPORTED_REGIONS
        if phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    }
    for plan in caseload():
        for phone in of(plan, rec.Phone):
            number = phone.cleaned(TODAY).number
            assert re.fullmatch(r"\+1[0-9]{3}55501[0-9]{2}", number) or number in examples
        for email in of(plan, rec.Email):
            assert email.address.endswith(("@example.org", "@example.com"))


def test_caseload_proportions_follow_the_ratios() -> None:
    plans = caseload()
    notes = [len(of(p, rec.Note)) for p in plans]
    assert 8 < statistics.mean(notes) < 12
    assert max(notes) > 50  # a heavy tail: long-running files have many notes
    cases = [len(of(p, rec.Case)) for p in plans]
    assert 2.5 < statistics.mean(cases) < 3.5
    assert sum(c == 0 for c in cases) < len(plans) * 0.1
    few = list(demo.generate(200, seed=5, today=TODAY, notes_per_client=2, cases_per_client=1))
    assert 1.4 < statistics.mean(len(of(p, rec.Note)) for p in few) < 2.6
    assert 0.8 < statistics.mean(len(of(p, rec.Case)) for p in few) < 1.2
    all_notes = [n for p in plans for n in of(p, rec.Note)]
    sensitive = sum(n.sensitive for n in all_notes) / len(all_notes)
    assert 0.01 < sensitive < 0.05
    assert any(n.privileged for n in all_notes)
    assert 0.3 < sum(bool(n.case_uuid) for n in all_notes) / len(all_notes) < 0.7
    spanish = sum("é" in n.body or "ó" in n.body for n in all_notes) / len(all_notes)
    assert 0.1 < spanish < 0.35


def test_planted_words_appear_exactly_where_documented() -> None:
    notes = [n for p in caseload() for n in of(p, rec.Note)]
    for word in demo.PLANTED:
        found = [i for i, n in enumerate(notes) if word in n.body]
        period, offset = demo.PLANTED[word]
        assert found == list(range(offset, len(notes), period))
        assert len(found) == demo.planted_count(word, len(notes))
        assert not any(notes[i].sensitive for i in found)
    assert "Zacatecoluca" in notes[0].body


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(InvalidInput):
        demo.generate(-1, today=TODAY)
    with pytest.raises(InvalidInput):
        demo.generate(5, today=TODAY, notes_per_client=float("nan"))


def test_fill_imports_a_searchable_caseload(make_vault: Callable[..., Any]) -> None:
    made = make_vault()
    seen: list[int] = []
    with vault.unlock(made.path, made.admin, made.passphrase) as session:
        assert demo.fill(session, 60, seed=2, batch=25, progress=seen.append) == 60
        assert seen == [25, 50, 60]
        plans = list(demo.generate(60, seed=2, today=date.today(), assignee=made.admin))
        family = plans[0].identity.family_names or plans[0].identity.given_names
        hits = session.search_clients(family)
        assert any(h.family_names == plans[0].identity.family_names for h in hits)
        total = sum(len(of(p, rec.Note)) for p in plans)
        found = session.search_notes("Zacatecoluca")
        assert len(found) == demo.planted_count("Zacatecoluca", total) >= 1
        # A demo vault takes more.
        assert demo.fill(session, 3, seed=9) == 3
        assert session.search_notes("Zacatecoluca")


def test_fill_refuses_a_vault_with_real_clients(make_vault: Callable[..., Any]) -> None:
    made = make_vault()
    with vault.unlock(made.path, made.admin, made.passphrase) as session:
        session.create_client(ClientIdentity("Ana", "Real", date_of_birth=date(1990, 1, 2)))
        with pytest.raises(PermissionDenied):
            demo.fill(session, 5)
        first = next(demo.generate(1, today=date.today())).identity
        assert session.search_clients(f"{first.given_names} {first.family_names}") == []
        assert [h.family_names for h in session.search_clients("Real")] == ["Real"]


def test_hearings_fall_on_court_hours_within_a_year() -> None:
    hearings = [h for p in caseload() for h in of(p, rec.Hearing)]
    assert hearings
    for hearing in hearings:
        assert (hearing.starts_at.hour, hearing.starts_at.minute) in ((8, 30), (9, 0), (13, 0))
        assert abs((hearing.starts_at - datetime.combine(TODAY, datetime.min.time())).days) <= 370
        assert hearing.starts_at.weekday() < 5
