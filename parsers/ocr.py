"""OCR of page images → the same layout model the PDF backend builds.

Scanned PDFs and photos become :class:`~parsers.layout.Page` objects through
the PDF backend's own pipeline (rows → furniture → two-column zones →
paragraphs, ``parsers.pdf_*``): Tesseract's words are fed in as the word
records a text layer would give, so ``extract/`` cannot tell a scan from a
digital file except by ``Page.ocr`` and ``Line.confidence``.

Per page (in a worker process): render or load the image, prepare it
(:mod:`parsers.image_prep`: red seal dropped, 300 dpi, even light, deskew,
median when noisy), run the Debian ``tesseract`` binary with TSV output (word
boxes and confidences), return word records in PDF points. Pages run in
parallel over the machine's cores with ``OMP_THREAD_LIMIT=1`` (the stack notes
measured ≈ 0.7 s a page instead of ≈ 3 s with Tesseract's own threads
fighting over two cores). Each page has a time limit; a page that fails
(timeout, crash) is reported and the others survive.

Then in the parent: post-OCR repair (:mod:`parsers.ocr_repair`) on each
printed line, before the zone finder reads "Nơi nhận" or "Số:".
"""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
import os
import re
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from parsers import tess_api
from parsers.image_prep import TARGET_DPI, prepare, source_dpi
from parsers.layout import Block, Line, Page
from parsers.legacy import valid_syllable
from parsers.ocr_lexicon import lexicon, repair_tones, split_glued
from parsers.ocr_repair import repair_line, snap_line
from parsers.ocr_reread import reread
from parsers.pdf_blocks import segment_blocks, text_area
from parsers.pdf_furniture import drop_rule_words, remove_furniture
from parsers.pdf_lines import Row, group_rows, make_row
from parsers.pdf_segments import TableCounter, page_segments
from parsers.pdf_words import PageInfo, Word

Progress = Callable[[int, int], None]

TESSERACT = os.environ.get("VANBAN_TESSERACT", "tesseract")
LANG = "vie"  # stack notes: "vie+eng" is worse, "eng" useless
PAGE_SECONDS = float(os.environ.get("VANBAN_OCR_PAGE_SECONDS", "90"))
_PT_PER_PX = 72.0 / TARGET_DPI
_MAX_RENDER_PIXELS = 60_000_000  # A4 at ~1000 dpi; beyond that the page is not a document page
_MIN_CONF = 10.0
_PREFIX_WORD = re.compile(r"^(?:TM|KT|TL|TUQ|T/M|K/T|T/L)\W")  # a signing prefix, glued or not
_LABEL_WORD = re.compile(r"^(?:[IVXl1]{1,4}|\d{1,2}|[a-zđ])[.)\-]$")  # "II." scores low but is a heading label
# "(b/c);", "(đ/b)" closing a recipient line: Tesseract has no dictionary word for them.
_PURPOSE_WORD = re.compile(r"^\(?[a-zđ]{1,3}/[a-zđ]{1,3}\)?[;,.]?$")
_EDGE_CONF = 0.3  # a word this unsure at the end of a line is mostly a stroke beside it
_MIN_ROW_CONF = 0.45  # printed lines score 0.8–0.97 even on our worst samples; pen and seal rows 0.1–0.4  # below this Tesseract is guessing at a speck or a seal stroke
# "auto" (default): median only on noisy pages; "always"/"never" for measurements.
_DENOISE = {"auto": None, "never": False}.get(os.environ.get("VANBAN_OCR_DENOISE", "always"), True)
# Tesseract in-process through its C API (model loaded once per worker), or the command
# for every page ("cli": for comparison in bench/ocr.py, and where the library is missing).
_USE_API = os.environ.get("VANBAN_OCR_ENGINE", "api") != "cli"
_PDFIUM_LOCK = threading.Lock()  # pdfium is not thread-safe (thread fallback only)


@dataclass(slots=True)
class OcrWord(Word):
    """A Tesseract word as the PDF pipeline's word record, plus its confidence (0..1)."""

    conf: float = 0.0


@dataclass(slots=True)
class PageJob:
    number: int  # 1-based page number in the document
    path: str
    kind: str  # "pdf" or "image"
    index: int  # page index in the PDF, frame index in the image
    timeout: float
    max_pixels: int | None = None


@dataclass(slots=True)
class PageResult:
    number: int
    width: float  # points
    height: float
    words: list[OcrWord] = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0
    angle: float = 0.0
    denoised: bool = False
    hrules: list[tuple[float, float, float]] = field(default_factory=list)  # points, as PageInfo's
    vrules: list[tuple[float, float, float]] = field(default_factory=list)


