"""Household income against the HHS poverty guideline (DESIGN.md §5)."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from caseapp.core.eligibility import (
    Frequency,
    GuidelineTable,
    GuidelineYearMissing,
    Income,
    InvalidGuidelineTable,
    Region,
    Threshold,
    annualise,
    household_annual_income,
)
from caseapp.core.errors import InvalidInput

TABLE_PATH = (
    Path(__file__).resolve().parents[2] / "resources" / "reference" / "poverty_guidelines.json"
)

TABLE_2025: dict[str, Any] = {
    "format": 1,
    "years": {
        "2025": {
            "source": "HHS Poverty Guidelines, Federal Register, January 2025",
            "regions": {
                "48_states_dc": {"first_person": 15650, "additional_person": 5500},
                "alaska": {"first_person": 19550, "additional_person": 6880},
                "hawaii": {"first_person": 17990, "additional_person": 6330},
            },
        }
    },
}


@pytest.fixture
def table() -> GuidelineTable:
    return GuidelineTable.from_dict(TABLE_2025)


def test_the_shipped_table_loads_and_holds_the_2025_and_2026_figures() -> None:
    shipped = GuidelineTable.from_dict(json.loads(TABLE_PATH.read_text(encoding="utf-8")))
    assert shipped.available_years == (2025, 2026)
    assert shipped.years[2025] == GuidelineTable.from_dict(TABLE_2025).years[2025]
    assert shipped.years[2026].source.startswith("HHS Poverty Guidelines, Federal Register")
    # 2026 (91 FR 1797): 48 states + DC $15,960 + $5,680; Alaska $19,950 + $7,100;
    # Hawaii $18,360 + $6,530 — the published table's household of 4 and 8.
    assert shipped.guideline(2026, Region.STATES_48_DC, 4) == 33000
    assert shipped.guideline(2026, Region.STATES_48_DC, 8) == 55720
    assert shipped.guideline(2026, Region.ALASKA, 8) == 69650
    assert shipped.guideline(2026, Region.HAWAII, 8) == 64070


@pytest.mark.parametrize(
    ("region", "size", "expected"),
    [
        (Region.STATES_48_DC, 1, 15650),
        (Region.STATES_48_DC, 4, 32150),
        (Region.STATES_48_DC, 8, 54150),
        (Region.ALASKA, 1, 19550),
        (Region.ALASKA, 4, 40190),
        (Region.HAWAII, 1, 17990),
        (Region.HAWAII, 4, 36980),
        ("hawaii", 2, 24320),
    ],
)
def test_2025_guidelines(
    table: GuidelineTable, region: Region | str, size: int, expected: int
) -> None:
    assert table.guideline(2025, region, size) == expected


def test_household_of_four_at_125_percent_exactly(table: GuidelineTable) -> None:
    assert table.percent_of_guideline(Decimal("40187.50"), 2025, "48_states_dc", 4) == Decimal(
        "125.00"
    )
    result = table.assess(Decimal("40187.50"), 2025, Region.STATES_48_DC, 4)
    assert result.guideline == 32150
    assert result.percent == Decimal("125.00")
    assert result.meets("125%")
    assert result.meets("200%")


def test_household_of_one_at_the_guideline_is_100_percent(table: GuidelineTable) -> None:
    assert table.percent_of_guideline(15650, 2025, Region.STATES_48_DC, 1) == Decimal("100.00")


def test_alaska_and_hawaii_percentages(table: GuidelineTable) -> None:
    assert table.percent_of_guideline(19550, 2025, Region.ALASKA, 1) == Decimal("100.00")
    assert table.percent_of_guideline(40190 * 2, 2025, Region.ALASKA, 4) == Decimal("200.00")
    assert table.percent_of_guideline(Decimal("22487.50"), 2025, Region.HAWAII, 1) == Decimal(
        "125.00"
    )


def test_percent_rounds_half_up_to_two_places(table: GuidelineTable) -> None:
    # 15650 x 0.50005 = 7825.7825 -> 50.005% -> 50.01 (half up, not half even).
    assert table.percent_of_guideline(Decimal("7825.7825"), 2025, "48_states_dc", 1) == Decimal(
        "50.01"
    )
    assert table.percent_of_guideline(0, 2025, "48_states_dc", 1) == Decimal("0.00")


def test_just_over_a_line_is_over_it_even_when_the_percent_rounds_to_it(
    table: GuidelineTable,
) -> None:
    result = table.assess(Decimal("40187.51"), 2025, Region.STATES_48_DC, 4)
    assert result.percent == Decimal("125.00")
    assert not result.meets("125%")
    assert result.meets("200%")


def test_over_200_percent_meets_neither(table: GuidelineTable) -> None:
    result = table.assess(64301, 2025, Region.STATES_48_DC, 4)
    assert result.at_or_under == ()
    assert [t.label for t in result.over] == ["125%", "200%"]


def test_per_funder_threshold(table: GuidelineTable) -> None:
    funder = Threshold("Funder X (150%)", Decimal(150))
    at_line = table.assess(Decimal("48225"), 2025, Region.STATES_48_DC, 4, [funder])
    assert at_line.percent == Decimal("150.00")
    assert at_line.meets("Funder X (150%)")
    assert not at_line.meets("125%")
    above = table.assess(Decimal("48226"), 2025, Region.STATES_48_DC, 4, [funder])
    assert not above.meets("Funder X (150%)")
    assert above.meets("200%")


def test_asking_about_an_unchecked_threshold_is_an_error(table: GuidelineTable) -> None:
    result = table.assess(1000, 2025, Region.STATES_48_DC, 1)
    with pytest.raises(InvalidInput, match="No eligibility threshold"):
        result.meets("150%")


def test_duplicate_threshold_names_are_refused(table: GuidelineTable) -> None:
    with pytest.raises(InvalidInput, match="same name"):
        table.assess(1000, 2025, Region.STATES_48_DC, 1, [Threshold("125%", Decimal(130))])


@pytest.mark.parametrize("percent", [Decimal(0), Decimal(-5)])
def test_threshold_must_be_positive(percent: Decimal) -> None:
    with pytest.raises(InvalidInput):
        Threshold("bad", percent)


@pytest.mark.parametrize(
    ("frequency", "amount", "expected"),
    [
        (Frequency.WEEKLY, Decimal("500"), Decimal("26000")),
        (Frequency.BIWEEKLY, Decimal("1000"), Decimal("26000")),
        (Frequency.SEMIMONTHLY, Decimal("1000"), Decimal("24000")),
        (Frequency.MONTHLY, Decimal("1234.56"), Decimal("14814.72")),
        (Frequency.QUARTERLY, Decimal("3000"), Decimal("12000")),
        (Frequency.ANNUAL, Decimal("18000"), Decimal("18000")),
        ("weekly", 10, Decimal("520")),
    ],
)
def test_annualisation(frequency: Frequency | str, amount: Decimal, expected: Decimal) -> None:
    assert annualise(amount, frequency) == expected


def test_hourly_uses_hours_per_week_times_52() -> None:
    assert annualise(Decimal("15.50"), Frequency.HOURLY, hours_per_week=40) == Decimal("32240")
    assert annualise(Decimal("12"), "hourly", hours_per_week=Decimal("22.5")) == Decimal("14040")


def test_hourly_without_hours_is_refused() -> None:
    with pytest.raises(InvalidInput, match="hours"):
        annualise(Decimal(15), Frequency.HOURLY)


@pytest.mark.parametrize("hours", [0, -1, 169])
def test_hours_per_week_out_of_range(hours: int) -> None:
    with pytest.raises(InvalidInput, match="168"):
        annualise(Decimal(15), Frequency.HOURLY, hours_per_week=hours)


def test_hours_with_a_non_hourly_frequency_are_refused() -> None:
    with pytest.raises(InvalidInput, match="only to an hourly"):
        annualise(Decimal(500), Frequency.WEEKLY, hours_per_week=40)


@pytest.mark.parametrize("amount", [1500.0, True, "1500", Decimal("NaN"), Decimal(-1)])
def test_bad_amounts_are_refused(amount: Any) -> None:
    with pytest.raises(InvalidInput):
        annualise(amount, Frequency.MONTHLY)


def test_unknown_frequency_is_refused() -> None:
    with pytest.raises(InvalidInput, match="weekly, biweekly"):
        annualise(Decimal(1), "fortnightly")


def test_household_income_sums_members_annualised(table: GuidelineTable) -> None:
    incomes = [
        Income(Decimal("15.00"), Frequency.HOURLY, Decimal(30)),  # 23,400
        Income(Decimal("600"), Frequency.BIWEEKLY),  # 15,600
        Income(Decimal("250"), Frequency.MONTHLY),  # 3,000
    ]
    total = household_annual_income(incomes)
    assert total == Decimal("42000")
    assert table.percent_of_guideline(total, 2025, Region.STATES_48_DC, 5) == Decimal("111.55")
    assert household_annual_income([]) == Decimal(0)


def test_unknown_year_names_the_years_available(table: GuidelineTable) -> None:
    with pytest.raises(GuidelineYearMissing, match=r"2026.*it has: 2025"):
        table.guideline(2026, Region.STATES_48_DC, 1)
    with pytest.raises(InvalidInput, match="2025"):
        table.percent_of_guideline(1000, 2024, Region.STATES_48_DC, 1)


@pytest.mark.parametrize("size", [0, -1, 101, True, 2.0])
def test_bad_household_size_is_refused(table: GuidelineTable, size: Any) -> None:
    with pytest.raises(InvalidInput, match="Household size"):
        table.guideline(2025, Region.STATES_48_DC, size)


def test_unknown_region_is_refused(table: GuidelineTable) -> None:
    with pytest.raises(InvalidInput, match="48_states_dc, alaska, hawaii"):
        table.guideline(2025, "puerto_rico", 1)


def _broken(change: str) -> Any:
    data = copy.deepcopy(TABLE_2025)
    year = data["years"]["2025"]
    dc = year["regions"]["48_states_dc"]
    if change == "format":
        data["format"] = 2
    elif change == "no_format":
        del data["format"]
    elif change == "no_years":
        data["years"] = {}
    elif change == "year_key":
        data["years"] = {"25": year}
    elif change == "no_source":
        del year["source"]
    elif change == "missing_region":
        del year["regions"]["alaska"]
    elif change == "extra_region":
        year["regions"]["guam"] = dict(dc)
    elif change == "zero":
        dc["first_person"] = 0
    elif change == "negative":
        dc["additional_person"] = -5500
    elif change == "float":
        dc["first_person"] = 15650.0
    elif change == "string":
        dc["first_person"] = "15650"
    elif change == "bool":
        dc["additional_person"] = True
    elif change == "typo_key":
        dc["adittional_person"] = dc.pop("additional_person")
    elif change == "list":
        return [data]
    return data


@pytest.mark.parametrize(
    "change",
    [
        "format",
        "no_format",
        "no_years",
        "year_key",
        "no_source",
        "missing_region",
        "extra_region",
        "zero",
        "negative",
        "float",
        "string",
        "bool",
        "typo_key",
        "list",
    ],
)
def test_a_malformed_table_is_refused(change: str) -> None:
    with pytest.raises(InvalidGuidelineTable, match="poverty guideline table"):
        GuidelineTable.from_dict(_broken(change))
