"""Page images (PNG, JPEG, TIFF with one or many pages) → Layout, through OCR.

A photo or a scan sent as an image is read exactly like a scanned PDF page
(:mod:`parsers.ocr`), so ``extract/`` gets the same layout model. What this
module adds is the refusal of images that are not pages: a decompression bomb
(a few KB declaring 20 000 × 20 000 pixels) is refused from its header before a
single pixel is decoded; truncated and zero-size images are refused with the
reason instead of a Pillow traceback.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from parsers.errors import UnreadableDocument
from parsers.layout import Layout, Repair

_MEDIA = {"PNG": "image/png", "JPEG": "image/jpeg", "MPO": "image/jpeg", "TIFF": "image/tiff"}


def _check_frames(path: Path, name: str, max_pixels: int, max_pages: int) -> tuple[str, int]:
    """(media type, frame count) after checking every frame's declared size and a full decode of frame 1.

    Pillow's own bomb guard raises only at twice MAX_IMAGE_PIXELS and only
    warns below that; the limit here is ours (``Limits.max_image_pixels``) and
    is checked on the declared size, so nothing big is ever allocated.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as im:
                fmt = im.format or ""
                frames = int(getattr(im, "n_frames", 1) or 1)
                if frames > max_pages:
                    raise UnreadableDocument(name, f"too many pages ({frames}; the limit is {max_pages})")
                for k in range(frames):
                    if k:
                        im.seek(k)
                    w, h = im.size
                    if w <= 0 or h <= 0:
                        raise UnreadableDocument(name, f"image has zero size ({w} × {h} pixels)")
                    if w * h > max_pixels:
                        raise UnreadableDocument(name, f"image too large ({w} × {h} = {w * h:,} pixels; "
                                                       f"the limit is {max_pixels:,})")
                im.seek(0)
                im.load()  # decode frame 1 now: a truncated file fails here, with a reason
    except UnreadableDocument:
        raise
    except Image.DecompressionBombError as err:
        # Pillow refuses at open() beyond twice its own limit, before we see the size.
        found = re.search(r"\((\d+) pixels\)", str(err))
        size = f"{int(found.group(1)):,} pixels" if found else "declared size"
        raise UnreadableDocument(name, f"image too large ({size}; the limit is {max_pixels:,})") from None
    except UnidentifiedImageError:
        raise UnreadableDocument(name, "not a readable image (unknown or damaged format)") from None
    except OSError as err:
        text = str(err)
        if "truncated" in text or "broken data stream" in text or "image file is truncated" in text:
            raise UnreadableDocument(name, "truncated image (the file ends before the picture does)") from None
        raise UnreadableDocument(name, f"damaged image ({text[:120]})") from None
    except (SyntaxError, ValueError, EOFError) as err:
        raise UnreadableDocument(name, f"damaged image ({type(err).__name__}: {str(err)[:100]})") from None
    return _MEDIA.get(fmt, "image/" + fmt.lower() if fmt else "image/png"), frames


def parse_image(path: Path, limits=None, *, progress=None) -> Layout:
    """OCR every page of an image file into a Layout (``source.ocr`` is true)."""
    from parsers import Limits
    from parsers.ocr import ocr_image_frames

    path = Path(path)
    limits = limits or Limits()
    name = path.name
    media_type, frames = _check_frames(path, name, limits.max_image_pixels, limits.max_pages)
    pages, repaired = ocr_image_frames(path, frames, limits, progress=progress)
    if not pages:
        reasons = "; ".join(f"page {n}: {r}" for n, r in sorted(pages.failures.items()))
        raise UnreadableDocument(name, f"OCR could not read the image ({reasons or 'no text found'})")
    order = 0
    for page in pages:
        for block in page.blocks:
            block.order = order
            order += 1
    repairs = [Repair("ocr", f"image pages read by OCR: {[p.number for p in pages]}", len(pages))]
    if repaired:
        repairs.append(Repair("ocr-vocabulary", "OCR lines snapped to the fixed phrases of official documents",
                              repaired))
    for number, reason in sorted(pages.failures.items()):
        repairs.append(Repair("ocr-failed", f"page {number}: {reason}", 1))
    return Layout(filename=name, media_type=media_type, pages=list(pages), page_count=frames, repairs=repairs)
