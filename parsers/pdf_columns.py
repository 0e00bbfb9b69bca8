"""Two-column zones: the header table and the "Nơi nhận | signature" table.

In a PDF both are just text at the same heights, left and right; read row by
row they interleave ("- Như Điều 3; TM. ỦY BAN NHÂN DÂN"). A zone starts at
the top of page 1 (issuer | motto), at a form's own header (a row whose right
part is the motto), or at the footer (a row starting with "Nơi nhận:" or a
signing prefix such as "TM.", "KT.", "T/M" on the right). It grows while each
next row either splits at a vertical gutter that agrees with the rows before,
or sits wholly on one side of it; the first row that crosses the gutter (a
centred title, a full-width paragraph) ends it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Literal

from parsers.pdf_lines import Row, make_row
from parsers.pdf_tables import TableCells
from parsers.pdf_words import PageInfo
from parsers.textfix import SIGNING_PREFIX

ZoneKind = Literal["header", "footer", "table"]

_MOTTO = re.compile(r"^(?:CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN)\b")
_RECIPIENTS = re.compile(r"^Nơi\s+nhận\s*:", re.IGNORECASE)
_ADDRESSEES = re.compile(r"^Kính\s+gửi\b")
_HEADER_DEPTH = 0.3  # a header zone is never taller than this share of the page height


@dataclass(slots=True)
class Segment:
    """Rows in reading order: full width (``kind`` None), a two-column zone, or a ruled table."""

    rows: list[Row] = field(default_factory=list)
    left: list[Row] = field(default_factory=list)
    right: list[Row] = field(default_factory=list)
    kind: ZoneKind | None = None
    table: TableCells | None = None


def split_row(row: Row, page: PageInfo, gutter: tuple[float, float] | None = None) -> tuple[Row, Row] | None:
    """Split a row at its widest wide gap near the middle of the page (or inside ``gutter``)."""
    words = row.words
    best, best_gap = None, max(2.0 * row.size, 16.0)
    for k in range(1, len(words)):
        start, end = words[k - 1].x1, words[k].x0
        if end - start < best_gap:
            continue
        if end < 0.25 * page.width or start > 0.7 * page.width:
            continue  # a gap inside one column (a table cell, tabbed text)
        if gutter and not (start < gutter[1] and end > gutter[0]):
            continue
        best, best_gap = k, end - start
    if best is None:
        return None
    return make_row(words[:best]), make_row(words[best:])


def _fits_left(row: Row, page: PageInfo, hi: float) -> bool:
    limit = hi if math.isfinite(hi) else 0.6 * page.width
    return row.x1 <= limit + 2 and row.center < 0.45 * page.width


def _fits_right(row: Row, page: PageInfo, lo: float) -> bool:
    return row.x0 >= lo - 2 and row.center > 0.55 * page.width


def _trigger(rows: list[Row], i: int, page: PageInfo, top_of_page: bool) -> ZoneKind | None:
    row = rows[i]
    if page.number == 1 and i == 0 and top_of_page:
        return "header"
    parts = split_row(row, page)
    if parts and _MOTTO.match(parts[1].text.upper()):
        return "header"
    if _RECIPIENTS.match(row.text) or (parts and _RECIPIENTS.match(parts[0].text)):
        return "footer"
    right = parts[1] if parts else (row if row.x0 > 0.4 * page.width else None)
    if right is not None and SIGNING_PREFIX.match(right.text):
        return "footer"
    if parts and SIGNING_PREFIX.match(parts[0].text):
        return "footer"  # a joint (liên tịch) signature: one signing block in each half
    return None


def _grow(rows: list[Row], i: int, page: PageInfo, kind: ZoneKind) -> tuple[Segment, int] | None:
    """The zone starting at row ``i`` and the index of the first row after it."""
    lo, hi = -math.inf, math.inf
    seg = Segment(kind=kind)
    limit = rows[i].top + _HEADER_DEPTH * page.height if kind == "header" else math.inf
    j = i
    while j < len(rows):
        row = rows[j]
        if row.top > limit:
            break
        if j > i and seg.left and seg.right and _RECIPIENTS.match(row.text):
            break  # "Nơi nhận:" under two signature blocks starts a zone of its own
        parts = split_row(row, page, (lo, hi) if math.isfinite(lo) or math.isfinite(hi) else None)
        if parts:
            left, right = parts
            if left.x1 > hi + 2 or right.x0 < lo - 2:
                break
            seg.left.append(left)
            seg.right.append(right)
            lo, hi = max(lo, left.x1), min(hi, right.x0)
        elif kind == "header" and _ADDRESSEES.match(row.text):
            break  # "Kính gửi:" under the header table starts the body (it is in a column only beside V/v)
        elif _fits_left(row, page, hi):
            seg.left.append(row)
            lo = max(lo, row.x1)
        elif _fits_right(row, page, lo):
            seg.right.append(row)
            hi = min(hi, row.x0)
        else:
            break
        j += 1
    if j == i:
        return None
    if kind == "header" and not (seg.left and seg.right):
        return None  # one-sided: not a two-column header (e.g. a letter without a table)
    if not seg.right:
        # "Nơi nhận" alone on the left, nothing beside it (under a joint signature, or a
        # letter): a full-width list, as a DOCX has it, not the left half of a table.
        return Segment(rows=rows[i:j]), j
    return seg, j


def split_columns(rows: list[Row], page: PageInfo, top_of_page: bool = True) -> list[Segment]:
    """Cut a page's rows into full-width runs and two-column zones, in reading order.

    ``top_of_page``: ``rows`` start at the top of the page (not below a table),
    so on page 1 the first row may open the header zone.
    """
    out: list[Segment] = []
    body: list[Row] = []
    i = 0
    while i < len(rows):
        kind = _trigger(rows, i, page, top_of_page)
        grown = _grow(rows, i, page, kind) if kind else None
        if grown:
            if body:
                out.append(Segment(rows=body))
                body = []
            seg, i = grown
            out.append(seg)
            continue
        body.append(rows[i])
        i += 1
    if body:
        out.append(Segment(rows=body))
    return out
