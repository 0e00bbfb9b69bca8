"""The body zone: the section tree and the task items.

Pure functions from the body's layout blocks to structure:
:mod:`extract.sections` nests the labelled blocks and finds the headings,
:mod:`extract.tasks` decides which items direct action and fills their fields
(:mod:`extract.assignees`, :mod:`extract.deadlines`), and
:func:`extract.tasks.table_tasks` reads a Phụ lục task table when the body has one.
"""

from __future__ import annotations

import itertools
import re
from datetime import date

from extract.contract import Section, Task
from extract.sections import NATIONAL_HEADER, build_tree, mark_headings, to_sections
from extract.tasks import collect_tasks, directs_action, is_report_body, task_title
from extract.textkey import fold
from parsers.layout import Block


def _task_tables(blocks: list[Block]) -> set[int]:
    """Tables read as task tables: three columns or more, or two whose first rows name a
    content column and a time/lead column ("Nội dung | Thời hạn"). A two-column table without
    such a header (a layout table in the body) is read as flowing text."""
    tables: dict[int, list[Block]] = {}
    for b in blocks:
        if b.cell is not None:
            tables.setdefault(b.cell.table, []).append(b)
    out: set[int] = set()
    for t, bl in tables.items():
        if max(b.cell.n_cols for b in bl) >= 3:
            out.add(t)
            continue
        head = " ".join(fold(b.text) for b in bl if b.cell.row <= 1)
        if re.search(r"noi dung|nhiem vu|cong viec", head) and re.search(r"thoi gian|thoi han|chu tri|tien do", head):
            out.add(t)
    return out


_OPEN_QUOTE = re.compile(r'^\s*(?:\.\.\.|…)?[“"]')
_CLOSE_QUOTE = re.compile(r'[”"]\s*[.;,)]*\s*(?:\./\.)?\s*$')
_QUOTE_MAX_BLOCKS = 40


def drop_quotations(blocks: list[Block]) -> list[Block]:
    """Leave out text quoted from another document.

    A công văn that explains the law quotes articles verbatim ('"Điều 53. Thu hồi …', '"1. …');
    their numbering and duties belong to the quoted law, not to this document's tasks or
    headings. A quotation opens with a block starting with a quote mark and runs to the block
    that ends with the closing one (at most 40 blocks; an unclosed quote covers its own block).
    """
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        text = blocks[i].text.strip()
        if _OPEN_QUOTE.match(text):
            end = None
            for j in range(i, min(len(blocks), i + _QUOTE_MAX_BLOCKS)):
                t = blocks[j].text.strip()
                if _CLOSE_QUOTE.search(t) and (j > i or len(t) > 2):
                    end = j
                    break
            if end is not None and (end > i or len(text) > 1):
                i = end + 1
                continue
        out.append(blocks[i])
        i += 1
    return out


# Where an attachment begins inside the body zone (the zone reader keeps what follows the
# signature — appendices, forms — in the body, in order): a new national header, a named
# template ("Mẫu số 01", "MẪU SỐ 02"), an appendix title, or its "(Kèm theo …)" line.
_TEMPLATE_NAME = re.compile(r"^(?:Mẫu|MẪU)(?:\s+(?:số|SỐ))?\s*(?:\d{1,3}[a-zA-Z]?|[IVX]{1,5})\b")
# Only a title line: "Phụ lục I gửi kèm …" inside a sentence of the body does not cut it.
_ATTACHMENT_START = re.compile(r"^(?:PHỤ LỤC\b|Phụ lục\s+(?:[IVX]{1,5}|\d{1,2}|số)?\b[^.;]{0,150}$|"
                               r"\((?:Ban hành )?[Kk]èm theo\b)")
# The issuer column of a form's header, read before its national header ("CƠ QUAN TRÌNH",
# "TÊN CƠ QUAN, TỔ CHỨC", "Số: …/…"): it belongs to the attachment, not to what precedes it.
_HEADER_FURNITURE = re.compile(r"^Số\s*:|^[-–_*\s]+$")
# The marks of a blank form: what a template leaves for the user to fill in. Each is a kind;
# a real attached plan has none of them (its date and number are printed), a form several.
_FILL_IN = {
    "date": re.compile(r"ngày\s*[.…_]+\s*tháng\s*[.…_]+\s*năm"),
    "number": re.compile(r"^Số\s*:?\s*[.…_]{2,}|^Số\s*:?\s*…"),
    "sign": re.compile(r"\(\s*[Kk]ý[^)]{0,60}(?:họ tên|họ và tên|đóng dấu)"),
    "name": re.compile(r"\(\s*[Tt]ên\s[^)]{1,60}\)|^TÊN\s+[A-ZĐ]"),
    "dots": re.compile(r"\.{5,}|…\s*…|_{5,}|(?:\.\s){4,}"),
    "signer": re.compile(r"^ĐẠI DIỆN\b"),
}


