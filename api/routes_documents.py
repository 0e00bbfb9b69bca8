"""/documents: upload, list, read (contract object), original file, corrections, relink."""

from __future__ import annotations

import time
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, File, HTTPException, Query, Request, UploadFile
from fastapi.responses import FileResponse, JSONResponse
from pydantic import BaseModel, Field, ValidationError
from sqlalchemy import func, select

from api.auth import AnyUser, Office, Writer
from api.routes_common import (
    DB,
    LIMIT,
    MAX_ID,
    OFFSET,
    DocId,
    Page,
    document_summary,
    load_document,
    visible_documents,
)
from api.routes_jobs import job_view
from ingest.intake import IntakeError, Uploader, accept
from ingest.models import Correction, Document, Job
from ingest.records import BadPath, document_corrections, effective_data, get_path, overlong, set_path, sync
from ingest.textkeys import fold, like_pattern

router = APIRouter(tags=["documents"])


class UploadAnswer(BaseModel):
    jobs: list[dict[str, Any]]
    rejected: list[dict[str, Any]] = Field(default_factory=list,
                                           description="files refused while others were accepted")


@router.post("/documents", status_code=202, response_model=UploadAnswer,
             responses={413: {"description": "a file is too large"}, 415: {"description": "unsupported type"},
                        422: {"description": "unreadable (the parser's reason)"}})
def upload(*, request: Request, files: Annotated[list[UploadFile], File(description="one or more documents")],
           wait: float = Query(0, ge=0, le=120, description="seconds to wait for the jobs to finish"),
           p: Writer, s: DB):
    """Upload one or many files: 202 with one job per file (see GET /jobs/{id}).

    With ``wait`` > 0 the answer comes when the jobs are finished (or the wait is
    over): 200 when all were parsed, 422 with the parser's reason when one was not.
    """
    settings = request.app.state.settings
    if len(files) > settings.max_files_per_request:
        raise HTTPException(413, f"too many files in one request ({len(files)}; the limit is "
                                 f"{settings.max_files_per_request})")
    jobs: list[Job] = []
    rejected: list[dict[str, Any]] = []
    for f in files:
        try:
            job = accept(s, request.app.state.store, f.file, f.filename, uploader=Uploader(p.user_id, p.unit),
                         max_bytes=settings.max_upload_bytes, max_pages=settings.max_pages)
        except IntakeError as err:
            s.rollback()
            rejected.append({"filename": f.filename, "status": err.status, "detail": err.message})
            continue
        jobs.append(job)
    if not jobs:
        first = rejected[0]
        detail = first["detail"] if len(rejected) == 1 else "; ".join(r["detail"] for r in rejected)
        raise HTTPException(first["status"], detail)
    queue = request.app.state.queue
    for job in jobs:
        if job.status == "queued":
            queue.submit(job.id)
    if wait <= 0:
        return JSONResponse({"jobs": [job_view(j) for j in jobs], "rejected": rejected}, status_code=202)

    deadline = time.monotonic() + wait
    ids = [j.id for j in jobs]
    while True:
        s.expire_all()
        current = list(s.scalars(select(Job).where(Job.id.in_(ids))))
        if all(j.status in ("done", "failed") for j in current) or time.monotonic() >= deadline:
            break
        time.sleep(0.05)
    current.sort(key=lambda j: ids.index(j.id))
    body = {"jobs": [job_view(j) for j in current], "rejected": rejected}
    failed = [j for j in current if j.status == "failed"]
    if failed:
        body["detail"] = "; ".join(f"{j.filename}: {j.reason}" for j in failed)
        body["status"] = 422
        return JSONResponse(body, status_code=422)
    finished = all(j.status == "done" for j in current)
    return JSONResponse(body, status_code=200 if finished else 202)


