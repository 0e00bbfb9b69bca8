"""directive / report / other."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.contract import DocClass, Task
from parsers.layout import Block

if TYPE_CHECKING:
    from extract.header import HeaderFields


def doc_class(head: HeaderFields, body: list[Block], tasks: list[Task]) -> DocClass:
    return "other"
