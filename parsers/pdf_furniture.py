"""Page furniture: what is printed on a page but is not the document's text.

Running page numbers, running headers/footers, rules typed as "_____", and
the text of digital-signature stamps would otherwise land inside paragraphs
("… thực hiện 3 Tài liệu lưu hành nội bộ nghiêm túc …") or fake a header.
A lone "*" under a Party body is not furniture: it is kept.
"""

from __future__ import annotations

import re
from collections import Counter

from parsers.pdf_lines import Row, group_rows
from parsers.pdf_words import PageInfo, Word

_RULE_CHARS = frozenset("_-–—=.")
# "2", "- 2 -", "Trang 2", "Trang 2/10", "2/10"
_PAGE_NO = re.compile(r"^(?:[-–—]\s*)?(?:trang\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*[-–—])?$", re.IGNORECASE)
_STAMP_ANCHOR = re.compile(r"^(?:(?:Người ký|Ký bởi|Thời gian ký|Signed by)\s*:|Signature valid\b)", re.IGNORECASE)
_STAMP_FIELD = re.compile(r"^(?:Người ký|Ký bởi|Cơ quan|Chức vụ|Thời gian ký|Ngày ký|Email|E-mail|Signed by|"
                          r"Signature valid|Date)\s*:", re.IGNORECASE)
_MARGIN = 0.075  # share of the page height: running headers/footers live above/below the text area
_NUMBER_MARGIN = 0.1


def is_rule(text: str) -> bool:
    """Text that only draws a line: "_______", "-----", "=====", "- - - -", "*****".

    Dots alone are kept ("….." fills forms), and so is a lone "*" (the Party
    marker under the issuing body).
    """
    if len(text) < 3 or (text[0] not in _RULE_CHARS and text[0] != "*"):
        return False  # the common case, decided on the first character
    chars = [c for c in text if not c.isspace()]
    if len(chars) >= 3 and all(c == "*" for c in chars):
        return True
    return len(chars) >= 3 and all(c in _RULE_CHARS for c in chars) and sum(c != "." for c in chars) >= 3


def drop_rule_words(words: list[Word]) -> list[Word]:
    """Rules are often their own word beside other text ("-------- Độc lập - Tự do"), so drop at word level."""
    return [w for w in words if not is_rule(w.text)]


def drop_stamp_words(words: list[Word]) -> list[Word]:
    """Words of a small-print e-signature stamp, wherever it sits.

    The stamp ("Ký bởi: …", "Cơ quan: …", "Thời gian ký: … +07:00") is often
    printed at the top right of page 1, at the height of the header table: row
    grouping would glue it to the motto. Its print is smaller than the text,
    so the small words are grouped on their own and the stamp's lines dropped.
    """
    if len(words) < 4:
        return words
    sizes = sorted(w.size for w in words)
    small = [w for w in words if w.size <= 0.8 * sizes[len(sizes) // 2]]
    if not small:
        return words
    rows = group_rows(small)
    stamp = _stamp_rows(rows)
    if not stamp:
        return words
    drop = {id(w) for i in stamp for w in rows[i].words}
    return [w for w in words if id(w) not in drop]


def without_stamp(words: list[Word]) -> list[Word]:
    """Words minus any e-signature stamp, small print or not: what the page itself says."""
    words = drop_stamp_words(words)
    rows = group_rows(words)
    drop = {id(w) for i in _stamp_rows(rows) for w in rows[i].words}
    return [w for w in words if id(w) not in drop] if drop else words


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.strip().lower()))


def _in_top(row: Row, page: PageInfo, share: float) -> bool:
    return row.bottom <= share * page.height


def _in_bottom(row: Row, page: PageInfo, share: float) -> bool:
    return row.top >= (1 - share) * page.height


def _page_number(row: Row, page: PageInfo) -> bool:
    """A lone number centred in the top margin (from page 2) or the bottom margin."""
    text = row.text.strip()
    if not _PAGE_NO.match(text):
        return False
    centred = abs(row.center - page.width / 2) < 0.15 * page.width
    worded = not text[:1].isdigit()  # "Trang 2", "- 2 -": a page number wherever it sits
    # Centred (or worded) a little into the page, or anywhere in the outer margin band (bottom right).
    share = _NUMBER_MARGIN if centred or worded else _MARGIN
    return (page.number >= 2 and _in_top(row, page, share)) or _in_bottom(row, page, share)


def _stamp_rows(rows: list[Row]) -> set[int]:
    """Rows of an e-signature stamp: field lines ("Cơ quan:", "Email:") next to an anchor ("Người ký:")."""
    anchors = [i for i, r in enumerate(rows) if _STAMP_ANCHOR.match(r.text)]
    out: set[int] = set()
    for a in anchors:
        for i in range(max(0, a - 5), min(len(rows), a + 6)):
            if _STAMP_FIELD.match(rows[i].text):
                out.add(i)
    return out


def _margin_candidates(rows: list[Row], page: PageInfo) -> list[int]:
    """Indexes of the outermost rows that sit in the top or bottom margin band."""
    out = [i for i in range(min(2, len(rows))) if _in_top(rows[i], page, _MARGIN)]
    out += [i for i in range(max(0, len(rows) - 2), len(rows)) if _in_bottom(rows[i], page, _MARGIN)]
    return out


def remove_furniture(pages: list[tuple[PageInfo, list[Row]]]) -> list[list[Row]]:
    """Rows of each page with page numbers, running headers/footers and stamps removed."""
    counts: Counter[str] = Counter()
    for page, rows in pages:
        counts.update({_key(rows[i].text) for i in _margin_candidates(rows, page)})
    n = len(pages)
    need = 2 if n <= 4 else 3  # a running line repeats; one occurrence is the document's own text
    out: list[list[Row]] = []
    for page, rows in pages:
        drop = _stamp_rows(rows)
        for i in _margin_candidates(rows, page):
            if counts[_key(rows[i].text)] >= need:
                drop.add(i)
        for i in (0, 1, len(rows) - 2, len(rows) - 1):
            if 0 <= i < len(rows) and _page_number(rows[i], page):
                drop.add(i)
        kept = []
        for i, row in enumerate(rows):
            if i in drop:
                continue
            if is_rule(row.text):  # "- - - - -" spread over several one-character words
                continue
            kept.append(row)
        out.append(kept)
    return out