@router.get("/documents", response_model=Page)
def list_documents(*,
    doc_class: Literal["directive", "report", "other"] | None = Query(None, alias="class"),
    type: str | None = Query(None, max_length=20, description="doc_type code: CT, KH, BC, CV …"),
    issuer: str | None = Query(None, max_length=300, description="part of the issuer's name, accents optional"),
    date_from: date | None = None, date_to: date | None = None,
    q: str | None = Query(None, max_length=300, description="words in name, number, issuer or subject; accents optional"),
    status: Literal["queued", "parsed", "failed"] | None = None,
    directive_id: int | None = Query(None, ge=1, le=MAX_ID, description="reports linked to this directive"),
    limit: int = LIMIT, offset: int = OFFSET,
    p: AnyUser, s: DB,
):
    """Documents, newest first, with filters."""
    conds = [visible_documents(p)]
    if doc_class:
        conds.append(Document.doc_class == doc_class)
    if type:
        conds.append(func.upper(Document.doc_type) == type.upper())
    if issuer:
        conds.append(Document.issuer_folded.like(like_pattern(fold(issuer)), escape="\\"))
    if date_from:
        conds.append(Document.doc_date >= date_from)
    if date_to:
        conds.append(Document.doc_date <= date_to)
    if status:
        conds.append(Document.status == status)
    if directive_id is not None:
        conds.append(Document.directive_id == directive_id)
    for word in fold(q).split()[:10] if q else []:
        conds.append(Document.search_folded.like(like_pattern(word), escape="\\"))
    total = s.scalar(select(func.count()).select_from(Document).where(*conds))
    rows = s.scalars(select(Document).where(*conds).order_by(Document.id.desc()).limit(limit).offset(offset))
    return {"total": total, "limit": limit, "offset": offset, "items": [document_summary(d) for d in rows]}


def _parsed(doc: Document) -> None:
    if doc.status == "failed":
        raise HTTPException(422, f"{doc.filename}: {doc.error}")
    if doc.status != "parsed" or doc.data is None:
        raise HTTPException(409, f"document {doc.id} is still being processed; see its job")


@router.get("/documents/{doc_id}", responses={200: {"description": "the contract's document object"}})
def get_document(*, doc_id: DocId, machine: bool = Query(False, description="machine output without corrections"),
                 p: AnyUser, s: DB) -> dict[str, Any]:
    """The document object of the contract (``vanban parse``), corrections applied."""
    doc = load_document(s, p, doc_id)
    _parsed(doc)
    if machine:
        return doc.data
    return effective_data(doc, document_corrections(s, doc.id))


@router.get("/documents/{doc_id}/summary")
def get_summary(doc_id: DocId, p: AnyUser, s: DB) -> dict[str, Any]:
    """Status and key fields of one document (answers while it is still being processed)."""
    return document_summary(load_document(s, p, doc_id))


@router.get("/documents/{doc_id}/original", response_class=FileResponse,
            responses={200: {"description": "the file as uploaded"}})
def get_original(doc_id: DocId, request: Request, p: AnyUser, s: DB):
    doc = load_document(s, p, doc_id)
    path = request.app.state.store.path(doc.sha256)
    if not path.is_file():
        raise HTTPException(410, f"the original of document {doc_id} is missing from the file store")
    return FileResponse(path, media_type=doc.media_type, filename=doc.filename)


@router.post("/documents/{doc_id}/reparse", status_code=202)
def reparse(doc_id: DocId, request: Request, p: Office, s: DB) -> dict[str, Any]:
    """Parse a stored document again (after a parser upgrade); its corrections are kept and re-applied."""
    import uuid

    doc = load_document(s, p, doc_id)
    job = Job(id=uuid.uuid4().hex, document_id=doc.id, filename=doc.filename, status="queued", reparse=True,
              user_id=p.user_id, unit=p.unit)
    s.add(job)
    if doc.status == "failed":
        doc.status, doc.error = "queued", None
    s.commit()
    request.app.state.queue.submit(job.id)
    return job_view(job)


class CorrectionIn(BaseModel):
    path: str = Field(..., min_length=1, max_length=500,
                      description='field path: "number_symbol", "issuer/name", "tasks/T3/deadline/date"')
    value: Any = Field(None, description="the corrected value (JSON); null clears a field or removes a task")
    note: str | None = Field(None, max_length=2000)


