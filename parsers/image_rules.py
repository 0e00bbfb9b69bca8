"""Find and erase drawn rules (underlines, table borders, the rule under the motto) on a page image.

"Nơi nhận:" is printed underlined (NĐ 30, Phụ lục I: bold italic, underlined
in party documents). On a scan Tesseract's line finder then takes the
underline for the line and returns nothing for the words above it, so the
recipients list lost its label and was not read at all. A rule is a run of
dark pixels far longer than any letter stroke; only those runs are whitened,
so letters keep every pixel except where a descender crosses the rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PIL import Image

# A horizontal run this long (≈ 7 mm) is no letter stroke: the widest, a bold "Ư"
# or "M" at 14 pt, is under 3 mm, and letters are apart even in bold caps.
RULE_INCHES = 0.28
# Runs in a band this thick or thicker (≈ 1.3 mm) are a filled box, not a rule.
MAX_THICK_INCHES = 0.05
DARK = 128
# Pieces of one border this far apart (≈ 25 mm) are one rule with a faded stretch or a seal over it.
JOIN_INCHES = 1.0


def _runs_at_least(dark: np.ndarray, length: int) -> np.ndarray:
    """Pixels that belong to a horizontal run of dark pixels at least ``length`` long."""
    h, w = dark.shape
    if length > w:
        return np.zeros_like(dark)
    csum = np.zeros((h, w + 1), dtype=np.int32)
    np.cumsum(dark, axis=1, out=csum[:, 1:])
    starts = (csum[:, length:] - csum[:, :-length]) == length  # window [x, x+length) all dark
    cover = np.zeros((h, w + 1), dtype=np.int32)
    cover[:, : w - length + 1] += starts
    cover[:, length: w + 1] -= starts
    return np.cumsum(cover[:, :w], axis=1) > 0


@dataclass
class Rules:
    """The rules found on a page, in its pixels: horizontal (x0, x1, y), vertical (x, top, bottom)."""

    horizontal: list[tuple[float, float, float]] = field(default_factory=list)
    vertical: list[tuple[float, float, float]] = field(default_factory=list)

    def scaled(self, factor: float) -> Rules:
        return Rules([(a * factor, b * factor, c * factor) for a, b, c in self.horizontal],
                     [(a * factor, b * factor, c * factor) for a, b, c in self.vertical])


def _thin(rule: np.ndarray, thick: int) -> np.ndarray:
    """Rule pixels in bands of rows no thicker than ``thick`` (a filled box is not a rule)."""
    rows = rule.any(axis=1)
    keep = np.zeros_like(rule)
    band_start = None
    for y in range(len(rows) + 1):
        on = y < len(rows) and rows[y]
        if on and band_start is None:
            band_start = y
        elif not on and band_start is not None:
            if y - band_start <= thick:
                keep[band_start:y] = rule[band_start:y]
            band_start = None
    return keep


def _segments(rule: np.ndarray) -> list[tuple[float, float, float]]:
    """Each thin band of rule rows as (x0, x1, y) runs: one per stretch of columns."""
    out: list[tuple[float, float, float]] = []
    rows = np.flatnonzero(rule.any(axis=1))
    if not len(rows):
        return out
    bands = np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1)
    for band in bands:
        cols = rule[band[0]: band[-1] + 1].any(axis=0)
        xs = np.flatnonzero(cols)
        for run in np.split(xs, np.flatnonzero(np.diff(xs) > 1) + 1):
            out.append((float(run[0]), float(run[-1] + 1), float((band[0] + band[-1] + 1) / 2)))
    return out


def _join(segments: list[tuple[float, float, float]], gap: float, drift: float) -> list[tuple[float, float, float]]:
    """One rule from pieces on one line: a scanned border fades in places (uneven light, JPEG)
    and comes out as pieces; only pieces already too long for a letter are joined."""
    out: list[tuple[float, float, float]] = []
    for x0, x1, y in sorted(segments, key=lambda s: (round(s[2] / drift), s[0])):
        if out and abs(out[-1][2] - y) <= drift and x0 - out[-1][1] <= gap:
            px0, px1, py = out[-1]
            out[-1] = (px0, max(px1, x1), (py + y) / 2)
        else:
            out.append((x0, x1, y))
    return out


def _rows_with_runs(dark: np.ndarray, length: int) -> np.ndarray:
    """:func:`_runs_at_least` on the rows that have ``length`` dark pixels at all (most do
    not: margins, gaps between lines), the others left empty."""
    rows = np.flatnonzero(np.count_nonzero(dark, axis=1) >= length)
    out = np.zeros_like(dark)
    if len(rows):
        out[rows] = _runs_at_least(dark[rows], length)
    return out


def erase_rules(grey: Image.Image, dpi: float) -> tuple[Image.Image, Rules]:
    """The page with its drawn rules turned to paper, and the rules (for table cells).

    Vertical rules (table borders) go too: Tesseract reads them as "|" or "I"
    glued to the words of the cell.
    """
    arr = np.asarray(grey)
    dark = arr < DARK
    length = max(8, round(RULE_INCHES * dpi))
    thick = max(2, round(MAX_THICK_INCHES * dpi))
    horizontal = _thin(_rows_with_runs(dark, length), thick)
    rows = np.flatnonzero(horizontal.any(axis=1))
    vertical = np.zeros_like(dark)
    # A table's borders stand between its top and bottom rules: without two horizontal
    # rules that far apart there is no table, and the vertical pass (half the cost) is skipped.
    if len(rows) and rows[-1] - rows[0] >= length:
        top, bottom = max(0, rows[0] - thick), min(len(dark), rows[-1] + thick + 1)
        vertical[top:bottom] = _thin(_rows_with_runs(np.ascontiguousarray(dark[top:bottom].T), length), thick).T
    if not len(rows) and not vertical.any():
        return grey, Rules()
    gap, drift = JOIN_INCHES * dpi, max(3.0, 0.015 * dpi)
    rules = Rules(_join(_segments(horizontal), gap, drift),
                  [(x, top, bottom) for top, bottom, x in _join(_segments(vertical.T), gap, drift)])
    out = arr.copy()
    out[horizontal | vertical] = 255
    return Image.fromarray(out, mode="L"), rules
