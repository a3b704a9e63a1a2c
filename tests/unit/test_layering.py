"""DESIGN.md §1: layers import only inward; nothing but gui pulls in Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_non_gui_layers_never_import_pyside6() -> None:
    # Every module of the package except the GUI and the composition root
    # (which starts the GUI when asked).
    code = (
        "import importlib, pkgutil, sys\n"
        "import caseapp\n"
        "names = [m.name for m in pkgutil.walk_packages(caseapp.__path__, 'caseapp.')\n"
        "         if not m.name.startswith(('caseapp.gui', 'caseapp.app', 'caseapp.__main__'))]\n"
        "for name in names:\n"
        "    importlib.import_module(name)\n"
        "assert len(names) >= 20, names\n"
        "assert 'caseapp.services.session' in sys.modules\n"
        "bad = sorted(m for m in sys.modules if m == 'PySide6' or m.startswith('PySide6.'))\n"
        "print('PYSIDE:' + ','.join(bad))\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "PYSIDE:\n" in result.stdout


def test_import_linter_contracts_hold() -> None:
    tool = Path(sys.executable).parent / "lint-imports"
    assert tool.exists(), tool
    result = subprocess.run(
        [str(tool)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "0 broken" in result.stdout
