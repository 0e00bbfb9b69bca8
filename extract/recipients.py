"""The "Nơi nhận" list: one recipient per item, with its purpose."""

from __future__ import annotations

from extract.contract import Recipient
from parsers.layout import Block


def read_recipients(blocks: list[Block]) -> list[Recipient]:
    return []
