"""Plain text → Layout, including the light-markup crawl format.

The crawl format (web copies of official documents) marks table cells with
lines that are exactly ``|`` — the header table (issuer | motto, number |
date) and the footer table (Nơi nhận | signature) — and styles with
``**bold**``, ``*italic*``, ``__underline__``; footnote markers look like
``[1]``. Body lines are hard-wrapped; paragraphs are separated by blank lines.
Plain text without any of that is read the same way: a blank line ends a
paragraph, and a line that starts a list item or heading starts a new one.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from parsers.layout import Block, CellRef, Layout, Line, Page, Repair, Span
from parsers.legacy import repair_text
from parsers.textfix import clean, is_nfc

if TYPE_CHECKING:
    from parsers import Limits  # type only: the package imports its backends lazily

# A line that starts a new paragraph even without a blank line before it: list
# markers and headings (domain notes §6). Without this, "1. …" glued to the
# previous paragraph would hide a section from extract/.
_STARTS_ITEM = re.compile(
    r"^\s*(?:[IVXLC]+[.\-–]\s|\d+(?:\.\d+)*[.)\-–]\s|[a-zđ]\)\s|[-+•*–]\s|Điều\s+\d+|Phần\s|Chương\s|Mục\s"
    r"|Nơi nhận|Kính gửi)",
    re.IGNORECASE,
)
_FOOTNOTE = re.compile(r"\[\d{1,3}\]")
_RULE = re.compile(r"^[\s\-_–—=.~]{3,}$")
_MARK = re.compile(r"(\*\*|__|\*)")


def parse_text(path: Path, limits: Limits | None = None) -> Layout:
    """A plain-text or Markdown crawl; ``limits`` is not needed: ``load`` already capped the size."""
    raw = path.read_bytes()
    text, repairs = _decode(raw)
    return layout_from_text(text, filename=path.name, repairs=repairs)


def _decode(raw: bytes) -> tuple[str, list[Repair]]:
    repairs: list[Repair] = []
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        # Old office files saved as "ANSI": cp1258 holds TCVN3/VNI bytes as Latin letters.
        text = raw.decode("cp1252", errors="replace")
        repairs.append(Repair("decode", "not UTF-8: read as Windows-1252", 1))
    if not is_nfc(text):
        repairs.append(Repair("nfc", "decomposed (NFD) text normalised to NFC", 1))
    text, legacy = repair_text(text)
    repairs.extend(legacy)
    return text, repairs


def layout_from_text(text: str, filename: str = "text.txt", repairs: list[Repair] | None = None) -> Layout:
    """Turn (already decoded) text into a one-page Layout."""
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks: list[Block] = []
    table_index = -1
    for segment, is_cell, cell_no in _segments(raw_lines):
        if is_cell:
            if cell_no == 0:
                table_index += 1
            ref = CellRef(table=table_index, row=cell_no // 2, col=cell_no % 2)
            for para in _paragraphs(segment, cell=True):
                blocks.append(Block(lines=para, column=ref.col, cell=ref))
        else:
            for para in _paragraphs(segment, cell=False):
                blocks.append(Block(lines=para))
    for i, b in enumerate(blocks):
        b.order = i
    return Layout(filename=filename, media_type="text/plain", pages=[Page(number=1, blocks=blocks)],
                  page_count=None, repairs=list(repairs or []))


def _segments(lines: list[str]):
    """Yield (lines, is_cell, cell_number_in_table).

    Cells sit between ``|`` lines, two to a row; a row ends with two bars in a
    row (``|`` closing, ``|`` opening the next). When a row is complete and the
    next bar is followed by text rather than another bar, that text is the body
    between the header and footer tables, and the bar after it opens the next
    table.
    """
    bars = [i for i, ln in enumerate(lines) if ln.strip() == "|"]
    if not bars:
        yield lines, False, 0
        return
    if bars[0] > 0:
        yield lines[:bars[0]], False, 0
    cells = 0
    row_break = True  # an empty stretch between two bars: a new row may follow
    for a, b in zip(bars, [*bars[1:], len(lines)], strict=True):
        inner = _strip_blank(lines[a + 1:b])
        if not inner:
            row_break = True
            continue
        if b == len(lines) or (cells and cells % 2 == 0 and not row_break):
            yield lines[a + 1:b], False, 0
            cells, row_break = 0, True
            continue
        yield inner, True, cells
        cells += 1
        row_break = False


def _strip_blank(lines: list[str]) -> list[str]:
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


def _paragraphs(lines: list[str], cell: bool) -> list[list[Line]]:
    """Group raw lines into paragraphs of styled Lines."""
    out: list[list[Line]] = []
    current: list[Line] = []
    open_marks: set[str] = set()
    blank_before = False
    body = _strip_blank(lines)
    dense = not cell and not any(not ln.strip() for ln in body)  # paragraphs not separated by blank lines
    for raw in lines:
        stripped = raw.strip()
        if not stripped:
            blank_before = True
            continue
        if _RULE.match(stripped):  # drawn rules under the motto, issuer, subject
            if current:
                out.append(current)
                current = []
            blank_before = True
            continue
        closes_open = bool(open_marks) and any(m in stripped for m in open_marks)
        if not closes_open:
            open_marks = set()  # a marker left open by crawl noise ("*Nơi nhận**:*") ends with its line
        line, open_marks = _styled_line(stripped, open_marks)
        if not line.text:
            continue
        if current and _breaks(current[-1].text, line.text, cell=cell, blank_before=blank_before,
                               continued=closes_open, dense=dense):
            out.append(current)
            current = []
        current.append(line)
        blank_before = False
    if current:
        out.append(current)
    return out


def _breaks(prev: str, line: str, *, cell: bool, blank_before: bool,
            continued: bool, dense: bool) -> bool:
    """Does ``line`` start a new paragraph after ``prev``?"""
    if continued:
        return False  # a bold/italic run wrapped over two lines ("**CỘNG HÒA …\nCHỦ NGHĨA …**")
    if cell:
        return True  # header/footer cells: every printed line is its own unit
    if _STARTS_ITEM.match(line) or line == "*" or prev == "*":
        return True
    starts_upper = line[:1].isupper() or line[:1].isdigit() or line[:1] in "“\"("
    if blank_before:
        # A blank line ends a paragraph, unless the text goes on in lower case
        # (a page break inside a sentence in copied text).
        return starts_upper
    if not dense or not starts_upper:
        return False  # hard wrap: a sentence may well end at a line end and go on below
    # Text that does not separate paragraphs by blank lines (some web copies):
    # a paragraph's first line is short (it was indented), and it follows a
    # line that ends a sentence or is itself short (a paragraph's last line).
    return len(line) < 45 and (prev.endswith((".", ";", ":", "!", "?")) or len(prev) < 45)


def _styled_line(raw: str, open_marks: set[str]) -> tuple[Line, set[str]]:
    """Strip ``**``/``*``/``__`` markers, keeping which parts were bold/italic/underlined.

    A run opened on one line and closed on a later one (a bold issuer name
    wrapped over two lines) carries its style across the wrap.
    """
    text = _FOOTNOTE.sub("", raw)
    spans: list[Span] = []
    active = set(open_marks)
    for piece in _MARK.split(text):
        if piece in ("**", "__", "*"):
            active ^= {piece}
            continue
        if piece:
            spans.append(Span(piece, bold="**" in active, italic="*" in active, underline="__" in active))
    plain = clean("".join(s.text for s in spans))
    letters = [s for s in spans if any(c.isalpha() for c in s.text)]
    line = Line(
        text=plain,
        bold=bool(letters) and all(s.bold for s in letters),
        italic=bool(letters) and all(s.italic for s in letters),
        underline=bool(letters) and all(s.underline for s in letters),
        spans=[Span(clean(s.text), s.bold, s.italic, s.underline) for s in spans if clean(s.text)],
    )
    return line, active
