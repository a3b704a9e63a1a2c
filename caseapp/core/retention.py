"""Retention: when a client's file is due to be purged (issue 7).

Pure rules, no storage. The office sets one policy: a file is kept for
``years`` after its last case closed. A file is due when it has no open or
pending case and

- its last case closed more than ``years`` ago, or
- it never had a case (an intake that went no further, a conflict) and was
  created more than ``years`` ago.

Dates are compared by calendar day; "N years after" a 29 February is the
28 February of a non-leap year (the earlier reading, as for deadlines).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from caseapp.core.errors import InvalidInput

MIN_YEARS = 1
MAX_YEARS = 50
DEFAULT_YEARS = 7  # a common legal-aid retention period; the office decides


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    years: int = DEFAULT_YEARS

    def __post_init__(self) -> None:
        if (
            isinstance(self.years, bool)
            or not isinstance(self.years, int)
            or not MIN_YEARS <= self.years <= MAX_YEARS
        ):
            raise InvalidInput(
                f"Keep files for between {MIN_YEARS} and {MAX_YEARS} years after the last "
                "case closed."
            )


@dataclass(frozen=True, slots=True)
class CaseState:
    status: str  # open, pending, closed
    closed_on: date | None


def years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a non-leap year
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True, slots=True)
class Due:
    """Why a file is due: the day its retention began (last closing, or creation
    for a file without cases) and the day it became due."""

    since: date
    due_on: date
    cases: int


def due(
    created_on: date, cases: Sequence[CaseState], policy: RetentionPolicy, today: date
) -> Due | None:
    """When the file is due for purging under ``policy`` on ``today``, or None."""
    if any(c.status != "closed" for c in cases):
        return None
    if cases:
        closings = [c.closed_on for c in cases]
        if any(d is None for d in closings):
            return None  # closed without a date: keep, and let a person look
        since = max(d for d in closings if d is not None)
    else:
        since = created_on
    due_on = years_after(since, policy.years)
    return Due(since, due_on, len(cases)) if due_on <= today else None
