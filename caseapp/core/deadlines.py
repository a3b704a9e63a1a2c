"""Filing deadlines: US federal holidays, business days, the one-year asylum deadline.

Holidays are computed from the rules in 5 U.S.C. 6103, not read from a list,
so every year works without an update. The current rules are applied to all
years; earlier differences (MLK Day before 1986, Veterans Day in October
1971-1977) are not modelled, which does not matter for asylum filings
(the one-year rule dates from 1997). Inauguration Day, a holiday only for
federal offices around Washington DC, and one-off closures by executive order
are not included.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from caseapp.core.errors import InvalidInput

JUNETEENTH_FIRST_YEAR = 2021
_MONDAY, _THURSDAY, _FRIDAY, _SATURDAY, _SUNDAY = 0, 3, 4, 5, 6


@dataclass(frozen=True, slots=True)
class Holiday:
    """A federal holiday: its legal date and the weekday on which offices close."""

    name: str
    actual: date
    observed: date


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday (Monday is 0) of a month; n = -1 for the last."""
    if n == -1:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def observed_date(actual: date) -> date:
    """Saturday holidays are observed the Friday before, Sunday ones the Monday after."""
    if actual.weekday() == _SATURDAY:
        return actual - timedelta(days=1)
    if actual.weekday() == _SUNDAY:
        return actual + timedelta(days=1)
    return actual


@lru_cache(maxsize=256)
def federal_holidays(year: int) -> tuple[Holiday, ...]:
    """The federal holidays whose legal date falls in ``year``, in date order.

    An observed date can fall in another year: New Year's Day on a Saturday
    is observed on Friday 31 December of the year before.
    """
    actual: list[tuple[str, date]] = [
        ("New Year's Day", date(year, 1, 1)),
        ("Martin Luther King Jr. Day", nth_weekday(year, 1, _MONDAY, 3)),
        ("Washington's Birthday", nth_weekday(year, 2, _MONDAY, 3)),
        ("Memorial Day", nth_weekday(year, 5, _MONDAY, -1)),
        ("Independence Day", date(year, 7, 4)),
        ("Labor Day", nth_weekday(year, 9, _MONDAY, 1)),
        ("Columbus Day", nth_weekday(year, 10, _MONDAY, 2)),
        ("Veterans Day", date(year, 11, 11)),
        ("Thanksgiving Day", nth_weekday(year, 11, _THURSDAY, 4)),
        ("Christmas Day", date(year, 12, 25)),
    ]
    if year >= JUNETEENTH_FIRST_YEAR:
        actual.append(("Juneteenth National Independence Day", date(year, 6, 19)))
    return tuple(
        sorted((Holiday(name, day, observed_date(day)) for name, day in actual), key=_by_actual)
    )


@lru_cache(maxsize=256)
def _closed_days(year: int) -> frozenset[date]:
    """Observed holiday dates falling in ``year`` (next year's New Year's Day included)."""
    days = {h.observed for y in (year, year + 1) for h in federal_holidays(y)}
    return frozenset(d for d in days if d.year == year)


def is_federal_holiday(day: date) -> bool:
    """True if federal offices are closed for a holiday (observed date) on this day."""
    return _plain_date(day) in _closed_days(day.year)


def is_business_day(day: date) -> bool:
    """A weekday that is not an observed federal holiday."""
    day = _plain_date(day)
    return day.weekday() < _SATURDAY and day not in _closed_days(day.year)


def next_business_day(day: date) -> date:
    """``day`` itself if it is a business day, otherwise the first one after it."""
    day = _plain_date(day)
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def one_year_anniversary(last_arrival: date) -> date:
    """The same calendar date one year later; 29 February gives 28 February."""
    last_arrival = _plain_date(last_arrival)
    try:
        return last_arrival.replace(year=last_arrival.year + 1)
    except ValueError:
        return date(last_arrival.year + 1, 2, 28)


def one_year_asylum_deadline(last_arrival: date, *, today: date | None = None) -> date:
    """The last day to file for asylum: one year after the last arrival.

    The period ends on the anniversary of the last arrival; if that falls on
    a weekend or an observed federal holiday, it runs to the next business day.
    An arrival on 29 February counts to 28 February of the next year: the
    earlier of the two possible readings, so a filing by that date is never late.
    ``today`` (default: the computer's date) guards against an arrival date
    typed in the future.
    """
    arrival = _plain_date(last_arrival)
    limit = _plain_date(today) if today is not None else date.today()
    if arrival > limit:
        raise InvalidInput("The date of last arrival is in the future; check the date entered.")
    return next_business_day(one_year_anniversary(arrival))


def upcoming(
    deadlines: Iterable[tuple[date, str]], today: date, days: int
) -> list[tuple[date, str]]:
    """Deadlines from ``today`` through ``today + days`` inclusive, soonest first.

    Deadlines already past are left out; show overdue ones separately.
    """
    if type(days) is not int or days < 0:
        raise InvalidInput("The number of days ahead must be a whole number, 0 or more.")
    start = _plain_date(today)
    end = start + timedelta(days=days)
    return sorted((d, label) for d, label in deadlines if start <= _plain_date(d) <= end)


def _by_actual(holiday: Holiday) -> date:
    return holiday.actual


def _plain_date(value: date) -> date:
    # datetime is a subclass of date but compares unequal to it and raises
    # against it; a deadline is a calendar day, so refuse it loudly.
    if isinstance(value, datetime) or not isinstance(value, date):
        raise TypeError(f"expected a datetime.date, got {type(value).__name__}")
    return value