class OcrPages(list):
    """The pages read, plus ``failures``: {page number: reason} for pages that could not be read."""

    failures: dict[int, str]

    def __init__(self, pages: Sequence[Page] = (), failures: dict[int, str] | None = None) -> None:
        super().__init__(pages)
        self.failures = failures or {}


# ---------------------------------------------------------------------------
# worker side
# ---------------------------------------------------------------------------

def _load_image(job: PageJob):
    """(image, dpi, page size in points) for one job."""
    from PIL import Image

    if job.kind == "pdf":
        import pypdfium2 as pdfium

        with _PDFIUM_LOCK:
            doc = pdfium.PdfDocument(job.path)
            try:
                page = doc[job.index]
                w, h = page.get_size()
                dpi = _native_dpi(page, w, h)
                # A huge page (a poster, a forged MediaBox) must not become a bitmap bomb.
                limit = min(job.max_pixels or _MAX_RENDER_PIXELS, _MAX_RENDER_PIXELS)
                if (w * dpi / 72) * (h * dpi / 72) > limit:
                    dpi = max(36.0, 72 * (limit / max(1.0, w * h)) ** 0.5)
                image = page.render(scale=dpi / 72, grayscale=False).to_pil()
                page.close()
            finally:
                doc.close()
        return image, dpi, (float(w), float(h))
    if job.max_pixels:
        Image.MAX_IMAGE_PIXELS = job.max_pixels
    with Image.open(job.path) as im:
        im.seek(job.index)
        dpi = source_dpi(im)
        image = im.copy()
        image.info = dict(im.info)
    return image, dpi, (image.width / dpi * 72, image.height / dpi * 72)


def _native_dpi(page, width: float, height: float) -> float:
    """The resolution of the scan inside a PDF page (its largest image), else TARGET_DPI.

    Rendering a 150-dpi scan at 300 dpi lets pdfium upsample it (bilinear); rendering
    it at its own resolution and upsampling with Lanczos in :func:`prepare` keeps
    the small tone marks (hook above vs acute) apart: CER on a 150-dpi sample page
    went from 1.0 % to 0.4 % in our measurement.
    """
    import pypdfium2.raw as pdfium_c

    best = 0.0
    try:
        for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
            left, bottom, right, top = obj.get_bounds()
            if (right - left) * (top - bottom) < 0.4 * width * height:
                continue
            px_w, _ = obj.get_px_size()
            best = max(best, px_w / max(1.0, (right - left) / 72))
    except Exception:  # an odd image object: fall back to the default resolution
        best = 0.0
    return float(min(600.0, max(150.0, best))) if best else float(TARGET_DPI)


def run_tesseract(image, timeout: float, psm: int = 3) -> str:
    """TSV of one prepared page.

    In process through the C API when the library loads (``parsers.tess_api``:
    the model stays loaded); otherwise the command, with the page going through
    an uncompressed TIFF in a private temp folder: PNG
    encoding costs ~0.4 s a page and Tesseract reads images on stdin slower
    than from a file (≈ 0.5 s a page in our measurements).
    """
    if _USE_API and tess_api.available():
        return tess_api.read_tsv(image, lang=LANG, psm=psm, dpi=TARGET_DPI, timeout=timeout)
    with tempfile.TemporaryDirectory(prefix="vanban-ocr-") as tmp:
        src = os.path.join(tmp, "page.tif")
        image.save(src, "TIFF", dpi=(TARGET_DPI, TARGET_DPI))
        return _tesseract_command(src, psm, timeout)


def _tesseract_command(source: str, psm: int, timeout: float) -> str:
    """The ``tesseract`` command's TSV for an image file, or a list file of images."""
    proc = subprocess.run(
        [TESSERACT, source, "stdout", "-l", LANG, "--psm", str(psm), "--dpi", str(TARGET_DPI), "tsv"],
        capture_output=True, timeout=timeout, env={**os.environ, "OMP_THREAD_LIMIT": "1"}, check=False)
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(f"tesseract exit {proc.returncode}: {err[-1] if err else 'no message'}")
    return proc.stdout.decode("utf-8", "replace")


