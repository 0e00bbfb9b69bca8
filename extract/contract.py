"""The output contract (``../shared/contract/README.md``) as Pydantic models.

Defined once here and used by every entry point: the CLI prints them, the
HTTP API returns them, the evaluation reads them. Fields may be added; the
contract's fields are never renamed or dropped without bumping
``SCHEMA_VERSION``.
"""

from __future__ import annotations

from datetime import date as Date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

DocClass = Literal["directive", "report", "other"]
Recurrence = Literal["daily", "weekly", "monthly", "quarterly", "yearly"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class RepairNote(_Model):
    kind: str
    detail: str = ""
    count: int = 0


class Source(_Model):
    filename: str
    sha256: str | None = None
    media_type: str
    pages: int | None = None
    ocr: bool = False
    repairs: list[RepairNote] = Field(default_factory=list, description="encoding repairs made before parsing")


class Issuer(_Model):
    name: str | None = None
    parent: str | None = None


class DocType(_Model):
    code: str | None = None
    name: str | None = None


class Section(_Model):
    number: str | None = None
    title: str
    level: int = 1
    sections: list[Section] = Field(default_factory=list)


class Deadline(_Model):
    text: str
    date: Date | None = None
    recurrence: Recurrence | None = None


class TaskSource(_Model):
    page: int | None = None
    block: int | None = Field(None, description="index of the layout block the task starts in")


class Task(_Model):
    id: str
    parent: str | None = None
    section: str | None = None
    title: str | None = None
    text: str
    assignees: list[str] = Field(default_factory=list)
    deadline: Deadline | None = None
    source: TaskSource = Field(default_factory=TaskSource)


class Reference(_Model):
    kind: str | None = None
    number_symbol: str | None = None
    text: str


class Signer(_Model):
    authority: str | None = None
    title: str | None = None
    name: str | None = None


class Recipient(_Model):
    name: str
    purpose: str | None = None


class Report(_Model):
    unit: str | None = None
    answers: list[str] = Field(default_factory=list)


class Document(_Model):
    """What ``vanban parse FILE`` prints."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    source: Source
    doc_class: DocClass = "other"
    issuer: Issuer = Field(default_factory=Issuer)
    number_symbol: str | None = None
    doc_type: DocType = Field(default_factory=DocType)
    place: str | None = None
    date: Date | None = None
    subject: str | None = None
    addressees: list[str] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    signers: list[Signer] = Field(default_factory=list)
    recipients: list[Recipient] = Field(default_factory=list)
    report: Report | None = None
    confidence: dict[str, float] | None = Field(
        None, description="per-field confidence 0..1 (set when the text came from OCR)")


# --- coverage ----------------------------------------------------------------

class CoverageTask(_Model):
    id: str
    text: str


class CoverageDirective(_Model):
    number_symbol: str | None = None
    filename: str | None = None
    tasks: list[CoverageTask] = Field(default_factory=list)


class CoverageUnit(_Model):
    unit: str
    filename: str | None = None
    number_symbol: str | None = None


class Evidence(_Model):
    text: str
    page: int | None = None


class Cell(_Model):
    task: str
    unit: str
    addressed: bool
    score: float = Field(ge=0.0, le=1.0)
    evidence: list[Evidence] = Field(default_factory=list)


class ChecklistItem(_Model):
    task: str
    addressed_by: list[str] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list)


class Coverage(_Model):
    """What ``vanban coverage DIRECTIVE REPORT...`` prints."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    directive: CoverageDirective
    units: list[CoverageUnit] = Field(default_factory=list)
    cells: list[Cell] = Field(default_factory=list)
    checklist: list[ChecklistItem] = Field(default_factory=list)


def to_json(model: BaseModel) -> str:
    """The one serialisation every entry point uses: UTF-8, NFC, readable."""
    return model.model_dump_json(indent=2)
