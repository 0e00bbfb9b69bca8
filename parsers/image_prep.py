"""Page preparation before Tesseract: one grey page at ~300 dpi, upright, even, clean.

Tesseract's own binarisation (Otsu over the whole page) fails in the ways real
scans of Vietnamese official documents fail: the red seal over the signer's
name turns black and swallows it, a phone photo's shadow turns a corner black,
a 1–2° skew breaks the two-column header into crossed lines, and JPEG/scan
noise breeds stray marks that Tesseract reads as tone marks (the stack notes
measured 27 % CER on a noisy page, 1.3 % after a 3×3 median). Each step below
answers one of these; each is cheap (Pillow + numpy, under a tenth of
Tesseract's time on a page), together ≈ 0.2 s of CPU a page, about a quarter
of Tesseract's own (``bench/ocr.py`` reports it as the gap between vanban's
and bare Tesseract's CPU seconds per page).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageChops, ImageFilter, ImageOps

from parsers.image_rules import Rules, erase_rules

TARGET_DPI = 300
A4_WIDTH_IN = 8.27  # the regulation's paper (domain notes §1): used when an image carries no dpi


@dataclass(slots=True)
class Prepared:
    image: Image.Image  # mode "L", TARGET_DPI
    scale: float  # prepared pixels per source pixel
    angle: float  # degrees the page was turned to make it upright (counter-clockwise positive)
    denoised: bool
    rules: Rules = field(default_factory=Rules)  # drawn rules erased from the image, in its pixels
    # The same page with print crossed by seal strokes kept dark (None without coloured ink):
    # for a second reading of unsure lines only.
    alt: Image.Image | LazyPage | None = None  # made on first use (see LazyPage)


def source_dpi(image: Image.Image) -> float:
    """The scan's resolution: the file's own dpi when sane, else from an A4 page width."""
    dpi = image.info.get("dpi")
    try:
        value = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        value = 0.0
    if 50 <= value <= 1200 and value != 72:  # 72 is "unknown" in most writers
        return value
    return max(50.0, min(1200.0, image.width / A4_WIDTH_IN))


def white_balance(image: Image.Image) -> Image.Image:
    """RGB with each channel scaled so the paper is neutral: a photo under warm light has
    "coloured" paper (blue channel 12 % low), which would otherwise count as ink."""
    rgb = image.convert("RGB")
    bands = []
    for band in rgb.split():
        hist = band.reduce(4).histogram()
        total, acc, level = sum(hist), 0, 255
        for v in range(255, -1, -1):  # the 80th percentile from the top: paper, not ink
            acc += hist[v]
            if acc >= 0.2 * total:
                level = v
                break
        gain = 255.0 / max(level, 64)
        bands.append(band.point(lambda v, g=gain: min(255, round(v * g))))
    return Image.merge("RGB", bands)


def ink_mask(image: Image.Image) -> tuple[Image.Image, Callable[[], Image.Image | None]] | None:
    """Where coloured ink is (seal red, pen blue), grown by 2 px to take its anti-aliased rim; None for grey pages.

    Also a function giving the pixels of that mask that are print crossed by a
    seal stroke (:func:`_crossings`), called only when a second reading of a
    name under the seal needs the page where they stay dark.

    Print is black or dark grey in every channel; seal and pen ink are strongly
    coloured (max − min channel large). The rim of a stroke is barely coloured
    after blur and JPEG chroma subsampling, hence the growth. Print under the
    seal is dark in every channel (brightest channel < 95) and is kept out of
    the mask. Pillow channel operations only: this runs on every page.
    """
    if image.mode in ("1", "L", "I;16", "I", "F"):
        return None
    r, g, b = white_balance(image).split()
    hi = ImageChops.lighter(ImageChops.lighter(r, g), b)
    lo = ImageChops.darker(ImageChops.darker(r, g), b)
    sat = ImageChops.subtract(hi, lo)
    coloured = sat.point(lambda v: 255 if v > 25 else 0)
    if not coloured.getbbox():
        return None
    grown = coloured.filter(ImageFilter.BoxBlur(2)).point(lambda v: 255 if v > 0 else 0)
    # Near coloured ink, a pixel goes if it is light (a rim) or still somewhat coloured
    # (pen ink in a shadow is dark but blue); black print under the seal is neither.
    light = hi.point(lambda v: 255 if v >= 95 else 0)
    tinted = sat.point(lambda v: 255 if v > 40 else 0)
    mask = ImageChops.multiply(grown, ImageChops.lighter(light, tinted))
    return mask, lambda: _crossings(r, g, b, hi, sat, mask, grown)


def _crossings(r, g, b, hi, sat, mask: Image.Image, grown: Image.Image) -> Image.Image | None:
    """Dark red pixels inside a letter: where a seal stroke crosses the print of a name.

    There the pixel is dark red, and the mask would cut the letter ("Hồng" read
    as "[lồng"). A dark red pixel is kept as print only when black print clear
    of any coloured ink lies within 4 px of it: a seal stroke in shadow, or the
    star under the pen, is dark red too, but with no print beside it (the pen
    over the star is black as well, but inside the coloured area). Not used for the page's first
    reading: on a phone photo a seal in shadow kept this way made Tesseract skip
    the signature area; only lines read unsure are read again with it.
    """
    box = mask.getbbox()
    if not box:
        return None
    crop = [c.crop(box) for c in (r, g, b, hi, sat)]
    cr, cg, cb, chi, csat = crop
    red = ImageChops.subtract(cr, ImageChops.lighter(cg, cb)).point(lambda v: 255 if v > 25 else 0)
    dark = chi.point(lambda v: 255 if v < 110 else 0)
    # Print away from any coloured ink (a pen stroke over the red star is black too).
    black = ImageChops.multiply(chi.point(lambda v: 255 if v < 95 else 0), csat.point(lambda v: 255 if v <= 40 else 0))
    black = ImageChops.subtract(black, grown.crop(box))
    near_print = black.filter(ImageFilter.MaxFilter(9))
    keep = ImageChops.multiply(ImageChops.multiply(red, dark), near_print)
    out = Image.new("L", mask.size, 0)
    out.paste(keep, box[:2])
    return out


def drop_red(image: Image.Image) -> Image.Image:
    """Grey page where seal ink is light and black print stays dark: the brightest channel.

    Why: the red seal sits over the signer's title and name (NĐ 30: over the
    left third of the signature); plain luminance keeps it mid-grey and
    Tesseract's global threshold turns it into a black disc. In the brightest
    channel red ink is as light as paper (R is high) and print stays black.
    Pen strokes and the seal's rim are whitened through :func:`ink_mask`.
    """
    if image.mode in ("1", "L", "I;16", "I", "F"):
        return image.convert("L")
    r, g, b = image.convert("RGB").split()
    return ImageChops.lighter(ImageChops.lighter(r, g), b)


def _even_light(grey: Image.Image) -> Image.Image:
    """Divide by the page's own background: shadows and uneven light become white paper.

    The background is the page with the text removed (a max filter on a small
    copy: text is thin and dark, paper is wide and light), blurred and scaled
    back. Dividing by it flattens a phone photo's shadow or a scanner's edge
    fall-off so one global threshold fits the whole page.
    """
    w, h = grey.size
    small = grey.resize((max(8, w // 16), max(8, h // 16)), Image.Resampling.BOX)
    bg = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(2))
    gain = (255.0 / np.maximum(np.asarray(bg, dtype=np.float32), 1.0))
    gain_img = Image.fromarray(gain, "F").resize((w, h), Image.Resampling.BILINEAR)
    out = np.asarray(grey, dtype=np.float32) * np.asarray(gain_img)
    return Image.fromarray(np.minimum(out, 255).astype(np.uint8), "L")


def _med3(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    """Element-wise median of three arrays."""
    return np.maximum(np.minimum(a, b), np.minimum(np.maximum(a, b), c))


def median3(grey: Image.Image) -> Image.Image:
    """3×3 median, exactly Pillow's MedianFilter(3) (edges included), but ~10× faster.

    Pillow's rank filter sorts every window (≈ 0.5–1 s on a 300-dpi A4 page,
    a third of Tesseract's own time). Here each column of three is sorted once
    (three min/max exchanges, shared by the three windows that contain it); the
    median of the window is then the median of {largest of the three minima,
    median of the three middles, smallest of the three maxima} — about half
    the element-wise operations of a 19-exchange network on nine shifted copies.
    """
    a = np.pad(np.asarray(grey), 1, mode="edge")
    h, w = grey.height, grey.width
    top, mid, bottom = a[0:h], a[1:h + 1], a[2:h + 2]
    lo, hi = np.minimum(top, mid), np.maximum(top, mid)
    mid = np.minimum(hi, bottom)
    np.maximum(hi, bottom, out=hi)
    lo, mid = np.minimum(lo, mid), np.maximum(lo, mid)  # each column: lo <= mid <= hi
    low = np.maximum(np.maximum(lo[:, 0:w], lo[:, 1:w + 1]), lo[:, 2:w + 2])
    high = np.minimum(np.minimum(hi[:, 0:w], hi[:, 1:w + 1]), hi[:, 2:w + 2])
    return Image.fromarray(_med3(low, _med3(mid[:, 0:w], mid[:, 1:w + 1], mid[:, 2:w + 2]), high), "L")


def _stretch(grey: Image.Image) -> Image.Image:
    """Contrast: the darkest ink to black and the *paper level* (the median: a page is mostly
    paper) to white, so scanner noise on the paper is clipped away instead of stretched
    into grey speckle that Tesseract's page segmentation takes for a picture."""
    small = np.asarray(grey.reduce(4))
    lo = float(np.percentile(small, 0.5))
    hi = float(np.percentile(small, 50)) - 4  # a little under the paper level: its noise clips to white
    if hi - lo < 40:  # a dark or empty page: leave it to the usual stretch
        return ImageOps.autocontrast(grey, cutoff=(0.5, 0.5))
    lut = [0 if v <= lo else 255 if v >= hi else round((v - lo) * 255 / (hi - lo)) for v in range(256)]
    return grey.point(lut)


