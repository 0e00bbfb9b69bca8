"""For a báo cáo: the reporting unit and the directives it answers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.contract import Report
from parsers.layout import Block

if TYPE_CHECKING:
    from extract.header import HeaderFields


def read_report(head: HeaderFields, body: list[Block]) -> Report:
    return Report(unit=head.issuer.name, answers=[])
