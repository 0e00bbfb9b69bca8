"""Digital PDF → Layout.

The pipeline, one small module per step (each replaceable on its own):

``pdf_words``      the only PDF-library calls: page → words with box, font, size
``pdf_textlayer``  is the text layer usable (else OCR), legacy TCVN3/VNI repair
``pdf_lines``      words → rows (visual lines) → layout Lines with styles
``pdf_furniture``  page numbers, running headers/footers, rules, signature stamps
``pdf_columns``    two-column zones (header table, Nơi nhận | signature)
``pdf_blocks``     rows → paragraphs, hard wraps rejoined

Pages whose text layer is missing or garbage go to ``parsers.ocr`` when that
module exists; otherwise they stay empty.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from parsers.errors import UnreadableDocument
from parsers.layout import Layout, Page, Repair
from parsers.pdf_blocks import TextArea, continues_across_pages, segment_blocks, text_area
from parsers.pdf_furniture import drop_rule_words, drop_stamp_words, remove_furniture
from parsers.pdf_lines import Row, group_rows
from parsers.pdf_segments import TableCounter, page_segments
from parsers.pdf_textlayer import needs_ocr, repair_rows
from parsers.pdf_words import PageInfo, PdfSource

if TYPE_CHECKING:
    from parsers import Limits  # type only: the package imports its backends lazily

__all__ = ["needs_ocr", "parse_pdf"]


def parse_pdf(path: Path, limits: Limits | None = None) -> Layout:
    """Parse a PDF with a text layer; raises :class:`~parsers.errors.UnreadableDocument` on bad input."""
    from parsers import Limits  # the package imports backends lazily: no cycle at import time

    path = Path(path)
    limits = limits or Limits()
    infos: list[PageInfo] = []
    page_rows: list[list[Row]] = []
    to_ocr: list[int] = []
    repairs: list[Repair] = []
    broken: list[PageInfo] = []
    with PdfSource(path, path.name, limits.max_pages) as source:
        page_count = source.page_count
        for info, words in source.pages():
            rows: list[Row] = []
            if info.error:
                broken.append(info)
                to_ocr.append(info.number)  # OCR renders the page: it may still be readable as an image
            elif needs_ocr(words, info):
                to_ocr.append(info.number)
            else:
                rows = group_rows(drop_stamp_words(drop_rule_words(words)))
                repair = repair_rows(rows, info.number)
                if repair:
                    repairs.append(repair)
            infos.append(info)
            page_rows.append(rows)

    if broken and len(broken) == page_count:
        # Every page failed: say so, with the first page's reason (they are usually the same).
        raise UnreadableDocument(path.name, f"no page could be read; page 1: {broken[0].error}")
    if broken:
        repairs.append(Repair("damaged-page", "pages whose text could not be read: "
                              + ", ".join(f"{i.number} ({i.error})" for i in broken), len(broken)))
    cleaned = remove_furniture(list(zip(infos, page_rows, strict=True)))
    area = _document_area(infos, cleaned)
    pages = []
    tables = TableCounter()
    for info, rows in zip(infos, cleaned, strict=True):
        blocks = segment_blocks(page_segments(rows, info, tables), info.number, _page_area(rows, info, area))
        pages.append(Page(number=info.number, blocks=blocks, width=round(info.width, 2),
                          height=round(info.height, 2)))
    _join_across_pages(pages, area)
    if to_ocr:
        repairs.extend(_ocr_pages(path, to_ocr, limits, pages))
    order = 0
    for page in pages:
        for block in page.blocks:
            block.order = order
            order += 1
    return Layout(filename=path.name, media_type="application/pdf", pages=pages, page_count=page_count,
                  repairs=_merge(repairs))


def _document_area(infos: list[PageInfo], pages: list[list[Row]]) -> TextArea:
    """Margins and line spacing over the whole document (a short last page has too few lines)."""
    widths = Counter(round(i.width) for i in infos)
    width = widths.most_common(1)[0][0] if widths else 595
    rows = [r for info, rs in zip(infos, pages, strict=True) if round(info.width) == width for r in rs]
    return text_area(rows, float(width))


def _page_area(rows: list[Row], info: PageInfo, document: TextArea) -> TextArea:
    """This page's own margins when it has enough full lines (mirrored margins, a landscape
    appendix); the document's otherwise. The line spacing stays the document's."""
    long_rows = [r for r in rows if r.x1 - r.x0 > 0.5 * info.width]
    if len(long_rows) < 8:
        return document
    own = text_area(long_rows, info.width)
    return TextArea(own.left, own.right, document.gap)


def _join_across_pages(pages: list[Page], area: TextArea) -> None:
    """A paragraph cut by a page break is one block (it starts on the earlier page)."""
    prev_page = None
    for page in pages:
        if prev_page is not None and prev_page.blocks and page.blocks and \
                continues_across_pages(prev_page.blocks[-1], page.blocks[0], area):
            prev_page.blocks[-1].lines.extend(page.blocks.pop(0).lines)
        if page.blocks:
            prev_page = page


def _ocr_pages(path: Path, numbers: list[int], limits: Limits, pages: list[Page]) -> list[Repair]:
    """Hand unreadable pages to the OCR module when it is there; leave them empty otherwise."""
    try:
        from parsers.ocr import ocr_pdf_pages
    except ModuleNotFoundError as err:
        if err.name != "parsers.ocr":
            raise
        return []
    result = ocr_pdf_pages(path, numbers, limits)
    done = {p.number: p for p in result}
    # A page that OCR could not read (time limit, Tesseract crash) stays empty, and the user is told.
    failed = [Repair("ocr-failed", f"page {n}: {reason}", 1)
              for n, reason in sorted(getattr(result, "failures", {}).items())]
    for i, page in enumerate(pages):
        if page.number in done:
            new = done[page.number]
            new.ocr = True
            new.width = new.width or page.width
            new.height = new.height or page.height
            for block in new.blocks:
                block.page = page.number
            pages[i] = new
    if not done:
        return failed
    return [Repair("ocr", f"pages without a usable text layer read by OCR: {sorted(done)}", len(done)), *failed]


def _merge(repairs: list[Repair]) -> list[Repair]:
    """One repair per kind for the document: "TCVN3 (ABC) text converted to Unicode (pages 1, 2)"."""
    out: dict[str, Repair] = {}
    pages: dict[str, list[str]] = {}
    for r in repairs:
        m = re.match(r"page (\d+): (.*)", r.detail)
        detail = m.group(2) if m else r.detail
        if r.kind not in out:
            out[r.kind] = Repair(r.kind, detail, 0)
            pages[r.kind] = []
        out[r.kind].count += r.count
        if m:
            pages[r.kind].append(m.group(1))
    for kind, repair in out.items():
        if pages[kind]:
            repair.detail += f" (page{'s' if len(pages[kind]) > 1 else ''} {', '.join(pages[kind])})"
    return list(out.values())