def _projection_score(dx: np.ndarray, dy: np.ndarray, centre: float, height: int, angle: float) -> float:
    """Row-to-row jumps of the ink profile with the page turned by ``angle`` (as ``Image.rotate``):
    each ink pixel's row after the turn, counted, instead of turning an image per angle (3× faster)."""
    t = np.deg2rad(angle)
    rows = np.floor(dy * np.cos(t) - dx * np.sin(t) + centre).astype(np.int32)
    rows = rows[(rows >= 0) & (rows < height)]  # turned off the page, as rotate(expand=False) loses it
    profile = np.bincount(rows, minlength=height).astype(np.float64)
    return float(np.square(np.diff(profile)).sum())


def estimate_skew(grey: Image.Image, max_angle: float = 4.0) -> float:
    """The rotation (degrees) that makes text lines horizontal.

    Projection profile on a ~75-dpi ink mask: text rows are sharpest (largest
    row-to-row jumps in ink) when the lines are level. Coarse 0.25° steps, then
    0.05° around the best — enough for a 1–2° scanner skew.
    """
    w, h = grey.size
    factor = max(1, round(w / 640))
    small = grey.resize((max(1, w // factor), max(1, h // factor)), Image.Resampling.BOX)
    arr = np.asarray(small)
    threshold = min(200, int(np.percentile(arr, 50)) - 40)
    ys, xs = np.nonzero(arr < threshold)
    if len(ys) < 200:  # blank page: nothing to level
        return 0.0
    height, width = arr.shape
    # Pixel centres relative to the page centre, the point Image.rotate turns about.
    dx = xs.astype(np.float32) + np.float32(0.5 - width / 2)
    dy = ys.astype(np.float32) + np.float32(0.5 - height / 2)
    best, best_score = 0.0, _projection_score(dx, dy, height / 2, height, 0.0)
    steps = np.arange(-max_angle, max_angle + 1e-6, 0.25)
    for a in steps:
        s = _projection_score(dx, dy, height / 2, height, float(a))
        if s > best_score:
            best, best_score = float(a), s
    for a in np.arange(best - 0.2, best + 0.2 + 1e-6, 0.05):
        s = _projection_score(dx, dy, height / 2, height, float(a))
        if s > best_score:
            best, best_score = float(a), s
    return round(best, 2)


def noise_level(grey: Image.Image) -> float:
    """Share of isolated dark specks: what a 3×3 median would remove, per ink pixel.

    Measured on a central crop so it costs a few milliseconds. Clean print
    loses almost nothing to a median (≈ 0.05); a noisy scan loses a lot.
    """
    w, h = grey.size
    crop = grey.crop((w // 4, h // 4, 3 * w // 4, 3 * h // 4))
    a = np.asarray(crop) < 128
    m = np.asarray(crop.filter(ImageFilter.MedianFilter(3))) < 128
    ink = max(1, int(np.count_nonzero(a)))
    return float(np.count_nonzero(a & ~m)) / ink


def prepare(image: Image.Image, dpi: float | None = None, *, deskew: bool = True,
            denoise: bool | None = True) -> Prepared:
    """Source page image → grey 300-dpi page ready for Tesseract.

    The 3×3 median runs by default: on our degraded samples it took the CER
    from 5.1 % to 2.8 %, and on a clean page it costs nothing measurable.
    ``denoise=None`` decides from :func:`noise_level` instead.
    """
    dpi = dpi or source_dpi(image)
    grey = drop_red(image)
    masks = ink_mask(image)
    mask, make_crossings = masks if masks else (None, None)
    # Everything that does not need 300 dpi runs at the scan's own resolution (a 200-dpi
    # page has 2.25× fewer pixels): levelling, light, seal/pen removal, contrast.
    angle = estimate_skew(grey) if deskew else 0.0
    if angle:
        grey = grey.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=255)
        mask = mask.rotate(angle, resample=Image.Resampling.NEAREST, expand=False, fillcolor=0) if mask else None
    lit = _even_light(grey)
    # Coloured ink and its rim → paper (print under the seal is not in the mask).
    grey = ImageChops.lighter(lit, mask) if mask is not None else lit
    grey = _stretch(grey)
    grey, rules = erase_rules(grey, dpi)  # an underline hides its words from Tesseract's line finder
    scale = TARGET_DPI / dpi
    if abs(scale - 1) <= 0.05:
        scale = 1.0
    if denoise is None:
        denoise = noise_level(_resized(grey, scale)) > 0.12
    grey = _finish(grey, scale, bool(denoise))
    alt = None
    if mask is not None and make_crossings is not None:
        median, seal_mask, crossings_of = bool(denoise), mask, make_crossings

        def make_alt() -> Image.Image:
            crossings = crossings_of()
            if crossings is None:
                page = ImageChops.lighter(lit, seal_mask)
            else:
                if angle:
                    crossings = crossings.rotate(angle, resample=Image.Resampling.NEAREST, expand=False, fillcolor=0)
                page = ImageChops.lighter(lit, ImageChops.subtract(seal_mask, crossings))
            return _finish(erase_rules(_stretch(page), dpi)[0], scale, median)

        alt = LazyPage(make_alt)
    return Prepared(grey, scale, angle, bool(denoise), rules.scaled(scale), alt)


class LazyPage:
    """A page image made the first time anything of it is used (``crop``, ``size``, …).

    Why: the second page image (``Prepared.alt``: contrast, rule erasing, 300 dpi,
    median again) costs ≈ 0.08 s of CPU, and only a page with an unsure line
    reads it: 7 of the 18 seal pages of samples/scans.
    """

    __slots__ = ("_image", "_make")

    def __init__(self, make: Callable[[], Image.Image]) -> None:
        self._make: Callable[[], Image.Image] | None = make
        self._image: Image.Image | None = None

    def get(self) -> Image.Image:
        if self._image is None:
            assert self._make is not None
            self._image, self._make = self._make(), None
        return self._image

    def __getattr__(self, name: str):
        return getattr(self.get(), name)


def _resized(grey: Image.Image, scale: float) -> Image.Image:
    if scale == 1.0:
        return grey
    size = (max(1, round(grey.width * scale)), max(1, round(grey.height * scale)))
    return grey.resize(size, Image.Resampling.LANCZOS)  # Lanczos keeps hooks and dots apart when upsampling


def _finish(grey: Image.Image, scale: float, denoise: bool) -> Image.Image:
    """To 300 dpi, then the median (after resizing: the specks are then their final size)."""
    grey = _resized(grey, scale)
    return median3(grey) if denoise else grey
