"""The service's tables (SQLAlchemy 2 ORM).

Machine output is stored whole (``Document.data``, the contract's document
object) and never edited; reviewers' corrections live in their own audited
table and are applied on read. The columns beside ``data`` and the ``tasks``
table are a denormalised copy of the *effective* document (machine output +
corrections), rebuilt whenever either changes, so that lists and filters are
plain indexed queries.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar = {dict[str, Any]: JSON, list[Any]: JSON}


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))  # office | unit | reader
    unit: Mapped[str | None] = mapped_column(String(300))  # for role "unit": the unit's registry name
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    tokens: Mapped[list[ApiToken]] = relationship(back_populates="user")


class ApiToken(Base):
    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    # only the sha256 of the token is kept: a leaked database does not leak tokens
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)

    user: Mapped[User] = relationship(back_populates="tokens")


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    filename: Mapped[str] = mapped_column(String(500))
    media_type: Mapped[str] = mapped_column(String(120))
    size: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(20), default="queued")  # queued | parsed | failed
    error: Mapped[str | None] = mapped_column(Text)
    owner_unit: Mapped[str | None] = mapped_column(String(300), index=True)  # unit of the first uploader
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    data: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # machine output, never edited

    # denormalised from the effective document, for filters
    doc_class: Mapped[str | None] = mapped_column(String(20), index=True)
    doc_type: Mapped[str | None] = mapped_column(String(20), index=True)
    issuer: Mapped[str | None] = mapped_column(Text)
    issuer_folded: Mapped[str | None] = mapped_column(Text)
    number_symbol: Mapped[str | None] = mapped_column(String(200))
    number_key: Mapped[str | None] = mapped_column(String(200), index=True)  # for citation links
    doc_date: Mapped[date | None] = mapped_column(Date, index=True)
    subject: Mapped[str | None] = mapped_column(Text)
    search_folded: Mapped[str | None] = mapped_column(Text)
    report_unit: Mapped[str | None] = mapped_column(String(300))
    answers: Mapped[list[Any] | None] = mapped_column(JSON)  # number keys the report says it answers

    # a report's directive: found from its citation, or set by a reviewer (link_manual)
    directive_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"),
                                                     index=True)
    link_manual: Mapped[bool] = mapped_column(Boolean, default=False)

    tasks: Mapped[list[Task]] = relationship(back_populates="document", cascade="all, delete-orphan",
                                             passive_deletes=True)


class Job(Base):
    """One upload of one file: the unit of background work, and the record of who uploaded what."""

    __tablename__ = "jobs"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(20), default="queued", index=True)  # queued|running|done|failed
    reason: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    deduplicated: Mapped[bool] = mapped_column(Boolean, default=False)
    # parse again although the document is parsed (the parser improved); machine output is replaced,
    # corrections stay and are applied to the new output
    reparse: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    unit: Mapped[str | None] = mapped_column(String(300), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)


class Task(Base):
    __tablename__ = "tasks"
    __table_args__ = (Index("ix_tasks_doc_key", "document_id", "key", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(40))  # the contract's task id, "T1"
    position: Mapped[int] = mapped_column(Integer)
    parent: Mapped[str | None] = mapped_column(String(40))
    section: Mapped[str | None] = mapped_column(String(60), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    text_folded: Mapped[str] = mapped_column(Text)  # no tone marks, đ→d, casefolded: "dan sinh"
    assignees: Mapped[list[Any]] = mapped_column(JSON, default=list)
    assignees_folded: Mapped[str] = mapped_column(Text, default="")  # "|sở y tế|…|" folded, for LIKE
    deadline_text: Mapped[str | None] = mapped_column(Text)
    deadline_date: Mapped[date | None] = mapped_column(Date, index=True)
    recurrence: Mapped[str | None] = mapped_column(String(20))
    page: Mapped[int | None] = mapped_column(Integer)

    document: Mapped[Document] = relationship(back_populates="tasks")


class Unit(Base):
    __tablename__ = "units"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    name_folded: Mapped[str] = mapped_column(String(300), index=True)
    code: Mapped[str | None] = mapped_column(String(60))
    parent: Mapped[str | None] = mapped_column(String(300))
    aliases: Mapped[list[Any]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Correction(Base):
    """A reviewer's change to one field: kept apart from machine output, never deleted."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # document | coverage | link
    path: Mapped[str] = mapped_column(String(500))
    before: Mapped[Any] = mapped_column(JSON)
    after: Mapped[Any] = mapped_column(JSON)
    note: Mapped[str | None] = mapped_column(Text)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    user_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)


class CoverageCache(Base):
    """Computed coverage of a directive, valid while its fingerprint (reports, units) is unchanged."""

    __tablename__ = "coverage_cache"

    directive_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"),
                                              primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