def _fill_in_kinds(blocks: list[Block]) -> set[str]:
    return {k for b in blocks for k, rx in _FILL_IN.items() if rx.search(b.text.strip())}


def drop_attached_forms(blocks: list[Block]) -> list[Block]:
    """Leave out the blank forms attached to the document.

    A Nghị định or Thông tư often ends with its templates ("Mẫu số 01. Mẫu Tờ trình …", each with
    its own "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: …", "ĐẠI DIỆN CƠ QUAN TRÌNH", "(Ký, ghi
    rõ họ tên)" and numbered fields "1. Tên dự án"): they are to be filled in, so their headings
    and sentences are neither this document's sections nor its duties. The body is cut where
    an attachment begins (see ``NATIONAL_HEADER``, ``_TEMPLATE_NAME``, ``_ATTACHMENT_START``);
    a part is a form when it is named a template or shows two kinds of fill-in marks
    (``_FILL_IN``). Everything else stays: the text before the first attachment, an attached
    Kế hoạch or Quy chế (printed date and number, real duties) and a Phụ lục task table.
    """
    starts: list[int] = []
    seen_text = False
    for i, b in enumerate(blocks):
        t = b.text.strip()
        if not seen_text:
            # Only after the document's own text has begun: a header left in the body by the zone
            # reader (a draft's "Số: …/QĐ-UBND", "ngày … tháng … năm 2026") is not an attachment.
            seen_text = len(t.split()) >= 8 and not _is_caps_line(t)
            continue
        if not (NATIONAL_HEADER.match(t) or _is_template_title(t) or _ATTACHMENT_START.match(t)):
            continue
        j = i
        if NATIONAL_HEADER.match(t):
            # take back the issuer column printed beside the national header (at most 3 lines)
            floor = starts[-1] + 1 if starts else 1
            while j - 1 >= floor and i - (j - 1) <= 3 and (
                    _HEADER_FURNITURE.match(blocks[j - 1].text.strip())
                    or (_is_caps_line(blocks[j - 1].text) and len(blocks[j - 1].text.split()) <= 12)):
                j -= 1
        if not starts or j > starts[-1]:
            starts.append(j)
    if not starts:
        return blocks
    keep = [True] * len(blocks)
    bounds = [*starts, len(blocks)]
    for a, z in itertools.pairwise(bounds):
        part = blocks[a:z]
        if _is_template_title(part[0].text.strip()) or len(_fill_in_kinds(part)) >= 2:
            keep[a:z] = [False] * (z - a)
    return [b for b, k in zip(blocks, keep, strict=True) if k]


def _is_template_title(text: str) -> bool:
    """"Mẫu số 01. Mẫu Tờ trình thẩm định dự án" — a title, not a provision that names a form
    ("Mẫu số 01 ban hành kèm theo Thông tư này được sử dụng để …;" stays in the text)."""
    return bool(_TEMPLATE_NAME.match(text)) and len(text.split()) <= 60 and not text.endswith((".", ";", ","))


def _is_caps_line(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and not any(c.islower() for c in letters)


def read_body(blocks: list[Block], issue_date: date | None = None) -> tuple[list[Section], list[Task]]:
    """(sections, tasks) of the body zone; task ids "T1".. in reading order."""
    blocks = drop_attached_forms(blocks)
    tables = _task_tables(blocks)
    in_table = [b.cell is not None and b.cell.table in tables for b in blocks]
    flow = drop_quotations([b for b, t in zip(blocks, in_table, strict=True) if not t and b.text.strip()])
    root = build_tree(flow)
    mark_headings(root, directs=lambda t: directs_action(t, item=True, task_zone=False), label_of=task_title)
    sections = to_sections(root)
    tasks = collect_tasks(root, issue_date, report=is_report_body([b.text for b in flow]))
    table_blocks = [b for b, t in zip(blocks, in_table, strict=True) if t]
    if table_blocks:
        from extract.tasks import table_tasks

        extra = table_tasks(table_blocks, issue_date, start=len(tasks) + 1)
        tasks.extend(extra)
    return sections, tasks
