"""/directives/{id}/coverage: which unit reported on which task, as JSON, CSV or XLSX.

Reports are linked to their directive automatically from their citation
(``report.answers`` against the directive's ``number_symbol``); PUT
/documents/{id}/directive relinks one by hand.
"""

from __future__ import annotations

import csv
import io
from typing import Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth import AnyUser, Office, Principal
from api.routes_common import DB, DocId, load_document
from ingest.coverage import CoverageUnavailable, apply_corrections, machine_coverage, only_unit
from ingest.models import Correction, Document, Unit
from ingest.textkeys import fold

router = APIRouter(tags=["coverage"])

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _directive(s: Session, p: Principal, directive_id: DocId) -> Document:
    doc = load_document(s, p, directive_id)
    if doc.status == "failed":
        raise HTTPException(422, f"{doc.filename}: {doc.error}")
    if doc.status != "parsed":
        raise HTTPException(409, f"document {directive_id} is still being processed")
    return doc


def coverage_for(request: Request, s: Session, p: Principal, directive: Document) -> dict[str, Any]:
    from parsers import Limits

    settings = request.app.state.settings
    try:
        data = machine_coverage(s, request.app.state.store, directive,
                                Limits(max_bytes=settings.max_upload_bytes, max_pages=settings.max_pages))
    except CoverageUnavailable as err:
        raise HTTPException(501, f"coverage is not available in this build ({err})") from None
    fixes = list(s.scalars(select(Correction).where(Correction.document_id == directive.id,
                                                    Correction.kind == "coverage")))
    data = apply_corrections(data, fixes)
    if p.role == "unit":
        reg = s.scalar(select(Unit).where(Unit.name_folded == fold(p.unit)))
        data = only_unit(data, p.unit, reg.aliases if reg else None)
    return data


@router.get("/directives/{directive_id}/coverage",
            responses={200: {"content": {"application/json": {}, "text/csv": {}, XLSX: {}},
                             "description": "the contract's coverage object (or its table)"}})
def get_coverage(*, directive_id: DocId, request: Request,
                 format: Literal["json", "csv", "xlsx"] | None = Query(
                     None, description="json, csv or xlsx (default: from the Accept header, else json)"),
                 p: AnyUser, s: DB):
    """The coverage object of the contract; a unit token sees only its own row."""
    if format is None:
        accept = request.headers.get("accept", "")
        format = "xlsx" if XLSX in accept else "csv" if "text/csv" in accept else "json"
    directive = _directive(s, p, directive_id)
    data = coverage_for(request, s, p, directive)
    if format == "json":
        return JSONResponse(data)
    stem = f"coverage-{directive_id}"
    if format == "csv":
        body = _export("csv", data)
        return Response(body, media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{stem}.csv"'})
    title = f"Tổng hợp báo cáo thực hiện {directive.number_symbol}" if directive.number_symbol else None
    return Response(_export("xlsx", data, title), media_type=XLSX,
                    headers={"Content-Disposition": f'attachment; filename="{stem}.xlsx"'})


class CellFix(BaseModel):
    task: str = Field(..., min_length=1, max_length=40, description="task id, as in the directive: T3")
    unit: str = Field(..., min_length=1, max_length=300, description="the unit as named in the coverage")
    addressed: bool
    note: str | None = Field(None, max_length=2000)


@router.post("/directives/{directive_id}/coverage/corrections", status_code=201)
def correct_cell(directive_id: DocId, body: CellFix, request: Request, p: Office,
                 s: DB) -> dict[str, Any]:
    """Set one cell (task × unit) by hand; audited, and it wins over the matcher."""
    directive = _directive(s, p, directive_id)
    data = coverage_for(request, s, p, directive)
    tasks = {t["id"] for t in (data.get("directive") or {}).get("tasks", [])}
    if body.task not in tasks:
        raise HTTPException(422, f"directive {directive_id} has no task {body.task!r}")
    unit = " ".join(body.unit.split())
    if not unit:
        raise HTTPException(422, "a unit name is needed")
    before = next((c.get("addressed") for c in data.get("cells", [])
                   if c["task"] == body.task and c["unit"] == unit), None)
    c = Correction(document_id=directive.id, kind="coverage", path=f"cells/{body.task}/{unit}", before=before,
                   after=body.addressed, note=body.note, user_id=p.user_id, user_name=p.name)
    s.add(c)
    s.commit()
    return {"id": c.id, "path": c.path, "before": before, "after": body.addressed, "user": p.name,
            "created_at": c.created_at.isoformat() + "Z"}


def _export(kind: str, data: dict[str, Any], title: str | None = None) -> bytes:
    """api/exports.py's files (the clerk's XLSX and CSV), or a plain task × unit table without it."""
    try:
        from api import exports
    except ImportError:
        exports = None
    if exports is not None and hasattr(exports, f"write_{kind}"):
        import tempfile
        from pathlib import Path

        from extract.contract import Coverage

        cov = Coverage.model_validate(data)
        with tempfile.TemporaryDirectory(prefix="vanban-export-") as tmp:
            path = Path(tmp) / f"coverage.{kind}"
            if kind == "xlsx":
                exports.write_xlsx(cov, path, title=title)
            else:
                exports.write_csv(cov, path)
            return path.read_bytes()
    rows = _matrix(data)
    if kind == "csv":
        buf = io.StringIO()
        csv.writer(buf).writerows(rows)
        return ("\ufeff" + buf.getvalue()).encode("utf-8")  # BOM: Excel opens Vietnamese correctly
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Coverage"
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _matrix(data: dict[str, Any]) -> list[list[Any]]:
    units = [u["unit"] for u in data.get("units", [])]
    cells = {(c["task"], c["unit"]): c for c in data.get("cells", [])}
    rows: list[list[Any]] = [["task", "text", *units]]
    for t in (data.get("directive") or {}).get("tasks", []):
        row: list[Any] = [t["id"], t.get("text", "")]
        for u in units:
            c = cells.get((t["id"], u))
            row.append("x" if c and c.get("addressed") else "")
        rows.append(row)
    return rows
