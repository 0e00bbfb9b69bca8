"""Any input file → one :class:`~parsers.layout.Layout`.

Public surface (kept small on purpose)::

    from parsers import load, UnreadableDocument
    layout = load("chi_thi.docx")

One small backend per format (``docx_backend``, ``pdf_backend``,
``text_backend``, ``doc_backend``, ``image_backend``); this module only sniffs
the type and dispatches, and turns every failure into
:class:`UnreadableDocument`.
"""

from __future__ import annotations

import hashlib
import importlib
from dataclasses import dataclass
from pathlib import Path

from parsers.errors import UnreadableDocument
from parsers.layout import Block, Layout, Line, Page, Repair

__all__ = ["Block", "Layout", "Limits", "Line", "Page", "Repair", "UnreadableDocument", "load", "sniff"]


@dataclass(frozen=True, slots=True)
class Limits:
    """What a single file may cost; every entry point passes its own."""

    max_bytes: int = 100 * 1024 * 1024
    max_pages: int = 500
    max_image_pixels: int = 120_000_000  # ~ A4 at 1200 dpi; beyond that it is a bomb, not a scan
    ocr_page_seconds: float | None = None  # time limit per OCR'd page; None = the OCR module's default


# media type -> "module:function" taking (path, limits) and returning a Layout
BACKENDS: dict[str, str] = {
    "application/pdf": "parsers.pdf_backend:parse_pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "parsers.docx_backend:parse_docx",
    "application/msword": "parsers.doc_backend:parse_doc",
    "text/plain": "parsers.text_backend:parse_text",
    "image/png": "parsers.image_backend:parse_image",
    "image/jpeg": "parsers.image_backend:parse_image",
    "image/tiff": "parsers.image_backend:parse_image",
}

_SUFFIX = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".doc": "application/msword",
    ".rtf": "application/msword",
    ".txt": "text/plain",
    ".md": "text/plain",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
}


def sniff(path: Path, head: bytes) -> str | None:
    """The media type from the first bytes, falling back on the suffix.

    Content wins over the name: a PDF renamed ``.docx`` is still read as a PDF,
    and a ``.pdf`` that is really HTML is refused instead of crashing pdfminer.
    """
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0"):  # OLE2 compound file: Word 97–2003
        return "application/msword"
    if head.startswith(b"{\\rtf"):  # RTF saved as .doc by offices: LibreOffice converts it like a .doc
        return "application/msword"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    suffix = _SUFFIX.get(path.suffix.lower())
    if head.startswith(b"PK\x03\x04"):
        return suffix if suffix and suffix.endswith("document") else _SUFFIX[".docx"]
    if suffix == "text/plain":
        return suffix
    if suffix is None and _looks_like_text(head):
        return "text/plain"
    return None if suffix in (None, "application/pdf") else suffix


def _looks_like_text(head: bytes) -> bool:
    if not head or b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as err:
        return err.start > len(head) - 4  # cut inside a multi-byte character at the end
    return True


def load(path: str | Path, limits: Limits | None = None, *, filename: str | None = None) -> Layout:
    """Parse one file into a Layout, or raise :class:`UnreadableDocument`.

    ``filename`` is the name shown to users (an upload's original name) when
    ``path`` is a storage path.
    """
    path = Path(path)
    limits = limits or Limits()
    name = filename or path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UnreadableDocument(name, "file not found") from None
    except OSError as err:
        raise UnreadableDocument(name, f"cannot be read ({err.strerror})") from None
    if path.is_dir():
        raise UnreadableDocument(name, "is a folder, not a file")
    if size == 0:
        raise UnreadableDocument(name, "empty file")
    if size > limits.max_bytes:
        raise UnreadableDocument(name, f"too large ({size // (1024 * 1024)} MB; the limit is "
                                       f"{limits.max_bytes // (1024 * 1024)} MB)")
    data_head = path.open("rb").read(8192)
    media_type = sniff(path, data_head)
    if media_type is None or media_type not in BACKENDS:
        raise UnreadableDocument(name, "unsupported file type (expected PDF, DOCX, DOC, TXT, PNG, JPEG or TIFF)")
    module_name, func_name = BACKENDS[media_type].split(":")
    backend = getattr(importlib.import_module(module_name), func_name)
    try:
        layout: Layout = backend(path, limits)
    except UnreadableDocument as err:
        if err.filename != name:
            raise UnreadableDocument(name, err.reason) from None
        raise
    except MemoryError:
        raise UnreadableDocument(name, "too large to process in memory") from None
    except Exception as err:  # a backend library failing on malformed input
        raise UnreadableDocument(name, f"damaged or unreadable {media_type.split('/')[-1]} "
                                       f"({type(err).__name__}: {str(err)[:120]})") from None
    if layout.page_count and layout.page_count > limits.max_pages:
        raise UnreadableDocument(name, f"too many pages ({layout.page_count}; the limit is {limits.max_pages})")
    layout.filename = name
    layout.sha256 = _sha256(path)
    return layout


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
