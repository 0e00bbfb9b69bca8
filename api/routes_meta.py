"""/health, /me and tokens (create, list, revoke)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Request
from fastapi import Path as PathParam
from pydantic import BaseModel, Field
from sqlalchemy import select, text

from api.auth import AnyUser, Office, create_token
from api.routes_common import DB
from ingest.models import ApiToken, User

router = APIRouter(tags=["meta"])


@router.get("/health")
def health(request: Request) -> dict:
    """Liveness and database check; the one endpoint without a token (it reveals nothing)."""
    with request.app.state.sessions() as s:
        s.execute(text("SELECT 1"))
    return {"status": "ok", "queue": "celery" if request.app.state.settings.broker_url else "local"}


@router.get("/me")
def me(p: AnyUser) -> dict:
    return {"user_id": p.user_id, "name": p.name, "role": p.role, "unit": p.unit}


class TokenIn(BaseModel):
    name: str = Field(..., min_length=1, max_length=200)
    role: Literal["office", "unit", "reader"]
    unit: str | None = Field(None, max_length=300, description="required for the unit role")


@router.post("/tokens", status_code=201)
def new_token(body: TokenIn, p: Office, s: DB) -> dict:
    """Create a user with a token (shown once; only its hash is kept)."""
    try:
        token = create_token(s, body.name, body.role, body.unit)
    except ValueError as err:
        raise HTTPException(422, str(err)) from None
    return {"token": token, "name": body.name, "role": body.role, "unit": body.unit if body.role == "unit" else None}


@router.get("/tokens")
def list_tokens(p: Office, s: DB) -> dict:
    """Every token by its first characters (the token itself is never stored), with its user."""
    rows = s.execute(select(ApiToken, User).join(User, User.id == ApiToken.user_id).order_by(ApiToken.id)).all()
    return {"items": [{"prefix": t.prefix, "name": u.name, "role": u.role, "unit": u.unit,
                       "created_at": t.created_at.isoformat() + "Z", "revoked": t.revoked} for t, u in rows]}


@router.delete("/tokens/{prefix}")
def revoke_token(prefix: Annotated[str, PathParam(min_length=8, max_length=12)], p: Office, s: DB) -> dict:
    """Revoke the token that starts with ``prefix`` (as listed by GET /tokens); it answers 401 from then on."""
    rows = list(s.scalars(select(ApiToken).where(ApiToken.prefix == prefix)))
    if not rows:
        raise HTTPException(404, f"no token starting with {prefix!r}")
    if len(rows) > 1:
        raise HTTPException(409, f"{len(rows)} tokens start with {prefix!r}")
    rows[0].revoked = True
    s.commit()
    return {"prefix": prefix, "revoked": True}
