"""Rows → paragraphs (blocks): rejoin hard wraps, break where a reader sees a new paragraph.

Full-width text: a new block when the next line starts a list item or
heading (domain notes §6), after a vertical gap larger than the line
spacing, at a first-line indent, after a line that stops short of the right
margin, or when the style changes (bold heading, italic căn cứ, capitals →
sentence case). Lines are joined with one space: Vietnamese syllables are
words, a line-final "-" is a dash, never a hyphenation.

Two-column zones: every printed line is its own block (like the text
backend's cells), except a wrapped continuation (lower-case start, the rest
of a "-" recipient item, "… CHỦ NGHĨA" + "VIỆT NAM").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from parsers.layout import Block, CellRef, Line
from parsers.pdf_columns import Segment
from parsers.pdf_lines import Row, to_line
from parsers.pdf_tables import TableCells

# Domain notes §6, split in two. List markers always open a block. Item numbers have at
# most three digits, so a wrapped "2025 - 2026." is not read as an item "2025 -".
MARKER = re.compile(r"^\s*(?:[IVXLC]+[.\-–]\s|\d{1,3}(?:\.\d{1,3})*(?:\s?[.)]|[\-–])\s|[a-zđ]\)\s|[-+•*–]\s)")
# Heading words open a block only after a finished line: legal text wraps before them
# mid-sentence ("… theo quy định tại" / "Điều 12 của Nghị định này.").
HEADING_WORD = re.compile(r"^\s*(?:Điều\s+\d+|Phần\s|Chương\s|Mục\s|PHẦN\s|CHƯƠNG\s|MỤC\s|Nơi nhận|Kính gửi"
                          r"|Căn cứ\s)")
_FINISHED = (".", ":", ";", "!", "?")


def starts_item(prev_text: str, text: str) -> bool:
    """Does ``text`` open a list item or a heading, given the line before it?"""
    if MARKER.match(text):
        return True
    return bool(HEADING_WORD.match(text)) and prev_text.rstrip().endswith(_FINISHED)


_LABEL = re.compile(r"^(?:[IVXLC]+\.|\d+(?:\.\d+)*\s?[.)]|[a-zđ]\)|[-+•*–])(?=\s)")
_BARE_HEADING = re.compile(r"^(?:Chương|Phần|Mục|CHƯƠNG|PHẦN|MỤC|Điều)\s+[IVXLC\d]+[.:]?$")
_ITEM = re.compile(r"^[-+•–]\s")
# Lines that start their own unit in a header/footer cell.
_CELL_LABEL = re.compile(r"^(?:V/v|Số\b|Kính gửi|Nơi nhận|TM\.|KT\.|TL\.|TUQ\.|T/M|K/T|T/L|Q\.|\(Ký|ĐẠI DIỆN)")


@dataclass(slots=True)
class TextArea:
    """Where body text runs on a page, and how far apart its lines normally are."""

    left: float
    right: float
    gap: float  # the usual white space between two lines of one paragraph

    @property
    def width(self) -> float:
        return max(1.0, self.right - self.left)


def text_area(rows: list[Row], width: float) -> TextArea:
    """Margins from long lines, line gap from the median gap between neighbouring rows."""
    long_rows = [r for r in rows if r.x1 - r.x0 > 0.5 * width] or rows
    lefts = sorted(r.x0 for r in long_rows)
    rights = sorted(r.x1 for r in long_rows)
    gaps = sorted(b.top - a.bottom for a, b in pairwise(rows)
                  if abs(a.size - b.size) < 0.6 and -2 < b.top - a.bottom < 1.5 * a.size)
    if not lefts:
        return TextArea(0.1 * width, 0.9 * width, 2.0)
    return TextArea(lefts[len(lefts) // 10], rights[len(rights) * 9 // 10],
                    gaps[len(gaps) // 2] if gaps else 2.0)


def _edge_style(line: Line, index: int) -> tuple[bool, bool]:
    """Bold/italic where the line ends (index -1) or starts (0): where a wrap joins two lines."""
    if not line.spans:
        return line.bold, line.italic
    span = line.spans[index]
    return span.bold, span.italic


def _table_row(row: Row) -> bool:
    """A row with a wide blank between two words: cells of a table, not a line of prose."""
    words = row.words
    return any(b.x0 - a.x1 > 2.0 * row.size for a, b in pairwise(words))


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _starts_lower(text: str) -> bool:
    return text[:1].islower()


def _centred(row: Row, area: TextArea) -> bool:
    return row.x0 - area.left > 0.08 * area.width and abs(row.center - (area.left + area.right) / 2) < 0.06 * area.width


def breaks(prev: Row, cur: Row, prev_line: Line, cur_line: Line, area: TextArea) -> bool:
    """Does ``cur`` start a new paragraph after ``prev`` (full-width text)?"""
    text = cur_line.text
    if starts_item(prev_line.text, text) or text == "*" or prev_line.text == "*":
        return True  # a list item or heading, or the Party "*"
    size = max(prev.size, cur.size)
    if cur.top - prev.bottom > area.gap + 0.3 * size or cur.top < prev.top:
        return True  # paragraph spacing (or a jump back up: another text flow)
    if abs(prev.size - cur.size) > 0.6 or (
            (prev_line.bold, prev_line.italic) != (cur_line.bold, cur_line.italic)
            and _edge_style(prev_line, -1) != _edge_style(cur_line, 0)):
        return True  # style change: a bold heading, an italic căn cứ (not an italic aside wrapping)
    if _caps(prev_line.text) and any(c.islower() for c in text):
        return True  # "CHỈ THỊ" then "Về việc …": type line, then trích yếu
    if _BARE_HEADING.match(prev_line.text):
        return True  # "Chương I" then its title
    if _table_row(prev) and _table_row(cur):
        return True  # rows of a borderless table ("Mẫu số 01 | Mẫu tờ trình …"): one block each
    if _starts_lower(text):
        return False  # a sentence going on
    indent = cur.x0 - area.left
    if 0.6 * cur.size < indent < 0.25 * area.width and cur.x0 > prev.x0 + 0.6 * cur.size \
            and prev.x0 - area.left < 0.6 * cur.size:
        return True  # first-line indent after a line at the margin (not the next line of a centred title)
    if prev.x1 < area.right - 0.2 * area.width:
        return True  # the line before stopped short: its paragraph ended there
    return _centred(prev, area) and prev.x1 - prev.x0 < 0.75 * area.width


def _zone_continues(prev_block: Block, prev: Row, cur: Row, cur_line: Line, full: bool) -> bool:
    """A wrapped line inside a header/footer cell, not a new printed line (``full``: ``prev`` fills the column)."""
    if cur.top - prev.bottom > 1.2 * max(prev.size, cur.size) or cur.top < prev.top:
        return False
    text = cur_line.text
    last = prev_block.lines[-1].text
    if _is_item_or_label(text):
        return False
    prev_line = prev_block.lines[-1]
    if _edge_style(prev_line, -1) != _edge_style(cur_line, 0) or abs(prev.size - cur.size) > 0.6:
        return False  # "Số 37-CV/ĐU" then the italic "về việc …" of a 2026 Party công văn
    if last.upper().endswith("CHỦ NGHĨA") and text.upper().startswith("VIỆT NAM"):
        return True  # the motto wrapped in a narrow cell
    if _starts_lower(text) or (_ITEM.match(prev_block.lines[0].text) and not last.endswith((";", ".", ":"))):
        return True  # a sentence or a recipient item going on
    # A capitalised word going on a full sentence-case line ("… Nghị quyết Đại hội XIV của" / "Đảng");
    # never after a capitals line: "ỦY BAN NHÂN DÂN" / "TỈNH NGHỆ AN" are two printed lines.
    return (full and any(c.islower() for c in last) and not last.endswith((".", ";", ":", ",", ")"))
            and not _CELL_LABEL.match(text))


def _is_item_or_label(text: str) -> bool:
    return bool(MARKER.match(text) or HEADING_WORD.match(text) or _LABEL.match(text))


def _label(text: str) -> str | None:
    m = _LABEL.match(text)
    return m.group(0) if m else None


def _align(rows: list[Row], area: TextArea) -> str:
    if all(_centred(r, area) for r in rows):
        return "center"
    if all(r.x0 > area.left + 0.4 * area.width for r in rows) and abs(rows[-1].x1 - area.right) < 6:
        return "right"
    if len(rows) >= 2 and all(area.right - r.x1 < 4 for r in rows[:-1]):
        return "justify"
    return "left"


def body_blocks(rows: list[Row], page: int, area: TextArea) -> list[Block]:
    blocks: list[Block] = []
    current: list[tuple[Row, Line]] = []

    def flush() -> None:
        if current:
            lines = [ln for _, ln in current]
            rs = [r for r, _ in current]
            blocks.append(Block(lines=lines, page=page, align=_align(rs, area),
                                indent=round(rs[0].x0 - area.left, 1), list_label=_label(lines[0].text)))
            current.clear()

    for row in rows:
        line = to_line(row)
        if not line.text:
            continue
        if current and breaks(current[-1][0], row, current[-1][1], line, area):
            flush()
        current.append((row, line))
    flush()
    return blocks


def zone_blocks(rows: list[Row], page: int, column: int) -> list[Block]:
    blocks: list[Block] = []
    last_row: Row | None = None
    left = min((r.x0 for r in rows), default=0.0)
    right = max((r.x1 for r in rows), default=0.0)
    for row in rows:
        line = to_line(row)
        if not line.text:
            continue
        full = last_row is not None and last_row.x1 >= right - 0.15 * max(1.0, right - left)
        if blocks and last_row is not None and _zone_continues(blocks[-1], last_row, row, line, full):
            blocks[-1].lines.append(line)
        else:
            blocks.append(Block(lines=[line], page=page, column=column, indent=round(row.x0 - left, 1),
                                list_label=_label(line.text)))
        last_row = row
    return blocks


def table_blocks(table: TableCells, page: int) -> list[Block]:
    """One block per non-empty cell, row by row; a two-column table also marks ``column``."""
    n = table.n_cols
    out = []
    for (r, c), rows in table.cells.items():
        lines = [ln for ln in (to_line(row) for row in rows) if ln.text]
        if lines:
            out.append(Block(lines=lines, page=page, column=c if n == 2 else None,
                             cell=CellRef(table.index, table.row_offset + r, c, n), list_label=_label(lines[0].text)))
    return out


def segment_blocks(segments: list[Segment], page: int, area: TextArea) -> list[Block]:
    """Blocks of one page in reading order: a zone's left column first, then its right column."""
    out: list[Block] = []
    for seg in segments:
        if seg.kind == "table" and seg.table is not None:
            out.extend(table_blocks(seg.table, page))
        elif seg.kind is None:
            out.extend(body_blocks(seg.rows, page, area))
        else:
            out.extend(zone_blocks(seg.left, page, 0))
            out.extend(zone_blocks(seg.right, page, 1))
    return out


def continues_across_pages(prev: Block, nxt: Block, area: TextArea) -> bool:
    """The first paragraph of a page goes on the last one of the page before (a sentence cut by the page break)."""
    if prev.column is not None or nxt.column is not None or not prev.lines or not nxt.lines:
        return False
    if prev.cell is not None or nxt.cell is not None:
        return False  # table cells go on as cells (same table index), not as paragraphs
    first, last = nxt.lines[0], prev.lines[-1]
    if starts_item(last.text, first.text) or (first.bold, first.italic) != (last.bold, last.italic):
        return False
    if _starts_lower(first.text):
        return True
    full = last.bbox is not None and last.bbox[2] >= area.right - 0.2 * area.width
    indented = first.bbox is not None and first.bbox[0] - area.left > 0.6 * (first.size or 12)
    return full and not indented and not last.text.endswith((".", ";", ":", "!", "?"))
