"""Documents cited in the text ("Chỉ thị số 47-CT/TW", "Nghị định số 13/2023/NĐ-CP")."""

from __future__ import annotations

from extract.contract import Reference
from parsers.layout import Block


def find_references(blocks: list[Block], exclude: str | None = None) -> list[Reference]:
    return []
