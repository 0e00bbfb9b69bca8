"""Table geometry: which cells a table really has, and whether it is a layout table.

Vietnamese documents lay out the header ("issuer | motto", "number | date")
and the signature area ("Nơi nhận | signer") as borderless two-column
tables. To mark those blocks left/right we need each cell's real position:
python-docx's ``row.cells`` repeats a merged cell once per grid column it
covers (the text would be read twice), and its grid often has extra columns
left by editing. Here each ``w:tc`` is visited once, vertically merged
continuation cells are skipped, and grid lines no cell edge uses are dropped.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from lxml import etree

from parsers.docx_styles import StyleSheet
from parsers.docx_xml import w, wattr

_INVISIBLE = {"nil", "none"}


@dataclass(frozen=True, slots=True, eq=False)
class Cell:
    tc: etree._Element
    row: int
    col: int  # first grid column, after dropping unused grid lines
    span: int
    index: int  # position among the row's cells
    merged: bool  # a vertical-merge continuation: its content belongs to the cell above
    x0: float  # left and right edge as a fraction of the table width (from w:tblGrid)
    x1: float
    filled: bool  # has text


@dataclass(slots=True)
class TableShape:
    cells: list[Cell]
    n_cols: int
    two_column: bool  # no row has more than two cells with text, and some row has two cells
    borderless: bool  # no visible vertical rule: a layout table, not a data table
    filled_in_row: dict[int, list[Cell]]

    def column(self, cell: Cell) -> int | None:
        """0 left / 1 right in a two-column layout table; None for a full-width cell or a data table.

        Two cells with text in a row are left and right whatever the grid
        says (an empty spacer column between issuer and motto is common); a
        lone cell is placed by where its middle falls.
        """
        if not (self.two_column and self.borderless):
            return None
        filled = self.filled_in_row.get(cell.row, [])
        if len(filled) == 2:
            for i, other in enumerate(filled):
                if other is cell:
                    return i
        if cell.x1 - cell.x0 >= 0.9:
            return None
        return 0 if (cell.x0 + cell.x1) / 2 < 0.5 else 1


def _children(el: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Rows or cells, also when wrapped in content controls or custom XML."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag == w("sdt"):
            content = child.find(w("sdtContent"))
            if content is not None:
                yield from _children(content, tag)
        elif child.tag == w("customXml"):
            yield from _children(child, tag)


def _int_val(el: etree._Element | None, default: int) -> int:
    val = wattr(el)
    return int(val) if val and val.isdigit() else default


def _grid_edges(tbl: etree._Element, needed: int) -> list[float]:
    """Cumulative x of each grid line as a fraction of the width (equal columns when widths are missing)."""
    grid = tbl.find(w("tblGrid"))
    widths = [_width(g) for g in grid.iterfind(w("gridCol"))] if grid is not None else []
    if len(widths) < needed or sum(widths) <= 0 or any(x <= 0 for x in widths[:needed]):
        widths = [1] * max(needed, 1)
    edges = [0.0]
    for width in widths:
        edges.append(edges[-1] + width)
    total = edges[needed] if needed < len(edges) and edges[needed] > 0 else edges[-1]
    return [e / total for e in edges]


def _width(el: etree._Element) -> int:
    val = wattr(el, "w") or ""
    try:
        return int(float(val))
    except ValueError:
        return 0


def _has_text(tc: etree._Element) -> bool:
    return any((t.text or "").strip() for t in tc.iter(w("t")))


def shape(tbl: etree._Element, styles: StyleSheet) -> TableShape:
    raw: list[tuple[int, int, int, int, etree._Element, bool]] = []  # row, start, span, index, tc, merged
    bounds: set[int] = {0}
    row_sizes: dict[int, int] = {}
    above: set[int] = set()  # grid starts of the previous row's cells
    for r, tr in enumerate(_children(tbl, w("tr"))):
        starts: set[int] = set()
        tr_pr = tr.find(w("trPr"))
        pos = _int_val(tr_pr.find(w("gridBefore")), 0) if tr_pr is not None else 0
        bounds.add(pos)
        index = 0
        for tc in _children(tr, w("tc")):
            tc_pr = tc.find(w("tcPr"))
            span = max(1, _int_val(tc_pr.find(w("gridSpan")), 1)) if tc_pr is not None else 1
            merged = False
            if tc_pr is not None:
                vmerge = tc_pr.find(w("vMerge"))
                hmerge = tc_pr.find(w("hMerge"))
                # A continuation with nothing above it to continue (broken files) is a cell of its own.
                merged = (vmerge is not None and wattr(vmerge) != "restart" and pos in above) or (
                    hmerge is not None and wattr(hmerge) != "restart")
            raw.append((r, pos, span, index, tc, merged))
            starts.add(pos)
            pos += span
            bounds.add(pos)
            index += 1
        row_sizes[r] = index
        above = starts
    ordered = sorted(bounds)
    where = {b: i for i, b in enumerate(ordered)}
    n_cols = max(1, len(ordered) - 1)
    edges = _grid_edges(tbl, ordered[-1])
    cells = [Cell(tc=tc, row=r, col=where[start], span=where[start + span] - where[start], index=index,
                  merged=merged, x0=edges[start], x1=edges[start + span], filled=not merged and _has_text(tc))
             for r, start, span, index, tc, merged in raw]
    filled_in_row: dict[int, list[Cell]] = {}
    for c in cells:
        if c.filled:
            filled_in_row.setdefault(c.row, []).append(c)
    most_filled = max((len(v) for v in filled_in_row.values()), default=0)
    return TableShape(
        cells=cells,
        n_cols=n_cols,
        two_column=most_filled <= 2 and (most_filled == 2 or max(row_sizes.values(), default=0) == 2),
        borderless=_borderless(tbl, cells, styles),
        filled_in_row=filled_in_row,
    )


def _visible(el: etree._Element | None) -> bool:
    return el is not None and (wattr(el) or "single") not in _INVISIBLE


def _edge(borders: list[etree._Element], *names: str) -> etree._Element | None:
    """The last stated border among ``names`` ("left"/"start") over the inheritance list."""
    found = None
    for el in borders:
        for name in names:
            edge = el.find(w(name))
            if edge is not None:
                found = edge
    return found


def _borderless(tbl: etree._Element, cells: list[Cell],
                styles: StyleSheet) -> bool:
    """True when no vertical rule is drawn (table style, table and cell borders resolved).

    Only vertical edges count: a header table may draw a rule under the issuer
    with a cell's bottom border and still be a layout table.
    """
    tbl_pr = tbl.find(w("tblPr"))
    style = wattr(tbl_pr.find(w("tblStyle"))) if tbl_pr is not None else None
    borders = styles.table_borders(style)
    direct = tbl_pr.find(w("tblBorders")) if tbl_pr is not None else None
    if direct is not None:
        borders = [*borders, direct]
    left = _edge(borders, "left", "start")
    right = _edge(borders, "right", "end")
    inside = _edge(borders, "insideV")
    rows: dict[int, list[Cell]] = {}
    for cell in cells:
        rows.setdefault(cell.row, []).append(cell)
    for row in rows.values():
        own = [_cell_edges(c) for c in row]
        if _visible(own[0][0] if own[0][0] is not None else left):
            return False
        if _visible(own[-1][1] if own[-1][1] is not None else right):
            return False
        for (_, a_right), (b_left, _) in pairwise(own):
            # Between two cells, a border a cell states beats the table's insideV.
            stated = [e for e in (a_right, b_left) if e is not None]
            if any(_visible(e) for e in stated) or (not stated and _visible(inside)):
                return False
    return True


def _cell_edges(cell: Cell) -> tuple[etree._Element | None, etree._Element | None]:
    tc_pr = cell.tc.find(w("tcPr"))
    tc_b = tc_pr.find(w("tcBorders")) if tc_pr is not None else None
    if tc_b is None:
        return None, None
    return _edge([tc_b], "left", "start"), _edge([tc_b], "right", "end")
