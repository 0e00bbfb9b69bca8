"""/jobs: the state of background parsing (queued / running / done / failed with reason)."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, HTTPException, Query
from sqlalchemy import func, select

from api.auth import AnyUser
from api.routes_common import DB, LIMIT, MAX_ID, OFFSET, Page
from ingest.models import Job

router = APIRouter(tags=["jobs"])


def _iso(value) -> str | None:
    return value.isoformat() + "Z" if value else None


def job_view(job: Job) -> dict[str, Any]:
    return {
        "id": job.id, "status": job.status, "reason": job.reason, "filename": job.filename,
        "document_id": job.document_id, "attempts": job.attempts, "deduplicated": job.deduplicated,
        "unit": job.unit, "created_at": _iso(job.created_at), "started_at": _iso(job.started_at),
        "finished_at": _iso(job.finished_at),
        "links": {"self": f"/jobs/{job.id}", "document": f"/documents/{job.document_id}"},
    }


@router.get("/jobs/{job_id}")
def get_job(job_id: str, p: AnyUser, s: DB) -> dict[str, Any]:
    job = s.get(Job, job_id)
    if job is None:
        raise HTTPException(404, f"no job {job_id}")
    if p.role == "unit" and job.unit != p.unit:
        raise HTTPException(403, f"job {job_id} belongs to another unit")
    return job_view(job)


@router.get("/jobs", response_model=Page)
def list_jobs(*, status: Literal["queued", "running", "done", "failed"] | None = None,
              document_id: int | None = Query(None, ge=1, le=MAX_ID, description="the jobs of one document"),
              limit: int = LIMIT, offset: int = OFFSET,
              p: AnyUser, s: DB):
    """Jobs, newest first (a unit sees its own)."""
    conds = []
    if status:
        conds.append(Job.status == status)
    if document_id is not None:
        conds.append(Job.document_id == document_id)
    if p.role == "unit":
        conds.append(Job.unit == p.unit)
    total = s.scalar(select(func.count()).select_from(Job).where(*conds))
    rows = s.scalars(select(Job).where(*conds).order_by(Job.created_at.desc(), Job.id).limit(limit).offset(offset))
    return {"total": total, "limit": limit, "offset": offset, "items": [job_view(j) for j in rows]}
