"""Cut a document's blocks into zones: header, body, signature, recipients."""

from __future__ import annotations

from dataclasses import dataclass, field

from parsers.layout import Block


@dataclass(slots=True)
class Zones:
    header: list[Block] = field(default_factory=list)  # from the top to the end of "Kính gửi"
    body: list[Block] = field(default_factory=list)
    signature: list[Block] = field(default_factory=list)
    recipients: list[Block] = field(default_factory=list)  # the "Nơi nhận" list, label included


def split_zones(blocks: list[Block]) -> Zones:
    return Zones(body=list(blocks))
