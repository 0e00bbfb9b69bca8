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


@dataclass(frozen=True, slots=True)
class Cell:
    tc: etree._Element
    row: int
    col: int  # first grid column, after dropping unused grid lines
    span: int
    index: int  # position among the row's cells
    merged: bool  # a vertical-merge continuation: its content belongs to the cell above


@dataclass(slots=True)
class TableShape:
    cells: list[Cell]
    n_cols: int
    two_column: bool  # every row has at most two cells and some row has two
    borderless: bool  # no visible vertical rule: a layout table, not a data table
    row_sizes: dict[int, int]

    def column(self, cell: Cell) -> int | None:
        """0 left / 1 right in a two-column layout table; None for a full-width cell or a data table."""
        if not (self.two_column and self.borderless):
            return None
        if self.row_sizes.get(cell.row, 0) == 2:
            return cell.index
        if cell.span >= self.n_cols:
            return None
        return 0 if cell.col == 0 else 1


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


def shape(tbl: etree._Element, styles: StyleSheet) -> TableShape:
    raw: list[tuple[int, int, int, int, etree._Element, bool]] = []  # row, start, span, index, tc, merged
    bounds: set[int] = {0}
    row_sizes: dict[int, int] = {}
    for r, tr in enumerate(_children(tbl, w("tr"))):
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
                merged = (vmerge is not None and wattr(vmerge) != "restart") or (
                    hmerge is not None and wattr(hmerge) != "restart")
            raw.append((r, pos, span, index, tc, merged))
            pos += span
            bounds.add(pos)
            index += 1
        row_sizes[r] = index
    ordered = sorted(bounds)
    where = {b: i for i, b in enumerate(ordered)}
    n_cols = max(1, len(ordered) - 1)
    cells = [Cell(tc=tc, row=r, col=where[start], span=where[start + span] - where[start], index=index,
                  merged=merged)
             for r, start, span, index, tc, merged in raw]
    sizes = list(row_sizes.values())
    return TableShape(
        cells=cells,
        n_cols=n_cols,
        two_column=bool(sizes) and max(sizes) == 2,
        borderless=_borderless(tbl, cells, styles),
        row_sizes=row_sizes,
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
