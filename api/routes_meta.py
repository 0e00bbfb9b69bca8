"""/health, /me and token creation."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel, Field
from sqlalchemy import text

from api.auth import AnyUser, Office, create_token
from api.routes_common import DB

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
