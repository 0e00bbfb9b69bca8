"""The layout model: the one shape every input format is turned into.

It is the seam between formats and meaning. A backend in ``parsers/`` (DOCX,
PDF, text, OCR) fills it; ``extract/`` reads only this, never a file or a PDF
library object. It holds what a reader sees — text in reading order, where it
sits, how it is styled — and nothing interpreted (no "issuer", no "task").

Conventions every backend honours:

* Text is NFC, legacy encodings already converted (see ``parsers.textfix``),
  runs of white space collapsed, no leading/trailing spaces.
* A :class:`Block` is one paragraph as the reader sees it: a DOCX paragraph,
  or PDF/OCR lines rejoined across hard wraps. Its text **starts with the list
  label a reader sees** ("1.", "a)", "-"), including labels that Word draws
  from automatic numbering, so ``extract/`` parses markers the same way for
  every format. The label is also given apart in ``list_label`` when known.
* Coordinates are PDF points, origin at the page's top-left:
  ``(x0, top, x1, bottom)``. Formats without geometry (DOCX, text) leave
  ``bbox`` as ``None`` and give ``order`` (paragraph index) instead.
* Page furniture (running headers, page numbers, drawn rules, signature
  stamps) is removed by the backend, except a lone ``*`` under a Party body,
  which is meaningful.
* Two-column zones (the header table, the "Nơi nhận | signature" table) are
  marked with ``column`` 0 (left) / 1 (right) and, when they come from a
  table, ``cell``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

BBox = tuple[float, float, float, float]
Align = Literal["left", "center", "right", "justify"]


@dataclass(slots=True)
class Span:
    """A run of text with one style, inside a line (bold labels, italic dates)."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass(slots=True)
class Line:
    """One visual line (PDF/OCR) or the whole text of a paragraph (DOCX/text)."""

    text: str
    bbox: BBox | None = None
    bold: bool = False
    italic: bool = False
    underline: bool = False
    size: float | None = None
    font: str | None = None
    spans: list[Span] = field(default_factory=list)
    confidence: float | None = None  # OCR word confidence averaged over the line, 0..1


@dataclass(slots=True)
class CellRef:
    """Where a block sits in a table: table index in the document, row, column."""

    table: int
    row: int
    col: int
    n_cols: int = 2


@dataclass(slots=True)
class Block:
    """One paragraph in reading order."""

    lines: list[Line]
    page: int = 1
    order: int = 0  # position in reading order over the whole document
    column: int | None = None  # 0 left / 1 right in a two-column zone, None = full width
    cell: CellRef | None = None
    align: Align | None = None
    indent: float | None = None  # left indent in points (DOCX) or x0 offset from the text margin (PDF)
    list_label: str | None = None  # the numbering label as printed, already at the start of ``text``
    style: str | None = None  # DOCX paragraph style name, when there is one

    @property
    def text(self) -> str:
        """Lines joined with one space: hard wraps never split a Vietnamese syllable."""
        return " ".join(t for t in (ln.text.strip() for ln in self.lines) if t)

    @property
    def bold(self) -> bool:
        """True when every line with letters is bold (a heading, an issuer, a signer name)."""
        lines = [ln for ln in self.lines if any(c.isalpha() for c in ln.text)]
        return bool(lines) and all(ln.bold for ln in lines)

    @property
    def italic(self) -> bool:
        lines = [ln for ln in self.lines if any(c.isalpha() for c in ln.text)]
        return bool(lines) and all(ln.italic for ln in lines)

    @property
    def underline(self) -> bool:
        lines = [ln for ln in self.lines if any(c.isalpha() for c in ln.text)]
        return bool(lines) and all(ln.underline for ln in lines)

    @property
    def bbox(self) -> BBox | None:
        boxes = [ln.bbox for ln in self.lines if ln.bbox]
        if not boxes:
            return None
        return (min(b[0] for b in boxes), min(b[1] for b in boxes),
                max(b[2] for b in boxes), max(b[3] for b in boxes))

    @property
    def confidence(self) -> float | None:
        scores = [ln.confidence for ln in self.lines if ln.confidence is not None]
        return sum(scores) / len(scores) if scores else None


@dataclass(slots=True)
class Page:
    number: int  # 1-based
    blocks: list[Block] = field(default_factory=list)
    width: float | None = None
    height: float | None = None
    ocr: bool = False  # text of this page came from OCR


@dataclass(slots=True)
class Repair:
    """A change made to the text before anything read it, reported in the output."""

    kind: str  # "nfc", "tcvn3", "vni", "doc-to-docx", "ocr", …
    detail: str = ""
    count: int = 0


@dataclass(slots=True)
class Layout:
    """A whole document as laid out: the only input of ``extract/``."""

    filename: str
    media_type: str
    pages: list[Page]
    sha256: str | None = None
    page_count: int | None = None  # None when the format has no pages (text, DOCX)
    repairs: list[Repair] = field(default_factory=list)

    @property
    def ocr(self) -> bool:
        return any(p.ocr for p in self.pages)

    def blocks(self) -> Iterator[Block]:
        """All blocks in reading order, over every page."""
        for page in self.pages:
            yield from page.blocks

    def text(self) -> str:
        """Plain text, one block a line: for search, logs and quick looks."""
        return "\n".join(b.text for b in self.blocks())
