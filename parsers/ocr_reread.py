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
at 97 %. On a page with coloured ink, a name-like line with an unsure word
is also read on a second image of the page where print crossed by a seal
stroke stays dark (``image_prep``), and the readings are merged word by word.
Only those lines are read again (at most four a page), so a clean page costs
nothing more.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass

from parsers.tess_api import HEADER  # Tesseract's TSV columns, one definition

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

Reader = Callable[..., str]


@dataclass
class _Line:
    key: tuple[str, ...]  # Tesseract's (block, par, line), plus the part's number when cut
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


def _name_like(ln: _Line) -> bool:
    """A signer's name as Tesseract may garble it under the seal: 2–5 words, the first
    capitalised, no digits, not a CAPS title ("Đặn tán Phú", "Ngo Thị [lồng Nhung")."""
    texts = [w["text"] for w in ln.words]
    joined = " ".join(texts)
    return (2 <= len(texts) <= 5 and texts[0][:1].isupper() and not any(c.isdigit() for c in joined)
            and not joined.isupper())


def _parts(ln: _Line) -> list[_Line]:
    """A Tesseract line cut at wide gaps: the two signers' names side by side are one
    Tesseract line ("Lương Văn Thành    Ngo Thị [lồng Nhung") but two printed ones."""
    groups: list[list[dict[str, str]]] = [[ln.words[0]]]
    for prev, w in zip(ln.words, ln.words[1:], strict=False):
        if int(w["left"]) - (int(prev["left"]) + int(prev["width"])) > 2 * ln.height:
            groups.append([])
        groups[-1].append(w)
    if len(groups) == 1:
        return [ln]
    out = []
    for k, g in enumerate(groups):
        boxes = [_box(w) for w in g]
        x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
        out.append(_Line((*ln.key, str(k)), x0, y0, max(b[2] for b in boxes) - x0,
                         max(b[3] for b in boxes) - y0, g))
    return out


def tangled_lines(records: list[dict[str, str]], seal: bool = False) -> list[_Line]:
    """Lines worth a second reading: too tall for one printed line and unsure, or of
    ordinary height and very unsure (a name under the seal read as "ĐặngVăn Phú" at 2 %),
    or, on a page with a seal (``seal``), a name-like line with an unsure word."""
    lines = _lines(records)
    sure = sorted(ln.height for ln in lines if len(ln.words) >= 3 and ln.conf >= 85)
    if not sure:
        return []
    usual = sure[len(sure) // 2]
    bad = []
    for whole in lines:
        tall = whole.height > TALL * usual
        for ln in [whole] if tall else _parts(whole):
            if sum(sum(c.isalpha() for c in w["text"]) >= 2 for w in ln.words) < 2:
                continue
            ln.tall = tall
            unsure_name = seal and _name_like(ln) and min(float(w["conf"]) for w in ln.words) < UNSURE
            if (tall and ln.conf < UNSURE) or (not tall and (ln.conf < VERY_UNSURE or unsure_name)):
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


def reread(tsv: str, image, read: Reader, timeout: float, alt=None, read_many: Reader | None = None) -> str:
    """``tsv`` with its tangled or unsure lines replaced by a second reading of their pixels.

    ``read(image, timeout, psm=N)`` is the page reader (``ocr.run_tesseract``), and
    ``read_many(images, timeout, psm=N)`` the same for several images in one run
    (``ocr.run_tesseract_many``; without it each cut is read on its own):
    ``--psm 6`` (a block) for a tall line, ``--psm 7`` (one line) otherwise.
    Words of the new reading that touch the cut's top or bottom edge are halves
    of the lines above and below, and are dropped; so are words that overlap a
    word Tesseract already read on a line kept as it was. The second reading is
    kept only when Tesseract is surer of it than of the first.

    ``alt`` is the same page with print crossed by seal strokes kept dark
    (``Prepared.alt``): an ordinary line is read on both, and on such a page an
    unsure name-like line is read again too; the surest reading wins.
    """
    records = list(csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE))
    bad = tangled_lines(records, seal=alt is not None)
    if not bad:
        return tsv
    # Fragments Tesseract split off a tangle ("- n e 0 cao);" inside it) go with it.
    owned: list[list[dict[str, str]]] = [list(ln.words) for ln in bad]
    taken = {id(w) for ln in bad for w in ln.words}
    for other in _lines(records):
        for k, b in enumerate(bad):
            if b.tall and not any(id(w) in taken for w in other.words) \
                    and _overlap(_line_box(other), _line_box(b)) > 0.6:
                owned[k].extend(other.words)
                taken.update(id(w) for w in other.words)
    kept = [r for r in records if id(r) not in taken]
    kept_boxes = [_box(r) for r in kept if r["level"] == "5" and r["text"].strip()]
    next_block = max((int(r["block_num"]) for r in records if r["block_num"].isdigit()), default=0) + 1
    # Every cut of the page, read in one run per mode: with the tesseract command, starting
    # it and loading its Vietnamese model costs ~75 ms, as much as reading a short line.
    cuts = [_cut(ln, image.width, image.height) for ln in bad]
    jobs: dict[int, list[tuple[int, object]]] = {}  # psm → [(line index, crop)]
    for n, ln in enumerate(bad):
        for page in (image, alt) if alt is not None and not ln.tall else (image,):
            jobs.setdefault(6 if ln.tall else 7, []).append((n, page.crop(cuts[n])))
    readings: list[list[list[dict[str, str]]]] = [[first] for first in owned]
    for psm, todo in jobs.items():
        try:
            texts = (read_many([crop for _, crop in todo], timeout, psm=psm) if read_many
                     else [read(crop, timeout, psm=psm) for _, crop in todo])
        except Exception:  # the first reading stands when the second fails
            continue
        for (n, _), text in zip(todo, texts, strict=True):
            readings[n].append(_placed(text, cuts[n], kept_boxes, str(next_block + n), edges=bad[n].tall))
    added = [w for r in readings for w in _best(r)]
    out = [HEADER]
    for r in kept + added:
        out.append("\t".join(str(r.get(k, "")) for k in HEADER.split("\t")))
    return "\n".join(out) + "\n"


