"""Ruled tables: cells from the drawn borders, one block per cell.

A task table in an appendix ("STT | Nội dung | Chủ trì | Phối hợp | Thời
gian") wraps every cell on its own; read row by row its lines interleave
("Kiểm tra an toàn hồ, đập Sở Nông nghiệp Sở Công Thương; Trước ngày").
When the borders are drawn (vertical strokes spanning the same height, at
three x positions or more), every word goes to the cell its centre falls in
and each cell becomes a block with :class:`~parsers.layout.CellRef`.
Borderless tables are left to the row-wise reading (one block per row).
"""

from __future__ import annotations

from dataclasses import dataclass

from parsers.pdf_lines import Row, group_rows, make_row
from parsers.pdf_words import PageInfo, Rule, Word

_SNAP = 2.0  # strokes closer than this are one border


@dataclass(slots=True)
class Grid:
    """A table's borders: column edges (x) and row edges (y), left to right, top to bottom."""

    xs: list[float]
    ys: list[float]

    @property
    def top(self) -> float:
        return self.ys[0]

    @property
    def bottom(self) -> float:
        return self.ys[-1]

    def contains(self, w: Word) -> bool:
        cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
        return self.xs[0] <= cx <= self.xs[-1] and self.ys[0] <= cy <= self.ys[-1]

    def cell_of(self, w: Word) -> tuple[int, int]:
        cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
        return _slot(self.ys, cy), _slot(self.xs, cx)


@dataclass(slots=True)
class TableCells:
    """The words of one table, cell by cell: ``cells[(row, col)]`` = rows of text in reading order."""

    grid: Grid
    cells: dict[tuple[int, int], list[Row]]
    index: int = 0  # the table's number in the document (set by the backend)
    row_offset: int = 0  # rows already seen when the table goes on from the page before

    def same_columns(self, other: TableCells) -> bool:
        """The same table going on over a page break: same column edges."""
        a, b = self.grid.xs, other.grid.xs
        return len(a) == len(b) and all(abs(x - y) <= _SNAP for x, y in zip(a, b, strict=True))

    @property
    def n_cols(self) -> int:
        return len(self.grid.xs) - 1


def _slot(edges: list[float], v: float) -> int:
    for i in range(len(edges) - 1):
        if v <= edges[i + 1]:
            return i
    return len(edges) - 2


def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _SNAP:
            out.append(v)
    return out


def find_grids(info: PageInfo) -> list[Grid]:
    """Tables on a page from its vertical and horizontal strokes."""
    verticals = sorted(info.vrules, key=lambda r: r[1])
    clusters: list[list[Rule]] = []
    for rule in verticals:  # strokes that overlap in height belong to one table
        if clusters and rule[1] <= max(r[2] for r in clusters[-1]) + _SNAP:
            clusters[-1].append(rule)
        else:
            clusters.append([rule])
    grids = []
    for cluster in clusters:
        xs = _snap([r[0] for r in cluster])
        if len(xs) < 3:
            continue  # one or two strokes: a box or a margin line, not a table
        top, bottom = min(r[1] for r in cluster), max(r[2] for r in cluster)
        width = xs[-1] - xs[0]
        ys = _snap([y for x0, x1, y in info.hrules
                    if top - _SNAP <= y <= bottom + _SNAP and min(x1, xs[-1]) - max(x0, xs[0]) >= 0.8 * width])
        if not ys or ys[0] - top > _SNAP:
            ys.insert(0, top)
        if bottom - ys[-1] > _SNAP:
            ys.append(bottom)
        grids.append(Grid(xs, ys))
    return grids


def carve(rows: list[Row], grids: list[Grid]) -> list[list[Row] | TableCells]:
    """Cut a page's rows into runs of ordinary rows and tables, top to bottom."""
    if not grids:
        return [rows]
    grids = sorted(grids, key=lambda g: g.top)
    tables = [TableCells(g, {}) for g in grids]
    pieces: list[list[Row] | TableCells] = []
    current: list[Row] = []
    placed: set[int] = set()
    loose: dict[int, list[Word]] = {i: [] for i in range(len(tables))}
    for row in rows:
        inside = [next((i for i, g in enumerate(grids) if g.contains(w)), None) for w in row.words]
        outside = [w for w, i in zip(row.words, inside, strict=True) if i is None]
        for w, i in zip(row.words, inside, strict=True):
            if i is not None:
                loose[i].append(w)
        hit = [i for i in inside if i is not None]
        if hit and hit[0] not in placed:
            if current:
                pieces.append(current)
                current = []
            pieces.append(tables[hit[0]])
            placed.add(hit[0])
        if outside:
            current.append(row if len(outside) == len(row.words) else make_row(outside))
    if current:
        pieces.append(current)
    for i, table in enumerate(tables):
        by_cell: dict[tuple[int, int], list[Word]] = {}
        for w in loose[i]:
            by_cell.setdefault(table.grid.cell_of(w), []).append(w)
        table.cells = {k: group_rows(v) for k, v in sorted(by_cell.items())}
    return [p for p in pieces if not isinstance(p, TableCells) or p.cells]
