"""``python -m build`` makes an sdist and a wheel that install and pass ``caseapp --self-test``.

The checkout's build inputs are copied to a temporary folder (the build
leaves nothing in the checkout), the translations compiled there as ``make
translations`` does, and ``python -m build`` run in its usual isolated mode:
sdist first, then the wheel built from the unpacked sdist, so both are
proven. The wheel goes into a fresh venv (dependencies from the configured
package indexes; pip's cache makes later runs fast) and its ``caseapp
--self-test`` runs from a folder outside the checkout, so every resource
must come from the installed package.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import pytest

from caseapp import __version__
from caseapp.selftest import CLEAN_UP, STEPS

ROOT = Path(__file__).resolve().parents[2]
BUILD_INPUTS = ("caseapp", "resources", "pyproject.toml", "setup.py", "MANIFEST.in", "README.md")
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"

FONTS = sorted(p.name for p in (ROOT / "resources" / "fonts").iterdir() if p.is_file())
LICENCES = sorted(p.name for p in (ROOT / "resources" / "licenses").iterdir())
MIGRATIONS = sorted(p.name for p in (ROOT / "caseapp" / "storage" / "migrations").glob("*.sql"))
CATALOGUES = sorted(p.stem for p in (ROOT / "resources" / "i18n").glob("caseapp_*.ts"))


def _pip_cache() -> str:
    """pip's own cache of the user running the tests: the suite moves HOME and the
    XDG folders into a private tree, which would make every run download again."""
    if os.environ.get("PIP_CACHE_DIR"):
        return os.environ["PIP_CACHE_DIR"]
    import pwd

    return str(Path(pwd.getpwuid(os.getuid()).pw_dir) / ".cache" / "pip")


def _run(args: list[str], *, cwd: Path, timeout: float, env: dict[str, str] | None = None) -> str:
    began = time.monotonic()
    result = subprocess.run(
        args,
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    took = time.monotonic() - began
    print(f"{Path(args[0]).name} {' '.join(args[1:3])}: {took:.1f} s")
    assert result.returncode == 0, (result.stdout[-4000:], result.stderr[-4000:])
    return result.stdout


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(sdist, wheel) built from a copy of the checkout."""
    root = tmp_path_factory.mktemp("build")
    source = root / "src"
    source.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.py[cod]", "*.qm")
    for name in BUILD_INPUTS:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=ignore)
        else:
            shutil.copy2(path, source / name)
    # What `make translations` does; the build compiles only missing or stale ones.
    for ts in sorted((source / "resources" / "i18n").glob("caseapp_*.ts")):
        _run(
            [str(LRELEASE), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            cwd=root,
            timeout=60,
        )
    dist = root / "dist"
    env = {**os.environ, "PIP_CACHE_DIR": _pip_cache()}
    _run(
        [sys.executable, "-m", "build", "--outdir", str(dist), str(source)],
        cwd=root,
        timeout=600,
        env=env,
    )
    (sdist,) = dist.glob("caseapp-*.tar.gz")
    (wheel,) = dist.glob("caseapp-*.whl")
    return sdist, wheel


def test_the_wheel_carries_every_resource_and_migration(built: tuple[Path, Path]) -> None:
    _, wheel = built
    assert wheel.name == f"caseapp-{__version__}-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    res = "caseapp/resources/"
    expected = {
        f"{res}reference/poverty_guidelines.json",
        f"{res}i18n/caseapp_core_es.ts",  # read at run time by gui/core_messages.py
        *(f"{res}fonts/{name}" for name in FONTS),
        *(f"{res}licenses/{name}" for name in LICENCES),
        *(f"{res}i18n/{stem}.qm" for stem in CATALOGUES),
        *(f"caseapp/storage/migrations/{name}" for name in MIGRATIONS),
    }
    assert expected <= names, sorted(expected - names)
    assert {"caseapp/selftest.py", "caseapp/gui/about_dialog.py"} <= names
    # Only what the program reads: no translation sources but the core catalogue, no tests.
    assert f"{res}i18n/caseapp_es.ts" not in names
    assert not any(n.startswith("tests/") for n in names)


def test_the_sdist_carries_the_compiled_translations(built: tuple[Path, Path]) -> None:
    sdist, _ = built
    with tarfile.open(sdist) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    assert {f"resources/i18n/{stem}.qm" for stem in CATALOGUES} <= names
    assert {"setup.py", "MANIFEST.in", "resources/reference/poverty_guidelines.json"} <= names
    assert {f"caseapp/storage/migrations/{name}" for name in MIGRATIONS} <= names


def test_the_installed_wheel_passes_its_self_test(
    built: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory
) -> None:
    _, wheel = built
    root = tmp_path_factory.mktemp("installed")
    venv = root / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], cwd=root, timeout=120)
    python = venv / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["PIP_CACHE_DIR"] = _pip_cache()
    _run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheel)], cwd=root, timeout=900, env=env
    )

    elsewhere = root / "elsewhere"
    elsewhere.mkdir()
    where = _run(
        [str(python), "-c", "from caseapp.core import resources; print(resources.root())"],
        cwd=elsewhere,
        timeout=60,
        env=env,
    )
    assert Path(where.strip()).is_relative_to(venv), where
    out = _run([str(venv / "bin" / "caseapp"), "--self-test"], cwd=elsewhere, timeout=180, env=env)
    lines = [line.split(" (")[0] for line in out.splitlines() if line.startswith(("ok", "FAIL"))]
    assert lines == [f"ok  {step.name}" for step in STEPS] + [f"ok  {CLEAN_UP}"], out
    assert list(elsewhere.iterdir()) == []
