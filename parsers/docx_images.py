"""Scanned pages pasted into a DOCX → OCR.

Offices often send a scan as a Word file: each page a picture, no text. The
DOCX backend would return nothing, although a reader sees a whole directive.
When a document has (almost) no text but holds page-sized pictures, those
pictures are read with the same OCR pipeline as scanned PDFs and photos
(:mod:`parsers.ocr`), one picture a page, in the order they appear. Logos,
seals and signature pictures in an ordinary document never trigger this: it
only runs when the text is nearly empty, and small pictures are skipped.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from docx.opc.part import Part
from lxml import etree
from PIL import Image

from parsers.layout import Page, Repair

if TYPE_CHECKING:
    from parsers import Limits  # type only: the package imports its backends lazily

NEARLY_EMPTY = 200  # letters: below this a document's own text cannot be the document
MIN_PIXELS = 250_000  # a page scan is far larger; logos and seals are smaller
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_IMAGEDATA = "{urn:schemas-microsoft-com:vml}imagedata"
_EXT = {"image/png": ".png", "image/jpeg": ".jpg", "image/tiff": ".tif", "image/gif": ".gif", "image/bmp": ".bmp"}


class TooManyPages(Exception):
    def __init__(self, found: int, limit: int) -> None:
        super().__init__(f"too many pages ({found} page pictures; the limit is {limit})")


def page_images(main: Part, body: etree._Element) -> list[Part]:
    """Raster picture parts referenced from the body, in document order, each once."""
    seen: set[str] = set()
    parts: list[Part] = []
    for el in body.iter(_BLIP, _IMAGEDATA):
        rid = el.get(_R + "embed") or el.get(_R + "id")
        if not rid or rid in seen or rid not in main.rels:
            continue
        seen.add(rid)
        try:
            part = main.related_parts[rid]
        except KeyError:
            continue
        if part.content_type in _EXT:
            parts.append(part)
    return parts


def ocr_pictures(parts: list[Part], limits: Limits | None = None) -> tuple[list[Page], list[Repair]] | None:
    """OCR page-sized pictures; pages are numbered in picture order. None when no picture is page-sized."""
    from parsers.ocr import PAGE_SECONDS, PageJob, build_pages, run_jobs

    timeout = float(getattr(limits, "ocr_page_seconds", None) or PAGE_SECONDS)
    max_pixels = getattr(limits, "max_image_pixels", None)
    with tempfile.TemporaryDirectory(prefix="vanban_docx_img_") as tmp:
        jobs = []
        for part in parts:
            path = Path(tmp) / f"page_{len(jobs) + 1}{_EXT[part.content_type]}"
            path.write_bytes(part.blob)
            try:
                with Image.open(path) as image:
                    pixels = image.width * image.height
            except (OSError, ValueError, Image.DecompressionBombError):
                continue
            if pixels < MIN_PIXELS or (max_pixels and pixels > max_pixels):
                continue
            jobs.append(PageJob(len(jobs) + 1, str(path), "image", 0, timeout, max_pixels))
        if not jobs:
            return None
        max_pages = getattr(limits, "max_pages", None)
        if max_pages and len(jobs) > max_pages:
            raise TooManyPages(len(jobs), max_pages)
        results = run_jobs(jobs)
        pages, repaired = build_pages(results)
    repairs = [Repair("ocr", f"DOCX without text: page pictures read by OCR ({len(pages)} of {len(jobs)})",
                      len(pages))]
    if repaired:
        repairs.append(Repair("ocr-vocabulary", "OCR lines snapped to the fixed phrases of official documents",
                              repaired))
    repairs.extend(Repair("ocr-failed", f"picture {r.number}: {r.error}", 1) for r in results if r.error)
    return list(pages), repairs
