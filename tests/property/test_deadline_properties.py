"""The one-year asylum deadline is always a business day just after the anniversary."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from caseapp.core.deadlines import (
    federal_holidays,
    is_business_day,
    one_year_anniversary,
    one_year_asylum_deadline,
)

SETTINGS = settings(max_examples=300, deadline=None, database=None)
TODAY = date(2200, 1, 1)
arrivals = st.dates(min_value=date(1998, 1, 1), max_value=date(2199, 12, 31))


@SETTINGS
@given(arrivals)
def test_deadline_is_a_business_day_at_or_just_after_the_anniversary(arrival: date) -> None:
    deadline = one_year_asylum_deadline(arrival, today=TODAY)
    anniversary = one_year_anniversary(arrival)
    assert is_business_day(deadline)
    assert deadline >= anniversary
    # The worst case is a Saturday anniversary before a Monday holiday.
    assert deadline - anniversary <= timedelta(days=3)
    # Every day skipped was closed.
    skipped = (anniversary + timedelta(days=n) for n in range((deadline - anniversary).days))
    assert not any(is_business_day(d) for d in skipped)


@SETTINGS
@given(arrivals)
def test_anniversary_is_one_year_on_or_feb_28(arrival: date) -> None:
    anniversary = one_year_anniversary(arrival)
    assert anniversary.year == arrival.year + 1
    if (arrival.month, arrival.day) == (2, 29):
        assert (anniversary.month, anniversary.day) == (2, 28)
    else:
        assert (anniversary.month, anniversary.day) == (arrival.month, arrival.day)


@SETTINGS
@given(st.integers(min_value=1971, max_value=2400))
def test_observed_holidays_are_weekdays_within_a_day_of_the_legal_date(year: int) -> None:
    holidays = federal_holidays(year)
    assert len(holidays) == (11 if year >= 2021 else 10)
    for holiday in holidays:
        assert holiday.observed.weekday() < 5
        assert abs((holiday.observed - holiday.actual).days) <= 1
        assert not is_business_day(holiday.observed)
