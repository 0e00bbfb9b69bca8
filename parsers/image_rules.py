"""Erase printed rules (underlines, the short rule under the motto) from a page image.

"Nơi nhận:" is printed underlined (NĐ 30, Phụ lục I: bold italic, underlined
in party documents). On a scan Tesseract's line finder then takes the
underline for the line and returns nothing for the words above it, so the
recipients list lost its label and was not read at all. A rule is a run of
dark pixels far longer than any letter stroke; only those runs are whitened,
so letters keep every pixel except where a descender crosses the rule.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

# A horizontal run this long (≈ 7 mm) is no letter stroke: the widest, a bold "Ư"
# or "M" at 14 pt, is under 3 mm, and letters are apart even in bold caps.
RULE_INCHES = 0.28
# Runs in a band this thick or thicker (≈ 1.3 mm) are a filled box, not a rule.
MAX_THICK_INCHES = 0.05
DARK = 128


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


def erase_rules(grey: Image.Image, dpi: float) -> Image.Image:
    """The page with horizontal rules turned to paper; the same image when there are none."""
    arr = np.asarray(grey)
    dark = arr < DARK
    rule = _runs_at_least(dark, max(8, round(RULE_INCHES * dpi)))
    if not rule.any():
        return grey
    # Keep filled areas (a black box, a photo): a rule is thin. Count, per rule pixel,
    # the rule pixels above and below within the thickness limit.
    thick = max(2, round(MAX_THICK_INCHES * dpi))
    rows = rule.any(axis=1)
    band_start = None
    keep = np.zeros_like(rule)
    for y in range(len(rows) + 1):
        on = y < len(rows) and rows[y]
        if on and band_start is None:
            band_start = y
        elif not on and band_start is not None:
            if y - band_start > thick:
                keep[band_start:y] = rule[band_start:y]
            band_start = None
    erase = rule & ~keep
    if not erase.any():
        return grey
    out = arr.copy()
    out[erase] = 255
    return Image.fromarray(out, mode="L")
