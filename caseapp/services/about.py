"""What the About dialog shows: component versions and the bundled licence texts.

Versions of the PDF libraries are read from their installed metadata, so
opening the dialog loads none of them (only ``reports`` imports them).
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import cryptography

import caseapp
from caseapp.core import resources
from caseapp.storage import cipher_library

APP_LICENCE = "AGPL-3.0-or-later"
# The distributions whose versions are shown, as (label, distribution name).
_DISTRIBUTIONS = (
    ("reportlab", "reportlab"),
    ("pikepdf", "pikepdf"),
    ("pypdfium2", "pypdfium2"),
    ("uharfbuzz", "uharfbuzz"),
)


@dataclass(frozen=True, slots=True)
class Licence:
    """One bundled licence file: the component it covers (the file's first line)."""

    title: str
    path: Path


def component_versions() -> list[tuple[str, str]]:
    """(component, version) for caseapp and the libraries below the GUI."""
    cipher, sqlite_version = cipher_library.versions()
    rows = [
        ("caseapp", caseapp.__version__),
        ("Python", platform.python_version()),
        ("SQLCipher", cipher or "none"),
        ("SQLite", sqlite_version),
        ("cryptography", cryptography.__version__),
    ]
    for label, dist in _DISTRIBUTIONS:
        rows.append((label, _dist_version(dist)))
    return rows


def _dist_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:  # a frozen build may carry no metadata
        return "?"


def licences() -> list[Licence]:
    """Every bundled third-party licence: resources/licenses/*.txt, then the fonts'."""
    found = sorted(resources.path("licenses").glob("*.txt"), key=lambda p: p.name.lower())
    found += sorted(resources.path("fonts").glob("LICENSE-*.txt"))
    return [Licence(_title(path), path) for path in found]


def _title(path: Path) -> str:
    with path.open(encoding="utf-8") as fh:
        first = fh.readline().strip()
    return first.removeprefix("Component: ") or path.stem


def licence_text(licence: Licence) -> str:
    return licence.path.read_text(encoding="utf-8")
