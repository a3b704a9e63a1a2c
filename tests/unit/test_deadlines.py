"""Federal holidays, business days and the one-year asylum deadline."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from caseapp.core import deadlines
from caseapp.core.deadlines import (
    federal_holidays,
    is_business_day,
    is_federal_holiday,
    next_business_day,
    one_year_asylum_deadline,
    upcoming,
)
from caseapp.core.errors import InvalidInput

TODAY = date(2026, 6, 1)


def observed(year: int) -> dict[str, date]:
    return {h.name: h.observed for h in federal_holidays(year)}


def test_2025_holidays_match_the_opm_calendar() -> None:
    assert observed(2025) == {
        "New Year's Day": date(2025, 1, 1),
        "Martin Luther King Jr. Day": date(2025, 1, 20),
        "Washington's Birthday": date(2025, 2, 17),
        "Memorial Day": date(2025, 5, 26),
        "Juneteenth National Independence Day": date(2025, 6, 19),
        "Independence Day": date(2025, 7, 4),
        "Labor Day": date(2025, 9, 1),
        "Columbus Day": date(2025, 10, 13),
        "Veterans Day": date(2025, 11, 11),
        "Thanksgiving Day": date(2025, 11, 27),
        "Christmas Day": date(2025, 12, 25),
    }


@pytest.mark.parametrize(
    ("year", "name", "expected"),
    [
        (2025, "Thanksgiving Day", date(2025, 11, 27)),
        (2024, "Thanksgiving Day", date(2024, 11, 28)),
        (2026, "Martin Luther King Jr. Day", date(2026, 1, 19)),
        (2024, "Memorial Day", date(2024, 5, 27)),
        (2023, "Labor Day", date(2023, 9, 4)),
        (2023, "Columbus Day", date(2023, 10, 9)),
        # Sunday -> Monday.
        (2022, "Juneteenth National Independence Day", date(2022, 6, 20)),
        (2022, "Christmas Day", date(2022, 12, 26)),
        (2023, "New Year's Day", date(2023, 1, 2)),
        # Saturday -> Friday.
        (2026, "Independence Day", date(2026, 7, 3)),
        (2021, "Christmas Day", date(2021, 12, 24)),
        (2023, "Veterans Day", date(2023, 11, 10)),
        # Saturday New Year's Day -> Friday 31 December of the year before.
        (2022, "New Year's Day", date(2021, 12, 31)),
        (2028, "New Year's Day", date(2027, 12, 31)),
    ],
)
def test_observed_dates_for_known_years(year: int, name: str, expected: date) -> None:
    assert observed(year)[name] == expected


def test_juneteenth_is_a_holiday_from_2021_only() -> None:
    assert "Juneteenth National Independence Day" not in observed(2020)
    assert len(federal_holidays(2020)) == 10
    assert len(federal_holidays(2021)) == 11


def test_new_years_observed_on_december_31_closes_that_day() -> None:
    assert is_federal_holiday(date(2021, 12, 31))
    assert not is_business_day(date(2021, 12, 31))
    # Saturday 1 January 2022 is a weekend day anyway; Monday the 3rd is open.
    assert next_business_day(date(2021, 12, 31)) == date(2022, 1, 3)


def test_the_legal_date_of_a_weekend_holiday_is_not_a_closed_weekday() -> None:
    # 4 July 2026 is a Saturday observed on Friday the 3rd; Monday the 6th is open.
    assert not is_business_day(date(2026, 7, 3))
    assert is_business_day(date(2026, 7, 6))


def test_next_business_day_returns_a_business_day_itself() -> None:
    assert next_business_day(date(2025, 11, 26)) == date(2025, 11, 26)
    assert next_business_day(date(2025, 11, 27)) == date(2025, 11, 28)


def test_deadline_on_a_weekday_is_the_anniversary() -> None:
    assert one_year_asylum_deadline(date(2025, 3, 11), today=TODAY) == date(2026, 3, 11)


def test_deadline_on_july_4_moves_to_the_next_business_day() -> None:
    # 4 July 2025 is a Friday holiday; Saturday and Sunday follow.
    assert one_year_asylum_deadline(date(2024, 7, 4), today=TODAY) == date(2025, 7, 7)


def test_deadline_on_an_observed_holiday_moves_on() -> None:
    # Friday 3 July 2026 is the observed Independence Day.
    assert one_year_asylum_deadline(date(2025, 7, 3), today=TODAY) == date(2026, 7, 6)


def test_deadline_on_a_saturday_moves_to_monday() -> None:
    assert date(2026, 3, 14).weekday() == 5
    assert one_year_asylum_deadline(date(2025, 3, 14), today=TODAY) == date(2026, 3, 16)


def test_deadline_on_a_sunday_before_a_monday_holiday_moves_to_tuesday() -> None:
    # Sunday 18 January 2026; Monday the 19th is Martin Luther King Jr. Day.
    assert date(2026, 1, 18).weekday() == 6
    assert one_year_asylum_deadline(date(2025, 1, 18), today=TODAY) == date(2026, 1, 20)


def test_february_29_arrival_counts_to_february_28() -> None:
    # 28 February 2025 is a Friday.
    assert one_year_asylum_deadline(date(2024, 2, 29), today=TODAY) == date(2025, 2, 28)


def test_february_29_arrival_whose_28th_is_a_weekend() -> None:
    # 28 February 2021 is a Sunday; the deadline is Monday 1 March.
    assert one_year_asylum_deadline(date(2020, 2, 29), today=TODAY) == date(2021, 3, 1)


def test_arrival_today_is_accepted_and_a_future_arrival_refused() -> None:
    assert one_year_asylum_deadline(TODAY, today=TODAY) == date(2027, 6, 1)
    with pytest.raises(InvalidInput, match="in the future"):
        one_year_asylum_deadline(date(2026, 6, 2), today=TODAY)


def test_datetime_is_refused_rather_than_compared_wrongly() -> None:
    with pytest.raises(TypeError):
        one_year_asylum_deadline(datetime(2025, 3, 11, 9, 0), today=TODAY)


def test_upcoming_filters_the_window_and_sorts() -> None:
    items = [
        (date(2026, 6, 20), "hearing"),
        (date(2026, 5, 31), "overdue"),
        (date(2026, 6, 1), "today"),
        (date(2026, 6, 15), "asylum"),
        (date(2026, 7, 2), "too far"),
        (date(2026, 7, 1), "last day"),
    ]
    assert upcoming(items, TODAY, 30) == [
        (date(2026, 6, 1), "today"),
        (date(2026, 6, 15), "asylum"),
        (date(2026, 6, 20), "hearing"),
        (date(2026, 7, 1), "last day"),
    ]
    assert upcoming(iter(items), TODAY, 0) == [(date(2026, 6, 1), "today")]


def test_upcoming_refuses_a_negative_window() -> None:
    with pytest.raises(InvalidInput):
        upcoming([], TODAY, -1)


def test_nth_weekday_last_monday_when_the_month_ends_on_monday() -> None:
    # 31 May 2027 is a Monday.
    assert deadlines.nth_weekday(2027, 5, 0, -1) == date(2027, 5, 31)
