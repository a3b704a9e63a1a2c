"""The ``packaging`` marker: tests that build and run the frozen (PyInstaller) app.

They need PyInstaller (packaging/requirements.txt, not the test extra) and a
minute or two, so a plain ``pytest`` / ``make test`` skips them; ``make
package-test`` builds dist/caseapp and runs them with ``-m packaging``.
Measurements the tests report (sizes, times, goals) are printed at the end of
the run whatever the capture mode.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

MEASUREMENTS: list[str] = []

SKIP_REASON = (
    "builds and runs the frozen app: run `make package-test` (or pytest -m packaging; "
    "CASEAPP_FROZEN_DIR=dist/caseapp reuses a build)"
)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "packaging: builds/runs the PyInstaller app; only with -m packaging (make package-test)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if "packaging" in (config.getoption("markexpr", "") or ""):
        return
    skip = pytest.mark.skip(reason=SKIP_REASON)
    for item in items:
        if item.get_closest_marker("packaging") is not None:
            item.add_marker(skip)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if MEASUREMENTS:
        terminalreporter.section("frozen app measurements")
        for line in MEASUREMENTS:
            terminalreporter.write_line(line)


@pytest.fixture
def report() -> Callable[[str], None]:
    """``report("text")``: print now and again in the end-of-run summary."""

    def _report(line: str) -> None:
        print(line)
        MEASUREMENTS.append(line)

    return _report
