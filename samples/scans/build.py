"""Make scanned copies of the digital samples: samples/pdf/NAME.pdf → samples/scans/NAME.pdf (+ one photo).

Why: OCR is measured against the same hand-written gold as the digital file
(samples/gold/NAME.gold.json), so the only difference between the two runs is
the scan. Each page is rasterised with pypdfium2 at 150–200 dpi, then degraded
the way office scans are — a red seal stamped over the signature and a blue
signature stroke, a small rotation, blur, sensor noise, uneven light and JPEG
compression — and the pages are put back into an image-only PDF (no text
layer). Every degradation is seeded by the file name, so a rebuild gives the
same files.

One sample is also turned into a phone photo (samples/scans/NAME.jpg): the
page lies on a desk, seen in perspective, with a shadow across it.

    .venv/bin/python samples/scans/build.py            # every sample PDF
    .venv/bin/python samples/scans/build.py s03_cv_syt_ninhbinh

The built files are committed; tests never need to rebuild them.
"""

from __future__ import annotations

import argparse
import io
import math
import sys
import zlib
from pathlib import Path

import numpy as np
import pdfplumber
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter

HERE = Path(__file__).resolve().parent
PDF = HERE.parent / "pdf"
GOLD = HERE.parent / "gold"
PHOTO = "p02_cv_dangu_ninhbinh"  # one page: the whole document fits one photo
SEAL_RED = (205, 35, 45)
INK_BLUE = (35, 45, 150)


def _rng(name: str, salt: str = "") -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(f"{name}:{salt}".encode()))


# --- where the signature is ---------------------------------------------------

def signer_box(pdf_path: Path) -> tuple[int, tuple[float, float, float, float]] | None:
    """(page index, box in points) of the signer's name: the lowest line in the right half.

    The name is the last line of the signature block, right of the page centre,
    on the last page that has text there.
    """
    with pdfplumber.open(pdf_path) as pdf:
        for index in range(len(pdf.pages) - 1, -1, -1):
            page = pdf.pages[index]
            # Right of the centre, below the running page number.
            right = [w for w in page.extract_words()
                     if w["x0"] > page.width * 0.52 and w["top"] > page.height * 0.08]
            if not right:
                continue
            bottom = max(w["bottom"] for w in right)
            line = [w for w in right if abs(w["bottom"] - bottom) < 4]
            return index, (min(w["x0"] for w in line), min(w["top"] for w in line),
                           max(w["x1"] for w in line), bottom)
    return None


# --- drawing ------------------------------------------------------------------

