"""Where the files under ``resources/`` are: the one place that knows.

A checkout keeps them beside the package (``<repo>/resources``); a frozen
build unpacks them under ``sys._MEIPASS``; an installed wheel carries them
inside the package as ``caseapp/resources``. Nothing else (no environment
variable) can point the program at other reference data.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import caseapp


class ResourcesMissing(RuntimeError):
    """The installation is incomplete: reinstall caseapp."""


@cache
def root() -> Path:
    package = Path(caseapp.__file__).resolve().parent
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [
        *([Path(frozen) / "resources"] if frozen else []),
        package / "resources",
        package.parent / "resources",
    ]
    for candidate in candidates:
        if (candidate / "reference").is_dir():
            return candidate
    raise ResourcesMissing("caseapp's reference files (resources/) are missing; reinstall caseapp.")


def path(*parts: str) -> Path:
    """A file under resources/, e.g. ``path("reference", "poverty_guidelines.json")``."""
    return root().joinpath(*parts)
