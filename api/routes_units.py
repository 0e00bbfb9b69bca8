"""/units: the registry of reporting units (import CSV, list, create, edit).

Coverage names its rows by the registry entry a report's issuer matches (by
name or alias, accents and case ignored), and lists registered units that sent
nothing as missing.
"""

from __future__ import annotations

import csv
import io
from typing import Annotated, Any

from fastapi import APIRouter, File, HTTPException, Query, UploadFile
from pydantic import BaseModel, Field
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.auth import AnyUser, Office
from api.routes_common import DB, OFFSET, Page, UnitId
from ingest.models import Unit
from ingest.textkeys import fold, like_pattern

router = APIRouter(tags=["units"])


def unit_view(u: Unit) -> dict[str, Any]:
    return {"id": u.id, "name": u.name, "code": u.code, "parent": u.parent, "aliases": u.aliases or [],
            "active": u.active}


class UnitIn(BaseModel):
    name: str = Field(..., min_length=1, max_length=300)
    code: str | None = Field(None, max_length=60)
    parent: str | None = Field(None, max_length=300)
    aliases: list[str] = Field(default_factory=list, max_length=50)
    active: bool = True


class UnitPatch(BaseModel):
    name: str | None = Field(None, min_length=1, max_length=300)
    code: str | None = Field(None, max_length=60)
    parent: str | None = Field(None, max_length=300)
    aliases: list[str] | None = Field(None, max_length=50)
    active: bool | None = None


@router.get("/units", response_model=Page)
def list_units(*, q: str | None = Query(None, max_length=300), active: bool | None = None,
               limit: int = Query(500, ge=1, le=5000), offset: int = OFFSET,
               p: AnyUser, s: DB):
    conds = []
    if q:
        conds.append(Unit.name_folded.like(like_pattern(fold(q)), escape="\\"))
    if active is not None:
        conds.append(Unit.active.is_(active))
    total = s.scalar(select(func.count()).select_from(Unit).where(*conds))
    rows = s.scalars(select(Unit).where(*conds).order_by(Unit.name).limit(limit).offset(offset))
    return {"total": total, "limit": limit, "offset": offset, "items": [unit_view(u) for u in rows]}


def _clean(name: str) -> str:
    return " ".join(name.split())


def _taken(s: Session, name: str, but: int | None = None) -> bool:
    q = select(Unit.id).where(Unit.name_folded == fold(name))
    if but is not None:
        q = q.where(Unit.id != but)
    return s.scalar(q.limit(1)) is not None


@router.post("/units", status_code=201)
def create_unit(body: UnitIn, p: Office, s: DB):
    name = _clean(body.name)
    if not name:
        raise HTTPException(422, "a unit needs a name")
    if _taken(s, name):
        raise HTTPException(409, f"unit {name!r} already exists")
    u = Unit(name=name, name_folded=fold(name), code=body.code, parent=body.parent,
             aliases=[_clean(a) for a in body.aliases if _clean(a)], active=body.active)
    s.add(u)
    s.commit()
    return unit_view(u)


@router.patch("/units/{unit_id}")
def edit_unit(unit_id: UnitId, body: UnitPatch, p: Office, s: DB):
    u = s.get(Unit, unit_id)
    if u is None:
        raise HTTPException(404, f"no unit {unit_id}")
    if body.name is not None:
        name = _clean(body.name)
        if not name:
            raise HTTPException(422, "a unit needs a name")
        if _taken(s, name, but=u.id):
            raise HTTPException(409, f"unit {name!r} already exists")
        u.name, u.name_folded = name, fold(name)
    for field in ("code", "parent", "active"):
        value = getattr(body, field)
        if value is not None:
            setattr(u, field, value)
    if body.aliases is not None:
        u.aliases = [_clean(a) for a in body.aliases if _clean(a)]
    s.commit()
    return unit_view(u)


@router.post("/units/import")
def import_units(*, file: Annotated[UploadFile, File(description="CSV, UTF-8: name[,code,parent,aliases] with a "
                                                             "header; aliases separated by ';'")],
                 p: Office, s: DB) -> dict:
    """Add the units of a CSV file; a name already registered is updated, not duplicated."""
    raw = file.file.read(5 * 1024 * 1024 + 1)
    if len(raw) > 5 * 1024 * 1024:
        raise HTTPException(413, "unit list too large (the limit is 5 MB)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise HTTPException(422, "the CSV file is not UTF-8") from None
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample.strip() else csv.excel
    except csv.Error:
        dialect = csv.excel
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), dialect))
    except csv.Error as err:
        raise HTTPException(422, f"not a readable CSV file ({err})") from None
    if not rows:
        raise HTTPException(422, "the CSV file is empty")
    header = [fold(h).replace("_", " ") for h in rows[0]]  # "ten_don_vi" ≡ "Tên đơn vị"
    names = {"name", "ten", "ten don vi", "don vi", "unit"}
    if not any(h in names for h in header):
        raise HTTPException(422, "the CSV needs a header row with a 'name' column")
    col = {h: i for i, h in enumerate(header)}
    name_i = next(col[h] for h in header if h in names)

    def cell(row: list[str], *keys: str) -> str | None:
        for k in keys:
            if k in col and col[k] < len(row) and row[col[k]].strip():
                return row[col[k]].strip()
        return None

    created = updated = 0
    seen: set[str] = set()
    for number, row in enumerate(rows[1:], 2):
        if name_i >= len(row) or not _clean(row[name_i]):
            continue
        name = _clean(row[name_i])
        code, parent = cell(row, "code", "ma"), cell(row, "parent", "cap tren")
        # The columns' sizes (ingest/models.Unit): PostgreSQL refuses a longer value with a 500,
        # SQLite stores it; either way the file is refused whole, naming the row.
        if len(name) > 300 or len(code or "") > 60 or len(parent or "") > 300:
            raise HTTPException(422, f"row {number}: too long (name and parent at most 300 characters, "
                                     "code at most 60)")
        if fold(name) in seen:
            continue
        seen.add(fold(name))
        aliases = [_clean(a) for a in (cell(row, "aliases", "alias", "ten khac") or "").split(";") if _clean(a)]
        u = s.scalar(select(Unit).where(Unit.name_folded == fold(name)))
        if u is None:
            u = Unit(name=name, name_folded=fold(name), aliases=aliases, active=True)
            s.add(u)
            created += 1
        else:
            updated += 1
            if aliases:
                u.aliases = aliases
        u.code = code or u.code
        u.parent = parent or u.parent
    s.commit()
    return {"created": created, "updated": updated}
