"""The audit report's table cells: honest entries print on one line per cell
(except long field lists), and whatever a tampered log holds prints bounded
and as printable ASCII."""

from __future__ import annotations

import pytest

from caseapp.core.audit import ACTIONS, REASONS
from caseapp.reports import audit_report_pdf as report
from caseapp.reports import fonts

SEQ, TIME, USER, ACTION, ENTITY, FIELDS, REASON = range(7)


def _lines(text: str, column: int) -> list[str]:
    regular, _ = fonts.register()
    return report._wrap(text, report.COLUMNS[column] - 2 * report.CELL_PAD - 0.5, regular)


def test_the_columns_fill_the_frame() -> None:
    assert sum(report.COLUMNS) == report.PAGE[0] - 2 * report.MARGIN - 12


@pytest.mark.parametrize("digit", "0123456789abcdef")
def test_the_widest_entity_fits_one_line(digit: str) -> None:
    uuid = "-".join(digit * n for n in (8, 4, 4, 4, 12))
    assert _lines(f"client {uuid}", ENTITY) == [f"client {uuid}"]


def test_every_action_reason_time_and_sequence_fits_one_line() -> None:
    for action in ACTIONS:
        assert len(_lines(action, ACTION)) == 1, action
    for reason in REASONS:
        assert len(_lines(reason, REASON)) <= 1, reason
    assert _lines(report._time("2026-03-01T12:00:00.123456Z"), TIME) == ["2026-03-01 12:00:00"]
    assert _lines("9999999", SEQ) == ["9999999"]


def test_a_field_list_wraps_at_its_commas_and_loses_nothing() -> None:
    text = ",".join(f"field_number_{i}" for i in range(12))
    lines = _lines(text, FIELDS)
    assert len(lines) > 1
    assert "".join(lines) == text


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        (b"\xff\x00", "b'\\xff\\x00'"),
        (None, "NULL"),
        (1.5, "1.5"),
        ("ana\x1b[2J", "ana\\x1b[2J"),
        ("Ñúñez", "\\xd1\\xfa\\xf1ez"),
        ("\ufffd", "\\ufffd"),
    ],
)
def test_whatever_a_tampered_entry_holds_prints_as_ascii(stored: object, shown: str) -> None:
    assert report.printable(stored) == shown


def test_a_huge_tampered_cell_is_cut_to_a_few_lines() -> None:
    text = report.printable("x" * 1_000_000)
    assert len(text) <= report.MAX_CELL_CHARS + 1
    lines = _lines(text, ENTITY)
    assert len(lines) == report.MAX_CELL_LINES
    assert lines[-1].endswith("…")