def _multiply(page: Image.Image, layer: Image.Image) -> Image.Image:
    """Ink on paper: darker wins (a stamp never lightens the print under it)."""
    a = np.asarray(page, dtype=np.uint16)
    b = np.asarray(layer, dtype=np.uint16)
    return Image.fromarray((a * b // 255).astype(np.uint8), "RGB")


def draw_seal(page: Image.Image, centre: tuple[float, float], radius: float, rng: np.random.Generator) -> Image.Image:
    """A round red seal: two rings, a star, and a ring of letter-like marks."""
    layer = Image.new("RGB", page.size, (255, 255, 255))
    d = ImageDraw.Draw(layer)
    cx, cy = centre
    w = max(2, int(radius * 0.05))
    d.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), outline=SEAL_RED, width=w)
    r2 = radius * 0.62
    d.ellipse((cx - r2, cy - r2, cx + r2, cy + r2), outline=SEAL_RED, width=max(1, w // 2))
    star = []
    for k in range(10):
        rr = r2 * (0.55 if k % 2 == 0 else 0.22)
        ang = -math.pi / 2 + k * math.pi / 5
        star.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(star, fill=SEAL_RED)
    # Letters around the ring: short strokes at random angles, like the agency's name.
    rm = (radius + r2) / 2
    for k in range(34):
        ang = 2 * math.pi * k / 34 + rng.uniform(-0.02, 0.02)
        if 1.2 < ang < 1.95:
            continue  # the gap at the bottom of the ring
        x, y = cx + rm * math.cos(ang), cy + rm * math.sin(ang)
        h = radius * 0.11
        tilt = ang + math.pi / 2 + rng.uniform(-0.6, 0.6)
        d.line((x - h * math.cos(tilt), y - h * math.sin(tilt), x + h * math.cos(tilt), y + h * math.sin(tilt)),
               fill=SEAL_RED, width=max(1, w // 2))
    # Stamp ink is uneven: fade random patches.
    fade = Image.fromarray((rng.uniform(0.55, 1.0, (8, 8)) * 255).astype(np.uint8), "L").resize(
        page.size, Image.Resampling.BILINEAR)
    white = Image.new("RGB", page.size, (255, 255, 255))
    layer = Image.composite(layer, white, fade)
    return _multiply(page, layer)


def draw_signature(page: Image.Image, box: tuple[float, float, float, float], rng: np.random.Generator) -> Image.Image:
    """A blue pen stroke in the space above the signer's name."""
    layer = Image.new("RGB", page.size, (255, 255, 255))
    d = ImageDraw.Draw(layer)
    x0, y0, x1, y1 = box
    pts = []
    for k in range(40):
        t = k / 39
        x = x0 + (x1 - x0) * t
        y = y0 + (y1 - y0) * (0.5 + 0.35 * math.sin(t * 9 + rng.uniform(0, 1)))
        pts.append((x, y))
    d.line(pts, fill=INK_BLUE, width=max(2, int((y1 - y0) * 0.04)), joint="curve")
    return _multiply(page, layer)


def uneven_light(page: Image.Image, rng: np.random.Generator, low: float) -> Image.Image:
    """A linear fall-off of light across the page (lid not closed, lamp on one side)."""
    w, h = page.size
    ang = rng.uniform(0, 2 * math.pi)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ramp = (xx / w - 0.5) * math.cos(ang) + (yy / h - 0.5) * math.sin(ang)
    ramp = (ramp - ramp.min()) / max(1e-6, float(ramp.max() - ramp.min()))
    gain = low + (1 - low) * ramp
    a = np.asarray(page, dtype=np.float32) * gain[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")


def add_noise(page: Image.Image, rng: np.random.Generator, sigma: float, specks: float) -> Image.Image:
    a = np.asarray(page, dtype=np.float32)
    a = a + rng.normal(0, sigma, a.shape[:2])[..., None]
    mask = rng.random(a.shape[:2])
    a[mask < specks / 2] = 20  # dust
    a[mask > 1 - specks / 2] = 250  # drop-outs
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")


def jpeg(page: Image.Image, quality: int) -> Image.Image:
    buf = io.BytesIO()
    page.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


# --- one document -------------------------------------------------------------

def render(pdf_path: Path, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(str(pdf_path))
    try:
        return [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    finally:
        doc.close()


def stamp(pages: list[Image.Image], pdf_path: Path, dpi: int, rng: np.random.Generator) -> None:
    """Seal and signature over the signer block, in place (NĐ 30: seal over the left third)."""
    found = signer_box(pdf_path)
    if not found:
        return
    index, (x0, top, x1, bottom) = found
    k = dpi / 72
    name_h = (bottom - top) * k
    sig_box = (x0 * k, top * k - name_h * 4.2, x1 * k, top * k - name_h * 0.6)
    pages[index] = draw_signature(pages[index], sig_box, rng)
    radius = 0.75 * 72 * k * rng.uniform(0.95, 1.1)  # ~38 mm seal
    centre = (x0 * k + (x1 - x0) * k * rng.uniform(0.0, 0.2), top * k - name_h * 2.2)
    pages[index] = draw_seal(pages[index], centre, radius, rng)


def scan_pages(pdf_path: Path) -> tuple[list[Image.Image], int]:
    name = pdf_path.stem
    rng = _rng(name)
    dpi = int(rng.choice([150, 200, 200, 200]))
    pages = render(pdf_path, dpi)
    stamp(pages, pdf_path, dpi, rng)
    out = []
    for page in pages:
        angle = float(rng.uniform(0.3, 2.0) * rng.choice([-1, 1]))
        page = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=(255, 255, 255))
        page = page.filter(ImageFilter.GaussianBlur(float(rng.uniform(0.4, 0.8))))
        page = uneven_light(page, rng, float(rng.uniform(0.78, 0.9)))
        page = add_noise(page, rng, float(rng.uniform(5, 10)), 0.0006)
        page = jpeg(page, int(rng.integers(50, 61)))
        out.append(page)
    return out, dpi


def save_pdf(pages: list[Image.Image], dpi: int, out: Path) -> None:
    """Image-only PDF: one JPEG per page at the scan resolution (Pillow writes no text layer)."""
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=float(dpi), quality=60)


def _perspective_coeffs(src: list[tuple[float, float]], dst: list[tuple[float, float]]) -> list[float]:
    """Coefficients for Image.transform(PERSPECTIVE): they map output (dst) points to input (src)."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return list(np.linalg.solve(np.array(rows, float), np.array(rhs, float)))


def photo(pdf_path: Path, out: Path) -> None:
    """Page 1 photographed on a desk: perspective, a shadow, warm light, JPEG."""
    rng = _rng(pdf_path.stem, "photo")
    dpi = 200
    pages = render(pdf_path, dpi)
    stamp(pages, pdf_path, dpi, rng)
    page = pages[0]
    w, h = page.size
    mx, my = int(w * 0.08), int(h * 0.06)
    W, H = w + 2 * mx, h + 2 * my
    canvas = Image.new("RGB", (W, H), (120, 96, 70))  # wooden desk
    canvas = add_noise(canvas, rng, 12, 0)
    canvas.paste(page, (mx, my))
    j = lambda s: float(rng.uniform(0.01, 0.035)) * s  # noqa: E731 - corner jitter
    src = [(mx, my), (mx + w, my), (mx + w, my + h), (mx, my + h)]
    dst = [(mx + j(w), my + j(h)), (mx + w - j(w) * 0.4, my + j(h) * 0.5),
           (mx + w + j(w) * 0.3, my + h - j(h) * 0.3), (mx - j(w) * 0.3, my + h)]
    canvas = canvas.transform((W, H), Image.Transform.PERSPECTIVE, _perspective_coeffs(src, dst),
                              Image.Resampling.BICUBIC, fillcolor=(120, 96, 70))
    # The photographer's shadow: a soft dark band over one corner.
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    d = (xx / W) * 0.8 + (yy / H) * 0.6
    shade = 1 - 0.38 * np.clip((d - 0.75) / 0.25, 0, 1)
    a = np.asarray(canvas, dtype=np.float32) * shade[..., None] * np.array([1.0, 0.96, 0.88])
    canvas = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    canvas = canvas.rotate(float(rng.uniform(-1.5, 1.5)), resample=Image.Resampling.BICUBIC,
                           fillcolor=(120, 96, 70))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.7))
    canvas = add_noise(canvas, rng, 6, 0)
    canvas.save(out, "JPEG", quality=62)  # a phone writes no dpi; the reader assumes A4


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    sources = [p for p in sorted(PDF.glob("*.pdf")) if not args.names or p.stem in args.names]
    for src in sources:
        if not (GOLD / f"{src.stem}.gold.json").exists():
            print(f"skip {src.stem}: no gold", file=sys.stderr)
            continue
        pages, dpi = scan_pages(src)
        out = HERE / f"{src.stem}.pdf"
        save_pdf(pages, dpi, out)
        print(f"{out.relative_to(HERE.parent.parent)}: {len(pages)} pages at {dpi} dpi, "
              f"{out.stat().st_size // 1024} KB")
        if src.stem == PHOTO:
            jpg = HERE / f"{src.stem}.jpg"
            photo(src, jpg)
            print(f"{jpg.relative_to(HERE.parent.parent)}: phone photo, {jpg.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
