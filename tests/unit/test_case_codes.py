"""The case vocabulary and document checklists: what is accepted, refused and required."""

from __future__ import annotations

import contextlib
import dataclasses
from datetime import date

import pytest

from caseapp.core import case_codes
from caseapp.core.case_codes import (
    APPLICATION_FORMS,
    CHECKLIST_STATUSES,
    CLOSING_CODES,
    DEADLINE_KINDS,
    ENTRY_MANNERS,
    HEARING_KINDS,
    IMMIGRATION_STATUSES,
    INCOME_SOURCES,
    PROBLEM_CODES,
    PROCEEDING_KINDS,
    PROCEEDING_STATUSES,
    RELATIONSHIPS,
    SUBCODES,
    VOCABULARIES,
    InvalidCaseState,
    InvalidCaseStatus,
    InvalidChoice,
    InvalidClosingCode,
    InvalidProblemCode,
    InvalidSubcode,
    Term,
    Vocabulary,
    check_case_state,
    parse_case_status,
    parse_closing_code,
    parse_problem_code,
    parse_subcode,
)
from caseapp.core.checklists import (
    ITEM_STATUSES,
    TEMPLATES,
    ChecklistTemplateItem,
    template_for,
)
from caseapp.core.errors import InvalidInput

# --- problem codes and subcodes ----------------------------------------------


def test_problem_code_81_is_immigration() -> None:
    assert PROBLEM_CODES["81"] == "Immigration/Naturalization"
    assert case_codes.IMMIGRATION_LSC_CODE == "81"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("81", "81"), (" 81 ", "81"), ("", ""), ("   ", ""), ("immigration/naturalization", "81")],
)
def test_parse_problem_code(typed: str, code: str) -> None:
    assert parse_problem_code(typed) == code


@pytest.mark.parametrize("typed", ["82", "8", "081", "63", "Housing", "x" * 500])
def test_parse_problem_code_refuses(typed: str) -> None:
    with pytest.raises(InvalidProblemCode) as info:
        parse_problem_code(typed)
    assert "leave it empty" in str(info.value)
    assert "81" in str(info.value)


EXPECTED_SUBCODES = (
    "asylum",
    "withholding_cat",
    "removal_defense",
    "bond",
    "daca",
    "tps",
    "u_visa",
    "t_visa",
    "vawa",
    "sijs",
    "naturalization",
    "family_petition",
    "adjustment_of_status",
    "consular_processing",
    "work_permit",
    "parole",
    "foia",
    "other_immigration",
)


def test_subcodes_roll_up_to_81() -> None:
    assert tuple(SUBCODES) == EXPECTED_SUBCODES
    for key, subcode in SUBCODES.items():
        assert subcode.key == key
        assert subcode.problem_code == "81"
        assert subcode.label_en
        assert subcode.label_es


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("asylum", "asylum"),
        ("ASYLUM", "asylum"),
        ("Asilo", "asylum"),
        ("u visa", "u_visa"),
        ("U-Visa (crime victims)", "u_visa"),
        ("Work permit (EAD)", "work_permit"),
        ("permiso de trabajo (ead)", "work_permit"),
        ("withholding-cat", "withholding_cat"),
        ("Naturalizacion", "naturalization"),  # accent left off
    ],
)
def test_parse_subcode(typed: str, key: str) -> None:
    assert parse_subcode(typed) == key


@pytest.mark.parametrize("typed", ["", "asylum!!x", "visa", "Housing"])
def test_parse_subcode_refuses(typed: str) -> None:
    with pytest.raises(InvalidSubcode, match="case type"):
        parse_subcode(typed)


# --- status and closing codes ------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("open", "open"),
        ("Open", "open"),
        ("PENDING", "pending"),
        ("Pending (waiting on an agency)", "pending"),
        ("cerrado", "closed"),
    ],
)
def test_parse_case_status(typed: str, key: str) -> None:
    assert parse_case_status(typed) == key


@pytest.mark.parametrize("typed", ["", "opened", "done", "reopened"])
def test_parse_case_status_lists_the_choices(typed: str) -> None:
    with pytest.raises(InvalidCaseStatus) as info:
        parse_case_status(typed)
    assert "Open, Pending (waiting on an agency) or Closed" in str(info.value)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("A", "A"),
        ("a", "A"),
        ("ia", "IA"),
        ("Ia", "IA"),
        ("I-A", "IA"),
        (" ib ", "IB"),
        ("IC", "IC"),
        ("l", "L"),
        ("Counsel and Advice", "A"),
        ("contested court decision", "IB"),
        ("Servicio extenso", "L"),
    ],
)
def test_parse_closing_code(typed: str, code: str) -> None:
    assert parse_closing_code(typed) == code


@pytest.mark.parametrize("typed", ["C", "D", "E", "J", "I", "ID", "Z", "", "AA"])
def test_parse_closing_code_refuses_retired_and_unknown(typed: str) -> None:
    with pytest.raises(InvalidClosingCode) as info:
        parse_closing_code(typed)
    assert "A, B, F, G, H, IA, IB, IC, K or L" in str(info.value)


