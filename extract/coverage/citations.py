"""The directives a report answers, read from its opening citation.

Reports open with "Thực hiện Công văn số 125-CV/ĐU ngày 05/01/2026 của …"
(domain notes §4). The symbol is the link, but it is often mistyped or
re-formatted: a Party symbol written the state way ("125/CV-ĐU"), OCR dropping
the bar of Đ ("125-CV/DU"), spaces and en dashes ("1234/UBND – KSTTHC"),
transposed digits ("152-CV/ĐU"). So symbols are compared on a folded key, and
a near miss is accepted only when the date or the subject backs it up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date
from difflib import SequenceMatcher

from extract.coverage.textnorm import fold, key

# Document kinds a report cites; the longest first so "Kế hoạch" wins over "Kế".
_KINDS = ["Chỉ thị", "Công văn", "Công điện", "Kế hoạch", "Hướng dẫn", "Nghị quyết", "Quyết định",
          "Thông báo kết luận", "Thông báo", "Kết luận", "Chương trình", "Thông tri", "Quy định",
          "Văn bản", "Điện", "Tờ trình"]
_KIND_RE = "|".join(re.escape(k) for k in sorted(_KINDS, key=len, reverse=True))
_DASH = "\\-\u2010\u2011\u2012\u2013\u2014\u2212"  # escaped hyphen first: never a range in []
_DASHES = re.compile(rf"[{_DASH}]")
_SYMBOL_SEPARATORS = re.compile(rf"[\s/{_DASH}]+")
_TOKEN = r"[A-Za-zĐđÐ][A-Za-zĐđÐ0-9]*"
# number, then groups of letters joined by "/" or "-" with optional spaces around them
_SYMBOL = rf"(?P<num>[0-9OolI]{{1,6}})\s*[/{_DASH}]\s*(?P<rest>{_TOKEN}(?:\s*[/{_DASH}]\s*{_TOKEN}){{0,3}})"
_CITE = re.compile(rf"(?P<kind>{_KIND_RE})\s+(?:số\s*:?\s*)?{_SYMBOL}", re.IGNORECASE)
_DATE = re.compile(r"ngày\s+(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})"
                   r"|ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
# The sentence a report opens with to say what it answers (domain notes §4).
OPENING = re.compile(r"^\s*(Thực hiện|Căn cứ|Theo (yêu cầu|đề nghị|chỉ đạo)|Phúc đáp|Triển khai"
                     r"|Trả lời|Qua triển khai)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Citation:
    kind: str | None
    number_symbol: str
    date: Date | None
    text: str  # the citation as written, up to the next citation or the end of the clause


def symbol_key(symbol: str | None) -> tuple[str, ...]:
    """("125", "CV", "DU") for "125-CV/ĐU", "125/CV-ĐU", "125 - CV/DU", "l25-CV/ĐU"."""
    if not symbol:
        return ()
    parts = [p for p in _SYMBOL_SEPARATORS.split(fold(symbol).upper()) if p]
    if parts and re.fullmatch(r"[0-9OLI]+", parts[0]):
        # OCR reads 0 as O and 1 as l/I inside numbers; inside the letter groups they are real.
        parts[0] = parts[0].translate(str.maketrans("OLI", "011")).lstrip("0") or "0"
    return tuple(parts)


def symbol_similarity(a: str | None, b: str | None) -> float:
    """1.0 same symbol (after folding); 0.8 one slip (a digit, a letter group); else 0..0.6."""
    ka, kb = symbol_key(a), symbol_key(b)
    if not ka or not kb:
        return 0.0
    if ka == kb:
        return 1.0
    num_a, num_b, rest_a, rest_b = ka[0], kb[0], ka[1:], kb[1:]
    if rest_a == rest_b and SequenceMatcher(None, num_a, num_b).ratio() >= 0.5 and len(num_a) == len(num_b):
        return 0.8  # 152 for 125: a typing slip in the number
    if num_a == num_b:
        ra, rb = "-".join(rest_a), "-".join(rest_b)
        if SequenceMatcher(None, ra, rb).ratio() >= 0.75:
            return 0.8  # 125-KH/ĐU for 125-CV/ĐU, or a truncated unit code
    return round(0.6 * SequenceMatcher(None, "-".join(ka), "-".join(kb)).ratio(), 3)


def find_citations(text: str) -> list[Citation]:
    """Every "<Kind> số <symbol> [,] ngày <date>" in a sentence, in order."""
    out: list[Citation] = []
    matches = list(_CITE.finditer(text))
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        tail = text[m.end():end]
        date = None
        d = _DATE.search(tail[:40])  # the date follows the symbol closely: ", ngày 05/01/2026"
        if d:
            day, month, year = (d.group(1), d.group(2), d.group(3)) if d.group(1) else d.group(4, 5, 6)
            try:
                date = Date(int(year), int(month), int(day))
            except ValueError:
                date = None
        symbol = f"{m.group('num')}{text[m.start('num') + len(m.group('num')):m.end('rest')]}"
        symbol = _DASHES.sub("-", re.sub(r"\s+", "", symbol))
        out.append(Citation(kind=_canonical_kind(m.group("kind")), number_symbol=symbol, date=date,
                            text=text[m.start():end].strip(" ,;")))
    return out


def _canonical_kind(kind: str) -> str:
    k = key(kind)
    for name in _KINDS:
        if key(name) == k:
            return name
    return kind


@dataclass(frozen=True, slots=True)
class Answer:
    """How a report's citations meet one directive."""

    answers: bool
    confidence: float
    citation: Citation | None


def match_directive(citations: list[Citation], symbol: str | None, date: Date | None,
                    subject: str | None = None) -> Answer:
    """Does any citation point at this directive?

    Exact symbol → yes. A near symbol (one slip) → yes when the date agrees, or
    when there is no date but the subject words agree. No symbol similarity but
    the same date and kind is not enough on its own: offices issue several
    documents a day.
    """
    best = Answer(False, 0.0, None)
    for c in citations:
        s = symbol_similarity(c.number_symbol, symbol)
        if s == 1.0:
            conf = 1.0 if (date is None or c.date is None or c.date == date) else 0.9
        elif s >= 0.8 and date is not None and c.date == date:
            conf = 0.85
        elif s >= 0.8 and c.date is None and subject and _subject_overlap(c.text, subject) >= 0.5:
            conf = 0.7
        else:
            conf = 0.0
        if conf > best.confidence:
            best = Answer(conf > 0, conf, c)
    return best


def _subject_overlap(cited: str, subject: str) -> float:
    a, b = set(fold(cited).split()), set(fold(subject).split())
    return len(a & b) / len(b) if b else 0.0
