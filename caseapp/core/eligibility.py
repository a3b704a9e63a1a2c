"""Financial eligibility: household income as a percentage of the HHS poverty guideline.

The guideline figures are not in the code. They come from a versioned table
(``resources/reference/poverty_guidelines.json``) that the caller parses and
hands to :meth:`GuidelineTable.from_dict`, which refuses anything malformed.

Money is ``Decimal`` or ``int`` throughout, never ``float``. Error messages
never repeat an income: incomes are client data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, localcontext
from enum import StrEnum

from caseapp.core.errors import CaseappError, InvalidInput

TABLE_FORMAT = 1
MAX_HOUSEHOLD_SIZE = 100
MAX_HOURS_PER_WEEK = Decimal(168)
_CENT = Decimal("0.01")
_YEAR_KEY = re.compile(r"[0-9]{4}")


def _to_decimal(value: object, what: str) -> Decimal:
    # float is refused, not converted: Decimal(0.1) is not 0.1.
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise InvalidInput(f"{what} must be an exact number (Decimal or whole number).")
    result = Decimal(value)
    if not result.is_finite():
        raise InvalidInput(f"{what} must be a finite number.")
    return result


def _check_income(value: object, what: str) -> Decimal:
    amount = _to_decimal(value, what)
    if amount < 0:
        raise InvalidInput(f"{what} cannot be negative.")
    return amount


class InvalidGuidelineTable(CaseappError):
    """The poverty guideline reference file is damaged or in an unknown format."""

    default_message = (
        "The poverty guideline table is damaged or in an unknown format. "
        "Reinstall caseapp or restore resources/reference/poverty_guidelines.json."
    )

    def __init__(self, detail: str) -> None:
        super().__init__(f"{self.default_message} ({detail})")


class GuidelineYearMissing(InvalidInput):
    """No guideline for the requested year: the table needs that year's figures."""


class Region(StrEnum):
    """HHS publishes one guideline for the 48 contiguous states and DC, and one each for AK, HI."""

    STATES_48_DC = "48_states_dc"
    ALASKA = "alaska"
    HAWAII = "hawaii"


class Frequency(StrEnum):
    """How often an amount is received; each maps to a number of periods per year."""

    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    SEMIMONTHLY = "semimonthly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    ANNUAL = "annual"
    HOURLY = "hourly"


PERIODS_PER_YEAR: Mapping[Frequency, int] = {
    Frequency.WEEKLY: 52,
    Frequency.BIWEEKLY: 26,
    Frequency.SEMIMONTHLY: 24,
    Frequency.MONTHLY: 12,
    Frequency.QUARTERLY: 4,
    Frequency.ANNUAL: 1,
    # Hourly: rate x hours per week x 52 weeks.
    Frequency.HOURLY: 52,
}


@dataclass(frozen=True, slots=True)
class RegionGuideline:
    """One region's figures for one year, in whole dollars."""

    first_person: int
    additional_person: int

    def for_household(self, household_size: int) -> int:
        return self.first_person + (household_size - 1) * self.additional_person


@dataclass(frozen=True, slots=True)
class YearGuidelines:
    year: int
    source: str
    regions: Mapping[Region, RegionGuideline]


@dataclass(frozen=True, slots=True)
class Threshold:
    """An eligibility line as a percentage of the guideline, e.g. 125 or a funder's 150."""

    label: str
    percent: Decimal

    def __post_init__(self) -> None:
        if not self.label.strip():
            raise InvalidInput("An eligibility threshold needs a name.")
        percent = _to_decimal(self.percent, "The threshold percentage")
        if percent <= 0:
            raise InvalidInput(f"The {self.label} threshold must be above 0%.")
        object.__setattr__(self, "percent", percent)


STANDARD_THRESHOLDS: tuple[Threshold, ...] = (
    Threshold("125%", Decimal(125)),
    Threshold("200%", Decimal(200)),
)


@dataclass(frozen=True, slots=True)
class Income:
    """One member's income source as entered at intake."""

    amount: Decimal
    frequency: Frequency
    hours_per_week: Decimal | None = None

    def annual(self) -> Decimal:
        return annualise(self.amount, self.frequency, hours_per_week=self.hours_per_week)


