"""Build hook: the wheel carries ``resources/`` inside the package, as ``caseapp/resources``.

``core/resources.py`` looks there in an installed wheel. The compiled
translations (``.qm``) are not in git: a build compiles any that are missing
or older than their ``.ts`` with ``pyside6-lrelease`` (from PySide6, on PATH
or beside this Python), and stops with a clear message if it cannot — run
``make translations`` first then. An sdist carries the ``.qm`` files, so a
wheel built from it needs no PySide6. An editable install (``pip install -e``)
copies nothing: the checkout's ``resources/`` is found directly.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

HERE = Path(__file__).resolve().parent
RESOURCES = HERE / "resources"
# What the installed program reads (relative to resources/); nothing else is copied.
WANTED = (
    "reference/*.json",
    "fonts/*.ttf",
    "fonts/LICENSE-*.txt",
    "i18n/*.qm",
    "i18n/caseapp_core_*.ts",  # read at run time by gui/core_messages.py
    "licenses/*",
    "icons/caseapp.svg",
    "icons/hicolor/**/*",
)


def _lrelease() -> str | None:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.is_file():
            return str(candidate)
    return shutil.which("pyside6-lrelease")


def compile_translations() -> None:
    """Make every ``resources/i18n/*.qm`` that is missing or older than its ``.ts``."""
    stale = [
        ts
        for ts in sorted((RESOURCES / "i18n").glob("caseapp_*.ts"))
        if not ts.with_suffix(".qm").is_file()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if not stale:
        return
    tool = _lrelease()
    if tool is None:
        names = ", ".join(ts.with_suffix(".qm").name for ts in stale)
        raise SystemExit(
            f"caseapp build: {names} missing or older than the .ts source, and "
            "pyside6-lrelease (from PySide6) is not available here. Run `make translations` "
            "first (or build with PySide6 installed, e.g. `python -m build --no-isolation`)."
        )
    for ts in stale:
        command = [tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))]
        subprocess.run(command, check=True)  # noqa: S603 (our own files, no shell)


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        compile_translations()
        target = Path(self.build_lib) / "caseapp" / "resources"
        for pattern in WANTED:
            for source in sorted(RESOURCES.glob(pattern)):
                if source.is_file():
                    dest = target / source.relative_to(RESOURCES)
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    self.copy_file(str(source), str(dest))


class SdistWithTranslations(sdist):
    def run(self) -> None:
        compile_translations()
        super().run()


setup(cmdclass={"build_py": BuildPyWithResources, "sdist": SdistWithTranslations})