def run_tesseract_many(images: list, timeout: float, psm: int = 7) -> list[str]:
    """TSV of each image, read in one Tesseract run (a list file): one model load for
    all the lines a page reads again. The run's TSV is cut by its page number."""
    if _USE_API and tess_api.available():  # the model is loaded already: one call each
        return [tess_api.read_tsv(im, lang=LANG, psm=psm, dpi=TARGET_DPI, timeout=timeout) for im in images]
    with tempfile.TemporaryDirectory(prefix="vanban-ocr-") as tmp:
        paths = []
        for k, image in enumerate(images):
            paths.append(os.path.join(tmp, f"cut{k}.tif"))
            image.save(paths[-1], "TIFF", dpi=(TARGET_DPI, TARGET_DPI))
        listing = os.path.join(tmp, "cuts.txt")
        with open(listing, "w", encoding="utf-8") as f:
            f.write("\n".join(paths) + "\n")
        lines = _tesseract_command(listing, psm, timeout).splitlines()
    header, out = lines[0] if lines else "", [[] for _ in images]
    for line in lines[1:]:
        page = line.split("\t", 2)[1] if line.count("\t") >= 2 else ""
        if page.isdigit() and 1 <= int(page) <= len(images):
            out[int(page) - 1].append(line)
    return ["\n".join([header, *rows]) + "\n" for rows in out]


