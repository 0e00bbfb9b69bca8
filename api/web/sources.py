"""Where an extracted value came from: page images and the blocks of a document's layout.

The contract gives a task its ``source`` (page, and the ``order`` of the layout
block it starts in); header fields carry no position, so they are found by
looking for their printed text among the blocks. Layouts are re-read from the
stored original (the pipeline does not keep them) and reduced to a small JSON
cached beside the file store; PDF pages are rendered to PNG once and cached.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ingest.textkeys import fold

RENDER_SCALE = 2.0  # 144 dpi: sharp on a laptop screen and when the clerk zooms in
_pdfium_lock = threading.Lock()  # pdfium is not thread-safe; page routes run in a thread pool
_layout_lock = threading.Lock()
_memory: dict[str, dict[str, Any]] = {}  # sha256 → light layout (a handful of documents)
_MEMORY_MAX = 32


@dataclass(frozen=True, slots=True)
class Place:
    page: int | None
    bbox: list[float] | None  # x0, top, x1, bottom in points, top-left origin
    block: int | None  # the block's order

    def attrs(self) -> dict[str, Any]:
        return {"page": self.page, "bbox": self.bbox, "block": self.block}


def cache_dir(data_dir: Path, kind: str) -> Path:
    path = data_dir / "cache" / kind
    path.mkdir(parents=True, exist_ok=True)
    return path


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def light_layout(data_dir: Path, original: Path, sha256: str, filename: str, *, ocr: bool) -> dict[str, Any] | None:
    """Pages (size) and blocks (order, page, bbox, text, style) of a stored file, or None.

    A scanned document is not re-read (OCR again would cost seconds a page): its
    fields are shown by page only.
    """
    if sha256 in _memory:
        return _memory[sha256]
    path = cache_dir(data_dir, "layout") / f"{sha256}.json"
    if path.is_file():
        result = json.loads(path.read_text("utf-8"))
    elif ocr:
        return None
    else:
        from parsers import Limits, UnreadableDocument, load

        with _layout_lock:
            try:
                layout = load(original, Limits(), filename=filename)
            except UnreadableDocument:
                return None
        result = {
            "pages": [{"number": p.number, "width": p.width, "height": p.height} for p in layout.pages],
            "blocks": [{"order": b.order, "page": b.page, "bbox": list(b.bbox) if b.bbox else None,
                        "text": b.text, "bold": b.bold, "italic": b.italic, "align": b.align,
                        "column": b.column, "cell": [b.cell.table, b.cell.row, b.cell.col] if b.cell else None}
                       for b in layout.blocks()],
        }
        _atomic_write(path, json.dumps(result, ensure_ascii=False).encode("utf-8"))
    if len(_memory) >= _MEMORY_MAX:
        _memory.pop(next(iter(_memory)))
    _memory[sha256] = result
    return result


def pdf_page_count(original: Path) -> int:
    import pypdfium2 as pdfium

    with _pdfium_lock:
        pdf = pdfium.PdfDocument(str(original))
        try:
            return len(pdf)
        finally:
            pdf.close()


def page_png(data_dir: Path, original: Path, sha256: str, number: int, media_type: str) -> Path | None:
    """The PNG of page ``number`` (1-based), rendered once and cached; None past the last page."""
    out = cache_dir(data_dir, "pages") / f"{sha256}-{number}-{RENDER_SCALE:g}.png"
    if out.is_file():
        return out
    if media_type == "application/pdf":
        import pypdfium2 as pdfium

        with _pdfium_lock:
            pdf = pdfium.PdfDocument(str(original))
            try:
                if number < 1 or number > len(pdf):
                    return None
                page = pdf[number - 1]
                image = page.render(scale=RENDER_SCALE).to_pil()
                page.close()
            finally:
                pdf.close()
    elif media_type.startswith("image/"):
        from PIL import Image

        with Image.open(original) as img:  # TIFF scans: browsers cannot show them, PNG they can
            try:
                img.seek(number - 1)
            except EOFError:
                return None
            image = img.convert("RGB")
    else:
        return None
    import io

    buf = io.BytesIO()
    image.save(buf, format="PNG", optimize=False)
    _atomic_write(out, buf.getvalue())
    return out


def page_sizes(original: Path, media_type: str) -> dict[int, tuple[float, float]]:
    """Page sizes in points (PDF) or pixels (image): the frame bboxes are drawn in."""
    if media_type == "application/pdf":
        import pypdfium2 as pdfium

        with _pdfium_lock:
            pdf = pdfium.PdfDocument(str(original))
            try:
                return {i + 1: tuple(pdf[i].get_size()) for i in range(len(pdf))}
            finally:
                pdf.close()
    if media_type.startswith("image/"):
        from PIL import Image

        with Image.open(original) as img:
            return {1: (float(img.width), float(img.height))}
    return {}


# --- finding a value among the blocks -------------------------------------------------------

@lru_cache(maxsize=4096)
def _key(text: str | None) -> str:
    """Accents and case dropped, spaces collapsed (``fold`` does both).

    Cached: :func:`locate` looks every field and every task up in every block.
    """
    return fold(text)


def _place(block: dict[str, Any]) -> Place:
    return Place(block.get("page"), block.get("bbox"), block.get("order"))


def find_text(layout: dict[str, Any] | None, text: str | None, *, head: int = 60) -> Place | None:
    """The first block that contains the start of ``text`` (accents and case ignored)."""
    if not layout or not text:
        return None
    needle = _key(text)[:head].strip()
    if len(needle) < 2:
        return None
    for b in layout["blocks"]:
        if needle in _key(b["text"]):
            return _place(b)
    # a value printed across two blocks (a wrapped subject): its first words are enough
    short = " ".join(needle.split()[:4])
    if len(short) >= 6:
        for b in layout["blocks"]:
            if short in _key(b["text"]):
                return _place(b)
    return None


def block_place(layout: dict[str, Any] | None, order: int | None) -> Place | None:
    if not layout or order is None:
        return None
    for b in layout["blocks"]:
        if b["order"] == order:
            return _place(b)
    return None


def _date_place(layout: dict[str, Any] | None, data: dict[str, Any]) -> Place | None:
    """The place-and-date line: "Hà Nội, ngày 05 tháng 01 năm 2026"."""
    if not layout or not data.get("date"):
        return None
    year = str(data["date"])[:4]
    for b in layout["blocks"]:
        k = _key(b["text"])
        if "ngay" in k and year in k and "thang" in k:
            return _place(b)
    return None


def locate(layout: dict[str, Any] | None, data: dict[str, Any]) -> dict[str, Place]:
    """Field path → where it is printed, for the fields the page shows."""
    found: dict[str, Place] = {}

    def put(path: str, place: Place | None) -> None:
        if place is not None:
            found[path] = place

    put("issuer/name", find_text(layout, (data.get("issuer") or {}).get("name")))
    put("issuer/parent", find_text(layout, (data.get("issuer") or {}).get("parent")))
    number = data.get("number_symbol")
    put("number_symbol", find_text(layout, number, head=40))
    put("doc_type/name", find_text(layout, (data.get("doc_type") or {}).get("name")))
    date_place = _date_place(layout, data)
    put("date", date_place)
    put("place", date_place or find_text(layout, data.get("place")))
    put("subject", find_text(layout, data.get("subject")))
    addressees = data.get("addressees") or []
    put("addressees", find_text(layout, addressees[0] if addressees else None) or find_text(layout, "Kính gửi"))
    for t in data.get("tasks") or []:
        src = t.get("source") or {}
        place = block_place(layout, src.get("block")) or find_text(layout, t.get("text"))
        if place is None and src.get("page"):
            place = Place(src.get("page"), None, None)
        put(f"tasks/{t.get('id')}", place)
    for i, s in enumerate(data.get("signers") or []):
        put(f"signers/{i}", find_text(layout, s.get("name")) or find_text(layout, s.get("title")))
    return found
