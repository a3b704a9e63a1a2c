"""Render resources/icons/caseapp.svg into the PNG, ICO and ICNS icons beside it.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py

Run it after changing the SVG, and commit what it writes: the build does not
render icons. It uses Qt's SVG renderer (PySide6-Essentials has QtSvg), so no
other tool is needed.

Writes:
  resources/icons/hicolor/<n>x<n>/apps/org.caseapp.CaseApp.png  (16 ... 512; Linux)
  resources/icons/caseapp.ico   (16-256, PNG-compressed entries; Windows, Inno Setup)
  resources/icons/caseapp.icns  (16-1024; macOS bundle)
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
APP_ID = "org.caseapp.CaseApp"
HICOLOR_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size.
ICNS_TYPES = (
    (16, b"icp4"),
    (32, b"icp5"),
    (64, b"icp6"),
    (128, b"ic07"),
    (256, b"ic08"),
    (512, b"ic09"),
    (1024, b"ic10"),
)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size}px PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(pngs))
    entries, blobs = b"", b""
    offset = 6 + 16 * len(pngs)
    for size, png in sorted(pngs.items()):
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[n])) + pngs[n] for n, kind in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs a Gui app
    renderer = QSvgRenderer(str(ICONS / "caseapp.svg"))
    if not renderer.isValid():
        print("caseapp.svg is not a valid SVG", file=sys.stderr)
        return 1
    sizes = sorted({*HICOLOR_SIZES, *ICO_SIZES, *(n for n, _ in ICNS_TYPES)})
    pngs = {n: render(renderer, n) for n in sizes}
    for n in HICOLOR_SIZES:
        target = ICONS / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[n])
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes((ICONS / "caseapp.svg").read_bytes())
    (ICONS / "caseapp.ico").write_bytes(ico({n: pngs[n] for n in ICO_SIZES}))
    (ICONS / "caseapp.icns").write_bytes(icns(pngs))
    print(f"wrote {len(HICOLOR_SIZES)} PNGs, caseapp.ico and caseapp.icns under {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
