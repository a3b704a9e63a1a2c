"""PDF pages as pixels, for the in-app preview and the printer (pypdfium2).

The PDF comes in as bytes and the pages go out as plain data (size, stride,
RGBX pixels in a ``bytearray``) that the GUI wraps in a QImage: nothing here
touches the disk, and the caller can overwrite the pixels when it is done
with them (:meth:`PageImage.wipe`).
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from caseapp.core.errors import InvalidInput

MIN_DPI = 36.0
MAX_DPI = 600.0
# A page bigger than this (in bytes of pixels) is refused rather than allocated:
# a letter page at 600 dpi is 134 MiB, so only a malformed page size reaches it.
MAX_PAGE_BYTES = 256 * 1024 * 1024
_POINTS_PER_INCH = 72.0

# PDFium is not thread-safe: one render at a time in the whole process.
_PDFIUM = threading.Lock()


@dataclass(frozen=True, slots=True, eq=False)
class PageImage:
    """One rendered page: ``height`` rows of ``stride`` bytes, 4 bytes a pixel in
    R, G, B, X order (QImage.Format_RGBX8888), white where the page is empty."""

    index: int  # 0-based
    page_count: int  # pages in the whole document
    width: int  # pixels
    height: int
    stride: int  # bytes per row
    pixels: bytearray
    width_pt: float  # the page's size in PDF points (1/72 in)
    height_pt: float
    dpi: float

    def wipe(self) -> None:
        """Overwrite the pixels (the page showed client data)."""
        self.pixels[:] = bytes(len(self.pixels))


def render(pdf: bytes, dpi: float, pages: Sequence[int] | None = None) -> list[PageImage]:
    """The pages of ``pdf`` (all, or the 0-based ``pages``) rendered at ``dpi``.

    Raises InvalidInput for a PDF that cannot be opened (an encrypted one
    included: render the unencrypted bytes the service makes for the printer or
    the preview), a page number out of range, or a resolution out of range.
    """
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise InvalidInput(f"Pages are rendered at {MIN_DPI:.0f} to {MAX_DPI:.0f} dots per inch.")
    import pypdfium2  # type: ignore[import-untyped]  # loaded at the first preview or print

    scale = dpi / _POINTS_PER_INCH
    with _PDFIUM:
        try:
            document = pypdfium2.PdfDocument(pdf)
        except pypdfium2.PdfiumError:
            raise InvalidInput(
                "The document could not be opened for the preview or the printer."
            ) from None
        try:
            count = len(document)
            wanted = range(count) if pages is None else pages
            for index in wanted:
                if not 0 <= index < count:
                    raise InvalidInput(
                        f"The document has {count} page(s); there is no page {index + 1}."
                    )
            return [_render_page(document, index, count, scale, dpi) for index in wanted]
        finally:
            document.close()


def _render_page(document: Any, index: int, count: int, scale: float, dpi: float) -> PageImage:
    import pypdfium2
    import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

    page = document[index]
    try:
        width_pt, height_pt = page.get_size()
        pixels = bytearray()
        holder: list[Any] = []

        def into_pixels(width: int, height: int, format: int, rev_byteorder: bool) -> Any:
            # PDFium draws straight into a bytearray we own, so there is one copy
            # of the page's pixels, and it can be overwritten afterwards.
            size = width * height * 4
            if size > MAX_PAGE_BYTES:
                raise InvalidInput("A page of the document is too large to render.")
            pixels.extend(bytes(size))
            buffer = (ctypes.c_ubyte * size).from_buffer(pixels)
            holder.append(buffer)
            return pypdfium2.PdfBitmap.new_native(
                width, height, format, rev_byteorder, buffer=buffer, stride=width * 4
            )

        bitmap = page.render(
            scale=scale,
            bitmap_maker=into_pixels,
            force_bitmap_format=pdfium_c.FPDFBitmap_BGRx,
            rev_byteorder=True,  # RGBX: the same bytes on every CPU
            may_draw_forms=False,
        )
        width, height, stride = bitmap.width, bitmap.height, bitmap.stride
        bitmap.close()
        del bitmap
        holder.clear()  # releases the bytearray's export, so it can be wiped later
        return PageImage(
            index=index,
            page_count=count,
            width=width,
            height=height,
            stride=stride,
            pixels=pixels,
            width_pt=float(width_pt),
            height_pt=float(height_pt),
            dpi=dpi,
        )
    finally:
        page.close()
