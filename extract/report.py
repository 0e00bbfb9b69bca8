"""For a báo cáo: the reporting unit and the directives it answers.

A report names what it answers in its opening (domain notes §4): "Thực hiện
Công văn số 123-CV/ĐU ngày …", "Căn cứ …", "Theo yêu cầu tại …", "Thực hiện
chỉ đạo của … tại Công văn số …", several joined by ";" — and often in its
subject ("Kết quả thực hiện Công văn số 123-CV/TU …"). The unit is the issuer;
when the header is missing, the subject of "…, <unit> báo cáo như sau".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract import vocab
from extract.contract import Report
from parsers.layout import Block

if TYPE_CHECKING:
    from extract.header import HeaderFields

_OPENING = re.compile(r"^[-+•]?\s*(?:Thực hiện|Căn cứ|Theo yêu cầu|Theo đề nghị|Theo chỉ đạo|Triển khai|"
                      r"Phúc đáp|Tiếp theo|Để thực hiện|Trả lời)\b", re.IGNORECASE)
_UNIT = re.compile(r",\s*(?P<unit>[^,;]{3,90}?)\s+(?:xin\s+|kính\s+|trân trọng\s+)?báo cáo\b[^.]*như sau")
_HEADING = re.compile(r"^(?:[IVX]+[.\-]|Phần\s|PHẦN\s|A[.\-]\s)")
# The sentence that announces the report: "…, Sở Nội vụ báo cáo kết quả như sau:".
_ANNOUNCES = re.compile(r"báo cáo[^.]{0,60}như sau", re.IGNORECASE)


def _opening_blocks(body: list[Block]) -> list[Block]:
    """The paragraphs before the first heading that cite what the report answers."""
    out = []
    for b in body[:8]:
        if _HEADING.match(b.text):
            break
        # The answering sentence: an opening frame, or the sentence that announces
        # the report ("…, Sở Nội vụ báo cáo kết quả như sau:"). Background paragraphs
        # before the first heading cite documents the report does not answer.
        if _OPENING.match(b.text) or _ANNOUNCES.search(b.text):
            out.append(b)
    return out


def read_report(head: HeaderFields, body: list[Block]) -> Report:
    """The reporting unit and the symbols of the directives answered (subject and opening only).

    Symbols further down are evidence, not what the report answers; the report's
    own number is never one of them.
    """
    opening = _opening_blocks(body)
    answers: list[str] = []
    texts = ([head.subject] if head.subject else []) + [b.text for b in opening]
    for text in texts:
        for _, _, sym in vocab.find_symbols(text):
            if sym.text != head.number_symbol and sym.text not in answers:
                answers.append(sym.text)
    unit = head.issuer.name
    if unit is None:
        for b in opening:
            m = _UNIT.search(b.text)
            if m:
                unit = m.group("unit").strip()
                break
    return Report(unit=unit, answers=answers)
