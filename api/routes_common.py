"""What every route module shares: the session dependency, visibility rules, pagination."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Query, Request
from fastapi import Path as PathParam
from pydantic import BaseModel
from sqlalchemy import exists, or_, select, true
from sqlalchemy.orm import Session

from api.auth import Principal
from ingest.models import Document, Job


def get_session(request: Request) -> Iterator[Session]:
    with request.app.state.sessions() as s:
        yield s


class Page(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[Any]


LIMIT = Query(50, ge=1, le=500, description="page size")
OFFSET = Query(0, ge=0, le=10_000_000, description="items to skip")


def visible_documents(p: Principal):
    """A WHERE clause: the documents this principal may read.

    A unit reads the directives (they give it its tasks), and what it uploaded
    itself; other units' reports stay hidden from it.
    """
    if p.role != "unit":
        return true()
    own_upload = exists(select(Job.id).where(Job.document_id == Document.id, Job.unit == p.unit))
    return or_(Document.doc_class == "directive", Document.owner_unit == p.unit, own_upload)


def load_document(s: Session, p: Principal, doc_id: int) -> Document:
    doc = s.get(Document, doc_id)
    if doc is None:
        raise HTTPException(404, f"no document {doc_id}")
    if p.role == "unit" and doc.doc_class != "directive" and doc.owner_unit != p.unit:
        uploaded = s.scalar(select(Job.id).where(Job.document_id == doc.id, Job.unit == p.unit).limit(1))
        if uploaded is None:
            raise HTTPException(403, f"document {doc_id} belongs to another unit")
    return doc


def document_summary(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id, "status": doc.status, "error": doc.error, "filename": doc.filename,
        "media_type": doc.media_type, "size": doc.size, "sha256": doc.sha256,
        "doc_class": doc.doc_class, "doc_type": doc.doc_type, "issuer": doc.issuer,
        "number_symbol": doc.number_symbol, "date": doc.doc_date.isoformat() if doc.doc_date else None,
        "subject": doc.subject, "report_unit": doc.report_unit, "directive_id": doc.directive_id,
        "link_manual": doc.link_manual, "created_at": doc.created_at.isoformat() + "Z",
        "links": {"self": f"/documents/{doc.id}", "original": f"/documents/{doc.id}/original"},
    }


DB = Annotated[Session, Depends(get_session)]

MAX_ID = 2_147_483_647  # INTEGER on SQLite and PostgreSQL: larger ids cannot exist, and must not reach the driver
DocId = Annotated[int, PathParam(ge=1, le=MAX_ID, description="document id")]
UnitId = Annotated[int, PathParam(ge=1, le=MAX_ID, description="unit id")]
