"""The only module that talks to the PDF library: a page → plain word records.

Everything after this (lines, columns, furniture, blocks) works on
:class:`Word` and :class:`PageInfo`, so the hot path can move to another
library (pypdfium2) by rewriting this file alone. Each page is read once
(words with font name and size in one pass) and its cache is dropped at once:
pdfplumber's char parsing is ~90 % of the cost of a PDF, never pay it twice.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pdfplumber
import pdfplumber.page
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psexceptions import PSEOF
from pdfplumber.utils.exceptions import PdfminerException

from parsers.errors import UnreadableDocument


@dataclass(slots=True)
class Word:
    """One word as printed: text, box (points, top-left origin) and style."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    font: str  # base font name without the subset prefix ("TimesNewRomanPS-BoldMT")
    bold: bool = False
    italic: bool = False
    underline: bool = False


Rule = tuple[float, float, float]  # horizontal (x0, x1, y) or vertical (x, top, bottom), points


@dataclass(slots=True)
class PageInfo:
    number: int  # 1-based
    width: float
    height: float
    image_area: float = 0.0  # share of the page covered by images, 0..1 (a scan is ~1)
    hrules: list[Rule] = field(default_factory=list)  # drawn horizontal strokes: underlines, table borders
    vrules: list[Rule] = field(default_factory=list)  # drawn vertical strokes: table borders
    error: str | None = None  # why this page's text could not be read (the page alone is damaged)


# Words split where the gap exceeds 15 % of the font size, not a fixed 3 pt: PDFs that
# position words without space glyphs leave ~0.25 em between syllables, under 3 pt in
# 8–11 pt print ("Nơinhận" glued). Font and size attributes split words too; the line
# builder glues the pieces that touch back together.
_WORD_OPTIONS = {"extra_attrs": ["fontname", "size"], "x_tolerance_ratio": 0.15}
_BOLD = re.compile(r"bold|black|heavy|semibold|demibold|[-,]bd\b|extrabold", re.IGNORECASE)
_ITALIC = re.compile(r"italic|oblique|[-,]it\b|[-,]i\b|kursiv", re.IGNORECASE)


@lru_cache(maxsize=512)
def font_style(fontname: str) -> tuple[str, bool, bool]:
    """(base name, bold, italic) from a PDF font name.

    "BCDEEE+TimesNewRomanPS-BoldMT", "Times New Roman,Bold", "Arial-ItalicMT",
    "LiberationSerif-BoldItalic": the style is only in the name (PDF has no
    bold flag a text extractor sees).
    """
    base = fontname.split("+", 1)[-1] if "+" in fontname[:8] else fontname
    return base, bool(_BOLD.search(base)), bool(_ITALIC.search(base))


def _reason(err: BaseException) -> str:
    """A one-line reason for a PDF pdfminer refuses."""
    inner = err.args[0] if isinstance(err, PdfminerException) and err.args else err
    if isinstance(inner, PDFPasswordIncorrect):
        return "encrypted (password-protected)"
    if isinstance(inner, PDFEncryptionError):
        return "encrypted (password-protected, unsupported encryption)"
    if isinstance(inner, PSEOF):
        return "truncated or damaged PDF (unexpected end of file)"
    if isinstance(inner, PDFSyntaxError):
        return "damaged or not a PDF (no readable document structure)"
    text = str(inner) or type(inner).__name__
    return f"damaged PDF ({type(inner).__name__}: {text[:100]})"


