"""The signature zone: one signer per block of authority / title / name."""

from __future__ import annotations

from extract.contract import Signer
from parsers.layout import Block


def read_signers(blocks: list[Block]) -> list[Signer]:
    return []