def test_closing_codes_are_the_2017_handbook_list() -> None:
    assert CLOSING_CODES.keys == ("A", "B", "F", "G", "H", "IA", "IB", "IC", "K", "L")
    assert CLOSING_CODES.label("IA") == "Uncontested Court Decision"
    assert CLOSING_CODES.label("L") == "Extensive Service"


OPENED = date(2025, 3, 1)


@pytest.mark.parametrize(
    ("status", "closing", "closed_on"),
    [
        ("open", "", None),
        ("pending", "", None),
        ("closed", "A", OPENED),  # closed the day it opened
        ("closed", "IA", date(2026, 1, 5)),
    ],
)
def test_check_case_state_accepts(status: str, closing: str, closed_on: date | None) -> None:
    check_case_state(status, closing, closed_on, OPENED)


@pytest.mark.parametrize(
    ("status", "closing", "closed_on", "expected"),
    [
        ("closed", "", date(2026, 1, 5), "needs a closing code"),
        ("closed", "B", None, "needs the date it was closed"),
        ("closed", "B", date(2025, 2, 28), "before the date the case was opened"),
        ("open", "A", None, "Only a closed case has a closing code"),
        ("pending", "", date(2026, 1, 5), "Only a closed case has a closing date"),
    ],
)
def test_check_case_state_refuses(
    status: str, closing: str, closed_on: date | None, expected: str
) -> None:
    with pytest.raises(InvalidCaseState, match=expected):
        check_case_state(status, closing, closed_on, OPENED)


def test_check_case_state_wants_canonical_values() -> None:
    with pytest.raises(InvalidCaseStatus):
        check_case_state("Closed", "A", OPENED, OPENED)
    with pytest.raises(InvalidClosingCode):
        check_case_state("closed", "ia", OPENED, OPENED)


# --- the other vocabularies --------------------------------------------------


@pytest.mark.parametrize(
    ("vocabulary", "keys"),
    [
        (
            IMMIGRATION_STATUSES,
            "no_status asylum_pending asylee refugee tps daca parole lpr conditional_resident "
            "citizen nonimmigrant_visa u_visa t_visa vawa_pending sijs withholding_cat other "
            "unknown",
        ),
        (
            ENTRY_MANNERS,
            "inspected_admitted paroled without_inspection visa_waiver other unknown",
        ),
        (
            APPLICATION_FORMS,
            "I-589 I-130 I-485 I-765 I-821 I-821D I-918 I-914 I-360 N-400 I-131 I-601 I-601A "
            "I-192 I-912 I-751 I-90 EOIR-42A EOIR-42B FOIA other",
        ),
        (
            case_codes.APPLICATION_STATUSES,
            "pending approved denied withdrawn rejected unknown",
        ),
        (HEARING_KINDS, "master_calendar individual bond other"),
        (PROCEEDING_KINDS, "removal bond bia_appeal federal_court other"),
        (
            PROCEEDING_STATUSES,
            "pending administratively_closed terminated dismissed relief_granted "
            "removal_ordered voluntary_departure other",
        ),
        (
            RELATIONSHIPS,
            "spouse partner child stepchild parent sibling grandchild other_relative other",
        ),
        (
            INCOME_SOURCES,
            "employment self_employment benefits child_support alimony pension other",
        ),
        (
            DEADLINE_KINDS,
            "asylum_one_year filing response appeal biometrics interview other",
        ),
        (CHECKLIST_STATUSES, "needed requested received not_applicable"),
    ],
)
def test_vocabulary_keys(vocabulary: Vocabulary, keys: str) -> None:
    assert vocabulary.keys == tuple(keys.split())


@pytest.mark.parametrize(
    ("vocabulary", "typed", "key"),
    [
        (APPLICATION_FORMS, "i589", "I-589"),
        (APPLICATION_FORMS, "I 589", "I-589"),
        (APPLICATION_FORMS, "i-601a", "I-601A"),
        (APPLICATION_FORMS, "I-601", "I-601"),
        (APPLICATION_FORMS, "eoir 42b", "EOIR-42B"),
        (APPLICATION_FORMS, "foia", "FOIA"),
        (IMMIGRATION_STATUSES, "LPR", "lpr"),
        (IMMIGRATION_STATUSES, "no status", "no_status"),
        (IMMIGRATION_STATUSES, "Lawful permanent resident (green card)", "lpr"),
        (ENTRY_MANNERS, "Entered without inspection (EWI)", "without_inspection"),
        (HEARING_KINDS, "Master Calendar", "master_calendar"),
        (RELATIONSHIPS, "Cónyuge", "spouse"),
        (RELATIONSHIPS, "conyuge", "spouse"),
        (INCOME_SOURCES, "Self-employment", "self_employment"),
        (DEADLINE_KINDS, "asylum one year", "asylum_one_year"),
        (CHECKLIST_STATUSES, "Not-applicable", "not_applicable"),
    ],
)
def test_vocabulary_parse_is_forgiving(vocabulary: Vocabulary, typed: str, key: str) -> None:
    assert vocabulary.parse(typed) == key


