"""The Linux desktop integration files validate, and the icon set is complete.

Runs in ``make test``. The validators are required: .ci/run installs them
(Debian packages desktop-file-utils and appstream); a missing one fails here.
"""

from __future__ import annotations

import plistlib
import re
import shutil
import struct
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest

from caseapp import __version__

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
ICONS = REPO / "resources" / "icons"
APP_ID = "org.caseapp.CaseApp"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed (apt-get install {package}; .ci/run does)")
    return path


def test_desktop_file_validates() -> None:
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not result.stdout.strip(), result.stdout  # warnings and hints count too


def test_metainfo_validates() -> None:
    tool = _tool("appstreamcli", "appstream")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_matches_the_app() -> None:
    root = ElementTree.parse(METAINFO).getroot()  # noqa: S314 - the repo's own file
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == "AGPL-3.0-or-later"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.find("content_rating[@type='oars-1.1']") is not None
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert [c.text for c in root.iterfind("categories/category")] == ["Office"]
    versions = [r.get("version") for r in root.iterfind("releases/release")]
    assert versions, "no <release>"
    assert versions[0] == __version__, "add a <release> for the new version, newest first"
    desktop = DESKTOP.read_text(encoding="utf-8")
    assert re.search(rf"^Icon={re.escape(APP_ID)}$", desktop, re.M)
    assert re.search(r"^Categories=Office;$", desktop, re.M)


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("size", SIZES)
def test_icon_png_sizes(size: int) -> None:
    png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert png.is_file(), f"{png} missing: run packaging/render_icons.py"
    assert _png_size(png) == (size, size)


def test_icon_svg_and_platform_icons() -> None:
    svg = ElementTree.parse(ICONS / "caseapp.svg").getroot()  # noqa: S314 - ours
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert svg.get("viewBox") == "0 0 512 512"
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ICONS / "caseapp.svg").read_bytes(), "re-render the icons"
    ico = (ICONS / "caseapp.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6])[:2] == (0, 1)
    assert (ICONS / "caseapp.icns").read_bytes()[:4] == b"icns"


def test_macos_info_plist_has_the_keys() -> None:
    info = plistlib.loads((REPO / "packaging" / "macos" / "Info.plist").read_bytes())
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["CFBundleShortVersionString"] == __version__
    assert info["LSApplicationCategoryType"] == "public.app-category.business"
    assert info["NSHighResolutionCapable"] is True
    for key in (
        "CFBundleName",
        "LSMinimumSystemVersion",
        "NSHumanReadableCopyright",
        "NSDocumentsFolderUsageDescription",
        "NSRemovableVolumesUsageDescription",
    ):
        assert info.get(key), key


def test_inno_setup_script_matches_the_app() -> None:
    iss = (REPO / "packaging" / "windows" / "caseapp.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{__version__}"' in iss
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", iss, re.M)
    assert re.search(r"^PrivilegesRequired=lowest$", iss, re.M)
    assert (REPO / "resources" / "icons" / "caseapp.ico").is_file()
