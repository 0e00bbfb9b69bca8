"""A report's body cut into parts and sentences, each with its page.

Only what a unit says it DID counts as addressing a task. Reports say it under
"I. KẾT QUẢ THỰC HIỆN"; what they could not do goes under "HẠN CHẾ, KHÓ KHĂN",
what they will do under "PHƯƠNG HƯỚNG", what they ask for under "KIẾN NGHỊ"
(domain notes §4). A sentence about a task under those headings mentions the
task without doing it, so every sentence carries the part it sits in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from extract.coverage.citations import OPENING
from extract.coverage.textnorm import fold
from parsers.layout import Block

Part = Literal["results", "limits", "plans", "proposals"]

# Heading keywords, accent-folded. A heading naming a limitation, a plan or a
# proposal is that part even when it also says "kết quả"/"triển khai"
# ("III. NHIỆM VỤ TRIỂN KHAI THỜI GIAN TỚI"); "nhiệm vụ" alone is a plan
# ("III. NHIỆM VỤ TRỌNG TÂM QUÝ III") unless the heading reports results.
_OTHER_WORDS: list[tuple[str, Part]] = [
    ("han che", "limits"), ("ton tai", "limits"), ("kho khan", "limits"), ("vuong mac", "limits"),
    ("yeu kem", "limits"), ("nguyen nhan", "limits"), ("bat cap", "limits"),
    ("phuong huong", "plans"), ("thoi gian toi", "plans"), ("trong tam", "plans"),
    ("giai phap", "plans"), ("ke hoach", "plans"), ("sap toi", "plans"),
    ("kien nghi", "proposals"), ("de xuat", "proposals"), ("de nghi", "proposals"),
]
_RESULT_WORDS = ("ket qua", "tinh hinh", "da lam", "trien khai", "thuc hien", "uu diem", "dat duoc",
                 "cong tac")
_LABEL = re.compile(r"^\s*(?:(?P<roman>[IVXL]+)|(?P<num>\d+(?:\.\d+)*)|(?P<letter>[a-zđ]))\s*[.)\-–]\s*",
                    re.IGNORECASE)
# Where the body ends: the closing formula, the copy list, a signing authority.
_END = re.compile(r"^\s*(Trên đây là|Nơi nhận|T/M|TM\.|KT\.|TL\.|K/T|T/L)\b", re.IGNORECASE)
_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"“(]?[A-ZĐÀ-Ỹ0-9\-–+])")
# A sentence inside "results" that still does not report a deed: a future plan or
# an admission it was not done. Kept narrow: "chưa" alone is common in deeds
# ("xử lý các hộ chưa chấp hành"), so it must govern the action verb.
_FUTURE = re.compile(r"\b(sẽ|dự kiến|thời gian tới|sắp tới|trong quý tới|trong năm tới)\b", re.IGNORECASE)
_NOT_DONE = re.compile(r"\bchưa\s+(được\s+)?(tổ chức|triển khai|thực hiện|ban hành|xây dựng|tiến hành"
                       r"|hoàn thành|làm)\b", re.IGNORECASE)


@dataclass(slots=True)
class Sentence:
    text: str
    page: int | None
    part: Part
    block: int  # index of the block among the report's body blocks
    heading: str | None = None  # the nearest heading above it


@dataclass(slots=True)
class ReportBody:
    opening: str | None  # the sentence citing the directive(s)
    opening_page: int | None = None
    sentences: list[Sentence] = field(default_factory=list)
    blocks: list[tuple[str, int | None, Part]] = field(default_factory=list)  # whole paragraphs


def heading_part(text: str) -> Part | None:
    """The part a heading opens, or None for a heading that names no part."""
    folded = fold(text)
    found = [(folded.find(w), part) for w, part in _OTHER_WORDS if w in folded]
    if found:
        return min(found)[1]
    if any(w in folded for w in _RESULT_WORDS):
        return "results"
    if "nhiem vu" in folded:
        return "plans"
    return None


def heading_level(text: str) -> int | None:
    """1 for "I.", 2 for "1.", 3 for "1.1."/"a)"; None when the text has no label."""
    m = _LABEL.match(text)
    if not m:
        return None
    if m.group("roman") and m.group("roman").isupper():
        return 1
    if m.group("num"):
        return 2 + m.group("num").count(".")
    return 4 if m.group("letter") else None


def is_heading(block: Block) -> bool:
    """A short line that opens a part: a label or bold/CAPS, no sentence end.

    A labelled line naming a part is a heading even with a full stop ("II. Hạn chế."):
    some clerks end every paragraph with one.
    """
    text = block.text.strip()
    if text and _LABEL.match(text) and len(text.split()) <= 10 and heading_part(text.rstrip(".:")):
        return True
    if not text or len(text.split()) > 16 or text.endswith((".", ";", ",")):
        return False
    letters = [c for c in text if c.isalpha()]
    caps = bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8
    return bool(_LABEL.match(text)) or block.bold or caps


def _is_opening(text: str) -> bool:
    """The sentence that cites what the report answers and announces it ("… báo cáo như sau:").

    "Thực hiện chỉ đạo của Đảng ủy, Chi bộ đã tổ chức 3 buổi …" also starts with
    "Thực hiện" but is a deed, not an opening: it must cite a document or announce the report.
    """
    if not OPENING.match(text):
        return False
    t = text.rstrip()
    return t.endswith(":") or bool(re.search(r"\bbáo cáo\b|\bsố\s*:?\s*\d", t, re.IGNORECASE))


def body_blocks(blocks: Iterable[Block]) -> tuple[list[Block], int]:
    """The report's body: from its opening citation to the closing formula.

    The header and the signature zone are two-column tables (DOCX) or columns
    (PDF) and are skipped; other tables — a "Biểu số liệu" of results — are body
    and are read cell by cell. Returns the blocks and the index of the opening
    among them (-1 when the report has no recognisable opening).
    """
    blocks = [b for b in blocks if b.text.strip()]
    skip_tables: set[int] = set()
    cells = [b for b in blocks if b.cell is not None]
    if cells:
        skip_tables.add(cells[0].cell.table)  # the header table comes first
        for b in cells:
            if _END.match(b.text) or re.match(r"^\s*(Nơi nhận|BÍ THƯ|CHỦ TỊCH|GIÁM ĐỐC)\b", b.text):
                skip_tables.add(b.cell.table)  # the "Nơi nhận | signature" table
    flat = [b for b in blocks
            if (b.cell is None and b.column is None) or (b.cell is not None and b.cell.table not in skip_tables)]
    start = next((i for i, b in enumerate(flat[:25]) if _is_opening(b.text)), None)
    opening = 0
    if start is None:
        # No opening sentence: begin after the type line and its subject ("BÁO CÁO" / "Về …").
        type_line = next((i for i, b in enumerate(flat[:15]) if fold(b.text).strip() == "bao cao"), None)
        start = type_line + 1 if type_line is not None else 0
        # Skip the subject (bold or centred, "Về …"/"kết quả …"), rules and "Kính gửi" after the type line.
        while start < len(flat) and type_line is not None and not _LABEL.match(flat[start].text) and (
                flat[start].bold or flat[start].align == "center" or flat[start].text[:1].islower()
                or re.match(r"^\s*(Về\b|Kính gửi|[-_*]{3,})", flat[start].text)):
            start += 1
        opening = -1
    end = next((i for i in range(start + 1, len(flat)) if _END.match(flat[i].text)), len(flat))
    return flat[start:end], opening


def split_report(blocks: Iterable[Block]) -> ReportBody:
    """Cut a report's blocks into sentences tagged with their part."""
    body, opening_index = body_blocks(blocks)
    rep = ReportBody(opening=None)
    if opening_index == 0 and body:
        rep.opening, rep.opening_page = body[0].text, body[0].page
        body = body[1:]
    stack: list[tuple[int, Part | None]] = []  # (heading level, part it opened)
    heading: str | None = None
    for index, block in enumerate(body):
        text = block.text.strip()
        if is_heading(block):
            level = heading_level(text)
            if level is None:
                # An unlabelled bold line is a sub-heading of the current part ("Về công tác
                # tuyên truyền" under "II. HẠN CHẾ"), unless it is a CAPS part title of its own.
                caps = text.upper() == text
                level = 1 if (caps and heading_part(text)) or not stack else stack[-1][0] + 1
            stack = [(lvl, p) for lvl, p in stack if lvl < level]
            part_here = heading_part(text)
            if part_here == "results" and any(p for _, p in stack) and "ket qua" not in fold(text):
                # Under a part already open, "công tác …"/"tình hình …" names a topic, not a part.
                part_here = None
            stack.append((level, part_here))
            heading = text
            continue
        part: Part = next((p for _, p in reversed(stack) if p), "results")
        # A paragraph may carry its own label and part: "3. Kiến nghị: Đề nghị …"
        inline = re.match(r"^\s*(?:\S{1,5}\s+)?([^:]{3,40}):", text)
        if inline and heading_part(inline.group(1)) and len(inline.group(1).split()) <= 5:
            part = heading_part(inline.group(1)) or part
        rep.blocks.append((text, block.page, part))
        for sent in _SENT_SPLIT.split(text):
            sent = sent.strip()
            if len(sent) < 8:
                continue
            own = part
            if part == "results":
                if _FUTURE.search(sent):
                    own = "plans"
                elif _NOT_DONE.search(sent):
                    own = "limits"
            rep.sentences.append(Sentence(text=sent, page=block.page, part=own, block=index, heading=heading))
    return rep
