"""The header zone: issuer, number and symbol, place and date, type, subject, addressees."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from extract.contract import DocType, Issuer
from parsers.layout import Block


@dataclass(slots=True)
class HeaderFields:
    issuer: Issuer = field(default_factory=Issuer)
    number_symbol: str | None = None
    doc_type: DocType = field(default_factory=DocType)
    place: str | None = None
    date: date | None = None
    subject: str | None = None
    addressees: list[str] = field(default_factory=list)
    regime: str | None = None  # "state" | "party", from the motto line


def read_header(blocks: list[Block]) -> HeaderFields:
    return HeaderFields()