def parse_tsv(tsv: str) -> list[OcrWord]:
    """Word records in points, with a font size every word of a printed line shares.

    A text layer gives every word of a line one font size; Tesseract gives
    "ma" a shorter box than "Độc". The size here is the line's tallest usual
    word (its 80th percentile height), snapped to the page's body size when
    within 20 % of it, so the paragraph rules ("style change", "gap larger than
    the line spacing") see one size where the print has one.
    Specks (a stand-alone word smaller than a quarter of the text size both
    ways) and near-zero-confidence marks without letters are dropped.
    """
    lines: dict[tuple[str, ...], list[dict[str, str]]] = {}
    for rec in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        if rec["level"] == "5" and (rec.get("text") or "").strip():
            key = (rec["page_num"], rec["block_num"], rec["par_num"], rec["line_num"])
            lines.setdefault(key, []).append(rec)
    sized: list[tuple[list[dict[str, str]], float]] = []
    for recs in lines.values():
        heights = sorted(float(r["height"]) for r in recs if any(c.isalnum() for c in r["text"]))
        if heights:
            sized.append((recs, heights[min(len(heights) - 1, int(0.8 * len(heights)))]))
    if not sized:
        return []
    all_sizes = sorted(h for _, h in sized)
    # One vertical band per Tesseract line (median top/bottom of its lettered words): a
    # hook above ("CHỦ") or a dot below ("TỊCH") must not move a word to another row.
    bands: list[tuple[float, float]] = []
    for recs, _ in sized:
        lettered = [r for r in recs if any(c.isalnum() for c in r["text"])] or recs
        tops = sorted(float(r["top"]) for r in lettered)
        bottoms = sorted(float(r["top"]) + float(r["height"]) for r in lettered)
        bands.append((tops[len(tops) // 2], bottoms[len(bottoms) // 2]))
    body = all_sizes[len(all_sizes) // 2]
    words: list[OcrWord] = []
    for (recs, h), (band_top, band_bottom) in zip(sized, bands, strict=True):
        lettered = sum(1 for r in recs if sum(c.isalpha() for c in r["text"]) >= 2)
        # A short line ("sau:") may have no ascender at all: its height is the x-height, not a size.
        # A line of short letters ("nạn năm 2026 trên địa bàn tỉnh như sau:") measures ~0.8 of
        # the size; a line that goes on with a lower-case word is a wrap, in the same print.
        goes_on = recs[0]["text"].strip()[:1].islower()
        size_px = body if (abs(h - body) <= 0.2 * body or (lettered < 3 and h < body)
                           or (goes_on and abs(h - body) <= 0.3 * body)) else h
        line_words: list[OcrWord] = []
        for rec in recs:
            conf = float(rec["conf"])
            # Specks at a line's edge come out as "_" / "~" glued to a word ("_2.", "__"): never print.
            # Tesseract writes "31/5/2026" and "Quý I/2026" with the fraction slash U+2044.
            raw = rec["text"].strip().replace("\u2044", "/")
            text = raw.strip("_~‹›|`ˆ„®©¬°")
            left = float(rec["left"])
            width, height = float(rec["width"]), float(rec["height"])
            if (not line_words and raw in ("=", "—", "–", "~", "-", "_", "--", "_~", "~~")
                    and width >= 1.8 * height and width >= 0.15 * size_px):
                text, conf = "-", max(conf, 50.0)  # a list dash at the line start, read as "=" or "~"
            elif not line_words and raw in ("-~", "_~", "~-", "—~") and conf >= 40:
                # A blurred list dash, read as two strokes, whose box Tesseract shrank to a
                # 3-px dot at the dash's left end: a dash's own width is put back.
                text, conf, width, height = "-", max(conf, 50.0), 0.35 * size_px, 0.1 * size_px
            if not text:
                continue
            alnum = sum(c.isalnum() for c in text)
            if width < 0.15 * size_px and height < 0.15 * size_px:
                continue  # a speck read as "." or "-" (a printed "-" is ~0.3 em wide)
            if alnum == 0 and text not in ("-", "*", "+", "–", "./.", "…", "...", "\\") and (conf < 40 or len(text) <= 2):
                continue  # seal strokes, signature loops, specks read as "." or "¬" (real
                # punctuation comes attached to its word: "báo cáo),")
            if conf < _MIN_CONF and alnum < 3 and not _LABEL_WORD.match(text):
                continue  # a guess at a speck or stroke; longer words stay (symbols and names under
                # a seal score ~0) and the row/edge rules below drop them when they are strokes
            line_words.append(OcrWord(text=text, x0=left * _PT_PER_PX, top=band_top * _PT_PER_PX,
                                      x1=(left + width) * _PT_PER_PX, bottom=band_bottom * _PT_PER_PX,
                                      size=size_px * _PT_PER_PX, font="OCR",
                                      conf=max(0.0, min(1.0, conf / 100))))
        _untangle(line_words)
        line_words = _join_v(line_words)
        line_words = [part for w in line_words for part in _split_glued(w)]
        # Tesseract already split the words: keep a visible gap so the PDF word joiner
        # (which glues words closer than a tenth of the font size) never glues syllables.
        for prev, w in itertools.pairwise(line_words):
            need = 0.12 * w.size
            if w.x0 - prev.x1 < need:
                prev.x1 = max(prev.x0 + 0.5, w.x0 - need)
        words.extend(line_words)
    return words


def _join_v(line_words: list[OcrWord]) -> list[OcrWord]:
    """"\\" then "ăn" → "Văn": under a pen stroke Tesseract reads a capital V as a backslash
    and its own word. Joined only when the two touch and "V" + the word is a syllable."""
    out: list[OcrWord] = []
    for w in line_words:
        prev = out[-1] if out else None
        if (prev is not None and prev.text in ("\\", "\\/") and w.text[:1].islower()
                and w.x0 - prev.x1 < 0.4 * w.size and valid_syllable("v" + w.text.rstrip(".,;:").lower())):
            out[-1] = OcrWord(text="V" + w.text, x0=prev.x0, top=w.top, x1=w.x1, bottom=w.bottom, size=w.size,
                              font=w.font, bold=w.bold, conf=w.conf)
            continue
        out.append(w)
    return [w for w in out if w.text not in ("\\", "\\/")]  # a backslash alone is a stroke


def _split_glued(w: OcrWord) -> list[OcrWord]:
    """Syllables Tesseract read as one word: "ĐặngVăn" in a name under the seal,
    "SởTàichính" in a scanned table cell.

    No Vietnamese word has a capital inside it, so the word is cut there when
    both halves are well-formed syllables (acronyms such as "PGĐ" or "UBND" are not
    Title case and stay whole); an unsure word with no capital inside is cut
    only where the word list has the two syllables side by side. The box is
    shared by character count.
    """
    t = w.text
    core = t.strip(".,;:'\"“”()")
    if not core.isalpha() or len(core) < 4:
        return [w]
    start = t.index(core)
    cut = next((i for i in range(1, len(core)) if core[i - 1].islower() and core[i].isupper()), None)
    if cut is not None:
        head, tail = core[:cut], core[cut:]
        if not (head[:1].isupper() and tail[:1].isupper() and tail[1:].islower() and head[1:].islower()
                and valid_syllable(head.lower())):
            return [w]
    elif w.conf < 0.6:  # no capital inside: a glued pair the word list knows ("Tàichính")
        pair = split_glued(core)
        if pair is None:
            return [w]
        head, tail = pair
        cut = len(head)
    else:
        return [w]
    if not valid_syllable(tail.lower()):
        rest = split_glued(tail)  # "SởTàichính": the tail is itself two syllables glued
        if rest is None:
            return [w]
    cut += start
    x = w.x0 + (w.x1 - w.x0) * cut / len(t)
    right = OcrWord(text=t[cut:], x0=x, top=w.top, x1=w.x1, bottom=w.bottom, size=w.size, font=w.font,
                    bold=w.bold, conf=w.conf)
    return [OcrWord(text=t[:cut], x0=w.x0, top=w.top, x1=x, bottom=w.bottom, size=w.size, font=w.font,
                    bold=w.bold, conf=w.conf), *_split_glued(right)]


def _untangle(line_words: list[OcrWord]) -> None:
    """Share out the box of two words Tesseract gave out of order.

    On bold italic labels Tesseract sometimes returns "Nơi" as a 9-px sliver
    inside the box of the next word "nhận:", which then spans both; sorted by
    x the line reads "nhận: Nơi". Its word order within a line is right, so
    the two words split their joint box by character count, in that order.
    """
    for prev, w in itertools.pairwise(line_words):
        # Only a sliver inside its neighbour's box: on a curved photo a Tesseract line can
        # hold words of two printed lines, out of order for another reason.
        if w.x0 >= prev.x0 - 0.5 or prev.x1 > w.x1 + 0.5:
            continue
        lo, hi = min(prev.x0, w.x0), max(prev.x1, w.x1)
        cut = lo + (hi - lo) * (len(prev.text) + 0.5) / (len(prev.text) + len(w.text) + 1)
        prev.x0, prev.x1, w.x0, w.x1 = lo, cut, cut, hi


def stroke_width(ink) -> float:
    """Mean stroke width (px) of the ink in a box: twice the ink area over its outline length."""

    if ink.size == 0:
        return 0.0
    area = int(ink.sum())
    if area < 20:
        return 0.0
    inner = ink[1:-1, 1:-1] & ink[:-2, 1:-1] & ink[2:, 1:-1] & ink[1:-1, :-2] & ink[1:-1, 2:]
    edge = area - int(inner.sum())
    return 2.0 * area / max(1, edge)


def mark_bold(words: list[OcrWord], image) -> None:
    """Bold from stroke width: a printed line whose strokes are ≥ 1.3× the page's usual width.

    The zone readers use weight where the regulation prints it (issuer bold over a
    regular superior body, a bold subject broken over lines, bold signer names),
    and Tesseract reports no font. Stroke width is measured per word on the
    prepared page and decided per printed part of a line (a header row holds a
    regular left cell and a bold right cell), against the page's median word —
    body text, which is regular.
    """
    import numpy as np

    if not words:
        return
    ink = np.asarray(image) < 128
    k = 1 / _PT_PER_PX
    widths: list[float] = []
    for w in words:
        box = ink[int(w.top * k):int(w.bottom * k) + 1, int(w.x0 * k):int(w.x1 * k) + 1]
        widths.append(stroke_width(box))
    lettered = sorted(sw for w, sw in zip(words, widths, strict=True) if sw and sum(c.isalpha() for c in w.text) >= 2)
    if len(lettered) < 10:
        return
    body = lettered[len(lettered) // 2]
    # Parts: words of one row band, cut at wide gaps (column gutters).
    parts: list[list[int]] = []
    for i, w in enumerate(words):
        if parts:
            prev = words[parts[-1][-1]]
            same_band = abs((prev.top + prev.bottom) - (w.top + w.bottom)) < 0.5 * w.size
            if same_band and 0 <= w.x0 - prev.x1 < max(2.0 * w.size, 16.0):
                parts[-1].append(i)
                continue
        parts.append([i])
    for part in parts:
        sws = sorted(widths[i] for i in part if widths[i] and sum(c.isalpha() for c in words[i].text) >= 2)
        if not sws:
            continue
        bold = sws[len(sws) // 2] >= 1.3 * body
        for i in part:
            words[i].bold = bold


def ocr_page(job: PageJob) -> PageResult:
    """One page, start to finish; never raises (a failure is the result's ``error``)."""
    start = time.perf_counter()
    result = PageResult(job.number, 0.0, 0.0)
    try:
        image, dpi, (w, h) = _load_image(job)
        result.width, result.height = round(w, 2), round(h, 2)
        prep = prepare(image, dpi, denoise=_DENOISE)
        del image
        result.angle, result.denoised = prep.angle, prep.denoised
        tsv = reread(run_tesseract(prep.image, job.timeout), prep.image, run_tesseract, job.timeout, prep.alt,
                     run_tesseract_many)
        result.words = parse_tsv(tsv)
        mark_bold(result.words, prep.image)
        # Prepared pixels are TARGET_DPI; the page is the source size: rescale when they differ.
        scale = (w / (prep.image.width * _PT_PER_PX)) if prep.image.width else 1.0
        if abs(scale - 1) > 0.01:
            for wd in result.words:
                wd.x0, wd.x1, wd.top, wd.bottom = wd.x0 * scale, wd.x1 * scale, wd.top * scale, wd.bottom * scale
                wd.size *= scale
        rules = prep.rules.scaled(_PT_PER_PX * scale)
        result.hrules, result.vrules = rules.horizontal, rules.vertical
    except (subprocess.TimeoutExpired, TimeoutError):
        result.error = f"OCR timed out after {job.timeout:g} s"
    except FileNotFoundError as err:  # the binary, or the page's file gone since it was opened
        result.error = (f"tesseract is not installed ({err.filename})" if err.filename == TESSERACT
                        else f"OCR failed (file not found: {err.filename})")
    except Exception as err:  # one bad page must not sink the document
        result.error = f"OCR failed ({type(err).__name__}: {str(err)[:120]})"
    result.seconds = time.perf_counter() - start
    return result


# ---------------------------------------------------------------------------
# parent side
# ---------------------------------------------------------------------------

def _executor(workers: int) -> Executor:
    """Processes over the cores; threads where a process may not fork (a daemonic Celery worker).

    Threads still run pages in parallel: the heavy part is the Tesseract child
    process, and numpy/Pillow release the GIL in the preparation steps.
    """
    import multiprocessing as mp

    if workers > 1 and not mp.current_process().daemon:
        # The word list (0.5 s to build) is built once here and inherited by every forked
        # worker, instead of once in each worker as its first page needs it.
        lexicon()
        try:
            return ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("fork"))
        except (OSError, ValueError):
            pass
    return ThreadPoolExecutor(max_workers=workers)


_default_progress: Progress | None = None
_shared: Executor | None = None  # the pool every run_jobs submits to inside shared_pool()


def _ready() -> None:
    """A no-op job: submitting it makes the pool start its workers now."""


@contextlib.contextmanager
def shared_pool(workers: int | None = None) -> Iterator[Executor]:
    """One pool of page workers for several documents read at once (:func:`parsers.ocr_pool.load_many`).

    Why: a document's pages run in parallel, then the next document's; a 1-page
    document, or a 2-page one whose second page is a short footer, leaves a
    core idle. Inside this context every :func:`run_jobs` call submits its pages
    to this one pool, so documents loaded in other threads fill the gaps. The
    workers are forked here, before those threads exist (forking a process
    whose other threads may hold locks can deadlock the child). Nested calls
    reuse the outer pool.
    """
    global _shared
    if _shared is not None:
        yield _shared
        return
    n = max(1, workers or os.cpu_count() or 1)
    pool = _executor(n)
    try:
        pool.submit(_ready).result()
    except Exception:  # could not start workers: every run_jobs keeps its own pool
        pool.shutdown(cancel_futures=True)
        yield pool
        return
    _shared = pool
    try:
        yield pool
    finally:
        _shared = None
        pool.shutdown(wait=True, cancel_futures=True)


def set_progress(callback: Progress | None) -> None:
    """A process-wide ``progress(done, total)`` for OCR called through ``parsers.load`` (which takes
    no callback): the CLI sets one that prints "OCR 3/26 pages" on stderr for long scans."""
    global _default_progress
    _default_progress = callback


def run_jobs(jobs: list[PageJob], progress: Progress | None = None, workers: int | None = None) -> list[PageResult]:
    """Run page jobs in parallel, in page order, calling ``progress(done, total)`` as pages finish."""
    progress = progress or _default_progress
    total = len(jobs)
    if not total:
        return []
    workers = max(1, min(workers or os.cpu_count() or 1, total))
    results: dict[int, PageResult] = {}
    shared = _shared
    if shared is not None:
        try:
            futures = {shared.submit(ocr_page, job): job for job in jobs}
        except RuntimeError:  # a broken or closed shared pool (a worker died): this document's own pool
            pass
        else:
            _collect(futures, results, progress, total)
            return [results[j.number] for j in jobs]
    if workers == 1:
        for k, job in enumerate(jobs, 1):
            results[job.number] = ocr_page(job)
            if progress:
                progress(k, total)
    else:
        with _executor(workers) as pool:
            _collect({pool.submit(ocr_page, job): job for job in jobs}, results, progress, total)
    return [results[j.number] for j in jobs]


def _collect(futures: dict, results: dict[int, PageResult], progress: Progress | None, total: int) -> None:
    """Page results as they finish, a dead worker's page as a failed page."""
    for k, fut in enumerate(as_completed(futures), 1):
        job = futures[fut]
        try:
            results[job.number] = fut.result()
        except Exception as err:  # a worker process that died (out of memory, killed)
            results[job.number] = PageResult(job.number, 0.0, 0.0,
                                             error=f"OCR worker failed ({type(err).__name__})")
        if progress:
            progress(k, total)


def _repair_rows(rows: list[Row], page: PageInfo) -> tuple[list[Row], int]:
    """Post-OCR repair on each printed line: a row split at its column gap, each part on its own.

    The header row "UBND TỈNH NINH BÌNH   CỘNG HÒA XÃ HỘI …" holds two printed
    lines; the motto rule must see only the right one.
    """
    out: list[Row] = []
    changed = 0
    for row in rows:
        confs = [getattr(w, "conf", 1.0) for w in row.words]
        if sum(confs) / len(confs) < _MIN_ROW_CONF:
            continue  # a row Tesseract made of a seal or a signature ("„ử W )4")
        # A part that already reads as a fixed phrase ("PULIÓ BÍ THƯ" under the seal) is kept
        # whole: its unsure words are the phrase's own, not strokes beside it.
        parts = [p if snap_line(" ".join(w.text for w in p)) else _trim(p) for p in _split_printed(row)]
        # A lone short unsure word far from any text is a mark of the seal ("Hệ:").
        parts = [p for p in parts if p and not (
            len(p) == 1 and getattr(p[0], "conf", 1.0) < 0.7 and not any(c.isdigit() for c in p[0].text)
            and sum(c.isalnum() for c in p[0].text) <= 3)]
        if not parts:
            continue
        words: list[Word] = []
        for part in parts:
            text = " ".join(w.text for w in part)
            fixed = repair_tones(repair_line(text))
            if fixed == text:
                words.extend(part)
                continue
            changed += 1
            tokens = fixed.split(" ")
            if len(tokens) == len(part):
                for w, t in zip(part, tokens, strict=True):
                    w.text = t
                words.extend(part)
            else:  # one word record for the repaired line, spanning its words
                first = part[0]
                merged = OcrWord(text=fixed, x0=first.x0, top=min(w.top for w in part),
                                 x1=max(w.x1 for w in part), bottom=max(w.bottom for w in part),
                                 size=first.size, font=first.font, bold=first.bold,
                                 conf=sum(getattr(w, "conf", 0.0) for w in part) / len(part))
                words.append(merged)
        out.append(make_row(words))
    return out, changed


def _trim(part: list[Word]) -> list[Word]:
    """Drop unsure words at either end of a printed line: pen strokes beside a title ("PHÓ BÍ THƯ VÀ")."""
    def unsure(w: Word) -> bool:
        # Symbols ("37-CV/ĐU") score near 0 in Tesseract's dictionary model: digits keep a word,
        # and so do heading labels ("II." scores ~0.2) and signing prefixes ("KT.").
        return (getattr(w, "conf", 1.0) < _EDGE_CONF and not any(c.isdigit() for c in w.text)
                and not _LABEL_WORD.match(w.text) and not _PREFIX_WORD.match(w.text)
                and not _PURPOSE_WORD.match(w.text))

    def caps(w: Word) -> bool:
        letters = [c for c in w.text if c.isalpha()]
        return bool(letters) and all(c.isupper() for c in letters)

    # In a CAPS line (a title, an authority), a lower-case word at either end is a stroke
    # read as letters ("Hệ: CHỦ TỊCH"), unless Tesseract is sure of it.
    caps_line = sum(caps(w) for w in part) >= 2 and sum(caps(w) for w in part) >= 0.6 * len(part)

    def junk(w: Word) -> bool:
        return unsure(w) or (caps_line and not caps(w) and getattr(w, "conf", 1.0) < 0.85
                             and any(c.isalpha() for c in w.text))

    # A signer's name ("Lê Thị Ngọc Hân") under the seal: Tesseract is unsure of a name
    # syllable it has no dictionary word for, but a Title-case syllable beside two or more
    # sure ones is the name's own, not a stroke.
    named = sum(_name_word(w) and getattr(w, "conf", 1.0) >= 0.5 for w in part) >= 2

    def stroke(w: Word) -> bool:
        return junk(w) and not (named and _name_word(w))

    lo, hi = 0, len(part)
    while lo < hi and stroke(part[lo]):
        lo += 1
    while hi > lo and stroke(part[hi - 1]):
        hi -= 1
    return part[lo:hi]


def _name_word(w: Word) -> bool:
    """A Title-case word that is one well-formed Vietnamese syllable ("Hân", "Phúc")."""
    t = w.text
    return len(t) >= 2 and t.isalpha() and t[0].isupper() and t[1:].islower() and valid_syllable(t.lower())


def _split_printed(row: Row) -> list[list[Word]]:
    """A row's words cut at wide gaps (column gutters, tab stops)."""
    parts: list[list[Word]] = [[row.words[0]]]
    for prev, w in zip(row.words, row.words[1:], strict=False):
        if w.x0 - prev.x1 > max(2.0 * row.size, 16.0):
            parts.append([])
        parts[-1].append(w)
    return parts


def _line_confidence(line: Line, words: list[OcrWord]) -> float | None:
    """Mean confidence of the OCR words whose centre lies in the line's box, weighted by length."""
    if not line.bbox:
        return None
    x0, top, x1, bottom = line.bbox
    total = weight = 0.0
    for w in words:
        cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
        if x0 - 0.5 <= cx <= x1 + 0.5 and top - 0.5 <= cy <= bottom + 0.5:
            n = max(1, len(w.text))
            total += w.conf * n
            weight += n
    return round(total / weight, 3) if weight else None


def build_pages(results: list[PageResult], *, first_page: bool | None = None) -> tuple[list[Page], int]:
    """OCR results → layout Pages through the PDF backend's pipeline; also the count of repaired lines."""
    ok = [r for r in results if r.error is None]
    infos = [PageInfo(r.number, r.width, r.height, 1.0, r.hrules, r.vrules) for r in ok]
    page_rows: list[list[Row]] = []
    repaired = 0
    for r, info in zip(ok, infos, strict=True):
        rows = group_rows(drop_rule_words(list(r.words)))
        rows, n = _repair_rows(rows, info)
        repaired += n
        page_rows.append(rows)
    cleaned = remove_furniture(list(zip(infos, page_rows, strict=True)))
    all_rows = [row for rows in cleaned for row in rows]
    width = max((i.width for i in infos), default=595.0)
    area = text_area(all_rows, width) if all_rows else None
    pages: list[Page] = []
    tables = TableCounter()
    for r, info, rows in zip(ok, infos, cleaned, strict=True):
        blocks: list[Block] = (segment_blocks(page_segments(rows, info, tables), info.number, area)
                               if rows and area else [])
        words = r.words
        for block in blocks:
            block.page = info.number
            for line in block.lines:
                line.confidence = _line_confidence(line, words)
                line.font = None  # not a font: the text came from OCR
        pages.append(Page(number=r.number, blocks=blocks, width=r.width, height=r.height, ocr=True))
    repaired += renumber_headings(pages)
    return pages, repaired


_ROMAN_HEADING = re.compile(r"^(I{1,3})\.\s+(?=\S)")


def renumber_headings(pages: list[Page]) -> int:
    """Fix I/II/III confusions in the Roman labels of CAPS headings from their sequence.

    Bold "III." is read as "II." or "IIl." often enough to break the section
    tree (domain notes §3.1: Roman numerals are the outer level and count up
    from I). Only a label made of I's that is one off the expected next number
    is changed; anything else is left as read.
    """
    last, fixed = 0, 0
    for page in pages:
        for block in page.blocks:
            if block.column is not None or not block.lines:
                continue
            first = block.lines[0]
            m = _ROMAN_HEADING.match(first.text)
            rest = first.text[m.end():] if m else ""
            if not m or not rest[:1].isupper() or not rest.split(" ")[0].isupper():
                continue
            value = len(m.group(1))
            if last and value != last + 1 and abs(value - (last + 1)) == 1 and last + 1 <= 3:
                first.text = f"{'I' * (last + 1)}. {rest}"
                value = last + 1
                fixed += 1
            last = value
    return fixed


def ocr_pdf_pages(path: str | Path, page_numbers: Sequence[int], limits=None, *,
                  progress: Progress | None = None) -> OcrPages:
    """OCR the given 1-based pages of a PDF (pages without a usable text layer).

    Returns the pages read, in order, each with ``ocr=True``; pages that failed
    are missing from the list and named in ``.failures`` with the reason.
    """
    timeout = float(getattr(limits, "ocr_page_seconds", None) or PAGE_SECONDS)
    max_pixels = getattr(limits, "max_image_pixels", None)
    jobs = [PageJob(n, str(path), "pdf", n - 1, timeout, max_pixels) for n in page_numbers]
    results = run_jobs(jobs, progress)
    pages, _ = build_pages(results)
    return OcrPages(pages, {r.number: r.error for r in results if r.error})


def ocr_image_frames(path: str | Path, frames: int, limits=None, *,
                     progress: Progress | None = None) -> tuple[OcrPages, int]:
    """OCR every frame of an image file (one for PNG/JPEG, several for TIFF); also the repaired-line count."""
    timeout = float(getattr(limits, "ocr_page_seconds", None) or PAGE_SECONDS)
    max_pixels = getattr(limits, "max_image_pixels", None)
    jobs = [PageJob(k + 1, str(path), "image", k, timeout, max_pixels) for k in range(frames)]
    results = run_jobs(jobs, progress)
    pages, repaired = build_pages(results)
    return OcrPages(pages, {r.number: r.error for r in results if r.error}), repaired