@dataclass(frozen=True, slots=True)
class EligibilityResult:
    """Where a household stands against the guideline and each threshold."""

    year: int
    region: Region
    household_size: int
    annual_income: Decimal
    guideline: int
    percent: Decimal
    at_or_under: tuple[Threshold, ...]
    over: tuple[Threshold, ...]

    def meets(self, label: str) -> bool:
        """True if the household is at or under the threshold with this label."""
        known = {t.label for t in (*self.at_or_under, *self.over)}
        if label not in known:
            raise InvalidInput(f"No eligibility threshold named {label!r} was checked.")
        return any(t.label == label for t in self.at_or_under)


@dataclass(frozen=True, slots=True)
class GuidelineTable:
    """The parsed, validated poverty guideline table."""

    years: Mapping[int, YearGuidelines] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: object) -> GuidelineTable:
        """Validate the parsed JSON; raise InvalidGuidelineTable naming what is wrong."""
        if not isinstance(data, Mapping):
            raise InvalidGuidelineTable("the file is not a JSON object")
        _only_keys(data, {"format", "note", "years"}, "the table")
        fmt = data.get("format")
        if type(fmt) is not int or fmt != TABLE_FORMAT:
            raise InvalidGuidelineTable(f"format must be {TABLE_FORMAT}")
        raw_years = data.get("years")
        if not isinstance(raw_years, Mapping) or not raw_years:
            raise InvalidGuidelineTable("it lists no years")
        years: dict[int, YearGuidelines] = {}
        for key, entry in raw_years.items():
            if not isinstance(key, str) or not _YEAR_KEY.fullmatch(key):
                raise InvalidGuidelineTable(f"{key!r} is not a four-digit year")
            year = int(key)
            years[year] = _parse_year(year, entry)
        return cls(years=dict(sorted(years.items())))

    @property
    def available_years(self) -> tuple[int, ...]:
        return tuple(sorted(self.years))

    def guideline(self, year: int, region: Region | str, household_size: int) -> int:
        """The poverty guideline in whole dollars for this year, region and household size."""
        return self._region(year, region).for_household(_check_household_size(household_size))

    def percent_of_guideline(
        self, annual_income: Decimal | int, year: int, region: Region | str, household_size: int
    ) -> Decimal:
        """Annual income as a percentage of the guideline, to 2 places, halves rounded up."""
        income = _check_income(annual_income, "The annual income")
        amount = self.guideline(year, region, household_size)
        # A fixed context: the caller's thread may have changed the precision.
        with localcontext(prec=28):
            return (income * 100 / amount).quantize(_CENT, rounding=ROUND_HALF_UP)

    def assess(
        self,
        annual_income: Decimal | int,
        year: int,
        region: Region | str,
        household_size: int,
        funder_thresholds: Iterable[Threshold] = (),
    ) -> EligibilityResult:
        """Compare a household with the 125% and 200% lines and any funder's own.

        A threshold is met when the income is at or under it, compared exactly
        (income x 100 <= guideline x percent), not via the rounded percentage:
        125.004% shows as 125.00% but is over a 125% line.
        """
        income = _check_income(annual_income, "The annual income")
        reg = _check_region(region)
        amount = self.guideline(year, reg, household_size)
        thresholds = (*STANDARD_THRESHOLDS, *funder_thresholds)
        labels = [t.label for t in thresholds]
        if len(set(labels)) != len(labels):
            raise InvalidInput("Two eligibility thresholds have the same name.")
        met = tuple(t for t in thresholds if income * 100 <= amount * t.percent)
        over = tuple(t for t in thresholds if t not in met)
        return EligibilityResult(
            year=year,
            region=reg,
            household_size=household_size,
            annual_income=income,
            guideline=amount,
            percent=self.percent_of_guideline(income, year, reg, household_size),
            at_or_under=met,
            over=over,
        )

    def _region(self, year: int, region: Region | str) -> RegionGuideline:
        if type(year) is not int:
            raise InvalidInput("The guideline year must be a whole number such as 2025.")
        entry = self.years.get(year)
        if entry is None:
            available = ", ".join(str(y) for y in self.available_years)
            raise GuidelineYearMissing(
                f"There are no poverty guidelines for {year} in the reference table "
                f"(it has: {available}). Choose one of those years, or add {year} "
                "from the Federal Register notice."
            )
        return entry.regions[_check_region(region)]


