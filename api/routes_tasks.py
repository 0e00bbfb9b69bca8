"""/tasks: every task of every parsed document, filtered and paginated."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Query
from sqlalchemy import and_, func, or_, select

from api.auth import AnyUser
from api.routes_common import DB, LIMIT, MAX_ID, OFFSET, Page, visible_documents
from ingest.models import Document, Task
from ingest.textkeys import fold, like_pattern

router = APIRouter(tags=["tasks"])


@router.get("/tasks", response_model=Page)
def list_tasks(*,
    directive_id: int | None = Query(None, ge=1, le=MAX_ID, description="tasks of this document"),
    assignee: str | None = Query(None, max_length=300, description="part of an assignee's name, accents optional"),
    section: str | None = Query(None, max_length=60, description='section number path: "II" also finds "II.2"'),
    deadline_from: date | None = None, deadline_to: date | None = None,
    overdue: bool | None = Query(None, description="deadline date before today (true) or not (false)"),
    q: str | None = Query(None, max_length=300,
                          description='words of the task; tone marks and đ/d ignored ("dan sinh" finds "dân sinh")'),
    limit: int = LIMIT, offset: int = OFFSET,
    p: AnyUser, s: DB,
):
    conds = []
    if p.role == "unit":
        conds.append(visible_documents(p))
    if directive_id is not None:
        conds.append(Task.document_id == directive_id)
    if assignee:
        conds.append(Task.assignees_folded.like(like_pattern(fold(assignee)), escape="\\"))
    if section:
        sec = section.strip().rstrip(".")
        conds.append(or_(Task.section == sec, Task.section == sec + ".",
                         Task.section.like(like_pattern(sec + ".")[1:], escape="\\")))
    if deadline_from:
        conds.append(Task.deadline_date >= deadline_from)
    if deadline_to:
        conds.append(Task.deadline_date <= deadline_to)
    today = date.today()
    if overdue is True:
        conds.append(Task.deadline_date < today)
    elif overdue is False:
        # one comparison, not "IS NULL OR >=": SQLite turns the OR into two index walks, slower than a scan
        conds.append(func.coalesce(Task.deadline_date, date(9999, 12, 31)) >= today)
    for word in fold(q).split()[:10] if q else []:
        conds.append(Task.text_folded.like(like_pattern(word), escape="\\"))

    base = select(Task, Document.number_symbol).join(Document, Document.id == Task.document_id)
    where = and_(*conds) if conds else None
    count_q = select(func.count()).select_from(Task)
    if p.role == "unit":
        count_q = count_q.join(Document, Document.id == Task.document_id)
    if where is not None:
        base, count_q = base.where(where), count_q.where(where)
    total = s.scalar(count_q)
    rows = s.execute(base.order_by(Task.id).limit(limit).offset(offset)).all()
    items = []
    for t, number in rows:
        items.append({
            "directive_id": t.document_id, "directive_number": number, "id": t.key, "parent": t.parent,
            "section": t.section, "title": t.title, "text": t.text, "assignees": t.assignees,
            "deadline": ({"text": t.deadline_text, "date": t.deadline_date.isoformat() if t.deadline_date else None,
                          "recurrence": t.recurrence} if t.deadline_text or t.deadline_date or t.recurrence else None),
            "page": t.page, "overdue": bool(t.deadline_date and t.deadline_date < today),
        })
    return {"total": total, "limit": limit, "offset": offset, "items": items}
