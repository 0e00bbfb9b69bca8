"""Read again, alone, the lines Tesseract's page layout tangled or nearly guessed.

Beside the signature block the left column ("- Như trên;", "- UBND tỉnh (để
báo cáo);") and the right one ("KT. CHỦ TỊCH") sit at staggered heights.
Tesseract's page segmentation (``--psm 3``) can then take two printed lines
and the title between them for one line twice as tall as the text, and read it
as "UBN sài Sa bái 262". Such a line is easy to see in the TSV (too tall, and
unsure); cut out of the page and read with ``--psm 6`` (one uniform block of
text) the same pixels come out right. A line of ordinary height that
Tesseract nearly guessed (a signer's name under the seal and the pen:
"ĐặngVăn Phú" at 2 %) is read again alone with ``--psm 7``: "Đặng Văn Phúc"
at 97 %. Only those lines are read again (at most four a page), so a clean
page costs nothing more.
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
# A line of ordinary height is re-read only when Tesseract was nearly guessing.
VERY_UNSURE = 40.0
# The second reading replaces the first only when it is this much surer (mean word conf).
GAIN = 10.0
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
    tall: bool = False

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
    """Lines worth a second reading: too tall for one printed line and unsure, or of
    ordinary height and very unsure (a name under the seal read as "ĐặngVăn Phú" at 2 %)."""
    lines = _lines(records)
    sure = sorted(ln.height for ln in lines if len(ln.words) >= 3 and ln.conf >= 85)
    if not sure:
        return []
    usual = sure[len(sure) // 2]
    bad = []
    for ln in lines:
        if sum(sum(c.isalpha() for c in w["text"]) >= 2 for w in ln.words) < 2:
            continue
        ln.tall = ln.height > TALL * usual
        if (ln.tall and ln.conf < UNSURE) or (not ln.tall and ln.conf < VERY_UNSURE):
            bad.append(ln)
    return sorted(bad, key=lambda ln: ln.conf)[:MAX_REGIONS]


def _cut(ln: _Line, width: int, height: int) -> tuple[int, int, int, int]:
    """The pixels to read again: a tall line's whole box; an ordinary line's lettered words
    only (a speck far to the right widens the box, and the reading goes wrong with it)."""
    if ln.tall:
        x0, y0, x1, y1 = ln.left, ln.top, ln.left + ln.width, ln.top + ln.height
    else:
        boxes = [_box(w) for w in ln.words if sum(c.isalnum() for c in w["text"]) >= 2] or [_box(w) for w in ln.words]
        x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
        x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
    pad = max(4, (y1 - y0) // 10)
    return max(0, x0 - pad), max(0, y0 - pad), min(width, x1 + pad), min(height, y1 + pad)


def reread(tsv: str, image, read: Reader, timeout: float) -> str:
    """``tsv`` with its tangled or unsure lines replaced by a second reading of their pixels.

    ``read(image, timeout, psm=N)`` is the page reader (``ocr.run_tesseract``):
    ``--psm 6`` (a block) for a tall line, ``--psm 7`` (one line) otherwise.
    Words of the new reading that touch the cut's top or bottom edge are halves
    of the lines above and below, and are dropped; so are words that overlap a
    word Tesseract already read on a line kept as it was. The second reading is
    kept only when Tesseract is surer of it than of the first.
    """
    records = list(csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE))
    bad = tangled_lines(records)
    if not bad:
        return tsv
    # Fragments Tesseract split off a tangle ("- n e 0 cao);" inside it) go with it.
    owned: dict[tuple[str, str, str], set[tuple[str, str, str]]] = {ln.key: {ln.key} for ln in bad}
    for ln in _lines(records):
        for b in bad:
            if b.tall and ln.key not in owned and _overlap(_line_box(ln), _line_box(b)) > 0.6:
                owned[b.key].add(ln.key)
    removed = set().union(*owned.values())

    def key(r: dict[str, str]) -> tuple[str, str, str]:
        return (r["block_num"], r["par_num"], r["line_num"])

    kept = [r for r in records if not (r["level"] == "5" and key(r) in removed)]
    kept_boxes = [_box(r) for r in kept if r["level"] == "5" and r["text"].strip()]
    next_block = max((int(r["block_num"]) for r in records if r["block_num"].isdigit()), default=0) + 1
    added: list[dict[str, str]] = []
    for n, ln in enumerate(bad):
        first = [r for r in records if r["level"] == "5" and key(r) in owned[ln.key]]
        x0, y0, x1, y1 = _cut(ln, image.width, image.height)
        try:
            text = read(image.crop((x0, y0, x1, y1)), timeout, psm=6 if ln.tall else 7)
        except Exception:  # the first reading stands when the second fails
            added.extend(first)
            continue
        second = []
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
            second.append({**r, "block_num": str(next_block + n), "left": str(left), "top": str(top)})
        added.extend(second if _mean_conf(second) > _mean_conf(first) + GAIN else first)
    out = [HEADER]
    for r in kept + added:
        out.append("\t".join(str(r.get(k, "")) for k in HEADER.split("\t")))
    return "\n".join(out) + "\n"


def _mean_conf(words: list[dict[str, str]]) -> float:
    lettered = [float(w["conf"]) for w in words if any(c.isalnum() for c in w["text"])]
    return sum(lettered) / len(lettered) if lettered else -1.0


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