def _placed(text: str, cut: tuple[int, int, int, int], kept_boxes: list, block: str,
            edges: bool = True) -> list[dict[str, str]]:
    """The words of a cut's reading, in page pixels, without words read already elsewhere
    and, with ``edges`` (a tall cut), without halves of the lines above or below (words
    touching the cut's top or bottom). A one-line cut is tight around its own words, whose
    dots and hooks reach its edges ("Thị")."""
    x0, y0, _, y1 = cut
    out = []
    for r in csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE):
        if r["level"] != "5" or not (r.get("text") or "").strip():
            continue
        left, top = int(r["left"]) + x0, int(r["top"]) + y0
        w, h = int(r["width"]), int(r["height"])
        if edges and (top <= y0 + 2 or top + h >= y1 - 2):
            continue
        box = (left, top, left + w, top + h)
        if any(_overlap(box, k) > 0.3 for k in kept_boxes):
            continue
        out.append({**r, "block_num": block, "left": str(left), "top": str(top)})
    return out


def _best(readings: list[list[dict[str, str]]]) -> list[dict[str, str]]:
    """The surest reading of a line; word by word when the readings have the same words in
    the same places (each word over its counterpart).

    Under the seal each reading loses a different letter ("Ngo Thị [lồng Nhung"
    on the page, "go Thị Hồng Nhung" where crossings stay dark): word by word,
    the surer word of each place wins. A new reading must beat the first by
    ``GAIN`` on the mean, or in a word's place.
    """
    first = readings[0]
    if len(readings) > 1 and all(len(r) == len(first) and r and _aligned(first, r) for r in readings):
        merged = []
        for k, word in enumerate(first):
            pick = max((r[k] for r in readings[1:]), key=lambda w: float(w["conf"]))
            if float(pick["conf"]) > float(word["conf"]) + GAIN:
                # one printed line: the picked word takes the line keys of the first reading
                word = {**pick, **{key: word[key] for key in ("block_num", "par_num", "line_num")}}
            merged.append(word)
        return merged
    best, best_conf = first, _mean_conf(first) + GAIN
    for words in readings[1:]:
        if _mean_conf(words) > best_conf:
            best, best_conf = words, _mean_conf(words)
    return best


def _aligned(a: list[dict[str, str]], b: list[dict[str, str]]) -> bool:
    """Each word of ``a`` lies over the word of ``b`` in its place (half the narrower, or more)."""
    for u, v in zip(a, b, strict=True):
        (ux0, _, ux1, _), (vx0, _, vx1, _) = _box(u), _box(v)
        if min(ux1, vx1) - max(ux0, vx0) < 0.5 * max(1, min(ux1 - ux0, vx1 - vx0)):
            return False
    return True


def _mean_conf(words: list[dict[str, str]]) -> float:
    """Mean confidence over every mark read: a reading full of unsure strokes is unsure."""
    confs = [float(w["conf"]) for w in words]
    return sum(confs) / len(confs) if confs else -1.0


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
