"""The body zone: the section tree and the task items."""

from __future__ import annotations

from datetime import date

from extract.contract import Section, Task
from parsers.layout import Block


def read_body(blocks: list[Block], issue_date: date | None = None) -> tuple[list[Section], list[Task]]:
    return [], []