def annualise(
    amount: Decimal | int,
    frequency: Frequency | str,
    *,
    hours_per_week: Decimal | int | None = None,
) -> Decimal:
    """An income amount per period as a yearly amount; hourly needs hours per week."""
    value = _check_income(amount, "The income amount")
    try:
        freq = Frequency(frequency)
    except ValueError:
        choices = ", ".join(f.value for f in Frequency)
        raise InvalidInput(f"Income frequency must be one of: {choices}.") from None
    periods = PERIODS_PER_YEAR[freq]
    if freq is Frequency.HOURLY:
        if hours_per_week is None:
            raise InvalidInput("An hourly income needs the number of hours worked per week.")
        hours = _to_decimal(hours_per_week, "Hours per week")
        if not 0 < hours <= MAX_HOURS_PER_WEEK:
            raise InvalidInput("Hours per week must be more than 0 and at most 168.")
        return value * hours * periods
    if hours_per_week is not None:
        raise InvalidInput("Hours per week apply only to an hourly income.")
    return value * periods


def household_annual_income(incomes: Iterable[Income]) -> Decimal:
    """The household's yearly income: every member's sources annualised and added up."""
    return sum((income.annual() for income in incomes), Decimal(0))


def _parse_year(year: int, entry: object) -> YearGuidelines:
    if not isinstance(entry, Mapping):
        raise InvalidGuidelineTable(f"the entry for {year} is not an object")
    _only_keys(entry, {"source", "regions"}, f"the entry for {year}")
    source = entry.get("source")
    if not isinstance(source, str) or not source.strip():
        raise InvalidGuidelineTable(f"the entry for {year} does not name its source")
    raw_regions = entry.get("regions")
    if not isinstance(raw_regions, Mapping):
        raise InvalidGuidelineTable(f"the entry for {year} has no regions")
    wanted = {r.value for r in Region}
    if set(raw_regions) != wanted:
        missing = sorted(wanted - set(raw_regions))
        extra = sorted(str(k) for k in set(raw_regions) - wanted)
        raise InvalidGuidelineTable(
            f"{year} must list exactly the regions {sorted(wanted)}; "
            f"missing {missing}, unknown {extra}"
        )
    regions: dict[Region, RegionGuideline] = {}
    for name, figures in raw_regions.items():
        where = f"{year} {name}"
        if not isinstance(figures, Mapping):
            raise InvalidGuidelineTable(f"{where} is not an object")
        _only_keys(figures, {"first_person", "additional_person"}, where)
        regions[Region(name)] = RegionGuideline(
            first_person=_positive_dollars(figures.get("first_person"), f"{where} first_person"),
            additional_person=_positive_dollars(
                figures.get("additional_person"), f"{where} additional_person"
            ),
        )
    return YearGuidelines(year=year, source=source.strip(), regions=regions)


def _only_keys(mapping: Mapping[object, object], allowed: set[str], where: str) -> None:
    unknown = sorted(str(k) for k in mapping if k not in allowed)
    if unknown:
        raise InvalidGuidelineTable(f"{where} has unknown keys {unknown}")


def _positive_dollars(value: object, where: str) -> int:
    # Guidelines are published in whole dollars; a JSON float here is a typing slip.
    if type(value) is not int or value <= 0:
        raise InvalidGuidelineTable(f"{where} must be a positive whole number of dollars")
    return value


def _check_region(region: Region | str) -> Region:
    try:
        return Region(region)
    except ValueError:
        choices = ", ".join(r.value for r in Region)
        raise InvalidInput(f"The guideline region must be one of: {choices}.") from None


def _check_household_size(size: int) -> int:
    if type(size) is not int or not 1 <= size <= MAX_HOUSEHOLD_SIZE:
        raise InvalidInput(
            f"Household size must be a whole number from 1 to {MAX_HOUSEHOLD_SIZE}, "
            "counting the client."
        )
    return size