class PdfSource:
    """An open PDF: page count up front, then each page's words, once."""

    def __init__(self, path: Path, name: str, max_pages: int) -> None:
        self.name = name
        try:
            self._pdf = pdfplumber.open(path)
            self._pages = self._pdf.pages  # walks the page tree only: no text is parsed yet
        except (PdfminerException, PDFSyntaxError, PSEOF, PDFPasswordIncorrect, PDFEncryptionError) as err:
            raise UnreadableDocument(name, _reason(err)) from None
        except (ValueError, KeyError, TypeError, AttributeError, AssertionError, IndexError) as err:
            raise UnreadableDocument(name, _reason(err)) from None
        self.page_count = len(self._pages)
        if self.page_count == 0:
            self.close()
            raise UnreadableDocument(name, "PDF has no pages (damaged or truncated)")
        if self.page_count > max_pages:
            self.close()
            raise UnreadableDocument(name, f"too many pages ({self.page_count}; the limit is {max_pages})")

    def __enter__(self) -> PdfSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        pdf = getattr(self, "_pdf", None)
        if pdf is not None:
            pdf.close()
            self._pdf = None

    def pages(self) -> Iterator[tuple[PageInfo, list[Word]]]:
        for index in range(self.page_count):
            yield self.read(index)

    def read(self, index: int) -> tuple[PageInfo, list[Word]]:
        """Words of one page, upright text only (rotated margin notes are furniture)."""
        page = self._pages[index]
        try:
            raw = page.extract_words(**_WORD_OPTIONS)
            if page.rotation and raw and sum(bool(w.get("upright", True)) for w in raw) < 0.5 * len(raw):
                # /Rotate on a page whose text runs upright in its own frame (a viewer or printer
                # turned it): read it unturned, or every letter comes out as a sideways word.
                page.close()
                page = _unrotated(page)
                raw = page.extract_words(**_WORD_OPTIONS)
            objects = page.objects
            rules, vrules = _rules(objects)
            info = PageInfo(index + 1, float(page.width), float(page.height),
                            _image_area(objects.get("image", ()), float(page.width) * float(page.height)),
                            rules, vrules)
        except MemoryError:
            raise
        except Exception as err:  # one damaged page must not sink the whole document
            try:
                width, height = float(page.width), float(page.height)
            except Exception:
                width = height = 0.0
            return PageInfo(index + 1, width, height, error=_reason(err)), []
        finally:
            page.close()  # drop the parsed layout: memory stays flat over long documents
        words = []
        for w in raw:
            if not w.get("upright", True):
                continue
            base, bold, italic = font_style(str(w.get("fontname") or ""))
            text = w["text"]
            if not unicodedata.is_normalized("NFC", text):
                text = unicodedata.normalize("NFC", text)  # some producers write NFD: "Số" must match "Số"
            word = Word(text, float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"]),
                        float(w.get("size") or (w["bottom"] - w["top"])), base, bold, italic)
            if rules:
                word.underline = _underlined(word, rules)
            words.append(word)
        return info, words


def _unrotated(page):
    """The same page with its /Rotate set aside (a second read, for such pages only)."""
    obj = page.page_obj
    obj.attrs = {**obj.attrs, "Rotate": 0}
    obj.rotate = 0
    return pdfplumber.page.Page(page.pdf, obj, page_number=page.page_number, initial_doctop=page.initial_doctop)


def _image_area(images, page_area: float) -> float:
    if not images or page_area <= 0:
        return 0.0
    area = sum(max(0.0, float(i["x1"]) - float(i["x0"])) * max(0.0, float(i["bottom"]) - float(i["top"]))
               for i in images)
    return min(1.0, area / page_area)


def _rules(objects) -> tuple[list[Rule], list[Rule]]:
    """Drawn strokes: horizontal (x0, x1, y) and vertical (x, top, bottom).

    Underlines are strokes, not a font property; table borders are strokes
    (lines or hair-thin filled rectangles, as Word and LibreOffice draw them).
    """
    hor: list[Rule] = []
    ver: list[Rule] = []
    for kind in ("line", "rect"):
        for obj in objects.get(kind, ()):
            x0, x1, top, bottom = float(obj["x0"]), float(obj["x1"]), float(obj["top"]), float(obj["bottom"])
            if bottom - top < 1.5 and x1 - x0 > 3:
                hor.append((x0, x1, (top + bottom) / 2))
            elif x1 - x0 < 1.5 and bottom - top > 3:
                ver.append(((x0 + x1) / 2, top, bottom))
    return hor, ver


def _underlined(word: Word, rules: list[tuple[float, float, float]]) -> bool:
    """A stroke just under the baseline that spans most of the word."""
    width = word.x1 - word.x0
    for x0, x1, y in rules:
        if word.bottom - 0.35 * word.size <= y <= word.bottom + 1.5 and \
                min(x1, word.x1) - max(x0, word.x0) >= 0.8 * width:
            return True
    return False
