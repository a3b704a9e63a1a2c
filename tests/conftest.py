"""Shared fixtures: an isolated home and temp tree, and small FLOOR-cost vaults."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

import pytest
from hardening_report import summary_lines, tallies

from caseapp.crypto import kdf
from caseapp.services import vault

ADMIN = "admin"
PASSPHRASE = "correct horse battery staple 42"
OTHER_PASSPHRASE = "purple elephant wanders quietly 97"
THIRD_PASSPHRASE = "seven lanterns drift over marble 13"

_ENV_DIRS = {
    "HOME": "home",
    "XDG_CONFIG_HOME": "home/.config",
    "XDG_DATA_HOME": "home/.local/share",
    "XDG_CACHE_HOME": "home/.cache",
    "XDG_STATE_HOME": "home/.local/state",
    "TMPDIR": "tmp",
}


@pytest.fixture(scope="session", autouse=True)
def isolated_environment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point HOME, the XDG folders and TMPDIR at a private tree for the whole run.

    Subprocesses inherit it. Yields the tree's root.
    """
    root = tmp_path_factory.mktemp("env")
    saved = {name: os.environ.get(name) for name in _ENV_DIRS}
    for name, rel in _ENV_DIRS.items():
        target = root / rel
        target.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.environ[name] = str(target)
    saved_tempdir = tempfile.tempdir
    tempfile.tempdir = None  # recomputed from TMPDIR on next use
    try:
        yield root
    finally:
        tempfile.tempdir = saved_tempdir
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@pytest.fixture
def temp_root() -> Path:
    """The TMPDIR every test (and its subprocesses) writes temporary files to."""
    return Path(os.environ["TMPDIR"])


class MadeVault(NamedTuple):
    path: Path
    admin: str
    passphrase: str
    recovery_code: str


@pytest.fixture
def make_vault(tmp_path: Path) -> Callable[..., MadeVault]:
    """Factory: ``make_vault()`` creates a vault at FLOOR cost and describes it."""
    counter = iter(range(1000))

    def make(
        name: str | None = None, *, admin: str = ADMIN, passphrase: str = PASSPHRASE
    ) -> MadeVault:
        path = tmp_path / (name or f"vault{next(counter)}")
        code = vault.create_vault(path, admin, passphrase, kdf_params=kdf.FLOOR).recovery_code
        return MadeVault(path, admin, passphrase, code)

    return make


@pytest.fixture
def admin_session(make_vault: Callable[..., MadeVault]) -> Iterator[vault.Session]:
    """An unlocked FLOOR-cost vault, as its administrator; locked afterwards."""
    made = make_vault()
    session = vault.unlock(made.path, made.admin, made.passphrase)
    try:
        yield session
    finally:
        session.lock()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """One line per hardening area (tests/hardening_report.py), when any ran."""
    if not tallies():
        return
    terminalreporter.section("hardening")
    for line in summary_lines():
        terminalreporter.write_line(line)
