"""A page's rows → segments: ruled tables first, then full-width runs and two-column zones.

Shared by the PDF backend and OCR (a scanned table's borders are found in the
image), so both give a table's words to its cells the same way.
"""

from __future__ import annotations

from parsers.pdf_columns import Segment, split_columns
from parsers.pdf_lines import Row
from parsers.pdf_tables import TableCells, carve, find_grids
from parsers.pdf_words import PageInfo


class TableCounter:
    """Numbers ruled tables over the document; a table going on over a page break keeps its number."""

    def __init__(self) -> None:
        self.count = 0
        self.last: TableCells | None = None

    def place(self, table: TableCells, first_on_page: bool) -> None:
        if first_on_page and self.last is not None and table.same_columns(self.last):
            table.index = self.last.index
            table.row_offset = self.last.row_offset + max(r for r, _ in self.last.cells) + 1
        else:
            table.index = self.count
            self.count += 1
        self.last = table


def page_segments(rows: list[Row], info: PageInfo, tables: TableCounter) -> list[Segment]:
    """Ruled tables carved out first (their borders say where cells are), the rest by columns."""
    pieces = carve(rows, find_grids(info)) if info.vrules else [rows]
    out: list[Segment] = []
    for k, piece in enumerate(pieces):
        if isinstance(piece, TableCells):
            tables.place(piece, first_on_page=k == 0)
            out.append(Segment(kind="table", table=piece))
        else:
            out.extend(split_columns(piece, info, top_of_page=k == 0))
    if not pieces or not isinstance(pieces[-1], TableCells):
        tables.last = None  # text after the table: a table on the next page is a new one
    return out