def test_vocabulary_labels_in_both_languages() -> None:
    assert IMMIGRATION_STATUSES.label("lpr") == "Lawful permanent resident (green card)"
    assert IMMIGRATION_STATUSES.label_es("lpr") == "Residente permanente legal (tarjeta verde)"
    assert "lpr" in IMMIGRATION_STATUSES
    assert "LPR" not in IMMIGRATION_STATUSES  # membership is for stored, canonical keys
    assert len(IMMIGRATION_STATUSES) == 18
    assert [t.key for t in IMMIGRATION_STATUSES] == list(IMMIGRATION_STATUSES.keys)
    with pytest.raises(InvalidChoice):
        IMMIGRATION_STATUSES.label("green_card")


@pytest.mark.parametrize("vocabulary", VOCABULARIES, ids=lambda v: v.name)
def test_every_label_fits_and_every_message_is_fixed(vocabulary: Vocabulary) -> None:
    for term in vocabulary:
        for text in (term.key, term.label_en, term.label_es):
            assert len(text) < case_codes.MAX_INPUT_CHARS
            assert vocabulary.parse(text) == term.key
    typed = "María José Pérez 415-555-0123"
    with pytest.raises(InvalidInput) as info:
        vocabulary.parse(typed)
    assert typed not in str(info.value)
    assert "María" not in str(info.value)


def test_vocabulary_refuses_ambiguous_spellings_at_definition() -> None:
    with pytest.raises(ValueError, match="ambiguous"):
        Vocabulary("thing", (Term("a_b", "A B", "x"), Term("ab", "other", "otro")))
    with pytest.raises(ValueError, match="ambiguous or empty"):
        Vocabulary("thing", (Term("a", "--", "x"),))


def test_errors_are_invalid_input() -> None:
    for error in (
        InvalidChoice,
        InvalidProblemCode,
        InvalidSubcode,
        InvalidCaseStatus,
        InvalidClosingCode,
        InvalidCaseState,
    ):
        assert issubclass(error, InvalidInput)


@pytest.mark.parametrize(
    "typed",
    ["x" * 10_000, "\ud800", "\x00open", "open\u202e", "\U0001f600", "\u0301", "İ", "ß"],
)
def test_hostile_input_raises_only_invalid_input(typed: str) -> None:
    for vocabulary in VOCABULARIES:
        # Anything but InvalidInput escapes suppress() and fails the test.
        with contextlib.suppress(InvalidInput):
            vocabulary.parse(typed)


def test_control_characters_are_ignored_like_punctuation() -> None:
    # Folding keeps only letters and digits, so a stray control character from a
    # paste does not stop a clear choice from being read.
    assert parse_case_status("\x00open") == "open"


# --- checklists --------------------------------------------------------------


def test_every_subcode_has_a_checklist() -> None:
    assert set(TEMPLATES) == set(SUBCODES)
    for subcode, items in TEMPLATES.items():
        assert items, subcode
        keys = [item.key for item in items]
        assert len(keys) == len(set(keys)), subcode
        for item in items:
            assert isinstance(item, ChecklistTemplateItem)
            assert item.key.isidentifier()
            assert item.key.islower()
            assert item.label_en
            assert item.label_es


def test_a_key_means_the_same_document_everywhere() -> None:
    seen: dict[str, ChecklistTemplateItem] = {}
    for items in TEMPLATES.values():
        for item in items:
            assert seen.setdefault(item.key, item) == item, item.key


@pytest.mark.parametrize(
    ("subcode", "expected_keys"),
    [
        (
            "asylum",
            {
                "passport_or_id",
                "birth_certificate",
                "i94_entry_record",
                "persecution_evidence",
                "country_conditions",
                "declaration",
                "passport_photos",
                "translations",
            },
        ),
        (
            "daca",
            {
                "proof_of_identity",
                "arrival_before_16",
                "continuous_residence_since_2007",
                "education_records",
                "prior_daca_approval",
                "ead_copy",
            },
        ),
        (
            "naturalization",
            {
                "green_card",
                "travel_history",
                "tax_transcripts",
                "selective_service",
                "marriage_divorce_records",
            },
        ),
        ("u_visa", {"supplement_b", "police_reports", "harm_evidence"}),
    ],
)
def test_templates_hold_the_documents_paralegals_expect(
    subcode: str, expected_keys: set[str]
) -> None:
    assert expected_keys <= {item.key for item in template_for(subcode)}


def test_template_for_reads_the_subcode_like_parse_subcode() -> None:
    assert template_for("Asilo") == template_for("asylum")
    assert len(template_for("other_immigration")) <= 6
    with pytest.raises(InvalidSubcode):
        template_for("housing")


def test_item_statuses() -> None:
    assert ITEM_STATUSES is CHECKLIST_STATUSES
    assert ITEM_STATUSES.parse("Recibido") == "received"
    assert ITEM_STATUSES.parse("not applicable") == "not_applicable"


def test_templates_are_read_only() -> None:
    with pytest.raises(TypeError):
        TEMPLATES["asylum"] = ()  # type: ignore[index]
    item = template_for("asylum")[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        item.key = "x"  # type: ignore[misc]
