"""The body zone: the section tree and the task items.

Pure functions from the body's layout blocks to structure:
:mod:`extract.sections` nests the labelled blocks and finds the headings,
:mod:`extract.tasks` decides which items direct action and fills their fields
(:mod:`extract.assignees`, :mod:`extract.deadlines`), and
:func:`extract.tasks.table_tasks` reads a Phụ lục task table when the body has one.
"""

from __future__ import annotations

import re
from datetime import date

from extract.contract import Section, Task
from extract.sections import build_tree, mark_headings, to_sections
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


def read_body(blocks: list[Block], issue_date: date | None = None) -> tuple[list[Section], list[Task]]:
    """(sections, tasks) of the body zone; task ids "T1".. in reading order."""
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