def correction_view(c: Correction) -> dict[str, Any]:
    return {"id": c.id, "document_id": c.document_id, "kind": c.kind, "path": c.path, "before": c.before,
            "after": c.after, "note": c.note, "user": c.user_name, "user_id": c.user_id,
            "created_at": c.created_at.isoformat() + "Z"}


@router.post("/documents/{doc_id}/corrections", status_code=201)
def correct(doc_id: DocId, body: CorrectionIn, p: Office,
            s: DB) -> dict[str, Any]:
    """Fix one extracted field or task; stored apart from machine output and audited."""
    from extract.contract import Document as ContractDocument

    doc = load_document(s, p, doc_id)
    _parsed(doc)
    current = effective_data(doc, document_corrections(s, doc.id))
    try:
        before = get_path(current, body.path)
    except BadPath:
        before = None
    if body.path.strip("/").split("/")[0] in ("schema_version", "source"):
        raise HTTPException(422, "schema_version and source are facts of the file, not extracted fields")
    too_long_before = overlong(current)
    try:
        set_path(current, body.path, body.value)
        ContractDocument.model_validate(current)
    except BadPath as err:
        raise HTTPException(422, f"cannot correct {body.path!r}: {err}") from None
    except ValidationError as err:
        first = err.errors()[0]
        where = "/".join(str(x) for x in first["loc"])
        raise HTTPException(422, f"the corrected document is not valid at {where}: {first['msg']}") from None
    # A column holds this value as it is (number_symbol, a task's section …): a longer one would be
    # cut there (or refused by PostgreSQL), so the reviewer is asked for a shorter one. Machine output
    # already too long and left as it was is not the reviewer's doing: its indexed copy stays cut.
    for where, (value, limit) in overlong(current).items():
        if too_long_before.get(where, (None,))[0] != value:
            raise HTTPException(422, f"{where} is too long: at most {limit} characters, "
                                     f"the corrected value has {len(value)}")
    c = Correction(document_id=doc.id, kind="document", path=body.path.strip("/"), before=before,
                   after=body.value, note=body.note, user_id=p.user_id, user_name=p.name)
    s.add(c)
    s.flush()
    sync(s, doc, current)
    s.commit()
    return {"correction": correction_view(c), "document": current}


@router.get("/documents/{doc_id}/corrections")
def list_corrections(doc_id: DocId, p: AnyUser, s: DB):
    """The audit trail of one document: who changed what, when, from what to what."""
    load_document(s, p, doc_id)
    return {"items": [correction_view(c) for c in document_corrections(s, doc_id)]}


class LinkIn(BaseModel):
    directive_id: int | None = Field(None, ge=1, le=2_147_483_647, description="the directive this report answers; null unlinks")
    note: str | None = Field(None, max_length=2000)


@router.put("/documents/{doc_id}/directive")
def relink(doc_id: DocId, body: LinkIn, p: Office, s: DB):
    """Link a report to its directive by hand (wins over the automatic link from its citation)."""
    doc = load_document(s, p, doc_id)
    if body.directive_id is not None:
        target = s.get(Document, body.directive_id)
        if target is None:
            raise HTTPException(404, f"no document {body.directive_id}")
        if target.id == doc.id:
            raise HTTPException(422, "a document cannot answer itself")
        # coverage reads a directive's tasks: a report linked to anything else would count for nothing
        if target.doc_class != "directive":
            kind = f"its class is {target.doc_class!r}" if target.doc_class else f"it is {target.status}"
            raise HTTPException(422, f"document {target.id} is not a directive ({kind}): "
                                     "a report can only be linked to a directive")
    before = doc.directive_id
    doc.directive_id, doc.link_manual = body.directive_id, True
    s.add(Correction(document_id=doc.id, kind="link", path="directive_id", before=before,
                     after=body.directive_id, note=body.note, user_id=p.user_id, user_name=p.name))
    s.commit()
    return document_summary(doc)
