"""Read again, as a plain block, the lines Tesseract's page layout tangled.

Beside the signature block the left column ("- Như trên;", "- UBND tỉnh (để
báo cáo);") and the right one ("KT. CHỦ TỊCH") sit at staggered heights.
Tesseract's page segmentation (``--psm 3``) can then take two printed lines
and the title between them for one line twice as tall as the text, and read it
as "UBN sài Sa bái 262". Such a line is easy to see in the TSV (too tall, and
unsure); cut out of the page and read with ``--psm 6`` (one uniform block of
text) the same pixels come out right. Only those lines are read again, so a
clean page costs nothing more.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass

# A line this much taller than the page's usual line holds more than one printed line.
TALL = 1.6
# ...and is re-read only when Tesseract was unsure of it (printed lines score 80–97).
UNSURE = 70.0
# At most this many regions a page: a page of seal and signature strokes must not
# cost a dozen extra Tesseract runs.
MAX_REGIONS = 4
HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"

Reader = Callable[..., str]


@dataclass
class _Line:
    key: tuple[str, str, str]
    left: int
    top: int
    width: int
    height: int
    words: list[dict[str, str]]

    @property
    def conf(self) -> float:
        lettered = [float(w["conf"]) for w in self.words if any(c.isalnum() for c in w["text"])]
        return sum(lettered) / len(lettered) if lettered else 0.0


def _lines(records: list[dict[str, str]]) -> list[_Line]:
    lines: dict[tuple[str, str, str], _Line] = {}
    for r in records:
        key = (r["block_num"], r["par_num"], r["line_num"])
        if r["level"] == "4":
            lines[key] = _Line(key, int(r["left"]), int(r["top"]), int(r["width"]), int(r["height"]), [])
        elif r["level"] == "5" and r["text"].strip() and key in lines:
            lines[key].words.append(r)
    return [ln for ln in lines.values() if ln.words]


def tangled_lines(records: list[dict[str, str]]) -> list[_Line]:
    """Lines too tall for one printed line and read with little confidence."""
    lines = _lines(records)
    sure = sorted(ln.height for ln in lines if len(ln.words) >= 3 and ln.conf >= 85)
    if not sure:
        return []
    usual = sure[len(sure) // 2]
    bad = [ln for ln in lines if ln.height > TALL * usual and ln.conf < UNSURE
           and sum(sum(c.isalpha() for c in w["text"]) >= 2 for w in ln.words) >= 2]
    return sorted(bad, key=lambda ln: ln.conf)[:MAX_REGIONS]


def reread(tsv: str, image, read: Reader, timeout: float) -> str:
    """``tsv`` with its tangled lines replaced by a ``--psm 6`` reading of their pixels.

    ``read(image, timeout, psm=6)`` is the page reader (``ocr.run_tesseract``).
    Words of the new reading that touch the cut's top or bottom edge are halves
    of the lines above and below, and are dropped; so are words that overlap a
    word Tesseract already read on a line kept as it was.
    """
    records = list(csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE))
    bad = tangled_lines(records)
    if not bad:
        return tsv
    bad_keys = {ln.key for ln in bad}
    # Fragments Tesseract split off the tangle ("- n e 0 cao);" inside it) go with it.
    for ln in _lines(records):
        if ln.key not in bad_keys and any(_overlap(_line_box(ln), _line_box(b)) > 0.6 for b in bad):
            bad_keys.add(ln.key)
    kept = [r for r in records
            if not (r["level"] == "5" and (r["block_num"], r["par_num"], r["line_num"]) in bad_keys)]
    kept_boxes = [_box(r) for r in kept if r["level"] == "5" and r["text"].strip()]
    next_block = max((int(r["block_num"]) for r in records if r["block_num"].isdigit()), default=0) + 1
    added: list[dict[str, str]] = []
    for n, ln in enumerate(bad):
        pad = max(4, ln.height // 10)
        x0, y0 = max(0, ln.left - pad), max(0, ln.top - pad)
        x1, y1 = min(image.width, ln.left + ln.width + pad), min(image.height, ln.top + ln.height + pad)
        try:
            text = read(image.crop((x0, y0, x1, y1)), timeout, psm=6)
        except Exception:  # the first reading stands when the second fails
            added.extend(r for r in records if r["level"] == "5"
                         and (r["block_num"], r["par_num"], r["line_num"]) == ln.key)
            continue
        for r in csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE):
            if r["level"] != "5" or not (r.get("text") or "").strip():
                continue
            left, top = int(r["left"]) + x0, int(r["top"]) + y0
            w, h = int(r["width"]), int(r["height"])
            if top <= y0 + 2 or top + h >= y1 - 2:
                continue  # half a letter of the line above or below
            box = (left, top, left + w, top + h)
            if any(_overlap(box, k) > 0.3 for k in kept_boxes):
                continue  # read already, on a line that was fine
            added.append({**r, "block_num": str(next_block + n), "left": str(left), "top": str(top)})
    out = [HEADER]
    for r in kept + added:
        out.append("\t".join(str(r.get(k, "")) for k in HEADER.split("\t")))
    return "\n".join(out) + "\n"


def _line_box(ln: _Line) -> tuple[int, int, int, int]:
    return (ln.left, ln.top, ln.left + ln.width, ln.top + ln.height)


def _box(r: dict[str, str]) -> tuple[int, int, int, int]:
    left, top = int(r["left"]), int(r["top"])
    return (left, top, left + int(r["width"]), top + int(r["height"]))


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    """Intersection over the smaller box."""
    ix = max(0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0, min(a[3], b[3]) - max(a[1], b[1]))
    small = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1])) or 1
    return ix * iy / small
