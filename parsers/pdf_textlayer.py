"""Is a page's text layer usable, and is it in a legacy 8-bit encoding?

A scanned page has no text (or only a stamp's page number); a PDF made with
unmapped fonts gives "(cid:12)" or U+FFFD; one made from a .VnTime document
gives TCVN3 mojibake, which ``parsers.legacy`` repairs — and when it cannot,
the page is unreadable as text and must be OCR'd.
"""

from __future__ import annotations

import re

from parsers.layout import Repair
from parsers.legacy import (
    convert_run,
    decode_line,
    detect_encoding,
    encoding_name,
    font_encoding,
    has_legacy_marks,
    has_unicode_vietnamese,
    valid_share,
)
from parsers.pdf_furniture import without_stamp
from parsers.pdf_lines import Row
from parsers.pdf_words import PageInfo, Word

_CID = re.compile(r"\(cid:\d+\)")
_MIN_LETTERS = 20  # fewer letters than a short line: nothing to read as text
_SCAN_AREA = 0.3  # an image over this share of the page, under almost no text: a scan
_FULL_SCAN = 0.8  # an image covering the page
_SCAN_TEXT_LETTERS = 400  # more text than this is a real text layer, whatever lies under it


def _bad_chars(text: str) -> int:
    return len(_CID.findall(text)) * 3 + sum(1 for c in text if c == "\ufffd" or 0xE000 <= ord(c) <= 0xF8FF)


def _page_text(words: list[Word]) -> str:
    """Words in extraction order, a new line where the baseline moves (legacy detection works per line)."""
    parts: list[str] = []
    prev: Word | None = None
    for w in words:
        if prev is not None:
            parts.append("\n" if abs(w.bottom - prev.bottom) > 0.5 * max(w.size, prev.size) else " ")
        parts.append(w.text)
        prev = w
    return "".join(parts)


def needs_ocr(words: list[Word], page: PageInfo) -> bool:
    """True when the page's text layer cannot be trusted and OCR should read the page instead.

    No text (or a few stray characters) over a page-size image; mostly
    unmapped glyphs; or legacy-encoded text that the converter cannot turn
    into Vietnamese. A blank page without images needs nothing.
    """
    text = _page_text(words)
    letters = sum(c.isalpha() for c in text)
    if letters < _MIN_LETTERS:
        return page.image_area > _SCAN_AREA
    if page.image_area >= _FULL_SCAN and letters < _SCAN_TEXT_LETTERS:
        # A page-size scan whose only text is the e-signature stamp laid over it (common in
        # signed copies of scanned documents): the document itself is in the image.
        content = without_stamp(words)
        if sum(c.isalpha() for w in content for c in w.text) < _MIN_LETTERS:
            return True
    if _bad_chars(text) > 0.15 * max(1, len(text.replace(" ", ""))):
        return True
    if any(font_encoding(font) for font in {w.font for w in words}):
        return False  # the font says which table to use: it converts exactly
    if has_unicode_vietnamese(text) and not has_legacy_marks(text):
        return False  # plain Unicode Vietnamese: the common case, no syllable check needed
    encoding = detect_encoding(text)
    share = valid_share(text if encoding is None else decode_line(text, encoding))
    return share is not None and share < 0.5


def repair_rows(rows: list[Row], page: int) -> Repair | None:
    """Convert a page's legacy-encoded words in place (before any pattern reads them).

    Words in ".Vn*"/"VNI-*" fonts are converted by font (exact, and "H"
    fonts upper-cased); otherwise the page text decides the encoding and each
    row is decoded as a line (so capitals lines come out in capitals).
    """
    count = 0
    legacy_font = False
    for row in rows:
        for w in row.words:
            if font_encoding(w.font):
                legacy_font = True
                new, encoding = convert_run(w.text, w.font)
                if new != w.text:
                    w.text, count = new, count + 1
    if legacy_font:
        return Repair("tcvn3" if any(font_encoding(w.font) == "tcvn3" for r in rows for w in r.words) else "vni",
                      f"page {page}: legacy font text converted to Unicode", count)
    text = "\n".join(" ".join(w.text for w in r.words) for r in rows)
    encoding = detect_encoding(text)
    if encoding is None:
        if "\xad" in text:
            _drop_soft_hyphens(rows)
        return None
    for row in rows:
        line = " ".join(w.text for w in row.words)
        if has_unicode_vietnamese(line):
            continue  # a Unicode line on a legacy page (a stamp, a later edit): already right
        texts = decode_line(line, encoding).split(" ")
        if len(texts) != len(row.words):
            continue
        for w, t in zip(row.words, texts, strict=True):
            if t != w.text:
                w.text, count = t, count + 1
    return Repair(encoding, f"page {page}: {encoding_name(encoding)} text converted to Unicode", count) if count else None


def _drop_soft_hyphens(rows: list[Row]) -> None:
    """On a Unicode page a soft hyphen is an invisible hyphenation point: drop it.

    Only once the page is known not to be TCVN3, where U+00AD is the letter ư.
    """
    for row in rows:
        for w in row.words:
            if "\xad" in w.text:
                w.text = w.text.replace("\xad", "")
        row.words = [w for w in row.words if w.text]
