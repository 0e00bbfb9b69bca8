"""The pages: sign-in, overview, upload, documents, document view, checklist, coverage matrix.

Server-rendered (Jinja2); the few scripts (static/app.js) call the JSON API
directly with the sign-in cookie: uploads (POST /documents, GET /jobs/{id})
and corrections (POST …/corrections). Reads here use the same helpers as the
API (visibility, corrections applied, coverage with a unit's own row only), so
the page never shows what the API would refuse.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import FileResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import func, select

from api.auth import COOKIE, Principal, principal_for_token
from api.routes_common import DB, MAX_ID, load_document, visible_documents
from api.web import labels, sources
from api.web.session import PageRoute, page_user, safe_next, sign_in_response, sign_out_response
from ingest.models import Correction, Document, Job, Task, Unit
from ingest.records import BadPath, document_corrections, effective_data, get_path
from ingest.textkeys import fold, like_pattern

HERE = Path(__file__).parent
TEMPLATES = Jinja2Templates(directory=HERE / "templates")
TEMPLATES.env.filters.update(labels.filters())

router = APIRouter(route_class=PageRoute, include_in_schema=False)
User = Annotated[Principal, Depends(page_user)]
PAGE_SIZE = 50
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def render(request: Request, name: str, user: Principal | None, **ctx: Any) -> Response:
    return TEMPLATES.TemplateResponse(request, name, {"user": user, "today": date.today(), **ctx})


# --- sign-in ------------------------------------------------------------------------------

@router.get("/dang-nhap")
def sign_in_form(request: Request, next: str = "/"):
    token = request.cookies.get(COOKIE)
    if token and principal_for_token(request, token):
        return RedirectResponse(safe_next(next), status_code=303)
    return render(request, "signin.html", None, next=safe_next(next), error=None)


@router.post("/dang-nhap")
def sign_in(request: Request, token: Annotated[str, Form(max_length=200)] = "",
            next: Annotated[str, Form(max_length=2000)] = "/"):
    token = token.strip()
    if not token or principal_for_token(request, token) is None:
        return TEMPLATES.TemplateResponse(
            request, "signin.html", {"user": None, "next": safe_next(next),
                                     "error": "Mã truy cập không đúng hoặc đã bị thu hồi."}, status_code=401)
    return sign_in_response(request, token, next)


@router.post("/dang-xuat")
def sign_out():
    return sign_out_response()


# --- overview: the directives being followed ------------------------------------------------

@router.get("/")
def overview(request: Request, user: User, s: DB):
    today = date.today()
    rows = list(s.scalars(select(Document).where(visible_documents(user), Document.doc_class == "directive",
                                                 Document.status == "parsed")
                          .order_by(Document.doc_date.desc().nulls_last(), Document.id.desc()).limit(200)))
    ids = [d.id for d in rows]
    tasks = dict(s.execute(select(Task.document_id, func.count()).where(Task.document_id.in_(ids))
                           .group_by(Task.document_id)).all()) if ids else {}
    overdue = dict(s.execute(select(Task.document_id, func.count()).where(Task.document_id.in_(ids),
                                                                          Task.deadline_date < today)
                             .group_by(Task.document_id)).all()) if ids else {}
    report_q = select(Document.directive_id, func.count()).where(Document.directive_id.in_(ids),
                                                                 visible_documents(user))
    reports = dict(s.execute(report_q.group_by(Document.directive_id)).all()) if ids else {}
    pending = s.scalar(select(func.count()).select_from(Job).where(
        Job.status.in_(("queued", "running")), *([Job.unit == user.unit] if user.role == "unit" else [])))
    items = [{"doc": d, "type": labels.doc_type_name(d.doc_type, d.data), "tasks": tasks.get(d.id, 0),
              "overdue": overdue.get(d.id, 0), "reports": reports.get(d.id, 0)} for d in rows]
    return render(request, "overview.html", user, items=items, pending=pending, nav="overview")


# --- upload ---------------------------------------------------------------------------------

@router.get("/tai-len")
def upload_page(request: Request, user: User, s: DB):
    q = select(Job).order_by(Job.created_at.desc(), Job.id).limit(20)
    if user.role == "unit":
        q = q.where(Job.unit == user.unit)
    jobs = list(s.scalars(q))
    settings = request.app.state.settings
    return render(request, "upload.html", user, jobs=jobs, nav="upload", reasons=labels.REASONS,
                  max_mb=settings.max_upload_bytes // (1024 * 1024))


# --- documents ------------------------------------------------------------------------------

@router.get("/van-ban")
def documents(request: Request, user: User, s: DB,
              loai: str = Query("", max_length=20), q: str = Query("", max_length=300),
              trang_thai: str = Query("", max_length=20), trang: int = Query(1, ge=1, le=100_000)):
    conds = [visible_documents(user)]
    if loai in labels.DOC_CLASS:
        conds.append(Document.doc_class == loai)
    if trang_thai in labels.DOC_STATUS:
        conds.append(Document.status == trang_thai)
    for word in fold(q).split()[:10]:
        conds.append(Document.search_folded.like(like_pattern(word), escape="\\"))
    total = s.scalar(select(func.count()).select_from(Document).where(*conds)) or 0
    rows = list(s.scalars(select(Document).where(*conds).order_by(Document.id.desc())
                          .limit(PAGE_SIZE).offset((trang - 1) * PAGE_SIZE)))
    items = [{"doc": d, "type": labels.doc_type_name(d.doc_type, d.data)} for d in rows]
    pages = max(1, -(-total // PAGE_SIZE))
    base = {"loai": loai, "q": q, "trang_thai": trang_thai}
    return render(request, "documents.html", user, items=items, total=total, page=trang, pages=pages,
                  filters=base, nav="documents",
                  page_url=lambda n: "/van-ban?" + urlencode({**{k: v for k, v in base.items() if v}, "trang": n}))


def _value_of(data: dict[str, Any], path: str) -> Any:
    try:
        return get_path(data, path)
    except BadPath:
        return None


def _corrected(corrections: list[Correction]) -> dict[str, dict[str, Any]]:
    """Path → the latest correction of it (and of each task it touches), for the "đã sửa" marks."""
    out: dict[str, dict[str, Any]] = {}
    for c in corrections:
        if c.kind != "document":
            continue
        info = {"by": c.user_name, "at": c.created_at, "before": c.before, "note": c.note}
        out[c.path] = info
        parts = c.path.split("/")
        if parts[0] == "tasks" and len(parts) > 1:
            out["tasks/" + parts[1]] = info
        if parts[0] in ("addressees", "signers", "recipients"):
            out[parts[0]] = info
    return out


@router.get("/van-ban/{doc_id}")
def document_view(request: Request, doc_id: int, user: User, s: DB,
                  trang: int = Query(1, ge=1, le=10_000), tim: str = Query("", max_length=500),
                  nv: str = Query("", max_length=40)):
    if not 1 <= doc_id <= MAX_ID:
        raise HTTPException(404, f"no document {doc_id}")
    doc = load_document(s, user, doc_id)
    ctx: dict[str, Any] = {"doc": doc, "nav": "documents", "type": labels.doc_type_name(doc.doc_type, doc.data)}
    if doc.status != "parsed" or doc.data is None:
        return render(request, "document_pending.html", user, **ctx)
    corrections = document_corrections(s, doc.id)
    data = effective_data(doc, corrections)
    settings = request.app.state.settings
    original = request.app.state.store.path(doc.sha256)
    ocr = bool((data.get("source") or {}).get("ocr"))
    layout = None
    if original.is_file():
        layout = sources.light_layout(settings.data_dir, original, doc.sha256, doc.filename, ocr=ocr)
    places = sources.locate(layout, data)
    imaged = doc.media_type == "application/pdf" or doc.media_type.startswith("image/")
    sizes = sources.page_sizes(original, doc.media_type) if imaged and original.is_file() else {}
    # opened from a matrix's evidence (?tim=sentence) or a checklist's task (?nv=T3): show that place first
    start = places.get(f"tasks/{nv}") if nv else (sources.find_text(layout, tim) if tim else None)
    directive = s.get(Document, doc.directive_id) if doc.directive_id else None
    n_reports = (s.scalar(select(func.count()).select_from(Document).where(
        Document.directive_id == doc.id, visible_documents(user))) if doc.doc_class == "directive" else 0)
    ctx.update(
        data=data, places={k: v.attrs() for k, v in places.items()}, layout=layout, imaged=imaged,
        sizes={n: list(v) for n, v in sizes.items()},
        page=min((start.page if start and start.page else trang), max(len(sizes), 1)),
        start=start.attrs() if start else None, corrected=_corrected(corrections), fields=labels.FIELDS,
        directive=directive, n_reports=n_reports, can_edit=user.role == "office", nv=nv,
        history=[c for c in corrections if c.kind == "document"][-10:], value_of=_value_of,
    )
    return render(request, "document.html", user, **ctx)


@router.get("/van-ban/{doc_id}/trang/{number}.png")
def page_image(request: Request, doc_id: int, number: int, user: User, s: DB):
    if not 1 <= doc_id <= MAX_ID or not 1 <= number <= 10_000:
        raise HTTPException(404, "no such page")
    doc = load_document(s, user, doc_id)
    original = request.app.state.store.path(doc.sha256)
    if not original.is_file():
        raise HTTPException(410, "the original is missing")
    path = sources.page_png(request.app.state.settings.data_dir, original, doc.sha256, number, doc.media_type)
    if path is None:
        raise HTTPException(404, f"document {doc_id} has no page {number} to show")
    return FileResponse(path, media_type="image/png", headers={"Cache-Control": "private, max-age=86400"})


@router.get("/don-vi")
def units_page(request: Request, user: User, s: DB):
    """The unit registry (matrix rows, silent units); an office imports it and issues tokens here."""
    rows = list(s.scalars(select(Unit).order_by(Unit.active.desc(), Unit.name)))
    return render(request, "units.html", user, units=rows, nav="units")


# --- a directive: its checklist and its coverage ---------------------------------------------

def _directive(s, user: Principal, doc_id: int) -> Document:
    """The directive ``doc_id`` as this user may see it (the API's own check); 404 outside the id range."""
    from api.routes_coverage import _directive as checked

    if not 1 <= doc_id <= MAX_ID:
        raise HTTPException(404, f"no document {doc_id}")
    return checked(s, user, doc_id)


def _coverage(request: Request, s, user: Principal, doc: Document) -> tuple[dict[str, Any] | None, str | None]:
    from api.routes_coverage import coverage_for

    try:
        return coverage_for(request, s, user, doc), None
    except HTTPException as exc:
        return None, str(exc.detail)


@router.get("/chi-thi/{doc_id}/nhiem-vu")
def checklist(request: Request, doc_id: int, user: User, s: DB):
    doc = _directive(s, user, doc_id)
    corrections = document_corrections(s, doc.id)
    data = effective_data(doc, corrections)
    cov, cov_error = _coverage(request, s, user, doc)
    units = [u["unit"] for u in (cov or {}).get("units", [])]
    silent = {u["unit"] for u in (cov or {}).get("units", []) if not u.get("filename")}
    by_task = {c["task"]: c for c in (cov or {}).get("checklist", [])}
    today = date.today()
    rows = []
    for t in data.get("tasks") or []:
        item = by_task.get(t["id"], {})
        done, missing = item.get("addressed_by", []), item.get("missing", [])
        deadline = t.get("deadline") or {}
        due = deadline.get("date")
        past = bool(due and date.fromisoformat(str(due)[:10]) < today)
        rows.append({"task": t, "done": done, "n_units": len(units),
                     "missing": [u for u in missing if u not in silent], "silent": [u for u in missing if u in silent],
                     "overdue": past and bool(missing or not units), "complete": bool(units) and not missing,
                     "past": past})
    return render(request, "checklist.html", user, doc=doc, data=data, rows=rows, units=units,
                  cov_error=cov_error, corrected=_corrected(corrections), can_edit=user.role == "office",
                  nav="overview", type=labels.doc_type_name(doc.doc_type, doc.data))


def _heat(cell: dict[str, Any] | None, silent: bool) -> tuple[str, str]:
    """CSS class and background of one matrix cell: green deepening with the score when addressed."""
    if silent:
        return "c-silent", ""
    if cell is None:
        return "c-no", "background:hsl(0 0% 97%)"
    score = max(0.0, min(1.0, float(cell.get("score") or 0)))
    if cell.get("addressed"):
        return "c-yes", f"background:hsl(140 55% {round(78 - 38 * score)}%)"
    return "c-no", f"background:hsl(8 80% {round(97 - 22 * score)}%)"


def _matrix(data: dict[str, Any], dv: str, loai: str, chua: bool) -> dict[str, Any]:
    tasks = (data.get("directive") or {}).get("tasks", [])
    cells = {(c["task"], c["unit"]): c for c in data.get("cells", [])}
    units = data.get("units", [])
    if dv:
        units = [u for u in units if fold(dv) in fold(u["unit"])]
    if loai == "chua-gui":
        units = [u for u in units if not u.get("filename")]
    elif loai == "da-gui":
        units = [u for u in units if u.get("filename")]
    if chua:  # only the tasks some reporting unit has not addressed
        reporting = [u for u in data.get("units", []) if u.get("filename")]
        tasks = [t for t in tasks if any(not (cells.get((t["id"], u["unit"])) or {}).get("addressed")
                                         for u in reporting)]
    rows = []
    for u in units:
        silent = not u.get("filename")
        row = []
        for t in tasks:
            cell = cells.get((t["id"], u["unit"]))
            css, style = _heat(cell, silent)
            row.append({"task": t, "cell": cell, "css": css, "style": style})
        done = sum(1 for x in row if x["cell"] and x["cell"].get("addressed"))
        rows.append({"unit": u, "silent": silent, "cells": row, "done": done})
    per_task = {t["id"]: sum(1 for u in data.get("units", []) if (cells.get((t["id"], u["unit"])) or {})
                             .get("addressed")) for t in tasks}
    return {"tasks": tasks, "rows": rows, "per_task": per_task, "n_units": len(data.get("units", [])),
            "n_silent": sum(1 for u in data.get("units", []) if not u.get("filename"))}


def _report_ids(s, directive_id: int, user: Principal) -> dict[str, int]:
    rows = s.execute(select(Document.filename, Document.id).where(Document.directive_id == directive_id,
                                                                  visible_documents(user)))
    return {name: i for name, i in rows}


def _cell_context(data: dict[str, Any], task_id: str, unit: str) -> dict[str, Any] | None:
    task = next((t for t in (data.get("directive") or {}).get("tasks", []) if t["id"] == task_id), None)
    entry = next((u for u in data.get("units", []) if u["unit"] == unit), None)
    if task is None or entry is None:
        return None
    cell = next((c for c in data.get("cells", []) if c["task"] == task_id and c["unit"] == unit), None)
    return {"task": task, "unit": entry, "cell": cell}


@router.get("/chi-thi/{doc_id}/tong-hop")
def coverage_page(request: Request, doc_id: int, user: User, s: DB,
                  dv: str = Query("", max_length=300), loai: str = Query("", max_length=20),
                  chua: bool = False, nv: str = Query("", max_length=40), o: str = Query("", max_length=300)):
    doc = _directive(s, user, doc_id)
    cov, cov_error = _coverage(request, s, user, doc)
    matrix = _matrix(cov, dv, loai, chua) if cov else None
    selected = _cell_context(cov, nv, o) if cov and nv and o else None
    return render(request, "coverage.html", user, doc=doc, cov=cov, cov_error=cov_error, m=matrix,
                  filters={"dv": dv, "loai": loai, "chua": chua}, sel=selected,
                  reports=_report_ids(s, doc.id, user), can_edit=user.role == "office", nav="overview",
                  type=labels.doc_type_name(doc.doc_type, doc.data))


@router.get("/chi-thi/{doc_id}/tong-hop/o")
def coverage_cell(request: Request, doc_id: int, user: User, s: DB,
                  nv: str = Query(..., max_length=40), o: str = Query(..., max_length=300)):
    doc = _directive(s, user, doc_id)
    cov, cov_error = _coverage(request, s, user, doc)
    if cov is None:
        raise HTTPException(501, cov_error or "coverage unavailable")
    selected = _cell_context(cov, nv, o)
    if selected is None:
        raise HTTPException(404, f"no cell {nv} × {o}")
    return render(request, "_cell.html", user, doc=doc, sel=selected, reports=_report_ids(s, doc.id, user),
                  can_edit=user.role == "office")


@router.get("/chi-thi/{doc_id}/tong-hop.docx")
def summary_docx(request: Request, doc_id: int, user: User, s: DB):
    """The draft "báo cáo tổng hợp" (api/summary_docx.py) of what the page shows."""
    from api.summary_docx import write_summary
    from extract.contract import Coverage
    from extract.contract import Document as ContractDocument

    doc = _directive(s, user, doc_id)
    data = effective_data(doc, document_corrections(s, doc.id))
    cov, cov_error = _coverage(request, s, user, doc)
    if cov is None:
        raise HTTPException(501, cov_error or "coverage unavailable")
    with tempfile.TemporaryDirectory(prefix="vanban-summary-") as tmp:
        path = Path(tmp) / "tong-hop.docx"
        write_summary(Coverage.model_validate(cov), path, ContractDocument.model_validate(data))
        body = path.read_bytes()
    return Response(body, media_type=DOCX_TYPE,
                    headers={"Content-Disposition": f'attachment; filename="tong-hop-{doc_id}.docx"'})
